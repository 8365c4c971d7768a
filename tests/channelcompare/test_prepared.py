"""Comparing prepared records must give exactly what comparing the records gives, whatever the options."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from channelcompare.attribution import RuleSet
from channelcompare.attribution.sales import store_orders
from channelcompare.compare import CompareOptions, compare, prepare_records, store_sales
from channelcompare.model import concat_records
from importers.load import import_file

DATA = Path(__file__).resolve().parent.parent / "data"
FILES = (
    "mailchimp_campaigns.csv",
    "klaviyo_flows.csv",
    "instagram_posts.csv",
    "facebook_posts.csv",
    "meta_ads_campaigns.csv",
    "tiktok_ads.csv",
    "linkedin_campaigns_en.csv",
    "google_ads_campaigns.csv",
    "ga4_traffic_en.csv",
    "shopify_orders.csv",
)
OPTIONS = (
    {},
    {"channels": ("email", "paid_social")},
    {"platforms": ("tiktok", "ga4")},  # GA4's paid social no longer covered by a campaign export
    {"start": date(2026, 9, 10), "end": date(2026, 9, 20)},
    {"campaign_contains": "a"},
    {"baseline": "paid_social", "opens_as_interactions": True},
    {"period_over_period": True, "start": date(2026, 9, 16), "end": date(2026, 9, 30)},
    {"effort_costs": {"organic_social": 500.0}},
    {"reporting_currency": "EUR"},
)


@pytest.fixture(scope="module")
def records() -> pd.DataFrame:
    records = concat_records([import_file(DATA / name).records for name in FILES])
    tiktok = records.index[records["platform"] == "tiktok"]
    records.loc[tiktok[:2], "currency"] = "USD"  # paid social with money in two currencies
    records.loc[records.index[records["platform"] == "facebook"][:1], "channel"] = None  # no channel
    return records


@pytest.mark.parametrize("change", OPTIONS)
def test_prepared_records_compare_exactly_as_the_records_do(records: pd.DataFrame, change: dict) -> None:
    options = CompareOptions(**change)
    expected = compare(records, options).to_json()
    prepared = prepare_records(records)
    assert compare(prepared, options).to_json() == expected
    assert compare(prepared, options, sales=store_sales(prepared.records, options)).to_json() == expected
    orders = store_orders(prepared.records, options.channel_rules or RuleSet())  # of every period
    kept = store_sales(prepared.records, options, orders=orders)
    assert compare(prepared, options, sales=kept).to_json() == expected


def test_the_comparison_sees_every_decision_the_fixture_exercises(records: pd.DataFrame) -> None:
    """The fixture must exercise what depends on the rows compared together, or the test above proves little."""
    warnings = " ".join(compare(prepare_records(records)).warnings)
    assert "several currencies" in warnings and "GA4 rows" in warnings
    alone = " ".join(compare(prepare_records(records), CompareOptions(platforms=("tiktok", "ga4"))).warnings)
    assert "several currencies" in alone and "GA4 rows for email" not in alone
