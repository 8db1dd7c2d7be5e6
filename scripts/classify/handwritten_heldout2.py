"""Hand-written articles for the FRESH held-out split (invented, wire style).

Written on 2026-11-27 after the first held-out split was retired as contaminated, before any
score on this split was seen; never used for tuning. All go to split "heldout".
"""

ARTICLES = [
dict(labels=["military_aid", "diplomacy"], headline="Greece and Ukraine agree on air-defence cooperation during Zelenskiy visit",
body="""ATHENS, March 4 - Ukrainian President Volodymyr Zelenskiy held talks in Athens on Tuesday with Greek Prime Minister Kyriakos Mitsotakis, who pledged to keep up support for Kyiv's war effort.

Greece will transfer a further batch of older surface-to-air missiles and artillery rounds from its stocks to Ukraine, a Greek government official said after the meeting, asking not to be named because the details are classified.

The two leaders also signed a memorandum on joint production of naval drones in Ukraine, which Zelenskiy said would "strengthen security in the whole Black Sea region".

Opposition parties in Athens criticised the decision, arguing that Greece needed the missiles for its own islands. The government said replacements had already been ordered."""),
dict(labels=[], headline="Austrian army receives first new Pandur vehicles",
body="""VIENNA, May 12 - The Austrian armed forces took over the first 12 of 225 Pandur Evolution wheeled armoured vehicles built by a domestic manufacturer on Monday, the defence ministry said.

The vehicles, part of a rearmament programme agreed after 2022, will equip mechanised infantry battalions based in Lower Austria and Styria.

Defence Minister Klaudia Tanner said the purchase would restore capabilities "that were allowed to wither for decades". The programme is expected to run until 2032.

Austria, which is neutral, is not a member of NATO and does not supply lethal weapons to Ukraine."""),
dict(labels=["casualties"], headline="Three killed as Russian drones hit Odesa port district",
body="""ODESA, Ukraine, Feb 19 - Three people were killed and at least nine wounded when Russian attack drones struck the port district of Odesa overnight, Governor Oleh Kiper said on Wednesday.

A fire broke out in a warehouse storing grain and was put out by morning, he said. Two of the wounded were in serious condition.

The air force said it had destroyed 61 of 83 drones launched across the country. Moscow did not comment on the attack.

Odesa's ports handle most of Ukraine's seaborne grain exports, which have recovered to pre-war levels despite repeated strikes."""),
dict(labels=["diplomacy"], headline="Latvia summons Russian charge d'affaires over airspace violation",
body="""RIGA, June 2 - Latvia's foreign ministry called in Russia's charge d'affaires on Monday after a Russian military helicopter briefly crossed into Latvian airspace near the Zilupe border post.

State Secretary Andzejs Viluma told the diplomat that the incident was "a deliberate provocation" and asked Moscow to explain it, the ministry said in a statement.

The Russian embassy said the crew had made a navigation error in poor weather.

Latvia has asked its NATO allies to review air-policing arrangements over the Baltic states."""),
dict(labels=[], headline="Brewer's takeover talks collapse over price",
body="""DUBLIN, Aug 21 - Ardent Brewing said on Thursday that takeover talks with a U.S. drinks group had ended without an agreement, sending its shares down 14 percent.

The company said the two sides had met several times in London and New York but could not bridge a gap over price. "We fought hard for a deal that reflects our value," chief executive Niamh Doyle said.

Analysts said the collapse of the negotiations left Ardent exposed in a price war with cheaper imported lagers.

The firm will present its strategy to investors at a meeting in Dublin next month."""),
dict(labels=["military_aid", "casualties"], headline="Ukraine asks allies for more interceptors after deadly Kyiv strike",
body="""KYIV, July 31 - Russia launched more than 300 drones and eight missiles at Kyiv overnight, killing 16 people including a six-year-old boy, city officials said on Thursday.

A nine-storey apartment block in the Sviatoshynskyi district partially collapsed, and rescuers were still searching the rubble for survivors in the afternoon.

Foreign Minister Andrii Sybiha called on partners to urgently send more Patriot interceptors. "Every missile we cannot stop means more funerals," he wrote on social media.

Germany said on Wednesday it would finance two more Patriot systems for Ukraine, with delivery expected within months."""),
dict(labels=[], headline="Croatia sends firefighting planes to help North Macedonia",
body="""ZAGREB, Aug 5 - Croatia sent two Canadair firefighting aircraft to North Macedonia on Tuesday to help fight forest fires that have forced the evacuation of several villages, the interior ministry said.

The aircraft, operated by the Croatian air force, will remain in the region for at least a week. Slovenia and Greece have also offered help through the EU civil protection mechanism.

No one has been hurt in the fires, North Macedonian authorities said, but dozens of houses have been damaged.

Meteorologists expect temperatures above 40 degrees Celsius to persist until the weekend."""),
dict(labels=["diplomacy", "casualties"], headline="Mediators push for Gaza truce after strike kills aid workers",
body="""CAIRO, April 2 - Egyptian and Qatari mediators presented a revised proposal for a ceasefire in Gaza to Hamas and Israeli negotiators in Cairo on Wednesday, two officials briefed on the talks said.

The proposal would pause fighting for 50 days and allow the release of hostages in stages, they said.

The talks resumed a day after an Israeli air strike on a vehicle in Deir el-Balah killed four workers of a local aid group, according to the Gaza health ministry. The Israeli military said it had targeted militants and was reviewing the incident.

Hamas said it was studying the proposal. Israel's prime minister's office did not comment."""),
dict(labels=["military_aid"], headline="Romanian parliament backs transfer of Patriot system to Ukraine",
body="""BUCHAREST, Sept 10 - Romania's parliament approved on Wednesday the donation of one of the country's Patriot air-defence systems to Ukraine, after months of debate about the risks to Romania's own security.

The vote passed with 271 in favour and 34 against. President Nicusor Dan said Romania would receive a replacement system from the United States under an arrangement with Washington.

Romanian crews will help train Ukrainian operators on the system at a base in the south of the country, the defence ministry said.

Separately, Romania announced plans to buy 54 Abrams tanks for its own army by 2029."""),
dict(labels=["diplomacy"], headline="Kremlin rules out talks with Kyiv for now, keeps door open to Washington",
body="""MOSCOW, Oct 7 - The Kremlin said on Tuesday it saw no basis for direct talks with Ukraine's leadership at present but remained in contact with the United States on a possible settlement.

"Our dialogue with the Americans continues at the working level," spokesman Dmitry Peskov told reporters, without giving details.

Peskov repeated Moscow's position that any agreement must take into account "the realities on the ground", a reference to Russian-occupied territory.

Ukraine's foreign ministry said the Russian remarks showed that Moscow was not interested in peace and called on Western partners to increase pressure on the Kremlin."""),
dict(labels=[], headline="Historians open archive on 1944 deportations",
body="""VILNIUS, Nov 18 - Lithuanian historians on Tuesday opened a digital archive of documents on the Soviet deportations of 1944-1953, during which tens of thousands of people were sent to Siberia and many died.

The archive contains more than 60,000 scanned files, including lists of deportees and letters sent home from labour camps.

"These are stories that families could not tell for fifty years," said project leader Ruta Daugelaite.

The project was funded by the culture ministry and a private foundation. It will be open to researchers and the public free of charge."""),
dict(labels=["casualties"], headline="Militants kill 11 in attack on village in eastern Congo",
body="""BENI, Congo, Jan 23 - Suspected Allied Democratic Forces militants killed at least 11 people in an overnight attack on a village near Beni in North Kivu province, local officials said on Thursday.

The attackers, armed with machetes and rifles, set fire to several houses and abducted a number of residents, a civil society leader said.

The army said it had sent troops to the area and was pursuing the attackers.

The ADF, which has pledged allegiance to Islamic State, has killed thousands of civilians in eastern Congo over the past decade, according to U.N. figures."""),
dict(labels=["military_aid", "diplomacy", "casualties"], headline="Defence ministers meet as Russia steps up attacks on Ukrainian cities",
body="""BRUSSELS, Feb 12 - Defence ministers from about 50 countries met at NATO headquarters on Wednesday to coordinate weapons supplies to Ukraine, as Russian strikes killed at least seven civilians overnight.

Britain and Norway announced a joint package of air-defence missiles worth 150 million pounds, while the Netherlands said it would pay for a new batch of long-range drones produced in Ukraine.

Ukrainian Defence Minister Denys Shmyhal told reporters the priority was protecting cities and energy facilities. A Russian missile strike on Kryvyi Rih overnight killed four people and wounded 19, regional authorities said, and drones killed three in the Sumy region.

On the sidelines of the meeting, the U.S. defence secretary held talks with his Ukrainian counterpart, their first in-person meeting."""),
dict(labels=[], headline="Slovak government survives no-confidence vote",
body="""BRATISLAVA, March 27 - Slovakia's government survived a no-confidence motion on Thursday after a coalition partner agreed to abstain following overnight negotiations with Prime Minister Robert Fico.

The motion, tabled by opposition parties, accused the government of undermining the rule of law and mishandling public finances.

Fico told parliament that the opposition was waging "a war against the elected government" and that his coalition would serve its full term.

Thousands of people protested in Bratislava and other cities last month against the government's foreign policy."""),
dict(labels=["military_aid"], headline="U.S. pauses some artillery shell shipments to Ukraine, officials say",
body="""WASHINGTON, July 2 - The Pentagon has held back some shipments of 155mm artillery shells and precision-guided munitions promised to Ukraine while it reviews U.S. stockpiles, two U.S. officials said on Wednesday.

The officials said the pause affected deliveries approved under the previous administration and that no final decision had been taken.

Ukraine's defence ministry said it had not been formally notified and asked Washington to clarify the status of the shipments.

European officials said they were ready to fill some of the gap but that their own ammunition production was still ramping up."""),
dict(labels=["diplomacy"], headline="New Zealand and Ireland back call for humanitarian truce in Sudan",
body="""WELLINGTON, May 8 - New Zealand and Ireland on Thursday joined more than 20 countries in calling on Sudan's warring parties to agree to an immediate humanitarian truce and allow aid into besieged cities.

In a joint statement, the countries urged the Sudanese army and the Rapid Support Forces to return to negotiations mediated by Saudi Arabia and the United States.

Foreign Minister Winston Peters said New Zealand would contribute 5 million New Zealand dollars to U.N. food programmes in Sudan and neighbouring Chad.

The war, which began in April 2023, has displaced more than 12 million people."""),
dict(labels=["casualties", "diplomacy"], headline="Two peacekeepers wounded in southern Lebanon; France protests to Israel",
body="""BEIRUT, Oct 14 - Two U.N. peacekeepers were wounded when a shell exploded near their observation post in southern Lebanon on Monday, the UNIFIL mission said.

The mission said the shell was fired from the direction of Israeli positions and called the incident "a serious violation" of Security Council resolution 1701.

France, which contributes troops to UNIFIL, summoned the Israeli ambassador in Paris to demand an explanation, the French foreign ministry said. Italy said it had raised the matter with Israeli officials.

The Israeli military said it was looking into the report."""),
dict(labels=[], headline="Ukraine's economy grows faster than expected despite war, central bank says",
body="""KYIV, Dec 11 - Ukraine's economy grew 3.1 percent in the third quarter, faster than the central bank expected, helped by strong harvests and steady foreign financing, the National Bank said on Thursday.

Kyiv has relied on loans and grants from the European Union, the IMF and Japan to cover a budget deficit swollen by defence spending. The EU disbursed a further 4.1 billion euros under its Ukraine Facility this month.

The central bank kept its key rate at 15.5 percent, citing inflation pressures from energy prices after attacks on power plants since the war began in 2022.

Economists said the outlook depended on the security situation and on continued support from donors."""),
dict(labels=["military_aid", "diplomacy"], headline="Baltic ministers pledge drones for Kyiv, call for tougher sanctions",
body="""TALLINN, April 16 - Foreign and defence ministers of Estonia, Latvia and Lithuania met their Ukrainian counterparts in Tallinn on Wednesday and pledged to deliver thousands of drones to Ukraine this year.

The three Baltic states will jointly fund the drones, built by Ukrainian and Baltic manufacturers, Latvian Defence Minister Andris Spruds said.

In a joint statement the ministers also urged the European Union to adopt a new round of sanctions on Moscow and demanded that Russia return Ukrainian children deported to its territory.

Estonia spends more than 3 percent of its GDP on defence, one of the highest shares in NATO."""),
dict(labels=["casualties"], headline="Gunmen kill five at market in Burkina Faso",
body="""OUAGADOUGOU, June 24 - Gunmen on motorbikes opened fire at a busy market in northern Burkina Faso on Monday, killing five traders and wounding several others, local sources said.

The attack in the town of Djibo was not immediately claimed. Islamist groups linked to al Qaeda and Islamic State operate in the region.

A security source said troops had been deployed to secure the town. The government did not comment.

Food prices in Djibo have risen sharply because of a blockade by militants, residents said, and aid agencies say tens of thousands of people rely on airdrops for supplies."""),
dict(labels=[], headline="Former envoy publishes memoir on Moscow years",
body="""LONDON, Sept 30 - A former British ambassador to Russia has published a memoir about his four years in Moscow, describing the collapse of relations after 2014.

In the book, he recalls being summoned to the Russian foreign ministry more than a dozen times and describes negotiations over visas for embassy staff that dragged on for years.

He told an audience at a literary festival in Cheltenham on Saturday that he did not expect relations to recover "in my lifetime".

The book has been praised by reviewers for its portraits of Russian officials."""),
]
