"""The comparison window (issue 15, defect 2): a row counts in a period only if its period lies inside it."""

from __future__ import annotations

import functools
from datetime import date, timedelta

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from channelcompare.compare import CompareOptions, Comparison, compare
from channelcompare.filters import filter_records
from channelcompare.model import concat_records, normalize_records
from channelcompare.resources import sample_files
from channelcompare.window import PRORATED_MEASURES, coverage_notes, prorated
from importers.load import import_files

HALF = {"start": date(2026, 9, 15), "end": date(2026, 9, 30)}


@functools.cache
def _sample() -> pd.DataFrame:
    return concat_records([o.result.records for o in import_files(sample_files()) if o.result])


def _claim_ratio(comparison: Comparison, platform: str) -> float | None:
    claims = comparison.claimed_vs_observed or []
    return next((c["ratio"] for c in claims if c["platform"] == platform), None)


def test_monthly_rows_are_left_out_of_half_a_month_and_named() -> None:
    comparison = compare(_sample(), CompareOptions(**HALF))
    assert "Meta Ads: 8 monthly rows do not fit 15–30 Sep 2026: left out." in comparison.warnings
    assert "Klaviyo: 7 monthly rows do not fit 15–30 Sep 2026: left out." in comparison.warnings
    assert "email_automation" not in comparison.channels  # Klaviyo's flows are monthly rows only
    # Before: Meta's whole-month claims against half a month of orders read 64.6, Klaviyo's 4.26.
    assert _claim_ratio(comparison, "meta") is None and _claim_ratio(comparison, "klaviyo") is None
    sales = comparison.share_of_sales
    assert sales is not None and sales["store_conversion_rate"] is None  # no GA4 row lies in 15-30 Sep
    assert not any("claim more" in w for w in comparison.warnings)


def test_pro_rating_cuts_straddling_rows_by_day_and_says_so() -> None:
    whole = compare(_sample(), CompareOptions())
    half = compare(_sample(), CompareOptions(**HALF, prorate=True))
    assert any(
        w.startswith("Meta Ads: 8 monthly rows do not fit") and "pro-rated by day" in w for w in half.warnings
    )
    automation_whole = whole.channels["email_automation"].audience
    automation_half = half.channels["email_automation"].audience
    assert automation_whole is not None and automation_half == pytest.approx(automation_whole * 16 / 30)
    sales = half.share_of_sales
    assert sales is not None
    # Sessions of 16 of GA4's 30 days against the orders of the same 16 days (before: 1.52%, half of it).
    assert sales["sessions"] == pytest.approx(31858 * 16 / 30)
    assert sales["store_conversion_rate"] == pytest.approx(483 / (31858 * 16 / 30))


def test_period_over_period_refuses_rows_spanning_both_periods() -> None:
    comparison = compare(_sample(), CompareOptions(**HALF, prorate=True, period_over_period=True))
    refusal = [w for w in comparison.warnings if w.startswith("Period over period:")]
    assert refusal and "GA4, Klaviyo, Meta Ads have 22 row(s) spanning both 30 Aug–14 Sep 2026" in refusal[0]
    assert comparison.previous is not None
    # Before: email automation showed +0.0% on every metric (the same monthly row in both halves).
    assert "email_automation" not in comparison.channels
    assert "email_automation" not in comparison.previous.channels


def test_a_file_of_another_year_does_not_silently_widen_the_comparison() -> None:
    old = _sample()[_sample()["platform"] == "klaviyo"].copy()
    old["start"] -= pd.DateOffset(years=2)
    old["end"] -= pd.DateOffset(years=2)
    others = _sample()[_sample()["platform"] != "klaviyo"]
    comparison = compare(concat_records([others, old]), CompareOptions())
    note = next(w for w in comparison.warnings if w.startswith("No period was chosen"))
    assert (
        "1 Sep 2024–30 Sep 2026" in note
        and "Klaviyo 1–30 Sep 2024" in note
        and "Meta Ads 1–30 Sep 2026" in note
    )


