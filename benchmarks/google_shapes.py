"""Google's exports: the Google Ads campaign report as "Excel .csv" (UTF-16 with BOM, TAB-separated, a title
and a date-range line above the header, `Total:` rows below, `"1,234"`-style thousands, `--` for not
applicable) and the GA4 traffic acquisition report by source / medium (UTF-8, a `#` comment preamble with
the period as YYYYMMDD). Both are from the research notes (docs/formats.md); neither file was compared with a
real download of a million rows, only their shapes with real small exports' descriptions."""

from __future__ import annotations

import numpy as np
import pandas as pd

from benchmarks.shapes import THEMES, shape

GOOGLE_ADS_HEADER = (
    "Campaign status", "Campaign", "Campaign ID", "Budget", "Currency code", "Campaign type", "Avg. CPM",
    "Impr.", "Interactions", "Interaction rate", "Avg. cost", "Cost", "Clicks", "Conv. rate",
    "Conv. value", "Conversions", "Avg. CPC", "Cost / conv.",
)  # fmt: skip
_TYPES = np.array(["Search", "Performance Max", "Display", "Video", "Shopping", "Demand Gen"], dtype=object)
GA4_PREAMBLE = (
    "# ----------------------------------------",
    "# Traffic acquisition: Session source / medium",
    "# Account: Atelier Lumen",
    "# Property: atelierlumen.fr - GA4",
    "# ----------------------------------------",
    "#",
    "# All Users",
    "# Start date: 20250901",
    "# End date: 20250930",
)
_MEDIUMS = np.array(["email", "cpc", "social", "referral", "organic", "(none)", "paid_social"], dtype=object)


@shape(
    encoding="utf-16", separator="\t",
    preamble=("Campaign report", "September 1, 2025 - September 30, 2025"),
    read_csv='encoding="utf-16", sep="\\t", skiprows=2',
)  # fmt: skip
def google_ads_tsv(rows: int, seed: int = 5) -> pd.DataFrame:
    """One row per campaign, the last two the report's `Total: Campaigns` and `Total: Account`."""
    rng = np.random.default_rng(seed)
    campaigns = max(rows - 2, 0)
    impressions = rng.integers(100, 900_000, campaigns)
    clicks = rng.binomial(impressions, 0.03)
    cost = np.round(clicks * rng.uniform(0.2, 1.5, campaigns), 2)
    conversions = np.round(clicks * rng.uniform(0, 0.08, campaigns), 2)
    value = np.round(conversions * rng.gamma(6, 8, campaigns), 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        per_conversion = np.where(conversions > 0, cost / conversions, np.nan)
    frame = pd.DataFrame(
        {
            "Campaign status": "Enabled",
            "Campaign": pd.Series(np.array(THEMES, dtype=object)[np.arange(campaigns) % len(THEMES)])
            + " - Search " + pd.Series(np.arange(campaigns)).astype(str),
            "Campaign ID": (21034567890 + np.arange(campaigns)).astype(str), "Budget": _thousands(cost / 10),
            "Currency code": "EUR", "Campaign type": _TYPES[np.arange(campaigns) % len(_TYPES)],
            "Avg. CPM": _thousands(cost / impressions * 1000), "Impr.": _thousands(impressions),
            "Interactions": _thousands(clicks), "Interaction rate": _percent(clicks / impressions),
            "Avg. cost": _thousands(cost / np.maximum(clicks, 1)), "Cost": _thousands(cost),
            "Clicks": _thousands(clicks), "Conv. rate": _percent(conversions / np.maximum(clicks, 1)),
            "Conv. value": _thousands(value), "Conversions": _thousands(conversions),
            "Avg. CPC": _thousands(cost / np.maximum(clicks, 1)), "Cost / conv.": _thousands(per_conversion),
        }
    )  # fmt: skip
    totals = pd.DataFrame([["Total: Campaigns"], ["Total: Account"]], columns=["Campaign status"])
    return pd.concat([frame, totals], ignore_index=True)[list(GOOGLE_ADS_HEADER)].fillna("--").head(rows)


@shape(preamble=GA4_PREAMBLE, read_csv=f"skiprows={len(GA4_PREAMBLE)}")
def ga4_source_medium(rows: int, seed: int = 7) -> pd.DataFrame:
    """One row per source / medium (campaign-tagged sources make them many), `Engagement rate` a fraction."""
    rng = np.random.default_rng(seed)
    sessions = rng.integers(1, 5_000, rows)
    engaged = rng.binomial(sessions, 0.6)
    key_events = rng.binomial(engaged, 0.05)
    return pd.DataFrame(
        {
            "Session source / medium": "newsletter_" + pd.Series(np.arange(rows)).astype(str) + " / "
            + _MEDIUMS[np.arange(rows) % len(_MEDIUMS)],
            "Sessions": sessions, "Engaged sessions": engaged, "Engagement rate": np.round(engaged / sessions, 4),
            "Average engagement time per session": np.round(rng.gamma(2, 30, rows), 3),
            "Events per session": np.round(rng.gamma(3, 2, rows), 2), "Event count": sessions * 6,
            "Key events": key_events, "Total revenue": np.round(key_events * rng.gamma(6, 8, rows), 2),
        }
    )  # fmt: skip


def _thousands(values: np.ndarray) -> pd.Series:
    """Google's `1,234.56` (blank where undefined: written as `--`)."""
    column = pd.Series(values, dtype="float64")
    text = column.map("{:,.2f}".format).str.removesuffix(".00")
    return text.where(np.isfinite(column))


def _percent(fraction: np.ndarray) -> pd.Series:
    return pd.Series(np.round(fraction * 100, 2)).map("{:.2f}%".format)
