#!/usr/bin/env python3
"""Agreement between two labellings of casualty totals (inter-annotator agreement).

data/enrich/agreement_fresh12_13_casualties.jsonl is a second, independent labelling of the
casualty totals of fresh12 and fresh13 (written from the texts alone, without the first gold or
any extractor output). Scored like `wirefeed eval enrich` scores casualties: (kind, count)
items per article. Usage:
  python3 scripts/enrich/agreement.py data/enrich/agreement_fresh12_13_casualties.jsonl \\
      data/enrich/fresh12.jsonl data/enrich/fresh13.jsonl
"""
import json
import sys


def items(casualties):
    return {(c["kind"], c["count"]) for c in casualties}


def main(second_path, gold_paths):
    gold = {}
    for path in gold_paths:
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            gold[d["id"]] = items(d["gold"].get("casualties", []))
    second = {}
    for line in open(second_path, encoding="utf-8"):
        d = json.loads(line)
        second[d["id"]] = items(d.get("casualties", []))
    missing = sorted(set(gold) - set(second))
    if missing:
        sys.exit(f"second labelling lacks {len(missing)} articles, e.g. {missing[:3]}")
    g = sum(len(v) for v in gold.values())
    s = sum(len(second[k]) for k in gold)
    ok = sum(len(gold[k] & second[k]) for k in gold)
    differ = [k for k in gold if gold[k] != second[k]]
    print(f"articles {len(gold)}; items first {g}, second {s}, agreeing {ok}")
    print(f"agreement: precision {ok / s:.3f} recall {ok / g:.3f} F1 {2 * ok / (g + s):.3f}")
    for k in differ:
        print(f"  differ {k}: first {sorted(gold[k])} second {sorted(second[k])}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
