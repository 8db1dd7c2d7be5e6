"""Held-out split 4 (third round, written 2026-11-27 before any rule change of that round and
before any score on it existed). Its own actors, places, companies, weapons and wording, written
without reading the other pools, the rules or the corpus rows. Not to be opened for tuning.

Placeholders: see make_corpus.fill. Every template is about one category only (positives), or
about none (negatives and filler), so article labels follow from the paragraphs chosen.
"""

DONORS = [
    ("Portugal", "Portuguese", "Portugal"),
    ("Norway", "Norwegian", "Norway"),
    ("the Czech Republic", "Czech", "The Czech Republic"),
    ("Canada", "Canadian", "Canada"),
    ("Spain", "Spanish", "Spain"),
    ("Australia", "Australian", "Australia"),
    ("Belgium", "Belgian", "Belgium"),
    ("South Korea", "South Korean", "South Korea"),
    ("Finland", "Finnish", "Finland"),
    ("Estonia", "Estonian", "Estonia"),
]

RECIPIENTS = [
    ("Moldova", "Moldovan", "Moldova"),
    ("Somalia", "Somali", "Somalia"),
    ("Kenya", "Kenyan", "Kenya"),
    ("Georgia", "Georgian", "Georgia"),
    ("the Philippines", "Philippine", "The Philippines"),
    ("Jordan", "Jordanian", "Jordan"),
    ("Iraq", "Iraqi", "Iraq"),
    ("Chad", "Chadian", "Chad"),
    ("Ecuador", "Ecuadorian", "Ecuador"),
    ("Tunisia", "Tunisian", "Tunisia"),
]

RIVALS = [
    ("Sudan", "Sudanese", "Sudan"),
    ("Myanmar", "Myanmar", "Myanmar"),
    ("Eritrea", "Eritrean", "Eritrea"),
    ("Venezuela", "Venezuelan", "Venezuela"),
    ("Belarus", "Belarusian", "Belarus"),
    ("Nicaragua", "Nicaraguan", "Nicaragua"),
]

LEADERS = [
    "President Ilse Varga-Montes",
    "Prime Minister Oskar Lindqvist",
    "President Samuel Otieno-Barre",
    "Prime Minister Catarina Leal",
    "President Rustam Abashidze",
    "Chancellor Heike Brandauer",
    "President Nuno Falcao",
    "Prime Minister Aisha Warsame",
]

OFFICIALS = [
    "Defence Minister Petr Hradecky",
    "Foreign Minister Lotte Andersen",
    "deputy defence minister Mateo Roldan",
    "army chief of staff General Kiprono Tanui",
    "Foreign Secretary Ruth Ebbesen",
    "national security adviser Joaquim Serra",
    "Interior Minister Halima Dualeh",
    "armed forces commander Admiral Jae-won Seo",
]

WEAPONS = [
    "120 mm mortar rounds",
    "armoured ambulances",
    "coastal patrol vessels",
    "night-vision goggles",
    "anti-drone jammers",
    "self-propelled howitzers",
    "surface-to-air missile launchers",
    "infantry fighting vehicles",
    "sniper rifles",
    "reconnaissance drones",
    "demining equipment",
    "military radios",
]

NUMWORDS = ["two", "three", "four", "five", "seven", "nine", "eleven", "fourteen", "eighteen",
            "twenty-three", "thirty", "forty-one"]

CURRENCY_AMOUNTS = ["$85 million", "75 million euros", "1.2 billion kroner", "C$210 million",
                    "A$95 million", "€140 million", "$3.1 billion", "4.5 billion crowns",
                    "€60 million", "$410 million"]

CITIES = ["Balti", "Kismayo", "Garissa", "Kutaisi", "Zamboanga", "Irbid", "Tal Afar", "Abeche",
          "Esmeraldas", "Gafsa"]

REGIONS = ["the Lower Juba region", "the northern border districts", "the Sulu archipelago",
           "the Gedo region", "the Nineveh plains", "the Lake Chad basin", "the coastal provinces",
           "the eastern highlands"]

COMPANIES = ["Vestfold Marine Systems", "Hradec Arms Works", "Lusitania Aerostructures",
             "Northreach Logistics", "Kestrel Optronics", "Baltic Grain Holdings",
             "Atlas Freight Lines", "Sunward Pharmaceuticals"]

MONTHS = ["January", "March", "May", "June", "August", "October", "November"]

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

