"""Findings as French sentences, built from the engine's numbers (its own sentences are in English)."""

from __future__ import annotations

from channelcompare.compare import Comparison, Finding
from channelcompare.metrics import METRICS
from channelcompare.report.definitions import metric_label
from channelcompare.report.i18n import Words
from channelcompare.report.labels import finding_key, group_label, number, p_value_fr, value_text


def comparison_sentences(comparison: Comparison, lang: str) -> list[str]:
    """Every finding's sentence in `lang` ("en" or "fr"), in the comparison's order, as the report writes it."""
    words = Words(lang)
    baseline = comparison.channels.get(comparison.baseline)
    baseline_label = group_label(words, baseline) if baseline else comparison.baseline
    sentences = []
    for finding in comparison.findings:
        summary = comparison.platforms.get(finding_key(finding)) or comparison.channels.get(finding.channel)
        label = group_label(words, summary) if summary else finding.label or finding.channel
        sentences.append(finding_sentence(words, finding, comparison, label, baseline_label))
    return sentences


def finding_sentence(
    words: Words, finding: Finding, comparison: Comparison, label: str, baseline: str
) -> str:
    """The finding in the report's language: the engine's sentence in English, ours in French."""
    if words.lang == "en":
        return finding.sentence
    metric = METRICS.get(finding.metric)
    kind = metric.kind if metric else "ratio"
    currency = _currency(comparison, finding)
    name = metric_label(words, finding.metric).lower()
    if finding.verdict == "not_enough_data" or finding.value is None or finding.baseline_value is None:
        return f"Données insuffisantes pour comparer {label} à la référence {baseline} sur « {name} »."
    value = value_text(finding.value, kind, currency, "fr")
    base = value_text(finding.baseline_value, kind, currency, "fr")
    ci = _interval(finding, comparison, kind, currency)
    if finding.verdict in ("below", "above") and finding.ratio:
        return (
            f"{label} : {name} de {value}{ci}, {_factor(finding.ratio)} que la référence {baseline} ({base})."
        )
    p = p_value_fr(finding.p_value)
    return f"{label} : {name} de {value}{ci}, pas de différence nette avec {baseline} ({base})" + (
        f" (p = {p} après correction de Holm)." if p else "."
    )


def _factor(ratio: float) -> str:
    if ratio <= 0:
        return "bien plus bas"
    if 0.5 <= ratio < 1:
        return f"{number((1 - ratio) * 100, 0, 'fr')} % plus bas"
    if 1 < ratio < 2:
        return f"{number((ratio - 1) * 100, 0, 'fr')} % plus haut"
    if ratio < 1:
        return f"{number(1 / ratio, 1, 'fr')} fois plus bas"
    return f"{number(ratio, 1, 'fr')} fois plus haut"


def _interval(finding: Finding, comparison: Comparison, kind: str, currency: str | None) -> str:
    key = f"{finding.channel}/{finding.platform}" if finding.platform else finding.channel
    summary = comparison.platforms.get(key) if finding.platform else comparison.channels.get(key)
    value = summary.metrics.get(finding.metric) if summary else None
    if value is None or value.ci is None:
        return ""
    low, high = (value_text(v, kind, currency, "fr") for v in value.ci)
    return f" (IC 95 % {low} – {high})"


def _currency(comparison: Comparison, finding: Finding) -> str | None:
    summary = comparison.channels.get(finding.channel)
    return summary.currency if summary else None
