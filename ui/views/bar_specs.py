"""Turn a comparison's per-channel metric values into what the bar chart draws."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox

from ui.charts.bars import BarSpec, ReferenceLine
from ui.views import formatting
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
        tooltip=bar_tooltip(name, metric, definition, current, previous, formatter),
    )


def bar_tooltip(
    name: str,
    metric: str,
    definition: Any,
    current: Any,
    previous: float | None,
    formatter: Callable[[float], str],
) -> str:
    tr = QCoreApplication.translate
    locale = QLocale()
    lines = [
        f"<b>{html.escape(name)}</b>: {html.escape(metric_label(metric, definition))} "
        f"<b>{html.escape(formatter(float(current.value)))}</b>"
    ]
    ci = _known_ci(current)
    if ci is not None:
        lines.append(tr("charts", "95% interval: {0} – {1}").format(formatter(ci[0]), formatter(ci[1])))
    numerator, denominator = current.numerator, current.denominator
    if not formatting.is_missing(numerator) and not formatting.is_missing(denominator):
        names = (getattr(definition, "numerator", ""), getattr(definition, "denominator", ""))
        lines.append(
            f"{formatting.count(numerator, locale)} {names[0]} / {formatting.count(denominator, locale)} {names[1]}"
        )
    if previous is not None:
        lines.append(tr("charts", "Previous period: {0}").format(formatter(previous)))
    return "<br>".join(lines)


def benchmark_lines(
    benchmarks: Iterable[Any], metric: str, formatter: Callable[[float], str], shown: set[str]
) -> list[ReferenceLine]:
    """Dashed lines for the published figures on this metric, labelled with source, year and channel.

    One line per channel (the first in the benchmark file, which lists the preferred figure first), and
    only for channels on the chart: six lines on one chart would hide the bars.
    """
    lines = []
    seen: set[str] = set()
    for benchmark in benchmarks:
        if getattr(benchmark, "metric", None) != metric or formatting.is_missing(
            getattr(benchmark, "value", None)
        ):
            continue
        channel = str(getattr(benchmark, "channel", "") or "")
        if channel in seen or (channel not in shown and channel not in GROUP_CHANNELS):
            continue
        seen.add(channel)
        year = getattr(benchmark, "year", "")
        label = f"{short_source(str(getattr(benchmark, 'source', '')))} {year}: {channel_label(channel)} {formatter(float(benchmark.value))}"
        lines.append(ReferenceLine(float(benchmark.value), label, channel_colour(channel or "other")))
    return lines


def short_source(source: str) -> str:
    """The publisher's name for a line label ("Mailchimp", "Rival IQ"); the note has the full citation."""
    words = source.replace("/", " ").split()
    if not words:
        return ""
    if len(words) > 1 and words[1].isalpha() and words[1].isupper():
        return f"{words[0]} {words[1]}"
    return words[0]


def benchmark_citations(
    benchmarks: Iterable[Any], metric: str, formatter: Callable[[float], str], shown: set[str]
) -> list[str]:
    """Full citations (source, year, method) of the lines drawn, for the note under the chart."""
    lines = benchmark_lines(benchmarks, metric, formatter, shown)
    drawn = {line.value for line in lines}
    out = []
    for benchmark in benchmarks:
        if getattr(benchmark, "metric", None) == metric and getattr(benchmark, "value", None) in drawn:
            citation = f"{benchmark.source}, {benchmark.year}: {channel_label(benchmark.channel)} {formatter(float(benchmark.value))}"
            method = getattr(benchmark, "method", "")
            out.append(f"{citation} ({method})" if method else citation)
            drawn.discard(benchmark.value)
    return out


def fill_metric_combo(
    combo: QComboBox, metrics: Mapping[str, Any], columns: Iterable[str], default: str
) -> None:
    """Offer the chart metrics that `columns` carry, keeping the current choice (else `default`)."""
    available = set(columns)
    names = [m for m in chart_metrics(metrics) if m in available]
    items = [(metric_label(m, metrics[m]), m) for m in names]
    fill_combo(combo, items, current_key(combo) or default, metric_tooltips(metrics))
