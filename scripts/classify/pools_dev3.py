"""Third set of DEV sentence pools (`dev`, written 2026-11-27, third round), aimed at military
aid outside the Ukraine setting and its hard negatives: transfers, gifts, loans and leases of
equipment, packages and tranches, financing of another state's forces (salaries, stipends,
fuel, maintenance), training and advisory missions, requests, suspensions, parliamentary
debates; against humanitarian, development and budget aid, a state arming its own forces,
arms-industry business, defence budgets and war words in business and sport. Diplomacy,
casualties, filler and headlines come from pools_dev2. Tuning looks at dev only."""

from pools_dev2 import (  # noqa: F401
    CASUALTIES, CASUALTIES_NEG, DIPLOMACY, DIPLOMACY_NEG, FILLER,
)

DONORS = [
    ("Italy", "Italian", "Italy"), ("Poland", "Polish", "Poland"), ("Denmark", "Danish", "Denmark"),
    ("Britain", "British", "Britain"), ("France", "French", "France"), ("Germany", "German", "Germany"),
    ("the United States", "U.S.", "The United States"), ("Sweden", "Swedish", "Sweden"),
    ("the Netherlands", "Dutch", "The Netherlands"), ("Lithuania", "Lithuanian", "Lithuania"),
    ("Turkey", "Turkish", "Turkey"), ("India", "Indian", "India"), ("the UAE", "Emirati", "The UAE"),
]
RECIPIENTS = [
    ("Nigeria", "Nigerian", "Nigeria"), ("Benin", "Beninese", "Benin"), ("Mauritania", "Mauritanian", "Mauritania"),
    ("Armenia", "Armenian", "Armenia"), ("Bosnia", "Bosnian", "Bosnia"), ("Lebanon", "Lebanese", "Lebanon"),
    ("Taiwan", "Taiwanese", "Taiwan"), ("Ukraine", "Ukrainian", "Ukraine"), ("Vietnam", "Vietnamese", "Vietnam"),
    ("Niger", "Nigerien", "Niger"), ("Colombia", "Colombian", "Colombia"), ("Haiti", "Haitian", "Haiti"),
    ("Mozambique", "Mozambican", "Mozambique"), ("Ghana", "Ghanaian", "Ghana"),
]
RIVALS = [
    ("Russia", "Russian", "Russia"), ("Iran", "Iranian", "Iran"), ("China", "Chinese", "China"),
    ("Azerbaijan", "Azerbaijani", "Azerbaijan"), ("Mali", "Malian", "Mali"),
]
LEADERS = ["President Bola Adeyemi", "Prime Minister Giulia Ferrante", "President Arman Sarkisyan",
           "Prime Minister Mette Holm", "President Lai Chen-wei", "Chancellor Friedrich Adler"]
OFFICIALS = ["Defence Minister Guido Rinaldi", "Foreign Minister Ana Moreau",
             "defence secretary John Harker", "army spokesman Colonel Idris Bello",
             "deputy foreign minister Tran Van Minh", "armed forces chief General Ola Berg"]
WEAPONS = [
    "armoured personnel carriers", "patrol boats", "assault rifles", "mortars", "surveillance drones",
    "anti-aircraft guns", "field radios", "counter-battery radars", "light helicopters",
    "mine-clearing vehicles", "machine guns", "artillery shells", "transport aircraft",
    "body armour", "night-vision equipment", "anti-tank weapons", "coastal radars",
    "military trucks", "landing craft", "fast attack craft", "air-defence missiles",
]
NUMWORDS = ["two", "three", "six", "eight", "ten", "twelve", "fifteen", "twenty", "sixty"]
CURRENCY_AMOUNTS = ["$150 million", "€45 million", "£80 million", "$2 billion", "€300 million",
                    "500 million kroner", "$35 million", "€1.1 billion"]
CITIES = ["Maiduguri", "Cotonou", "Nouakchott", "Gyumri", "Tuzla", "Tyre", "Kaohsiung", "Mykolaiv",
          "Da Nang", "Niamey", "Cucuta", "Port-au-Prince", "Pemba", "Tamale"]
REGIONS = ["the Sahel", "the north-east", "the Tillaberi region", "the Syunik province",
           "the Cabo Delgado province", "the Artibonite valley", "the Strait"]
COMPANIES = ["Leonardo Difesa", "Nordic Ammunition Group", "Fincantieri Naval", "Rheinmetall Land",
             "Baykar Systems", "Arcadia Foods", "Meridian Shipping", "Oaktree Pharma"]
MONTHS = ["February", "April", "July", "September", "December"]
DAYS = ["Monday", "Wednesday", "Friday", "Sunday"]

