"""Hand-written articles of the THIRD held-out split (`heldout3`), written on 2026-11-27 before
any score on them was seen (invented, wire style). Tuning never looks at them."""

ARTICLES = [
dict(labels=["military_aid"], headline="Slovak volunteers raise money for drones, government sends old MiGs' spare parts",
body="""BRATISLAVA, Nov 27 - A crowdfunding campaign in Slovakia has raised enough money to buy 300 reconnaissance drones for a Ukrainian artillery brigade, organisers said on Thursday.

Separately, the defence ministry confirmed that spare parts from the country's retired MiG-29 fleet had been transferred to Kyiv in the autumn, a move it had not previously disclosed.

"These are parts we no longer need, and they keep Ukrainian jets in the air," a ministry spokesman said.

The opposition criticised the secrecy of the transfer but did not say it would seek to reverse it."""),
dict(labels=["diplomacy", "casualties"], headline="Lebanese minister seeks French help after strikes in the south",
body="""BEIRUT, Nov 26 - Lebanon's foreign minister asked his French counterpart on Wednesday to press Israel to halt air strikes in the south, after raids on two villages killed five people, including a child, the health ministry said.

The two ministers spoke for about half an hour, according to the Lebanese foreign ministry, which said Paris had promised to raise the matter with Israeli officials.

Residents of Nabatieh said the strikes hit a house and a motorcycle repair shop shortly after dawn. Civil defence teams searched the rubble through the afternoon.

Lebanon's cabinet is due to meet on Friday to discuss reconstruction funding."""),
dict(labels=[], headline="Greek shipowners brace for new EU rules",
body="""ATHENS, Nov 25 - Greek shipowners met European Commission officials in Brussels on Tuesday to argue against new emissions rules for tankers, an industry association said.

The association's chairman said the rules would kill the competitiveness of smaller family-owned fleets. "It is a fight for survival," he said.

The commission said talks with the industry would continue into the new year. Freight rates for crude tankers fell for a second week."""),
dict(labels=["casualties"], headline="Mozambique insurgents raid coastal town",
body="""MAPUTO, Nov 24 - Islamist insurgents attacked a fishing town in Cabo Delgado province overnight, beheading at least seven people and burning dozens of homes, local officials and a church source said.

Hundreds of residents fled by boat to the provincial capital, Pemba. Aid workers said many arrived with nothing but the clothes they were wearing.

The province's gas projects, which were halted after a 2021 attack, are due to restart next year. The government said security in the district had been reinforced."""),
dict(labels=["military_aid", "diplomacy"], headline="Latvia and Ukraine sign drone co-production pact during Riga visit",
body="""RIGA, Nov 23 - Ukraine's defence minister signed an agreement in Riga on Sunday under which Latvian factories will co-produce long-range drones for the Ukrainian armed forces, with Latvia paying for the first 1,000.

The minister also held talks with Latvian President Edgars Rinkēvičs on Ukraine's bid to join the European Union, the presidential office said.

Latvia has spent about 0.25 percent of its economic output each year on assistance to Ukraine's military since 2022, one of the highest shares in the alliance.

The two sides said the first drones would roll off the line in the spring."""),
dict(labels=["diplomacy"], headline="Ghana mediates as Sahel neighbours trade accusations",
body="""ACCRA, Nov 22 - Ghana's president hosted envoys from Burkina Faso and Ivory Coast on Saturday, trying to ease a row over accusations that each side sheltered the other's dissidents.

A statement after the closed-door meeting said the envoys had agreed to set up a joint commission on border security and to meet again in January.

Ghana's foreign minister said regional leaders wanted "to talk rather than shout". Neither government commented on the meeting."""),
dict(labels=[], headline="Guyana orders patrol boats for its coast guard",
body="""GEORGETOWN, Nov 21 - Guyana has ordered four fast patrol boats from a Dutch shipyard for its own coast guard, the government said on Friday, as it steps up surveillance of its offshore oil fields.

The boats, paid for from the national budget, will be delivered from 2027. The coast guard will also receive new radar equipment bought from a French company.

President Irfaan Ali told reporters the purchase was "about protecting our economic zone". Oil production reached a record in October."""),
dict(labels=["casualties"], headline="Myanmar air strike on monastery kills villagers sheltering there",
body="""Nov 20 - A Myanmar military air strike hit a Buddhist monastery in the Sagaing region where displaced villagers were sheltering, killing at least 19 people, a resistance group and local residents said.

A villager who helped bury the dead said children were among the victims. The military did not respond to requests for comment.

Fighting between the army and resistance forces has displaced more than three million people across the country, according to the United Nations."""),
dict(labels=["military_aid"], headline="US suspends training programme for Benin's army after coup attempt",
body="""COTONOU, Nov 19 - The United States has put on hold a programme to train and equip Beninese troops fighting militants in the north, after a failed coup attempt this month, two U.S. officials said.

The programme, worth about $40 million a year, had paid for armoured trucks, radios and night-vision equipment, and U.S. instructors had trained several Beninese battalions.

A Benin government spokesman said he regretted the decision. Washington said the pause would be reviewed in 90 days."""),
dict(labels=[], headline="Irish rugby side recovers from early setback to beat South Africa",
body="""DUBLIN, Nov 18 - Ireland came from 10 points down to beat South Africa 23-19 in Dublin on Saturday, with the winger scoring twice after the break.

The South Africans dominated the first half, and their flanker was carried off with a shoulder injury. "We were shot to pieces early on," Ireland's coach said.

The two teams will meet again in the summer tour. Tickets for that match sold out in an hour."""),
dict(labels=["diplomacy", "casualties"], headline="Syrian and Turkish officials meet after border clash",
body="""DAMASCUS, Nov 17 - Syrian and Turkish security officials met in Damascus on Monday to defuse tensions after a clash on the border killed two Syrian border guards and wounded a Turkish soldier, both sides said.

Turkey's foreign ministry said the talks were "frank" and that both countries had committed to a new hotline between local commanders.

The incident happened near a crossing used by returning refugees. Traffic at the crossing resumed on Tuesday."""),
dict(labels=["military_aid"], headline="Croatia to refurbish Ukrainian howitzers, parliament told",
body="""ZAGREB, Nov 16 - Croatian engineers will repair Ukrainian self-propelled howitzers damaged in combat at a state-owned workshop near Zagreb, with the cost shared by Croatia and a European fund, the defence minister told parliament on Sunday.

Croatia has already sent helicopters, mortar shells and clothing to Ukraine's forces. The minister said the repair deal would allow guns to return to the front within weeks.

An opposition deputy asked whether the workshop would also serve Croatia's own army. The minister said it would."""),
dict(labels=[], headline="Iceland's fishing fleet hit by strike",
body="""REYKJAVIK, Nov 15 - Icelandic fishing crews went on strike on Saturday after talks with vessel owners over pay broke down, keeping most of the fleet in port.

The union said the owners had rejected its demand for a bigger share of catch revenue. The owners said they had made a fair offer.

The government has urged both sides to return to the negotiating table. Fish exports account for about a third of Iceland's goods exports."""),
dict(labels=["diplomacy"], headline="Austrian and Russian diplomats meet over jailed journalist",
body="""VIENNA, Nov 14 - Austria's foreign minister met Russia's ambassador in Vienna on Friday to demand the release of an Austrian journalist detained in Moscow on espionage charges, the foreign ministry said.

Moscow's embassy said the ambassador had explained that the case was a matter for Russian courts. Relatives of the journalist said they had not been allowed to visit him.

Austria, which is neutral, has kept diplomatic channels with Moscow open despite its support for sanctions."""),
]
