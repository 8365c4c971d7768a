"""Aggregate once: ad-level rows of one campaign and day summed, with every channel figure unchanged."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from channelcompare.aggregate import aggregate_records
from channelcompare.compare import compare
from channelcompare.model import normalize_records
from tests.channelcompare.shop import shop_records


def _ad_rows(
    day: str, campaign: str | None, clicks: list[float], reach: list[float]
) -> list[dict[str, object]]:
    return [
        {"platform": "meta", "channel": "paid_social", "campaign_name": campaign, "campaign_id": campaign and f"id {campaign}", "currency": "EUR",
         "source_file": "meta.csv", "start": day, "end": day, "clicks": c, "reach": r, "source_line": 0}
        for c, r in zip(clicks, reach, strict=True)
    ]  # fmt: skip


def _records(rows: list[dict[str, object]]) -> pd.DataFrame:
    frame = normalize_records(pd.DataFrame(rows))
    frame["source_line"] = np.arange(2, len(frame) + 2)
    return frame


def test_ad_rows_of_one_campaign_and_day_become_one_row_with_their_sums() -> None:
    rows = _ad_rows("2026-09-01", "Rentrée", [3, 5, 7], [100, 200, 300])
    rows += _ad_rows("2026-09-02", "Rentrée", [1, 2], [50, 60])
    rows[0]["derived"], rows[2]["derived"] = "reach", "clicks"
    out = aggregate_records(_records(rows))
    assert len(out) == 2
    assert out["clicks"].tolist() == [15.0, 3.0]
    assert out["reach"].tolist() == [600.0, 110.0]
    assert out["source_line"].tolist() == [2, 5]  # the first row of each campaign-day, for tracing
    assert out["derived"].tolist()[0] == "clicks,reach"  # a sum partly derived from a rate says so
    assert out["derived"].isna().tolist() == [False, True]
    assert out["cost"].isna().all()  # missing stays missing, never a sum of 0


def test_rows_that_know_different_measures_stay_apart() -> None:
    rows = _ad_rows("2026-09-01", "Rentrée", [3, math.nan], [100, 200])
    out = aggregate_records(_records(rows))
    assert len(out) == 2  # summing would pair 3 clicks with 300 reach instead of 100


def test_store_orders_and_unnamed_rows_are_never_merged_and_unique_rows_are_unchanged() -> None:
    orders = [
        {"platform": "shopify", "channel": "other", "start": "2026-09-01", "orders": 1.0, "revenue": 40.0}
    ] * 2
    unnamed = _ad_rows("2026-09-01", None, [3, 4], [100, 100])
    records = _records(orders + unnamed + _ad_rows("2026-09-01", "Rentrée", [3], [100]))
    out = aggregate_records(records)
    pd.testing.assert_frame_equal(out, records)


@pytest.mark.parametrize("copies", [1, 4])
def test_comparison_of_ad_rows_equals_that_of_their_campaign_days(copies: int) -> None:
    shop = shop_records()
    measures = ["reach", "impressions", "clicks", "conversions", "revenue", "cost"]
    shop = shop.assign(campaign_id=shop["campaign_name"].where(shop["platform"] == "meta"))
    meta = shop[shop["platform"] == "meta"]
    split = pd.concat([meta.assign(**{m: meta[m] / copies for m in measures})] * copies, ignore_index=True)
    ads = pd.concat([shop[shop["platform"] != "meta"], split], ignore_index=True)
    whole, parts = compare(shop), compare(ads)
    assert whole.channels.keys() == parts.channels.keys()
    for key, summary in whole.channels.items():
        for name, metric in summary.metrics.items():
            other = parts.channels[key].metrics[name]
            assert other.numerator == pytest.approx(metric.numerator)
            assert other.denominator == pytest.approx(metric.denominator)
            assert other.ci == pytest.approx(metric.ci)  # campaign intervals: campaigns, not ads
    assert [f.metric for f in whole.findings] == [f.metric for f in parts.findings]
