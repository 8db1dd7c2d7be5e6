#!/usr/bin/env python3
"""Writes data/samples/sample_feed.jsonl: the demo's bundled feed.

Articles written for this project (invented, wire style), re-sends and near-duplicates of some
of them, one ninjs 1.x object, and a few deliberately invalid records so the demo shows the
dead-letter path. Deterministic: rerun to regenerate.
"""
import json
from pathlib import Path

A = [
    dict(id="wf-0001", source="Baltic Wire", published_at="2025-04-02T07:15:00Z",
         headline="Estonia approves new air-defence package for Ukraine",
         body=("TALLINN — Estonia's government on Wednesday approved a military aid package for Ukraine worth "
               "120 million euros, including short-range air-defence systems, ammunition and training for Ukrainian crews.\n"
               "Defence Minister Hanno Pevkur said the first deliveries would arrive in Ukraine before the summer. "
               "\"Every missile we send protects a Ukrainian city,\" Pevkur told reporters.\n"
               "The package brings Estonia's total military assistance since 2022 to more than 1.5 billion euros, "
               "according to the Defence Ministry.")),
    dict(id="wf-0002", source="Levant Desk", published_at="2025-04-02T09:40:00Z",
         headline="Shelling kills four in northern Syrian town",
         body=("Artillery shelling killed four civilians, including two children, and wounded at least 11 others in "
               "the town of Atarib in Aleppo province on Tuesday, local rescue workers said.\n"
               "The White Helmets civil defence group said its teams pulled two people from the rubble of a collapsed house. "
               "Two people remain missing.\n"
               "No group immediately claimed responsibility for the attack.")),
    dict(id="wf-0003", source="Continental Press", published_at="2025-04-02T11:05:00Z",
         headline="Foreign ministers meet in Geneva to revive ceasefire talks",
         body=("GENEVA — The foreign ministers of Turkey and Egypt met their Sudanese counterpart in Geneva on Wednesday "
               "in an effort to revive stalled ceasefire negotiations between Sudan's army and the Rapid Support Forces.\n"
               "The talks, mediated by the African Union, focused on a humanitarian truce around the city of El Fasher, "
               "officials said. A joint statement is expected on Thursday.\n"
               "Egypt's Foreign Minister Badr Abdelatty said after the meeting that all sides had agreed to continue talking.")),
    dict(id="wf-0004", source="Market Line", published_at="2025-04-02T12:30:00Z",
         headline="Chipmakers locked in bruising battle for market share",
         body=("The world's largest chipmakers are locked in a bruising battle for market share as demand for "
               "artificial intelligence hardware soars, analysts said on Wednesday.\n"
               "One executive described the price war as a fight to the death, while another said a planned merger "
               "had been killed by regulators last year.\n"
               "Shares in the sector rose 2.1 percent in early trading.")),
    dict(id="wf-0005", source="Baltic Wire", published_at="2025-04-02T14:00:00Z",
         headline="Drone strike on Odesa port wounds three workers",
         body=("ODESA — A Russian drone strike on the port of Odesa overnight wounded three workers and damaged grain "
               "storage facilities, regional governor Oleh Kiper said on Wednesday.\n"
               "Air defences shot down 14 of the 20 drones launched at southern Ukraine, the Ukrainian air force said.\n"
               "Kiper said the injured men were in a stable condition in hospital.")),
    dict(id="wf-0006", source="Capitol Report", published_at="2025-04-03T08:20:00Z",
         headline="Japan pledges humanitarian aid for Myanmar quake survivors",
         body=("TOKYO — Japan will provide 6 million dollars in emergency humanitarian aid to survivors of last week's "
               "earthquake in Myanmar, the foreign ministry said on Thursday.\n"
               "The assistance, delivered through the World Food Programme and the Red Cross, will fund food, shelter "
               "and clean water. It is not related to any security cooperation, officials said.")),
    dict(id="wf-0007", source="Continental Press", published_at="2025-04-03T10:10:00Z",
         headline="US and Chinese envoys hold phone call on trade and Taiwan",
         body=("WASHINGTON — U.S. Secretary of State Marco Rubio held a phone call with Chinese Foreign Minister Wang Yi "
               "on Thursday, discussing trade tensions and security in the Taiwan Strait, the State Department said.\n"
               "Both sides agreed to keep channels of communication open, according to a readout of the call. "
               "Wang warned Washington against arms sales to Taipei, Chinese state media reported.")),
    dict(id="wf-0008", source="Sahel Monitor", published_at="2025-04-03T16:45:00Z",
         headline="Attack on army post in Mali leaves dozens dead",
         body=("BAMAKO — Suspected jihadist fighters attacked an army post near the town of Boulkessi in central Mali "
               "on Thursday, killing at least 23 soldiers, security sources said.\n"
               "Dozens of others were wounded and several soldiers were reported missing after the assault, "
               "one of the deadliest this year. The army said it had repelled the attackers.")),
]

# Re-sends and near-duplicates, as wires carry them.
dup_exact = dict(A[0], id="wf-0001-resend", source="Nordic Relay")
near = dict(A[1], id="wf-0002-pickup", source="Regional Daily",
            body="ALEPPO, Syria (Regional Daily) - " + A[1]["body"].replace("local rescue workers said", "rescue workers said")
                 + "\nRead More @ regionaldaily.example")
near_headline = dict(A[4], id="wf-0005-update", source="Black Sea News",
                     headline="Russian drones hit Odesa port overnight, three hurt")
ninjs = {"uri": "urn:newsml:example.org:20250403:wf-0009", "headline": "Poland to host NATO air-defence exercise",
         "body_html": ("<p>WARSAW — Poland will host a NATO air-defence exercise next month involving troops from "
                       "Germany, the Netherlands and Norway, the Polish Defence Ministry said on Thursday.</p>"
                       "<p>The drills, held near the city of Rzeszow, will test the alliance's ability to protect "
                       "supply routes for military aid to Ukraine.</p>"),
         "versioncreated": "2025-04-03T18:00:00Z", "language": "en", "copyrightholder": "Vistula Agency"}

invalid = [
    '{"id": "wf-bad-1", "headline": "missing body"}',
    'this line is not JSON at all',
    '{"id": 42, "body": "wrong type for id"}',
]

lines = [json.dumps(a, ensure_ascii=False) for a in A[:4]]
lines.append(json.dumps(dup_exact, ensure_ascii=False))
lines.append(invalid[0])
lines += [json.dumps(a, ensure_ascii=False) for a in A[4:6]]
lines.append(json.dumps(near, ensure_ascii=False))
lines.append(invalid[1])
lines += [json.dumps(a, ensure_ascii=False) for a in A[6:]]
lines.append(json.dumps(ninjs, ensure_ascii=False))
lines.append(json.dumps(near_headline, ensure_ascii=False))
lines.append(invalid[2])

out = Path(__file__).resolve().parents[2] / "data" / "samples" / "sample_feed.jsonl"
out.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"wrote {len(lines)} records to {out}")
