"""Property: over random mixes of sources, grains and filters, every view shows the engine's paired metric.

For every channel and metric, the value, numerator, denominator and campaign count in the funnel steps,
the timing cells summed, the trends (per month, and
summed over days or weeks), `channels.csv` (its frame), `compare --json` and the channel summary are the same,
and the summary itself is the pooling of the rows that carry both measures (recomputed here from the
records, independently of the engine's code). The Overview cards and the report's Channels sheet read the
same `MetricValue` (tests/ui/views/test_overview.py, tests/channelcompare/report/test_report.py).
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from channelcompare.compare import CompareOptions, compare
from channelcompare.metrics import METRICS
from channelcompare.model import normalize_records
from channelcompare.report.csv_export import channels_frame

#: (format_id, platform, channel, audience measure, measures it may lack)
SOURCES = (
    ("mailchimp_campaigns", "mailchimp", "email", "delivered", ("conversions", "revenue")),
    ("facebook_posts", "facebook", "organic_social", "reach", ()),
    ("instagram_posts", "instagram", "organic_social", "reach", ("clicks",)),
    ("meta_ads", "meta", "paid_social", "impressions", ()),
    ("linkedin_ads", "linkedin", "paid_social", "impressions", ("revenue",)),
)

rows_strategy = st.lists(
    st.tuples(
        st.integers(0, len(SOURCES) - 1),  # source
        st.integers(0, 3),  # campaign within the source
        st.integers(0, 13),  # day in September
        st.integers(7, 20),  # hour
        st.integers(500, 20_000),  # audience
        st.floats(0.0, 0.05),  # click rate
        st.booleans(),  # drop the optional measures on this row
    ),
    min_size=1,
    max_size=40,
)


def _records(drawn: list[tuple[int, int, int, int, int, float, bool]]) -> pd.DataFrame:
    rows = []
    for source, campaign, day, hour, audience, rate, sparse in drawn:
        format_id, platform, channel, measure, optional = SOURCES[source]
        start = pd.Timestamp(2026, 9, 1 + day, hour)
        clicks = float(round(audience * rate))
        row = {
            "format_id": format_id, "platform": platform, "channel": channel, "campaign_id": f"{platform}{campaign}",
            "start": start, "end": start, measure: float(audience), "clicks": clicks,
            "engagements": clicks * 3, "conversions": float(round(clicks * 0.1)), "revenue": clicks * 4.5,
            "cost": audience * 0.01 if channel == "paid_social" else None, "currency": "EUR",
        }  # fmt: skip
        for name in optional if sparse else ():
            row[name] = None
        rows.append(row)
    return normalize_records(pd.DataFrame(rows))


def _pooled(
    records: pd.DataFrame, channel: str, numerator: str, denominator: str
) -> tuple[float | None, float | None, int]:
    """The oracle: Σ numerator and Σ denominator over the channel's rows that carry both (None when no
    row does), and their distinct campaigns."""
    mine = records[records["channel"] == channel]
    known = mine[numerator].notna() & mine[denominator].notna()
    if not known.any():
        return None, None, 0
    keys = mine.loc[known, "format_id"] + "|" + mine.loc[known, "campaign_id"]
    return float(mine.loc[known, numerator].sum()), float(mine.loc[known, denominator].sum()), keys.nunique()


def _audience_measure(channel: str) -> str:
    return {"email": "delivered", "organic_social": "reach", "paid_social": "impressions"}[channel]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows_strategy,
    st.sampled_from([None, (date(2026, 9, 3), date(2026, 9, 10)), (date(2026, 9, 8), date(2026, 9, 14))]),
    st.sampled_from([None, ("email", "paid_social"), ("organic_social", "email")]),
)
def test_every_view_shows_the_engines_paired_metric(drawn, period, channels) -> None:  # type: ignore[no-untyped-def]
    records = _records(drawn)
    start, end = period or (None, None)
    comparison = compare(records, CompareOptions(start=start, end=end, channels=channels))
    kept = records
    if period is not None:
        kept = kept[(kept["start"].dt.date >= start) & (kept["start"].dt.date <= end)]
    if channels is not None:
        kept = kept[kept["channel"].isin(channels)]
    assert set(comparison.channels) == set(kept["channel"])
    csv = channels_frame(comparison)
    data = comparison.to_json()["channels"]
    for channel, summary in comparison.channels.items():
        audience = _audience_measure(channel)
        click = summary.metrics["click_rate"]
        x, n, campaigns = _pooled(kept, channel, "clicks", audience)
        assert (click.numerator, click.denominator, click.campaigns) == (x, n, campaigns)
        conversions = summary.metrics["click_to_conversion"]
        x, n, campaigns = _pooled(kept, channel, "conversions", "clicks")
        assert (conversions.numerator, conversions.denominator, conversions.campaigns) == (x, n, campaigns)
        _assert_funnel(comparison, channel, summary)
        _assert_timing(comparison, channel, summary)
        _assert_trends(comparison, channel, summary)
        for name in METRICS:
            value = summary.metrics[name]
            row = csv[(csv["channel"] == channel) & csv["platform"].isna() & (csv["metric"] == name)].iloc[0]
            shown = data[channel]["metrics"][name]
            assert _same(row["value"], value.value) and _same(shown["value"], value.value)
            assert _same(row["numerator"], value.numerator) and _same(shown["denominator"], value.denominator)
            assert row["campaigns"] == value.campaigns == shown["campaigns"]


def _assert_funnel(comparison, channel: str, summary) -> None:  # type: ignore[no-untyped-def]
    funnel = comparison.funnel.set_index(["channel", "stage"])
    for stage, metric in (("clicks", "click_rate"), ("conversions", "click_to_conversion")):
        step, value = funnel.loc[(channel, stage)], summary.metrics[metric]
        if value.numerator is None:
            continue
        assert step["step"] == metric and _same(step["of_previous"], value.value)
        assert (step["numerator"], step["denominator"], step["campaigns"]) == (
            value.numerator,
            value.denominator,
            value.campaigns,
        )


def _assert_timing(comparison, channel: str, summary) -> None:  # type: ignore[no-untyped-def]
    """Every row has a send time, so the heatmap's cells add up to the channel's paired counts."""
    cells = comparison.timing[comparison.timing["channel"] == channel]
    value = summary.metrics["click_rate"]
    assert cells["click_rate.num"].sum() == (value.numerator or 0.0)
    assert cells["click_rate.den"].sum() == (value.denominator or 0.0)
    assert (cells["click_rate.campaigns"] <= value.campaigns).all()


def _assert_trends(comparison, channel: str, summary) -> None:  # type: ignore[no-untyped-def]
    """Every row lies in September: the monthly trend is one point per channel, the channel summary itself;
    the weekly and daily points add up to its numerator and denominator."""
    for bucket in ("day", "week", "month"):
        points = comparison.tables.trends_in(bucket)[0]
        points = points[points["channel"] == channel]
        for name in METRICS:
            value = summary.metrics[name]
            assert points[f"{name}.num"].sum() == pytest.approx(value.numerator or 0.0, rel=1e-12)
            assert points[f"{name}.den"].sum() == pytest.approx(value.denominator or 0.0, rel=1e-12)
            assert (points[f"{name}.campaigns"] <= value.campaigns).all()
            if bucket == "month":
                (point,) = points.to_dict("records")
                assert _same(point[name], value.value) and point[f"{name}.campaigns"] == value.campaigns
                assert _same(point[f"{name}.num"], value.numerator)


def _same(a: object, b: object) -> bool:
    missing = [x is None or (isinstance(x, float) and np.isnan(x)) for x in (a, b)]
    if any(missing):
        return all(missing)
    return bool(np.isclose(float(a), float(b), rtol=1e-12, atol=0))  # type: ignore[arg-type]
