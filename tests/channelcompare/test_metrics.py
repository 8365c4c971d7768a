"""Metric definitions and per-row metrics: audience bases, interactions, the both-known rule."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from channelcompare.metrics import DEFINITIONS, METRICS, audience, campaign_metrics, conversions, interactions
from channelcompare.model import normalize_records


def _records(rows: list[dict[str, object]]) -> pd.DataFrame:
    return normalize_records(pd.DataFrame(rows))


def test_the_required_metrics_are_defined_once_with_their_parts() -> None:
    expected = {"click_rate", "interaction_rate", "open_rate", "conversion_rate", "click_to_conversion"}
    expected |= {"revenue_per_1000", "cost_per_conversion", "roas"}
    assert set(METRICS) == expected
    assert "audience" in DEFINITIONS and "audience" not in METRICS
    assert all(m.kind in {"rate", "per_1000", "money", "ratio"} for m in METRICS.values())
    assert METRICS["open_rate"].flag and "Apple" in METRICS["open_rate"].flag
    assert not METRICS["cost_per_conversion"].higher_is_better


def test_audience_basis_follows_the_channel_with_fallbacks() -> None:
    frame = _records(
        [
            {"channel": "email", "delivered": 900, "sent": 1000},
            {"channel": "email", "sent": 500},
            {"channel": "sms", "sent": 50},
            {"channel": "organic_social", "reach": 700, "impressions": 1500},
            {"channel": "paid_social", "impressions": 4000},
            {"channel": "direct", "sessions": 300, "reach": 10},
            {"channel": "organic_social", "clicks": 4},
        ]
    )
    value, basis = audience(frame)
    assert value.tolist()[:6] == [900, 500, 50, 700, 4000, 300]
    assert math.isnan(value.iloc[6])
    assert basis.tolist() == ["delivered", "sent", "sent", "reach", "impressions", "sessions", ""]


def test_interactions_are_engagements_for_social_and_unique_clicks_or_opens_for_email() -> None:
    frame = _records(
        [
            {"channel": "email", "clicks": 30, "opens": 400, "engagements": 9},
            {"channel": "organic_social", "clicks": 3, "engagements": 90},
        ]
    )
    assert interactions(frame).tolist() == [30, 90]
    assert interactions(frame, opens_as_interactions=True).tolist() == [400, 90]


def test_conversions_fall_back_to_orders_only_when_missing() -> None:
    frame = _records([{"conversions": 5, "orders": 7}, {"orders": 3}, {}])
    values = conversions(frame)
    assert values.iloc[0] == 5 and values.iloc[1] == 3 and math.isnan(values.iloc[2])


def test_campaign_metrics_per_row_with_missing_and_zero_denominators() -> None:
    frame = _records(
        [
            {
                "channel": "email",
                "delivered": 1000,
                "clicks": 30,
                "opens": 300,
                "conversions": 3,
                "revenue": 150,
            },
            {
                "channel": "paid_social",
                "reach": 2000,
                "clicks": 10,
                "conversions": 2,
                "revenue": 80,
                "cost": 40,
            },
            {"channel": "email", "delivered": 0, "clicks": 0},
            {"channel": "organic_social", "reach": 500},
        ]
    )
    out = campaign_metrics(frame)
    assert out.loc[0, "click_rate"] == pytest.approx(0.03)
    assert out.loc[0, "open_rate"] == pytest.approx(0.3)
    assert out.loc[0, "revenue_per_1000"] == pytest.approx(150.0)
    assert out.loc[1, "click_to_conversion"] == pytest.approx(0.2)
    assert out.loc[1, "cost_per_conversion"] == pytest.approx(20.0)
    assert out.loc[1, "roas"] == pytest.approx(2.0)
    assert math.isnan(out.loc[1, "open_rate"])  # no open rate outside email
    assert math.isnan(out.loc[2, "click_rate"])  # zero audience: unknown, not 0 and not inf
    assert math.isnan(out.loc[3, "click_rate"])  # the post does not say its clicks
    assert out["audience_basis"].tolist() == ["delivered", "reach", "delivered", "reach"]
    assert len(out) == len(frame) and set(METRICS) <= set(out.columns)


def test_campaign_metrics_of_no_records_is_an_empty_table_with_the_columns() -> None:
    out = campaign_metrics(normalize_records(pd.DataFrame()))
    assert out.empty and {"audience", "audience_basis", *METRICS} <= set(out.columns)
