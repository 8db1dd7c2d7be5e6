"""Hand-written articles of the SEVENTH held-out split (`heldout7`), written on 2026-11-27 blind
(without reading the other pools or articles, the rules, the classifier or the corpus rows) and
before any score on them was seen. Invented, wire style; emphasis on the Americas, Africa and
Asia-Pacific, with many hard negatives. Tuning never looks at them."""

ARTICLES = [
dict(labels=["military_aid", "diplomacy"],
headline="Australia to hand Solomon Islands two more patrol boats as prime ministers meet in Honiara",
body="""HONIARA, Nov 26 - Australia will give the Solomon Islands two additional Guardian-class patrol boats and fund a new maritime wing for its police force, Prime Minister Aroha Tane's Australian counterpart said after talks in Honiara on Thursday.

The two leaders met for more than two hours at the prime minister's office and discussed fisheries, climate finance and policing, according to a joint statement. It was the first visit by an Australian leader to the islands in three years.

Under the arrangement, the boats will be handed over in the middle of next year, and about 40 Australian naval and police instructors will train Solomon Islands crews in boarding, navigation and search-and-rescue. Canberra will also pay for fuel and maintenance for five years.

"This is about our Pacific family keeping its own waters safe," the Australian leader told reporters at the harbour.

Opposition politicians in Honiara said the government should have consulted parliament before accepting foreign-funded security equipment.

The Solomon Islands, a nation of about 700,000 people spread over hundreds of islands, relies heavily on tuna licences and logging for revenue. Logging exports have fallen sharply this year.

Power cuts have hit the capital since a generator at the main plant failed in October.

The Australian delegation flies on to Port Vila on Friday."""),

dict(labels=["military_aid"],
headline="Mexican senators stall vote on armoured vehicles for Honduras",
body="""MEXICO CITY, Nov 25 - A Mexican Senate committee on Tuesday postponed a vote on donating 24 surplus armoured vehicles to the Honduran army, after opposition senators questioned whether the trucks would be used against protesters.

The defence ministry proposed the transfer in September, saying the vehicles, retired from the Mexican army last year, would help Honduran units patrol the border with Guatemala.

"We cannot send armour to a government that our own human rights commission has criticised," said opposition senator Lorena Ibarra. Ruling-party senators accused her of playing politics and said the vote would be held before Christmas.

The committee did approve, without debate, a bill on water concessions in the north."""),

dict(labels=[],
headline="Chilean shipbuilder's shares jump on record navy order",
body="""SANTIAGO, Nov 24 - Shares in Astilleros del Pacifico jumped 11% on Monday after the Chilean shipbuilder won a $480 million contract from the Chilean navy for four offshore patrol vessels, its largest order ever.

The company said the contract, which it fought a long battle with two European rivals to win, would keep its yard in Talcahuano busy until 2031 and create 600 jobs.

"We now have an arsenal of skills that can compete anywhere," chief executive Rodrigo Arancibia told analysts on a conference call. He said the company was in talks with banks to refinance debt.

The navy order is paid from the defence budget approved by Congress last year. Analysts at Banco Andino raised their price target on the stock to 2,400 pesos.

The company's shares have more than doubled this year."""),

dict(labels=["casualties"],
headline="Gunmen kill 19 at Burkina Faso cattle market",
body="""OUAGADOUGOU, Nov 26 - Gunmen killed at least 19 people at a cattle market in northern Burkina Faso on Wednesday, local sources and a security official said.

The attackers arrived on motorbikes shortly before noon and opened fire on traders near the town of Djibo, a resident reached by telephone said. Several people were wounded and taken to the district clinic.

No group claimed the attack. Jihadist groups have stepped up raids in the area this year."""),

dict(labels=["diplomacy", "casualties"],
headline="Security Council meets as Ituri attack death toll climbs",
body="""UNITED NATIONS, Nov 25 - The UN Security Council held closed-door consultations on Tuesday on eastern Congo, after an attack on a displacement camp in Ituri province killed at least 34 people, according to the UN mission.

Armed men with machetes and rifles raided the camp near Bunia overnight on Sunday, burning shelters and killing families as they slept, witnesses told local radio. Dozens were wounded and at least 12 people remain missing.

Diplomats said France, which drafts council texts on Congo, circulated a statement condemning the attack and calling on Kinshasa and neighbouring states to cooperate on disarming militias. Congo's UN ambassador told the council his government needed "deeds, not words" from its neighbours.

Congo's foreign minister was due to meet the Ugandan foreign minister in Kampala later this week, officials in Kinshasa said.

Ituri is rich in gold, and artisanal mines draw thousands of workers to the area."""),

dict(labels=[],
headline="Cyclone kills nine in Vanuatu; New Zealand air force flies in relief",
body="""PORT VILA, Nov 23 - Cyclone Lusi killed nine people and left thousands homeless in Vanuatu's northern islands, the national disaster office said on Sunday, as New Zealand and Australian military aircraft began flying in tents, water and generators.

A New Zealand Air Force Hercules landed in Luganville on Saturday with 12 tonnes of relief supplies, and a navy ship carrying army engineers is due on Tuesday to help repair the airstrip and the water system.

"Our soldiers are there to clear roads and fix pipes, nothing else," the New Zealand defence minister said in Wellington.

Most of the dead were killed by falling trees and flying debris. Two fishermen are missing at sea.

The government declared a state of emergency for 30 days. Schools in the affected provinces will stay closed until January."""),

dict(labels=["military_aid", "casualties"],
headline="Insurgents kill 11 soldiers in Cabo Delgado as Rwandan armoured vehicles arrive",
body="""MAPUTO, Nov 24 - Insurgents killed 11 Mozambican soldiers in an ambush on a supply convoy near Macomia in Cabo Delgado province on Sunday, two military sources said, the deadliest attack on the army in the province this year.

The fighters fired rocket-propelled grenades at the lead truck and then raked the convoy with machine-gun fire, one source said. Six soldiers were wounded and evacuated to Pemba.

On Monday, a cargo ship carrying 16 armoured personnel carriers donated by Rwanda docked in Pemba. Rwandan officers said they would train Mozambican crews for six weeks before the vehicles are sent north.

"The vehicles will save lives on exactly the kind of road where our men died this weekend," a Mozambican officer said.

Rwanda has deployed troops in Cabo Delgado since 2021. The gas project on the Afungi peninsula, shut after an attack that year, is expected to restart in 2027."""),

dict(labels=["diplomacy"],
headline="Ecuador and Colombia agree to reopen border crossings after tariff row",
body="""QUITO, Nov 26 - The foreign ministers of Ecuador and Colombia agreed on Wednesday to reopen three border crossings and suspend new tariffs, ending a two-month dispute that had strained relations between the neighbours.

Ecuadorian Foreign Minister Paula Ferreyra and her Colombian counterpart met for five hours in the border town of Tulcan and signed a memorandum setting up a joint commission on trade and border security.

"We have a long border and a long friendship, and both are bigger than any disagreement," Ferreyra said at a joint news conference.

The row began in September when Quito imposed a 30% levy on Colombian imports, accusing Bogota of doing too little against smuggling. Colombia responded with tariffs on Ecuadorian bananas and shrimp.

Truck drivers who had waited for weeks at the Rumichaca bridge welcomed the agreement."""),

dict(labels=[],
headline="Ecuador police seize weapons arsenal in prison raid; former general convicted",
body="""GUAYAQUIL, Nov 24 - Ecuadorian police and soldiers seized an arsenal of rifles, pistols, grenades and 8,000 rounds of ammunition hidden in the walls of the city's largest prison on Monday, the interior ministry said.

No shots were fired during the six-hour operation and no one was hurt, a police spokesman said. More than 2,000 officers took part.

Separately, a court in Quito sentenced a retired army general to 12 years in prison for selling military rifles to criminal gangs between 2019 and 2022. Prosecutors said the weapons were taken from army depots and sold through a network of middlemen.

The general's lawyer said he would appeal.

Ecuador's murder rate has fallen this year, according to police statistics, though business groups say extortion remains widespread."""),

dict(labels=["military_aid", "diplomacy", "casualties"],
headline="Chad mourns soldiers killed on Lake Chad as neighbours pledge help",
body="""N'DJAMENA, Nov 25 - Chad declared three days of national mourning on Tuesday after jihadist fighters overran an army base on an island in Lake Chad, killing at least 23 soldiers, the army said.

The attack began before dawn on Sunday, when dozens of fighters arrived in motorised canoes. A military spokesman said 14 soldiers were wounded and four were missing, and that 30 attackers were killed when troops retook the base.

President Ibrahim Kone spoke by phone with the presidents of Niger, Nigeria and Cameroon on Monday, his office said, and called for an urgent meeting of the Lake Chad Basin Commission to revive joint patrols.

Nigeria said on Tuesday it would send two utility helicopters and a batch of night-vision goggles to the Chadian army within weeks, and would train Chadian pilots at its air force school in Kaduna.

"Chad's fight is our fight, and Nigeria will not leave its brothers to face this alone," the Nigerian defence minister said in Abuja.

Kuwait announced a grant of $15 million to pay for food and shelter for families displaced by the fighting around the lake.

Chad's foreign minister is due in Niamey on Thursday for talks with Nigerien officials on border security, diplomats said.

Lake Chad has shrunk dramatically since the 1960s, and fishing and farming communities around it are among the poorest in the region.

The attack came days after the government raised fuel prices by 18%, a move that triggered protests in the capital."""),

dict(labels=[],
headline="Copper miners and Andes Copper reach truce after weeks of talks",
body="""ANTOFAGASTA, Chile, Nov 23 - Workers at Andes Copper Holdings' Cerro Alto mine agreed on Sunday to end a 19-day strike after the company raised its wage offer, the union said, ending a bruising battle that cut output at one of the world's largest copper mines.

The deal, reached after marathon talks mediated by the labour ministry, gives workers a 6.5% raise and a one-off bonus of 9 million pesos each.

"It was a hard negotiation, but nobody wanted to kill the mine," union leader Marisol Paredes told reporters outside the site.

The company had warned last week that the strike could cost it $25 million a day. Copper prices fell 1.2% in London on news of the agreement.

Cerro Alto produced about 1.1 million tonnes of copper last year."""),

dict(labels=["diplomacy"],
headline="Japan, South Korea leaders hold call after North Korean missile launch",
body="""TOKYO, Nov 26 - The leaders of Japan and South Korea spoke by telephone on Wednesday after North Korea fired a ballistic missile that fell into the sea between the two countries, and agreed to press for a UN Security Council meeting, officials said.

The missile flew about 600 km and landed outside Japan's exclusive economic zone. There were no reports of damage to ships or aircraft.

Japan lodged a protest with North Korea through its embassy in Beijing, the chief cabinet secretary said. South Korea's foreign ministry said it had consulted with Washington and would coordinate "closely" with allies at the United Nations.

Pyongyang's state media said the launch was a test of a new engine."""),

dict(labels=["military_aid"],
headline="Indonesia gives Timor-Leste three patrol boats",
body="""DILI, Nov 24 - Indonesia handed over three patrol boats to Timor-Leste's navy at a ceremony in Dili harbour on Monday, the Timorese defence ministry said.

The 28-metre boats, built in Surabaya and paid for by Jakarta, come with a two-year support package including spare parts, crew training and an Indonesian technical team based in Dili.

Timorese officers said the boats would be used to fight illegal fishing and smuggling along the north coast."""),

dict(labels=["casualties"],
headline="Myanmar air strike on Kachin village kills 14, residents say",
body="""BANGKOK, Nov 25 - A Myanmar military air strike on a village in Kachin state killed at least 14 people, including five children, residents and a local relief group said on Tuesday.

A jet dropped two bombs on the village near Myitkyina late on Monday, hitting a church and houses nearby, a resident who helped dig bodies out of the rubble told reporters by phone. More than 20 people were wounded.

The military did not respond to requests for comment. It has said it targets only armed groups."""),

dict(labels=[],
headline="Sri Lanka budget raises defence pay, targets deficit",
body="""COLOMBO, Nov 21 - Sri Lanka's government presented a budget on Friday that raises pay for soldiers and police by 10% and increases the defence allocation to 440 billion rupees, while aiming to cut the deficit to 5.1% of GDP.

The finance minister described the package as "an arsenal of measures" to revive growth, including tax breaks for exporters and a new fund for small farmers.

Opposition lawmakers said the defence budget was too large for a country at peace and that money should go to hospitals instead. The IMF, which is supporting Sri Lanka under a $2.9 billion programme, is expected to review the budget in January.

The civil war, which ended in 2009, killed tens of thousands of people, and the army remains one of the largest in South Asia relative to population.

Debate on the budget begins on Monday."""),

dict(labels=["military_aid"],
headline="Kuwait to pay Chadian army salaries for a year, official says",
body="""N'DJAMENA, Nov 22 - Kuwait has agreed to cover the salaries of about 8,000 Chadian soldiers deployed in the east of the country for a year, a senior Chadian finance ministry official told reporters on Saturday.

The official, who asked not to be named, said the first transfer of $21 million had reached the treasury this week and would be paid only into army payroll accounts.

A Kuwaiti embassy spokesman declined to comment on the figures but said Kuwait "stands by Chad's efforts to secure its borders".

Chad's army has struggled to pay troops on time since oil revenues fell."""),

dict(labels=["diplomacy", "casualties"],
headline="Bomb kills four in Marawi as Malaysia-brokered talks resume",
body="""COTABATO, Philippines, Nov 26 - A homemade bomb exploded outside a bus terminal in Marawi on Wednesday, killing four people and wounding 17, police and military officials said.

The blast happened as commuters waited for buses to Iligan. Police said the device had been hidden in a motorcycle sidecar. No group has claimed responsibility.

Hours later, government negotiators and representatives of a breakaway rebel faction resumed peace talks in Kuala Lumpur, facilitated by Malaysia. The Philippine presidential adviser on peace said the bombing would not derail the negotiations.

"Those who planted this bomb want the talks to fail. We will not give them that," he said in a statement.

Malaysia has facilitated talks between Manila and Muslim rebels in Mindanao for more than two decades."""),

dict(labels=[],
headline="Fiji edge Samoa in rugby battle to claim Pacific crown",
body="""SUVA, Nov 22 - Fiji won a bruising battle against Samoa 27-24 on Saturday to claim the Pacific Nations title, with winger Semi Raqio's late try killing off Samoa's comeback hopes.

Samoa had fought back from 20-6 down and their captain said the team had "left everything on the field".

Fiji's coach called the match a war of attrition. "They threw every weapon they had at us in the last 20 minutes," he said.

The prime minister, who watched from the stands, later met the players and named captain Josua Nakarawa a tourism ambassador.

The two sides meet again in Apia in March."""),

dict(labels=["military_aid", "diplomacy"],
headline="New Zealand and Fiji sign defence pact; trucks and training for Fijian forces",
body="""SUVA, Nov 20 - New Zealand and Fiji signed a defence cooperation agreement on Thursday during a visit to Suva by New Zealand's prime minister, who held talks with Prime Minister Josefa Ravuvu on climate, trade and security.

The agreement formalises joint exercises and port visits. New Zealand also said it would give the Republic of Fiji Military Forces 30 utility trucks and fund a NZ$12 million training programme for Fijian peacekeepers over four years.

Ravuvu said Fiji remained "friends to all" and would keep its ties with other partners.

The leaders also discussed labour mobility schemes that allow Fijian workers to take seasonal jobs on New Zealand farms.

Tourism arrivals to Fiji hit a record in October."""),

dict(labels=["casualties"],
headline="Gang attack on Haitian town kills 15, rights group says",
body="""PORT-AU-PRINCE, Nov 25 - Gang members attacked a town east of Haiti's capital over the weekend, killing at least 15 people and setting dozens of homes on fire, a Haitian human rights group said on Tuesday.

Residents of Croix-des-Bouquets said gunmen arrived in pickup trucks on Saturday night and shot people in the streets. At least nine people were wounded and several are missing.

Hundreds of families fled to the capital, where they are sheltering in schools."""),

dict(labels=[],
headline="Honduras court convicts ex-police chief of drug trafficking; landslide kills six",
body="""TEGUCIGALPA, Nov 24 - A Honduran court on Monday convicted a former national police chief of helping drug traffickers move cocaine through the country between 2010 and 2014, and sentenced him to 25 years in prison.

Prosecutors said he warned traffickers of raids and shot down investigations by junior officers. The defence said the case rested on testimony from convicted criminals.

In the north of the country, a landslide triggered by days of heavy rain buried six people in their homes near San Pedro Sula, the disaster agency said. Rescuers were searching for two others.

The government said it would ask Congress for emergency funds to repair roads."""),

dict(labels=["military_aid"],
headline="South Africa suspends army training mission in Central African Republic",
body="""PRETORIA, Nov 23 - South Africa has suspended its military training mission in the Central African Republic and will bring home its 60 instructors by the end of the year, the defence ministry said on Sunday.

The mission, which has trained about 1,500 Central African soldiers since 2023, was paused after a review found that equipment donated by South Africa had ended up with units accused of abuses, a ministry spokesman said.

"We will not resume until we are satisfied that the training and kit go where they are supposed to," the spokesman said.

Opposition parties welcomed the decision."""),

dict(labels=["diplomacy"],
headline="Nicaragua expels Costa Rican diplomats",
body="""MANAGUA, Nov 26 - Nicaragua ordered two Costa Rican diplomats to leave the country within 72 hours on Wednesday, accusing them of contacts with opposition groups. 

Costa Rica's foreign ministry called the move "unjustified", summoned Nicaragua's charge d'affaires in San Jose and said it would respond in kind.

Relations between the neighbours have been tense for years over migration and a disputed stretch of the San Juan river."""),

dict(labels=["military_aid", "casualties"],
headline="Benin buries soldiers as Moroccan instructors begin training mission",
body="""COTONOU, Nov 25 - Benin buried eight soldiers on Tuesday who were killed last week when militants attacked an army post in the north of the country, near the border with Burkina Faso and Niger.

The attack on the post in the W National Park area on Thursday also left five soldiers wounded, the army chief of staff said at the funeral in Cotonou. Two soldiers are still missing.

The funeral came a day after 45 Moroccan military instructors arrived in Parakou to begin a six-month programme training Beninese special forces. Morocco is also supplying armoured pickup trucks and radios for the units, the Beninese defence ministry said.

Benin's economy has grown by more than 6% a year for several years, driven by cotton exports and the port of Cotonou.

The government is building a new highway to the north and has promised new schools and clinics in border districts.

The cotton harvest this year is expected to reach a record 800,000 tonnes, the agriculture ministry said.

Presidential elections are due in April. The main opposition party has said it will field a candidate for the first time in a decade.

The port of Cotonou handled a record volume of containers in the third quarter, mostly goods bound for Niger and Burkina Faso.

Officials said the attacks in the north have not affected tourism in the south."""),

dict(labels=[],
headline="Savanna Telecom and rival end price war with network-sharing deal",
body="""NAIROBI, Nov 24 - Savanna Telecom and its main rival agreed on Monday to share mobile towers in rural Kenya, ending a price war that had killed margins at both companies.

The deal follows nine months of negotiations and still needs approval from the competition authority, the companies said. Savanna's chief executive said the agreement was "a ceasefire that benefits customers".

Shares in Savanna rose 5% in Nairobi."""),

dict(labels=["diplomacy"],
headline="Pacific leaders press Pyongyang, Beijing envoy on fishing and nuclear tests",
body="""APIA, Nov 21 - Pacific Islands Forum leaders ended their annual summit in Samoa on Friday with a communique urging North Korea to stop nuclear tests and calling on distant-water fishing nations to respect catch limits.

The leaders met a Chinese special envoy on Thursday and told him that fishing fleets must stop entering island states' waters without licences, a forum official said.

The summit also agreed to set up a regional climate fund. The next summit will be held in Port Vila."""),

dict(labels=[],
headline="Condor Aeroespacial profit soars on light attack aircraft orders",
body="""SAO PAULO, Nov 25 - Brazilian planemaker Condor Aeroespacial reported a 62% jump in third-quarter net profit on Tuesday, helped by deliveries of its T-40 light attack aircraft and a recovery in regional jet sales.

The company delivered nine T-40s in the quarter, including the first four of 12 ordered by an Asian air force last year, and said its defence order backlog had reached a record $4.1 billion.

"Defence is now the strongest engine in our arsenal," chief financial officer Beatriz Amaral told analysts. She said the company was negotiating with two more air forces but declined to name them.

Commercial aviation revenue rose 18% as airlines in North America took delivery of 22 regional jets, while the executive jet unit posted its best quarter since 2019.

The company raised its full-year delivery forecast and said it would pay a special dividend.

Condor shares rose 7% in Sao Paulo, their biggest one-day gain in a year. Analysts said the results beat expectations on every line.

The company employs about 19,000 people, most of them at its main plant in Sao Jose dos Campos."""),

dict(labels=["casualties"],
headline="Coca farmers, clashes and an election: Catatumbo braces for a hard year",
body="""CUCUTA, Colombia, Nov 24 - In the hills of the Catatumbo region, the coca harvest is nearly over, and farmers are counting how little they earned.

Prices for coca paste have fallen by almost half in two years, local growers' associations say, as traffickers shift purchases elsewhere. Many families have planted cacao and plantains, but roads to markets remain poor.

"We were promised a substitution programme. We got three visits and a brochure," said Ana Delia Contreras, a farmer in the municipality of Tibu.

The region, on the border with Venezuela, is also one of the most violent in Colombia. Six people, among them a 14-year-old boy, were killed on Saturday when fighting broke out between two armed groups near the village of Campo Dos, the regional ombudsman said, and at least 300 families fled their homes.

Local officials say the government has yet to deliver the roads and schools promised under previous development plans.

Oil from the region's small fields is piped to the Caribbean coast, and the pipeline is a frequent target of sabotage, which has caused repeated spills.

Campaigning for next year's regional elections has started early. Several candidates have promised to build a university campus in Tibu.

The regional government expects the cacao harvest to double next year, according to its agriculture office.

Cucuta, the region's main city, has grown with the arrival of hundreds of thousands of Venezuelan migrants over the past decade."""),

dict(labels=["diplomacy"],
headline="Indonesia hosts ASEAN envoys on Myanmar as trade talks dominate Jakarta week",
body="""JAKARTA, Nov 26 - Indonesia hosted senior officials from ASEAN states in Jakarta on Wednesday for a closed-door meeting on Myanmar, where the regional bloc's special envoy briefed members on his recent visit to Naypyitaw.

The envoy met Myanmar's foreign minister and the head of the military government's peace committee during the visit and pressed them to allow aid convoys into Rakhine state, diplomats said. Myanmar's representative at the Jakarta meeting did not speak to reporters.

The Myanmar session was one of many meetings in a crowded week for the Indonesian capital. On Monday, ministers from the bloc's 11 members discussed a digital trade agreement, which officials hope to sign next year.

Indonesian nickel exports, which have tripled since the government banned shipments of raw ore, were also on the agenda of a business forum attended by more than 600 executives.

Jakarta's stock market hit a record high on Tuesday, led by banking and mining shares.

Traffic in the city was heavier than usual because of road closures around the conference venue, police said."""),

dict(labels=[],
headline="Ferry capsizes off Mindanao; 31 missing as navy searches",
body="""ZAMBOANGA, Philippines, Nov 23 - A passenger ferry capsized in rough seas off the southern Philippines on Sunday, and 31 people were missing, the coast guard said, as navy ships and air force helicopters joined the search.

The coast guard said 118 people had been rescued and three bodies recovered. The vessel, which was carrying 152 passengers and crew, had left port despite a gale warning, officials said.

The transport secretary ordered an inquiry and suspended the operator's licence. "Someone allowed this boat to sail into a storm, and they will answer for it," he said.

Sea accidents are common in the archipelago of more than 7,000 islands."""),

dict(labels=["military_aid", "diplomacy"],
headline="U.S. lawmakers clear financing for Ecuador's navy as Rubio visits Quito",
body="""QUITO, Nov 26 - The U.S. Congress cleared $40 million in foreign military financing for Ecuador's navy on Wednesday, as Secretary of State Marco Rubio held talks in Quito with President Lucia Benavente on drug trafficking and migration.

The money will pay for three interceptor boats, maritime radars and training for Ecuadorian naval special forces who patrol the Pacific coast, according to a congressional notice. Some Democratic lawmakers had held up the funds for months, demanding assurances on human rights.

Rubio and Benavente agreed to expand intelligence sharing and to open talks on a new extradition treaty, a joint statement said.

"Ecuador is a partner we will stand with," Rubio told reporters at the presidential palace.

Benavente has declared a state of emergency in several coastal provinces. Banana exports, Ecuador's largest non-oil export, rose 8% in the first ten months of the year."""),

dict(labels=[],
headline="Peru's Congress and cabinet declare truce in impeachment battle",
body="""LIMA, Nov 22 - Peru's Congress and the cabinet agreed on Saturday to a "political truce" after weeks of clashes, with lawmakers shelving an impeachment motion against the prime minister in exchange for a seat at talks on next year's budget.

The deal was reached after the leaders of the four largest parties in Congress met the prime minister for six hours at the government palace.

"Nobody won this war, and nobody needed to," one congressman said.

The president, whose approval rating is below 10%, has faced four impeachment attempts since taking office."""),

dict(labels=["military_aid"],
headline="Singapore to give Sri Lanka two retired patrol vessels",
body="""COLOMBO, Nov 25 - Singapore will donate two decommissioned patrol vessels to the Sri Lankan navy next year, Sri Lanka's defence secretary told parliament on Tuesday.

The ships, retired from the Republic of Singapore Navy in 2024, will be refitted in Singapore before being sailed to Trincomalee by Sri Lankan crews who are to be trained there, he said.

Lawmakers asked whether Sri Lanka would bear any cost. The secretary said the transfer was free, but that the navy would pay for fuel and crews."""),

dict(labels=["diplomacy", "casualties"],
headline="Border clash kills nine soldiers; African Union envoy shuttles between capitals",
body="""ADDIS ABABA, Nov 24 - Nine soldiers were killed and at least 15 wounded in a clash on the Ethiopia-Eritrea border on Saturday, a regional official and a diplomat said, the most serious fighting between the two armies in years.

The fighting erupted near a disputed village in the Irob area after a patrol crossed a ravine that both sides claim, the official said. Neither government has commented publicly on the toll.

The African Union's envoy for the Horn of Africa flew to Asmara on Sunday and met Eritrean officials, before travelling to Addis Ababa on Monday for talks with the Ethiopian foreign minister, the AU said. The United States and the European Union called on both sides to exercise restraint.

Ethiopia's economy has been under strain since the currency was floated last year, and inflation remains above 20%.

The Irob area is sparsely populated, and most residents depend on livestock and small-scale farming."""),
]
