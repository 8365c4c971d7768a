"""Findings as sentences an analyst would write: value, interval, how many times lower, what it cost, and
what it would take."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from channelcompare.results import ChannelSummary, Finding
from channelcompare.wording import (
    BASIS_WORDS,
    COUNT_WORDS,
    PER_1000_WORDS,
    SUMMED_REACH_WORDS,
    approximate_money,
    approximately,
    capitalised,
    in_sentence,
    money,
    percent,
    percent_range,
    possessive,
    times,
)

if TYPE_CHECKING:
    from channelcompare.comparisons import Test

_EVENTS = {"clicks": "clicks", "interactions": "interactions", "opens": "opens", "conversions": "conversions"}


@dataclass
class Context:
    """What every sentence needs about the comparison as a whole."""

    baseline: ChannelSummary
    #: "September's" when the period is one month, else None.
    period_owner: str | None


def sentence(
    finding: Finding,
    test: Test,
    context: Context,
    *,
    pooled_only: bool,
    event_value: float | None = None,
) -> str:
    name = in_sentence(finding.label)
    base = possessive(in_sentence(context.baseline.label))
    metric = test.metric
    if finding.verdict == "not_enough_data":
        return _not_enough(finding, test, name, base)
    value, base_value = _value(finding.value, test, context), _value(finding.baseline_value, test, context)
    basis, base_basis = test.group.summary.audience_basis, context.baseline.audience_basis
    if metric.kind == "per_1000" and basis != base_basis:  # each side per its own basis, said
        base_value += f" per 1,000 {PER_1000_WORDS.get(base_basis, base_basis)}"
    shown = f"{possessive(name)} {_metric_words(metric.name, metric.label, basis)} ({value}{_ci(test, context)})"
    if finding.verdict == "no_difference":
        return capitalised(_unclear(finding, test, shown, base, base_value))
    text = f"{shown} is {_how_much(finding)} than {base} ({base_value})"
    if finding.impact is not None and finding.impact > 0:
        text += f"; {_impact(finding, test, context, name, base)}"
    text += "."
    if pooled_only:
        text += " (Pooled counts only: fewer than 3 campaigns on a side, so campaign-to-campaign variation is not assessed.)"
    if metric.name in ("conversion_rate", "click_rate") and finding.verdict == "below" and event_value:
        text += _to_match(test, context, name, base, event_value)
    return capitalised(text)


def _how_much(finding: Finding) -> str:
    """ "7.9x lower"; plain "higher" when the baseline's value is 0 and no ratio exists."""
    if finding.ratio is None:
        return "higher" if finding.verdict == "above" else "lower"
    return times(finding.ratio)


def _metric_words(name: str, label: str, basis: str) -> str:
    """The metric in a sentence; revenue per 1,000 by what it is per ("per 1,000 impressions")."""
    if name == "revenue_per_1000":
        return f"revenue per 1,000 {PER_1000_WORDS.get(basis, 'of the audience')}"
    return "ROAS" if name == "roas" else label.lower()


def _value(value: float | None, test: Test, context: Context) -> str:
    if value is None:
        return "n/a"
    kind = test.metric.kind
    if kind == "rate":
        return percent(value)
    if kind == "ratio":
        return f"{value:,.2f}"
    return money(value, context.baseline.currency)


def _ci(test: Test, context: Context) -> str:
    ci = test.mine.ci
    if ci is None:
        return ""
    if test.metric.kind == "rate":
        return f", 95% CI {percent_range(*ci)}"
    return f", 95% CI {_value(ci[0], test, context)}-{_value(ci[1], test, context)}"


def _unclear(finding: Finding, test: Test, shown: str, base: str, base_value: str) -> str:
    campaign = test.campaign_ci
    pooled_clear = finding.p_value is not None and finding.p_value < 0.05
    if pooled_clear and campaign is not None:
        return (
            f"{shown} is {_how_much(finding)} than {base} ({base_value}) in pooled counts, but it varies too much "
            f"from campaign to campaign to be sure (campaign-level 95% CI of the ratio {campaign[0]:.2f}-{campaign[1]:.2f})."
        )
    evidence = f"p = {finding.p_value:.2g} after Holm correction" if finding.p_value is not None else ""
    if campaign is not None:
        evidence = "; ".join(
            x
            for x in (evidence, f"campaign-level 95% CI of the ratio {campaign[0]:.2f}-{campaign[1]:.2f}")
            if x
        )
    return (
        f"{shown} is not clearly different from {base} ({base_value}){f' ({evidence})' if evidence else ''}."
    )


