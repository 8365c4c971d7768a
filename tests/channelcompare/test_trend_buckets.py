"""Trends per day, week or month (issue 15, defect 3): a row is drawn only in a bucket its period lies in."""

from __future__ import annotations

import pandas as pd
import pytest

from channelcompare.compare import CompareOptions, compare
from channelcompare.views import too_coarse
from tests.channelcompare.test_window import _sample


def test_weekly_trends_leave_monthly_rows_out_and_name_them() -> None:
    comparison = compare(_sample(), CompareOptions(platforms=("meta", "linkedin")))
    weekly, coarse = comparison.tables.trends_in("week")
    assert coarse == ["Meta Ads: 8 rows of 30 days"]
    paid = weekly[weekly["channel"] == "paid_social"].set_index("period_start")
    # Before: Meta's monthly row sat in the week of 1 Sep (1.31%), then LinkedIn's daily rows (0.15%)
    # read as a fall. Now every weekly point is LinkedIn's own days.
    linkedin = _sample()[_sample()["platform"] == "linkedin"]
    week = linkedin["start"] - pd.to_timedelta(linkedin["start"].dt.day_of_week, unit="D")
    expected = linkedin.groupby(week)["clicks"].sum() / linkedin.groupby(week)["impressions"].sum()
    assert paid["click_rate"].to_numpy() == pytest.approx(expected.to_numpy())


def test_the_default_bucket_is_the_finest_every_row_fits() -> None:
    comparison = compare(_sample())
    monthly = comparison.trends
    assert set(monthly["bucket"]) == {"month"} and set(monthly["period_start"]) == {
        pd.Timestamp("2026-09-01")
    }
    paid = monthly.set_index("channel").loc["paid_social"]
    assert paid["click_rate"] == pytest.approx(comparison.channels["paid_social"].metrics["click_rate"].value)
    only_daily = compare(_sample(), CompareOptions(platforms=("mailchimp", "linkedin")))
    assert set(only_daily.trends["bucket"]) == {"week"}
    assert too_coarse(_sample().assign(end=_sample()["start"]), "day") == []


def test_trend_points_are_paired_and_count_campaigns_not_rows() -> None:
    """Issue 15: each point carries its own numerator, denominator and distinct campaign keys; LinkedIn's
    14 daily rows of one campaign are one campaign, not 14."""
    sample = _sample()
    comparison = compare(sample, CompareOptions(platforms=("linkedin",)))
    monthly = comparison.tables.trends_in("month")[0].set_index("channel").loc["paid_social"]
    summary = comparison.channels["paid_social"].metrics
    linkedin = sample[sample["platform"] == "linkedin"]
    for metric in ("click_rate", "click_to_conversion"):
        assert monthly[f"{metric}.num"] == summary[metric].numerator
        assert monthly[f"{metric}.den"] == summary[metric].denominator
        assert monthly[f"{metric}.campaigns"] == summary[metric].campaigns == linkedin["campaign_id"].nunique()
    assert monthly["click_rate.den"] == linkedin["impressions"].sum()
    assert "campaigns" not in comparison.trends.columns  # no row count passed off as campaigns
