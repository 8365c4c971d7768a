"""Filters, the previous period, and how numbers read in findings."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from channelcompare.filters import filter_records, previous_period, records_period
from channelcompare.model import normalize_records
from channelcompare.wording import (
    approximate_money,
    approximately,
    group_label,
    percent,
    percent_range,
    period_owner,
    times,
)


def _records() -> pd.DataFrame:
    return normalize_records(
        pd.DataFrame(
            {
                "platform": ["mailchimp", "instagram", "meta", "ga4", "mailchimp"],
                "channel": ["email", "organic_social", "paid_social", "direct", "email"],
                "campaign_name": ["Rentrée : -15 %", "Bougie été", "Prospection", None, "RENTRÉE relance"],
                "start": pd.to_datetime(
                    ["2026-09-01 09:00", "2026-09-15 12:00", "2026-08-25 00:00", "2026-09-01 00:00", None]
                ),
                "end": pd.to_datetime(
                    ["2026-09-01 09:00", "2026-09-15 12:00", "2026-09-05 00:00", "2026-09-30 00:00", None]
                ),
            }
        )
    )


def test_date_range_keeps_rows_whose_period_lies_inside_and_counts_undated_ones() -> None:
    kept, warnings = filter_records(_records(), start=date(2026, 9, 2), end=date(2026, 9, 15))
    assert kept["platform"].tolist() == ["instagram"]  # Meta's 25 Aug-5 Sep and GA4's month straddle it
    whole, _ = filter_records(_records(), start=date(2026, 8, 25), end=date(2026, 9, 30))
    assert whole["platform"].tolist() == ["mailchimp", "instagram", "meta", "ga4"]
    assert warnings == ["1 row(s) have no date and were left out of the date range."]
    last_day, _ = filter_records(_records(), start=date(2026, 9, 15), end=date(2026, 9, 15))
    assert "instagram" in last_day["platform"].tolist()  # the end day counts whole


def test_platform_channel_and_case_insensitive_name_filters() -> None:
    assert filter_records(_records(), platforms=("mailchimp",))[0]["channel"].tolist() == ["email", "email"]
    assert filter_records(_records(), channels=("direct",))[0]["platform"].tolist() == ["ga4"]
    named, _ = filter_records(_records(), campaign_contains="rentrée")
    assert named["campaign_name"].tolist() == ["Rentrée : -15 %", "RENTRÉE relance"]
    assert len(filter_records(_records(), campaign_contains="-15 %")[0]) == 1  # not a regular expression


def test_previous_period_has_equal_length_and_records_period_spans_every_row() -> None:
    assert previous_period(date(2026, 9, 1), date(2026, 9, 30)) == (date(2026, 8, 2), date(2026, 8, 31))
    assert previous_period(date(2026, 3, 1), date(2026, 3, 1)) == (date(2026, 2, 28), date(2026, 2, 28))
    assert records_period(_records()) == (date(2026, 8, 25), date(2026, 9, 30))
    assert records_period(normalize_records(pd.DataFrame())) is None


@pytest.mark.parametrize(
    ("ratio", "text"),
    [
        (0.127, "7.9x lower"),
        (0.7, "30% lower"),
        (1.5, "50% higher"),
        (2.14, "2.1x higher"),
        (0.0, "far lower"),
    ],
)
def test_how_many_times(ratio: float, text: str) -> None:
    assert times(ratio) == text


def test_numbers_read_like_an_analyst_wrote_them() -> None:
    assert percent(0.0041) == "0.41%" and percent(0.0000523) == "0.0052%"
    assert percent_range(0.0036, 0.0047) == "0.36-0.47%"
    assert approximately(1137) == "~1,100" and approximately(42.4) == "~42"
    assert approximate_money(18749, "EUR") == "~€19,000" and approximate_money(12.5, "USD") == "~$12.50"
    assert period_owner((date(2026, 9, 1), date(2026, 9, 30))) == "September's"
    assert period_owner((date(2026, 8, 20), date(2026, 9, 30))) is None


def test_one_platform_social_channels_take_the_platform_name() -> None:
    assert group_label("organic_social", ("instagram",)) == "Instagram"
    assert group_label("paid_social", ("meta",)) == "Meta Ads"
    assert group_label("organic_social", ("facebook", "instagram")) == "Organic social"
    assert group_label("email", ("mailchimp",)) == "Email"
