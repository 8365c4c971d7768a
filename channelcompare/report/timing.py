"""The Timing sheet: the chosen rate by weekday and hour of the send or post, one grid per channel.

Rates of different channels are never pooled (an email click and an Instagram like are not the same act),
so each channel gets its own grid with its own colour scale, from pale (low) to dark (high). The fills are
computed (`contrast`), not a conditional format, so dark cells can carry white text. The hour axis is
linear: every hour from the first to the last with a send is a column, empty where nothing was sent.
"""

from __future__ import annotations

import math

import pandas as pd
from openpyxl.cell.cell import Cell

from channelcompare.compare import Comparison
from channelcompare.report import cells, styles
from channelcompare.report.contrast import ink_for, scale_colour
from channelcompare.report.definitions import metric_label
from channelcompare.report.labels import channel_order, group_label
from channelcompare.report.sheet import SheetWriter

TIMING_METRICS = ("click_rate", "interaction_rate")


def timing_metric(metric: str) -> str:
    """The timing grid shows the chosen metric when the engine computes it by hour, else the click rate."""
    return metric if metric in TIMING_METRICS else "click_rate"


def write_timing(sheet: SheetWriter, comparison: Comparison, metric: str) -> None:
    words = sheet.words
    metric = timing_metric(metric)
    timing = comparison.timing
    hours = _hour_axis(timing)
    sheet.print_layout()
    sheet.freeze("B6")  # the weekdays and the first grid's hours (row 5)
    sheet.widths([16] + [7] * max(len(hours), 1))
    sheet.line(words.get("sheet.timing"), role="title")
    sheet.line(words.get("timing.title", metric=metric_label(words, metric)), role="note")
    sheet.blank()
    if timing.empty or metric not in timing or timing[metric].notna().sum() == 0:
        sheet.line(words.get("timing.none"), role="note")
        return
    grids = dict(list(timing.groupby("channel", sort=False)))
    for channel in channel_order(comparison, [str(c) for c in grids]):
        if grids[channel][metric].notna().any():
            _grid(sheet, comparison, channel, grids[channel], hours, metric)


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
    values = grid.to_numpy(dtype=float).ravel()
    scale = _scale([v for v in values if math.isfinite(v)])
    for weekday in range(7):
        row = [grid.at[weekday, h] if weekday in grid.index and h in grid.columns else None for h in hours]
        sheet.append([sheet.text(words.weekday(weekday), "label")] + [_cell(sheet, v, scale) for v in row])
    sheet.blank()


def _hour_axis(timing: pd.DataFrame) -> list[int]:
    """Every hour from the first to the last one with a send or post: the columns are evenly spaced hours."""
    if timing.empty or timing["hour"].notna().sum() == 0:
        return []
    hours = timing["hour"].dropna().astype(int)
    return list(range(int(hours.min()), int(hours.max()) + 1))


def _scale(values: list[float]) -> tuple[float, float, float]:
    """(lowest, median, highest) of one grid: its own colour scale."""
    if not values:
        return (0.0, 0.0, 0.0)
    ordered = sorted(values)
    middle = len(ordered) // 2
    median = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    return ordered[0], median, ordered[-1]


def _cell(sheet: SheetWriter, value: object, scale: tuple[float, float, float]) -> Cell | None:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    fill = scale_colour(float(value), *scale)  # type: ignore[arg-type]
    return cells.number_cell(sheet.ws, value, sheet.palette.shaded(fill, ink_for(fill), styles.PERCENT))
