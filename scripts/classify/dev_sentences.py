#!/usr/bin/env python3
"""Writes DEV sentence-level checks for `examples/classify_sentences.rs`: every template of the
dev pools (pools_dev.py, pools_dev2.py), filled a few times, labelled by its pool (positive
pool -> gold for that category; hard-negative pool and filler -> not gold for that category;
filler is checked against every category). Dev only: never reads a held-out pool.

    python3 scripts/classify/dev_sentences.py /tmp/dev_sentences.jsonl
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_corpus as M  # noqa: E402
import pools_dev  # noqa: E402
import pools_dev2  # noqa: E402

CATS = ["military_aid", "diplomacy", "casualties"]


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/dev_sentences.jsonl")
    rng = random.Random(7)
    rows = []
    for pools in (pools_dev, pools_dev2):
        pos = {"military_aid": pools.MIL_AID, "diplomacy": pools.DIPLOMACY, "casualties": pools.CASUALTIES}
        neg = {"military_aid": pools.MIL_AID_NEG, "diplomacy": pools.DIPLOMACY_NEG,
               "casualties": pools.CASUALTIES_NEG}
        for cat in CATS:
            for t in pos[cat]:
                for _ in range(3):
                    rows.append({"text": M.fill(t, rng, pools), "category": cat, "gold": True})
            for t in neg[cat]:
                for _ in range(3):
                    rows.append({"text": M.fill(t, rng, pools), "category": cat, "gold": False})
            for t in pools.FILLER:
                rows.append({"text": M.fill(t, rng, pools), "category": cat, "gold": False})
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} dev sentences to {out}")


if __name__ == "__main__":
    main()
