"""The bundled sample shop's store view tells the product's story: social well under 2% of store revenue,
email about a quarter, and Meta claiming more than the store attributes to paid social."""

from __future__ import annotations

import pytest

from channelcompare.attribution import sales_view
from channelcompare.model import concat_records
from channelcompare.resources import SAMPLE_DATA
from importers.load import import_files

FILES = ("shopify_orders_sept_2026.csv", "ga4_traffic_acquisition_sept_2026.csv")


@pytest.fixture(scope="module")
def outcomes():
    return import_files([SAMPLE_DATA / name for name in FILES])


def test_sample_store_files_import_cleanly(outcomes) -> None:
    assert [o.result.format_id for o in outcomes] == ["shopify_orders", "ga4_traffic"]
    shopify, ga4 = (o.result for o in outcomes)
    assert not shopify.rejected and not ga4.rejected
    assert 850 <= shopify.totals()["orders"] <= 950
    assert 45 <= shopify.totals()["revenue"] / shopify.totals()["orders"] <= 52
    assert shopify.period() == ga4.period()


def test_sample_store_story(outcomes) -> None:
    records = [o.result.records for o in outcomes]
    meta = SAMPLE_DATA / "meta_ads_sept_2026.csv"
    if meta.exists():
        records += [o.result.records for o in import_files([meta]) if o.ok]
    view = sales_view(concat_records(records))
    assert view.social_share < 0.02
    assert 0.25 <= view.email_share <= 0.30
    ga4_social = sum(view.by_channel[c].ga4_share or 0 for c in ("organic_social", "paid_social"))
    assert ga4_social < 0.02
    assert 0.01 < view.store_conversion_rate < 0.04
    if meta.exists():
        claim = next(c for c in view.claims if c.platform == "meta")
        assert claim.over_claiming and claim.channel == "paid_social"
