#!/usr/bin/env python3
"""Generates data/enrich/corpus.jsonl: wirefeed's labelled extraction corpus.

All text is written by the wirefeed project: hand-written sentence pools composed into
wire-style articles with a fixed seed (deterministic), plus fully hand-written articles from
data/enrich/handwritten.jsonl (copied through unchanged, gold written by hand).

    python3 data/enrich/generate.py > data/enrich/corpus.jsonl

data/enrich/fresh.jsonl (50 hand-written articles, same gold format) is deliberately NOT part
of the corpus: it was labelled blind to the extractors, as a held-out set. Check the format of
all three files with scripts/enrich/check_gold.py.

Gold labels per article:
  places:      [{name, country, geoname_id}]  distinct places mentioned as places (not
               metonyms, not parts of names); geoname_id resolved from
               data/reference/cities.tsv (the most populous place with that spelling in
               that country)
  money:       [{value, currency}]            one per amount (a linked conversion is one)
  casualties:  [{kind, count}]                article totals per kind, restatements once
  dates:       [{start, end}]                 distinct resolved dates (ISO)
  event_places: [name]                        the places (of `places`) where an event of the
                                              article happened or is to happen (strike, talks,
                                              meeting, arrest), not mere mentions
  people:      [name]                         full canonical names of the people the text
                                              names (officials, leaders)
  orgs:        [name]                         organisations named in the text, as usually
                                              written without the article ("Defence
                                              Ministry", "Kremlin", "European Union", "Kyiv
                                              Independent"); not generic nouns ("the
                                              government", "parliament", "the ministry"),
                                              not capitals as metonyms ("Moscow has denied"),
                                              not "Union leaders", not the wire's own dateline
  quotes:      [{speaker, text}]              quoted speech (the templates insert none: [])
Every template or filler sentence that inserts a person or an organisation adds it to the
gold (FILLER_ENTITIES for the filler pools; the builders for their own templates), so
people, orgs and quotes are complete ([] = labelled as none).
Date rules (as documented in src/enrich/dates.rs): a weekday alone is the latest such day on
or before publication (on or after it in a future sentence); a month-day without a year is
the latest such date at most 30 days after publication (the first on or after it in a future
sentence).
"""
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RNG = random.Random(20250401)


def load_gazetteer():
    names = {}
    with open(os.path.join(ROOT, "data/reference/cities.tsv"), encoding="utf-8") as f:
        for row in f:
            if row.startswith("#"):
                continue
            c = row.rstrip("\n").split("\t")
            for n in [c[1], c[2]] + c[3].split("|"):
                if n:
                    names.setdefault((n, c[4]), []).append((int(c[8]), int(c[0])))
    return names


GAZ = load_gazetteer()


def place(name, cc):
    cands = GAZ.get((name, cc))
    if not cands:
        sys.exit(f"place {name} ({cc}) not in the gazetteer")
    return {"name": name, "country": cc, "geoname_id": max(cands)[1]}


# ---- pools -------------------------------------------------------------------------------
UA_CITIES = ["Kharkiv", "Kyiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Kherson",
             "Mykolaiv", "Lviv", "Kramatorsk", "Sloviansk", "Pokrovsk", "Poltava", "Chernihiv",
             "Kryvyi Rih", "Izium", "Kupiansk", "Nikopol", "Kostiantynivka", "Vinnytsia",
             "Zhytomyr", "Kremenchuk", "Pavlohrad", "Chuhuiv", "Okhtyrka", "Uman", "Izmail",
             "Kharkov", "Kiev"]
