#!/usr/bin/env python3
"""Checks the format of wirefeed's labelled extraction files (data/enrich/*.jsonl).

    python3 scripts/enrich/check_gold.py data/enrich/corpus.jsonl data/enrich/fresh.jsonl ...

Per line: valid JSON object; `id` (unique in its file; an id in two files given must have the same text, as
corpus.jsonl embeds handwritten.jsonl, adding geoname ids), `body`, `gold` present;
`headline`/`published_at` strings when present (published_at RFC 3339 with a time zone);
gold fields of the right types (the `Labelled`/`Gold` structs of src/enrich/eval.rs):
  places       [{name, country (2 upper letters), geoname_id (optional; in
               data/reference/cities.tsv with that country)}]
  money        [{value (number > 0), currency (3 upper letters)}]
  casualties   [{kind in killed|injured|missing, count (integer >= 0)}], one per kind
  dates        [{start, end}] ISO dates with start <= end
  people, orgs null or [string]; quotes null or [{speaker, text}]; event_places null or
               [name of a gold place]
Each place, person and org name and each quote text must occur in headline + "\\n\\n" + body
(a place may also occur upper-cased in a dateline, or under one of its GeoNames names, e.g.
gold "Kyiv" for "Kiev"), and
each quote speaker must be one of the gold people when people is labelled.
Errors are printed as FILE:LINE: message; the exit status is 1 if there is any.
Warnings (printed, not failing): a geoname_id of 0.
"""
import datetime as dt
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLD_KEYS = {"places", "money", "casualties", "dates", "people", "orgs", "quotes", "event_places"}
KINDS = {"killed", "injured", "missing"}


def load_gazetteer():
    """(name, country) -> set of all names of the places with that name; id -> country."""
    groups, ids = {}, {}
    path = os.path.join(ROOT, "data/reference/cities.tsv")
    if not os.path.exists(path):
        return groups, ids
    with open(path, encoding="utf-8") as f:
        for row in f:
            if row.startswith("#"):
                continue
            c = row.rstrip("\n").split("\t")
            if len(c) < 5:
                continue
            names = {n for n in [c[1], c[2]] + c[3].split("|") if n}
            ids[int(c[0])] = c[4]
            for n in names:
                groups.setdefault((n, c[4]), set()).update(names)
    return groups, ids


GROUPS, IDS = load_gazetteer()


def occurs(name, text):
    """True if `name` occurs in `text` as whole words (case-sensitive)."""
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


def is_date(s):
    try:
        return dt.date.fromisoformat(s) if isinstance(s, str) and len(s) == 10 else None
    except ValueError:
        return None


