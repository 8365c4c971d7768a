"""Turn the comparisons made into ranked findings: Holm correction, verdicts, impact, sentences.

Significance: a rate difference is significant when its Holm-adjusted two-proportion p-value is below 0.05
and, when both sides have at least 3 campaigns, the campaign-level interval of the ratio excludes 1 too.
Money metrics are not proportions: they are significant only when the campaign-level interval excludes 1.
Below the minimum sample the verdict is "not_enough_data".
"""

from __future__ import annotations

import math
from typing import Final

import numpy as np
import pandas as pd

from channelcompare import stats
from channelcompare.comparisons import Test
from channelcompare.metrics import METRICS
from channelcompare.model import EMAIL_CHANNELS, SOCIAL_CHANNELS
from channelcompare.results import Finding
from channelcompare.sentences import Context, sentence
from channelcompare.summarize import MIN_CAMPAIGNS, Group

ALPHA: Final = 0.05
#: Business weight when ranking findings of equal standing without a money impact.
_METRIC_ORDER: Final = tuple(METRICS)


def findings(table: pd.DataFrame, tests: list[Test], baseline: Group, context: Context) -> list[Finding]:
    """Holm-correct the p-values of every test made, decide each verdict, and rank by impact."""
    made = [i for i, t in enumerate(tests) if t.raw_p is not None and t.shortfall is None]
    adjusted = dict(zip(made, stats.holm([tests[i].raw_p or 0.0 for i in made]), strict=True))
    worth = {m: revenue_per(table, baseline, m) for m in ("clicks", "conversions")}
    ranked = []
    for i, test in enumerate(tests):
        finding = _finding(test, adjusted.get(i), baseline, context, _event_value(table, test))
        ranked.append((_rank(finding, test, worth), finding))
    return [finding for _, finding in sorted(ranked, key=lambda pair: pair[0])]


def _event_value(table: pd.DataFrame, test: Test) -> float | None:
    """For "what it would take": the group's own revenue per conversion (average order) or per click.
    Without its own figure the answer would only restate the baseline's rate, so there is none."""
    measure = {"conversion_rate": "conversions", "click_rate": "clicks"}.get(test.metric.name)
    return revenue_per(table, test.group, measure) if measure else None


def _finding(
    test: Test, p_value: float | None, baseline: Group, context: Context, event_value: float | None
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
    finding.sentence = sentence(finding, test, context, pooled_only=pooled_only, event_value=event_value)
    return finding


def _significance(test: Test, p_value: float | None) -> tuple[bool, bool]:
    """(significant, decided on pooled counts alone because a side has fewer than 3 campaigns)."""
    if test.shortfall is not None:
        return False, False
    campaign_says = _excludes_one_on_the_side_of(test.campaign_ci, test.ratio)
    if not test.binomial:
        return campaign_says, False
    pooled_says = p_value is not None and p_value < ALPHA
    if test.campaign_ci is None:  # fewer than 3 campaigns a side (or a baseline without events)
        return pooled_says, min(test.campaigns) < MIN_CAMPAIGNS
    return pooled_says and campaign_says, False


def _excludes_one_on_the_side_of(interval: tuple[float, float] | None, ratio: float | None) -> bool:
    """The campaign-level interval agrees with the pooled ratio: it excludes 1, on the same side."""
    if interval is None or ratio is None:
        return False
    return interval[1] < 1 if ratio < 1 else interval[0] > 1


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
