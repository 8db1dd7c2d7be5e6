"""Hand-written articles of the FIFTH held-out split (`heldout5`), written on 2026-11-27 blind:
without reading the other pools or hand-written files, the rules, the classifier code or the
corpus rows, and before any score on them existed (invented, wire style; every person, company
and event is made up). Tuning never looks at them."""

ARTICLES = [
dict(labels=["military_aid"], headline="Japan hands two patrol boats to Fiji's navy",
body="""SUVA, Nov 26 - Japan handed over two coastal patrol boats to the Republic of Fiji Navy on Thursday under its security assistance programme for friendly countries, the Japanese embassy said.

The 20-metre boats, fitted with radars and night-vision cameras, were paid for from a 1.9 billion yen grant approved in Tokyo last year. A team of Japanese instructors will spend three months in Suva training crews and mechanics.

"These boats will let our sailors stay at sea for days, not hours," Fiji's navy commander, Captain Ilisoni Ravouvou, said at the handover at Walu Bay.

Fiji patrols an exclusive economic zone of about 1.3 million square kilometres with a handful of vessels. The navy says illegal fishing costs the country tens of millions of dollars a year."""),

dict(labels=[], headline="Cyclone kills 14 in Vanuatu; Australian and New Zealand air forces fly in relief",
body="""PORT VILA, Nov 25 - Cyclone Mele killed at least 14 people across Vanuatu's northern islands, the national disaster office said on Wednesday, as military transport planes from Australia and New Zealand began flying in tents, water and medicines.

The storm, packing winds of 230 km per hour, tore roofs off schools and churches on Espiritu Santo and flattened gardens that feed most rural families. Six people are still missing on Malo island, where a landslide buried part of a village.

A Royal Australian Air Force C-130 landed in Luganville on Tuesday afternoon with 12 tonnes of supplies, and a New Zealand navy ship carrying engineers and a water purification plant is due on Friday, officials said.

"The first 72 hours are about water and shelter," said Leimara Tari, who heads the disaster office. "We have enough food for a week in the worst-hit areas."

The World Food Programme said it was preparing rice and canned fish for 40,000 people. Vanuatu is regularly ranked among the countries most exposed to natural disasters.

Power has been restored to most of Port Vila, but the international airport's terminal was damaged and only daytime flights are operating."""),

dict(labels=["diplomacy", "casualties"], headline="Benin and Niger ministers meet on border security after deadly attack",
body="""COTONOU, Nov 24 - The foreign ministers of Benin and Niger met in Cotonou on Monday for the first time in more than a year, days after an attack on a Beninese army post near the two countries' border killed nine soldiers.

Gunmen on motorbikes overran the post in Atacora department before dawn on Friday, a military source said. Four soldiers were wounded and two are missing.

Benin's foreign minister, Aurelien Dossou-Gbete, and his Nigerien counterpart agreed to reopen a joint border commission and to share information on armed groups moving through the national parks along the frontier, a joint statement said.

Relations between the neighbours soured after Niger's 2023 coup, and the main border crossing at Malanville has been closed to most traffic since then.

"We have the same enemy. We cannot fight it with our backs to each other," Dossou-Gbete told reporters after the talks.

Traders in Malanville said they hoped the meeting would lead to the reopening of the bridge over the Niger river, which once carried most of landlocked Niger's imports."""),

dict(labels=[], headline="Honduran court convicts eight gang members over 2019 prison massacre",
body="""TEGUCIGALPA, Nov 23 - A Honduran court on Monday convicted eight members of a street gang for the killing of 18 inmates during a riot at a prison in El Porvenir in 2019, ending one of the country's longest trials.

Judge Marta Elena Zuniga said prosecutors had proved that the men planned the attack from inside their cell block and smuggled in pistols and machetes. Sentencing is due in January.

Relatives of the dead, who waited outside the courthouse in the rain, said the verdict came too late. "Seven years. My son would be 31 now," said Ana Isabel Reyes, holding his photograph.

Defence lawyers said they would appeal, arguing that the main witness had been offered a reduced sentence in exchange for his testimony.

The government says it has regained control of the main prisons after moving thousands of inmates to a new maximum-security jail on an island off the Caribbean coast. Rights groups say conditions there are harsh."""),

dict(labels=["military_aid", "diplomacy", "casualties"], headline="Insurgents kill 11 in Cabo Delgado as India hands Mozambique interceptor boats",
body="""PEMBA, Mozambique, Nov 26 - Islamist insurgents killed 11 villagers in an overnight raid in Mozambique's Cabo Delgado province, local officials said on Thursday, hours before India handed over four fast interceptor boats to the Mozambican navy in the provincial capital, Pemba.

The fighters arrived by canoe at the coastal village of Mucojo shortly after midnight, beheaded several men and set fire to about 60 homes, a district administrator said. At least five people were wounded and a dozen women and children are missing.

Survivors walked for two days to reach Macomia, the nearest town with a hospital. "They came from the sea. We did not hear the engines," said one fisherman, who asked not to be named.

The insurgency, which began in 2017, has forced hundreds of thousands of people from their homes and delayed a $20 billion liquefied natural gas project on the Afungi peninsula.

At the ceremony in Pemba, the Indian high commissioner said the boats, fitted with machine guns and thermal cameras, were a gift from the Indian government to help Mozambique patrol its northern coast. Indian naval officers will stay for six months to train crews, he said.

Mozambique's defence minister, Cristina Muhate, said the navy had asked for the boats because insurgents increasingly moved along the coast and between islands.

Separately, President Daniel Mavie spoke by telephone on Wednesday with Rwanda's president about the future of the Rwandan troops deployed in the province since 2021, his office said. The two leaders agreed to hold talks in Kigali in January on extending the deployment, it said.

TotalEnergies, which leads the gas project, has said it wants to restart construction next year if security allows.

Prices of cassava and fish in Pemba have risen sharply this month as farmers and fishermen stay away from areas near the front line, traders said.

The government is due to present a reconstruction plan for the province to donors in Maputo in February."""),

dict(labels=["casualties"], headline="Gangs kill at least 27 in attack on Haitian town",
body="""PORT-AU-PRINCE, Nov 25 - Gang members killed at least 27 people, including four children, in an attack on the town of Pont-Sonde in Haiti's Artibonite valley, a local rights group said on Wednesday.

The gunmen arrived before dawn on Tuesday, firing automatic weapons as residents slept and setting fire to houses and vehicles, said Pierre-Esperance Joachim of the Artibonite Rights Network. At least 16 people were wounded, several critically, and were taken to a hospital in Saint-Marc.

Police said they had reinforced positions around the town but that most of the attackers had escaped across the rice fields.

More than 5,000 people have fled Pont-Sonde and nearby villages since Tuesday, according to local officials, many sleeping in schools and churches in Saint-Marc."""),

dict(labels=[], headline="Brazilian planemaker wins order for 12 trainer aircraft from Southeast Asian air force",
body="""SAO PAULO, Nov 24 - Brazilian aircraft maker Aerolitoral said on Tuesday it had won an order worth $310 million from an air force in Southeast Asia for 12 turboprop trainer aircraft, its biggest defence contract in three years.

The company did not name the customer but said deliveries would begin in 2028. Analysts at Banco Paulista said the buyer was probably the Philippine Air Force, which has been looking to replace its ageing trainers and has set aside money in its own budget for the purchase.

Aerolitoral's shares rose 6.2 percent in Sao Paulo, their biggest one-day gain since March.

Chief executive Renata Vasconcelos said the company was in a "fierce battle" with Korean and Italian rivals for training aircraft contracts in Asia and Africa. "We do not win these on price alone. We win on support," she said.

The defence business makes up about a fifth of Aerolitoral's revenue, with most of the rest coming from regional passenger jets. The company raised its full-year revenue forecast."""),

dict(labels=["diplomacy"], headline="Pacific leaders agree fisheries pact; China, Australia send delegations",
body="""HONIARA, Nov 27 - Pacific island leaders meeting in Honiara agreed on Friday to set a common minimum price for tuna fishing licences, and held separate talks with government delegations from China and Australia on the sidelines of their annual summit.

Solomon Islands Prime Minister Jeremiah Kolomana, who chaired the meeting, said the leaders would negotiate as one bloc with the distant-water fishing nations from next year.

Kolomana met China's vice foreign minister on Thursday evening, and Australia's minister for the Pacific on Friday morning, his office said, without giving details of what was discussed.

"We are friends to all. We want our friends to talk to us, not about us," he told the closing news conference.

The leaders also called on Japan to share more data on the release of treated water from the Fukushima plant, and agreed to hold next year's summit in Nuku'alofa.

Tuna licences are the biggest source of government revenue for several of the smaller island states."""),

dict(labels=["military_aid"], headline="U.S. Congress clears $120 million for Ecuador's military, with conditions",
body="""WASHINGTON, Nov 25 - The U.S. Congress has cleared $120 million in foreign military financing for Ecuador, a congressional aide said on Wednesday, but attached conditions requiring the State Department to report on how Ecuadorian soldiers deployed in prisons and cities treat detainees.

The money, part of a spending bill passed late on Tuesday, will pay for helicopters, night-vision equipment and spare parts for the Ecuadorian army and navy, the aide said.

Ecuador's defence ministry said in a statement that the aid would "strengthen the fight against the drug gangs that have declared war on the state". It said Ecuadorian pilots would train in the United States next year.

Some Democrats had pushed to hold back part of the money until Quito tightened rules on the use of force. "We want to help Ecuador, but not write a blank cheque," said one lawmaker involved in the negotiations on the bill.

Ecuador is also spending $400 million of its own on new patrol vehicles and body armour for its police this year, funded by a tax on banks."""),

dict(labels=["diplomacy"], headline="Sri Lanka summons Indian envoy over fishing boat incursions",
body="""COLOMBO, Nov 23 - Sri Lanka summoned India's high commissioner on Monday to protest against what it called repeated incursions by Indian trawlers into its northern waters, the foreign ministry said.

The Sri Lankan navy has arrested 64 Indian fishermen and seized nine trawlers off Jaffna this month. No one was hurt in the arrests, a navy spokesman said.

Foreign Secretary Dilhani Perera told the envoy that bottom trawling was destroying fish stocks that thousands of Tamil fishing families in the north depend on, the ministry said.

India's external affairs ministry said in New Delhi that it had raised the detention of the fishermen with Colombo and hoped they would be released quickly. Officials from both countries are due to meet in Chennai next month for talks on the long-running dispute.

Fishermen's groups in Jaffna held a protest on the beach on Sunday, saying the navy was not doing enough."""),

dict(labels=[], headline="Fiji storm past Samoa to reach sevens final",
body="""DUBAI, Nov 28 - Fiji survived a bruising battle with Samoa to win 24-19 and reach the final of the Dubai Sevens on Saturday, with winger Waisea Nacuqu scoring twice in the last three minutes.

Samoa led 19-12 at the break after a sharp first half, but Fiji's bench changed the game. "We showed the killer instinct today," coach Osea Tuilau said.

Samoa's captain was diplomatic about a disputed yellow card that left his side a man short for the final minutes. "The referee saw what he saw," he said.

Fiji, Olympic champions in three of the last four Games, will play New Zealand in the final. New Zealand crushed Argentina 31-5, with Argentina's fly-half shot down on the counter-attack three times.

In the women's competition, Australia beat Canada to set up a final against France."""),

dict(labels=["casualties"], headline="Jihadists kill dozens of civilians in northern Burkina Faso",
body="""OUAGADOUGOU, Nov 22 - Jihadist fighters killed at least 40 civilians in an attack on a convoy of traders and their army escort near the northern town of Djibo, local residents and a security source said on Sunday.

The convoy of about 200 trucks was ambushed on Friday afternoon by fighters who had planted explosives along the road, the security source said. Seven soldiers and members of a volunteer militia were also killed.

"We counted the bodies along two kilometres of road," said a trader who survived by hiding under his truck.

The government did not comment on the attack. Djibo has been under a blockade by armed groups for more than three years, and convoys are its main source of food."""),

dict(labels=["military_aid", "casualties"], headline="Togo gets Emirati armoured vehicles after soldiers killed in north",
body="""LOME, Nov 26 - Togo's army received 30 armoured vehicles donated by the United Arab Emirates on Wednesday, a week after an attack by suspected jihadists on a military post in the far north killed seven soldiers.

The mine-resistant vehicles were handed over at a military base in Lome in front of the defence minister and a group of Emirati officers. They will be sent to the Savanes region, where the army has been fighting armed groups crossing from Burkina Faso, a defence ministry statement said.

The attack near Dapaong on Nov 18 also wounded 12 soldiers, the army said. It was the deadliest in Togo this year.

The Emirates have also paid for training of Togolese drivers and mechanics in Abu Dhabi, the statement said.

Togo raised its own defence spending by 15 percent in this year's budget."""),

dict(labels=[], headline="Papua New Guinea landslide buries village; death toll rises to 68",
body="""PORT MORESBY, Nov 24 - The death toll from a landslide that buried a village in Papua New Guinea's Enga province rose to 68 on Tuesday, and dozens more people are missing, provincial officials said.

A mountainside collapsed onto Yambali village before dawn on Sunday after weeks of heavy rain, burying about 40 houses under rocks and mud several metres deep.

Australian Defence Force helicopters flew in rescuers and excavators on Monday, and a PNG Defence Force engineering unit is clearing the road from Wabag, officials said.

"The ground is still moving. Every time it rains we have to pull the diggers back," said provincial administrator Sandis Tepoka.

The highlands province has also seen tribal fighting in recent years, which has slowed the delivery of government services. Gold mining in the area has drawn thousands of settlers onto steep, unstable slopes.

The United Nations said it was sending water tanks, tarpaulins and hygiene kits for about 7,000 people."""),

dict(labels=["military_aid", "diplomacy"], headline="Indonesia to train Timorese navy, donate patrol boats during minister's visit",
body="""DILI, Nov 25 - Indonesian Defence Minister Haryo Setiadi arrived in Dili on Wednesday for a two-day visit, his first since taking office, and met Timor-Leste's prime minister and president.

Setiadi signed an agreement under which Indonesia will train 150 Timorese sailors at its naval academy in Surabaya over the next three years and donate two used patrol boats to Timor-Leste's small naval component, the Timorese government said.

"Our maritime border is long and our navy is small. Indonesia has offered to help and we accepted," Prime Minister Agostinho Belo said after the talks.

The two sides also discussed the demarcation of their remaining land border segments and a planned road linking the Oecusse enclave to West Timor, officials said.

Timor-Leste, which voted for independence from Indonesian rule in 1999, joined the ASEAN regional bloc last year."""),

dict(labels=[], headline="Ecuador seizes 6 tonnes of cocaine in banana containers",
body="""GUAYAQUIL, Ecuador, Nov 23 - Ecuadorian police seized more than six tonnes of cocaine hidden in banana containers bound for Antwerp in a raid on the port of Guayaquil, the interior ministry said on Monday.

Nine people, including two port workers and a customs official, were arrested. No one was hurt during the operation, police said.

Interior Minister Javier Calderon said the seizure showed that the police had "a new arsenal" of scanners and sniffer dogs paid for from this year's security budget.

Ecuador's banana exporters' association said the cartels were costing the industry its reputation in Europe and called on the government to inspect every container.

Ecuador is the world's largest banana exporter."""),

dict(labels=["diplomacy"], headline="Guatemala and Belize foreign ministers meet ahead of ICJ ruling",
body="""GUATEMALA CITY, Nov 26 - The foreign ministers of Guatemala and Belize met in Guatemala City on Thursday and pledged to respect the coming ruling of the International Court of Justice on their centuries-old territorial dispute.

Guatemalan Foreign Minister Sonia Alvarado and her Belizean counterpart, Dorian Westby, also agreed to set up a joint commission to manage fishing in the Sarstoon river estuary, where patrols from both countries have faced off in the past.

The Organization of American States, which has mediated between the two neighbours since 2000, welcomed the meeting.

The court in The Hague is expected to rule in the first half of next year."""),

dict(labels=["military_aid"], headline="Mali receives armed drones, training from Turkey",
body="""BAMAKO, Nov 24 - Mali's army has received a new batch of armed drones from Turkey, along with a team of Turkish technicians to keep them flying, the transitional government said on state television on Tuesday.

The drones were "handed over to the armed forces" at the air base in Bamako on Monday, a spokesman said, without saying how many had been delivered or whether Mali had paid for them. Malian pilots and ground crews were trained in Turkey earlier this year, he said.

A Western diplomat in Bamako said the aircraft were part of a package agreed last year that also included armoured vehicles and spare parts for older helicopters.

Mali's military government turned away from France after taking power in 2020 and has since relied on Russia and Turkey for equipment and advisers."""),

dict(labels=["diplomacy", "casualties"], headline="Militia kills 42 at Congo displacement camp; UN Security Council to meet",
body="""BUNIA, Democratic Republic of Congo, Nov 27 - Militia fighters armed with machetes and guns killed at least 42 people at a camp for displaced families in eastern Congo's Ituri province overnight, the army and aid groups said on Friday.

The attack on the Plaine Savo camp began around 10 p.m. on Thursday, when fighters entered from the forest side and went from shelter to shelter, an army spokesman in Bunia said. Among the dead were 14 children. At least 30 people were wounded, many with machete cuts, and were taken to the general hospital in Bunia.

"They burned the shelters with people inside," said a camp leader who gave his name as Jean-Claude. "We are still looking for the missing."

The army blamed the CODECO militia, which says it defends the interests of the Lendu community. The group did not comment.

The United Nations peacekeeping mission said its troops reached the camp after the attackers had left.

The U.N. Security Council will hold an emergency meeting on Monday at the request of France, diplomats in New York said, and Congo's foreign minister will address it.

Separately, Congo's government said it had invited Uganda's foreign minister to Kinshasa next week to discuss joint operations against rebels along their shared border, and that a Ugandan delegation had accepted.

Ituri is rich in gold, and dozens of armed groups compete for control of mining sites and trade routes.

More than a million people have been displaced in the province, according to U.N. figures. Aid agencies say funding for the response this year covers less than a third of needs.

The price of gold in Bunia's market has barely moved despite the violence, traders said."""),

dict(labels=[], headline="Chilean miner's talks with union collapse; rival bid 'killed the deal'",
body="""SANTIAGO, Nov 25 - Wage talks between Chilean copper producer Andes Copper Corp and the union at its Los Cerrillos mine collapsed on Wednesday, raising the risk of a strike that could cut output at one of the country's biggest pits.

The union rejected a final offer of a 4 percent real pay rise and a bonus of 18 million pesos per worker, and said it would call a strike vote next week. A government-appointed mediator will try to bring the two sides back to the table, the labour ministry said.

The dispute comes as the company fights a takeover battle. Chief executive Tomas Echenique told analysts that a rival's higher bid for the company's lithium unit had "killed the deal" with its preferred buyer.

"We have plenty of ammunition to defend the value of this company," he said.

Shares in Andes Copper fell 3.1 percent in Santiago. Chile is the world's largest copper producer.

Mining Minister Paula Sotomayor met union leaders and company executives separately on Tuesday, her office said, and urged both to avoid a stoppage."""),

dict(labels=["military_aid", "diplomacy"], headline="Qatar to pay Lebanese soldiers' fuel and salaries for six more months",
body="""BEIRUT, Nov 24 - Qatar will keep paying for fuel and salary supplements for the Lebanese army for another six months, its envoy said in Beirut on Tuesday after meeting Lebanon's prime minister and army commander.

The Qatari grant, about $60 million, is meant to keep soldiers in their posts after the collapse of the Lebanese pound wiped out most of their pay, the envoy, Mohammed bin Khalid Al-Thani, told reporters.

He said he had also discussed with Lebanese leaders Qatar's efforts to help them agree on the deployment of troops along the southern border.

Lebanon's army, seen as one of the few institutions that cuts across sectarian lines, depends heavily on foreign funding. The United States and France also provide equipment and training.

Separately, Qatar will fund the repair of 300 schools damaged last year, the envoy said."""),

dict(labels=["military_aid"], headline="Colombia's peso slips as budget debate drags on",
body="""BOGOTA, Nov 26 - Colombia's peso weakened for a fourth straight day on Thursday as Congress struggled to agree on next year's budget, and investors worried about a widening fiscal deficit.

The finance ministry wants to cut spending by 12 trillion pesos and raise taxes on oil companies, but lawmakers in the ruling coalition have rejected several of the measures.

The central bank kept its benchmark rate at 8.75 percent last month and said it would move cautiously.

Coffee exports, one of the few bright spots, rose 18 percent in the first ten months of the year on higher prices.

In the security sector, South Korea delivered two refurbished corvette patrol ships to the Colombian navy last week under a donation agreed in 2024, and will train their crews in Cartagena until March. The navy said it would use them against drug-trafficking boats in the Pacific.

Analysts said the budget standoff was unlikely to be resolved before the Christmas recess. "Markets can live with a late budget, but not with a bigger deficit," said Luisa Fernanda Pardo, an economist at Banco Andino.

Ratings agency Fitch is due to review Colombia's credit rating in December.

Colombia holds presidential elections in May."""),

dict(labels=["casualties"], headline="Myanmar airstrike on monastery kills 22, residents say",
body="""BANGKOK, Nov 25 - An airstrike by Myanmar's military on a Buddhist monastery sheltering displaced people in the Sagaing region killed at least 22 people, including three monks, residents and a local resistance group said on Wednesday.

A fighter jet dropped two bombs on the monastery in Lin Ta Lu village shortly after noon on Tuesday, a villager who helped recover bodies said by telephone. About 30 people were wounded.

A spokesman for the military government did not answer calls seeking comment. The junta has said it targets only "terrorists".

The reporter could not independently confirm the toll. Internet access in much of Sagaing has been cut for months."""),

dict(labels=[], headline="Mali army says no casualties after drone hits empty depot",
body="""BAMAKO, Nov 27 - A drone struck an empty fuel depot on the edge of the army's base in Gao on Thursday night, causing a fire but no casualties, Mali's army said on Friday.

The fire was put out within two hours, the army said in a statement, adding that an investigation had been opened. It did not say who it believed had launched the drone.

Residents said they heard a loud explosion and saw flames rising over the base, which also houses the airport. Flights to Gao were cancelled on Friday morning.

Analysts said such attacks could eventually cause heavy losses if armed groups learned to use drones more accurately.

Fuel shortages have pushed up prices in Gao's markets in recent weeks, as convoys from the south have been delayed."""),

dict(labels=["military_aid", "diplomacy", "casualties"], headline="Japan to supply Philippine coast radars as Manila protests water cannon attack",
body="""MANILA, Nov 26 - Three Filipino sailors were injured on Wednesday when Chinese coast guard ships fired water cannon at a Philippine supply boat near Second Thomas Shoal, the Philippine military said, hours before Japan agreed to supply coastal surveillance radars to the Philippine navy.

The water cannon shattered the boat's windows and one sailor suffered a head wound, the military said. The boat turned back without completing its resupply mission.

The Department of Foreign Affairs summoned the Chinese ambassador to protest against what it called a "dangerous and unlawful" attack, and lodged a formal diplomatic protest with Beijing. China's coast guard said the boat had entered Chinese waters and that its crew had acted "professionally".

In Tokyo, Japan's foreign ministry said the radars would be provided free of charge under the Official Security Assistance programme, along with training for Philippine operators. Japan has already given the Philippines air surveillance radars and patrol vessels.

Philippine Defence Secretary Emilio Santos said the radars would "let us see what happens at sea, day and night".

The Philippines and China have clashed repeatedly over rival claims in the South China Sea, through which trillions of dollars of trade pass each year."""),

dict(labels=["diplomacy"], headline="Ethiopia, Eritrea leaders hold rare phone call as tensions over Red Sea rise",
body="""NAIROBI, Nov 27 - Ethiopia's prime minister and Eritrea's president spoke by telephone on Thursday for the first time in more than a year, officials from both sides said, amid fears that a war of words over Ethiopia's demand for access to the Red Sea could turn into open conflict.

The two leaders agreed to send their foreign ministers to meet in Jeddah, where Saudi Arabia has offered to host talks, according to an Ethiopian government statement.

Eritrea's information minister, Yemane Tesfay, confirmed the call on social media and said his country was "ready to talk, but not about its sovereignty".

Western diplomats in Addis Ababa welcomed the call but warned against expecting a quick breakthrough.

Ethiopia lost its coastline when Eritrea became independent in 1993. The two countries fought a border war from 1998 to 2000 and signed a peace deal in 2018."""),

dict(labels=[], headline="Bangladesh garment exports rebound as factories reopen",
body="""DHAKA, Nov 23 - Bangladesh's garment exports rose 11 percent in October from a year earlier, the exporters' association said on Monday, as factories that had been closed by protests and power cuts reopened.

The association's president, Farhana Kabir, said buyers from Europe and the United States had returned, but warned that rising gas prices could hurt competitiveness against Vietnam and Cambodia.

Factory owners held talks with union leaders last week and agreed a new minimum wage for the industry, which employs about four million people, mostly women.

A fire at a dyeing plant near Gazipur killed three workers this month, renewing calls for better safety inspections.

Garments make up more than four-fifths of Bangladesh's exports."""),
dict(labels=["casualties"], headline="Drone attack kills two police officers in Colombia's Cauca",
body="""POPAYAN, Colombia, Nov 26 - Two police officers were killed and five wounded when dissident guerrillas dropped explosives from a drone onto a police station in the town of Suarez in Colombia's Cauca department, police said on Thursday.

The attack came shortly before midnight on Wednesday. Police blamed a faction of former FARC rebels that rejected the 2016 peace deal and controls coca-growing areas in the mountains.

The governor of Cauca called an emergency security council in Popayan and asked for more troops to be sent to the area."""),

dict(labels=["military_aid"], headline="Saudi grant to fund Mauritanian desert patrol units",
body="""NOUAKCHOTT, Nov 25 - Saudi Arabia will fund the equipment and running costs of three Mauritanian army desert patrol units for the next two years, Mauritania's defence ministry said on Wednesday.

Under the $95 million grant, the units will receive armoured pickup trucks, satellite phones, fuel and rations, and their officers will be trained by Saudi instructors in Tabuk, the ministry said.

"Securing the eastern border costs money we do not have," a senior Mauritanian officer said. "Without this grant, the patrols would have stopped."

The units cover the Hodh Ech Chargui region along the border with Mali, where Mauritania has so far avoided the attacks that have hit its neighbours.

A first batch of 40 vehicles was handed over to the army in Nema last month, officials said."""),

dict(labels=["diplomacy", "casualties"], headline="Malaysia brokers talks after Thai-Cambodian border clash kills soldier",
body="""KUALA LUMPUR, Nov 27 - Thailand and Cambodia agreed on Friday to hold talks between their army commanders next week, after a firefight along their disputed border killed a Cambodian soldier and wounded two Thai rangers, Malaysia's foreign ministry said.

Malaysian Foreign Minister Zulkifli Hashim, whose country chairs the ASEAN regional bloc this year, said he had spoken to his Thai and Cambodian counterparts by phone on Thursday and that both had agreed to pull back troops from the area around an ancient temple while the talks take place.

The clash broke out on Wednesday morning when patrols from both sides met in the forest near the temple, each side said, accusing the other of firing first.

"We asked both sides for calm, and both said yes," Zulkifli told reporters in Kuala Lumpur.

Cambodia said it would also raise the matter at the United Nations if the talks did not settle the dispute. Thailand's foreign ministry said it preferred to resolve border issues bilaterally.

Trade at the nearby border crossing, a busy route for Thai fruit and Cambodian workers, was suspended on Thursday."""),
]
