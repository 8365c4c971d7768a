"""Compare every group with the baseline on every metric and turn the tests into ranked findings.

Significance: a rate difference is significant when its Holm-adjusted two-proportion p-value is below 0.05
and, when both sides have at least 3 campaigns, the campaign-level interval of the ratio excludes 1 too.
Money metrics are not proportions: they are significant only when the campaign-level interval excludes 1.
Below the minimum sample the verdict is "not_enough_data".
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

import numpy as np
import pandas as pd

from channelcompare import stats
from channelcompare.metrics import METRICS, MetricDef
from channelcompare.model import EMAIL_CHANNELS, SOCIAL_CHANNELS
from channelcompare.results import Finding, MetricValue
from channelcompare.sentences import Context, sentence
from channelcompare.summarize import MIN_CAMPAIGNS, Group
from channelcompare.wording import in_sentence, possessive

ALPHA: Final = 0.05
MIN_AUDIENCE: Final = 500
MIN_EXPECTED_EVENTS: Final = 30
_DENOMINATOR_WORDS: Final = {
    "audience": "audience",
    "clicks": "clicks",
    "conversions": "conversions",
    "cost": "cost",
}
#: Business weight when ranking findings of equal standing without a money impact.
_METRIC_ORDER: Final = tuple(METRICS)


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


def _without_repeats(tests: list[Test]) -> list[Test]:
    """Drop a channel-level test that repeats one platform's (only that platform carries the metric):
    "Facebook's click rate" says it better than "organic social's click rate" with the same counts."""
    by_platform = {
        (t.group.channel, t.metric.name, t.mine.numerator, t.mine.denominator)
        for t in tests
        if t.group.platform is not None
    }
    kept = [
        t
        for t in tests
        if t.group.platform is not None
        or (t.group.channel, t.metric.name, t.mine.numerator, t.mine.denominator) not in by_platform
    ]
    return kept


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


def findings(table: pd.DataFrame, tests: list[Test], baseline: Group, context: Context) -> list[Finding]:
    """Holm-correct the p-values of every test made, decide each verdict, and rank by impact."""
    made = [i for i, t in enumerate(tests) if t.raw_p is not None and t.shortfall is None]
    adjusted = dict(zip(made, stats.holm([tests[i].raw_p or 0.0 for i in made]), strict=True))
    worth = {m: revenue_per(table, baseline, m) for m in ("clicks", "conversions")}
    ranked = []
    for i, test in enumerate(tests):
        order_value = revenue_per(table, test.group, "conversions") or worth["conversions"]
        finding = _finding(test, adjusted.get(i), baseline, context, order_value)
        ranked.append((_rank(finding, test, worth), finding))
    return [finding for _, finding in sorted(ranked, key=lambda pair: pair[0])]


def _finding(
    test: Test, p_value: float | None, baseline: Group, context: Context, order_value: float | None
) -> Finding:
    significant, pooled_only = _significance(test, p_value)
    verdict = _verdict(test, significant)
    worse = verdict == ("above" if not test.metric.higher_is_better else "below")
    finding = Finding(
        channel=test.group.channel,
        metric=test.metric.name,
        value=test.mine.value,
        baseline_value=test.base.value,
        ratio=test.ratio,
        ratio_ci=test.ratio_ci,
        p_value=p_value,
        significant=significant,
        verdict=verdict,
        impact=_impact(test),
        sentence="",
        social_below_email=worse
        and test.group.channel in SOCIAL_CHANNELS
        and baseline.channel in EMAIL_CHANNELS,
        platform=test.group.platform,
        raw_p_value=test.raw_p,
        campaign_ratio_ci=test.campaign_ci,
        label=test.group.summary.label,
    )
    finding.sentence = sentence(finding, test, context, pooled_only=pooled_only, order_value=order_value)
    return finding


def _significance(test: Test, p_value: float | None) -> tuple[bool, bool]:
    """(significant, decided on pooled counts alone because a side has fewer than 3 campaigns)."""
    if test.shortfall is not None:
        return False, False
    campaign_says = test.campaign_ci is not None and not test.campaign_ci[0] <= 1 <= test.campaign_ci[1]
    if not test.binomial:
        return campaign_says, False
    pooled_says = p_value is not None and p_value < ALPHA
    if test.campaign_ci is None:  # fewer than 3 campaigns a side (or a baseline without events)
        return pooled_says, min(test.campaigns) < MIN_CAMPAIGNS
    return pooled_says and campaign_says, False


def _verdict(test: Test, significant: bool) -> str:
    if test.shortfall is not None or test.ratio is None and test.mine.value is None:
        return "not_enough_data"
    if not significant:
        return "no_difference"
    return "below" if (test.mine.value or 0.0) < (test.base.value or 0.0) else "above"


def _impact(test: Test) -> float | None:
    """The shortfall against the baseline in the numerator's unit (events or money); negative when better."""
    mine, base = test.mine, test.base
    if mine.value is None or base.value is None or mine.denominator is None:
        return None
    gap = (mine.value - base.value) if not test.metric.higher_is_better else (base.value - mine.value)
    per_unit = mine.denominator / 1000 if test.metric.kind == "per_1000" else mine.denominator
    return gap * per_unit


def _rank(finding: Finding, test: Test, worth: dict[str, float | None]) -> tuple[int, float, float, int]:
    """Standing first (significant social-below-email, other significant, unclear, not enough data), then
    the impact in money (events valued at the baseline's revenue per click or conversion), then the size
    of the ratio."""
    if finding.verdict == "not_enough_data":
        standing = 3
    elif not finding.significant:
        standing = 2
    else:
        standing = 0 if finding.social_below_email else 1
    unit = 1.0 if test.metric.kind != "rate" else worth.get(test.metric.numerator)
    money_impact = abs(finding.impact) * unit if finding.impact is not None and unit else 0.0
    size = abs(math.log(finding.ratio)) if finding.ratio and finding.ratio > 0 else 0.0
    return standing, -money_impact, -size, _METRIC_ORDER.index(finding.metric)


def revenue_per(table: pd.DataFrame, group: Group, measure: str) -> float | None:
    """Revenue per click or per conversion over the group's rows that carry both (order value for
    conversions)."""
    revenue = table["revenue"].to_numpy()[group.rows]
    counts = table[measure].to_numpy()[group.rows]
    known = ~np.isnan(revenue) & ~np.isnan(counts)
    total = float(counts[known].sum())
    return float(revenue[known].sum()) / total if total > 0 else None
