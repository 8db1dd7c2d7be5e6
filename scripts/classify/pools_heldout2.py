"""Sentence pools for the FRESH held-out split (heldout2, written 2026-11-27).

Written from scratch, after the first held-out split (pools_heldout.py) was retired as
contaminated, and before any score on this split was seen. Its own actors, places, weapons and
companies (below), and its own verbs and sentence structures: passive voice, datelines, quotes,
reported speech, subordinate clauses. Never used for tuning the rules.
"""

DONORS = [
    ("Austria", "Austrian", "Vienna"), ("Ireland", "Irish", "Dublin"), ("Latvia", "Latvian", "Riga"),
    ("Romania", "Romanian", "Bucharest"), ("Greece", "Greek", "Athens"), ("Slovenia", "Slovenian", "Ljubljana"),
    ("New Zealand", "New Zealand", "Wellington"), ("Croatia", "Croatian", "Zagreb"),
    ("Luxembourg", "Luxembourg", "Luxembourg"), ("Iceland", "Icelandic", "Reykjavik"),
    ("Bulgaria", "Bulgarian", "Sofia"), ("Slovakia", "Slovak", "Bratislava"),
    ("the United Kingdom", "British", "London"), ("the U.S.", "American", "Washington"),
]
RECIPIENTS = [
    ("Ukraine", "Ukrainian", "Kyiv"), ("Lebanon", "Lebanese", "Beirut"), ("Mozambique", "Mozambican", "Maputo"),
    ("Benin", "Beninese", "Porto-Novo"), ("Colombia", "Colombian", "Bogota"), ("Ghana", "Ghanaian", "Accra"),
    ("North Macedonia", "North Macedonian", "Skopje"), ("Kosovo", "Kosovar", "Pristina"),
    ("Ecuador", "Ecuadorian", "Quito"), ("Chad", "Chadian", "N'Djamena"),
]
RIVALS = [
    ("Russia", "Russian", "Moscow"), ("North Korea", "North Korean", "Pyongyang"), ("Myanmar", "Myanmar", "Naypyitaw"),
    ("Eritrea", "Eritrean", "Asmara"), ("Syria", "Syrian", "Damascus"), ("Nicaragua", "Nicaraguan", "Managua"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"), ("Rwanda", "Rwandan", "Kigali"),
]
LEADERS = [
    "President Volodymyr Zelenskiy", "Volodymyr Zelensky", "Zelenskyy", "Kremlin leader Vladimir Putin",
    "Austrian Chancellor Christian Stocker", "Irish Taoiseach Micheal Martin",
    "Romanian President Nicusor Dan", "Greek Prime Minister Kyriakos Mitsotakis",
    "Slovak Prime Minister Robert Fico", "Croatian Prime Minister Andrej Plenkovic",
    "President Paul Kagame", "Prime Minister Abiy Ahmed", "President Gustavo Petro",
    "Prime Minister Christopher Luxon",
]
OFFICIALS = [
    "Foreign Minister Beate Meinl-Reisinger", "Defence Minister Klaudia Tanner",
    "Foreign Minister George Gerapetritis", "Deputy Foreign Minister Mykola Tochytskyi",
    "First Deputy Foreign Minister Serhiy Kyslytsya", "Kremlin spokesman Dmitry Peskov",
    "Foreign Minister Baiba Braze", "Defence Minister Andris Spruds", "U.N. envoy Tom Fletcher",
    "Deputy Secretary of State Christopher Landau", "Foreign Minister Tanja Fajon",
    "Defence Minister Nikos Dendias", "Foreign Minister Winston Peters",
]
CITIES = [
    "Kupiansk", "Huliaipole", "Izium", "Bilozerske", "Ochakiv", "Konotop", "Shostka", "Okhtyrka",
    "Bucha", "Brovary", "Kremenchuk", "Uman", "Vovchansk", "Lyman", "Tyre", "Nabatieh",
    "Palma", "Mocimboa da Praia", "Beni", "Butembo", "Kadugli", "Deir el-Balah", "Jenin", "Homs",
]
REGIONS = [
    "Chernihiv region", "Poltava region", "Odesa region", "southern Lebanon", "Cabo Delgado province",
    "Ituri province", "South Kordofan", "the West Bank", "Luhansk region", "Mykolaiv region",
]
COMPANIES = [
    "Halvard Shipping", "Pellworth Chemicals", "Tiberon Mining", "Lumen Grid", "Corvina Hotels",
    "Saxby Logistics", "Quillon Software", "Ardent Brewing", "Tessaro Textiles", "Brightwater Insurance",
]
WEAPONS = [
    "Gepard anti-aircraft guns", "CV90 infantry fighting vehicles", "M113 personnel carriers",
    "Caesar self-propelled guns", "Stinger launchers", "mortar rounds", "Bayraktar drones",
    "loitering munitions", "counter-battery radars", "night-vision goggles", "sniper rifles",
    "Mi-17 helicopters", "naval drones", "120mm tank rounds", "Skynex air-defence guns",
    "surface-to-air missiles",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMWORDS = ["two", "three", "five", "six", "eight", "ten", "13", "15", "16", "19", "24", "27", "31",
            "38", "51"]
CURRENCY_AMOUNTS = ["$640 million", "€310 million", "€85 million", "$2.2 billion", "£120 million",
                    "1.1 billion lei", "$58 million", "€900 million", "$1.75 billion", "NZ$25 million"]

MIL_AID = [
    "{rec_adj} gunners will be trained on {weapon} in {donor_cap} this spring, under an arrangement confirmed by {official}.",
    "A consignment of {weapon} from {donor} reached {rec} overland through Poland, a military source said.",
    "{donor}'s cabinet signed off on a {amount} tranche of {weapon} and {weapon2} for the {rec_adj} armed forces.",
    "\"We will keep arming {rec} for as long as it takes,\" {official} said after announcing {weapon} worth {amount}.",
    "{donor} is to hand {rec} dozens of {weapon} taken out of reserve storage, the defence ministry announced.",
    "{official} appealed to European capitals for {weapon}, warning that {rec_adj} units were short of them.",
    "The {donor_adj} parliament voted {n} to {n2} against a motion to stop arms transfers to {rec}.",
    "{donor} froze a planned delivery of {weapon} to {rec} after a row over export licences, {donor_adj} media reported.",
    "Some {amount} from frozen Russian assets will pay for {weapon} for {rec}, {donor_adj} officials said.",
    "{donor} joined a coalition that buys {weapon} for {rec} on the international market.",
    "Mechanics from {donor} are repairing damaged {weapon} belonging to the {rec_adj} military at a plant near the border.",
    "The coalition's next contribution, which includes {weapon}, will be on its way to {rec} within days, {leader} said.",
    "{rec_adj} pilots completed their course on {weapon} at a base in {donor_cap}, the air force said on {day}.",
    "{donor} is weighing whether to send {weapon} to {rec}, {official} told a parliamentary committee.",
    "Lawmakers in {donor_cap} attached {amount} for {rec_adj} troops to a spending bill passed late on {day}.",
    "A shipment of {weapon} destined for the {rec_adj} navy was loaded at a {donor_adj} port, port officials said.",
    "{official} confirmed that {donor} had quietly supplied {weapon} to {rec} over the summer.",
    "{rec} wants {weapon} and longer-range strike weapons from its partners, {leader} said in his nightly address.",
]
MIL_AID_NEG = [
    # own-forces procurement
    "The {donor_adj} army unveiled the {weapon} it has purchased to strengthen its national defence.",
    "{donor}'s armed forces signed for a batch of {weapon} from {company} as part of a rearmament plan at home.",
    "The {donor_adj} navy is to get {weapon} under a {amount} modernisation programme for its fleet.",
    "{rival} displayed new {weapon} at a parade, saying they would enter service with its troops next year.",
    # humanitarian, economic, civil aid
    "{donor} will channel {amount} through the World Bank to keep {rec_adj} hospitals and schools running.",
    "Generators and winter clothing donated by {donor_adj} towns were handed out in {city}.",
    "A {donor_adj} medical team arrived in {rec} to treat burns victims, the health ministry said.",
    "The International Monetary Fund disbursed {amount} to {rec} after a review of its reform programme.",
    "{donor} sent demining experts to train farmers in {region} to spot unexploded ordnance on their land.",
    "{donor} offered {rec} {amount} in grants for rebuilding bridges and water pipes.",
    # weapons without a transfer to another party
    "The {rival_adj} army used {weapon} in an assault near {city}, according to the {rec_adj} general staff.",
    "Exports of civilian drones from {donor} rose by a third, customs data showed.",
    "{company} shares rose after it won a contract to supply uniforms to the {donor_adj} postal service.",
    "{donor} held a military parade to mark its national day, showing off {weapon}.",
    "The {donor_adj} defence minister said reservists would train for two weeks a year from {month}.",
    "Arms control experts said {rival} was rebuilding its missile stocks faster than expected.",
    # negation and hypothetical
    "{donor} has no intention of supplying {weapon} to {rec}, {official} said.",
    "{official} ruled out sending {weapon} to {rec} before the election.",
    "{donor} denied reports that it had shipped {weapon} to {rec} through a third country.",
]
DIPLOMACY = [
    "{official} flew to {rival_cap} on {day} for what aides described as exploratory talks.",
    "The {rival_adj} ambassador was summoned to the foreign ministry in {donor_cap} after a drone crashed on {donor_adj} soil.",
    "{leader} and {leader2} talked for more than an hour by telephone on {day}, their offices said.",
    "Negotiators from {rec} and {rival} concluded a third round of talks in Abu Dhabi without a breakthrough.",
    "{leader} sent a letter to {leader2} proposing a halt to strikes on energy infrastructure.",
    "{donor} offered to host a meeting between {rec_adj} and {rival_adj} delegations, {official} said.",
    "Diplomats at the United Nations are drafting a resolution demanding a halt to the fighting around {city}.",
    "{official} conveyed {donor}'s concern about the build-up of troops to {rival}'s ambassador in a meeting on {day}.",
    "\"The door to dialogue remains open,\" {official} told his {rival_adj} counterpart during their meeting in Geneva.",
    "{rival} and {rec} agreed on a 72-hour truce to allow the evacuation of civilians from {city}.",
    "Mediators from Turkey and Egypt will present a new draft to the warring parties next week.",
    "{leader} used a summit with {leader2} to press for the return of abducted children.",
    "The foreign ministers of {donor} and {rec} issued a joint declaration on security cooperation after talks in {rec_cap}.",
    "{rival_cap} dismissed the ceasefire initiative as a ploy, {official} told reporters after meeting Western envoys.",
    "{official} handed the {rival_adj} envoy a protest note over the seizure of a cargo ship.",
    "{donor} and {rival} restored ambassador-level relations, ending a four-year diplomatic freeze.",
    "{leader} demanded that {rival} pull its forces back from the border, in a statement addressed to {rival_cap}.",
    "{leader} met {leader2} on the sidelines of the Munich Security Conference to discuss a settlement.",
    "{official} briefed the {rival_adj} envoy on the outcome of the investigation into the downed airliner.",
    "{donor_adj} and {rival_adj} officials are preparing the ground for a leaders' meeting later in {month}, {official} said.",
]
DIPLOMACY_NEG = [
    "{company} broke off negotiations with pilots over pay, raising the prospect of strikes.",
    "The mayor of {city} met residents angry about power cuts on {day}.",
    "{company} and a Korean partner agreed terms for a joint venture in battery recycling.",
    "The coalition partners in {donor_cap} held talks through the night on the budget.",
    "The national rugby team will meet its {rival_adj} counterparts in the final on {day}.",
    "{leader} promised voters a referendum on electoral reform if re-elected.",
    "The {donor_adj} ambassador to the U.N. children's fund opened a photo exhibition in {donor_cap}.",
    "Tenants and landlords reached a deal on rents after talks mediated by the housing ministry.",
    "The interior minister warned drivers to avoid the motorway during the holiday weekend.",
    "Lawmakers rejected an amendment on fishing quotas by a narrow margin.",
    "{leader} did not rule out early elections, telling supporters the coalition was strained.",
    "{company} rejected a bid from a private equity group that it said undervalued the business.",
    "The chess federation said its president had met sponsors in {donor_cap} to discuss the tournament.",
    "A summit of tech founders in {donor_cap} discussed regulation of artificial intelligence.",
    "The envoy for the arts festival told journalists that ticket sales had doubled.",
    "{official} said there had been no contact with {rival_cap} and none was planned.",
    "Advisers urged {leader} not to call {leader2} until the prisoners were freed.",
]
CASUALTIES = [
    "{n} people died and {n2} were hurt after a glide bomb hit a residential street in {city}, the governor said.",
    "Shellfire killed a 73-year-old woman in her garden in {city} on {day}, local authorities reported.",
    "A {rival_adj} missile slammed into a shopping centre in {city}, leaving {n} dead.",
    "Two paramedics were killed in a \"double-tap\" strike as they tried to help the wounded in {city}.",
    "The bodies of {n} villagers were found in a ditch near {city} after militants attacked the area.",
    "{n} soldiers were reported missing in action after an assault near {city}, their brigade said.",
    "Medics treated {n} people for shrapnel wounds after a Shahed drone hit a bus stop in {city}.",
    "An explosion at a checkpoint in {region} claimed the lives of {n} police officers.",
    "Fighting in {region} has killed at least {n} civilians this week, the U.N. humanitarian office said.",
    "A sniper shot dead a volunteer distributing water in {city}, his organisation said.",
    "Rescue workers in {city} recovered two more bodies on {day}, raising the death toll to {n}.",
    "{n} people were injured when cluster munitions struck the outskirts of {city}.",
    "Militants raided a village in {region} overnight, killing {n} people and abducting others.",
    "A teenager was seriously wounded by a mine dropped from a drone in {city}, police said.",
]
CASUALTIES_NEG = [
    "The strike at the {company} plant entered its third week, with no sign of a deal.",
    "A training exercise in {region} passed off without incident, the army said.",
    "Two motorists died in a pile-up caused by fog on the ring road near {city}.",
    "The missile fell in an empty field near {city}; nobody was injured.",
    "{company} is fighting a losing battle against cheaper imports, analysts said.",
    "If the dam were breached, the flood could drown villages along the river, engineers said.",
    "The new series dramatises the 1995 massacre in which thousands of men and boys were killed.",
    "The bill died in the senate after lawmakers ran out of time.",
    "A heatwave in {region} has killed livestock and dried up wells.",
    "Since the war began in 2022, {n} journalists have been killed in the country, a press group said.",
    "The opposition accused the government of murdering the economy with new taxes.",
    "Authorities said the explosion at the fireworks factory near {city} was an accident and injured no one.",
    "Health officials said {n} people had died of cholera in {region} since {month}.",
    "Air raid sirens sounded for two hours across {region}, but no strikes were reported.",
    "The goalkeeper was injured in the warm-up and missed the match against {rival}.",
]
FILLER = [
    "Bread prices in {donor_cap} have risen by 9 percent over the year, the statistics agency said.",
    "{company} said its chief financial officer would step down at the end of {month}.",
    "The {rec_adj} central bank left its key interest rate unchanged on {day}.",
    "The airport in {donor_cap} will close one of its runways for repairs in {month}.",
    "A court in {rec_cap} adjourned the corruption trial of a former mayor until {month}.",
    "Snowfall disrupted train services in {region} for a second day.",
    "The museum in {city} reopened its archaeology wing after a two-year renovation.",
    "Opinion polls show the governing party trailing by four points.",
    "Wheat futures eased on expectations of a large harvest in the Southern Hemisphere.",
    "The university in {city} said enrolment had fallen for the third year running.",
    "Unemployment in {donor} stood at 6.1 percent in {month}, unchanged from the previous month.",
    "{company} plans to open a distribution centre near {city} next year.",
    "Reuters could not independently confirm the details.",
    "Spokespeople for the ministry did not answer calls seeking comment.",
    "The city's water utility said supplies had been restored to most districts.",
]
HEADLINES = {
    "military_aid": ["{donor} to send {weapon} to {rec}", "{rec} gets {weapon} as {donor} steps up support",
                     "{donor} signs off {amount} arms tranche for {rec}"],
    "diplomacy": ["{official} in {rival_cap} for talks", "{rival} envoy summoned over drone incident",
                  "{leader} and {leader2} discuss truce by phone"],
    "casualties": ["{n} dead after glide bomb hits {city}", "Drone strike on {city} bus stop wounds {n}",
                   "Death toll in {city} attack rises to {n}"],
    "none": ["{company} names new chief executive", "Fog snarls traffic around {city}",
             "{rec_adj} central bank holds rates", "Museum in {city} reopens"],
}