MIL_AID = [
    "{donor_cap} will hand over {n} {weapon} to the {rec_adj} army before the end of {month}, {official} said on {day}.",
    "The {donor_adj} government signed off on a package worth {amount} for {rec}'s armed forces, covering {weapon} and spare parts.",
    "A first batch of {weapon} donated by {donor} arrived in {city} by ship, the {rec_adj} defence ministry said.",
    "{official} said {donor} would draw down {weapon} from its own stocks and ship them to {rec} within weeks.",
    "Under the agreement, {donor_adj} instructors will train {n} {rec_adj} infantry battalions at a range outside {city} over the next year.",
    "{donor_cap} is financing the purchase of {weapon} for the {rec_adj} navy through a {amount} grant, according to budget documents.",
    "{rec_cap} has asked {donor} for {weapon} and {weapon2} to help its troops hold {region}, {official2} told reporters.",
    "{donor_cap} froze its transfers of {weapon} to {rec} after reports that some had been resold, the {donor_adj} foreign ministry confirmed.",
    "Lawmakers in {donor} argued for hours on {day} over whether to keep sending {weapon} to {rec}, with the opposition demanding tighter end-use checks.",
    "The {amount} security assistance tranche for {rec} includes {weapon}, fuel for armoured units and body armour, the {donor_adj} embassy said.",
    "{donor_adj} military advisers are helping {rec_adj} special forces plan operations against insurgents in {region}.",
    "{donor_cap} pledged to supply {rec} with {n} {weapon} next year and to pay for their maintenance.",
    "The {rec_adj} coast guard took delivery of {n} {weapon} gifted by {donor}, part of a maritime security programme.",
    "{official} confirmed that {donor} had quietly shipped {weapon} to {rec} in {month}, saying earlier disclosure would have endangered the convoys.",
    "A {amount} fund set up by {donor} will cover salaries and equipment for the {rec_adj} border brigade, officials said.",
    "{donor_cap} announced it would stop supplying {weapon} to {rec}'s military until an inquiry into abuses by its soldiers was completed.",
    "{rec_adj} pilots will be trained in {donor} to fly the transport aircraft that {donor} is lending to the {rec_adj} air force.",
    "Under a credit arrangement, {donor} provides {weapon} and ammunition to {rec_adj} troops and is repaid over fifteen years.",
    "The parliament of {donor} approved {amount} in military support for {rec}, the largest such allocation in its history.",
    "{official2} appealed for more {weapon} from {donor}, warning that {rec_adj} units were running short of ammunition.",
    "{donor_adj} engineers are refitting {n} {weapon} for the {rec_adj} army at a depot in {city} at {donor}'s expense.",
    "Deliveries of {weapon} from {donor} to {rec} were put on hold on {day} pending a review, a {donor_adj} defence spokesperson said.",
    "{donor_cap} is sending a team of {n} officers to mentor {rec_adj} commanders and will donate {weapon} to the units they advise.",
    "Opposition parties in {donor} said the {amount} military aid plan for {rec} was too small and called for longer-range weapons.",
    "As part of the package, {donor} will give {rec} {weapon}, {weapon2} and a year of technical support for the {rec_adj} armed forces.",
    "{rec_adj} soldiers began a six-week course on operating {weapon} supplied by {donor}, the training mission's commander said.",
]

MIL_AID_NEG = [
    "{donor_cap} will send {n} planeloads of tents, water purification kits and medicines to {rec} after the floods in {region}.",
    "The {donor_adj} development agency approved a {amount} loan to {rec} for roads and irrigation in {region}.",
    "The {donor_adj} army received {n} new {weapon} for its own mechanised brigades this week, the defence ministry said.",
    "{company} reported a rise in quarterly orders for {weapon}, most of them placed by its home country's ministry of defence.",
    "The {donor_adj} cabinet proposed raising national defence spending to 2.4 percent of output next year, mostly for its own air force.",
    "Shares in {company} rose 6 percent after the firm won a contract to build {weapon} for the {donor_adj} armed forces.",
    "{donor_cap} donated {amount} to a United Nations appeal for food and shelter for families displaced in {region}.",
    "The {rec_adj} government unveiled a plan to buy {weapon} for its own marines, paid for from the national budget.",
    "{company} opened a new factory in {city} that will employ {n} hundred people making aircraft seats and cabin panels.",
    "The {donor_adj} budget for the coming year includes more money for schools, pensions and the national defence force's barracks.",
    "A {donor_adj} charity shipped insulin, baby formula and blankets to hospitals in {city}.",
    "{company} said its armoured cash-in-transit vans were selling well to banks across the region.",
    "The {rec_adj} defence ministry held a military parade in {city} to show off {weapon} it bought last year for its own forces.",
    "{donor_cap} will provide {amount} in budget support to {rec} to help pay teachers and nurses, the finance ministry said.",
    "Fans called the club's new striker a weapon after he scored twice in the cup tie in {city}.",
    "The retailer launched an aggressive price offensive, arming its stores with discounts on thousands of products.",
    "{company} supplies hospital equipment and vaccines to {rec} under a commercial contract signed in {month}.",
    "The {donor_adj} navy commissioned {n} {weapon} for its own coastal squadron at a ceremony in its home port.",
    "Veterans of the {donor_adj} army marched through the capital to mark the anniversary of the end of the war.",
    "{company} won an export licence to sell firefighting helicopters to a private operator in {rec}.",
]

