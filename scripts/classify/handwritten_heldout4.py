"""Hand-written articles of the FOURTH held-out split (`heldout4`), written on 2026-11-27 (third
round) before any rule change of that round and before any score on them was seen (invented,
wire style). Tuning never looks at them."""

ARTICLES = [
dict(labels=["military_aid"], headline="Norway to fund Moldovan air defence radars",
body="""OSLO, Nov 27 - Norway will pay for two mobile air surveillance radars for Moldova's armed forces, the Norwegian defence ministry said on Thursday, after several drones strayed into Moldovan airspace this year.

The radars, worth about 400 million crowns, will be bought from a Norwegian manufacturer and handed to the Moldovan army in the spring. Norwegian technicians will stay in Chisinau for six months to teach crews to operate them.

"Moldova cannot see what is coming over its border. This fixes that," the ministry said in a statement.

The first radar is due to arrive in March."""),
dict(labels=[], headline="Czech arms maker posts record profit on home-army orders",
body="""PRAGUE, Nov 26 - Czech ammunition maker Hradec Arms Works reported a record nine-month profit on Wednesday, driven by orders from the Czech army, which is replacing Soviet-era stocks of artillery shells.

Chief executive Milan Dostal said the company would add a third production line in the spring and hire 600 workers. The group's shares rose 4 percent in Prague.

Analysts said the defence ministry's plan to raise spending to 2 percent of output had given the company years of visibility. "The Czech army is its best customer by far," one analyst said.

The company did not comment on export markets."""),
dict(labels=["military_aid", "casualties"], headline="Somali army gets Turkish-trained commandos as al-Shabaab attack kills 12",
body="""MOGADISHU, Nov 25 - A fresh unit of 500 Somali commandos trained and equipped by Turkey graduated on Tuesday at a base outside Mogadishu, hours after an al-Shabaab attack on an army post in the Middle Shabelle region killed 12 soldiers.

The commandos, who spent eight months at the Turkish-run training camp, received rifles, body armour and pickup trucks donated by Ankara, Somali officers said.

The militants stormed the post at dawn with a truck bomb and gunfire, a local commander said. Four more soldiers were wounded and taken to hospital in Jowhar.

Somalia's government has said it wants to take over security from African Union troops by the end of next year."""),
dict(labels=["diplomacy"], headline="Kenya and Ethiopia leaders agree to revive border commission",
body="""NAIROBI, Nov 24 - Kenyan President Samuel Otieno-Barre and Ethiopia's prime minister agreed on Monday to revive a joint commission on their shared border, after a meeting at State House in Nairobi.

The two leaders also discussed cattle raiding across the frontier and a stalled road project, according to a joint communique.

Ethiopian officials said a technical team would travel to Nairobi in January. The commission last met in 2019.

Separately, Kenya's shilling weakened slightly against the dollar."""),
dict(labels=[], headline="Flood aid arrives in Chad as waters recede",
body="""N'DJAMENA, Nov 23 - Planes carrying tents, water tanks and medicines from Spain and Belgium landed in N'Djamena on Sunday, the first of a wave of relief flights after floods that displaced some 300,000 people.

Chadian army trucks carried the supplies to camps on the edge of the capital, where soldiers also helped to build latrines, a government spokesman said.

The European Union has released 12 million euros in emergency funding for food and shelter. Aid groups warned that cholera could spread in the crowded camps if clean water did not reach them soon.

The waters of the Chari river have begun to fall, officials said."""),
dict(labels=["military_aid", "diplomacy"], headline="Georgia asks Washington for anti-drone systems during minister's visit",
body="""TBILISI, Nov 22 - Georgia's defence minister asked the United States for anti-drone systems and more training for Georgian mountain units during talks with a visiting US under secretary of defence on Saturday, the ministry said.

The US official told reporters in Tbilisi that Washington would "look carefully" at the request, which would be funded from its foreign military financing programme.

The two sides also discussed Georgia's relations with Russia and the situation in the breakaway region of Abkhazia, the ministry said.

Georgia has received patrol boats and radios from the United States in past years."""),
dict(labels=["casualties"], headline="Gunmen kill 9 at Philippine village fiesta",
body="""ZAMBOANGA, Philippines, Nov 21 - Gunmen on motorcycles fired into a crowd at a village fiesta on the island of Basilan late on Friday, killing nine people and wounding 14, police said.

Police blamed a local armed group linked to a clan feud. Two of the dead were children, a provincial official said.

The army deployed extra troops to the area on Saturday. No group has claimed responsibility.

Basilan has grown calmer in recent years, but clan feuds still flare, especially around elections."""),
dict(labels=[], headline="Estonian defence budget to rise as army buys more howitzers",
body="""TALLINN, Nov 20 - Estonia's government approved next year's budget on Thursday, raising defence spending to 3.4 percent of economic output, most of it for new howitzers and ammunition for the Estonian army.

Defence Minister Hanno Pevkur said the purchases would make Estonia's own defence "credible for the next decade." The army will also build two new training ranges.

The opposition said the government was cutting school funding to pay for the weapons. Parliament will vote on the budget in December.

Estonian consumer prices rose 4.1 percent in October from a year earlier."""),
dict(labels=["military_aid"], headline="Dutch court halts F-35 parts exports to Israel, government appeals",
body="""THE HAGUE, Nov 19 - A Dutch appeals court ordered the government on Wednesday to stop exports of F-35 fighter jet parts to Israel within seven days, ruling that the parts could be used in serious violations of international law.

The government said it would appeal to the Supreme Court. Ministers had argued that halting the shipments from a US-owned warehouse in the Netherlands would damage relations with Washington and the fighter programme.

Rights groups that brought the case welcomed the ruling. "Today the supply of weapons parts stops," one of their lawyers said."""),
dict(labels=["diplomacy", "casualties"], headline="Iraq protests to Turkey after strike kills three in Kurdistan",
body="""BAGHDAD, Nov 18 - Iraq's foreign ministry summoned Turkey's ambassador on Tuesday to protest against a drone strike in the Kurdistan region that killed three people, including two farmers, local officials said.

The strike hit a car near the town of Amadiya on Monday evening. Turkish officials said it targeted militants of the PKK.

Iraq handed the ambassador a note demanding an end to such strikes on Iraqi territory, the ministry said. Ankara did not comment on the summons.

Iraqi Kurdish authorities said a fourth person was missing."""),
dict(labels=[], headline="Spanish club wins derby as striker 'kills' off the game",
body="""MADRID, Nov 17 - Real Betis beat Sevilla 3-1 in the Seville derby on Sunday, with striker Ayoze Lopez killing off the game with a late second goal.

The home side's coach called the match "a war of nerves" and praised his defence for surviving "an artillery barrage" of crosses in the first half.

Sevilla, who had two players booked for a brawl on the touchline, slipped to 14th in the table.

Betis host Valencia next weekend."""),
dict(labels=["military_aid", "diplomacy"], headline="Japan, Philippines sign deal for coastal radars as leaders meet",
body="""MANILA, Nov 16 - Japan will give the Philippine navy coastal surveillance radars worth 2.5 billion yen under its official security assistance programme, the two governments said after talks between their leaders in Manila on Saturday.

The Japanese prime minister and the Philippine president also agreed to start negotiations on a pact to share military intelligence, according to a joint statement.

The radars, the second package for Manila under the programme, are meant to help the Philippines watch Chinese coast guard ships in the South China Sea.

China's embassy said it opposed "exclusive blocs" in the region."""),
dict(labels=["casualties"], headline="Ecuador prison riot leaves 17 inmates dead",
body="""GUAYAQUIL, Ecuador, Nov 15 - Fighting between rival gangs inside a prison in Guayaquil killed 17 inmates on Friday, some of them shot and others hacked to death, the prisons agency said.

Soldiers and police regained control of the wing after several hours. Six guards were injured.

President Daniel Noboa has declared the prisons a security emergency and sent the army into them. Relatives of inmates gathered outside the prison gates overnight waiting for news.

The agency said it would move gang leaders to a maximum-security facility."""),
dict(labels=["military_aid"], headline="Australia to keep training Tunisian border guards despite rights concerns",
body="""CANBERRA, Nov 14 - Australia will continue a programme that trains and equips Tunisian border guards, the defence minister said on Friday, rejecting calls from rights groups to suspend it.

Under the programme, Australian instructors have trained about 300 Tunisian border troops and supplied them with thermal cameras and off-road vehicles since last year.

Greens senators had urged the government to halt the support, citing reports of migrants being abandoned in the desert. The minister said the programme included human rights training.

Tunisia's interior ministry did not respond to a request for comment."""),
dict(labels=[], headline="Jordan receives Canadian grant for water projects",
body="""AMMAN, Nov 13 - Canada will give Jordan 45 million Canadian dollars to expand water treatment plants and repair leaking pipes in Irbid and Mafraq, the Jordanian planning ministry said on Thursday.

The grant is part of a five-year development programme. Jordan, one of the world's most water-scarce countries, hosts more than 600,000 Syrian refugees.

A separate Canadian-funded project will train 2,000 young Jordanians as plumbers and electricians, the ministry said.

The money will be paid out through the World Bank in three instalments."""),
dict(labels=["military_aid", "diplomacy", "casualties"], headline="Congo asks Angola for troops and helicopters after rebel assault",
body="""KINSHASA, Nov 12 - Congo's president asked Angola for attack helicopters and military instructors on Wednesday, a day after rebels overran a town in North Kivu in fighting that killed at least 30 soldiers and civilians, officials said.

The request was made in a phone call between the two presidents, according to Congo's presidency. Angola's president promised to consider it and proposed a regional summit on the crisis.

Hospitals in Goma said they had received dozens of wounded. The rebels said they had taken the town "to protect civilians."

Congo has also asked the European Union to keep funding the training of its rapid-reaction units."""),
dict(labels=[], headline="Finnish retailer launches price war, shares fall",
body="""HELSINKI, Nov 11 - Finnish grocery chain Keskus launched a price war on Tuesday, cutting prices on 2,000 items in what its chief executive called "an offensive we intend to win."

Rivals said they would respond. Shares in Keskus fell 5 percent as analysts warned that the battle for market share would squeeze margins.

The company also said it would close 12 stores in rural areas and open four in Helsinki.

Finnish retail sales fell 1.2 percent in October."""),
]