CONFLICT = {
    "SY": ["Aleppo", "Idlib", "Homs", "Damascus", "Latakia", "Deir ez-Zor"],
    "SD": ["Khartoum", "Omdurman", "El Fasher", "Nyala", "Port Sudan", "El Obeid"],
    "LB": ["Beirut", "Tyre", "Sidon", "Baalbek"],
    "YE": ["Sanaa", "Aden", "Marib"],
    "IQ": ["Mosul", "Kirkuk", "Erbil"],
    "SO": ["Mogadishu", "Kismayo", "Baidoa"],
    "CD": ["Goma", "Bunia", "Bukavu"],
    "ML": ["Bamako", "Gao", "Timbuktu"],
    "AF": ["Kabul", "Jalalabad"],
    "RU": ["Belgorod", "Kursk", "Bryansk", "Rostov-on-Don"],
    "IL": ["Haifa", "Ashkelon", "Sderot"],
}
COUNTRY_NAME = {"UA": "Ukraine", "SY": "Syria", "SD": "Sudan", "LB": "Lebanon", "YE": "Yemen",
                "IQ": "Iraq", "SO": "Somalia", "CD": "Congo", "ML": "Mali", "AF": "Afghanistan",
                "RU": "Russia", "IL": "Israel"}
VENUES = [("Riyadh", "SA"), ("Jeddah", "SA"), ("Istanbul", "TR"), ("Ankara", "TR"),
          ("Geneva", "CH"), ("Brussels", "BE"), ("Paris", "FR"), ("Berlin", "DE"),
          ("Warsaw", "PL"), ("Doha", "QA"), ("Cairo", "EG"), ("Vienna", "AT"),
          ("Helsinki", "FI"), ("Copenhagen", "DK"), ("Oslo", "NO"), ("Prague", "CZ"),
          ("London", "GB"), ("Rome", "IT"), ("Madrid", "ES"), ("Munich", "DE"),
          ("Vilnius", "LT"), ("Tallinn", "EE"), ("The Hague", "NL"), ("Stockholm", "SE")]
DONORS = [("Denmark", "Danish", "DKK", "Danish kroner"), ("Norway", "Norwegian", "NOK", "Norwegian kroner"),
          ("Sweden", "Swedish", "SEK", "Swedish kronor"), ("Germany", "German", "EUR", None),
          ("Britain", "British", "GBP", None), ("the Netherlands", "Dutch", "EUR", None),
          ("Canada", "Canadian", "CAD", "Canadian dollars"), ("Japan", "Japanese", "JPY", "yen"),
          ("Switzerland", "Swiss", "CHF", "Swiss francs"), ("Poland", "Polish", "PLN", "zlotys"),
          ("the Czech Republic", "Czech", "CZK", "Czech crowns"), ("the United States", "U.S.", "USD", None),
          ("Australia", "Australian", "AUD", "Australian dollars")]
OFFICIALS = ["Oleh Syniehubov", "Ivan Fedorov", "Vadym Filashkin", "Serhiy Lysak",
             "Vitaliy Kim", "Oleksandr Prokudin", "Ihor Terekhov", "Vyacheslav Gladkov"]
WEAPONS = ["drone", "missile", "glide bomb", "ballistic missile", "Shahed drone"]
TARGETS = ["an apartment building", "a residential block", "a shopping centre",
           "an energy facility", "a railway station", "a hospital", "a school", "a market",
           "a warehouse", "a bus stop"]
NUMW = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
        8: "eight", 9: "nine", 10: "10", 11: "11", 12: "12", 14: "14", 15: "15", 17: "17",
        21: "21", 23: "23", 31: "31"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
FILLER = [
    "The ministry did not immediately respond to a request for comment.",
    "Analysts said the move could shift the balance along the front line.",
    "Police said the area had been cordoned off while emergency crews worked.",
    "Most residents had already left the neighbourhood, local media reported.",
    "Officials may revise the figures as more information becomes available.",
    "The claims could not be independently verified.",
    "Rescuers said they would continue searching through the night.",
    "Nice words will not stop the drones, one resident told reporters.",
    "Talks on a ceasefire have stalled for weeks.",
    "Reading the statement aloud, the spokesperson urged calm.",
    "The Kremlin has not commented on the reports.",
    "Moscow has denied targeting civilians.",
    "Kyiv has repeatedly asked its allies for more air defence systems.",
    "Russian President Vladimir Putin has said the operation will continue.",
    "According to the Kyiv Independent, air raid alerts sounded across the region.",
    "Union leaders called for more protective equipment for emergency workers.",
    "The agency said it was too early to give a full damage assessment.",
]


