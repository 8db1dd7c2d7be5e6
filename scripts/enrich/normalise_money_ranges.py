#!/usr/bin/env python3
"""Apply the money-range labelling convention to blind-written gold files.

Convention (docs/enrich-eval.md): a money range ("between $400m and $600m", "$2bn-$3bn",
"$2bn to $3bn") is ONE amount, its lower bound, as "between 10 and 15" is 10 for casualty
counts. Some writers labelled both ends; this removes the upper bound from the gold when the
text states the range. Prints every removal. Usage: normalise_money_ranges.py FILE...
"""
import json
import re
import sys

AMOUNT = r"(?:[A-Z]{3}\s?|[$€£¥₹₦₴₽₪₺R]|R\$|KM\s?|Rs\.?\s?)?\d[\d.,]*\s?(?:bn|billion|million|mn|m|trillion|tn|trn|k)?"
RANGE = re.compile(
    rf"between\s+({AMOUNT})\s+and\s+({AMOUNT})|({AMOUNT})\s?[-–]\s?({AMOUNT})|({AMOUNT})\s+to\s+({AMOUNT})"
)
SCALE = {"bn": 1e9, "billion": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6, "trillion": 1e12,
         "tn": 1e12, "trn": 1e12, "k": 1e3, None: 1.0}


def value(s):
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s?(bn|billion|million|mn|m|trillion|tn|trn|k)?\b", s)
    return float(m.group(1).replace(",", "")) * SCALE[m.group(2)] if m else None


def main(paths):
    for path in paths:
        rows = []
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            text = d["headline"] + "\n\n" + d["body"]
            uppers = []
            for m in RANGE.finditer(text):
                lo, hi = [g for g in m.groups() if g is not None][:2]
                # Only a range of money: a symbol or code on at least one bound.
                if not re.search(r"[A-Z$€£¥₹₦₴₽₪₺]", lo + hi):
                    continue
                v_lo, v_hi = value(lo), value(hi)
                if v_lo and v_hi and v_hi > v_lo:
                    uppers.append(v_hi)
            money = d["gold"].get("money", [])
            keep = [a for a in money if not any(abs(a["value"] - u) <= 1e-6 * u for u in uppers)]
            for a in money:
                if a not in keep:
                    print(f"{d['id']}: removed upper bound {a['value']} {a['currency']}")
            d["gold"]["money"] = keep
            rows.append(json.dumps(d, ensure_ascii=False))
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
