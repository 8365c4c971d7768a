"""The Trends tab: the chosen metric per day, week or month, one line per channel, on a date axis.

The bucket is the finest every shown row fits in (the engine's `trend_bucket`) until the user picks one; rows
too long for the bucket picked are listed under the chart, never drawn in the period of their first day."""

from __future__ import annotations

import html
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale, QPointF, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from channelcompare.model import MONEY_MEASURES
from ui.charts.bars import FormattedAxis
from ui.charts.export import export_widget
from ui.views import formatting
from ui.views.bar_specs import fill_metric_combo
from ui.views.common import EmptyMessage, compact_combo, current_key, page_layout, section_title, select_key
from ui.views.metric_info import (
    channel_names,
    channel_order,
    comparison_currency,
    engine_metrics,
    metric_kind,
    metric_label,
    metric_tooltip,
)
from ui.views.palette import GRID, MUTED, TEXT, channel_colour, channel_label

DEFAULT_METRIC = "click_rate"
#: Beyond this many weeks the date axis picks its own ticks (months).
MAX_WEEK_TICKS = 14
LEGEND_COLUMNS = 4
KEY_COLUMNS = ("channel", "period_start")
#: Seconds in one period of each bucket, for the margins of the date axis.
BUCKET_SECONDS = {"day": 86400, "week": 7 * 86400, "month": 30 * 86400}


def epoch_seconds(weeks: pd.Series) -> np.ndarray:
    """Week starts as seconds since 1970 read as UTC, so the date axis shows the dates as exported."""
    stamps = pd.to_datetime(weeks, errors="coerce")
    return (stamps.astype("datetime64[s]").astype("int64")).to_numpy(dtype=np.float64)