GENERIC_FILLER = [f for f in FILLER if not any(w in f for w in ("Kyiv", "Kremlin", "Moscow", "Putin", "drones", "front line"))]


AID_FILLER = [
    "The ministry did not immediately respond to a request for comment.",
    "Analysts said the move could shift the balance along the front line.",
    "Officials may revise the delivery schedule if production allows.",
    "Most of the equipment will come from existing stocks, the ministry said.",
    "Critics in parliament said the package came too late.",
    "Kyiv has repeatedly asked its allies for more air defence systems.",
    "Reading the statement aloud, the spokesperson thanked the government for its support.",
    "The Kremlin has warned that Western weapons will only prolong the war.",
    "Union leaders at the state arms maker welcomed the extra orders.",
    "Nice words are not enough, one Ukrainian lawmaker said of earlier pledges.",
]
DIP_FILLER = [
    "The ministry did not immediately respond to a request for comment.",
    "Talks on a ceasefire have stalled for weeks.",
    "Officials may release a joint statement later.",
    "Most delegations arrived a day early, diplomats said.",
    "The Kremlin has not commented on the reports.",
    "Police said security around the venue had been tightened.",
    "Reading from prepared remarks, the host minister urged both sides to compromise.",
]


# People and organisations inserted by the filler sentences (all pools), by exact sentence.
FILLER_ENTITIES = {
    "The Kremlin has not commented on the reports.": {"orgs": ["Kremlin"]},
    "The Kremlin has warned that Western weapons will only prolong the war.": {"orgs": ["Kremlin"]},
    "Russian President Vladimir Putin has said the operation will continue.": {"people": ["Vladimir Putin"]},
    "According to the Kyiv Independent, air raid alerts sounded across the region.": {"orgs": ["Kyiv Independent"]},
}


def add_entities(gold, parts):
    """Adds the people and organisations of the filler sentences in `parts` to `gold`."""
    for part in parts:
        for field, names in FILLER_ENTITIES.get(part, {}).items():
            for n in names:
                if n not in gold[field]:
                    gold[field].append(n)


def nw(n):
    return NUMW.get(n, str(n))


def fmt_day(d):
    return f"{MONTHS[d.month - 1]} {d.day}"


# ---- money forms: (text, value, currency) ------------------------------------------------
def money_form(cur, name):
    x = RNG.choice([1.2, 1.5, 2, 2.5, 3.4, 4.8, 6.7, 7.5, 12, 25, 40, 120, 300, 450, 970])
    big = x < 100
    scale, factor = ("billion", 1e9) if big and RNG.random() < 0.6 else ("million", 1e6)
    value = x * factor
    sx = f"{x:g}"
    forms = []
    if cur == "USD":
        forms = [f"${sx} {scale}", f"US${sx} {scale}", f"{sx} {scale} U.S. dollars", f"USD {sx} {scale}"]
    elif cur == "EUR":
        short = "bn" if scale == "billion" else "m"
        forms = [f"€{sx}{short}", f"{sx} {scale} euros", f"€{sx} {scale}", f"EUR {sx} {scale}"]
    elif cur == "GBP":
        short = "bn" if scale == "billion" else "m"
        forms = [f"£{sx}{short}", f"{sx} {scale} pounds", f"£{sx} {scale}"]
    else:
        forms = [f"{sx} {scale} {name}", f"{cur} {sx} {scale}", f"{sx} {scale} {cur}"]
    return RNG.choice(forms), value, cur


def usd_text(value_usd):
    if value_usd >= 1e9:
        return f"${value_usd / 1e9:.1f} billion", round(value_usd / 1e8) * 1e8
    return f"${value_usd / 1e6:.0f} million", round(value_usd / 1e6) * 1e6


