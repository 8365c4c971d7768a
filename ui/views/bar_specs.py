"""Turn a comparison's per-channel metric values into what the bar chart draws."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox

from channelcompare.benchmarks import drawable
from ui.charts.bars import BarSpec, ReferenceLine
from ui.views import formatting
from ui.views.card_text import unit_word
from ui.views.common import current_key, fill_combo
from ui.views.metric_info import metric_label, metric_tooltips, ordered_summaries, summary_label
from ui.views.palette import channel_colour, channel_label

#: Metrics that make sense as bars (audience is a size, not a performance).
NOT_CHARTED = ("audience",)
#: Benchmark channels that apply whatever channels are shown.
GROUP_CHANNELS = ("social", "all")


def chart_metrics(metrics: Mapping[str, Any]) -> list[str]:
    return [name for name in metrics if name not in NOT_CHARTED]


def _value(summary: Any, metric: str) -> Any:
    metrics = getattr(summary, "metrics", {}) or {}
    return metrics.get(metric)


def _known_ci(value: Any) -> tuple[float, float] | None:
    ci = getattr(value, "ci", None)
    if not ci or any(formatting.is_missing(bound) for bound in ci):
        return None
    return float(ci[0]), float(ci[1])


def bar_specs(
    comparison: Any, metric: str, definition: Any, formatter: Callable[[float], str], platforms: bool = False
) -> list[BarSpec]:
    """One bar per channel that has a value for `metric`, with the previous period's value if any.

    With `platforms`, each channel pooled from several platforms (organic social: Instagram, Facebook)
    is followed by one bar per platform, in a darker shade of the channel's colour.
    """
    previous = getattr(comparison, "previous", None)
    previous_channels = getattr(previous, "channels", {}) or {}
    previous_platforms = getattr(previous, "platforms", {}) or {}
    split = _platforms_by_channel(comparison) if platforms else {}
    bars = []
    for channel, summary in ordered_summaries(comparison):
        bar = _bar(
            channel,
            summary,
            previous_channels.get(channel),
            metric,
            definition,
            formatter,
            channel_colour(channel),
        )
        if bar is not None:
            bars.append(bar)
        for shade, (key, part) in enumerate(split.get(channel, []), start=1):
            colour = channel_colour(channel).darker(100 + 28 * shade)
            bar = _bar(key, part, previous_platforms.get(key), metric, definition, formatter, colour)
            if bar is not None:
                bars.append(bar)
    return bars


def _platforms_by_channel(comparison: Any) -> dict[str, list[tuple[str, Any]]]:
    out: dict[str, list[tuple[str, Any]]] = {}
    for key, summary in sorted((getattr(comparison, "platforms", {}) or {}).items()):
        out.setdefault(str(summary.channel), []).append((key, summary))
    return out


def _bar(
    key: str,
    summary: Any,
    before_summary: Any,
    metric: str,
    definition: Any,
    formatter: Callable[[float], str],
    colour: QColor,
) -> BarSpec | None:
    current = _value(summary, metric)
    if current is None or formatting.is_missing(current.value):
        return None
    ci = _known_ci(current)
    before = _value(before_summary, metric)
    previous = None if before is None or formatting.is_missing(before.value) else float(before.value)
    name = summary_label(summary)
    return BarSpec(
        key=key,
        label=name,
        value=float(current.value),
        low=None if ci is None else ci[0],
        high=None if ci is None else ci[1],
        colour=colour,
        previous=previous,
        tooltip=bar_tooltip(name, metric, definition, current, previous, formatter, summary),
    )


def bar_tooltip(
    name: str,
    metric: str,
    definition: Any,
    current: Any,
    previous: float | None,
    formatter: Callable[[float], str],
    summary: Any = None,
) -> str:
    locale = QLocale()
    lines = [
        f"<b>{html.escape(name)}</b>: {html.escape(metric_label(metric, definition))} "
        f"<b>{html.escape(formatter(float(current.value)))}</b>"
    ]
    ci = _known_ci(current)
    if ci is not None:
        lines.append(QCoreApplication.translate("charts", "95% interval: {0} – {1}").format(formatter(ci[0]), formatter(ci[1])))
    numerator, denominator = current.numerator, current.denominator
    if not formatting.is_missing(numerator) and not formatting.is_missing(denominator):
        names = (getattr(definition, "numerator", ""), getattr(definition, "denominator", ""))
        lines.append(
            f"{formatting.count(numerator, locale)} {names[0]} / {formatting.count(denominator, locale)} {names[1]}"
        )
        campaigns = int(getattr(current, "campaigns", 0) or 0)
        if campaigns:  # the campaigns (posts, sends) this value rests on: the rows that carry both measures
            unit = unit_word(str(getattr(summary, "campaign_unit", "campaigns")), campaigns)
            lines.append(QCoreApplication.translate("charts", "over {0} {1}").format(formatting.count(campaigns, locale), unit))
    if previous is not None:
        lines.append(QCoreApplication.translate("charts", "Previous period: {0}").format(formatter(previous)))
    return "<br>".join(lines)


def benchmark_lines(
    benchmarks: Iterable[Any], metric: str, formatter: Callable[[float], str], shown: Mapping[str, Any]
) -> list[ReferenceLine]:
    """Dashed lines for the published figures on this metric, labelled with source, year and channel.

    One line per channel (the first in the benchmark file, which lists the preferred figure first), only
    for channels on the chart (`shown`: channel -> its summary), and only a figure on the same basis as
    the channel's metric (`channelcompare.benchmarks.drawable`): a conversion rate per session beside a
    conversion rate per delivered email would compare different things.
    """
    lines = []
    seen: set[str] = set()
    for benchmark, _reason in _benchmarks_on(benchmarks, metric, shown):
        if _reason is not None or benchmark.channel in seen:
            continue
        seen.add(benchmark.channel)
        label = f"{short_source(str(benchmark.source))} {benchmark.year}: {channel_label(benchmark.channel)} {formatter(float(benchmark.value))}"
        lines.append(
            ReferenceLine(float(benchmark.value), label, channel_colour(benchmark.channel or "other"))
        )
    return lines


def _benchmarks_on(
    benchmarks: Iterable[Any], metric: str, shown: Mapping[str, Any]
) -> list[tuple[Any, str | None]]:
    """The figures on `metric` for channels shown, each with why it may not be drawn (None: it may)."""
    out: list[tuple[Any, str | None]] = []
    for benchmark in benchmarks:
        value = getattr(benchmark, "value", None)
        channel = str(getattr(benchmark, "channel", "") or "")
        if getattr(benchmark, "metric", None) != metric or formatting.is_missing(value):
            continue
        if channel in GROUP_CHANNELS:
            out.append((benchmark, None))
        elif channel in shown:
            summary = shown[channel]
            basis = summary.basis_of(metric) if hasattr(summary, "basis_of") else ""
            # no period: the data are taken as recent (after Apple Mail Privacy Protection, 2021)
            out.append((benchmark, drawable(benchmark, metric, basis, None)))
    return out


def short_source(source: str) -> str:
    """The publisher's name for a line label ("Mailchimp", "Rival IQ"); the note has the full citation."""
    words = source.replace("/", " ").split()
    if not words:
        return ""
    if len(words) > 1 and words[1].isalpha() and words[1].isupper():
        return f"{words[0]} {words[1]}"
    return words[0]


