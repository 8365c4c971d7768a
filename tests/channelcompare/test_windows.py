"""Attribution windows: documented defaults recorded and marked, a warning whenever windows differ or are unknown."""

from __future__ import annotations

import pandas as pd

from channelcompare.compare import compare
from channelcompare.model import normalize_records
from channelcompare.prepare import campaign_table
from channelcompare.windows import DEFAULT_MARK, DEFAULT_WINDOWS


def _claims(
    platform: str, channel: str, attribution: str | None = None, n: int = 3
) -> list[dict[str, object]]:
    audience = "delivered" if channel == "email" else "impressions"
    return [
        {"channel": channel, "platform": platform, "campaign_id": f"{platform}{i}", audience: 20_000.0,
         "clicks": 300.0, "conversions": 12.0, "revenue": 600.0, "currency": "EUR", "attribution": attribution}
        for i in range(n)
    ]  # fmt: skip


def test_mailchimp_meta_and_tiktok_are_warned_about() -> None:
    """Defect 7: Mailchimp and TikTok state no window; their documented defaults differ from Meta's."""
    rows = _claims("mailchimp", "email") + _claims("meta", "paid_social", "7-day click or 1-day view")
    rows += _claims("tiktok", "paid_social")
    warnings = compare(normalize_records(pd.DataFrame(rows))).warnings
    window = next(w for w in warnings if "attribution windows" in w)
    assert f"Mailchimp: 5 days after an open or 30 days after a click ({DEFAULT_MARK})" in window
    assert f"TikTok: 7-day click or 1-day view ({DEFAULT_MARK})" in window
    assert "Meta Ads: 7-day click or 1-day view" in window  # stated in its export: no mark
    assert f"Meta Ads: 7-day click or 1-day view ({DEFAULT_MARK})" not in window


def test_an_unknown_window_is_warned_about_even_when_the_stated_ones_agree() -> None:
    rows = _claims("meta", "paid_social", "7-day click or 1-day view") + _claims("x", "paid_social")
    rows += _claims("mailchimp", "email", "7-day click or 1-day view")
    window = next(w for w in compare(normalize_records(pd.DataFrame(rows))).warnings if "attribution" in w)
    assert "X: unknown" in window


def test_the_same_stated_window_everywhere_needs_no_warning() -> None:
    rows = _claims("meta", "paid_social", "7-day click or 1-day view")
    rows += _claims("tiktok", "paid_social", "7-day click or 1-day view")
    assert not [w for w in compare(normalize_records(pd.DataFrame(rows))).warnings if "attribution" in w]


def test_the_default_is_recorded_on_the_rows_that_claim_and_only_there() -> None:
    rows = _claims("linkedin", "paid_social") + [
        {"channel": "paid_social", "platform": "linkedin", "impressions": 5.0}
    ]
    table, _ = campaign_table(
        normalize_records(pd.DataFrame(rows)), opens_as_interactions=False, effort_costs={}
    )
    marked = f"{DEFAULT_WINDOWS['linkedin']} ({DEFAULT_MARK})"
    assert (table["attribution"].iloc[:3] == marked).all() and pd.isna(table["attribution"].iloc[3])