APPROX_PER_USD = {"DKK": 6.9, "NOK": 10.6, "SEK": 10.4, "EUR": 0.92, "GBP": 0.79,
                  "CAD": 1.36, "JPY": 150.0, "CHF": 0.88, "PLN": 3.9, "CZK": 23.0,
                  "USD": 1.0, "AUD": 1.5}


# ---- article builders ---------------------------------------------------------------------
def strike_article(pub, i):
    cc = "UA" if RNG.random() < 0.6 else RNG.choice(list(CONFLICT))
    city = RNG.choice(UA_CITIES if cc == "UA" else CONFLICT[cc])
    canonical = {"Kharkov": "Kharkiv", "Kiev": "Kyiv"}.get(city, city)
    gold = {"places": [place(city, cc)], "money": [], "casualties": [], "dates": [],
            "people": [], "orgs": [], "quotes": [], "event_places": [city]}
    killed = RNG.choice([0, 1, 2, 3, 4, 5, 7, 9, 12, 14, 21])
    injured = RNG.choice([0, 2, 3, 6, 8, 11, 15, 17, 23, 31])
    if killed == 0 and injured == 0:
        injured = 4
    weapon = RNG.choice(WEAPONS)
    target = RNG.choice(TARGETS)
    back = RNG.randint(0, 6)
    day = pub - dt.timedelta(days=back)
    if back == 0:
        when = RNG.choice(["on " + WEEKDAYS[day.weekday()], "early " + WEEKDAYS[day.weekday()], "today"])
    elif back == 1:
        when = RNG.choice(["yesterday", "on " + WEEKDAYS[day.weekday()], "late on " + fmt_day(day)])
    else:
        when = RNG.choice(["on " + WEEKDAYS[day.weekday()], "on " + fmt_day(day),
                           f"on {day.day} {MONTHS[day.month - 1]}"])
    gold["dates"].append({"start": day.isoformat(), "end": day.isoformat()})
    attacker = {"UA": "A Russian", "RU": "A Ukrainian", "IL": "A"}.get(cc, "A")
    parts = []
    harm = []
    if killed:
        harm.append(f"killing {nw(killed)} {'person' if killed == 1 else 'people'}")
        gold["casualties"].append({"kind": "killed", "count": killed})
    if injured:
        harm.append(f"{'and ' if killed else ''}injuring {nw(injured)} others" if killed else f"injuring {nw(injured)} people")
        gold["casualties"].append({"kind": "injured", "count": injured})
    official = RNG.choice(OFFICIALS) if cc in ("UA", "RU") else "a local official"
    named = cc in ("UA", "RU")  # official is a person's name (else "a local official")
    style = RNG.randint(0, 2)
    if style == 0:
        parts.append(f"{attacker} {weapon} struck {target} in {city} {when}, {' '.join(harm)}, "
                     f"{'regional governor ' if cc in ('UA', 'RU') else ''}{official} said.")
        if named:
            gold["people"].append(official)
    elif style == 1:
        parts.append(f"{city.upper()}, {COUNTRY_NAME[cc]} (Wirefeed) — {attacker} {weapon} hit {target} "
                     f"{when}, {' '.join(harm)}, officials said.")
    else:
        n = killed or injured
        who = f"At least {nw(n)} people were" if n > 1 else "One person was"
        parts.append(f"{who} {'killed' if killed else 'injured'} "
                     f"when {attacker.lower()} {weapon} slammed into {target} in {city} {when}, "
                     f"local authorities said.")
        if killed and injured:
            parts.append(f"Another {nw(injured)} people were wounded, {official} said on Telegram.")
            if named:
                gold["people"].append(official)
    # Optional second place: a neighbouring mention that is not the event location.
    if RNG.random() < 0.5:
        other = RNG.choice(UA_CITIES if cc == "UA" else CONFLICT[cc])
        if other not in (city, "Kharkov", "Kiev") and canonical != other:
            parts.append(f"Air raid sirens also sounded in {other}, about an hour later.")
            gold["places"].append(place(other, cc))
    if killed > 1 and RNG.random() < 0.4:
        parts.append(f"Of the {nw(killed)} dead, one was a child, the emergency service said.")
    if RNG.random() < 0.5:
        y = pub.year - RNG.randint(1, 3)
        parts.append(f"The city has been hit repeatedly since {y}.")
        gold["dates"].append({"start": f"{y}-01-01", "end": f"{y}-12-31"})
    parts += RNG.sample(FILLER if cc in ("UA", "RU") else GENERIC_FILLER, 2)
    add_entities(gold, parts)
    headline = f"{attacker.split()[-1] if attacker != 'A' else 'Deadly'} {weapon} attack on {canonical} leaves casualties".replace("A ", "")
    headline = RNG.choice([f"Strike on {canonical} kills {nw(killed)}" if killed else f"Strike on {canonical} injures {nw(injured)}",
                           f"{weapon.capitalize()} attack hits {canonical}",
                           f"Deadly strike in {canonical}" if killed else f"Several hurt in {canonical} strike"])
    return headline, parts, gold