DIPLOMACY = [
    "{leader} and {leader2} spoke by phone on {day} about reopening the border crossing at {city}, their offices said.",
    "The foreign ministers of {donor} and {rival} held a first round of negotiations in {city} on a disputed fishing zone.",
    "{donor_cap} summoned {rival}'s ambassador to protest against the detention of two {donor_adj} citizens.",
    "{official} travelled to {rival} to deliver a message from {leader} urging the government to release opposition leaders.",
    "Envoys from {donor} and {rec} are trying to broker a truce between the {rival_adj} army and rebel groups in {region}.",
    "{leader} told visiting {rival_adj} officials that {donor} would not recognise the results of the disputed election.",
    "The United Nations Security Council met behind closed doors on {day} to discuss the fighting along the border of {rival}.",
    "{rival_cap} rejected a proposal from {donor} for a joint commission to investigate a disputed airspace incident.",
    "{leader} hosted {leader2} in {city} for two days of talks on trade, migration and the conflict in {region}.",
    "Delegations from {rec} and {rival} agreed in principle on a prisoner exchange after mediation by {donor}.",
    "{official} warned {rival} in a formal note that any incursion into {rec_adj} waters would bring consequences.",
    "The two governments signed a border demarcation accord in {city} after nine years of negotiation.",
    "{donor_cap} recalled its ambassador from {rival} for consultations after the expulsion of three diplomats.",
    "{leader} called on the {rival_adj} leadership to accept a ceasefire and allow aid convoys into {region}.",
    "A {donor_adj} special envoy shuttled between the two capitals for a week in an attempt to revive the stalled peace process.",
    "{official2} said {rec} was ready to sit down with {rival} without preconditions as soon as next month.",
    "The ministers of {donor} and {rec} issued a joint statement after their meeting in {city}, pledging closer cooperation.",
    "{rival_cap} accused {donor} of interfering in its internal affairs and handed a protest note to the {donor_adj} charge d'affaires.",
    "{leader2} wrote to {leader} proposing a summit to settle the dispute over the dam on the river.",
    "Diplomats from {donor}, {rec} and {rival} met in {city} to draft the terms of a humanitarian pause.",
]

DIPLOMACY_NEG = [
    "The board of {company} met on {day} and agreed to sell its logistics arm to a rival bidder.",
    "Union leaders and {company} management resumed talks over pay after a two-day strike at the {city} plant.",
    "The ruling coalition in {donor} held crisis talks overnight on the pensions bill, with two junior parties threatening to quit.",
    "The national football teams of {donor} and {rec} met in a friendly in {city} that ended 1-1.",
    "{company} and a supermarket chain signed a ten-year supply agreement for frozen fish.",
    "The mayor of {city} met residents to discuss a new bus route and the closure of a library.",
    "Negotiations between landlords and tenants' associations in {city} broke down over the rent cap.",
    "The two rival telecom operators agreed to share mobile masts in rural {region}.",
    "The opposition leader of {rec} called on the interior minister to resign over the prison escape.",
    "The central bank governor warned that inflation would stay high until the summer.",
    "A delegation of {donor_adj} wine exporters attended a trade fair in {city}.",
    "The chess federation of {donor} accepted an invitation to host next year's youth championship.",
    "The court in {city} summoned the former finance minister to testify in a corruption case.",
    "The two airlines announced a codeshare partnership covering flights between {city} and the coast.",
    "Senators in {donor} debated the farm subsidy bill late into the night before voting it down.",
    "A peace concert in {city} raised money for a children's hospital.",
]

