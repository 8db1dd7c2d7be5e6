"""Hand-written articles of the SIXTH held-out split (`heldout6`), written on 2026-11-27 blind (without
reading the other pools or articles, the rules, the classifier or the corpus rows) and before any
score on them was seen. Invented, wire style. Tuning never looks at them."""

ARTICLES = [
dict(labels=["military_aid", "diplomacy"],
headline="Allies gather in Riga as Ukraine presses for air defence before winter",
body="""RIGA, Nov 26 - Defence ministers from more than 30 countries met in the Latvian capital on Wednesday to coordinate the next round of weapons for Ukraine, as Kyiv warned that its stocks of interceptor missiles would not last the winter.

Ukrainian Defence Minister Taras Hrytsenko told the meeting that his forces needed at least four more medium-range air defence batteries and "thousands, not hundreds" of interceptors to protect power plants and cities. "Every battery that stays in a European depot is a battery that is not protecting a Ukrainian substation," he said.

Latvia announced that it would hand over its remaining stock of shoulder-fired air defence missiles and fund the purchase of 200 interceptor drones from a Ukrainian manufacturer. The Netherlands said a further 160 million euros would go to a joint fund that buys artillery shells for Ukraine outside Europe.

Not every capital was ready to commit. A Slovak delegate said Bratislava would not contribute weapons from its own army's stocks but would allow Slovak companies to repair Ukrainian armoured vehicles on commercial terms.

On the sidelines, Hrytsenko held separate talks with his Dutch and Romanian counterparts, and the ministers of the Nordic and Baltic states met the Ukrainian delegation for a working breakfast, officials said.

The Riga meeting was the 31st of the group, which was set up in 2022 to match Ukraine's requests with what donors can supply.

Latvia's economy has slowed this year, and the government in Riga is under pressure from opposition parties to rein in the budget deficit. Defence spending, however, enjoys broad support in parliament.

The next meeting is planned for February in Bucharest."""),

dict(labels=["military_aid"],
headline="Dutch parliament delays vote on spare parts for Ukraine's F-16s",
body="""THE HAGUE, Nov 25 - The Dutch parliament postponed a vote on Tuesday on a 95 million euro package of spare parts and engines for Ukraine's F-16 fighter jets, after two coalition parties demanded a full accounting of how earlier aid had been spent.

The package, proposed by the defence ministry in October, would pay for replacement engines, landing gear and avionics for the jets, most of which the Netherlands and Denmark handed over to Ukraine in 2024 and 2025.

"We are not against helping Ukraine. We are against writing blank cheques," said Marloes Vink, defence spokeswoman for one of the coalition parties. She said the vote could take place in January if the ministry produced an audit.

Defence Minister Pieter de Graaf said a delay would ground aircraft. "Jets without engines do not fly, and every week counts," he told reporters outside parliament. Ministry officials said some Ukrainian jets were already waiting for parts.

The Dutch government has so far committed more than 6 billion euros in military support to Ukraine, according to ministry figures.

Separately, parliament approved a rise in the state pension age from 2033, a measure that had divided the coalition for months."""),

dict(labels=[],
headline="German arms maker lifts outlook as Bundeswehr orders pour in",
body="""DUSSELDORF, Nov 24 - German defence group Rheinau Wehrtechnik raised its full-year sales forecast on Monday after the Bundeswehr placed orders worth 4.2 billion euros for ammunition, trucks and air defence radars, as Berlin's multi-year spending push begins to reach factories.

The company said order intake in the third quarter tripled from a year earlier and that its backlog now stood at a record 68 billion euros. Its shares rose 6 percent in Frankfurt, extending this year's gains to more than 80 percent.

Chief executive Hanno Lerch told analysts that the group would open two new shell plants in Saxony and Lower Saxony by 2027. "Our bottleneck is no longer demand. It is people and powder," he said.

Germany's coalition government agreed last year to exempt most defence spending from the constitutional debt brake, allowing the defence budget to rise towards 3.5 percent of economic output by the end of the decade. The finance ministry's draft for next year foresees 108 billion euros for the armed forces.

Critics in the Greens and the Left party say the procurement office is paying too much. "The arms industry has won the battle of the budget hands down," Left party lawmaker Sven Harms said in a parliamentary debate last week.

Analysts at a Frankfurt bank said the company's margins would come under pressure next year as steel and energy costs rise."""),

dict(labels=["diplomacy", "casualties"],
headline="Israeli strikes kill five in south Lebanon as U.S. envoy shuttles between capitals",
body="""BEIRUT, Nov 27 - Israeli air strikes killed five people in south Lebanon on Thursday, Lebanon's health ministry said, hours before a U.S. envoy arrived in Beirut for talks aimed at shoring up a shaky truce along the border.

Two of the strikes hit a car and a motorcycle on the road between Nabatieh and the coast, killing four men the Israeli military said were Hezbollah members. A fifth person, a farmer, was killed by a drone strike near the border village of Aitaroun, the ministry said. Seven people were wounded.

The U.S. envoy, Daniel Moreau, met President Joseph Aoun and parliament speaker Nabih Berri, and was due to travel to Israel on Friday. A Lebanese official said Moreau had brought "ideas, not a plan" for a mechanism to verify the withdrawal of armed groups from areas south of the Litani river.

"We told him clearly that the strikes must stop before any new arrangement can be discussed," the official said, speaking on condition of anonymity because he was not authorised to brief the media.

Israel says it is acting against Hezbollah attempts to rebuild its military infrastructure, in line with the ceasefire agreed in November 2024. Lebanon says the daily strikes violate that agreement.

The war between Israel and Hezbollah in 2024 killed more than 4,000 people in Lebanon, according to Lebanese authorities, and left whole villages in the south in ruins.

Reconstruction has barely started. The World Bank has estimated the cost of rebuilding at about 11 billion dollars, and Gulf donors have so far held back funds, diplomats say.

Lebanon's economy is expected to grow by about 2 percent this year, the central bank said last month."""),

dict(labels=["casualties"],
headline="Glide bombs hit Kharkiv, killing four",
body="""KHARKIV, Ukraine, Nov 26 - Russian glide bombs struck a residential district of Kharkiv on Wednesday afternoon, killing four people and wounding at least 22, regional governor Oleh Syniehubov said.

One bomb hit the courtyard of a nine-storey apartment block in the Saltivskyi district, blowing out windows on every floor, and another landed near a tram depot. Among the wounded were a 12-year-old boy and two tram drivers.

"We heard the whistle and then everything shook," said Iryna, 58, a resident who gave only her first name, standing outside the building with her cat in a carrier. "My neighbour from the fifth floor did not come down."

Rescuers were still searching the rubble for a woman believed to be trapped, the emergency service said late on Wednesday.

Kharkiv, about 30 km from the Russian border, has been hit almost daily this autumn."""),

dict(labels=["diplomacy"],
headline="Armenia, Azerbaijan negotiators close gaps on border commission, diplomats say",
body="""YEREVAN, Nov 25 - Armenian and Azerbaijani negotiators narrowed their differences over the mandate of a joint border commission at talks in Abu Dhabi this week, three diplomats familiar with the discussions said on Tuesday.

The talks, hosted by the United Arab Emirates, were led by Armenian Deputy Prime Minister Mher Grigoryan and his Azerbaijani counterpart, and focused on how to mark the 1,000 km frontier between the two countries, much of which has never been formally demarcated.

"For the first time, both sides brought maps to the table and nobody walked out," one of the diplomats said.

Azerbaijan's foreign ministry said in a statement that the sides had agreed to meet again in January, but repeated Baku's demand that Armenia change its constitution before a peace treaty can be signed. Yerevan has said that a referendum cannot be held before 2027.

Armenian Prime Minister Nikol Pashinyan told parliament on Monday that his government would "not trade the country's constitution for a signature", but said the talks were moving in the right direction.

The two countries fought wars over the Karabakh region in the early 1990s and in 2020, conflicts that killed tens of thousands of people. Azerbaijan retook the region in a lightning offensive in 2023, prompting almost its entire ethnic Armenian population to flee.

Trade across the border remains minimal. Armenian business groups say a reopened rail link through Azerbaijan's Nakhchivan exclave could cut transport costs to Russia and Iran by a third."""),

dict(labels=[],
headline="Qatar's LNG giant signs 27-year supply deal with Italian utility",
body="""DOHA, Nov 24 - QatarGas Marketing signed a 27-year agreement on Monday to supply liquefied natural gas to Italian utility Energia Tirrena, the latest in a string of long-term contracts European buyers have struck with the Gulf producer.

Under the deal, the Qatari company will deliver 1.5 million tonnes a year to a regasification terminal near Ravenna from 2028. Financial terms were not disclosed.

"This is a partnership, not a transaction," Energia Tirrena chief executive Paola Guidi said at the signing ceremony in Doha, praising what she called the Qatari side's "very diplomatic patience" during two years of negotiations over pricing.

The companies also agreed to study a joint investment in a shipping company that would operate four new LNG carriers.

Analysts said European utilities were locking in supply as the continent's gas demand stabilises. "The battle for long-term LNG contracts is over, and Qatar won it," said one London-based energy analyst.

Qatar is expanding its liquefaction capacity by about 85 percent by the end of the decade."""),

dict(labels=["military_aid", "casualties"],
headline="Saudi funds keep Yemeni government troops paid as Houthi drone kills six",
body="""ADEN, Nov 23 - Saudi Arabia has transferred a further 300 million dollars to cover the salaries and fuel of Yemeni government forces for the next six months, two Yemeni officials said on Sunday, as a Houthi drone attack killed six soldiers on the Marib front.

The money, deposited with the central bank in Aden, will be used to pay soldiers of the army and allied brigades who have gone unpaid since August, the officials said. Part of it is earmarked for ammunition and vehicle maintenance.

"Without the Saudi support, units on the front line would simply go home," said one of the officials, a senior defence ministry adviser.

The drone struck a military position in the Raghwan district of Marib province late on Saturday, killing six soldiers and wounding nine, a military spokesman said. The Houthis did not comment.

Fighting has intensified around Marib in recent weeks, with both sides shelling positions along a front that has barely moved since 2022.

The war in Yemen has created one of the world's worst humanitarian crises. The United Nations says more than 19 million people need aid, and its appeal for this year is less than a third funded."""),

dict(labels=["diplomacy"],
headline="Oman hosts new round of Houthi-Saudi talks on prisoners and roads",
body="""MUSCAT, Nov 22 - Delegations from Yemen's Houthi movement and Saudi Arabia began a fresh round of talks in Muscat on Saturday on a prisoner exchange and the reopening of roads around the city of Taiz, Omani and Houthi officials said.

The talks, mediated by Oman, are the first direct contact between the two sides since June. The Houthi delegation is led by the group's chief negotiator, Mohammed Abdulsalam, a Houthi spokesman said.

"We came with a list of 1,400 names and we expect the other side to do the same," the spokesman told a television channel run by the group.

A Saudi official said Riyadh was "open to any step that eases the suffering of Yemenis", and the U.N. special envoy for Yemen welcomed the meeting in a statement, urging both sides to "build on it quickly".

Diplomats said the talks could pave the way for a wider roadmap agreed in principle in late 2023 but frozen after the Houthis began attacking shipping in the Red Sea.

Oman has acted as a go-between for Western governments and the Houthis for years."""),

dict(labels=["military_aid"],
headline="Moldova's radar money from EU fund delayed, army says",
body="""CHISINAU, Nov 21 - A 40 million euro European Union grant for new air surveillance radars for Moldova's army has been held up for months by procurement disputes, Moldovan defence officials said on Friday, leaving the country unable to track drones that regularly stray across its border.

The money, approved under the EU's European Peace Facility in March, was meant to pay for three mobile radars and training for their crews. None have been ordered yet because a tender was challenged by a losing bidder, the officials said.

"We asked for these radars two years ago. We are still watching the sky with binoculars," said one officer at the air force command in Chisinau.

Defence Minister Anatolie Nosatii told a parliamentary committee that the ministry was looking at buying the radars directly instead, which would require changes to the grant, and that a decision was expected before the end of the year.

Romania has separately offered to lend Moldova one of its own older radars as a stopgap, the officials said, but the offer is waiting for approval from the Romanian Supreme Defence Council."""),

dict(labels=[],
headline="Greece orders three more frigates from French shipyard",
body="""ATHENS, Nov 20 - Greece has ordered three more frigates for its navy from French shipbuilder Naval Atlantique, the defence ministry said on Thursday, bringing its planned fleet of the ships to seven in a deal worth about 3 billion euros.

The ministry said the ships, to be delivered from 2029, would be fitted with Greek-made communications equipment and that part of the hull work would be done at a shipyard in Skaramangas, near Athens.

"The navy is the backbone of our deterrence in the Aegean," Defence Minister Nikolaos Dendias told lawmakers, defending a 12-year armament plan that has been criticised by left-wing parties as too costly.

Naval Atlantique said in a statement that the order would secure work for 2,000 employees in Lorient for a decade. It also won an order from a Southeast Asian navy for two corvettes this year, its chief executive said.

Greece spends more than 3 percent of its economic output on defence, one of the highest ratios in NATO. The opposition says that money would be better spent on the health service, which is struggling with staff shortages.

Greek bond spreads tightened slightly after the announcement."""),

dict(labels=["military_aid", "diplomacy", "casualties"],
headline="Missile strike kills seven in Zaporizhzhia as Kyiv seeks more Patriots and a prisoner swap",
body="""KYIV, Nov 27 - A Russian missile strike on an industrial district of Zaporizhzhia killed seven people on Thursday morning, Ukrainian officials said, as President Volodymyr Zelenskyy urged European allies to send more air defence and his envoys prepared for a new round of talks on prisoner exchanges.

The missile hit a repair workshop and a bus stop during the morning rush hour, regional governor Ivan Fedorov said. Twenty-eight people were wounded, five of them seriously, and two workers were missing under the rubble of the workshop.

"They chose the hour when people go to work," Fedorov wrote on Telegram.

In his nightly video address, Zelenskyy said Ukraine had asked partners for at least ten more Patriot launchers and that Germany and the Netherlands had confirmed the delivery of interceptors "in the coming weeks". He said some of the systems promised in the summer had still not arrived. "Promises do not shoot down missiles," he said.

A senior official in Berlin said a Patriot system that Germany had pledged in August would be handed over to Ukraine before Christmas, once Ukrainian crews complete training in Germany.

Separately, Ukraine's chief negotiator Rustem Umerov will travel to Istanbul next week for talks with a Russian delegation on a further exchange of prisoners of war and the return of bodies, his office said. Turkish officials will host the meeting.

Kyiv and Moscow have exchanged several thousand prisoners since 2022 in swaps mediated by the United Arab Emirates and Turkey.

The Kremlin said on Thursday it was ready to "continue the humanitarian track" but that broader negotiations on ending the war were not on the agenda.

Russia's defence ministry said its forces had taken two villages in the Zaporizhzhia region. The claim could not be independently verified.

Ukraine's central bank left its key interest rate unchanged at 15.5 percent on Thursday, citing high inflation and uncertainty over foreign financing for next year's budget.

The European Union is expected to approve a loan for Ukraine's budget, backed by frozen Russian assets, at a summit next month."""),

dict(labels=["casualties"],
headline="Islamic State attack kills five Iraqi soldiers near Kirkuk",
body="""KIRKUK, Iraq, Nov 19 - Islamic State militants attacked an Iraqi army post south of Kirkuk overnight, killing five soldiers including an officer, security sources said on Wednesday.

The attackers used rifles and grenades and fled into the hills of the Wadi al-Shay area, a known hideout of the group, the sources said. Two soldiers were wounded.

Iraqi forces launched a search operation backed by helicopters on Wednesday morning.

Attacks by the group have become rare since it lost its last territory in Iraq in 2017, but sleeper cells remain active in rural areas of Kirkuk, Salahuddin and Diyala provinces."""),

dict(labels=[],
headline="Supermarkets brace for price war as discounter opens 200 stores",
body="""LONDON, Nov 18 - Britain's big supermarket chains are bracing for a bruising battle for market share after German discounter Preisfuchs said it would open 200 more stores over the next three years.

Shares in the country's three largest grocers fell between 2 and 4 percent on Tuesday. "The discounters have been winning this war on price for a decade, and there is no ceasefire in sight," said a retail analyst at a London broker.

Preisfuchs said it would spend 1.4 billion pounds on the expansion and create 6,000 jobs. Its UK chief executive said the chain was "armed with the lowest prices in the country".

The largest chain responded by cutting prices on 500 products, a move one rival's boss described as "a shot across the bows".

Elsewhere in retail, Arsenal supporters queued overnight outside the club's shop for the launch of a new kit, which the club said sold out in an hour.

Food inflation in Britain eased to 3.9 percent in October, official data showed."""),

dict(labels=["diplomacy"],
headline="EU envoy brings Serbia, Kosovo leaders back to Brussels table",
body="""BRUSSELS, Nov 17 - Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti held their first meeting in more than a year in Brussels on Monday, in talks mediated by the European Union's special representative for the region.

The two leaders discussed the creation of an association of Serb-majority municipalities in northern Kosovo and the recognition of identity documents, EU officials said. No agreement was reached, but both sides agreed to let their chief negotiators meet again in December.

"It was a difficult meeting, as expected, but it was a meeting," the EU envoy, Tomas Halvorsen, told reporters afterwards.

Kurti said Serbia had to "stop sponsoring parallel structures" in the north, while Vucic said Pristina was "driving Serbs out" of the area. Belgrade does not recognise Kosovo's independence, declared in 2008.

Tensions peaked in 2023 when a Serb armed group clashed with Kosovo police in the village of Banjska. The 1998-99 war in Kosovo killed about 13,000 people.

The EU has made normalisation of relations a condition for both countries' bids to join the bloc. Serbia's economy grew by 3.5 percent last year, driven by car and tyre exports."""),

dict(labels=["military_aid", "diplomacy"],
headline="Qatar to pay Lebanese army fuel and salaries after PM's visit",
body="""DOHA, Nov 16 - Qatar will provide 60 million dollars to the Lebanese army to pay for fuel and help with soldiers' salaries, the Qatari foreign ministry said on Sunday, after Lebanese Prime Minister Nawaf Salam visited Doha for talks with the emir.

The money is the latest in a series of Qatari grants to the army, which has struggled to keep troops fed and vehicles running since Lebanon's financial collapse in 2019. Qatar also donated 70 armoured vehicles to the army last year.

Salam and Emir Sheikh Tamim bin Hamad al-Thani discussed the situation in south Lebanon and Lebanon's talks with the International Monetary Fund, the emir's office said.

"Our army is the only guarantee of the country's stability, and our brothers in Qatar understand this," Salam told reporters before flying home.

Lebanon's army is expected to deploy thousands more troops south of the Litani river under the 2024 ceasefire, a task Western and Arab donors have promised to support with equipment and training. The United States and France have also pledged funding for the deployment.

Lebanon's parliament has yet to pass a bank restructuring law that the IMF has made a condition of a bailout."""),

dict(labels=[],
headline="EU, World Bank pledge cash for Ukraine's battered power grid",
body="""KYIV, Nov 15 - The European Union and the World Bank pledged a combined 1.1 billion euros on Saturday to repair Ukraine's electricity network, as the country prepares for a winter of power cuts.

The EU grant of 650 million euros will pay for transformers, cables and gas turbines, while a World Bank loan will finance the rebuilding of heating plants in Kharkiv, Sumy and Chernihiv, the Ukrainian energy ministry said.

"This money keeps the lights on in hospitals and schools," Energy Minister Svitlana Hrynchuk said at a news conference in Kyiv.

Japan separately said it would send 30 mobile generators and water purification equipment for towns near the front line, its embassy said.

Ukraine's state grid operator said repeated attacks since 2022 had knocked out more than half of the country's generating capacity. Officials have urged households to buy power banks and stock up on water.

Ukraine's government also received a 1.2 billion dollar tranche of budget support from the International Monetary Fund this month to cover pensions and public-sector wages."""),

dict(labels=["casualties"],
headline="Clashes between Druze fighters and Bedouin tribes kill nine in Syria's Sweida",
body="""SWEIDA, Syria, Nov 14 - Clashes between Druze militiamen and Bedouin tribal fighters on the outskirts of Sweida killed at least nine people on Friday, a local monitoring group said, in the latest flare-up in southern Syria.

The fighting began after the kidnapping of a Druze trader on the road to Damascus and spread to three villages west of the city, residents said. Three of the dead were civilians, including a woman killed by a stray bullet in her kitchen, the monitor said. At least 20 people were wounded.

"We buried my cousin this afternoon. He was 19," a resident of the village of al-Mazraa said by telephone.

Government security forces set up checkpoints on the main road in the evening, and the fighting had eased by nightfall.

Sweida, the heartland of Syria's Druze minority, has been tense since deadly clashes in July."""),

dict(labels=["military_aid"],
headline="U.S. Senate panel holds up military financing for Jordan, Lebanon",
body="""WASHINGTON, Nov 13 - A U.S. Senate committee delayed a vote on Thursday on 700 million dollars in foreign military financing for Jordan and Lebanon, after senators from both parties demanded guarantees that the equipment would not end up with armed groups.

The package would fund helicopters, border surveillance systems and spare parts for the Jordanian armed forces, and trucks, radios and night-vision equipment for the Lebanese army, according to a State Department notification to Congress.

"Jordan is a reliable partner and should get what it needs. Lebanon is a harder case," said Senator Mark Delaney, a Republican member of the committee. He said he would support the Lebanese portion only if the administration certified that the army was acting against Hezbollah weapons depots.

Democratic Senator Karen Holt said conditioning the aid would weaken the only Lebanese institution able to take control of the south. "If we want the army to do the job, we have to give it the tools," she said.

Committee aides said the vote could take place in early December.

Congress is also arguing over next year's defence budget, which the House passed last month at 910 billion dollars."""),

dict(labels=["military_aid", "diplomacy"],
headline="Seoul summons Russian ambassador over North Korean shells for Moscow",
body="""SEOUL, Nov 12 - South Korea summoned the Russian ambassador on Wednesday to protest against what it said were continuing shipments of North Korean artillery shells and missiles to Russia for use in Ukraine.

South Korea's intelligence service told lawmakers earlier this week that North Korea had sent more than 12 million artillery shells to Russia since 2023, as well as short-range ballistic missiles and multiple rocket launchers. It said the shipments had continued by sea and rail over the past two months.

"We strongly urge Russia to immediately stop its illegal military cooperation with North Korea," Vice Foreign Minister Park Yoon-joo told Ambassador Georgy Zinoviev, according to a ministry statement.

The Russian embassy said in a statement that Moscow's relations with Pyongyang were "not directed against third countries" and accused Seoul of repeating "Western propaganda".

Analysts say Pyongyang is receiving oil, food and possibly military technology in return.

South Korea's central bank kept its key rate at 2.5 percent last month, as exports of semiconductors hit a record."""),

dict(labels=["military_aid"],
headline="Spain to train and equip Mauritanian border units",
body="""NOUAKCHOTT, Nov 11 - Spain will train 600 Mauritanian border guards and give them off-road vehicles, drones and communications equipment over the next two years, the Spanish defence ministry said on Tuesday.

Spanish military instructors will run courses at a base in eastern Mauritania near the border with Mali, where jihadist groups have expanded their operations, the ministry said.

The programme is worth about 25 million euros. Spain's interior ministry separately funds Mauritania's coast guard to curb migrant departures towards the Canary Islands.

Mauritania has largely escaped the attacks that have hit its Sahel neighbours."""),

dict(labels=[],
headline="Polish coalition wrangles over budget as farmers meet minister",
body="""WARSAW, Nov 10 - Poland's ruling coalition failed again on Monday to agree on next year's budget, as the junior partners demanded higher spending on health and a freeze on electricity prices, officials said.

The leaders of the four coalition parties met for six hours at the prime minister's office but left without a deal. "The talks were tough but friendly," the deputy prime minister told reporters. "Nobody is walking away."

The draft foresees a deficit of about 6.5 percent of economic output, one of the highest in the European Union. Defence spending is set to rise to 4.8 percent of output, the highest in NATO, with most of the money going on tanks, howitzers and helicopters for the Polish army bought from South Korea and the United States.

Separately, Agriculture Minister Stefan Krajewski met representatives of farmers' unions who have threatened to block roads over grain prices. After the meeting, he promised a support scheme for storage costs.

The opposition Law and Justice party called the budget "a disaster on arrival" and said it would fight it in parliament.

The zloty was steady against the euro."""),

dict(labels=["diplomacy", "casualties"],
headline="Sudan's army and RSF send envoys to Jeddah as drone strike kills 11 in Darfur",
body="""PORT SUDAN, Nov 9 - Delegations from Sudan's army and the paramilitary Rapid Support Forces arrived in Jeddah on Sunday for indirect talks on a humanitarian truce, Saudi and U.S. officials said, hours after a drone strike killed 11 people at a market in North Darfur.

The talks will focus on opening corridors for aid to El Fasher and Kadugli, and on a mechanism to monitor a possible ceasefire, a U.S. official said. Saudi and American mediators will shuttle between the two delegations, which are staying in separate hotels.

An army spokesman said the delegation had "a clear mandate to end the suffering of our people, not to reward the militia". The RSF said in a statement that it was "committed to a comprehensive ceasefire".

In North Darfur, a drone struck the livestock market in the town of Mellit on Saturday, killing 11 people and wounding more than 30, a local medical group said. The group blamed the army. There was no comment from the military.

Earlier rounds of talks in Jeddah in 2023 produced commitments to protect civilians that were never implemented.

The United Nations says the war, which began in April 2023, has displaced more than 12 million people."""),

dict(labels=["military_aid", "diplomacy"],
headline="ANALYSIS-Armenia shops for arms in Paris and New Delhi as Moscow ties fray",
body="""YEREVAN, Nov 8 - When a convoy of French-made Caesar howitzers rolled through Yerevan on a flatbed trailer last month, few Armenians noticed. For the government, it was a milestone: the first heavy weapons the country had received from a NATO member.

For three decades Armenia bought almost all its weapons from Russia, often at discounted prices, and hosted a Russian military base in the city of Gyumri. That relationship has unravelled since 2020, when Armenian officials say Moscow failed to deliver weapons that had already been paid for.

France has since become Armenia's most visible Western supplier. Paris agreed in 2024 to sell the howitzers and has delivered radars and night-vision equipment, some of it paid for with French state credits. French officers are training Armenian artillery crews, and a French adviser now works inside the defence ministry in Yerevan.

India has been a quieter but larger source. Indian companies have supplied rocket launchers, anti-tank missiles and artillery shells under contracts signed by the Indian government, according to Armenian officials and defence analysts.

"We are not changing one patron for another. We are diversifying," Foreign Minister Ararat Mirzoyan said in an interview. He spoke after talks in Paris with his French counterpart, the fourth such meeting this year, where the two discussed a possible defence cooperation treaty.

Russia's foreign ministry has warned Yerevan that "flirting with NATO" would have consequences, and summoned the Armenian ambassador in Moscow in September over a joint exercise with U.S. troops.

Azerbaijan, which retook the Karabakh region in 2023, has protested against the French deliveries. Its foreign ministry said in a statement that Paris was "arming Armenia for a new war". Baku buys much of its own equipment from Israel and Turkey.

Analysts caution that the new weapons will take years to absorb. "Training, maintenance, spare parts - that is where donors usually lose interest," said Lilit Hakobyan, a researcher at a Yerevan think tank.

The wars with Azerbaijan in the early 1990s and in 2020 killed tens of thousands of people on both sides, and the 2020 defeat still shapes Armenian politics.

Armenia's economy grew by almost 6 percent last year, helped by the re-export of goods to Russia, a trade that the government says it cannot afford to lose."""),

dict(labels=["military_aid", "casualties"],
headline="Drones hit Odesa port, killing two, as Romania approves Patriot transfer",
body="""ODESA, Ukraine, Nov 7 - Russian drones struck port facilities in Odesa overnight, killing two dock workers and wounding six, the regional governor said on Friday, hours after Romania's parliament approved the transfer of a Patriot air defence system to Ukraine.

The drones hit a grain terminal and set fire to a warehouse, the governor said. Three of the wounded were firefighters hurt when a second drone struck as they tackled the blaze.

In Bucharest, lawmakers voted 251 to 34 late on Thursday to hand over one of Romania's Patriot batteries to Ukraine, on condition that the United States and Germany speed up deliveries of replacement systems to the Romanian army.

"Odesa is 50 kilometres from our border. Its sky is our sky," Defence Minister Ionut Mosteanu told parliament before the vote. The far-right opposition voted against, saying Romania would be left exposed.

Romanian officials said Ukrainian crews, already trained on the system, would take it over within weeks.

Odesa's ports handle most of Ukraine's seaborne grain exports, which have recovered to near pre-war levels this year."""),
]
