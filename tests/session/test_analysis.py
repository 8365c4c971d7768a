"""The analysis cache must give exactly what computing everything afresh gives, for every filter."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from channelcompare.aggregate import aggregate_records
from channelcompare.compare import compare
from channelcompare.listed import PRORATED, listed_records
from channelcompare.metrics import campaign_metrics
from channelcompare.model import concat_records
from channelcompare.prepare import is_campaign_row
from importers.load import import_file
from session import analysis as prepared
from session.analysis import CampaignRows
from session.campaigns import shown_columns
from session.state import Choices, RecordsJob
from tests.channelcompare.test_window import HALF, _sample
from tests.ui.helpers import DATA

FILES = ("mailchimp_campaigns.csv", "instagram_posts.csv", "facebook_posts.csv", "shopify_orders.csv")
CHOICES = (
    {},
    {"channels": ("email",)},
    {"platforms": ("instagram", "mailchimp")},
    {"start": date(2026, 9, 10), "end": date(2026, 9, 20)},
    {"campaign_contains": "rentrée", "opens_as_interactions": True},
)


@pytest.fixture(scope="module")
def job() -> RecordsJob:
    records = concat_records([import_file(DATA / name).records for name in FILES])
    return RecordsJob(1, (), records)


def afresh(records: pd.DataFrame, choices: Choices) -> tuple[pd.DataFrame, dict]:
    """The Campaigns table and the comparison as computed before the cache existed."""
    shown = listed_records(aggregate_records(records), choices)
    shown = shown[is_campaign_row(shown)]
    table = shown_columns(campaign_metrics(shown, opens_as_interactions=choices.opens_as_interactions))
    return table.reset_index(drop=True), compare(
        records, choices
    ).to_json()


@pytest.mark.parametrize("change", CHOICES)
def test_a_cached_analysis_equals_one_computed_afresh(job: RecordsJob, change: dict) -> None:
    cache = prepared.AnalysisCache()
    cache.analyse(job, Choices())  # what the data change prepared, reused below
    choices = Choices(**change)
    analysis = cache.analyse(job, choices)
    table, comparison = afresh(job.build(), choices)
    assert len(table) > 0
    pd.testing.assert_frame_equal(analysis.campaigns, table)
    assert [len(a) for a in analysis.campaign_arrays or []] == [len(table)] * len(table.columns)
    assert analysis.comparison.to_json() == comparison


def test_the_sales_view_is_kept_across_channel_filters_only(job: RecordsJob, monkeypatch) -> None:
    import channelcompare.compare as compare_module

    calls: list[object] = []
    original = compare_module.store_sales

    def counted(records, options=None, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(options)
        return original(records, options, **kwargs)

    monkeypatch.setattr(compare_module, "store_sales", counted)
    cache = prepared.AnalysisCache()
    cache.analyse(job, Choices())
    cache.analyse(job, Choices(channels=("email",)))
    cache.analyse(job, Choices(platforms=("instagram",)))
    assert len(calls) == 1
    cache.analyse(job, Choices(start=date(2026, 9, 10)))
    assert len(calls) == 2  # the period changes the store's sales
    cache.analyse(job, Choices())
    assert len(calls) == 2  # back to the whole period: its view was kept
    converted = cache.analyse(job, Choices(reporting_currency="USD"))
    assert len(calls) == 2  # converted money: compare computes the view itself, with the rates in use
    assert converted.comparison.share_of_sales is not None


def test_orders_are_classified_once_for_every_period(job: RecordsJob, monkeypatch) -> None:
    from channelcompare.attribution import sales

    classified: list[int] = []
    original = sales.store_orders
    monkeypatch.setattr(
        sales,
        "store_orders",
        lambda records, rules: (classified.append(len(records)), original(records, rules))[1],
    )
    cache = prepared.AnalysisCache()
    cache.analyse(job, Choices())
    cache.analyse(job, Choices(start=date(2026, 9, 10), end=date(2026, 9, 20)))
    cache.analyse(job, Choices(start=date(2026, 9, 1), end=date(2026, 9, 5)))
    assert len(classified) == 1  # a date change only selects the orders of its period


def test_the_campaigns_tab_lists_the_prorated_rows_too() -> None:
    """Issue 15: with pro-rating the tab lists the straddling rows cut to the window, labelled."""
    aggregated = aggregate_records(_sample())
    rows = CampaignRows.of(aggregated, opens_as_interactions=False)
    inside, _ = rows.select(Choices(**HALF))
    table, arrays = rows.select(Choices(**HALF, prorate=True))
    labelled = table[table[PRORATED].notna()]
    assert len(table) == len(inside) + len(labelled) and len(labelled) > 0
    assert set(labelled["platform"]) >= {"meta"} and len(arrays) == len(table.columns)
    assert [len(a) for a in arrays] == [len(table)] * len(table.columns)
    whole = rows.table[rows.rows["platform"].eq("meta").to_numpy()]
    assert labelled[labelled["platform"] == "meta"]["clicks"].sum() == pytest.approx(
        whole["clicks"].sum() * 16 / 30
    )