class TrendsView(QWidget):
    """Weekly lines per channel with a legend; hover shows every channel's value for that week."""

    metricChanged = Signal(str)

    def __init__(self, metrics: Mapping[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics = metrics if metrics is not None else engine_metrics()
        self.trends = pd.DataFrame(columns=list(KEY_COLUMNS))
        self.currency: str | None = None
        self.labels: dict[str, str] = {}
        self.names: dict[str, str] = {}
        self.metric_combo = QComboBox()
        self.bucket_combo = QComboBox()
        self.coarse_note = QLabel()
        self.comparison: Any = None
        self.bucket_chosen: str | None = None  # None: the engine's finest bucket that fits every row
        self.value_axis = FormattedAxis("left")
        self.plot = pg.PlotWidget(
            background="w", axisItems={"bottom": pg.DateAxisItem(utcOffset=0), "left": self.value_axis}
        )
        self.title = section_title("")
        self.empty = EmptyMessage()
        self.stack = QStackedWidget()
        self.lines: dict[str, pg.PlotDataItem] = {}
        self._build()
        self.metric_combo.currentIndexChanged.connect(self._metric_chosen)
        self.bucket_combo.activated.connect(self._bucket_chosen)
        self.plot.scene().sigMouseMoved.connect(self._show_tooltip)
        self.set_comparison(None)

    def _build(self) -> None:
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.25)
        item.setMouseEnabled(x=False, y=False)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(GRID))
            axis.setTextPen(pg.mkPen(TEXT))
        chart = QWidget()
        chart_layout = QVBoxLayout(chart)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.title)
        chart_layout.addWidget(self.plot, 1)
        self.coarse_note.setWordWrap(True)
        self.coarse_note.setStyleSheet(f"color: {MUTED}; font-size: 8pt;")
        chart_layout.addWidget(self.coarse_note)
        self.stack.addWidget(chart)
        self.stack.addWidget(self.empty)
        bar = QHBoxLayout()
        metric = QLabel(self.tr("&Metric:"))
        metric.setBuddy(self.metric_combo)
        compact_combo(self.metric_combo, 16)
        bar.addWidget(metric)
        bar.addWidget(self.metric_combo)
        per = QLabel(self.tr("&Per:"))
        per.setBuddy(self.bucket_combo)
        for key, text in (("day", self.tr("Day")), ("week", self.tr("Week")), ("month", self.tr("Month"))):
            self.bucket_combo.addItem(text, key)
        bar.addWidget(per)
        bar.addWidget(self.bucket_combo)
        bar.addStretch(1)
        page_layout(self, bar, self.stack)

    # -- public interface
    def set_comparison(self, comparison: Any) -> None:
        self.comparison = comparison
        self._load_trends()
        self.names = channel_names(self.comparison)
        self.currency = comparison_currency(self.comparison)
        fill_metric_combo(self.metric_combo, self.metrics, self.trends.columns, DEFAULT_METRIC)
        self._refresh()

    def set_metric(self, metric: str) -> None:
        select_key(self.metric_combo, metric)
        self._refresh()

    def export_chart(self, path: str | Path) -> Path:
        return export_widget(self.plot, path, self.title.text())

    # -- internals
    def _load_trends(self) -> None:
        """The comparison's trends in the chosen bucket (its own default until one is chosen)."""
        trends = getattr(self.comparison, "trends", None)
        trends = trends if isinstance(trends, pd.DataFrame) else pd.DataFrame(columns=list(KEY_COLUMNS))
        default = str(trends["bucket"].iloc[0]) if "bucket" in trends and len(trends) else "week"
        bucket, coarse = self.bucket_chosen or default, []
        tables = getattr(self.comparison, "tables", None)
        if tables is not None and hasattr(tables, "trends_in"):
            trends, coarse = tables.trends_in(bucket)
        self.trends = trends
        select_key(self.bucket_combo, bucket)
        self.coarse_note.setText(
            self.tr("Not drawn, their rows are longer than one period: {0}.").format("; ".join(coarse))
            if coarse
            else ""
        )
        self.coarse_note.setVisible(bool(coarse))

    def _bucket_chosen(self) -> None:
        self.bucket_chosen = current_key(self.bucket_combo)
        self._load_trends()
        self._refresh()

    def _metric_chosen(self) -> None:
        self._refresh()
        self.metricChanged.emit(current_key(self.metric_combo))

    def _formatter(self, kind: str) -> Any:
        locale, currency = QLocale(), self.currency
        return lambda value: formatting.metric_value(value, kind, currency, locale)

    def _refresh(self) -> None:
        metric = current_key(self.metric_combo)
        self._clear()
        if self.trends.empty or not metric:
            self.empty.setText(
                self.tr("No weekly figures for this selection.\nTrends need dated campaigns or posts.")
            )
            self.stack.setCurrentWidget(self.empty)
            return
        definition = self.metrics.get(metric)
        kind, locale, currency = metric_kind(definition), QLocale(), self.currency
        self.value_axis.formatter = lambda value, spacing: formatting.axis_value(
            value, spacing, kind, currency, locale
        )
        self.value_axis.picture = None
        per = {"day": self.tr("{0} per day"), "month": self.tr("{0} per month")}.get(
            self._bucket(), self.tr("{0} per week")
        )
        self.title.setText(per.format(metric_label(metric, definition)))
        self.title.setToolTip(metric_tooltip(metric, definition))
        groups = dict(iter(self.trends.groupby(self.trends["channel"].astype("str"), sort=False)))
        self._add_legend(len(groups))
        for channel in channel_order(groups):
            self._draw_line(channel, groups[channel].sort_values("period_start"), metric)
        self._set_range(metric)
        self._set_week_ticks()
        self.stack.setCurrentIndex(0)

    def _bucket(self) -> str:
        return current_key(self.bucket_combo) or "week"

    def _clear(self) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        self.lines = {}
        if item.legend is not None:
            item.legend.scene().removeItem(item.legend)
            item.legend = None

    def _add_legend(self, channels: int) -> None:
        # In the headroom above the lines (see _set_range), so that it never hides a point; at most
        # four per row so that it stays inside the plot at 1024 pixels.
        self.plot.getPlotItem().addLegend(
            offset=(10, 4),
            labelTextColor=TEXT,
            colCount=max(1, min(channels, LEGEND_COLUMNS)),
            brush=pg.mkBrush(255, 255, 255, 200),
        )

    def _draw_line(self, channel: str, rows: pd.DataFrame, metric: str) -> None:
        # Every week of the selection, NaN where the channel sent nothing: the line breaks there
        # instead of drawing a slope through weeks that have no figure.
        weeks = np.unique(epoch_seconds(self.trends["period_start"]))
        values = pd.Series(rows[metric].to_numpy(dtype=np.float64), index=epoch_seconds(rows["period_start"]))
        x = weeks
        y = values.groupby(level=0).first().reindex(weeks).to_numpy(dtype=np.float64)
        if not np.isfinite(y).any():
            return
        colour = channel_colour(channel)
        self.labels[channel] = self.names.get(channel) or channel_label(channel)
        line = self.plot.plot(
            x,
            y,
            pen=pg.mkPen(colour, width=2.2),
            symbol="o",
            symbolSize=7,
            symbolBrush=colour,
            symbolPen=pg.mkPen("w", width=1),
            name=self.labels[channel],
            connect="finite",
        )
        self.lines[channel] = line

    def _set_range(self, metric: str) -> None:
        values = self.trends[metric].to_numpy(dtype=np.float64)
        top = float(np.nanmax(values)) if np.isfinite(values).any() else 1.0
        x = epoch_seconds(self.trends["period_start"])
        week = BUCKET_SECONDS.get(self._bucket(), 7 * 86400)
        item = self.plot.getPlotItem()
        item.setXRange(float(np.nanmin(x)) - week / 3, float(np.nanmax(x)) + week / 3, padding=0)
        item.setYRange(0, (top or 1.0) * 1.25, padding=0)

    def _set_week_ticks(self) -> None:
        """One tick per week start in the locale's day-month order, unless there are too many weeks."""
        axis = self.plot.getPlotItem().getAxis("bottom")
        weeks = (
            pd.to_datetime(self.trends["period_start"], errors="coerce")
            .dropna()
            .drop_duplicates()
            .sort_values()
        )
        if len(weeks) > MAX_WEEK_TICKS:
            axis.setTicks(None)
            return
        locale = QLocale()
        month_first = locale.dateFormat(QLocale.FormatType.ShortFormat).lower().startswith("m")
        pattern = "MMM d" if month_first else "d MMM"
        ticks = [
            (float(x), locale.toString(QDate(w.year, w.month, w.day), pattern))
            for x, w in zip(epoch_seconds(weeks), weeks, strict=True)
        ]
        axis.setTicks([ticks])

    def _show_tooltip(self, scene_pos: QPointF) -> None:
        metric = current_key(self.metric_combo)
        item = self.plot.getPlotItem()
        if self.trends.empty or not metric or not item.sceneBoundingRect().contains(scene_pos):
            return
        x = item.vb.mapSceneToView(scene_pos).x()
        weeks = epoch_seconds(self.trends["period_start"])
        nearest = int(np.nanargmin(np.abs(weeks - x)))
        rows = self.trends[weeks == weeks[nearest]]
        formatter = self._formatter(metric_kind(self.metrics.get(metric)))
        week = pd.Timestamp(self.trends["period_start"].iloc[nearest])
        day = formatting.short_date(week, QLocale())
        headings = {"day": day, "month": self.tr("Month of {0}").format(day)}
        lines = [headings.get(self._bucket(), self.tr("Week of {0}").format(day))]
        for row in rows.to_dict("records"):
            channel = str(row["channel"])
            name = self.names.get(channel) or channel_label(channel)
            rests_on = self._rests_on(row, metric)
            lines.append(f"{html.escape(name)}: <b>{html.escape(formatter(row[metric]))}</b>{rests_on}")
        self.plot.setToolTip("<br>".join(lines))

    def _rests_on(self, row: Mapping[str, Any], metric: str) -> str:
        """" (13 / 2,122; 3 campaigns)": the numerator, denominator and distinct campaigns of the point,
        pooled over the same rows as its value (money parts in the channel's currency)."""
        if f"{metric}.num" not in row or formatting.is_missing(row[f"{metric}.num"]):
            return ""
        definition = self.metrics.get(metric)
        locale = QLocale()

        def part(value: float, measure: str) -> str:
            if measure in MONEY_MEASURES:
                return formatting.money(value, self.currency, locale)
            return formatting.count(value, locale)

        x = part(row[f"{metric}.num"], str(getattr(definition, "numerator", "")))
        n = part(row[f"{metric}.den"], str(getattr(definition, "denominator", "")))
        campaigns = int(row[f"{metric}.campaigns"])
        counted = self.tr("%n campaign(s)", "", campaigns)
        return html.escape(f" ({x} / {n}; {counted})")
