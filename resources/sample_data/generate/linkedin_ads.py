"""Atelier Lumen's LinkedIn Campaign Manager export for its September 2026 B2B test (seeded).

Story: a small test of three campaigns (corporate gifts), daily rows from 14 to 27 September, ~600 EUR.
The file has LinkedIn's real shape: UTF-16 with a BOM, TAB-separated, four preamble lines and a blank line
before the header, English UI (numbers `55.39`, dates `9/21/2026`).
Run: python resources/sample_data/generate/linkedin_ads.py
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from meta_csv import report

SEED = 20260904
OUT = Path(__file__).resolve().parent.parent / "linkedin_campaigns_sept_2026.csv"
PREAMBLE = [
    "Ad Performance Report",
    "Report Start: September 14, 2026, 12:00 AM",
    "Report End: September 27, 2026, 11:59 PM",
    "Date Generated: October 1, 2026, 9:14 AM",
    "",
]
HEADER = [
    "Start Date (in UTC)",
    "Account Name",
    "Currency",
    "Campaign ID",
    "Campaign Name",
    "Campaign Status",
    "Campaign Objective",
    "Total Spent",
    "Impressions",
    "Clicks",
    "Click Through Rate",
    "Average CPM",
    "Average CPC",
    "Total Engagements",
    "Conversions",
    "Leads",
    "Clicks to Landing Page",
]
#: id, name, objective, daily spend, CPM, CTR %
CAMPAIGNS = [
    ("612345671", "Cadeaux d'entreprise – Décideurs RH", "Website visits", 19.0, 31.0, 0.42),
    ("612345672", "Bougies personnalisées – Office managers", "Website conversions", 15.5, 27.5, 0.38),
    ("612345673", "Coffrets de fin d'année – CE et comités", "Lead generation", 11.0, 24.0, 0.51),
]


def row(rng: random.Random, day: date, campaign: tuple[Any, ...]) -> list[str]:
    ident, name, objective, spend, cpm, ctr = campaign
    weekend = day.weekday() >= 5
    spent = round(spend * rng.uniform(0.85, 1.15) * (0.35 if weekend else 1.0), 2)
    impressions = round(spent / (cpm * rng.uniform(0.9, 1.1)) * 1000)
    clicks = sum(rng.random() < ctr / 100 for _ in range(impressions))
    landing = 0 if objective == "Lead generation" else sum(rng.random() < 0.8 for _ in range(clicks))
    conversions = int(objective == "Website conversions" and rng.random() < 0.08)
    leads = int(objective == "Lead generation" and rng.random() < 0.15)
    return [
        f"{day.month}/{day.day}/{day.year}",
        "Atelier Lumen",
        "EUR",
        ident,
        name,
        "ACTIVE",
        objective,
        f"{spent:.2f}",
        str(impressions),
        str(clicks),
        f"{clicks / impressions * 100:.3f}%",
        f"{spent / impressions * 1000:.2f}",
        f"{spent / clicks:.2f}" if clicks else "0.00",
        str(clicks + round(impressions * rng.uniform(0.004, 0.009))),
        str(conversions),
        str(leads),
        str(landing),
    ]


def main() -> None:
    rng = random.Random(SEED)
    days = [date(2026, 9, 14) + timedelta(days=n) for n in range(14)]
    rows = [row(rng, day, campaign) for campaign in CAMPAIGNS for day in days]
    lines = PREAMBLE + ["\t".join(HEADER)] + ["\t".join(r) for r in rows]
    OUT.write_bytes(b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))  # BOM + UTF-16LE
    spent = sum(float(r[7]) for r in rows)
    report(f"{OUT.name}: {len(rows)} rows, spend {spent:.2f} EUR, clicks {sum(int(r[9]) for r in rows)}")


if __name__ == "__main__":
    main()