def check_article(a, err, warn):
    for k in ("id", "body", "gold"):
        if k not in a:
            err(f"missing key {k!r}")
    if not isinstance(a.get("id", ""), str) or not a.get("id"):
        err("id must be a non-empty string")
    if not isinstance(a.get("body", ""), str):
        err("body must be a string")
    if not isinstance(a.get("headline", ""), str):
        err("headline must be a string")
    pub = a.get("published_at")
    if pub is not None:
        try:
            p = dt.datetime.fromisoformat(pub.replace("Z", "+00:00")) if isinstance(pub, str) else None
            if p is None or p.tzinfo is None:
                err(f"published_at {pub!r} needs a time zone")
        except ValueError:
            err(f"published_at {pub!r} is not RFC 3339")
    gold = a.get("gold")
    if not isinstance(gold, dict):
        if "gold" in a:
            err("gold must be an object")
        return
    for k in gold:
        if k not in GOLD_KEYS:
            err(f"unknown gold field {k!r}")
    text = f"{a.get('headline', '')}\n\n{a.get('body', '')}"

    def items(field, optional):
        v = gold.get(field)
        if v is None:
            if not optional and field in gold:
                err(f"gold.{field} must be a list, not null")
            return []
        if not isinstance(v, list):
            err(f"gold.{field} must be a list")
            return []
        return v

    place_names = set()
    for p in items("places", False):
        if not isinstance(p, dict) or not isinstance(p.get("name"), str) or not isinstance(p.get("country"), str):
            err(f"place {p!r}: needs name and country strings")
            continue
        name, cc = p["name"], p["country"]
        place_names.add(name)
        if not re.fullmatch(r"[A-Z]{2}", cc):
            err(f"place {name!r}: country {cc!r} is not an ISO 3166-1 alpha-2 code")
        gid = p.get("geoname_id")
        if gid is not None:
            if not isinstance(gid, int) or isinstance(gid, bool) or gid < 0:
                err(f"place {name!r}: geoname_id {gid!r} must be a non-negative integer")
            elif gid == 0:
                warn(f"place {name!r}: geoname_id 0 is not a GeoNames id (treat as absent?)")
            elif IDS and gid not in IDS:
                err(f"place {name!r}: geoname_id {gid} not in data/reference/cities.tsv")
            elif IDS and IDS[gid] != cc:
                err(f"place {name!r}: geoname_id {gid} is in {IDS[gid]}, not {cc}")
        aliases = GROUPS.get((name, cc), set()) | {name}
        if not any(occurs(n, text) or occurs(n.upper(), text) for n in aliases):
            err(f"place {name!r} does not occur in the text (nor any of its GeoNames names)")
    for m in items("money", False):
        if not isinstance(m, dict):
            err(f"money {m!r} must be an object")
            continue
        v, c = m.get("value"), m.get("currency")
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not v > 0:
            err(f"money {m!r}: value must be a positive number")
        if not isinstance(c, str) or not re.fullmatch(r"[A-Z]{3}", c):
            err(f"money {m!r}: currency must be a 3-letter ISO 4217 code")
    kinds = set()
    for c in items("casualties", False):
        if not isinstance(c, dict):
            err(f"casualty {c!r} must be an object")
            continue
        kind, count = c.get("kind"), c.get("count")
        if kind not in KINDS:
            err(f"casualty {c!r}: kind must be killed|injured|missing")
        elif kind in kinds:
            err(f"casualty kind {kind!r} twice (gold holds the article's total per kind)")
        kinds.add(kind)
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            err(f"casualty {c!r}: count must be a non-negative integer")
    for d in items("dates", False):
        if not isinstance(d, dict):
            err(f"date {d!r} must be an object")
            continue
        s, e = is_date(d.get("start")), is_date(d.get("end"))
        if s is None or e is None:
            err(f"date {d!r}: start and end must be ISO dates YYYY-MM-DD")
        elif s > e:
            err(f"date {d!r}: start after end")
    people = items("people", True)
    for field in ("people", "orgs"):
        for n in items(field, True):
            if not isinstance(n, str) or not n.strip():
                err(f"{field}: {n!r} must be a non-empty string")
            elif not occurs(n, text):
                err(f"{field}: {n!r} does not occur in the text")
    for q in items("quotes", True):
        if not isinstance(q, dict) or not isinstance(q.get("speaker"), str) or not isinstance(q.get("text"), str):
            err(f"quote {q!r}: needs speaker and text strings")
            continue
        if not q["text"].strip() or q["text"] not in text:
            err(f"quote text {q['text']!r} does not occur in the text")
        if gold.get("people") is not None and q["speaker"] not in people:
            err(f"quote speaker {q['speaker']!r} is not among gold people")
    for n in items("event_places", True):
        if n not in place_names:
            err(f"event_place {n!r} is not a gold place name")


def main(paths):
    if not paths:
        sys.exit("usage: check_gold.py FILE...")
    errors = warnings = 0
    ids = {}
    for path in paths:
        file_ids = {}
        with open(path, encoding="utf-8") as f:
            for no, line in enumerate(f, 1):
                where = f"{path}:{no}"

                def err(msg, where=where):
                    nonlocal errors
                    errors += 1
                    print(f"{where}: error: {msg}")

                def warn(msg, where=where):
                    nonlocal warnings
                    warnings += 1
                    print(f"{where}: warning: {msg}")

                if not line.strip():
                    err("empty line")
                    continue
                try:
                    a = json.loads(line)
                except json.JSONDecodeError as e:
                    err(f"invalid JSON: {e}")
                    continue
                if not isinstance(a, dict):
                    err("line is not a JSON object")
                    continue
                aid = a.get("id")
                if isinstance(aid, str):
                    if aid in file_ids:
                        err(f"duplicate id {aid!r} (first at {file_ids[aid]})")
                    key = tuple(a.get(k) for k in ("headline", "body", "published_at"))
                    if aid not in file_ids and aid in ids and ids[aid][1] != key:
                        err(f"id {aid!r} also at {ids[aid][0]} with another text")
                    file_ids.setdefault(aid, where)
                    ids.setdefault(aid, (where, key))
                check_article(a, err, warn)
    print(f"{len(ids)} articles in {len(paths)} file(s): {errors} error(s), {warnings} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
