"""The Timing tab: when sends and posts do best, as a weekday × hour heatmap per channel.

Only sources that carry a send or post time feed it (the engine's timing frame); without any, the view
says so instead of showing an empty grid.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.charts.export import export_widget
from ui.views import formatting
from ui.views.bar_specs import fill_metric_combo
from ui.views.common import (
    EmptyMessage,
    compact_combo,
    current_key,
    fill_combo,
    page_layout,
    section_title,
    select_key,
)
from ui.views.heatmap_model import HOURS, HeatmapDelegate, HeatmapModel, weekday_numbers
from ui.views.metric_info import (
    channel_names,
    channel_order,
    comparison_currency,
    engine_metrics,
    metric_kind,
    metric_label,
    metric_tooltip,
)
from ui.views.palette import MUTED, TEXT, channel_colour, channel_label

KEY_COLUMNS = ("channel", "weekday", "hour")
DEFAULT_METRIC = "click_rate"


def count_label(column: str) -> str:
    """The label of a count column; a metric's own counts ("click_rate.den") by what they count."""
    suffix = column.rsplit(".", 1)[-1] if "." in column else ""
    if suffix:
        numerator = {"click_rate": "clicks", "interaction_rate": "interactions"}.get(column.rsplit(".", 1)[0])
        column = {"num": numerator or "numerator", "den": "audience", "campaigns": "sends"}.get(
            suffix, column
        )
    labels = {
        "sends": QCoreApplication.translate("timing", "Sends or posts"),
        "campaigns": QCoreApplication.translate("timing", "Campaigns"),
        "audience": QCoreApplication.translate("timing", "Audience"),
        "clicks": QCoreApplication.translate("timing", "Clicks"),
        "interactions": QCoreApplication.translate("timing", "Interactions"),
        "conversions": QCoreApplication.translate("timing", "Conversions"),
    }
    return labels.get(column, column.replace("_", " ").capitalize())


