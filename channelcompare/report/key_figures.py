"""The Summary's key figures per channel with their 95% intervals, and the two charts drawn from them.

The chart of the chosen metric reads the table itself, one bar per row in its channel's colour; its error
bars read two hidden helper columns with each interval's margins below and above the value (Excel's custom
error bars take amounts, not bounds), and a third hidden column holds the published benchmark of each
channel on that metric (the first the benchmark file lists, as the app draws), marked across its bar.
Rows keep the order of every other sheet: channels in the app's order, each followed by its platforms.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openpyxl.cell.cell import Cell

from channelcompare.compare import Comparison, MetricValue
from channelcompare.metrics import METRICS
from channelcompare.report import charts, styles
from channelcompare.report.definitions import metric_label
from channelcompare.report.labels import basis_label, group_label, group_role, groups
from channelcompare.report.sheet import SheetWriter

#: Hidden helper columns with the chart's error-bar margins (value - low, high - value).
MARGIN_COLUMNS = (14, 15)
#: Hidden helper column with each channel's published benchmark on the charted metric.
BENCHMARK_COLUMN = 16
HELPER_COLUMNS = (*MARGIN_COLUMNS, BENCHMARK_COLUMN)


@dataclass(frozen=True)
class KeyRows:
    """Where the key figures are: first and last rows, the channel of each row, whether one has a benchmark."""

    first: int
    last: int
    channels: list[str]
    benchmarked: bool


@dataclass(frozen=True)
class FunnelRef:
    """Where the Channels sheet wrote the funnel table (the funnel chart on this sheet draws it)."""

    ws: Any  # the Channels sheet (write-only)
    header_row: int
    last_row: int
    value_cols: tuple[int, int]


def key_metrics(metric: str) -> list[str]:
    """The chosen metric first, then the two most telling others."""
    ordered = [metric, "click_rate", "conversion_rate", "revenue_per_1000"]
    return list(dict.fromkeys(m for m in ordered if m in METRICS))[:3]


def write_key_figures(sheet: SheetWriter, comparison: Comparison, metric: str) -> KeyRows:
    """The per-channel table; returns where it is."""
    words = sheet.words
    sheet.page_break()  # printed, the key figures and the charts start a page of their own
    sheet.line(words.get("key_figures"), role="section")
    metrics = key_metrics(metric)
    heading = [words.get(k) for k in ("col.channel", "col.audience", "col.audience_basis", "col.campaigns")]
    for name in metrics:
        heading += [metric_label(words, name), words.get("col.ci_low"), words.get("col.ci_high")]
    sheet.header(heading + ["−", "+"], height=46)
    first = sheet.row + 1
    listed = list(groups(comparison))
    benchmarks = _benchmarks(comparison, metric)
    for _, summary in listed:
        cells = [
            sheet.text(group_label(words, summary), group_role(summary)),
            sheet.number(summary.audience, styles.COUNT),
            sheet.text(basis_label(words, summary.audience_basis)),
            sheet.number(summary.campaigns, styles.COUNT),
        ]
        for name in metrics:
            value = summary.metrics.get(name)
            number_format = styles.metric_format(METRICS[name].kind, summary.currency, words.lang)
            low, high = value.ci if value and value.ci else (None, None)
            cells.append(sheet.number(value.value if value else None, number_format))
            cells += [sheet.number(low, number_format), sheet.number(high, number_format)]
        cells += _margins(sheet, summary.metrics.get(metric))
        cells.append(sheet.number(None if summary.platform else benchmarks.get(summary.channel)))
        sheet.append(cells)
    channels = [summary.channel for _, summary in listed]
    benchmarked = any(c in benchmarks for c, (_, s) in zip(channels, listed, strict=True) if not s.platform)
    return KeyRows(first, first + len(listed) - 1, channels, benchmarked)


def _benchmarks(comparison: Comparison, metric: str) -> dict[str, float]:
    """Each channel's first published benchmark on `metric` (the file lists the preferred figure first)."""
    found: dict[str, float] = {}
    for benchmark in comparison.benchmarks or []:
        if benchmark.metric == metric:
            found.setdefault(benchmark.channel, benchmark.value)
    return found


def _margins(sheet: SheetWriter, value: MetricValue | None) -> list[Cell | None]:
    if value is None or value.value is None or value.ci is None:
        return [None, None]
    low, high = value.ci
    return [sheet.number(value.value - low), sheet.number(high - value.value)]


def write_charts(
    sheet: SheetWriter,
    comparison: Comparison,
    metric: str,
    key: KeyRows,
    funnel: FunnelRef | None,
) -> None:
    words = sheet.words
    anchor_row = sheet.row + 2
    if key.last >= key.first:
        sheet.ws.add_chart(_metric_chart(sheet, comparison, metric, key), f"A{anchor_row}")
    if funnel is not None and funnel.last_row > funnel.header_row:
        funnel_chart = charts.grouped_bar_chart(
            funnel.ws,
            words.get("chart.funnel"),
            funnel.header_row,
            (funnel.header_row + 1, funnel.last_row),
            1,
            funnel.value_cols,
            number_format=styles.PERCENT,
        )
        sheet.ws.add_chart(funnel_chart, f"H{anchor_row}")


def _metric_chart(sheet: SheetWriter, comparison: Comparison, metric: str, key: KeyRows) -> Any:
    """The chosen metric per row, coloured by channel, with intervals and, when one applies, benchmarks."""
    words = sheet.words
    value_col = 5  # the chosen metric is the first key metric, after the four description columns
    rows = (key.first, key.last)
    number_format = styles.metric_format(METRICS[metric].kind, _currency(comparison), words.lang)
    title = words.get("chart.metric", metric=metric_label(words, metric))
    chart = charts.metric_bar_chart(
        sheet.ws, title, rows, 1, value_col, MARGIN_COLUMNS, number_format, metric_label(words, metric)
    )
    charts.colour_by_channel(chart, key.channels)
    if key.benchmarked:
        chart = charts.with_benchmarks(chart, sheet.ws, rows, BENCHMARK_COLUMN, words.get("chart.benchmark"))
    return chart


def _currency(comparison: Comparison) -> str | None:
    baseline = comparison.channels.get(comparison.baseline)
    return baseline.currency if baseline else None
