"""Per-item metrics (channelcompare/per_item.py): hand computations on the sample data, the interval's
coverage in a seeded simulation of over-dispersed counts."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from channelcompare.compare import compare
from channelcompare.model import concat_records
from channelcompare.per_item import item_sums, mean_interval, per_item_value
from importers.load import import_files
from tests.conftest import ROOT

SAMPLE = ROOT / "resources" / "sample_data"


@pytest.fixture(scope="module")
def comparison():  # type: ignore[no-untyped-def]
    outcomes = import_files([SAMPLE])
    return compare(concat_records([o.result.records for o in outcomes if o.result is not None]))


def test_email_interactions_per_send_are_unique_clicks_over_sends(comparison) -> None:  # type: ignore[no-untyped-def]
    campaigns = pd.read_csv(SAMPLE / "mailchimp_campaigns_sept_2026.csv")
    value = comparison.channels["email"].metrics["interactions_per_item"]
    clicks = campaigns["Unique Clicks"].sum()
    assert value.numerator == clicks and value.denominator == len(campaigns)
    assert value.value == pytest.approx(clicks / len(campaigns))  # 6620 / 12 ≈ 552
    assert value.ci is not None and value.ci[0] < value.value < value.ci[1]


def test_posts_per_platform_are_engagements_over_posts(comparison) -> None:  # type: ignore[no-untyped-def]
    posts = pd.read_csv(SAMPLE / "instagram_posts_sept_2026.csv")
    engagement = posts[["Likes", "Comments", "Shares", "Saves"]].sum().sum()
    value = comparison.platforms["organic_social/instagram"].metrics["interactions_per_item"]
    assert value.denominator == len(posts)
    assert value.value == pytest.approx(engagement / len(posts))


def test_campaign_level_channels_have_no_items(comparison) -> None:  # type: ignore[no-untyped-def]
    value = comparison.channels["paid_social"].metrics["interactions_per_item"]
    assert value.value is None and value.interval.startswith("no sends")


def test_items_are_keys_and_rows_without_the_measure_are_left_out() -> None:
    measure = np.array([10.0, 5.0, np.nan, 7.0, 3.0])
    keys = np.array([0, 0, 1, 2, 3])
    is_item = np.array([True, True, True, True, False])
    totals = item_sums(measure, keys, is_item)
    assert sorted(totals) == [7.0, 15.0]
    assert per_item_value(totals).value == pytest.approx(11.0)


def test_bootstrap_interval_covers_about_95_percent_of_overdispersed_means() -> None:
    rng = np.random.default_rng(7)
    mean, dispersion, items, runs = 60.0, 1.5, 40, 300
    covered = 0
    for run in range(runs):  # negative binomial counts: variance ≈ mean + mean²/1.5, far above Poisson
        counts = rng.negative_binomial(dispersion, dispersion / (dispersion + mean), size=items)
        ci, method = mean_interval(counts.astype(float), seed=run)
        assert method == "bootstrap_items" and ci is not None
        covered += ci[0] <= mean <= ci[1]
    assert 0.90 <= covered / runs <= 0.98


def test_the_t_interval_for_many_items_covers_about_95_percent() -> None:
    rng = np.random.default_rng(11)
    mean, dispersion, items, runs = 60.0, 1.5, 800, 400
    covered = 0
    for _run in range(runs):
        counts = rng.negative_binomial(dispersion, dispersion / (dispersion + mean), size=items)
        ci, method = mean_interval(counts.astype(float))
        assert method == "t_items" and ci is not None
        covered += ci[0] <= mean <= ci[1]
    assert 0.92 <= covered / runs <= 0.98


def test_each_per_item_metric_has_one_definition() -> None:
    from channelcompare.per_item import PER_ITEM, PER_ITEM_DEFINITIONS

    assert set(PER_ITEM_DEFINITIONS) == set(PER_ITEM)
    for name, definition in PER_ITEM_DEFINITIONS.items():
        assert definition.numerator == PER_ITEM[name] and definition.denominator == "items"


def test_few_items_have_no_interval() -> None:
    assert mean_interval(np.array([3.0, 9.0]))[0] is None
