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

# Hand-written dev checks for broad terms (category, gold, sentence).
CHECKS = [
    ("military_aid", False, "Russian drones hit an ammunition depot in the occupied south, the general staff said."),
    ("military_aid", False, "The helicopter carrying the governor landed safely in Odesa."),
    ("military_aid", False, "Police used armoured vehicles to block roads during the protest."),
    ("military_aid", False, "Lawmakers voted to raise the defence budget to buy new tanks for its own army."),
    ("military_aid", False, "Air defence units stopped 30 of 35 drones overnight."),
    ("military_aid", False, "The company supplies batteries for electric cars."),
    ("military_aid", False, "Mistral AI signed a partnership with a French bank."),
    ("military_aid", True, "Russia obtained hundreds of drones from Iran last year, according to U.S. intelligence."),
    ("diplomacy", False, "Zelensky told a news conference in Kyiv that the front was stable."),
    ("diplomacy", False, "The minister will travel to Lviv on Friday to open a new hospital."),
    ("diplomacy", False, "The president invited journalists to a briefing at the palace."),
    ("diplomacy", False, "Manchester City face Arsenal in the Premier League on Sunday."),
    ("diplomacy", False, "Russia's mobile phone networks were disrupted in Belgorod and Kursk."),
    ("diplomacy", False, "Russian troops committed war crimes in Bucha, Ukrainian prosecutors say."),
    ("diplomacy", False, "Aid workers said the final convoy reached the city."),
    ("diplomacy", True, "Ukraine's foreign minister met his Moldovan counterpart in Chisinau."),
    ("diplomacy", True, "The Kremlin said Putin and Xi exchanged views on a settlement in Ukraine."),
    ("casualties", False, "A military helicopter crashed during a training flight, killing two pilots."),
    ("casualties", False, "Russia's economic losses from the war are mounting, economists say."),
    ("casualties", False, "A former army general died aged 91, his family said."),
    ("casualties", False, "Troops were trapped in the encircled town for weeks."),
    ("casualties", True, "Two people were killed when a Storm Shadow missile hit a command post, Russian officials said."),
]


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
    for cat, gold, text in CHECKS:
        rows.append({"text": text, "category": cat, "gold": gold})
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} dev sentences to {out}")


if __name__ == "__main__":
    main()