class ColourScale(QWidget):
    """A small horizontal gradient with the lowest and highest value written at its ends."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high = QColor("white"), QColor("black")
        self.low_text = self.high_text = ""
        self.setFixedHeight(34)
        self.setMinimumWidth(220)

    def show_scale(self, low: QColor, high: QColor, low_text: str, high_text: str) -> None:
        self.low, self.high, self.low_text, self.high_text = low, high, low_text, high_text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        bar = self.rect().adjusted(0, 2, 0, -18)
        gradient = QLinearGradient(bar.topLeft().toPointF(), bar.topRight().toPointF())
        gradient.setColorAt(0, self.low)
        gradient.setColorAt(1, self.high)
        painter.fillRect(bar, gradient)
        painter.setPen(QColor(TEXT))
        text = self.rect().adjusted(0, bar.height() + 4, 0, 0)
        painter.drawText(text, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), self.low_text)
        painter.drawText(text, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), self.high_text)
        painter.end()


class TimingView(QWidget):
    """Heatmap of one rate by weekday and hour of send/post time, for one channel at a time."""

    channelChanged = Signal(str)
    metricChanged = Signal(str)

    def __init__(self, metrics: Mapping[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics = metrics if metrics is not None else engine_metrics()
        self.timing = pd.DataFrame(columns=list(KEY_COLUMNS))
        self.currency: str | None = None
        self.names: dict[str, str] = {}
        self.model = HeatmapModel()
        self.channel_combo = QComboBox()
        self.metric_combo = QComboBox()
        self.table = QTableView()
        self.scale = ColourScale()
        self.title = section_title("")
        self.best = QLabel()
        self.empty = EmptyMessage()
        self.stack = QStackedWidget()
        self.chart = QWidget()  # what export_chart saves: title, grid, scale
        self._build()
        self.channel_combo.currentIndexChanged.connect(self._channel_chosen)
        self.metric_combo.currentIndexChanged.connect(self._metric_chosen)
        self.set_comparison(None)

    def _build(self) -> None:
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setItemDelegate(HeatmapDelegate(self.table))
        self.table.setStyleSheet("QTableView { background: white; border: none; }")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(28)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows.setMinimumSectionSize(26)
        self.table.setMinimumHeight(7 * 28 + 30)
        self.best.setStyleSheet(f"color: {TEXT};")
        self.best.setWordWrap(True)
        chart_layout = QVBoxLayout(self.chart)
        chart_layout.setContentsMargins(8, 6, 8, 6)
        chart_layout.addWidget(self.title)
        chart_layout.addWidget(self.table, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.best, 1)
        footer.addWidget(self.scale)
        chart_layout.addLayout(footer)
        self.chart.setObjectName("timingChart")
        self.chart.setStyleSheet("QWidget#timingChart { background: white; }")
        self.stack.addWidget(self.chart)
        self.stack.addWidget(self.empty)
        page_layout(self, self._toolbar(), self.stack)

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        channel = QLabel(self.tr("&Channel:"))
        channel.setBuddy(self.channel_combo)
        metric = QLabel(self.tr("&Metric:"))
        metric.setBuddy(self.metric_combo)
        for combo in (self.channel_combo, self.metric_combo):
            compact_combo(combo, 14)
        hint = QLabel(self.tr("By send or post time (as exported). Hover a cell for its counts."))
        hint.setStyleSheet(f"color: {MUTED};")
        hint.setWordWrap(True)  # never the reason the view is wider than the window
        hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for widget in (channel, self.channel_combo):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (metric, self.metric_combo):
            bar.addWidget(widget)
        bar.addWidget(hint, 1)
        return bar

    # -- public interface
    def set_comparison(self, comparison: Any) -> None:
        """Show the comparison's timing frame (None or a frame without rows: the empty state)."""
        timing = getattr(comparison, "timing", None)
        self.timing = timing if isinstance(timing, pd.DataFrame) else pd.DataFrame(columns=list(KEY_COLUMNS))
        self.currency = comparison_currency(comparison)
        channels = [] if self.timing.empty else channel_order(set(self.timing["channel"].astype("str")))
        self.names = channel_names(comparison)
        labels = [(self.names.get(c) or channel_label(c), c) for c in channels]
        fill_combo(self.channel_combo, labels, current_key(self.channel_combo) or None)
        fill_metric_combo(self.metric_combo, self.metrics, self.timing.columns, DEFAULT_METRIC)
        self._refresh()

    def set_channel(self, channel: str) -> None:
        select_key(self.channel_combo, channel)
        self._refresh()

    def set_metric(self, metric: str) -> None:
        select_key(self.metric_combo, metric)
        self._refresh()

    def export_chart(self, path: str | Path) -> Path:
        """Save the heatmap (title, grid and colour scale) as PNG or SVG."""
        return export_widget(self.chart, path, self.title.text())

    # -- internals
    def _channel_chosen(self) -> None:
        self._refresh()
        self.channelChanged.emit(current_key(self.channel_combo))

    def _metric_chosen(self) -> None:
        self._refresh()
        self.metricChanged.emit(current_key(self.metric_combo))

    def _refresh(self) -> None:
        channel, metric = current_key(self.channel_combo), current_key(self.metric_combo)
        if self.timing.empty or not channel or not metric:
            self.empty.setText(self._empty_text())
            self.stack.setCurrentWidget(self.empty)
            return
        definition = self.metrics.get(metric)
        formatter = self._formatter(metric_kind(definition))
        rows = self.timing[self.timing["channel"].astype("str") == channel]
        counts = [(count_label(c), c) for c in self._count_columns(metric)]
        colour = channel_colour(channel)
        self.model.show_grid(rows, metric, colour, formatter, counts)
        self._show_hours_in_use()
        name = self.names.get(channel) or channel_label(channel)
        self.title.setText(
            self.tr("{0} by weekday and hour: {1}").format(metric_label(metric, definition), name)
        )
        self.title.setToolTip(metric_tooltip(metric, definition))
        lowest, highest = self.model.lowest, self.model.highest
        self.scale.show_scale(self.model.colour_for(lowest), colour, formatter(lowest), formatter(highest))
        self.best.setText(self._best_slot_text(rows, metric, formatter))
        self.stack.setCurrentWidget(self.chart if self.model.has_data() else self.empty)
        if not self.model.has_data():
            label = metric_label(metric, definition)
            self.empty.setText(self.tr("No {0} values by time for this channel.").format(label))

    def _formatter(self, kind: str) -> Callable[[float], str]:
        locale, currency = QLocale(), self.currency
        if kind == "rate":  # short in a dense grid
            return lambda value: formatting.short_percent(value, locale)
        return lambda value: formatting.metric_value(value, kind, currency, locale)

    def _show_hours_in_use(self) -> None:
        """Hide the night hours nobody sends at (the same range for every channel, for comparison)."""
        hours = self.timing["hour"].to_numpy(dtype=np.int64)
        first, last = (int(hours.min()), int(hours.max())) if hours.size else (0, HOURS - 1)
        for hour in range(HOURS):
            self.table.setColumnHidden(hour, not first <= hour <= last)

    def _count_columns(self, metric: str) -> list[str]:
        """The counts the shown metric rests on, in each cell: sends or posts, numerator, denominator."""
        own = [f"{metric}.campaigns", f"{metric}.num", f"{metric}.den"]
        return [c for c in own if c in self.timing.columns]

    def _best_slot_text(self, rows: pd.DataFrame, metric: str, formatter: Any) -> str:
        values = rows[metric].to_numpy(dtype=np.float64)
        if f"{metric}.campaigns" in rows.columns:
            # A single send is an anecdote; the best slot must rest on at least two sends of this metric.
            sends = rows[f"{metric}.campaigns"].to_numpy(dtype=np.float64)
            values = np.where(sends >= 2, values, np.nan)
        if not np.isfinite(values).any():
            return ""
        best = int(np.nanargmax(values))
        day = int(weekday_numbers(rows["weekday"])[best])
        hour = int(rows["hour"].iloc[best])
        return self.tr("Best slot with at least two sends: {0} {1}:00 ({2})").format(
            QLocale().dayName(day + 1), f"{hour:02d}", formatter(float(values[best]))
        )

    def _empty_text(self) -> str:
        return self.tr(
            "No send or post times in the loaded sources.\n"
            "Timing needs exports that carry the date and hour of each send or post "
            "(Mailchimp campaigns, Facebook or Instagram posts, LinkedIn, X, TikTok)."
        )
