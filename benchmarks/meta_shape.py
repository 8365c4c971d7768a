"""Meta Ads daily ad-level exports (UTF-8 with BOM, quoted sentence-case headers, zeros left blank), in two
column mixes: text-heavy (the ad manager's default columns, long French names) and numeric-heavy (17
columns a user picked: short names, mostly numbers, the mix on which issue 22 measured 2.7-3.9x read_csv)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from benchmarks.shapes import DAYS, THEMES, shape

META_HEADER = (
    "Reporting starts", "Reporting ends", "Campaign name", "Campaign ID", "Ad set name", "Ad set ID",
    "Ad name", "Ad ID", "Ad delivery", "Attribution setting", "Result indicator", "Results",
    "Cost per result", "Amount spent (EUR)", "Impressions", "Reach", "Frequency",
    "CPM (cost per 1,000 impressions) (EUR)", "Link clicks", "Clicks (all)",
    "CTR (link click-through rate)", "CPC (cost per link click) (EUR)", "Post engagements", "Purchases",
    "Purchases conversion value", "Purchase ROAS (return on ad spend)",
)  # fmt: skip
#: A user's own column set: the day, short names and IDs, and thirteen numbers (17 columns).
NUMERIC_HEADER = (
    "Day", "Campaign name", "Ad name", "Ad ID", "Amount spent (EUR)", "Impressions", "Reach", "Frequency",
    "CPM (cost per 1,000 impressions) (EUR)", "Link clicks", "Clicks (all)", "CTR (link click-through rate)",
    "CPC (cost per link click) (EUR)", "Post engagements", "Results", "Purchases", "Purchases conversion value",
)  # fmt: skip
_CREATIVES = ("Carrousel", "Vidéo 15 s", "Image unique", "Story", "Reel", "Collection")
_META = dict(encoding="utf-8-sig", quote_header=True)


@shape(**_META)
def meta_ads(rows: int, seed: int = 1) -> pd.DataFrame:
    """Text-heavy: campaign, ad set and ad names of 30-60 characters, delivery, attribution, indicator."""
    ad, day, campaign = _grid(rows)
    adset = ad // 3
    theme = np.array(THEMES, dtype=object)[campaign % len(THEMES)]
    creative = np.array(_CREATIVES, dtype=object)[ad % len(_CREATIVES)]
    campaign_name = theme + " " + (2025 + campaign // len(THEMES)).astype(str)
    frame = pd.DataFrame(
        {
            "Reporting starts": day, "Reporting ends": day, "Campaign name": campaign_name,
            "Campaign ID": (120214567890000000 + campaign).astype(str),
            "Ad set name": "FR 25-54 intérêts déco " + adset.astype(str),
            "Ad set ID": (120214567891000000 + adset).astype(str),
            "Ad name": creative + " – " + campaign_name + " #" + ad.astype(str),
            "Ad ID": (120214567892000000 + ad).astype(str), "Ad delivery": "active",
            "Attribution setting": "7-day click or 1-day view",
            "Result indicator": "actions:offsite_conversion.fb_pixel_purchase",
        }
    )  # fmt: skip
    return _with_numbers(frame, ad, seed)[list(META_HEADER)]


@shape(**_META)
def meta_ads_numeric(rows: int, seed: int = 6) -> pd.DataFrame:
    """Numeric-heavy: `Day`, names of 3-8 characters (`C12`, `C12 A3`), thirteen number columns."""
    ad, day, campaign = _grid(rows)
    frame = pd.DataFrame(
        {
            "Day": day, "Campaign name": "C" + campaign.astype(str),
            "Ad name": "C" + campaign.astype(str) + " A" + (ad % 12).astype(str),
            "Ad ID": (120214567892000000 + ad).astype(str),
        }
    )  # fmt: skip
    return _with_numbers(frame, ad, seed)[list(NUMERIC_HEADER)]


def _grid(rows: int) -> tuple[np.ndarray, pd.Index, np.ndarray]:
    """Ads x days: each ad runs every day of the year; 3 ads per ad set, 12 per campaign."""
    ad = np.arange(rows) // len(DAYS)
    day = DAYS[np.arange(rows) % len(DAYS)].strftime("%Y-%m-%d")
    return ad, day, ad // 12


def _with_numbers(frame: pd.DataFrame, ad: np.ndarray, seed: int) -> pd.DataFrame:
    """Meta's counts, money and ratios of each row; zeros (and undefined ratios) left blank, as Meta does."""
    rows, rng = len(frame), np.random.default_rng(seed)
    quality = rng.lognormal(0, 0.4, int(ad[-1]) + 1 if rows else 0)[ad]
    reach = np.maximum(rng.poisson(900 * quality), 0)
    impressions = reach + rng.poisson(reach * 0.6)
    clicks = rng.binomial(impressions, np.minimum(0.006 * quality, 0.5))
    all_clicks = clicks + rng.binomial(impressions, 0.01)
    spend = np.round(impressions * rng.uniform(0.004, 0.012, rows), 2)
    purchases = rng.binomial(clicks, 0.03)
    value = np.round(purchases * rng.gamma(6, 8, rows), 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratios = {
            "Cost per result": spend / purchases, "Frequency": impressions / reach,
            "CPM (cost per 1,000 impressions) (EUR)": spend / impressions * 1000,
            "CTR (link click-through rate)": clicks / impressions * 100,
            "CPC (cost per link click) (EUR)": spend / clicks,
            "Purchase ROAS (return on ad spend)": value / spend,
        }  # fmt: skip
    counts = {
        "Results": purchases, "Amount spent (EUR)": spend, "Impressions": impressions, "Reach": reach,
        "Link clicks": clicks, "Clicks (all)": all_clicks, "Post engagements": all_clicks + rng.poisson(5, rows),
        "Purchases": purchases, "Purchases conversion value": value,
    }  # fmt: skip
    numbers = {}
    for name, values in {**counts, **ratios}.items():
        column = pd.Series(values, dtype="float64")
        numbers[name] = column.where(np.isfinite(column) & (column != 0))
    return pd.concat([frame, pd.DataFrame(numbers)], axis=1)
