"""Compare every channel with a baseline channel: metrics, intervals, tests and findings.

The result types live in `channelcompare.results`; they are re-exported here so callers need one import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from channelcompare.benchmarks import Benchmark
from channelcompare.results import ChannelSummary, Comparison, Finding, MetricValue

__all__ = ["Benchmark", "ChannelSummary", "CompareOptions", "Comparison", "Finding", "MetricValue"]


@dataclass
class CompareOptions:
    """What to compare: the baseline channel, the filters, and the optional extras."""

    baseline: str = "email"
    start: date | None = None
    end: date | None = None
    platforms: tuple[str, ...] | None = None
    channels: tuple[str, ...] | None = None
    campaign_contains: str | None = None
    opens_as_interactions: bool = False
    period_over_period: bool = False
    #: channel -> effort cost for the period (hours × rate + tool fees), in the channel's currency.
    effort_costs: dict[str, float] = field(default_factory=dict)
