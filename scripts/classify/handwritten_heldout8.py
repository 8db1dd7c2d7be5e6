"""Hand-written articles of the EIGHTH held-out split (`heldout8`), written on 2026-11-27 blind (without
reading the other pools or articles, the rules, the classifier or the corpus rows) and before any
score on them was seen. Invented, wire style. Tuning never looks at them."""

ARTICLES = [
dict(labels=["military_aid", "diplomacy"],
headline="EU ministers split over using frozen Russian assets to arm Ukraine",
body="""BRUSSELS, Nov 26 - European Union foreign ministers failed on Wednesday to agree on a plan to channel the proceeds of frozen Russian central bank assets into weapons for Ukraine, with Hungary and Slovakia refusing to back the proposal and several western capitals worried about legal risks.

The plan, drafted by the bloc's foreign policy service, would use about 4 billion euros a year in windfall profits to buy air defence interceptors and artillery ammunition for the Ukrainian army, much of it from European manufacturers.

"We have the money, we have the factories and we have a country that needs to defend itself. What we do not have yet is unanimity," the EU's foreign policy chief told reporters after the meeting, which ran three hours over schedule.

Hungary's foreign minister said Budapest would not agree to any step that "drags Europe deeper into the war" and repeated that his government would continue to block reimbursements from the European Peace Facility, the fund that has repaid member states for weapons sent to Kyiv since 2022.

Belgium, where most of the frozen assets are held by a securities depository, has asked for guarantees that other member states would share the cost if a court ordered the money returned.

Ukrainian Foreign Minister Andrii Sybiha, who joined the meeting by video link, urged the ministers to "stop treating Ukraine's air defence as a legal seminar". He held a separate meeting with his Polish and Lithuanian counterparts on the margins to discuss the next steps.

The ministers also discussed the situation in Georgia and relations with China, and agreed to extend sanctions on several Iranian officials.

Diplomats said a compromise could be attempted at the leaders' summit in December, where the issue would be taken up by heads of government.

The EU and its member states have provided Ukraine with more than 50 billion euros in military support since February 2022, according to figures from the Commission.

Euro zone finance ministers, meeting in the same building on Thursday, are expected to discuss the bloc's budget rules."""),

dict(labels=["military_aid"],
headline="Sweden pushes back howitzer handover to Ukraine to next year",
body="""STOCKHOLM, Nov 25 - Sweden will not be able to deliver the 18 self-propelled howitzers it promised Ukraine before the end of the year, the Defence Materiel Administration said on Tuesday, blaming a shortage of barrels at the manufacturer.

The guns, part of a package worth 7 billion crowns approved by parliament in the spring, are now expected to be handed over in the first quarter, the agency said in a statement.

"It is frustrating, and it is not what we promised," Defence Minister Mattias Krook told public broadcaster SVT. "But a howitzer without a barrel is a very expensive tractor."

Krook said Sweden would try to make up for the delay by sending additional 155mm ammunition from army stocks in December, and that a group of Ukrainian gun crews already trained in Sweden would stay on for extra courses.

The opposition Social Democrats said the government had known about the production problems since the summer and should have warned earlier. "Ukraine plans its defence around our promises," their defence spokesman said.

Sweden has committed about 80 billion crowns in military assistance to Ukraine since 2022, including combat vehicles, air defence systems and two surveillance aircraft."""),

dict(labels=[],
headline="Saudi air force orders 48 jets in biggest deal of the year for European consortium",
body="""RIYADH, Nov 24 - Saudi Arabia has signed a contract for 48 new combat aircraft for its air force, the European consortium that builds the jets said on Monday, in an order analysts valued at about 11 billion dollars.

The deal, announced at a defence exhibition in the Saudi capital, includes weapons integration, a simulator centre and a training programme for Saudi pilots at a base in the Eastern Province.

"This is a landmark order for our company and for our suppliers in four countries," the consortium's chief executive said, adding that it would secure some 6,000 jobs on European production lines into the 2030s.

Shares in the consortium's largest partner rose 4 percent in Paris trading. One analyst said the order gave the company "an arsenal of arguments" in its fight for a follow-on contract with another Gulf buyer.

The kingdom has set aside about 78 billion dollars for defence in its 2026 budget and wants half of its military purchases to be made locally by 2030. Under the contract, a Saudi firm will assemble parts of the fuselage.

The order comes after a two-year battle between the consortium and a U.S. rival for the contract. Saudi officials did not comment on the price."""),

dict(labels=["diplomacy", "casualties"],
headline="Israeli strike kills four in south Lebanon as U.S. envoy visits Beirut",
body="""BEIRUT, Nov 26 - An Israeli drone strike on a car near the southern Lebanese town of Bint Jbeil killed four people on Wednesday, Lebanon's health ministry said, hours before a U.S. envoy arrived in Beirut to press for a border arrangement.

The Israeli military said it had targeted Hezbollah members who were trying to rebuild infrastructure in the area. Lebanese state media said two of the dead were brothers who worked in a nearby olive press.

The envoy met President Joseph Aoun and parliament speaker Nabih Berri, who has acted as a channel to Hezbollah, and presented a proposal for a monitoring mechanism along the border, according to two officials briefed on the talks.

"We are not asking Lebanon to choose between its sovereignty and its security. We are offering a path to both," the envoy told reporters after the meeting at the presidential palace.

Berri's office said he had told the envoy that Israel must first halt its strikes and withdraw from five hilltop positions it still holds inside Lebanon. Hezbollah did not comment.

Lebanon has received pledges of more than 250 million dollars for the reconstruction of villages in the south, but much of the money has not yet arrived, the World Bank said this month.

The envoy is due to travel to Israel on Thursday."""),

dict(labels=["diplomacy"],
headline="Oman hosts new round of indirect U.S.-Iran talks",
body="""MUSCAT, Nov 23 - Iranian and U.S. negotiators held a fifth round of indirect talks in Muscat on Sunday, with Omani Foreign Minister Badr Albusaidi carrying messages between the two delegations sitting in separate rooms of a palace on the city's outskirts.

Iran's deputy foreign minister said the talks were "serious and forward-looking" but that Tehran would not discuss its missile programme. A State Department spokesman said Washington wanted "a verifiable deal, not another process".

Omani officials said the two sides had agreed to set up expert-level working groups on uranium enrichment and sanctions relief, which would meet in Geneva in two weeks.

Diplomats in the region said the talks were taking place under the shadow of a possible Israeli strike on Iranian nuclear sites, which some analysts warned could kill hundreds and trigger a regional war if it went ahead.

Iran's rial strengthened on the open market in Tehran after the talks, traders said. The currency has lost about half its value over the past two years.

Oman, which has long had good relations with both Washington and Tehran, also hosted secret contacts between the two countries in 2013."""),

dict(labels=["casualties"],
headline="Glide bombs kill six in Zaporizhzhia, damage children's hospital",
body="""ZAPORIZHZHIA, Ukraine, Nov 25 - Russian glide bombs struck the southern Ukrainian city of Zaporizhzhia on Tuesday afternoon, killing six people and wounding at least 23, regional governor Ivan Fedorov said.

One of the bombs hit a courtyard between apartment blocks in the city's Oleksandrivskyi district, and another damaged the roof and windows of a children's hospital. No patients were hurt at the hospital, Fedorov said, but a nurse was cut by flying glass.

"We heard a whistle and then the whole building shook," said Oksana, 61, who lives on the fifth floor of one of the damaged blocks. "My neighbour was carrying shopping bags in the yard. She did not make it."

Rescuers were searching the rubble of a collapsed garage complex into the evening, and two people were listed as missing.

Zaporizhzhia, which had about 700,000 inhabitants before the full-scale invasion in February 2022, lies about 30 km from the front line and is regularly hit by drones, missiles and bombs.

The city's industrial base, built around a steelworks and an aluminium plant, has been hit hard by the war, and many young families have moved west.

The UN refugee agency said on Tuesday it would distribute heaters and building materials to 4,000 households in the region before winter."""),

dict(labels=[],
headline="Ukraine grid operator secures EBRD loan to rebuild transformers",
body="""KYIV, Nov 24 - Ukraine's state grid operator will receive a 300 million euro loan from the European Bank for Reconstruction and Development to buy transformers and repair substations damaged in attacks, the bank said on Monday.

The loan, guaranteed by the EU budget, will finance equipment from manufacturers in Austria, Poland and South Korea, to be installed before the peak of the heating season, the EBRD said.

"Every transformer is a hospital, a school or a water pump that keeps working," the grid operator's chief executive said at a signing ceremony in Kyiv.

The company has been racing to protect substations with concrete shelters and sandbags. It has lost more than half of its high-voltage transformers since attacks on the power system began in the autumn of 2022, according to company figures.

Separately, Ukraine's energy regulator approved a rise in household electricity tariffs from January, the first in 18 months. Consumer groups said the increase would hit pensioners hardest.

The EBRD has invested more than 7 billion euros in Ukraine since 2022, much of it in energy, transport and municipal services."""),

dict(labels=["military_aid", "casualties"],
headline="Islamic State attack kills three Peshmerga as Austria funds Kurdish training",
body="""ERBIL, Iraq, Nov 22 - Three Kurdish Peshmerga fighters were killed and two wounded when Islamic State militants attacked their outpost in the Makhmour hills late on Friday, the Kurdistan Region's ministry of Peshmerga affairs said.

The attackers used rifles and a rocket-propelled grenade and withdrew towards the Qarachogh mountains, the ministry said. Iraqi army units and Peshmerga forces launched a joint sweep of the area on Saturday.

The attack came a day after Austria said it would fund a training programme for Peshmerga units in bomb disposal and battlefield medicine, worth 14 million euros over three years, and supply mine detectors and protective suits.

"Our contribution is modest, but it is targeted at what these units need most," Austrian State Secretary Florian Egger said in Vienna, adding that the training would be delivered by Austrian army instructors in Erbil.

Islamic State controlled large parts of northern Iraq between 2014 and 2017, when tens of thousands of people were killed. The group has since been reduced to small cells operating in remote areas.

The Kurdistan Region is also in a long-running dispute with Baghdad over oil exports and the payment of public sector salaries, which were delayed again this month."""),

dict(labels=["diplomacy"],
headline="Armenia and Azerbaijan border commissions meet in Vienna",
body="""VIENNA, Nov 21 - Border commissions from Armenia and Azerbaijan met in Vienna on Friday to continue demarcating their frontier, the first session since the two countries initialled a peace treaty in the summer.

The commissions, led by deputy prime ministers Mher Grigoryan and Shahin Mustafayev, agreed to begin work on a 12-km stretch of the border between Armenia's Tavush province and Azerbaijan's Gazakh district, according to a joint statement.

"We have moved from arguing about maps to walking the land," an Armenian official said. Azerbaijan's foreign ministry said the talks had been held "in a constructive atmosphere".

Austria's foreign ministry hosted the meeting but did not take part in the talks.

The two countries fought two wars over the Karabakh region, in the early 1990s and in 2020, in which tens of thousands of people were killed. In 2023 Azerbaijan retook the region, and almost all of its ethnic Armenian population left for Armenia.

Armenia's economy grew by more than 5 percent in the first nine months of the year, helped by re-exports and a construction boom in Yerevan."""),

dict(labels=[],
headline="Galatasaray edge Fenerbahce in bruising Istanbul derby",
body="""ISTANBUL, Nov 23 - Galatasaray beat Fenerbahce 2-1 on Sunday in a bruising Istanbul derby, with a late header from their Nigerian striker killing off the visitors' hopes of going top of the Super Lig.

Fenerbahce, who had fired 17 shots at goal, were left to rue a disallowed equaliser in stoppage time. Their coach said his team had been "robbed" and promised to take the fight to the title race in the new year.

Three players were booked in a tense first half, and a Fenerbahce defender was sent off after a clash near the touchline that briefly sparked a melee between the two benches.

Police said the match passed off without serious incident, although two fans were detained for throwing flares. No injuries were reported.

The derby was watched by a sell-out crowd of 52,000. Galatasaray, who have won the league four times in the past five seasons, now lead by three points.

The two clubs' presidents, who have traded barbs for weeks, shook hands before kick-off in what local media described as a diplomatic gesture."""),

dict(labels=["military_aid"],
headline="Czech-led shell initiative warns it will run dry without new pledges",
body="""PRAGUE, Nov 20 - A Czech-led scheme that buys artillery shells for Ukraine on the world market will run out of money by February unless donors make new pledges, officials running the programme said on Thursday.

The initiative has delivered about 1.8 million rounds of large-calibre ammunition to Ukraine since early 2024, sourced from producers in Asia, Africa and elsewhere and paid for by more than a dozen countries.

"The shells are there, the sellers are there. The only question is whether the money will be there," said one official, who asked not to be named because the list of suppliers is confidential.

Ireland, Luxembourg and Iceland, which have no arms industries of their own, said earlier this year they would contribute cash rather than equipment. Denmark and Canada have also put money into the scheme.

But the new Czech government has said it wants the programme to be run by NATO rather than by Prague, and the finance ministry has questioned whether the state should keep fronting payments to suppliers.

Ukraine's defence ministry said the shells were among the most important supplies its artillery brigades received and urged donors to keep the scheme going.

The Czech economy is expected to grow 2.3 percent next year, the central bank said last week."""),

dict(labels=["military_aid", "diplomacy", "casualties"],
headline="Kharkiv strike kills nine as Zelenskyy asks Berlin for more Patriots",
body="""KYIV, Nov 26 (Wirefeed) - A Russian missile strike on the north-eastern Ukrainian city of Kharkiv killed nine people, including a 12-year-old girl, and wounded 41 overnight, regional officials said on Wednesday, as President Volodymyr Zelenskyy appealed to Germany for more air defence.

The missiles hit an apartment building and a printing works in the Kyivskyi district shortly after 2 a.m., Kharkiv regional governor Oleh Syniehubov said. Rescue crews worked through the night to pull residents from the rubble.

Zelenskyy said he spoke by telephone with German Chancellor Friedrich Merz on Wednesday morning and asked for two more Patriot systems. "I told the Chancellor plainly: we need Patriots, and we need them before the frosts," Zelenskyy wrote on social media.

A German government spokesman confirmed the call and said the two leaders had also discussed a possible ceasefire framework and the next meeting of the coalition of countries supporting Ukraine.

Later on Wednesday, Berlin said it would deliver a further 300 interceptor missiles for systems already in Ukraine and would finance the production of long-range drones by Ukrainian firms, in a package worth about 1.2 billion euros.

Moscow said its forces had struck "military-industrial facilities" in Kharkiv. The Kremlin also said it had received no new proposals from Washington and saw no grounds for talks at present.

Kharkiv, Ukraine's second-largest city, lies about 30 km from the Russian border and has been shelled and bombed since the first days of the full-scale invasion in 2022.

The city's metro, which doubled as a shelter in the first months of the war, carried a record 90 million passengers last year, the city council said."""),

dict(labels=[],
headline="Turkish drone maker books record export order, shares jump",
body="""ISTANBUL, Nov 19 - Turkish drone maker Anatolian Aerosystems said on Wednesday it had signed its largest export contract, worth 1.4 billion dollars, to supply armed drones and ground stations to an undisclosed customer in South-East Asia.

The company, which is listed in Istanbul and also makes civilian cargo drones, said deliveries would begin in 2027 and that the contract included maintenance and spare parts for ten years.

Its shares rose 9 percent, taking their gains this year to more than 60 percent. "This order puts the company in a different league," said an analyst at an Istanbul brokerage, adding that margins on export contracts were higher than on domestic ones.

The company has been hiring engineers at a rapid pace and is building a second factory near the Aegean city of Izmir. It said it planned to raise 500 million dollars in a bond issue next year.

A strike by metalworkers at one of its suppliers ended last week with a 30 percent pay rise, the union said."""),

dict(labels=["diplomacy"],
headline="Security Council divided over Red Sea shipping resolution",
body="""UNITED NATIONS, Nov 24 - The U.N. Security Council failed on Monday to agree on a statement on attacks on merchant shipping in the Red Sea, after Russia and China objected to language that blamed Iran for the attacks.

Britain, which drafted the text, said it would put a revised version to a vote later this week. "The freedom of navigation is not a Western interest, it is a global one," Britain's ambassador told the council.

Russia's deputy ambassador said the draft was "one-sided" and ignored the war in Gaza, which he described as the root cause of the tension in the region.

The Houthis' chief negotiator, who is based in Muscat, said in a statement that the group would study any proposal that included the lifting of restrictions on Hodeidah port.

Separately, the World Food Programme said it had resumed food distributions in northern Yemen after a two-month pause, reaching 1.2 million people in November.

Shipping companies have rerouted many vessels around the Cape of Good Hope, adding about ten days to journeys between Asia and Europe and pushing up freight rates."""),

dict(labels=["casualties"],
headline="Three Palestinians killed in Israeli raid on Tulkarm camp",
body="""RAMALLAH, Nov 22 - Israeli forces killed three Palestinians during a raid on the Nur Shams refugee camp near the West Bank city of Tulkarm on Saturday, the Palestinian health ministry said.

The Israeli military said its troops had opened fire on armed men who threw explosives at them, and that a soldier was lightly wounded. A local militant group said two of the dead were its members.

Residents said bulldozers had torn up roads in the camp during the operation, which lasted more than 12 hours, and that several families were forced to leave their homes.

"My son went out to buy bread. They brought him back to me on a stretcher," said the mother of one of the dead, a 19-year-old.

The West Bank has seen a sharp rise in violence over the past three years, with frequent Israeli raids, attacks by Palestinian gunmen and assaults by settlers on villages.

The Palestinian Authority is struggling to pay the full salaries of its employees because of a funding shortfall, its finance ministry said this month."""),

dict(labels=["military_aid", "diplomacy"],
headline="Kuwait to fund Jordan's border troops after emir's visit to Amman",
body="""AMMAN, Nov 25 - Kuwait will pay for night-vision equipment, thermal cameras and patrol vehicles for Jordan's border guard under a 90 million dollar grant announced on Tuesday during a visit to Amman by Kuwait's emir.

The emir held talks with King Abdullah at the Husseiniya palace on regional security, the war in Gaza and the situation in Syria, the Jordanian royal court said in a statement.

The grant will equip units guarding Jordan's northern and eastern borders, where the army has clashed repeatedly with drug smugglers crossing from Syria, a Jordanian military source said. The first vehicles are to be handed over in March.

The two leaders also signed agreements on investment protection and on recognising each other's university degrees.

Jordan has received military assistance from the United States, Britain and several Gulf states for decades. The kingdom spends about a fifth of its budget on the army and security services.

Kuwait's parliament, suspended since last year, has no say over the grant."""),

dict(labels=[],
headline="Moldova's government survives confidence vote over pension reform",
body="""CHISINAU, Nov 21 - Moldova's government survived a no-confidence vote on Friday over its plan to raise the retirement age, after two independent lawmakers abstained at the last minute.

The opposition Socialists had accused the government of "declaring war on pensioners" and staged a protest of several thousand people outside parliament. Police said the rally was peaceful and no one was hurt.

Prime Minister Alexandru Munteanu said the reform was needed to keep the pension fund solvent. "I understand people's anger. But doing nothing would be the real attack on pensioners," he told parliament.

Coalition partners have been in talks for weeks over changes to the bill, including a longer transition period for women. A compromise was reached on Thursday evening, party officials said.

Moldova fought a brief war with separatists in the Transnistria region in 1992, in which about a thousand people were killed. The region remains outside the government's control.

Gas prices for households will rise by 8 percent from January, the energy regulator said."""),

dict(labels=["military_aid"],
headline="Poland opens hub to repair Ukraine's tanks, trains new brigade",
body="""RZESZOW, Poland, Nov 20 - Poland has opened a new maintenance centre near the Ukrainian border where damaged Western-made tanks and armoured vehicles used by Ukraine's army will be repaired and sent back to the front, the defence ministry said on Thursday.

The centre, run by a state-owned firm, will be able to overhaul up to 30 vehicles a month, replacing engines, gun barrels and tracks. The work is paid for by a fund to which Germany, Norway and Poland contribute.

"A tank that comes back from the repair shop is a tank that no one has to buy," a ministry spokesman said.

Separately, Polish army instructors have begun training a new Ukrainian mechanised brigade of about 2,000 soldiers at ranges in western Poland, the ministry said. The course lasts five weeks and covers tactics, mine clearing and combat first aid.

Poland has handed over more than 300 tanks to Ukraine since 2022, most of them Soviet-era T-72s taken from its own reserves.

Rzeszow airport, which has become the main logistics hub for supplies to Ukraine, handled a record number of civilian passengers this year."""),

dict(labels=["diplomacy", "casualties"],
headline="Dozens killed in Sweida clashes as U.S. envoy meets Druze leaders",
body="""DAMASCUS, Nov 23 - At least 37 people were killed in two days of clashes between Druze fighters and Bedouin tribal gunmen in Syria's southern Sweida province, a war monitor said on Sunday, as a U.S. envoy met Druze religious leaders to try to halt the fighting.

Among the dead were 11 civilians, including a family of five killed when a mortar round hit their house in a village west of Sweida city, the monitor said. Dozens more were wounded and several people were reported missing.

The U.S. envoy travelled to Sweida on Sunday and met Sheikh Hikmat al-Hijri, the most senior Druze cleric, after holding talks in Damascus with Syria's foreign minister, according to a U.S. embassy statement.

"Everyone we spoke to says they want the killing to stop. The question is who moves first," a diplomat accompanying the envoy said.

Syrian government forces had deployed in the province in the summer after earlier clashes, but withdrew after Israel, which says it will protect the Druze minority, struck government positions.

Jordan has offered to host a meeting between tribal elders and Druze representatives, Jordanian officials said.

Sweida province is known for its apple orchards and its vineyards, and many of its young men work in the Gulf."""),

dict(labels=["diplomacy"],
headline="Serbia and Kosovo leaders meet in Brussels, agree on missing persons",
body="""BRUSSELS, Nov 19 - The leaders of Serbia and Kosovo met in Brussels on Wednesday for their first EU-mediated talks in nearly a year and agreed to set up a joint team to speed up the search for people still missing from the 1998-99 war.

The EU's special representative for the dialogue, who chaired the meeting, said the two sides had also discussed the recognition of licence plates and the status of Serb-majority municipalities in northern Kosovo, but had made no breakthrough on those issues.

"It was not a friendly meeting, but it was a working one," the EU official told reporters. Serbian President Aleksandar Vucic said Belgrade would not recognise Kosovo "today, tomorrow or in a hundred years", but was ready to keep talking.

Kosovo's prime minister said he had demanded that Serbia hand over the suspects in an attack on Kosovo police in 2023.

About 1,600 people are still listed as missing from the war, in which some 13,000 people were killed.

Western diplomats have warned that a breakdown of the dialogue could lead to new violence in the north, where NATO peacekeepers are deployed."""),

dict(labels=[],
headline="Storm kills four fishermen off Black Sea coast, Georgia sends food to flooded villages",
body="""BATUMI, Georgia, Nov 18 - Four fishermen were killed and two are still missing after a storm overturned their boat off the Black Sea coast near the Turkish border, coast guard officials said on Tuesday.

The storm, with winds of up to 110 km per hour, also flooded dozens of villages in the Adjara region, washing away a road bridge and cutting power to some 20,000 homes.

The Georgian government said it would send food parcels, drinking water and blankets to the worst-hit villages and pay compensation of 1,000 lari to each affected family.

"The sea gave no warning," said a fisherman in the port of Sarpi, whose brother was among the crew rescued by a coast guard cutter. "One minute it was calm, the next the waves were higher than the wheelhouse."

Meteorologists said the storm was the strongest to hit the coast in a decade. Ports in Batumi and Poti were closed for two days.

Georgia's tourism ministry said the number of foreign visitors to Adjara had risen by 12 percent this year."""),

dict(labels=["military_aid"],
headline="Iraq asks Gulf donors to keep funding army training after coalition drawdown",
body="""BAGHDAD, Nov 24 - Iraq has asked Kuwait, Bahrain and Oman to help pay for the training of its army's counter-terrorism units after the U.S.-led coalition winds down its mission next year, a senior Iraqi defence official said on Monday.

The request, made this month, seeks about 120 million dollars over three years for instructors, ammunition for training and spare parts for armoured vehicles, the official told reporters.

"We want to keep the skills we built with the coalition. Without instructors and spare parts, a unit's readiness falls in months," he said.

A small group of coalition military advisers will stay in Iraq's Kurdistan Region until September 2026 to train local forces, under an agreement reached last year.

Kuwait's defence ministry confirmed it had received the request and said it was "being studied".

Iraq's parliament has yet to pass next year's budget, which is delayed by disputes over oil revenue."""),

dict(labels=["casualties"],
headline="Two crew killed, three missing as Houthi missile hits cargo ship in Red Sea",
body="""DUBAI, Nov 26 - Two crew members were killed and three are missing after a missile fired by Yemen's Houthi movement struck a Liberian-flagged bulk carrier in the southern Red Sea on Wednesday, the ship's manager and a British maritime agency said.

The missile hit the ship's accommodation block about 60 nautical miles south-west of Hodeidah, starting a fire, the manager said. Sixteen crew members were rescued by a passing tanker and taken to Djibouti, four of them with burns.

The Houthis said they had targeted the vessel because its owner's company had ships calling at Israeli ports.

Maritime security firms said it was the first deadly attack on merchant shipping in the Red Sea in five months. Earlier this month, a container ship reported a missile landing in the water nearby, but no one was hurt and the ship continued its voyage.

War risk insurance premiums for Red Sea voyages have risen sharply this year, brokers said, and some carriers have stopped accepting cargo for Jeddah.

The price of Brent crude rose about 1 percent on the news."""),

dict(labels=["military_aid", "casualties"],
headline="On the Donetsk front, new armoured vehicles arrive as losses mount",
body="""NEAR KOSTIANTYNIVKA, Ukraine, Nov 21 - The armoured vehicles arrived at night, four at a time, on low-loaders that had driven from the Polish border: mine-resistant troop carriers donated by Sweden and Norway, still smelling of fresh paint.

For the soldiers of a Ukrainian mechanised brigade defending the approaches to Kostiantynivka, the delivery is overdue. "We asked for these in the spring," said a company commander who goes by the call sign Borsuk. "Since then we have been moving people in pickup trucks under drones."

The brigade lost 14 soldiers killed and more than 40 wounded in the past month, most of them hit by Russian first-person-view drones while rotating in and out of positions, according to the brigade's deputy commander. Two soldiers from his battalion are missing after their position was overrun last week.

Kostiantynivka, a city of about 70,000 people before the war, is now almost empty. Russian drones strike roads into the city daily, and on Thursday two civilians were killed when a drone hit their car near the central market, local officials said.

Western military assistance has been a constant topic of debate in the trenches. Soldiers complain that promised equipment arrives late, in small numbers, and without enough spare parts. Officers say the Swedish and Norwegian vehicles came with a package of tyres, engines and a team of mechanics who trained Ukrainian crews in Poland.

Analysts say the fighting around Kostiantynivka could decide the fate of the last large cities in the Donetsk region still under Ukrainian control, Kramatorsk and Sloviansk.

"If the city falls, the whole line moves back 20 kilometres," said a military analyst at a Kyiv think tank. "That would cost thousands of lives to take back, if it could be taken back at all."

Ukrainian officials have not disclosed overall military losses. Russia does not publish its own figures.

In the evening, soldiers of the brigade unloaded the last of the vehicles and drove them into a wooded area to hide them from drones. "Now we need them to last," Borsuk said."""),
dict(labels=[],
headline="Finnish president's advisers urge him to hold off on Kremlin call",
body="""HELSINKI, Nov 24 - Advisers to Finland's president have urged him not to telephone the Kremlin until Moscow agrees to an unconditional ceasefire in Ukraine, two people familiar with the discussions said on Monday.

The president told a radio interviewer on Sunday that he "would not rule out" a call at some point, prompting criticism from opposition lawmakers and from some members of his own party, who said any contact now would reward Russia.

"A phone call is not a gift you give for nothing," one of the advisers said, speaking on condition of anonymity. "If there is ever a call, it should come after a ceasefire, not before."

The president's office said no call was planned and that no request had been made by either side.

Finland shares a 1,340-km border with Russia, which has been closed to passenger traffic since late 2023.

The debate comes as Finland's government prepares spending cuts of about 1 billion euros, including reductions in unemployment benefits, which unions have promised to fight with strikes in January."""),

dict(labels=["casualties"],
headline="Gunfire near Gaza food distribution point kills eight, medics say",
body="""DEIR EL-BALAH, Gaza Strip, Nov 25 - At least eight Palestinians were killed and more than 30 wounded when gunfire broke out near a food distribution point in central Gaza early on Tuesday, medics at a nearby hospital said.

Witnesses said crowds had gathered before dawn to wait for flour and cooking oil when shots were fired from the direction of Israeli army positions. The Israeli military said troops had fired warning shots at people who approached them and that it was looking into the reports of casualties.

"I came for a bag of flour and I am going home with my cousin's body," said a man in his forties outside the hospital's morgue.

The United Nations said about 160 trucks of food, medicine and fuel had entered Gaza on Monday, far below what aid agencies say is needed. A Gulf-funded field bakery opened in the south of the territory last week.

Aid groups have repeatedly called for safer ways to distribute supplies, saying the current system forces hungry people to walk long distances through areas near troops.

The territory's health ministry has also reported a rise in cases of hepatitis and diarrhoea among children in overcrowded shelters, which it blamed on a lack of clean water."""),

dict(labels=["military_aid", "diplomacy"],
headline="U.S. senators hold up part of Egypt's military aid; Cairo protests",
body="""WASHINGTON, Nov 20 - Two U.S. senators have placed a hold on 95 million dollars of military aid to Egypt, demanding that Cairo release several jailed activists before the money for spare parts and maintenance of Egyptian tanks and helicopters is released, congressional aides said on Thursday.

The funds are part of the 1.3 billion dollars in military financing that Egypt receives from the United States each year, most of which is spent on American-made equipment. Congress has conditioned a small share of it on human rights since 2021.

Egypt's foreign minister called the Secretary of State on Thursday to protest the move, and the two discussed the Gaza ceasefire talks and security in the Red Sea, the State Department said in a readout of the call.

"Egypt is a partner for peace in the region. Linking its security to the fate of a handful of individuals is neither fair nor wise," the Egyptian foreign ministry said in a statement.

One of the senators said the hold would stay "until there is movement on the list we gave them". The administration has until the end of the fiscal year to decide whether to waive the conditions.

Egypt's economy has been under strain from falling Suez Canal revenue, and the government has raised fuel prices twice this year under a programme agreed with the International Monetary Fund."""),
]