def aid_article(pub, i):
    country, adj, cur, name = RNG.choice(DONORS)
    gold = {"places": [], "money": [], "casualties": [], "dates": [], "people": [],
            "orgs": [], "quotes": [], "event_places": []}
    text, value, cur = money_form(cur, name)
    conv = ""
    if cur != "USD" and RNG.random() < 0.5:
        utext, _ = usd_text(value / APPROX_PER_USD[cur])
        conv = RNG.choice([f" ({utext})", f" (about {utext})", f", or about {utext},"])
    gold["money"].append({"value": value, "currency": cur})
    back = RNG.randint(1, 5)
    day = pub - dt.timedelta(days=back)
    when = RNG.choice([f"on {WEEKDAYS[day.weekday()]}", f"on {fmt_day(day)}"])
    gold["dates"].append({"start": day.isoformat(), "end": day.isoformat()})
    y1 = pub.year + RNG.randint(0, 1)
    y2 = y1 + RNG.randint(1, 3)
    span = RNG.choice([f"from {y1} until {y2}", f"between {y1} and {y2}", f"from {y1} to {y2}"])
    gold["dates"].append({"start": f"{y1}-01-01", "end": f"{y2}-12-31"})
    org = RNG.choice(["the Defence Ministry", "the government", "parliament"])
    if org == "the Defence Ministry":
        gold["orgs"].append("Defence Ministry")
    parts = [f"The {adj} government approved a new military aid package for Ukraine worth {text}{conv} "
             f"{when}, {org} said.".replace("The U.S. government", "The U.S. administration"),
             f"The package will be delivered {span} and includes air defence systems and artillery ammunition."]
    if RNG.random() < 0.5:
        venue, vcc = RNG.choice(VENUES)
        parts.append(f"The announcement came after a meeting of defence ministers in {venue}.")
        gold["places"].append(place(venue, vcc))
        gold["event_places"].append(venue)
    if RNG.random() < 0.4:
        t2, v2, c2 = money_form("EUR", None)
        parts.append(f"Separately, the European Union released {t2} from frozen Russian assets.")
        gold["orgs"].append("European Union")
        gold["money"].append({"value": v2, "currency": c2})
    if RNG.random() < 0.3:
        n = RNG.choice([2, 3, 5])
        parts.append(f"A similar package was approved {nw(n)} years ago, officials noted.")
        d = pub.replace(year=pub.year - n) if not (pub.month == 2 and pub.day == 29) else pub.replace(year=pub.year - n, day=28)
        gold["dates"].append({"start": d.isoformat(), "end": d.isoformat()})
    parts += RNG.sample(AID_FILLER, 2)
    add_entities(gold, parts)
    headline = RNG.choice([f"{country[0].upper() + country[1:]} approves new military aid for Ukraine",
                           f"{adj} aid package for Kyiv's forces approved".replace("Kyiv's forces", "Ukraine")])
    return headline, parts, gold


