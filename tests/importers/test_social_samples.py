"""The bundled Atelier Lumen social samples import cleanly and tell the shop's story (see the brief)."""

from __future__ import annotations

import pytest

from channelcompare.resources import SAMPLE_DATA
from channelcompare.sources import ImportResult
from importers.load import import_file


def imported(name: str) -> ImportResult:
    result = import_file(SAMPLE_DATA / name)
    assert result.rejected == []
    return result


def test_meta_ads_sample() -> None:
    result = imported("meta_ads_sept_2026.csv")
    totals = result.totals()
    assert result.format_id == "meta_ads" and result.currency == "EUR" and len(result.warnings) == 1
    assert 2800 <= totals["cost"] <= 3200 and 160_000 <= totals["reach"] <= 200_000
    assert totals["clicks"] / totals["impressions"] == pytest.approx(0.007, abs=0.001)
    assert 35 <= totals["conversions"] <= 45
    assert set(result.records["attribution"]) == {"7-day click or 1-day view"}


@pytest.mark.parametrize(
    ("name", "posts", "reach"),
    [("instagram_posts_sept_2026.csv", 30, 2500), ("facebook_posts_sept_2026.csv", 20, 800)],
)
def test_post_samples(name: str, posts: int, reach: int) -> None:
    result = imported(name)
    records = result.records
    assert result.rows == posts and records["reach"].mean() == pytest.approx(reach, rel=0.1)
    assert records["engagements"].sum() / records["reach"].sum() == pytest.approx(0.03, abs=0.006)
    # posting times vary by weekday and hour, so a timing heatmap has something to show
    assert records["start"].dt.day_of_week.nunique() >= 5 and records["start"].dt.hour.nunique() >= 4


def test_facebook_link_clicks_are_about_four_per_thousand_reached() -> None:
    records = imported("facebook_posts_sept_2026.csv").records
    assert records["clicks"].sum() / records["reach"].sum() == pytest.approx(0.004, abs=0.001)


def test_linkedin_sample_is_a_small_b2b_test() -> None:
    result = imported("linkedin_campaigns_sept_2026.csv")
    assert result.format_id == "linkedin_ads" and result.records["campaign_id"].nunique() == 3
    assert result.totals()["cost"] < 1000
