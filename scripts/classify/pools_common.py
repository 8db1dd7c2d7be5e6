"""Shared entity pools for the classification corpus generator (all invented wire-style text)."""

DONORS = [
    ("Germany", "German", "Berlin"), ("France", "French", "Paris"), ("Britain", "British", "London"),
    ("the United States", "U.S.", "Washington"), ("Denmark", "Danish", "Copenhagen"),
    ("Norway", "Norwegian", "Oslo"), ("Sweden", "Swedish", "Stockholm"), ("Poland", "Polish", "Warsaw"),
    ("the Netherlands", "Dutch", "The Hague"), ("Canada", "Canadian", "Ottawa"),
    ("Finland", "Finnish", "Helsinki"), ("Italy", "Italian", "Rome"), ("Spain", "Spanish", "Madrid"),
    ("Japan", "Japanese", "Tokyo"), ("Australia", "Australian", "Canberra"),
    ("the Czech Republic", "Czech", "Prague"), ("Lithuania", "Lithuanian", "Vilnius"),
    ("Estonia", "Estonian", "Tallinn"), ("Belgium", "Belgian", "Brussels"), ("Portugal", "Portuguese", "Lisbon"),
    ("South Korea", "South Korean", "Seoul"), ("Turkey", "Turkish", "Ankara"),
]
RECIPIENTS = [
    ("Ukraine", "Ukrainian", "Kyiv"), ("Taiwan", "Taiwanese", "Taipei"), ("Moldova", "Moldovan", "Chisinau"),
    ("Somalia", "Somali", "Mogadishu"), ("Niger", "Nigerien", "Niamey"), ("Iraq", "Iraqi", "Baghdad"),
    ("Jordan", "Jordanian", "Amman"), ("Georgia", "Georgian", "Tbilisi"), ("Armenia", "Armenian", "Yerevan"),
    ("the Philippines", "Philippine", "Manila"), ("Kenya", "Kenyan", "Nairobi"),
]
RIVALS = [
    ("Russia", "Russian", "Moscow"), ("China", "Chinese", "Beijing"), ("Iran", "Iranian", "Tehran"),
    ("Belarus", "Belarusian", "Minsk"), ("Azerbaijan", "Azerbaijani", "Baku"), ("Sudan", "Sudanese", "Khartoum"),
    ("Israel", "Israeli", "Jerusalem"), ("Serbia", "Serbian", "Belgrade"), ("Venezuela", "Venezuelan", "Caracas"),
]
LEADERS = [
    "President Volodymyr Zelensky", "President Volodymyr Zelenskyy", "President Vladimir Putin",
    "President Donald Trump", "Chancellor Friedrich Merz", "President Emmanuel Macron",
    "Prime Minister Keir Starmer", "Prime Minister Mette Frederiksen", "Prime Minister Donald Tusk",
    "President Recep Tayyip Erdogan", "Prime Minister Giorgia Meloni", "President Maia Sandu",
    "Prime Minister Mark Carney", "President Alexander Stubb", "Prime Minister Jonas Gahr Store",
]
OFFICIALS = [
    "Foreign Minister Annalena Ruoff", "Defence Minister Pal Jonson", "Foreign Minister Jan Lipavsky",
    "Defense Minister Rustem Umerov", "Foreign Minister Andrii Sybiha", "Foreign Minister Sergei Lavrov",
    "Secretary of State Marco Rubio", "Defense Secretary Pete Hegseth", "special envoy Keith Kellogg",
    "envoy Steve Witkoff", "Foreign Minister Radoslaw Sikorski", "Defence Minister Troels Lund Poulsen",
    "Foreign Minister Kaja Vanter", "Deputy Foreign Minister Sergei Ryabkov", "Defence Minister John Healey",
    "NATO Secretary General Mark Rutte", "presidential aide Yuri Ushakov", "chief of staff Andriy Yermak",
]
CITIES = [
    "Kharkiv", "Odesa", "Zaporizhzhia", "Dnipro", "Sumy", "Kherson", "Mykolaiv", "Kryvyi Rih",
    "Pokrovsk", "Kramatorsk", "Sloviansk", "Chernihiv", "Poltava", "Kostiantynivka", "Nikopol",
    "Belgorod", "Kursk", "Goma", "El Fasher", "Khan Younis", "Rafah", "Mogadishu", "Aleppo", "Idlib",
]
REGIONS = [
    "Donetsk region", "Kharkiv region", "Zaporizhzhia region", "Sumy region", "Kherson region",
    "Dnipropetrovsk region", "North Kivu province", "Darfur", "the Gaza Strip", "Idlib province",
]
COMPANIES = [
    "Nordvik Energy", "Castellan Foods", "Aurora Telecom", "Helmsley Retail", "Baltic Timber Group",
    "Vantor Motors", "Greenfield Agritech", "Orion Airlines", "Kestrel Pharma", "Meridian Steel",
]
WEAPONS = [
    "air defence systems", "155mm artillery shells", "armoured vehicles", "Patriot interceptors",
    "HIMARS rocket launchers", "Leopard tanks", "F-16 fighter jets", "anti-tank missiles",
    "drones", "air-to-air missiles", "howitzers", "ammunition", "coastal defence missiles",
    "mine-clearing equipment", "radar systems", "small arms and ammunition",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMWORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "11", "12", "14",
            "17", "21", "23", "30", "42"]
CURRENCY_AMOUNTS = ["$1.2 billion", "$450 million", "€500 million", "€1.4 billion", "£300 million",
                    "2.5 billion kroner", "$970 million", "$75 million", "€2 billion", "$3.1 billion"]
