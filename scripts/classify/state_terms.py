#!/usr/bin/env python3
"""Prints the country names, aliases, demonyms and capitals of the project's reference data
(data/reference/countries.tsv from pycountry/GeoNames, plus countries_aliases.tsv) as TOML term
strings, for the diplomacy rule "states" in data/classify/rules.toml. Only countries that have
a demonym in the alias file (sovereign states and a few territories) are listed; forms that
are also common English words are left out. Run from the repo root and paste the output:

    python3 scripts/classify/state_terms.py
"""
import re
from pathlib import Path

REF = Path("data/reference")
# Ambiguous with common words, first names or other places.
STOP = {"male", "victoria", "jersey", "us", "usa", "chad", "georgetown", "kingston", "sucre",
        "moroni", "castries", "roseau", "nassau", "praia", "apia", "avarua", "basseterre", "plymouth",
        "hamilton", "saint george's", "st. john's", "city", "america", "americans", "guinea"}


def main():
    names, nocap = {}, set()
    for line in (REF / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        f = line.split("\t")
        code, name, alts, capital = (f + ["", "", "", ""])[:4]
        names[code] = ([name] + [a for a in alts.split("|") if a and len(a) < 25], capital)
    extra, demonyms = {}, {}
    for line in (REF / "countries_aliases.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, kind, form = line.split("\t")[:3]
        if kind == "demonym":
            demonyms.setdefault(code, []).append(form)
        elif kind == "nocapital":
            nocap.add(code)
        else:
            extra.setdefault(code, []).append(form)
    terms = set()
    for code, forms in demonyms.items():
        ns, capital = names.get(code, ([], ""))
        cand = list(ns[:1]) + extra.get(code, []) + forms
        if capital and code not in nocap:
            cand.append(capital)
        for t in cand:
            t = t.strip().lower()
            if not t or t in STOP or not t.isascii() or not re.fullmatch(r"[a-z][a-z .'-]*[a-z.]", t):
                continue
            terms.add(t)
    out = sorted(terms)
    for i in range(0, len(out), 8):
        print("  " + ", ".join(f'"{t}"' for t in out[i:i + 8]) + ",")


if __name__ == "__main__":
    main()
