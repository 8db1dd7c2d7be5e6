#!/usr/bin/env python3
"""Builds data/classify/corpus.jsonl: the labelled classification corpus.

Deterministic (fixed seed). Composes article-length wire texts from hand-written sentence
pools, plus fully hand-written articles (each carries its own split):
  * split "dev": pools_dev.py, pools_dev2.py, pools_dev3.py + the dev articles of
    handwritten.py.
  * acceptance splits, written blind and never used for tuning: "heldout3"
    (pools_heldout3.py + handwritten_heldout3.py), "heldout7" and "heldout8" (two new authors,
    round 5: pools_heldout7/8.py + handwritten_heldout7/8.py).
  * retired splits, development material once measured: "heldout_retired" (the first
    held-out split: pools_heldout.py + the old held-out articles of handwritten.py),
    "heldout2_retired" (pools_heldout2.py + handwritten_heldout2.py, measured in rounds 1-3)
    and "heldout4_retired" (pools_heldout4.py + handwritten_heldout4.py, measured in round 3),
    studied in round 4; "heldout5_retired" and "heldout6_retired" (pools_heldout5/6.py +
    handwritten_heldout5/6.py, measured in round 4), studied in round 5.
Run from the repo root:

    python3 scripts/classify/make_corpus.py
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pools_common as C  # noqa: E402
import pools_dev  # noqa: E402
import pools_heldout  # noqa: E402
import pools_heldout2  # noqa: E402
import pools_dev2  # noqa: E402
import pools_dev3  # noqa: E402
import pools_heldout3  # noqa: E402
import handwritten  # noqa: E402
import handwritten_heldout2  # noqa: E402
import handwritten_heldout3  # noqa: E402
import pools_heldout4  # noqa: E402
import handwritten_heldout4  # noqa: E402
import pools_heldout5  # noqa: E402
import handwritten_heldout5  # noqa: E402
import pools_heldout6  # noqa: E402
import handwritten_heldout6  # noqa: E402
import pools_heldout7  # noqa: E402
import handwritten_heldout7  # noqa: E402
import pools_heldout8  # noqa: E402
import handwritten_heldout8  # noqa: E402

CATS = ["military_aid", "diplomacy", "casualties"]
SEED = 20250401
N_DEV = 200
N_HELDOUT = 160
N_HELDOUT2 = 160
N_DEV2 = 200
N_HELDOUT3 = 142
N_HELDOUT4 = 150
N_DEV3 = 250
N_HELDOUT5 = 160
N_HELDOUT6 = 160
N_HELDOUT7 = 160
N_HELDOUT8 = 160


def fill(template, rng, pools):
    """Fills a template; a pools module may bring its own entity lists (else pools_common's)."""
    E = lambda name: getattr(pools, name, getattr(C, name))  # noqa: E731
    donor = rng.choice(E("DONORS"))
    rec = rng.choice(E("RECIPIENTS"))
    rival = rng.choice(E("RIVALS"))
    leaders = rng.sample(E("LEADERS"), 2)
    officials = rng.sample(E("OFFICIALS"), 2)
    weapons = rng.sample(E("WEAPONS"), 2)
    n, n2 = rng.sample(E("NUMWORDS"), 2)
    amounts = rng.sample(E("CURRENCY_AMOUNTS"), 2)
    values = {
        "donor": donor[0], "donor_adj": donor[1], "donor_cap": donor[2],
        "rec": rec[0], "rec_adj": rec[1], "rec_cap": rec[2],
        "rival": rival[0], "rival_adj": rival[1], "rival_cap": rival[2],
        "leader": leaders[0], "leader2": leaders[1],
        "official": officials[0], "official2": officials[1],
        "weapon": weapons[0], "weapon2": weapons[1],
        "n": n, "n2": n2, "amount": amounts[0], "amount2": amounts[1],
        "city": rng.choice(E("CITIES")), "region": rng.choice(E("REGIONS")),
        "company": rng.choice(E("COMPANIES")), "month": rng.choice(E("MONTHS")),
        "day": rng.choice(E("DAYS")),
    }
    text = template.format(**values)
    return text[0].upper() + text[1:]


def paragraph(lead_pool, pools, rng):
    """A paragraph: one sentence from lead_pool, then 0-2 filler sentences."""
    sents = [fill(rng.choice(lead_pool), rng, pools)]
    for _ in range(rng.randint(0, 2)):
        sents.append(fill(rng.choice(pools.FILLER), rng, pools))
    return " ".join(sents)


def article(i, split, pools, rng, tag="gen"):
    # Label set: about a quarter with none, many with two or three categories.
    r = rng.random()
    if r < 0.22:
        labels = []
    elif r < 0.55:
        labels = [rng.choice(CATS)]
    elif r < 0.85:
        labels = rng.sample(CATS, 2)
    else:
        labels = list(CATS)
    pos = {"military_aid": pools.MIL_AID, "diplomacy": pools.DIPLOMACY, "casualties": pools.CASUALTIES}
    neg = {"military_aid": pools.MIL_AID_NEG, "diplomacy": pools.DIPLOMACY_NEG,
           "casualties": pools.CASUALTIES_NEG}
    paras = []
    for cat in labels:
        for _ in range(rng.choice([1, 1, 1, 2])):
            paras.append(paragraph(pos[cat], pools, rng))
    # Hard negatives, for any category (including labelled ones).
    for cat in CATS:
        for _ in range(rng.choice([0, 1, 1, 2] if cat not in labels else [0, 1])):
            paras.append(paragraph(neg[cat], pools, rng))
    # Filler to make some articles long, where the category is one paragraph among many.
    n_filler = rng.choice([1, 2, 3, 4, 6, 10, 16]) if rng.random() < 0.3 else rng.randint(1, 3)
    for _ in range(n_filler):
        paras.append(" ".join(fill(rng.choice(pools.FILLER), rng, pools) for _ in range(rng.randint(2, 3))))
    rng.shuffle(paras)
    head_key = rng.choice(labels) if labels and rng.random() < 0.7 else "none"
    headline = fill(rng.choice(pools.HEADLINES[head_key]), rng, pools)
    return {
        "id": f"{split}-{tag}-{i:04d}",
        "split": split,
        "origin": "generated",
        "headline": headline,
        "body": "\n\n".join(paras),
        "labels": sorted(labels, key=CATS.index),
    }


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("data/classify/corpus.jsonl")
    rows = []
    # (split, pools, how many, seed offset, id tag): each split has its own generator, so
    # adding a split never changes the others.
    generated = [
        ("dev", pools_dev, N_DEV, 0, "gen"),
        ("heldout_retired", pools_heldout, N_HELDOUT, 1, "gen"),
        ("heldout2_retired", pools_heldout2, N_HELDOUT2, 2, "gen"),
        ("dev", pools_dev2, N_DEV2, 3, "gen2"),
        ("heldout3", pools_heldout3, N_HELDOUT3, 4, "gen"),
        ("heldout4_retired", pools_heldout4, N_HELDOUT4, 5, "gen"),
        ("dev", pools_dev3, N_DEV3, 6, "gen3"),
        ("heldout5_retired", pools_heldout5, N_HELDOUT5, 7, "gen"),
        ("heldout6_retired", pools_heldout6, N_HELDOUT6, 60, "gen"),
        ("heldout7", pools_heldout7, N_HELDOUT7, 77, "gen"),
        ("heldout8", pools_heldout8, N_HELDOUT8, 80, "gen"),
    ]
    for split, pools, n, offset, tag in generated:
        rng = random.Random(SEED + offset)
        rows += [article(i, split, pools, rng, tag=tag) for i in range(n)]
    hand = [dict(a, split="heldout_retired" if a["split"] == "heldout" else a["split"])
            for a in handwritten.ARTICLES]
    for split, module in [
        ("heldout2_retired", handwritten_heldout2),
        ("heldout3", handwritten_heldout3),
        ("heldout4_retired", handwritten_heldout4),
        ("heldout5_retired", handwritten_heldout5),
        ("heldout6_retired", handwritten_heldout6),
        ("heldout7", handwritten_heldout7),
        ("heldout8", handwritten_heldout8),
    ]:
        hand += [dict(a, split=split) for a in module.ARTICLES]
    for i, a in enumerate(hand):
        for lab in a["labels"]:
            assert lab in CATS, (i, lab)
        rows.append({
            "id": f"{a['split']}-hand-{i:03d}",
            "split": a["split"],
            "origin": "handwritten",
            "headline": a["headline"],
            "body": a["body"].strip(),
            "labels": sorted(a["labels"], key=CATS.index),
        })
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {}
    for r in rows:
        counts[r["split"]] = counts.get(r["split"], 0) + 1
    print(f"wrote {len(rows)} articles to {out}: {counts}")


if __name__ == "__main__":
    main()
