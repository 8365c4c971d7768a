"""The Trends sheet: the chosen metric per channel and period, as a table and a line chart, then every
metric per channel and period with the numerator, denominator and campaigns it rests on."""

from __future__ import annotations

import pandas as pd

from channelcompare.compare import Comparison
from channelcompare.metrics import METRICS
from channelcompare.report import cells, charts, styles
from channelcompare.report.definitions import metric_label
from channelcompare.report.labels import channel_order, group_label
from channelcompare.report.sheet import SheetWriter


def write_trends(sheet: SheetWriter, comparison: Comparison, metric: str) -> None:
    words = sheet.words
    trends = comparison.trends
    sheet.print_layout()
    sheet.freeze("B5")  # the weeks and the first table's headings (row 4)
    sheet.widths([20] + [16] * 12)
    sheet.line(words.get("sheet.trends"), role="title")
    bucket = str(trends["bucket"].iloc[0]) if len(trends) else "week"
    sheet.line(words.get(f"trends.title.{bucket}", metric=metric_label(words, metric)), role="note")
    coarse = comparison.tables.trends_in(bucket)[1]
    if coarse:
        sheet.line(words.get("trends.coarse", sources="; ".join(coarse)), role="note")
    sheet.blank()
    if trends.empty or trends[metric].notna().sum() == 0:
        sheet.line(words.get("trends.none"), role="note")
        return
    wide = trends.pivot_table(
        index="period_start", columns="channel", values=metric, aggfunc="first", sort=True
    )
    wide = wide.dropna(axis=1, how="all")
    wide = wide[channel_order(comparison, [str(c) for c in wide.columns])]  # the app's order, as every sheet
    labels = [_label(comparison, words, str(c)) for c in wide.columns]
    header_row = sheet.header([words.get("col.period_start"), *labels], height=32)
    sheet.repeat_rows(header_row)
    kind = METRICS[metric].kind
    number_format = styles.metric_format(kind, _currency(comparison), words.lang)
    date_style = sheet.style("label", styles.DATE)
    for week, row in wide.iterrows():
        sheet.append(
            [cells.date_cell(sheet.ws, week, date_style)] + [sheet.number(v, number_format) for v in row]
        )
    title = words.get("chart.trend", metric=metric_label(words, metric))
    chart = charts.line_chart(
        sheet.ws, title, header_row, (header_row + 1, sheet.row), 1, (2, len(labels) + 1), number_format
    )
    sheet.blank(2)
    sheet.ws.add_chart(chart, f"B{sheet.row + 1}")
    sheet.blank(20)  # the chart's room
    order = {
        channel: index for index, channel in enumerate(channel_order(comparison, trends["channel"].unique()))
    }
    _long_table(sheet, comparison, trends.sort_values("channel", key=lambda c: c.map(order), kind="stable"))


def _long_table(sheet: SheetWriter, comparison: Comparison, trends: pd.DataFrame) -> None:
    """One row per channel, period and metric: the value beside the numerator, denominator and distinct
    campaigns it rests on (the engine's paired pooling, as the Channels sheet shows it)."""
    words = sheet.words
    keys = ("col.channel", "col.period_start", "col.metric", "col.value", "col.numerator")
    sheet.header([words.get(k) for k in (*keys, "col.denominator", "col.campaigns")], height=32)
    date_style = sheet.style("body", styles.DATE)
    for row in trends.to_dict("records"):
        summary = comparison.channels.get(str(row["channel"]))
        currency = summary.currency if summary else None
        label = _label(comparison, words, str(row["channel"]))
        for metric, definition in METRICS.items():
            if pd.isna(row[f"{metric}.num"]):
                continue  # no row of this period carries both parts
            sheet.append(
                [
                    sheet.text(label, "label"),
                    cells.date_cell(sheet.ws, row["period_start"], date_style),
                    sheet.text(metric_label(words, metric)),
                    sheet.number(row[metric], styles.metric_format(definition.kind, currency, words.lang)),
                    sheet.number(row[f"{metric}.num"], styles.DECIMAL),
                    sheet.number(row[f"{metric}.den"], styles.DECIMAL),
                    sheet.number(row[f"{metric}.campaigns"], styles.COUNT),
                ]
            )


def _label(comparison: Comparison, words: object, channel: str) -> str:
    summary = comparison.channels.get(channel)
    return group_label(words, summary) if summary else channel  # type: ignore[arg-type]


def _currency(comparison: Comparison) -> str | None:
    baseline = comparison.channels.get(comparison.baseline)
    return baseline.currency if baseline else None
