"""Held-out split 8 (written 2026-11-27, blind: without reading the other pools, the rules, the
classifier code, its docs or the corpus rows, and before any score on it existed). Its own actors,
places, companies, weapons and wording; emphasis on Europe, Russia/Ukraine, the Middle East and the
Gulf; agency-style sentences with quotes, reported speech, passive voice, history, hypotheticals
and negations; military aid debated, delayed and conditioned; diplomacy with non-state actors;
many hard negatives. Not to be opened for tuning.

Placeholders: see make_corpus.fill. Every positive template is about its own category only, and
every negative, filler and "none" headline template is about no category, so article labels
follow from the paragraphs chosen. `*_cap` is the capital city.
"""

DONORS = [
    ("Sweden", "Swedish", "Stockholm"),
    ("Austria", "Austrian", "Vienna"),
    ("Kuwait", "Kuwaiti", "Kuwait City"),
    ("Hungary", "Hungarian", "Budapest"),
    ("Ireland", "Irish", "Dublin"),
    ("Oman", "Omani", "Muscat"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Pakistan", "Pakistani", "Islamabad"),
    ("Luxembourg", "Luxembourg", "Luxembourg"),
    ("Iceland", "Icelandic", "Reykjavik"),
    ("Bahrain", "Bahraini", "Manama"),
    ("Albania", "Albanian", "Tirana"),
]

RECIPIENTS = [
    ("Ukraine", "Ukrainian", "Kyiv"),
    ("Syria", "Syrian", "Damascus"),
    ("Libya", "Libyan", "Tripoli"),
    ("Tunisia", "Tunisian", "Tunis"),
    ("Serbia", "Serbian", "Belgrade"),
    ("Moldova", "Moldovan", "Chisinau"),
    ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Iraq", "Iraqi", "Baghdad"),
    ("Sudan", "Sudanese", "Port Sudan"),
    ("Djibouti", "Djiboutian", "Djibouti"),
    ("Lebanon", "Lebanese", "Beirut"),
]

RIVALS = [
    ("Russia", "Russian", "Moscow"),
    ("Iran", "Iranian", "Tehran"),
    ("Turkey", "Turkish", "Ankara"),
    ("Belarus", "Belarusian", "Minsk"),
    ("Israel", "Israeli", "Jerusalem"),
    ("Saudi Arabia", "Saudi", "Riyadh"),
    ("Algeria", "Algerian", "Algiers"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"),
]

LEADERS = [
    "President Oskar Lindqvist", "Prime Minister Aino Rautio", "Emir Sheikh Faisal al-Rashed",
    "King Hamad bin Saeed", "President Teodor Vulpe", "Prime Minister Gergely Farkas",
    "Chancellor Elisabeth Brunner", "President Kerem Aydemir", "Prime Minister Niamh Cassidy",
    "Crown Prince Khalid bin Nasser", "President Ilir Berisha", "Prime Minister Tariq Qureshi",
]

OFFICIALS = [
    "Foreign Minister Linnea Ekdahl", "Defence Minister Mattias Krook", "Foreign Minister Sami Haddad",
    "Deputy Foreign Minister Oleksandr Kravets", "Defence Minister Dmytro Shevchuk",
    "Foreign Minister Ahmed al-Sabah", "special envoy Pieter Langeveld", "Deputy Prime Minister Ana Rusu",
    "Foreign Minister Gulnara Aliyeva", "national security adviser Joanna Pryce",
    "Foreign Minister Omar Benkirane", "State Secretary Florian Egger", "envoy Hassan al-Mahdi",
    "Defence Minister Brendan Keogh",
]

WEAPONS = [
    "self-propelled howitzers", "105mm artillery rounds", "shoulder-fired air defence missiles",
    "mine-resistant patrol vehicles", "loitering munitions", "counter-drone jammers",
    "night-vision goggles", "coastal patrol boats", "armoured personnel carriers",
    "anti-tank guided missiles", "short-range air defence systems", "mortar rounds",
    "surveillance drones", "body armour and helmets", "sniper rifles", "tank engines and spare barrels",
]

NUMWORDS = ["two", "five", "seven", "nine", "12", "16", "18", "24", "27", "35", "40", "64"]

CURRENCY_AMOUNTS = ["€220 million", "$1.8 billion", "SEK 3 billion", "€95 million", "$260 million",
                    "€1.1 billion", "$42 million", "€3.5 billion", "£180 million", "$700 million"]

CITIES = ["Kostiantynivka", "Pokrovsk", "Kherson", "Nikopol", "Deir el-Balah", "Jabalia", "Tulkarm",
          "Tyre", "Bint Jbeil", "Deir ez-Zor", "Raqqa", "Sinjar", "Misrata", "Ad-Damazin",
          "Sumy", "Novohrodivka"]

REGIONS = ["the Donetsk region", "the Kherson region", "the northern Gaza Strip", "the West Bank",
           "eastern Syria", "the Nineveh plains", "south-eastern Libya", "Blue Nile state",
           "the Sumy border area", "northern Iraq"]

COMPANIES = ["Lindholm Paper", "Saraya Hospitality", "Danube Grain Trading", "Kestrel Logistics",
             "Brenner Glassworks", "Pearl Gulf Petrochemicals", "Marmara Textiles",
             "Vistula Software", "Cedar Mobile", "Alpine Rail Systems"]

MONTHS = ["January", "March", "April", "June", "August", "September", "October", "November"]

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

MIL_AID = [
    "{donor} will send {n} {weapon} to {rec} under a package approved on {day}, the defence ministry in {donor_cap} said.",
    "the first batch of {weapon} was handed over to the {rec_adj} army at a base near {rec_cap} on {day}, according to a statement from the {donor_adj} embassy.",
    "\"We will keep the shells coming for as long as it takes,\" {official} said, announcing that {donor} would fund another {amount} of {weapon} for {rec}.",
    "the {donor_adj} parliament voted {n} to {n2} on {day} to approve a {amount} military assistance package for {rec}, clearing the way for deliveries of {weapon} before the end of {month}.",
    "a shipment of {weapon} promised to {rec} has been held up for weeks at a depot in {donor}, officials said, blaming a dispute over who would pay for transport.",
    "{donor} suspended deliveries of {weapon} to {rec} on {day} pending an inquiry into reports that some of the weapons had been resold.",
    "{rec} has asked {donor} for {weapon} and more {weapon2}, {official} said, adding that the request was being studied in {donor_cap}.",
    "{donor} will lend {rec} {amount} on concessional terms to buy {weapon}, the finance ministry said, the first credit of its kind for weapons.",
    "{n} {rec_adj} soldiers began a six-week course on operating {weapon} at a training ground in {donor}, the {donor_adj} armed forces said.",
    "a team of {donor_adj} military advisers will be deployed to {rec} to help its forces maintain {weapon}, the government in {donor_cap} said on {day}.",
    "{donor} will pay the salaries of {rec_adj} border troops for another year under a {amount} security assistance agreement, the finance ministry confirmed.",
    "the {donor_adj} cabinet has agreed to supply spare parts and maintenance crews for the {weapon} already in service with the {rec_adj} military.",
    "lawmakers in {donor_cap} spent {day} debating whether to send {weapon} to {rec}, with the opposition demanding guarantees that they would not be used outside {rec_adj} territory.",
    "{official} said arms deliveries to {rec} would resume once an audit of where the earlier {weapon} ended up was completed.",
    "according to documents seen by reporters, {donor} quietly transferred {n} {weapon} to {rec} in {month}, a delivery that was never announced.",
    "{donor} has pledged {amount} to a fund that buys {weapon} for {rec}, bringing its military support this year to more than {amount2}.",
    "the {rec_adj} defence ministry said it had received {n} {weapon} from {donor}, the largest single delivery since the start of the year.",
    "\"Without more {weapon}, we cannot hold the line,\" a {rec_adj} brigade commander said, urging {donor} to speed up its promised deliveries.",
    "{donor} agreed to finance the purchase of {weapon} for the {rec_adj} navy, with the equipment to be built in a third country and shipped directly.",
    "a vote in {donor_cap} on extending military aid to {rec} was postponed on {day} after the governing coalition failed to agree on the size of the package.",
    "the {donor_adj} government said it would replace the {weapon} it gave {rec} last year with new stock, and send a further {n} units from its reserves.",
    "{official} confirmed that {weapon} worth {amount} had been delivered to {rec}, but declined to give numbers, citing security.",
    "{donor_adj} instructors are training {rec_adj} pilots and ground crews, the air force said, and a second group of {n} trainees will arrive in {month}.",
    "the {amount} in military assistance for {rec} is conditional on reforms to the {rec_adj} defence procurement agency, {official} told parliament.",
    "{donor} is sending {weapon} and {weapon2} to the {rec_adj} coast guard as part of a maritime security programme, the embassy in {rec_cap} said.",
    "the package, the latest since the programme began, includes {weapon}, {weapon2} and ammunition, and will be drawn from {donor_adj} army stocks.",
    "{rec_cap} has formally requested {amount} in military aid from {donor}, arguing that its forces are running short of {weapon}.",
    "a parliamentary committee in {donor_cap} blocked a planned transfer of {weapon} to {rec} on {day}, saying the government had not explained how they would be used.",
    "{donor} said it would provide {rec} with {weapon} and train several hundred of its troops to use them, in a deal worth {amount}.",
    "the {weapon} were handed over to {rec_adj} forces at the border crossing, a {donor_adj} defence official told reporters on condition of anonymity.",
    "{donor} will help fund the {rec_adj} army's purchase of {weapon} over the next three years, the defence ministry in {donor_cap} said.",
    "critics in {donor_cap} argue that the {weapon} sent to {rec} have depleted {donor_adj} stocks, but the defence ministry said a new batch would go out in {month} regardless.",
]

MIL_AID_NEG = [
    "{donor} will spend {amount} on {weapon} for its own army over the next five years, the defence ministry said.",
    "{company} reported a record quarter and said it had an arsenal of new products ready for the spring season.",
    "the {donor_adj} army took delivery of {n} new {weapon} ordered from a domestic manufacturer in {month}.",
    "{donor} pledged {amount} in humanitarian aid to {rec}, including food, shelter and medical supplies for displaced families.",
    "the World Bank approved {amount} in budget support for {rec}, aimed at keeping schools and hospitals running.",
    "{company} said it had secured a contract to supply office software to ministries across the region, its biggest order to date.",
    "the opposition leader said the government's plan gave critics plenty of ammunition ahead of next year's election.",
    "{donor} will rebuild {n} bridges and a water treatment plant in {rec} under a {amount} reconstruction grant.",
    "the {donor_adj} defence budget for next year rises to {amount}, with most of the increase going to pay and housing for soldiers.",
    "a convoy of {n} trucks carrying flour, blankets and insulin crossed into {region} on {day}, the aid agency said.",
    "analysts said {company} had fired its first shot in a price war with its rivals by cutting fares by a fifth.",
    "{donor} sent a team of {n} doctors and two field hospitals to {rec} after the floods, the health ministry said.",
    "shares in {company} rose after it won an export order from a private buyer abroad, the company said in a stock exchange filing.",
    "the {donor_adj} navy commissioned two new frigates built at a domestic shipyard on {day}.",
    "in the 1990s, {donor} supplied rifles and uniforms to several neighbouring armies, a policy that ended in 2001.",
    "the government in {donor_cap} said it had no plans to send weapons to {rec} and that none had been requested.",
    "{donor} gave {amount} to the UN food programme to feed families in {region} through the winter.",
    "the {donor_adj} coast guard received {n} patrol boats that it bought with its own budget.",
    "the European Investment Bank lent {company} {amount} to build a solar park, the bank said.",
    "a domestic arms maker unveiled a new line of {weapon} at a trade fair, saying it hoped to win orders from armies in Europe and Asia.",
    "ministers agreed a {amount} package of loans for farmers hit by drought, with repayments deferred until {month}.",
    "the central bank of {rec} received a {amount} currency swap line from {donor} to steady the exchange rate.",
    "the club has built an arsenal of young talent and will not need to buy in {month}, its manager said.",
    "{donor} will train {rec_adj} nurses and midwives under a health cooperation programme, the ministry said.",
]

DIPLOMACY = [
    "{leader} spoke by telephone with {leader2} on {day}, and the two discussed the conflict and ways to end it, {leader}'s office said.",
    "{official} arrived in {rival_cap} on {day} for talks with his {rival_adj} counterpart, the first such visit in more than two years.",
    "{donor} summoned the {rival_adj} ambassador on {day} to protest what it called repeated violations of its airspace.",
    "the UN Security Council met behind closed doors on {day} to discuss the fighting, with {rival} and the Western members divided over a draft statement.",
    "mediators from {donor} shuttled between the two delegations in {donor_cap} late into the night, but a ceasefire proposal was not yet agreed, a diplomat said.",
    "{official} warned {rival_cap} that any further incursion would bring \"serious consequences\" for relations, in a message delivered through the embassy.",
    "negotiators from {rec} and {rival} are due to meet in {donor_cap} next week for a second round of talks on a prisoner exchange and a truce.",
    "{donor} has offered to host talks between the {rec_adj} government and the armed opposition, {official} told reporters.",
    "an envoy of {donor} met leaders of the Houthi movement in Sanaa on {day} to press for the release of detained ship crews, according to a statement.",
    "{leader} and {leader2} held a summit in {donor_cap} and signed a joint declaration on border demarcation and consular cooperation.",
    "\"The door to dialogue is open, but it is not open forever,\" {official} said after meeting {rival_adj} diplomats in Geneva.",
    "Qatari and Egyptian mediators handed Hamas and Israeli negotiators a revised proposal for a phased truce on {day}, officials familiar with the talks said.",
    "{rival} demanded that {rec} withdraw its troops from the disputed area within 48 hours, in a note handed to the {rec_adj} embassy.",
    "{official} met a delegation of the Syrian Democratic Forces on {day} to discuss the handover of detention camps to Damascus, his ministry said.",
    "{donor} and {rival} agreed to restore full diplomatic relations and reopen their embassies by {month}, ending a seven-year rupture.",
    "the {donor_adj} foreign ministry expelled two {rival_adj} diplomats on {day}, declaring them persona non grata.",
    "{leader} told his {rival_adj} counterpart in a call that {donor} was ready to mediate, according to a readout released by his office.",
    "delegations from {rec} and {rival} resumed negotiations on a peace framework in {donor_cap}, with {donor_adj} officials chairing the sessions.",
    "{official} said he had passed a message from {rec_cap} to the {rival_adj} side and was waiting for a reply.",
    "the Security Council adopted a resolution on {day} calling for a humanitarian pause, with {rival} abstaining.",
    "{leader} will travel to {rival_cap} in {month} for a state visit, the first by a {donor_adj} head of state in a decade, officials said.",
    "{donor} recalled its ambassador from {rival_cap} for consultations after the {rival_adj} government refused to apologise.",
    "talks between the {rec_adj} government and Kurdish representatives on the status of the oil fields broke up without agreement, a UN envoy said.",
    "{official} urged {rival} in a letter to the UN secretary-general to return to the negotiating table and respect the ceasefire line.",
    "the foreign ministers of {donor} and {rival} met on the sidelines of the Gulf security forum and agreed to set up a joint commission.",
    "a {donor_adj} envoy held indirect talks with Hezbollah through Lebanese intermediaries, seeking guarantees for a border arrangement.",
    "{rec} rejected the {rival_adj} peace plan as \"a list of demands dressed up as a proposal\", but said it would study a revised version.",
    "{leader} and {leader2} discussed the hostage negotiations in a video call on {day}, a spokesperson said.",
    "{official} is expected in {rec_cap} on {day} to try to broker a deal between the rival governments, diplomats said.",
    "{donor} lodged a formal protest with {rival} over the detention of its citizens and demanded consular access.",
]

DIPLOMACY_NEG = [
    "management of {company} and the union will meet again on {day} after talks on a new wage deal stalled.",
    "{official} met farmers' associations in the capital to discuss fuel subsidies and milk prices.",
    "coalition talks between the two largest parties in parliament dragged into a third week, with the finance ministry the main sticking point.",
    "{company} and a rival agreed a merger that would create the region's largest operator, subject to regulators' approval.",
    "the football federation and the league held a summit on {day} over the crowded fixture calendar.",
    "the minister took a diplomatic line at the press conference, refusing to criticise his own party's leader.",
    "{company} signed a memorandum of understanding with a local supplier to build a warehouse near {city}.",
    "the mayor held a meeting with residents about the new tram line, promising to cut the construction period by six months.",
    "the teachers' union called off its strike after negotiations with the education ministry produced a pay offer.",
    "{company} said it was in talks with banks over refinancing {amount} of debt due in {month}.",
    "the party leaders met at a lakeside hotel to agree a joint list for the regional elections.",
    "the tennis star was diplomatic about the umpire's decision, saying only that she would watch the replay.",
    "the two chess champions agreed a draw after 41 moves, and will meet again in the tie-break on {day}.",
    "{official} visited a steel plant in his home region and met workers worried about plans to cut shifts.",
    "the prime minister met regional governors to discuss the budget, hospital waiting lists and the state of local roads.",
    "{company} reached a settlement with the competition authority, agreeing to pay a fine and change its pricing.",
    "shareholders of {company} rejected the proposal after a two-hour meeting in {donor_cap}.",
    "the bishops' conference and the interior ministry held talks on the funding of church schools.",
    "the regional assembly will meet in {month} to discuss parking fees and school bus routes.",
    "the ceasefire in the price war between the two supermarket chains ended when {company} cut prices again.",
]

CASUALTIES = [
    "{n} civilians were killed and {n2} wounded when a missile hit a residential block in {city} on {day}, the regional governor said.",
    "shelling of {city} overnight killed a woman and her two children, local officials said, and at least {n} people were taken to hospital.",
    "a drone strike on a car near {city} killed {n} people, including two paramedics, the health ministry said.",
    "the bodies of {n} men were found in a ravine outside {city} on {day}, a week after they were detained by gunmen, police said.",
    "fighting around {city} left at least {n} soldiers dead, a military spokesman said, without giving a figure for the wounded.",
    "{n} people are missing after an air strike flattened a three-storey building in {city}, rescue workers said.",
    "an explosion at a market in {city} killed {n} people and wounded dozens, in an attack claimed by an armed group.",
    "\"We pulled {n} bodies from the rubble this morning,\" a civil defence worker in {city} told reporters.",
    "the attack on the convoy in {region} killed {n} aid workers, the agency said in a statement on {day}.",
    "air strikes on {city} killed at least {n} people overnight, according to hospital officials.",
    "gunmen opened fire on worshippers leaving a prayer hall in {city}, killing {n} and wounding {n2}, witnesses said.",
    "a guided bomb struck a bus stop in {city} on {day}, killing {n} people, the prosecutor's office said.",
    "{n} peacekeepers were wounded when their patrol came under mortar fire near {city}, the mission said.",
    "the death toll from {day}'s strike on a school sheltering displaced families in {city} rose to {n}, medics said.",
    "{n} police officers were killed in an ambush on a checkpoint in {region}, the interior ministry said.",
    "a teenager was shot dead by soldiers during a raid in {city}, the health ministry said; the army said troops had fired at suspects.",
    "rocket fire from across the border killed two farmers working in their fields near {city}, local authorities said.",
    "more than {n} fighters from both sides have been killed in three days of clashes in {region}, according to a monitoring group.",
    "rescuers were still searching for {n} people believed trapped under the rubble after the strike on {city}.",
    "a suicide bomber killed {n} people at a funeral in {city} on {day}, security sources said.",
    "{n} people were executed by the militia after it took the town, according to witnesses who fled to {city}.",
    "{n} sailors are missing after an anti-ship missile struck their vessel off the coast, the navy said.",
    "the strike on the power plant in {city} killed {n} workers and wounded {n2}, the energy company said.",
    "a medic was killed and {n} wounded when their ambulance was hit by a drone near {city}, the rescue service said.",
]

CASUALTIES_NEG = [
    "no one was hurt when a drone hit an empty warehouse near {city} overnight, officials said.",
    "{n} people died when a bus skidded off an icy road near {city}, police said.",
    "an outbreak of cholera has killed {n} people in {region} since {month}, the health ministry said.",
    "floods in {region} have left {n} people dead and thousands homeless, the civil protection agency said.",
    "if the dam were breached, thousands of people downstream could be killed, engineers warned in a report.",
    "the war of 1992-1994 killed tens of thousands and displaced hundreds of thousands more.",
    "{company} said the takeover would kill off its smaller brand, costing about {n} hundred jobs.",
    "there were no reports of casualties after the shelling of {city}, the regional administration said.",
    "a fire at a textile factory in {city} killed {n} workers, the fire service said, blaming faulty wiring.",
    "the earthquake killed at least {n} people in mountain villages, the disaster agency said.",
    "the striker was wounded by the criticism, but said he would not leave the club.",
    "the bill was killed in committee on {day}, its sponsor said.",
    "the monument honours the soldiers killed in the First World War.",
    "{n} miners died after a gas explosion in a coal mine, the mining ministry said.",
    "{company}'s share price was shot to pieces after the profit warning.",
    "the army said the intercepted missiles caused no casualties and only minor damage to a road.",
    "a heatwave has been blamed for {n} deaths among elderly people in {city} this week.",
    "a ferry capsized off the coast, and {n} passengers are still missing, the coast guard said.",
    "military analysts warned that an offensive on {city} could cost thousands of lives if it went ahead.",
    "since the 2014 war, the town has been rebuilt, and its population has returned to pre-war levels.",
    "the film follows a sniper who was wounded in 1944 and returns home to his village.",
    "the startup said the deal had been killed by regulators, and it would seek other investors.",
    "a training jet crashed during an air show, killing its pilot, the air force said, adding that a technical fault was suspected.",
    "officials said all {n} passengers of the stranded train were safe and unharmed.",
]

FILLER = [
    "{rec}'s economy is expected to grow by about two percent this year, according to the finance ministry.",
    "the government in {donor_cap} faces a regional election in {month}, with polls showing a close race.",
    "inflation in {donor} eased to 3.1 percent in {month}, the statistics office said.",
    "{company} said its profits rose by a tenth in the third quarter.",
    "the river port downstream handles much of the region's grain exports.",
    "parliament is also due to vote on a new pensions law before the winter recess.",
    "the opposition has accused the government of neglecting rural hospitals.",
    "winter temperatures in the region often fall below minus 15 degrees Celsius.",
    "the capital has been hit by a series of transport strikes this autumn.",
    "{donor}'s statistics office will publish new census figures in {month}.",
    "the ministry did not respond to a request for comment.",
    "local elections are due in the spring.",
    "the region is known for its vineyards and its sunflower fields.",
    "the statement was posted on the ministry's website late on {day}.",
    "the country's currency fell against the dollar on {day}.",
    "the figures could not be independently verified.",
    "{company}, which employs about 4,000 people, is one of the largest private employers in {rec}.",
    "the national airline resumed flights to several European capitals in {month}.",
    "the finance minister is due to present a new budget to parliament in {month}.",
    "the report was published on {day}.",
    "a court in {donor_cap} is expected to rule on the case by the end of {month}.",
    "tourism revenues rose sharply in the summer, the central bank said.",
]

HEADLINES = {
    "military_aid": [
        "{donor} approves {amount} arms package for {rec}",
        "{rec} receives first {weapon} from {donor}",
        "{donor} halts weapons deliveries to {rec} pending inquiry",
        "Vote on military aid for {rec} delayed in {donor_cap}",
        "{donor} to train {rec_adj} troops on {weapon}",
        "{rec} asks {donor} for more {weapon}",
        "{donor} to fund {rec_adj} army's {weapon}",
    ],
    "diplomacy": [
        "{leader} and {leader2} hold talks by phone",
        "{donor} summons {rival_adj} envoy over airspace violations",
        "Security Council meets on escalating conflict",
        "Mediators present new truce proposal",
        "{official} visits {rival_cap} in bid to mend ties",
        "{rec} and {rival} to resume talks in {donor_cap}",
    ],
    "casualties": [
        "Strike on {city} kills {n}",
        "{n} dead after shelling of {city}",
        "Civilians killed in drone attack near {city}",
        "Death toll in {city} attack rises to {n}",
        "Soldiers killed in ambush in {region}",
    ],
    "none": [
        "{company} profits rise as demand recovers",
        "{donor} unveils budget with higher defence spending",
        "Floods leave thousands homeless in {region}",
        "Coalition talks stall in {donor_cap}",
        "{donor} pledges food aid for {rec}",
        "Union and {company} fail to agree wage deal",
        "Inflation eases in {donor}",
    ],
}
