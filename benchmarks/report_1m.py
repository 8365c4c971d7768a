"""Report writing for a 1,000,000-row import, against the import of the same file (the baseline).

    .venv/bin/python benchmarks/report_1m.py [ROWS]

Writes a Meta Ads export broken down by day (ROWS rows, 400 campaigns, 30 days) to a temporary folder,
imports it, compares, then writes the Excel report. Prints each step's time and the report / import ratio;
issue 6 asks for a ratio well under 1 (the report holds weekly sums beyond 20,000 campaign rows).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from channelcompare.compare import compare  # noqa: E402
from channelcompare.report import write_report  # noqa: E402
from importers.load import import_file  # noqa: E402

HEADER = (
    '"Reporting starts","Reporting ends","Campaign name","Campaign ID","Campaign delivery",'
    '"Attribution setting","Result indicator",Results,"Cost per result","Amount spent (EUR)",Impressions,'
    'Reach,Frequency,"Link clicks","Clicks (all)","CTR (link click-through rate)",'
    '"CPC (cost per link click) (EUR)","Post engagements",Purchases,"Purchases conversion value",'
    '"Purchase ROAS (return on ad spend)"'
)


def write_export(path: Path, rows: int) -> None:
    rng = np.random.default_rng(1)
    campaign = rng.integers(0, 400, rows)
    day = (pd.Timestamp("2026-09-01") + pd.to_timedelta(rng.integers(0, 30, rows), "D")).strftime("%Y-%m-%d")
    reach = rng.integers(200, 5000, rows)
    impressions = (reach * 1.6).astype(int)
    clicks = rng.binomial(reach, 0.007)
    spend = (reach * 0.015).round(2)
    purchases = rng.poisson(0.3, rows)
    frame = pd.DataFrame(
        {
            "start": day, "end": day, "name": "Campagne " + pd.Series(campaign).astype(str),
            "id": 120214567890000000 + campaign, "delivery": "active", "attribution": "7-day click or 1-day view",
            "indicator": "actions:offsite_conversion.fb_pixel_purchase", "results": purchases, "cpr": "",
            "spend": spend, "impressions": impressions, "reach": reach, "frequency": impressions / reach,
            "link_clicks": clicks, "all_clicks": clicks * 3, "ctr": clicks / impressions * 100, "cpc": "",
            "engagements": clicks * 5, "purchases": purchases, "value": purchases * 48.5, "roas": "",
        }
    )  # fmt: skip
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        handle.write(HEADER + "\n")
        frame.to_csv(handle, header=False, index=False)


def timed(label: str, action):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - started
    print(f"{label:<28}{elapsed:8.2f} s")
    return result, elapsed


def main(rows: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        export = Path(folder) / "meta_ads_daily.csv"
        write_export(export, rows)
        result, import_time = timed(f"import {rows:,} rows", lambda: import_file(export))
        comparison, _ = timed("compare", lambda: compare(result.records))
        _, report_time = timed(
            "write report",
            lambda: write_report(Path(folder) / "report.xlsx", comparison, result.records, [result]),
        )
        print(f"report / import: {report_time / import_time:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
