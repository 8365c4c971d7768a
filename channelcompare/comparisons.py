"""The comparisons made: every group against the baseline on every metric both carry, with the ratio, its
interval, the raw p-value, the campaign-level interval, and whether the sample is large enough.

Minimum sample (docs/metrics.md): 500 in each side's denominator for rates and revenue per 1,000; for rates,
30 events on the baseline side and, on the compared side, 30 events observed or expected at the baseline's
rate; 30 conversions a side for cost per conversion; 3 campaigns a side for the money metrics.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import pandas as pd

from channelcompare import stats
from channelcompare.metrics import METRICS, MetricDef
from channelcompare.results import MetricValue
from channelcompare.summarize import MIN_CAMPAIGNS, Group
from channelcompare.wording import in_sentence, possessive

MIN_AUDIENCE: Final = 500
MIN_EXPECTED_EVENTS: Final = 30
_DENOMINATOR_WORDS: Final = {
    "audience": "audience",
    "clicks": "clicks",
    "conversions": "conversions",
    "cost": "cost",
}


@dataclass
class Test:
    """One group against the baseline on one metric, before the Holm correction."""

    group: Group
    metric: MetricDef
    mine: MetricValue
    base: MetricValue
    ratio: float | None
    ratio_ci: tuple[float, float] | None
    raw_p: float | None
    campaign_ci: tuple[float, float] | None
    shortfall: str | None  # why there is not enough data, None when there is
    binomial: bool
    campaigns: tuple[int, int]


def make_tests(table: pd.DataFrame, groups: list[Group], baseline: Group) -> list[Test]:
    """Every (group, metric) where both sides carry the metric's measures, in the same currency for money."""
    tests = []
    for group in groups:
        for name, metric in METRICS.items():
            mine, base = group.summary.metrics[name], baseline.summary.metrics[name]
            if mine.denominator is None or base.denominator is None:
                continue
            if metric.kind != "rate" and group.summary.currency != baseline.summary.currency:
                continue
            if name == "interaction_rate" and _repeats_click_rate(group, baseline):
                continue
            tests.append(_test(table, group, baseline, metric, mine, base))
    return _without_repeats(tests)


def _repeats_click_rate(group: Group, baseline: Group) -> bool:
    """Email's interactions are its clicks: between two email channels the interaction rate repeats the
    click rate."""
    pairs = (group.summary.metrics, baseline.summary.metrics)
    return all(m["interaction_rate"] == m["click_rate"] for m in pairs)


#: A platform carrying this share of its channel's denominator speaks for the channel on that metric.
DOMINANT_SHARE: Final = 0.9


def _without_repeats(tests: list[Test]) -> list[Test]:
    """Drop a channel-level test that one platform's test already makes: when a platform carries at least
    90% of the channel's denominator for the metric, "Meta Ads' conversion rate" says what "paid social's
    conversion rate" would, and names who."""
    largest: dict[tuple[str, str], float] = {}
    for t in tests:
        if t.group.platform is not None:
            key = (t.group.channel, t.metric.name)
            largest[key] = max(largest.get(key, 0.0), t.mine.denominator or 0.0)
    return [t for t in tests if t.group.platform is not None or not _spoken_for(t, largest)]


def _spoken_for(test: Test, largest: dict[tuple[str, str], float]) -> bool:
    platform_share = largest.get((test.group.channel, test.metric.name), 0.0)
    total = test.mine.denominator or 0.0
    return total > 0 and platform_share >= DOMINANT_SHARE * total


def _test(
    table: pd.DataFrame,
    group: Group,
    baseline: Group,
    metric: MetricDef,
    mine: MetricValue,
    base: MetricValue,
) -> Test:
    x1, n1, x0, n0 = (
        float(v or 0.0) for v in (mine.numerator, mine.denominator, base.numerator, base.denominator)
    )
    binomial = metric.is_proportion and x1 <= n1 and x0 <= n0
    side, other = group.counts(table, metric.name), baseline.counts(table, metric.name)
    campaign_ci = stats.campaign_ratio_interval(side, other, f"{group.key}|{metric.name}")
    ratio = mine.value / base.value if mine.value is not None and base.value else None
    return Test(
        group=group,
        metric=metric,
        mine=mine,
        base=base,
        ratio=ratio,
        ratio_ci=stats.ratio_interval(x1, n1, x0, n0) if binomial else campaign_ci,
        raw_p=stats.two_proportion_p_value(x1, n1, x0, n0) if binomial else None,
        campaign_ci=campaign_ci,
        shortfall=_shortfall(
            (metric, binomial, (len(side[0]), len(other[0]))),
            (x1, n1, x0, n0),
            (in_sentence(group.summary.label), in_sentence(baseline.summary.label)),
        ),
        binomial=binomial,
        campaigns=(len(side[0]), len(other[0])),
    )


def _shortfall(
    test_parts: tuple[MetricDef, bool, tuple[int, int]], counts: tuple[float, ...], names: tuple[str, str]
) -> str | None:
    """Why the sample is too small to judge, or None. `names`: the group's and the baseline's names."""
    metric, binomial, campaigns = test_parts
    x1, n1, x0, n0 = counts
    events = metric.numerator
    if n1 <= 0 or n0 <= 0 or (metric.kind == "rate" and x0 == 0 and x1 == 0):
        return "there are no events to compare"
    if metric.kind in ("rate", "per_1000") and min(n1, n0) < MIN_AUDIENCE:
        return f"a comparison needs at least {MIN_AUDIENCE:,} in the {_DENOMINATOR_WORDS.get(metric.denominator, metric.denominator)} of each side"
    if binomial and x0 < MIN_EXPECTED_EVENTS:
        return f"{possessive(names[1])} own {x0:,.0f} {events} are too few; a comparison needs at least {MIN_EXPECTED_EVENTS}"
    if binomial and max(x1, n1 * x0 / n0) < MIN_EXPECTED_EVENTS:
        return (
            f"{names[0]} has {x1:,.0f} {events} and would expect only {n1 * x0 / n0:,.0f} even at "
            f"{possessive(names[1])} rate; a comparison needs at least {MIN_EXPECTED_EVENTS}"
        )
    if metric.kind == "money" and min(n1, n0) < MIN_EXPECTED_EVENTS:
        return f"a comparison needs at least {MIN_EXPECTED_EVENTS} conversions on each side"
    if not binomial and min(campaigns) < MIN_CAMPAIGNS:
        return f"a comparison of {metric.label.lower()} needs at least {MIN_CAMPAIGNS} campaigns on each side"
    return None
