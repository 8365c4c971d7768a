"""The bundled sample data (resources/sample_data): every view's number is the engine's paired metric."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from channelcompare.compare import CompareOptions, compare
from channelcompare.model import concat_records
from channelcompare.report import export_csv
from importers.load import import_files
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def sample() -> pd.DataFrame:
    outcomes = import_files([ROOT / "resources" / "sample_data"])
    return concat_records([o.result.records for o in outcomes if o.result is not None])


@pytest.fixture(scope="module")
def comparison(sample: pd.DataFrame):  # type: ignore[no-untyped-def]
    return compare(sample)


def _step(comparison, channel: str, stage: str) -> pd.Series:  # type: ignore[no-untyped-def]
    funnel = comparison.funnel
    return funnel[(funnel["channel"] == channel) & (funnel["stage"] == stage)].iloc[0]


def test_organic_click_step_is_the_click_rate_over_posts_that_carry_clicks(comparison) -> None:  # type: ignore[no-untyped-def]
    """Defect 1: 64 clicks over the 16,429 reach of the 20 Facebook posts (Instagram reports no clicks)."""
    click = comparison.channels["organic_social"].metrics["click_rate"]
    assert (click.numerator, click.denominator, click.campaigns) == (64, 16429, 20)
    step = _step(comparison, "organic_social", "clicks")
    assert (step["numerator"], step["denominator"], step["campaigns"]) == (64, 16429, 20)
    assert step["of_previous"] == pytest.approx(click.value) == pytest.approx(64 / 16429)
    assert step["value"] == 64 and _step(comparison, "organic_social", "audience")["value"] == 91193


def test_revenue_per_conversion_pairs_revenue_with_the_conversions_that_carry_it(  # type: ignore[no-untyped-def]
    comparison,
) -> None:
    """Defect 1: paid social's €2,240.21 of revenue over Meta's 41 conversions, not LinkedIn's too (43)."""
    step = _step(comparison, "paid_social", "revenue")
    assert (step["numerator"], step["denominator"]) == (pytest.approx(2240.21), 41)
    assert round(step["of_previous"], 2) == 54.64 and step["currency"] == "EUR"


def test_paid_social_is_pooled_over_impressions_and_posts_say_their_reach_is_summed(  # type: ignore[no-untyped-def]
    sample: pd.DataFrame, comparison
) -> None:
    """Defect 5: ad reach does not add up across ads; paid social's audience is impressions."""
    paid = comparison.channels["paid_social"]
    assert paid.audience_basis == "impressions" and not paid.summed_reach
    assert paid.audience == sample.loc[sample["channel"] == "paid_social", "impressions"].sum()
    assert comparison.channels["organic_social"].summed_reach  # per-post reach, summed: labelled so
    assert not any("mixes impressions and reach" in w for w in comparison.warnings)


def test_campaigns_are_counted_by_key_and_labelled(comparison) -> None:  # type: ignore[no-untyped-def]
    """Defect 4: LinkedIn's 42 campaign-days are 3 campaigns; Meta's 8 ad rows are 4 campaigns."""
    linkedin, meta = comparison.platforms["paid_social/linkedin"], comparison.platforms["paid_social/meta"]
    assert (linkedin.campaigns, linkedin.rows, linkedin.row_unit) == (3, 42, "campaign-days")
    assert (meta.campaigns, meta.rows) == (4, 8)
    posts = comparison.channels["organic_social"]
    assert (posts.campaigns, posts.campaign_unit, posts.row_unit) == (50, "posts", "posts")


def test_campaigns_csv_lists_what_the_comparison_compared(  # type: ignore[no-untyped-def]
    sample: pd.DataFrame, comparison, tmp_path: Path
) -> None:
    """Defect 11: GA4's email rows, left out of the comparison, are not in campaigns.csv either."""
    _, campaigns = export_csv(tmp_path, comparison, sample)
    table = pd.read_csv(campaigns, encoding="utf-8-sig")
    email = table[table["channel"] == "email"]
    assert (
        email["conversions"].sum() == comparison.channels["email"].metrics["conversion_rate"].numerator == 438
    )
    assert "ga4" not in set(email["platform"])


def test_an_unusable_effort_cost_is_said(sample: pd.DataFrame) -> None:
    """Defect 11: an effort cost for organic social has no conversions or revenue to be set against."""
    comparison = compare(sample, CompareOptions(effort_costs={"organic_social": 500.0}))
    assert any("effort cost entered for organic social is not used" in w for w in comparison.warnings)


def test_the_grain_round_trips_through_a_workspace(tmp_path: Path) -> None:
    """Grain is derived from format, ids and periods, which a workspace keeps: a comparison of the reloaded
    workspace counts the same campaigns, rows and units as one of the files."""
    from channelcompare.workspace import Workspace

    outcomes = [o for o in import_files([ROOT / "resources" / "sample_data"]) if o.result is not None]
    direct = compare(concat_records([o.result.records for o in outcomes]))
    with Workspace.open(tmp_path / "sample.ccws") as workspace:
        for number, outcome in enumerate(outcomes):
            workspace.add_import(outcome.result, f"hash-{number}")
    with Workspace.open(tmp_path / "sample.ccws") as workspace:
        reloaded = compare(workspace.records())
    for key, summary in {**direct.channels, **direct.platforms}.items():
        again = {**reloaded.channels, **reloaded.platforms}[key]
        assert (again.campaigns, again.rows, again.campaign_unit, again.row_unit) == (
            summary.campaigns,
            summary.rows,
            summary.campaign_unit,
            summary.row_unit,
        )
        assert again.metrics["click_rate"].campaigns == summary.metrics["click_rate"].campaigns
