"""The comparison's result types: what the UI, the report and the headless command read.

`compare.compare()` builds a `Comparison`; `Comparison.to_json()` is the exact object printed by
`main.py compare --json`. Values are plain floats (None when unknown), never NaN.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from channelcompare.benchmarks import Benchmark
from channelcompare.metrics import METRICS
from channelcompare.views import CampaignViews


@dataclass
class MetricValue:
    """One metric of one channel: the value, its 95% interval, and what it was computed from."""

    value: float | None
    ci: tuple[float, float] | None
    numerator: float | None
    denominator: float | None
    #: Distinct campaigns (posts, sends) and rows whose numerator and denominator are both known: the rows
    #: this value rests on, which every view shows beside it (not the channel's whole audience).
    campaigns: int = 0
    rows: int = 0
    #: How the interval was made: "wilson", "cluster_t" (campaigns as clusters, t with G−1 degrees of
    #: freedom), or why there is none ("fewer than 3 campaigns").
    interval: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "ci": list(self.ci) if self.ci else None,
            "numerator": self.numerator,
            "denominator": self.denominator,
            "campaigns": self.campaigns,
            "rows": self.rows,
            "interval": self.interval,
        }


@dataclass
class ChannelSummary:
    """A channel (or one platform within a channel) over the period."""

    channel: str
    audience: float | None
    audience_basis: str
    #: Distinct campaign keys (channelcompare/grain.py) among the rows with an audience, not rows.
    campaigns: int
    metrics: dict[str, MetricValue]
    currency: str | None
    #: Human name: "Email", "Instagram" (when the channel has a single platform), "Organic social".
    label: str = ""
    platform: str | None = None
    platforms: tuple[str, ...] = ()
    #: Rows with an audience (campaign-days of a daily export, posts, sends) and what the keys and rows are.
    rows: int = 0
    campaign_unit: str = "campaigns"
    row_unit: str = "campaigns"
    #: True when the audience adds up reach over rows (posts, ads): a sum of reaches, not unique people.
    summed_reach: bool = False

    def basis_of(self, metric: str) -> str:
        """What `metric` is per for this channel: its audience basis ("delivered", "impressions") for
        rates of the audience, else the denominator's measure ("clicks", "conversions", "cost")."""
        definition = METRICS.get(metric)
        if definition is None or definition.denominator == "audience":
            return self.audience_basis
        return definition.denominator

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "platform": self.platform,
            "platforms": list(self.platforms),
            "audience": self.audience,
            "audience_basis": self.audience_basis,
            "campaigns": self.campaigns,
            "campaign_unit": self.campaign_unit,
            "rows": self.rows,
            "row_unit": self.row_unit,
            "summed_reach": self.summed_reach,
            "currency": self.currency,
            "metrics": {name: value.to_json() for name, value in self.metrics.items()},
        }


@dataclass
class Finding:
    """One channel compared with the baseline on one metric, with a sentence a person can read."""

    channel: str
    metric: str
    value: float | None
    baseline_value: float | None
    ratio: float | None
    ratio_ci: tuple[float, float] | None
    p_value: float | None
    significant: bool
    verdict: str  # "below" | "above" | "no_difference" | "not_enough_data"
    impact: float | None
    sentence: str
    social_below_email: bool
    #: Set on platform-level findings ("instagram" within organic_social).
    platform: str | None = None
    #: Unadjusted p-value of the two-proportion z-test (p_value is Holm-adjusted).
    raw_p_value: float | None = None
    #: Campaign-level 95% interval of the ratio (bootstrap or linearisation), when both sides have >= 3.
    campaign_ratio_ci: tuple[float, float] | None = None
    label: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "channel": self.channel,
            "platform": self.platform,
            "label": self.label,
            "metric": self.metric,
            "value": self.value,
            "baseline_value": self.baseline_value,
            "ratio": self.ratio,
            "ratio_ci": list(self.ratio_ci) if self.ratio_ci else None,
            "campaign_ratio_ci": list(self.campaign_ratio_ci) if self.campaign_ratio_ci else None,
            "p_value": self.p_value,
            "raw_p_value": self.raw_p_value,
            "significant": self.significant,
            "verdict": self.verdict,
            "impact": self.impact,
            "social_below_email": self.social_below_email,
            "sentence": self.sentence,
        }


@dataclass
class Comparison:
    """Everything the comparison found. Frames: timing (channel × weekday × hour), trends (channel × week),
    funnel (channel × stage)."""

    baseline: str
    period: tuple[date, date] | None
    channels: dict[str, ChannelSummary]
    findings: list[Finding]
    warnings: list[str]
    #: Timing, trends and funnel, built when first read (the `timing`, `trends` and `funnel` properties).
    tables: CampaignViews
    previous: Comparison | None
    benchmarks: list[Benchmark]
    share_of_sales: dict | None = None
    claimed_vs_observed: list | None = None
    #: Platform-level summaries within social channels with several platforms, keyed "channel/platform".
    platforms: dict[str, ChannelSummary] = field(default_factory=dict)
    #: When money was converted to a reporting currency: which rates (ECB, their dates and origin).
    currency_note: str | None = None
    #: Per channel, its sends or posts (`per_item.ItemSample`): what the claim's per-item tests resample.
    items: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def timing(self) -> pd.DataFrame:
        return self.tables.get("timing")

    @property
    def trends(self) -> pd.DataFrame:
        return self.tables.get("trends")

    @property
    def funnel(self) -> pd.DataFrame:
        return self.tables.get("funnel")

    def change(self, channel: str, metric: str) -> float | None:
        """Relative change of a channel's metric against the previous period (0.1 = +10%)."""
        if self.previous is None:
            return None
        now = _metric(self, channel, metric)
        before = _metric(self.previous, channel, metric)
        if now is None or before is None or before == 0:
            return None
        return now / before - 1.0

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "baseline": self.baseline,
            "period": [d.isoformat() for d in self.period] if self.period else None,
            "channels": {name: summary.to_json() for name, summary in self.channels.items()},
            "platforms": {name: summary.to_json() for name, summary in self.platforms.items()},
            "findings": [finding.to_json() for finding in self.findings],
            "warnings": list(self.warnings),
            "benchmarks": [b.to_json() for b in self.benchmarks],
            "funnel": frame_to_json(self.funnel),
            "timing": frame_to_json(self.timing),
            "trends": frame_to_json(self.trends),
            "share_of_sales": self.share_of_sales,
            "claimed_vs_observed": self.claimed_vs_observed,
            "currency_conversion": self.currency_note,
            "previous": self._previous_json(),
        }
        return out

    def _previous_json(self) -> dict[str, Any] | None:
        if self.previous is None:
            return None
        changes = {
            channel: {metric: self.change(channel, metric) for metric in summary.metrics}
            for channel, summary in self.channels.items()
        }
        previous = self.previous
        return {
            "period": [d.isoformat() for d in previous.period] if previous.period else None,
            "channels": {name: s.to_json() for name, s in previous.channels.items()},
            "change": changes,
        }


def _metric(comparison: Comparison, channel: str, metric: str) -> float | None:
    summary = comparison.channels.get(channel)
    value = summary.metrics.get(metric) if summary else None
    return value.value if value else None


def clean(value: object) -> object:
    """A JSON-safe scalar: NaN and NaT become None, numpy and pandas scalars plain Python."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def frame_to_json(frame: pd.DataFrame) -> list[dict[str, object]]:
    """Rows of a small result frame as JSON-safe dicts."""
    columns = list(frame.columns)
    return [{c: clean(v) for c, v in zip(columns, row, strict=True)} for row in frame.itertuples(index=False)]