def diplomacy_article(pub, i):
    venue, vcc = RNG.choice(VENUES)
    gold = {"places": [place(venue, vcc)], "money": [], "casualties": [], "dates": [],
            "people": [], "orgs": [], "quotes": [], "event_places": [venue]}
    future = RNG.random() < 0.4
    if future:
        ahead = RNG.randint(2, 20)
        day = pub + dt.timedelta(days=ahead)
        when = RNG.choice([f"on {fmt_day(day)}", f"on {day.day} {MONTHS[day.month - 1]}"])
        first = f"Negotiators from both sides will meet in {venue} {when} for a new round of talks, diplomats said."
    else:
        back = RNG.randint(1, 6)
        day = pub - dt.timedelta(days=back)
        when = RNG.choice([f"on {WEEKDAYS[day.weekday()]}", f"last {WEEKDAYS[day.weekday()]}" if back < 7 and day.weekday() != pub.weekday() else f"on {fmt_day(day)}", f"on {fmt_day(day)}"])
        if when.startswith("last "):
            # "last Tuesday": the latest such day strictly before publication.
            pass
        first = f"Foreign ministers met in {venue} {when} to discuss a possible ceasefire, officials said."
    gold["dates"].append({"start": day.isoformat(), "end": day.isoformat()})
    parts = [first]
    r = RNG.random()
    if r < 0.35:
        m = pub.month % 12 + 1
        y = pub.year + (1 if pub.month == 12 else 0)
        parts.append("A follow-up summit is expected next month.")
        last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
        gold["dates"].append({"start": dt.date(y, m, 1).isoformat(), "end": last.isoformat()})
    elif r < 0.6:
        parts.append("The two leaders last spoke by phone earlier this year.")
        gold["dates"].append({"start": f"{pub.year}-01-01", "end": f"{pub.year}-12-31"})
    if RNG.random() < 0.4:
        v2, c2 = RNG.choice(VENUES)
        if v2 != venue:
            parts.append(f"Preparatory talks had been held in {v2}.")
            gold["places"].append(place(v2, c2))
            gold["event_places"].append(v2)
    parts.append(RNG.choice([
        "Washington has signalled it wants a deal quickly.",
        "Moscow has rejected any talk of foreign troops in Ukraine.",
        "Kyiv insists any agreement must respect its territorial integrity.",
        "The talks may continue into the evening, one diplomat said.",
    ]))
    parts += RNG.sample(DIP_FILLER, 1)
    add_entities(gold, parts)
    headline = RNG.choice(["Ministers hold ceasefire talks", f"Diplomats gather in {venue}", "Peace talks resume"])
    if headline.endswith(venue):
        pass
    return headline, parts, gold


def build(n):
    out = []
    start = dt.date(2023, 1, 10)
    for i in range(n):
        pub = start + dt.timedelta(days=RNG.randint(0, 1000))
        kind = i % 3
        builder = [strike_article, aid_article, diplomacy_article][kind]
        headline, parts, gold = builder(pub, i)
        # dedupe gold places and dates
        seen = set()
        gold["places"] = [p for p in gold["places"] if not (p["geoname_id"] in seen or seen.add(p["geoname_id"]))]
        seen = set()
        gold["dates"] = [d for d in gold["dates"] if not ((d["start"], d["end"]) in seen or seen.add((d["start"], d["end"])))]
        body = " ".join(parts[:2]) + "\n" + " ".join(parts[2:])
        hour = RNG.randint(6, 20)
        out.append({
            "id": f"gen-{i:03d}",
            "headline": headline,
            "body": body,
            "published_at": f"{pub.isoformat()}T{hour:02d}:{RNG.randint(0, 59):02d}:00Z",
            "gold": gold,
        })
    return out


def main():
    articles = build(180)
    hand = os.path.join(HERE, "handwritten.jsonl")
    if os.path.exists(hand):
        with open(hand, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                a = json.loads(line)
                a["gold"]["places"] = [
                    place(p["name"], p["country"]) if "geoname_id" not in p else p
                    for p in a["gold"].get("places", [])
                ]
                articles.append(a)
    for a in articles:
        print(json.dumps(a, ensure_ascii=False))


if __name__ == "__main__":
    main()
