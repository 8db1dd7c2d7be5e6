#!/usr/bin/env python3
"""The pipeline a team would otherwise write: aiokafka in, datasketch MinHashLSH dedup,
regex classification, JSON out. The reference for wirefeed's throughput benchmark.

usage: reference_pipeline.py BOOTSTRAP INPUT_TOPIC OUTPUT_TOPIC GROUP N
Consumes N records, then exits, printing a JSON line with its own timing and peak RSS.
"""
import asyncio
import json
import re
import resource
import sys
import time

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from datasketch import MinHash, MinHashLSH

MILITARY_AID = re.compile(
    r"\b(military (aid|assistance|package)|weapons?|ammunition|air[- ]defen[cs]e|artillery|security assistance)\b", re.I)
DIPLOMACY = re.compile(
    r"\b(talks|negotiat\w+|ceasefire|summit|envoy|phone call|foreign minister|diplomat\w*|mediat\w+)\b", re.I)
CASUALTIES = re.compile(r"\b(killed|wounded|injured|dead|died|casualt\w+|missing)\b", re.I)
WORD = re.compile(r"\w+")


def shingles(text, k=5):
    words = WORD.findall(text.lower())
    return {" ".join(words[i:i + k]) for i in range(max(1, len(words) - k + 1))}


async def main():
    bootstrap, input_topic, output_topic, group, n = sys.argv[1:6]
    n = int(n)
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    consumer = AIOKafkaConsumer(input_topic, bootstrap_servers=bootstrap, group_id=group,
                                auto_offset_reset="earliest", enable_auto_commit=True)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True, linger_ms=5)
    await consumer.start()
    await producer.start()
    seen = 0
    first = None
    pending = []
    try:
        while seen < n:
            batches = await consumer.getmany(timeout_ms=1000, max_records=500)
            for _tp, records in batches.items():
                for record in records:
                    if first is None:
                        first = time.monotonic()
                    seen += 1
                    try:
                        article = json.loads(record.value)
                        body = article["body"]
                    except (ValueError, KeyError, TypeError):
                        continue
                    m = MinHash(num_perm=128)
                    for s in shingles(body):
                        m.update(s.encode("utf-8"))
                    dups = lsh.query(m)
                    if not dups:
                        lsh.insert(article["id"], m)
                    text = article.get("headline", "") + "\n\n" + body
                    event = {
                        "articleId": article["id"],
                        "duplicateOf": dups[0] if dups else "",
                        "categories": [name for name, rx in
                                       (("MILITARY_AID", MILITARY_AID), ("DIPLOMACY", DIPLOMACY),
                                        ("CASUALTIES", CASUALTIES)) if rx.search(text)],
                    }
                    pending.append(await producer.send(output_topic, json.dumps(event).encode("utf-8"),
                                                       key=article["id"].encode("utf-8")))
            if len(pending) > 1000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
        await consumer.stop()
    elapsed = time.monotonic() - (first or time.monotonic())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"records": seen, "seconds": elapsed, "peak_rss_bytes": peak}))


if __name__ == "__main__":
    asyncio.run(main())