def _not_enough(finding: Finding, test: Test, name: str, base: str) -> str:
    metric, currency = test.metric, test.group.summary.currency
    x, n = test.mine.numerator or 0.0, test.mine.denominator or 0.0
    summary = test.group.summary
    noun = _denominator_words(metric.denominator, summary.audience_basis, COUNT_WORDS)
    if noun == COUNT_WORDS["reach"] and summary.summed_reach:
        noun = SUMMED_REACH_WORDS
    return (
        f"Not enough data to compare {possessive(name)} {_metric_words(metric.name, metric.label, summary.audience_basis)} with {base}: "
        f"{_amount(n, noun, currency)} and {_amount(x, _EVENTS.get(metric.numerator, metric.numerator), currency)} "
        f"({test.shortfall})."
    )


def _amount(value: float, noun: str, currency: str | None) -> str:
    """ "550 people reached", "€3,000 of cost", "€1,250 of revenue"."""
    if noun in ("revenue", "of cost", "cost"):
        return f"{money(value, currency)} of {noun.removeprefix('of ')}"
    return f"{value:,.0f} {noun}"


def _denominator_words(denominator: str, basis: str, words: dict[str, str] = BASIS_WORDS) -> str:
    if denominator == "audience":  # a mixed basis ("impressions, reach") is just the audience
        return words.get(basis, "audience")
    return {"cost": "of cost", "conversions": "conversions", "clicks": "clicks"}.get(denominator, denominator)


def _impact(finding: Finding, test: Test, context: Context, name: str, base: str) -> str:
    impact, metric, currency = finding.impact or 0.0, test.metric, context.baseline.currency
    if metric.kind == "rate":
        words = _denominator_words(metric.denominator, test.group.summary.audience_basis)
        owner = (
            f"{context.period_owner} {name} {words}"
            if context.period_owner
            else f"{possessive(name)} {words}"
        )
        events = _EVENTS.get(metric.numerator, metric.numerator)
        return f"at {base} rate, {owner} would have brought {approximately(impact)} more {events}"
    if metric.kind == "per_1000":
        words = _denominator_words(metric.denominator, test.group.summary.audience_basis)
        return f"at {base} level, {possessive(name)} {words} would have brought {approximate_money(impact, currency)} more revenue"
    if metric.kind == "money":
        count = test.mine.denominator or 0.0
        return f"at {base} cost, its {count:,.0f} conversions would have cost {approximate_money(impact, currency)} less"
    spend = money(test.mine.denominator or 0.0, currency)
    return f"at {base} ROAS, its {spend} of cost would have brought {approximate_money(impact, currency)} more revenue"


def _to_match(test: Test, context: Context, name: str, base: str, event_value: float) -> str:
    """The rate the group would need to earn the baseline's revenue per 1,000 of its audience basis
    (delivered emails, impressions), at the money one of its own conversions (or clicks) brings: each side
    named by what it is per."""
    rpm, currency = context.baseline.metrics["revenue_per_1000"].value, context.baseline.currency
    if not rpm or test.group.summary.currency != currency:
        return ""
    needed = rpm / 1000 / event_value
    per = "an average order" if test.metric.name == "conversion_rate" else "its revenue per click"
    basis = PER_1000_WORDS.get(context.baseline.audience_basis, "of its audience")
    of_what = _denominator_words(test.metric.denominator, test.group.summary.audience_basis)
    return (
        f" To match {base} revenue per 1,000 {basis} ({money(rpm, currency)}), {name} would need a "
        f"{test.metric.label.lower()} of {percent(needed)} of its {of_what} at {per} of "
        f"{money(event_value, currency)}."
    )
