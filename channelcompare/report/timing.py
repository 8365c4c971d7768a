"""The Timing sheet: the chosen rate by weekday and hour of the send or post, one grid per channel.

Rates of different channels are never pooled (an email click and an Instagram like are not the same act),
so each channel gets its own grid with its own colour scale, from pale (low) to dark (high).
"""

from __future__ import annotations

import pandas as pd
from openpyxl.formatting.rule import ColorScaleRule

from channelcompare.compare import Comparison
from channelcompare.report import styles
from channelcompare.report.definitions import metric_label
from channelcompare.report.labels import group_label
from channelcompare.report.sheet import SheetWriter, area

TIMING_METRICS = ("click_rate", "interaction_rate")


def timing_metric(metric: str) -> str:
    """The timing grid shows the chosen metric when the engine computes it by hour, else the click rate."""
    return metric if metric in TIMING_METRICS else "click_rate"


def write_timing(sheet: SheetWriter, comparison: Comparison, metric: str) -> None:
    words = sheet.words
    metric = timing_metric(metric)
    timing = comparison.timing
    hours = sorted(int(h) for h in timing["hour"].dropna().unique()) if not timing.empty else []
    sheet.print_fit_width()
    sheet.widths([16] + [7] * max(len(hours), 1))
    sheet.line(words.get("sheet.timing"), role="title")
    sheet.line(words.get("timing.title", metric=metric_label(words, metric)), role="note")
    sheet.blank()
    if timing.empty or metric not in timing or timing[metric].notna().sum() == 0:
        sheet.line(words.get("timing.none"), role="note")
        return
    for channel, rows in timing.groupby("channel", sort=False):
        if rows[metric].notna().any():
            _grid(sheet, comparison, str(channel), rows, hours, metric)


def _grid(
    sheet: SheetWriter,
    comparison: Comparison,
    channel: str,
    rows: pd.DataFrame,
    hours: list[int],
    metric: str,
) -> None:
    words = sheet.words
    summary = comparison.channels.get(channel)
    sheet.line(group_label(words, summary) if summary else channel, role="section")
    sheet.header([words.get("col.weekday")] + [f"{h:02d}:00" for h in hours])
    grid = rows.pivot_table(index="weekday", columns="hour", values=metric, aggfunc="first")
    first = sheet.row + 1
    for weekday in range(7):
        values = [grid.at[weekday, h] if weekday in grid.index and h in grid.columns else None for h in hours]
        sheet.append(
            [sheet.text(words.weekday(weekday), "label")] + [sheet.number(v, styles.PERCENT) for v in values]
        )
    rule = ColorScaleRule(
        start_type="min",
        start_color="F7FBFF",
        mid_type="percentile",
        mid_value=50,
        mid_color="6BAED6",
        end_type="max",
        end_color="08306B",
    )
    sheet.ws.conditional_formatting.add(area(2, first, len(hours) + 1, sheet.row), rule)
    sheet.blank()
