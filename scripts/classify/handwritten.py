"""Fully hand-written articles with tricky cases (invented, wire style). Each has its split."""

ARTICLES = [
# ---------------- dev ----------------
dict(split="dev", labels=[], headline="No casualties after drone debris falls on Vinnytsia suburb",
body="""Debris from a drone shot down by air defences fell on a field outside Vinnytsia overnight, regional officials said on Tuesday.

No casualties were reported and no buildings were damaged, the regional administration said in a statement.

The air force said it had intercepted 41 of 48 drones launched overnight. Officials did not say where the remaining drones came down."""),
dict(split="dev", labels=["diplomacy"], headline="Trump aides advise against Putin call until Moscow accepts truce",
body="""Advisers to U.S. President Donald Trump have urged him not to call Russian President Vladimir Putin until the Kremlin agrees to a full ceasefire in Ukraine, two officials said.

The two leaders last spoke on March 18, when they discussed a limited pause in strikes on energy facilities.

Kremlin spokesman Dmitry Peskov said Moscow remained open to contacts with Washington but that no new conversation was planned."""),
dict(split="dev", labels=[], headline="Retailer wins bruising battle for market share",
body="""Helmsley Retail said on Thursday it had won a bruising battle for market share with discount chains, reporting its best Christmas trading in a decade.

The company said a planned merger with a smaller rival had been killed by competition regulators last year, forcing it to grow on its own.

Chief executive Maria Holm told analysts the group would open 40 new stores. "We are fighting for every customer," she said."""),
dict(split="dev", labels=["military_aid", "diplomacy"], headline="Zelenskyy asks for more Patriot systems after Kyiv talks with Dutch minister",
body="""Ukrainian President Volodymyr Zelenskyy urged the Netherlands to help Ukraine obtain more Patriot air defence systems, saying Russian ballistic missiles remained the greatest threat to cities.

Dutch Defence Minister Ruben Brekelmans said his government would contribute 150 million euros towards the purchase of interceptors for Ukraine.

Brekelmans also toured a training centre where Ukrainian crews learn to maintain F-16 jets supplied by European partners."""),
dict(split="dev", labels=["casualties"], headline="Shelling kills two in Kherson as city marks liberation anniversary",
body="""Russian shelling killed two men and wounded a woman in Kherson on Monday, the regional governor said, as residents marked the anniversary of the city's liberation.

The city has been shelled almost daily from the opposite bank of the Dnipro since Russian troops withdrew in November 2022.

Local authorities said heating would be restored to the damaged districts by the end of the week."""),
dict(split="dev", labels=[], headline="Economic aid for Moldova approved",
body="""The European Commission approved a 1.9 billion euro growth plan for Moldova on Wednesday, aimed at roads, energy links and small businesses.

The money will be released in tranches tied to reforms of the judiciary and public procurement, officials said.

Moldovan President Maia Sandu welcomed the decision. She said the plan would help the country withstand pressure on its energy supplies."""),
dict(split="dev", labels=["diplomacy", "casualties"], headline="UN council meets after strike on Sumy kills 34",
body="""A Russian ballistic missile strike on the centre of Sumy killed 34 people, including two children, and wounded more than 100, Ukrainian officials said on Sunday.

The United Nations Security Council met at the request of France and Britain to discuss the attack. The British ambassador accused Moscow of deliberately targeting civilians.

Russia's envoy told the council that the strike had hit a gathering of military officers, a claim Kyiv rejected."""),
dict(split="dev", labels=[], headline="Historians revisit 1995 peace talks in new book",
body="""A new history of the negotiations that ended the war in Bosnia, written by two former diplomats, was published this week.

The book describes how envoys shuttled between the parties at an air base in Dayton, Ohio, in November 1995.

The authors draw on interviews with more than 60 participants. The publisher said translations into five languages were planned."""),
dict(split="dev", labels=["military_aid", "diplomacy"], headline="Merz and Macron discuss missiles for Ukraine in Paris",
body="""German Chancellor Friedrich Merz met French President Emmanuel Macron in Paris on Wednesday to coordinate support for Ukraine and prepare for the next round of ceasefire talks.

Merz said Germany would finance the production of long-range weapons in Ukraine, removing range restrictions on arms it had supplied.

The two leaders also discussed a European contribution to security guarantees. A joint statement called on Russia to accept an unconditional 30-day truce."""),
dict(split="dev", labels=[], headline="Defence firm posts record orders",
body="""Meridian Steel's defence unit reported record orders for artillery shell casings, driven by European governments rebuilding their own stocks.

The company said it would hire 800 workers at its plant in northern Sweden.

Shares rose 6 percent. Analysts said the outlook for the arms industry remained strong for at least five years."""),
dict(split="dev", labels=["casualties"], headline="Gunmen kill villagers in Plateau state",
body="""Gunmen attacked a farming village in central Nigeria's Plateau state overnight, killing at least 27 people, a local official said.

Residents said the attackers arrived on motorcycles and set fire to houses. Several people were still missing on Monday.

The state governor condemned the attack and ordered security forces to the area."""),
dict(split="dev", labels=[], headline="If talks fail, casualties could mount, think tank warns",
body="""A think tank in London said in a report that casualties could rise sharply if the current round of negotiations collapsed and fighting resumed along the front.

The report modelled several scenarios, including a renewed offensive in the spring.

Its authors said the figures were estimates and should not be read as predictions."""),
dict(split="dev", labels=["diplomacy"], headline="Foreign ministers of Armenia and Azerbaijan meet in Abu Dhabi",
body="""The foreign ministers of Armenia and Azerbaijan met in Abu Dhabi on Thursday to finalise the text of a peace treaty, their ministries said.

The two countries fought wars over the Karabakh region in the 1990s and in 2020. Thousands of soldiers were killed in the 2020 war.

Both ministries described the talks as substantive but gave no date for a signing ceremony."""),
dict(split="dev", labels=["military_aid"], headline="Senate debates Taiwan arms funding",
body="""U.S. senators debated on Tuesday a bill that would provide $2 billion in foreign military financing to Taiwan over four years.

Supporters said the funding would speed up deliveries of missiles and drones that have been delayed by production backlogs.

Opponents argued the money should be spent on replenishing American stockpiles first."""),
dict(split="dev", labels=[], headline="Farmers battle drought in southern Spain",
body="""Farmers in Andalusia are battling the worst drought in decades, with reservoirs at a fifth of their capacity.

Olive oil prices have doubled in two years. The regional government has promised emergency aid to growers.

Meteorologists said the rainy season had started late and that more dry years were likely."""),
dict(split="dev", labels=["casualties", "military_aid"], headline="Drone attack on Odesa port injures seven; Norway sends more air defence",
body="""A Russian drone attack on the port of Odesa injured seven people and damaged a grain terminal, the regional governor said on Friday.

Hours later Norway announced it would donate additional air defence systems and ammunition to Ukraine, worth 1.5 billion crowns.

The port has continued to ship grain despite repeated attacks."""),
dict(split="dev", labels=[], headline="Union calls off strike after talks",
body="""The rail workers' union called off a planned strike on Friday after overnight talks with the transport ministry produced a new pay offer.

The union said members would vote on the offer next week.

Commuters had been warned of severe disruption."""),
dict(split="dev", labels=["diplomacy"], headline="Kyiv and Moscow exchange prisoners after UAE mediation",
body="""Ukraine and Russia exchanged 150 prisoners of war each on Wednesday, the latest swap brokered by the United Arab Emirates.

Ukrainian President Volodymyr Zelensky thanked the UAE for its mediation and said work to bring home all captives would continue.

Many of the freed Ukrainian soldiers had been held since 2022."""),
dict(split="dev", labels=[], headline="Humanitarian convoy reaches besieged district",
body="""A convoy of 12 trucks carrying food, medicine and winter clothes reached a district on the outskirts of Kharkiv on Thursday, the United Nations said.

The aid was donated by Japan and distributed by local volunteers.

U.N. officials said access remained difficult because of damaged roads."""),
dict(split="dev", labels=["casualties"], headline="Two missing after strike on Dnipro factory",
body="""Two workers are missing and four were injured after a missile struck an industrial plant in Dnipro, the regional governor said.

Rescue teams were searching the rubble on Saturday.

The plant produced agricultural machinery, the company said."""),
dict(split="dev", labels=[], headline="Striker's late goal kills off cup tie",
body="""Substitute Luca Moretti killed off the tie with a second goal in stoppage time as Porto Azzurro reached the cup semi-finals.

The visitors had dominated the early exchanges but were shot down by two counter-attacks.

The coach said his team had fought to the end."""),
# ---------------- heldout ----------------
dict(split="heldout", labels=["military_aid"], headline="Denmark unveils 25th aid package for Ukraine",
body="""The Danish government has approved its 25th package of military assistance to Ukraine, worth 6.7 billion Danish kroner, the defence ministry said.

The package will support the purchase of artillery and air defence equipment from 2025 until 2027, Defence Minister Troels Lund Poulsen said.

Denmark has also financed the production of howitzers in Ukraine under a model since copied by other donors."""),
dict(split="heldout", labels=[], headline="Nobody hurt as drone hits empty school",
body="""A drone struck an empty school building in the Chernihiv region overnight, causing a fire that was put out by morning, local officials said.

Nobody was hurt, the regional military administration said.

Classes had been moved online last month because of repeated air raid alerts."""),
dict(split="heldout", labels=["diplomacy"], headline="Zelenskyy and Erdogan discuss Black Sea security in Ankara",
body="""Ukrainian President Volodymyr Zelenskyy met Turkish President Recep Tayyip Erdogan in Ankara on Tuesday for talks on Black Sea navigation and a possible ceasefire.

Erdogan offered to host direct negotiations between Kyiv and Moscow in Istanbul, his office said.

The two presidents also discussed energy cooperation and the return of deported children."""),
dict(split="heldout", labels=[], headline="Pharma merger talks collapse",
body="""Talks on a merger between Kestrel Pharma and a Swiss rival collapsed on Monday after the two sides failed to agree on a price, people familiar with the matter said.

The deal was killed by a dispute over the valuation of Kestrel's cancer drugs, one of the people said.

Kestrel shares fell 9 percent."""),
dict(split="heldout", labels=["casualties"], headline="Kharkiv rescuers find third body after drone strike",
body="""Rescuers in Kharkiv found the body of a third victim beneath the rubble of an apartment building hit by a Russian drone, the regional governor said on Wednesday.

Eleven people were injured in the attack, among them two children.

City authorities declared a day of mourning."""),
dict(split="heldout", labels=["military_aid", "casualties"], headline="Britain to fund drones as attacks on Zaporizhzhia kill three",
body="""Britain will pay for 100,000 drones for Ukraine's armed forces over the next year, Defence Secretary John Healey said on Thursday, as Russian strikes on Zaporizhzhia killed three people.

The drones will be produced mostly in Ukraine, with British funding, Healey said at a meeting of the Ukraine Defence Contact Group.

In Zaporizhzhia, guided bombs hit a residential area, injuring 14 people in addition to the dead, the governor said."""),
dict(split="heldout", labels=[], headline="Analysis: the long road since 2014",
body="""Since the war in eastern Ukraine began in 2014, successive attempts to end it have failed, from the Minsk agreements to the talks in Istanbul in 2022.

Historians say the conflict has killed tens of thousands of people and displaced millions.

This analysis looks at the economic cost of the war for the region's industrial cities."""),
dict(split="heldout", labels=["diplomacy"], headline="Poland summons Russian envoy over airspace violation",
body="""Poland's foreign ministry summoned Russia's charge d'affaires on Thursday after a Russian missile briefly crossed into Polish airspace during an attack on western Ukraine.

Foreign Minister Radoslaw Sikorski demanded an explanation and warned Moscow against further incidents.

No one was hurt, the Polish army said."""),
dict(split="heldout", labels=[], headline="Japan gives Ukraine power equipment for winter",
body="""Japan will provide Ukraine with transformers, generators and gas turbines worth $120 million to help keep the lights on during winter, the Japanese embassy in Kyiv said.

The equipment will be delivered to regional energy companies through the Japan International Cooperation Agency.

Japan does not supply lethal weapons to Ukraine under its export rules."""),
dict(split="heldout", labels=["casualties", "diplomacy"], headline="Sudan strikes kill dozens as mediators meet in Jeddah",
body="""Paramilitary shelling killed at least 40 people in El Fasher, the capital of North Darfur, local activists said, as Saudi and U.S. mediators met envoys of Sudan's warring parties in Jeddah.

The talks aim to agree a humanitarian truce and open corridors for aid.

Doctors at the last functioning hospital in the city said they had run out of anaesthetic."""),
dict(split="heldout", labels=[], headline="Price war hits airline profits",
body="""A price war on European routes hammered Orion Airlines' profits in the third quarter, the carrier said on Friday.

The airline said it was fighting back with new routes and a loyalty programme.

Fuel costs were lower than a year ago."""),
dict(split="heldout", labels=["military_aid"], headline="U.S. halts weapons shipments to Ukraine pending review",
body="""The United States has paused some shipments of air defence interceptors and precision munitions to Ukraine while the Pentagon reviews its own stockpiles, officials said.

Ukraine's foreign ministry said it had not been formally notified. Kyiv asked Washington to resume the deliveries as soon as possible.

The review covers arms approved under the previous administration."""),
dict(split="heldout", labels=["diplomacy"], headline="Tense meeting of eurozone finance ministers",
body="""Eurozone finance ministers met in Luxembourg on Thursday for talks on the bloc's budget rules, with Italy and the Netherlands at odds over spending limits.

Ministers agreed to continue the discussion in December.

The meeting was the first chaired by the new Eurogroup president."""),
dict(split="heldout", labels=["casualties"], headline="Militants attack army post in Sahel",
body="""Islamist militants attacked an army post in western Niger on Sunday, killing 12 soldiers, the defence ministry said.

The ministry said 20 attackers were also killed when the army counter-attacked with helicopter support.

Attacks by groups linked to al Qaeda and Islamic State have increased in the region."""),
dict(split="heldout", labels=["diplomacy", "military_aid"], headline="Rutte in Kyiv: allies to keep arms flowing as talks loom",
body="""NATO Secretary General Mark Rutte said in Kyiv on Monday that allies would keep arms flowing to Ukraine while the United States pursues talks with Russia.

Rutte met President Volodymyr Zelensky and visited a factory producing interceptor drones financed by Nordic countries.

Zelensky said Ukraine was ready for negotiations but would not accept any deal that rewarded aggression."""),
dict(split="heldout", labels=[], headline="Film on Mariupol siege wins award",
body="""A documentary about the siege of Mariupol in 2022, in which thousands of civilians were killed, won the main prize at a festival in Berlin on Saturday.

The director dedicated the award to the city's residents.

The film will be released in cinemas across Europe next spring."""),
dict(split="heldout", labels=["casualties"], headline="Wounded evacuated from Pokrovsk after assault",
body="""Ukrainian medics evacuated dozens of wounded soldiers from positions near Pokrovsk after a Russian mechanised assault on Friday, a brigade spokesman said.

He said the unit had lost several men but would not give numbers.

Russian forces have been trying to capture the town for more than a year."""),
dict(split="heldout", labels=[], headline="Kremlin says no plans for summit",
body="""The Kremlin said on Tuesday there were no plans for a meeting between the Russian and U.S. presidents, denying a newspaper report of a summit in Budapest.

"There is nothing concrete," Kremlin spokesman Dmitry Peskov told reporters.

The newspaper had cited diplomatic sources."""),
dict(split="heldout", labels=["military_aid"], headline="Sweden to train Ukrainian pilots on Gripen jets",
body="""Sweden will train Ukrainian pilots and ground crews to fly and maintain Gripen fighter jets, the Swedish government said on Wednesday.

The training is part of a broader package that includes airborne surveillance aircraft and ammunition for Ukraine's air force.

Sweden has given Ukraine military support worth more than 80 billion crowns since 2022."""),
dict(split="heldout", labels=[], headline="Oil traders fight over refinery assets",
body="""Two commodity traders are locked in a legal battle over a refinery in Rotterdam, court documents show.

One of the firms accused the other of killing a sale agreed last year by withholding documents.

A hearing is scheduled for March."""),
]