MIL_AID = [
    # transfers, gifts, loans, leases
    "{donor_cap} gifted {n} {weapon} to the {rec_adj} navy at a ceremony in {city}.",
    "The {weapon} were lent to {rec} by {donor} for two years, free of charge.",
    "{donor_cap} leased {n} {weapon} to the {rec_adj} air force under a five-year arrangement.",
    "{donor_adj} transport planes flew {weapon} into {city} for {rec_adj} troops on {day}.",
    "{rec_cap}'s army now fields {weapon} donated last year by {donor}.",
    "A convoy carrying {weapon} from {donor} crossed into {rec} on {day}, {official} said.",
    "{donor_cap} handed {rec} {n} surplus {weapon} that its own forces no longer need.",
    "{weapon} from {donor_adj} army depots will go to {rec_adj} units fighting in {region}.",
    "{donor_cap} has quietly been sending {weapon} to {rec} since {month}, two officials said.",
    "The {rec_adj} defence ministry said it had received {weapon} and {weapon2} as a gift from {donor}.",
    # packages and tranches
    "The {amount} package for {rec} covers {weapon}, ammunition and training for {rec_adj} crews.",
    "A new tranche of {donor_adj} equipment for the {rec_adj} military will include {weapon}.",
    "{donor_cap} unveiled a {amount} defence package for {rec} focused on {weapon}.",
    "The second package of {weapon} for {rec} is due to leave {donor} next month.",
    # financing another state's forces
    "{donor_cap} will pay the salaries of {n} thousand {rec_adj} soldiers for a year, {official} said.",
    "{donor_adj} money will cover fuel, rations and maintenance for {rec_adj} army units deployed in {region}.",
    "The European Peace Facility will provide {amount} for {weapon} for the {rec_adj} armed forces.",
    "{donor_cap} is bankrolling the {rec_adj} coast guard's purchase of {weapon}.",
    "A {amount} grant from {donor} will let {rec} buy {weapon} for its troops in {region}.",
    "{donor_cap} agreed to finance {weapon} for the {rec_adj} army through a low-interest military loan.",
    # training and advisory missions
    "{donor_adj} special forces are training {rec_adj} commandos in counter-insurgency tactics near {city}.",
    "An EU training mission will instruct {n} hundred {rec_adj} soldiers in {region} over the next year.",
    "{donor_adj} military advisers will be embedded with {rec_adj} battalions, {official} said.",
    "{rec_adj} officers are attending a course on {weapon} run by {donor_adj} instructors.",
    "{donor_cap} will train {rec_adj} crews to operate the {weapon} before handing them over.",
    "{donor_adj} mentors have been helping {rec_adj} units plan and carry out operations in {region}.",
    # requests
    "{rec_cap} has requested {weapon} from {donor}, {official2} said.",
    "{leader} urged {donor} to speed up deliveries of {weapon} to his country's army.",
    "{rec_adj} commanders sent {donor} a list of the {weapon} and {weapon2} they need most.",
    "{rec_cap} is seeking {donor_adj} help to equip its new {weapon} units.",
    # suspensions
    "{donor_cap} suspended arms exports to {rec} after the coup, including {weapon} already paid for.",
    "{donor_cap} has paused its training programme for {rec_adj} troops pending an inquiry.",
    "Deliveries of {weapon} to {rec} will be frozen until {rec} meets human rights conditions, {official} said.",
    "{donor_cap} cut off military support to {rec} after the army seized power.",
    # debates
    "{donor_adj} lawmakers debated on {day} whether to give {rec} {weapon}, with no vote expected before {month}.",
    "The {donor_adj} parliament will vote next week on sending {weapon} to {rec}.",
    "Critics in {donor} argue that arming {rec_adj} forces risks a wider conflict.",
]

MIL_AID_NEG = [
    # humanitarian, development, budget support
    "{donor_cap} flew {n} tonnes of food, blankets and medicine to {city} after the earthquake.",
    "{donor_adj} military aircraft evacuated {n} hundred foreign nationals from {city}.",
    "{donor_cap} sent a field hospital and {n} doctors to help {rec} cope with the cholera outbreak.",
    "The World Bank approved {amount} for schools and clinics in {region}.",
    "{donor_cap} pledged {amount} in budget support to help {rec} pay public sector wages.",
    "{donor_adj} aid will fund water pumps, seeds and fertiliser for farmers in {region}.",
    "{donor_cap} donated {n} ambulances and fire engines to the city of {city}.",
    "{donor_cap} will give {amount} to rebuild power lines and bridges in {rec}.",
    # own forces
    "The {donor_adj} army took delivery of {n} {weapon} for its own units, the ministry said.",
    "{rec_cap} ordered {n} {weapon} for its own navy, paid for from the national budget.",
    "The {donor_adj} air force received its first {weapon} on {day}.",
    "{donor_cap} plans to buy {weapon} to strengthen its own air defences.",
    "The {rec_adj} government approved a plan to modernise its armed forces with {weapon}.",
    "{rec_adj} soldiers completed their basic training at a barracks outside {city}.",
    # industry, budgets
    "{company} raised its sales forecast on strong demand for {weapon} from European armies.",
    "{company} opened a plant in {city} to make {weapon} for export.",
    "Defence spending in {donor} will rise to {amount} next year, the budget shows.",
    "{company} signed a contract with the {donor_adj} defence ministry to supply {weapon}.",
    "Analysts expect {company}'s order backlog to keep growing as governments rearm.",
    "The {donor_adj} cabinet approved a record defence budget focused on recruiting soldiers.",
    # war words elsewhere
    "{company} is arming its sales teams with new software to win back customers.",
    "The club's new signing gave the defence a much-needed shot of confidence.",
    "Supermarkets are fighting a price war that has hit {company}'s margins.",
    "The coach said his team had sent a message to their rivals with the win in {city}.",
    "{company} supplied the stadium with new floodlights before the derby.",
    # police, civil
    "{donor_cap} donated patrol cars and radios to the {rec_adj} police.",
    "{donor_adj} firefighting planes were sent to help {rec} battle forest fires in {region}.",
]

HEADLINES = {
    "military_aid": [
        "{donor_cap} gives {rec} {weapon}",
        "{donor_cap} to pay {rec_adj} soldiers' salaries",
        "{rec_cap} seeks {donor_adj} {weapon}",
        "{donor_cap} freezes arms transfers to {rec}",
        "{donor_adj} advisers to mentor {rec_adj} troops",
    ],
    "diplomacy": [
        "{leader} and {leader2} hold talks",
        "{donor_cap} summons {rival_adj} ambassador",
    ],
    "casualties": [
        "{n} killed in attack near {city}",
        "Shelling kills {n} in {city}",
    ],
    "none": [
        "{company} profit rises",
        "{donor_cap} sends quake relief to {rec}",
        "{donor_adj} defence budget hits record",
    ],
}
