"""A realistic synthetic canonical table for report tests: the Atelier Lumen story in miniature.

Email (Mailchimp newsletters, Klaviyo flows) converts far better than social (Meta Ads with daily rows,
Instagram and Facebook posts, a small LinkedIn test); Shopify orders and GA4 traffic give the store view.
Some campaign names are OWASP CSV-injection payloads: the report must keep them as plain text.
Seeded, so every run builds the same table.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from channelcompare.model import normalize_records
from channelcompare.sources import ImportResult, Rejection

PAYLOADS = (
    '=HYPERLINK("http://x","click")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "-2+3+cmd|' /C calc'!A0",
    "=1+1",
    "\t=1+1",
    "\r=1+1",
    "#N/A",
)
#: Control characters XML cannot carry, and more text than an Excel cell holds.
HOSTILE_TEXT = "Nul\x00 and unit separator\x1f in a post " + "très long " * 4_000
SEPTEMBER = pd.Timestamp("2026-09-01")


def _times(rng: np.random.Generator, count: int) -> pd.Series:
    days = rng.integers(0, 30, count)
    hours = rng.choice([8, 9, 10, 12, 18, 19, 20], count)
    return pd.Series(SEPTEMBER + pd.to_timedelta(days, "D") + pd.to_timedelta(hours, "h"))


def _mailchimp(rng: np.random.Generator) -> pd.DataFrame:
    n = 12
    delivered = rng.normal(18_000, 400, n).round()
    names = [f"Newsletter n°{i + 1} – bougies d'automne" for i in range(n)]
    names[3], names[7] = PAYLOADS[0], PAYLOADS[1]
    start = _times(rng, n)
    return pd.DataFrame(
        {
            "channel": "email",
            "platform": "mailchimp",
            "format_id": "mailchimp_campaigns",
            "source_file": "mailchimp_campaigns.csv",
            "campaign_id": [f"mc{i:03d}" for i in range(n)],
            "campaign_name": names,
            "currency": "EUR",
            "start": start,
            "end": start,
            "sent": delivered + rng.integers(50, 150, n),
            "delivered": delivered,
            "opens": (delivered * rng.uniform(0.38, 0.45, n)).round(),
            "clicks": (delivered * rng.uniform(0.025, 0.035, n)).round(),
            "conversions": (delivered * rng.uniform(0.002, 0.003, n)).round(),
            "revenue": (delivered * 0.0025 * 48 * rng.uniform(0.8, 1.2, n)).round(2),
            "source_line": np.arange(2, n + 2),
        }
    )


def _klaviyo(rng: np.random.Generator) -> pd.DataFrame:
    flows = ["Welcome Series", "Abandoned Cart", "Post-Purchase", "Browse Abandonment"]
    delivered = np.array([2400.0, 1300.0, 900.0, 1600.0])
    return pd.DataFrame(
        {
            "channel": "email_automation",
            "platform": "klaviyo",
            "format_id": "klaviyo_flows",
            "source_file": "klaviyo_flows.csv",
            "campaign_id": [f"fl{i}" for i in range(4)],
            "campaign_name": flows,
            "currency": "EUR",
            "start": SEPTEMBER,
            "end": SEPTEMBER + pd.Timedelta(days=29),
            "delivered": delivered,
            "opens": (delivered * 0.5).round(),
            "clicks": (delivered * rng.uniform(0.05, 0.09, 4)).round(),
            "conversions": (delivered * rng.uniform(0.01, 0.03, 4)).round(),
            "revenue": (delivered * 0.02 * 52).round(2),
            "source_line": np.arange(2, 6),
        }
    )


def _meta_ads(rng: np.random.Generator, days: int = 30) -> pd.DataFrame:
    campaigns = ["Prospection – Automne", "Retargeting panier", "Lookalike acheteurs", PAYLOADS[2]]
    rows = [(c, d) for c in range(len(campaigns)) for d in range(days)]
    n = len(rows)
    reach = rng.normal(1500, 200, n).round()
    day = pd.to_timedelta([d for _, d in rows], "D")
    return pd.DataFrame(
        {
            "channel": "paid_social",
            "platform": "meta",
            "format_id": "meta_ads",
            "source_file": "meta_ads.csv",
            "campaign_id": [f"238{c:04d}" for c, _ in rows],
            "campaign_name": [campaigns[c] for c, _ in rows],
            "currency": "EUR",
            "attribution": "7-day click, 1-day view",
            "start": SEPTEMBER + day,
            "end": SEPTEMBER + day,
            "reach": reach,
            "impressions": (reach * 1.6).round(),
            "clicks": (reach * rng.uniform(0.005, 0.009, n)).round(),
            "conversions": rng.poisson(0.33, n).astype(float),
            "revenue": rng.poisson(0.33, n) * 55.0,
            "cost": rng.normal(25, 3, n).round(2),
            "source_line": np.arange(2, n + 2),
        }
    )


def _posts(rng: np.random.Generator, platform: str, count: int, reach: float, clicks: float) -> pd.DataFrame:
    start = _times(rng, count)
    reached = rng.normal(reach, reach * 0.15, count).round().clip(50)
    names = [f"Post {platform} #{i + 1} : nouvelle collection « Lumière »" for i in range(count)]
    if platform == "instagram":
        names[0], names[1] = PAYLOADS[3], PAYLOADS[4]
    if platform == "facebook":
        names[0] = HOSTILE_TEXT
    return pd.DataFrame(
        {
            "channel": "organic_social",
            "platform": platform,
            "format_id": f"{platform}_posts",
            "source_file": f"{platform}_posts.csv",
            "campaign_id": [f"{platform[:2]}{i}" for i in range(count)],
            "campaign_name": names,
            "start": start,
            "end": start,
            "reach": reached,
            "impressions": (reached * 1.3).round(),
            "engagements": (reached * rng.uniform(0.02, 0.04, count)).round(),
            "clicks": rng.binomial(reached.astype(int), clicks).astype(float),
            "source_line": np.arange(2, count + 2),
        }
    )


def _store(rng: np.random.Generator) -> pd.DataFrame:
    n = 900
    codes = rng.choice(
        ["NL0926", "WELCOME10", "INSTA15", "META10", None], n, p=[0.18, 0.08, 0.01, 0.01, 0.72]
    )
    channel = (
        pd.Series(codes)
        .map(
            {
                "NL0926": "email",
                "WELCOME10": "email_automation",
                "INSTA15": "organic_social",
                "META10": "paid_social",
            }
        )
        .fillna("direct")
    )
    start = _times(rng, n)
    return pd.DataFrame(
        {
            "channel": channel,
            "platform": "shopify",
            "format_id": "shopify_orders",
            "source_file": "shopify_orders.csv",
            "campaign_id": [f"#{1001 + i}" for i in range(n)],
            "discount_code": codes,
            "currency": "EUR",
            "start": start,
            "end": start,
            "orders": 1.0,
            "revenue": rng.gamma(4, 12, n).round(2),
            "source_line": np.arange(2, n + 2),
        }
    )


def synthetic_records(seed: int = 7) -> pd.DataFrame:
    """The whole canonical table (about 1,100 records)."""
    rng = np.random.default_rng(seed)
    frames = [
        _mailchimp(rng),
        _klaviyo(rng),
        _meta_ads(rng),
        _posts(rng, "instagram", 30, 2500, 0.0008),
        _posts(rng, "facebook", 20, 800, 0.004),
        _posts(rng, "linkedin", 3, 1200, 0.006).assign(format_id="linkedin_content"),
        _store(rng),
    ]
    return normalize_records(pd.concat(frames, ignore_index=True))


def synthetic_sources(records: pd.DataFrame) -> list[ImportResult]:
    """One ImportResult per source file, with a few rejected rows and warnings (one hostile)."""
    results = []
    for name, group in records.groupby("source_file", sort=True):
        first = group.iloc[0]
        results.append(
            ImportResult(
                path=str(Path("/data/exports") / str(name)),
                format_id=str(first["format_id"]),
                platform=str(first["platform"]),
                records=group.reset_index(drop=True),
                currency=first["currency"] if isinstance(first["currency"], str) else None,
            )
        )
    results[0].rejected.append(Rejection(14, "Clicks", "negative number of clicks (-3)"))
    results[0].rejected.append(Rejection(15, PAYLOADS[4], "not a number: " + PAYLOADS[0]))
    results[-1].warnings.append("12 rows have more unique clicks than delivered emails.")
    return results
