"""Attribution windows: each platform's documented default, recorded when its export says nothing.

A platform counts a conversion when it follows a click (or an open, or a view) within its attribution
window, and windows differ: the same sale can be claimed by several platforms, each by its own rule. Most
exports do not state the window (Mailchimp, LinkedIn, TikTok, Google Ads), so the comparison records the
platform's documented default, marked as such, instead of nothing: an unknown window must not read as the
same window. The help pages are cited in docs/attribution.md.
"""

from __future__ import annotations

from typing import Final

import pandas as pd

#: platform -> its default window, as its help pages state it (docs/attribution.md).
DEFAULT_WINDOWS: Final[dict[str, str]] = {
    "mailchimp": "5 days after an open or 30 days after a click",
    "klaviyo": "5 days after an open or a click",
    "meta": "7-day click or 1-day view",
    "linkedin": "30-day click or 7-day view",
    "tiktok": "7-day click or 1-day view",
    "google_ads": "30-day click",
}
DEFAULT_MARK: Final = "default, not stated in the export"
#: Web analytics attributes sessions, not platform claims: its rows are never compared on conversions
#: with people reached (honesty.comparable), so no window is recorded for them.
_NOT_CLAIMS: Final = frozenset({"ga4", "shopify", "generic"})


def with_default_windows(attribution: pd.Series, platform: pd.Series, claims: pd.Series) -> pd.Series:
    """`attribution` with the platform's default window (marked) where a row claims conversions or
    revenue (`claims`) and its export states none. Categorical in, categorical out."""
    missing = (attribution.isna() & claims).to_numpy()
    if not missing.any():
        return attribution
    defaults = platform.astype("object").map({p: f"{w} ({DEFAULT_MARK})" for p, w in DEFAULT_WINDOWS.items()})
    filled = attribution.astype("object").where(~missing, defaults)
    return filled.astype("category")


def is_claiming(platform: str) -> bool:
    """True for platforms whose conversions are their own claims (ads, email), not web analytics or a store."""
    return platform not in _NOT_CLAIMS