CASUALTIES = [
    "An explosion at a market in {city} killed {n} people and injured dozens more, the local health office said.",
    "{n} soldiers died when their convoy hit a roadside bomb in {region} on {day}, the army said.",
    "Gunmen opened fire on a wedding party in a village near {city}, leaving {n} guests dead.",
    "Artillery fire on residential streets of {city} wounded {n} civilians, including children, medics said.",
    "Rescue teams pulled {n} bodies from the rubble of an apartment block hit by a missile overnight.",
    "At least {n} fighters were killed in clashes between rival militias in {region}, a monitoring group reported.",
    "A drone struck a minibus on the road to {city}, killing the driver and {n} passengers.",
    "{n} police officers are missing after an ambush on their patrol in {region}, officials said.",
    "The bodies of {n} men, some with their hands tied, were found near {city}, a rights group said, describing them as executions.",
    "Hospital staff in {city} said they had treated {n} people for shrapnel wounds after the shelling.",
    "A suicide bomber blew himself up at a checkpoint in {city}, killing {n} guards.",
    "Air strikes on a camp in {region} left {n} people dead and {n2} injured, according to the camp's administrators.",
    "A sniper shot dead a teenager crossing the bridge in {city}, his family said.",
    "The death toll from Saturday's bombing of the bus station in {city} rose to {n}, the governor said.",
    "Villagers in {region} buried {n} relatives killed when armed men raided their homes at night.",
    "Two peacekeepers were seriously wounded when their vehicle came under rocket fire near {city}.",
    "Fighting around the airport in {city} has killed at least {n} combatants since {day}, field commanders said.",
    "{n} fishermen were reported missing after a naval patrol fired on their boats off {region}.",
]

CASUALTIES_NEG = [
    "The strike on the ammunition depot caused a large fire but no one was hurt, the ministry said.",
    "Officials warned that a collapse of the dam could kill thousands of people downstream.",
    "{n} people died in a bus crash on the mountain road near {city} after the driver lost control.",
    "Heavy rains caused landslides in {region}, and {n} people were missing after their homes were buried.",
    "The company said the merger would kill off its loss-making budget brand.",
    "The memorial lists the names of those killed in the civil war of the 1990s.",
    "Doctors said {n} children had died of cholera in camps around {city} this month.",
    "Nobody was injured when a stray rocket landed in an empty field outside {city}, police said.",
    "The striker was the main casualty of the coach's new system, dropped for the third straight game.",
    "Two workers died after inhaling fumes at the {company} chemical plant, the labour inspectorate said.",
    "The play about the siege of {city} opened to strong reviews, with a final scene in which every character dies.",
    "Negotiators said the blockade, if it continued, could cost hundreds of lives by winter.",
    "The minister said the army had suffered no losses during the exercise in {region}.",
    "Shares in {company} were slaughtered on {day}, falling 30 percent after a profit warning.",
    "The report recalled that the first war between the two countries, decades ago, left thousands dead.",
    "An elderly man died of a heart attack while queuing for fuel in {city}.",
]

FILLER = [
    "Temperatures in {city} are forecast to reach 34 degrees Celsius later this week.",
    "The {donor_adj} currency was little changed against the dollar in early trading.",
    "The national statistics office will publish unemployment figures on {day}.",
    "Ferry services to the islands resumed on {day} after two days of strong winds.",
    "A new terminal at the airport in {city} is due to open in {month}.",
    "Coffee prices rose for a third week on worries about the harvest.",
    "The capital's marathon drew more than twenty thousand runners this year.",
    "The ministry did not respond to a request for comment.",
    "Local elections are scheduled for {month} in most provinces.",
    "Wheat exports through the port of {city} climbed 8 percent from a year earlier.",
    "The government spokesperson declined to give further details.",
    "The story was updated with additional reporting from {city}.",
    "Schools in {region} will reopen after the holiday on {day}.",
    "Electricity tariffs are due to rise by 5 percent from {month}.",
    "{company} will announce its annual results in {month}.",
    "The museum in {city} reopened after a two-year renovation.",
]

HEADLINES = {
    "military_aid": [
        "{donor_cap} to give {rec} {weapon} in {amount} package",
        "{rec_cap} asks {donor} for more {weapon}",
        "{donor_cap} pauses arms transfers to {rec}",
        "{donor_adj} instructors to train {rec_adj} troops",
        "First {donor_adj}-donated {weapon} reach {rec_adj} army",
    ],
    "diplomacy": [
        "{leader} and {leader2} hold phone call on border dispute",
        "{donor_cap} summons {rival_adj} envoy",
        "{rec_cap}, {rival} agree prisoner swap after {donor_adj} mediation",
        "Security Council meets on {rival_adj} border fighting",
        "Ministers of {donor} and {rec} meet in {city}",
    ],
    "casualties": [
        "{n} killed in blast in {city}",
        "Shelling wounds {n} civilians in {city}",
        "Death toll from {city} bombing rises to {n}",
        "{n} soldiers killed in {region} ambush",
    ],
    "none": [
        "{company} shares jump on new contract",
        "{donor_cap} sends flood relief to {rec}",
        "Heatwave grips {city}",
        "Coalition in {donor} survives pensions vote",
        "{rec_cap} unveils record budget",
    ],
}
