"""The Summary's key figures per channel with their 95% intervals, and the two charts drawn from them.

The chart of the chosen metric reads the table itself; its error bars read two hidden helper columns with
each interval's margins below and above the value (Excel's custom error bars take amounts, not bounds).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openpyxl.cell.cell import Cell

from channelcompare.compare import ChannelSummary, Comparison, MetricValue
from channelcompare.metrics import METRICS
from channelcompare.report import charts, styles
from channelcompare.report.definitions import metric_label
from channelcompare.report.labels import basis_label, group_label, groups
from channelcompare.report.sheet import SheetWriter

#: Hidden helper columns with the chart's error-bar margins (value - low, high - value).
MARGIN_COLUMNS = (14, 15)


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


def write_key_figures(sheet: SheetWriter, comparison: Comparison, metric: str) -> tuple[int, int]:
    """The per-channel table; returns its first and last data rows."""
    words = sheet.words
    sheet.page_break()  # printed, the key figures and the charts start a page of their own
    sheet.line(words.get("key_figures"), role="section")
    metrics = key_metrics(metric)
    heading = [words.get(k) for k in ("col.channel", "col.audience", "col.audience_basis", "col.campaigns")]
    for name in metrics:
        heading += [metric_label(words, name), words.get("col.ci_low"), words.get("col.ci_high")]
    sheet.header(heading + ["−", "+"], height=46)
    first = sheet.row + 1
    # Channels with a value of the charted metric first: the chart draws that contiguous block.
    listed = sorted(groups(comparison), key=lambda item: _value(item[1], metric) is None)
    charted = sum(_value(summary, metric) is not None for _, summary in listed)
    for _, summary in listed:
        cells = [
            sheet.text(group_label(words, summary), "label"),
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
        sheet.append(cells)
    return first, first + charted - 1


def _value(summary: ChannelSummary, metric: str) -> float | None:
    value = summary.metrics.get(metric)
    return value.value if value is not None else None


def _margins(sheet: SheetWriter, value: MetricValue | None) -> list[Cell | None]:
    if value is None or value.value is None or value.ci is None:
        return [None, None]
    low, high = value.ci
    return [sheet.number(value.value - low), sheet.number(high - value.value)]


def write_charts(
    sheet: SheetWriter,
    comparison: Comparison,
    metric: str,
    rows: tuple[int, int],
    funnel: FunnelRef | None,
) -> None:
    words = sheet.words
    anchor_row = sheet.row + 2
    if rows[1] >= rows[0]:
        value_col = 5  # the chosen metric is the first key metric, after the four description columns
        number_format = styles.metric_format(METRICS[metric].kind, _currency(comparison), words.lang)
        title = words.get("chart.metric", metric=metric_label(words, metric))
        chart = charts.metric_bar_chart(sheet.ws, title, rows, 1, value_col, MARGIN_COLUMNS, number_format)
        sheet.ws.add_chart(chart, f"A{anchor_row}")
    if funnel is not None and funnel.last_row > funnel.header_row:
        funnel_chart = charts.grouped_bar_chart(
            funnel.ws,
            words.get("chart.funnel"),
            funnel.header_row,
            (funnel.header_row + 1, funnel.last_row),
            1,
            funnel.value_cols,
            log_scale=True,
        )
        funnel_chart.visible_cells_only = False  # its data sits in hidden columns
        sheet.ws.add_chart(funnel_chart, f"H{anchor_row}")


def _currency(comparison: Comparison) -> str | None:
    baseline = comparison.channels.get(comparison.baseline)
    return baseline.currency if baseline else None