def benchmark_citations(
    benchmarks: Iterable[Any], metric: str, formatter: Callable[[float], str], shown: Mapping[str, Any]
) -> list[str]:
    """Full citations (source, year, method, note) of the lines drawn, and of the figures on this metric
    left undrawn with why, for the note under the chart."""
    drawn = {line.value for line in benchmark_lines(benchmarks, metric, formatter, shown)}
    out = []
    for benchmark, reason in _benchmarks_on(benchmarks, metric, shown):
        citation = f"{benchmark.source}, {benchmark.year}: {channel_label(benchmark.channel)} {formatter(float(benchmark.value))}"
        details = "; ".join(part for part in (benchmark.method, benchmark.note) if part)
        if reason is None and benchmark.value in drawn:
            out.append(f"{citation} ({details})" if details else citation)
            drawn.discard(benchmark.value)
        elif reason is not None:
            out.append(QCoreApplication.translate("charts", "not drawn: {0} ({1})").format(citation, reason))
    return out


def fill_metric_combo(
    combo: QComboBox, metrics: Mapping[str, Any], columns: Iterable[str], default: str
) -> None:
    """Offer the chart metrics that `columns` carry, keeping the current choice (else `default`)."""
    available = set(columns)
    names = [m for m in chart_metrics(metrics) if m in available]
    items = [(metric_label(m, metrics[m]), m) for m in names]
    fill_combo(combo, items, current_key(combo) or default, metric_tooltips(metrics))