def test_sources_of_different_spans_inside_the_window_are_named() -> None:
    notes = coverage_notes(_sample(), (date(2026, 9, 1), date(2026, 9, 30)), chosen=True)
    assert notes == [
        "Sources cover different spans within 1–30 Sep 2026: LinkedIn 14–27 Sep 2026. Their figures are not of "
        "the same days."
    ]


# -- property: no row counts in a period it does not lie in
_DAY0 = date(2026, 1, 1)


@st.composite
def _rows_and_window(draw: st.DrawFn) -> tuple[pd.DataFrame, date, date]:
    count = draw(st.integers(1, 25))
    firsts = draw(st.lists(st.integers(0, 90), min_size=count, max_size=count))
    lengths = draw(st.lists(st.sampled_from([0, 0, 1, 6, 13, 29, 30]), min_size=count, max_size=count))
    clicks = draw(st.lists(st.integers(0, 500), min_size=count, max_size=count))
    start, length = draw(st.integers(0, 100)), draw(st.integers(0, 40))
    frame = normalize_records(
        pd.DataFrame(
            {
                "platform": draw(
                    st.lists(st.sampled_from(["meta", "linkedin", "tiktok"]), min_size=count, max_size=count)
                ),
                "channel": "paid_social",
                "start": [pd.Timestamp(_DAY0 + timedelta(days=f)) for f in firsts],
                "end": [
                    pd.Timestamp(_DAY0 + timedelta(days=f + n)) for f, n in zip(firsts, lengths, strict=True)
                ],
                "clicks": clicks,
                "impressions": [c * 10 + 1 for c in clicks],
                "reach": [c * 5 + 1 for c in clicks],
            }
        )
    )
    return frame, _DAY0 + timedelta(days=start), _DAY0 + timedelta(days=start + length)


@settings(max_examples=80, deadline=None)
@given(_rows_and_window(), st.booleans())
def test_no_row_counts_in_a_period_it_does_not_lie_in(
    case: tuple[pd.DataFrame, date, date], prorate: bool
) -> None:
    records, start, end = case
    if prorate:
        records, _cut = prorated(records, start, end)
    kept, _ = filter_records(records, start=start, end=end)
    assert (kept["start"] >= pd.Timestamp(start)).all()
    assert (kept["end"] <= pd.Timestamp(end)).all()
    # Every click counted is a click of a day inside the window, at the row's clicks per day.
    original = case[0]
    days = (original["end"] - original["start"]).dt.days + 1
    low = original["start"].clip(lower=pd.Timestamp(start))
    high = original["end"].clip(upper=pd.Timestamp(end))
    inside_days = ((high - low).dt.days + 1).clip(lower=0)
    whole = inside_days == days
    expected = original["clicks"] * (inside_days / days if prorate else whole)
    assert kept["clicks"].sum() == pytest.approx(expected.sum())
    # Reach is not additive: a pro-rated row's reach is unknown, every other row keeps its own.
    straddling = int(((inside_days > 0) & ~whole).sum()) if prorate else 0
    assert int(kept["reach"].isna().sum()) == straddling
    assert "reach" not in PRORATED_MEASURES and "clicks" in PRORATED_MEASURES


@settings(max_examples=25, deadline=None)
@given(_rows_and_window(), st.booleans())
def test_the_comparison_counts_only_the_days_inside_its_window(
    case: tuple[pd.DataFrame, date, date], prorate: bool
) -> None:
    records, start, end = case
    records = records.assign(campaign_id=[f"c{i}" for i in range(len(records))])  # never merged
    comparison = compare(records, CompareOptions(start=start, end=end, prorate=prorate, baseline="email"))
    days = (records["end"] - records["start"]).dt.days + 1
    low = records["start"].clip(lower=pd.Timestamp(start))
    high = records["end"].clip(upper=pd.Timestamp(end))
    inside = ((high - low).dt.days + 1).clip(lower=0)
    expected = (records["clicks"] * (inside / days if prorate else inside == days)).sum()
    paid = comparison.channels.get("paid_social")
    counted = paid.metrics["click_rate"].numerator if paid else None
    assert (counted or 0.0) == pytest.approx(expected)
