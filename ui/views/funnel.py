"""The Funnel tab: audience → clicks → conversions → revenue per channel, with each step's rate.

Each cell shows the stage's total, a bar proportional to the largest channel at that stage, and the
step rate as the engine pairs it (click rate, click-to-conversion, revenue per conversion), with the
numerator and denominator it rests on: never the ratio of two totals over different rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.charts.export import export_widget
from ui.views import formatting
from ui.views.common import EmptyMessage, muted_label, section_title
from ui.views.metric_info import channel_names, channel_order, engine_metrics, metric_tooltip
from ui.views.palette import GRID, MUTED, TEXT, channel_colour, channel_label, lighter

STAGES = ("audience", "clicks", "conversions", "revenue")
SHARE_ROLE = Qt.ItemDataRole.UserRole + 1
STEP_ROLE = Qt.ItemDataRole.UserRole + 2
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 3
ROW_HEIGHT = 58


def stage_label(stage: str) -> str:
    labels = {
        "audience": QCoreApplication.translate("funnel", "Audience"),
        "clicks": QCoreApplication.translate("funnel", "Clicks"),
        "conversions": QCoreApplication.translate("funnel", "Conversions"),
        "revenue": QCoreApplication.translate("funnel", "Revenue"),
    }
    return labels.get(stage, stage)


STEP_COLUMNS = ("of_previous", "step", "numerator", "denominator", "campaigns")


def wide_funnel(funnel: pd.DataFrame | None) -> pd.DataFrame:
    """One row per channel, one column per stage (NaN where the sources do not say), each stage's step
    columns ("clicks.of_previous", "clicks.denominator", ...) and the currency."""
    if funnel is None or funnel.empty:
        return pd.DataFrame(columns=["channel", *STAGES, "currency"])
    # sum(min_count=1): a stage no source reports stays unknown (NaN), never 0.
    wide = funnel.groupby(["channel", "stage"], sort=False)["value"].sum(min_count=1).unstack("stage")
    wide = wide.reindex(columns=list(STAGES))
    for column in (c for c in STEP_COLUMNS if c in funnel.columns):
        step = funnel.groupby(["channel", "stage"], sort=False)[column].first().unstack("stage")
        for stage in STAGES[1:]:
            wide[f"{stage}.{column}"] = step.get(stage, np.nan)
    if "currency" in funnel.columns:
        currency = funnel.dropna(subset=["currency"]).groupby("channel")["currency"].first()
        wide["currency"] = currency.reindex(wide.index)
    else:
        wide["currency"] = None
    order = channel_order(dict.fromkeys(funnel["channel"].astype("str")))
    return wide.reindex(order).reset_index()


class FunnelDelegate(QStyledItemDelegate):
    """Paints a stage cell: the total in bold, a proportional bar, the step rate in small grey."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        share = index.data(SHARE_ROLE)
        if share is None:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setPen(QColor(GRID))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        box = option.rect.adjusted(8, 6, -10, -6)
        self._text(
            painter, QRect(box.left(), box.top(), box.width(), 18), index.data() or "", option.font, True
        )
        bar = QRect(box.left(), box.top() + 21, box.width(), 9)
        painter.fillRect(bar, QColor(GRID).lighter(108))
        if share == share and share > 0:  # NaN-safe
            filled = QRect(bar.left(), bar.top(), max(2, round(bar.width() * min(share, 1.0))), bar.height())
            painter.fillRect(filled, index.data(COLOUR_ROLE) or QColor(MUTED))
        step = QRect(box.left(), bar.bottom() + 3, box.width(), 16)
        self._text(painter, step, index.data(STEP_ROLE) or "", option.font, False)
        painter.restore()

    @staticmethod
    def _text(painter: QPainter, rect: QRect, text: str, base: QFont, total: bool) -> None:
        """The stage total in bold, or the step rate in small grey print."""
        font = QFont(base)
        if total:
            font.setBold(True)
        else:
            font.setPointSizeF(max(7.0, base.pointSizeF() - 1))
        painter.setFont(font)
        painter.setPen(QColor(TEXT if total else MUTED))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft), text)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        return QSize(150, ROW_HEIGHT)


class FunnelView(QWidget):
    """Per-channel funnel as a table with proportional bars; no user choices, so no signals."""

    def __init__(self, metrics: Mapping[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics = metrics if metrics is not None else engine_metrics()
        self.model = QStandardItemModel(0, 1 + len(STAGES))
        self.table = QTableView()
        self.title = section_title(self.tr("From audience to revenue"))
        self.empty = EmptyMessage(self.tr("No funnel figures for this selection."))
        self.stack = QStackedWidget()
        self.chart = QWidget()
        self._build()
        self.set_comparison(None)

    def _build(self) -> None:
        self._build_table()
        note = muted_label(
            self.tr(
                "Bars compare channels at each stage (longest = largest channel). Under each total: the step "
                "rate from the stage before; under revenue: revenue per conversion. Missing stages: the "
                "sources do not report them."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self.chart)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addStretch(1)
        self.chart.setObjectName("funnelChart")
        self.chart.setStyleSheet("QWidget#funnelChart { background: white; }")
        self.stack.addWidget(self.chart)
        self.stack.addWidget(self.empty)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.addWidget(self.stack)

    def _build_table(self) -> None:
        self.table.setModel(self.model)
        self.table.setItemDelegate(FunnelDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setStyleSheet(
            f"QTableView {{ background: white; border: none; }} QTableView::item {{ border-bottom: 1px solid {GRID}; }}"
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    # -- public interface
    def set_comparison(self, comparison: Any) -> None:
        funnel = getattr(comparison, "funnel", None)
        wide = wide_funnel(funnel if isinstance(funnel, pd.DataFrame) else None)
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Channel"), *(stage_label(s) for s in STAGES)])
        for column, tip in enumerate(self._stage_tooltips(), start=1):
            self.model.setHeaderData(column, Qt.Orientation.Horizontal, tip, Qt.ItemDataRole.ToolTipRole)
        if wide.empty:
            self.stack.setCurrentWidget(self.empty)
            return
        largest = wide[list(STAGES)].max(skipna=True)
        names = channel_names(comparison)
        for record in wide.to_dict("records"):  # one row per channel: a handful
            values = {str(key): value for key, value in record.items()}
            self.model.appendRow(self._row(values, largest, names.get(str(values["channel"]))))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + ROW_HEIGHT * len(wide) + 4)
        self.stack.setCurrentWidget(self.chart)

    def export_chart(self, path: str | Path) -> Path:
        return export_widget(self.chart, path, self.title.text())

    # -- internals
    def _stage_tooltips(self) -> list[str]:
        """What each stage counts; the step rates are the engine's metrics, with their formulas."""
        return [
            metric_tooltip("audience", self.metrics.get("audience")),
            metric_tooltip("click_rate", self.metrics.get("click_rate")),
            metric_tooltip("click_to_conversion", self.metrics.get("click_to_conversion")),
            self.tr("Attributed revenue, in the channel's currency; under it, revenue per conversion."),
        ]

    def _row(self, values: dict[str, Any], largest: pd.Series, label: str | None) -> list[QStandardItem]:
        channel = str(values["channel"])
        colour = channel_colour(channel)
        name = QStandardItem(f"●  {label or channel_label(channel)}")
        name.setForeground(colour.darker(110))
        bold = QFont()
        bold.setBold(True)
        name.setFont(bold)
        items = [name]
        for position, stage in enumerate(STAGES):
            items.append(
                self._stage_item(stage, values, largest, colour, STAGES[position - 1] if position else None)
            )
        return items

    def _stage_item(
        self, stage: str, values: dict[str, Any], largest: pd.Series, colour: QColor, before: str | None
    ) -> QStandardItem:
        locale = QLocale()
        value = values.get(stage)
        currency = values.get("currency")
        currency = currency if isinstance(currency, str) else None
        known = not formatting.is_missing(value)
        text = (
            formatting.money(value, currency, locale, 0)
            if stage == "revenue"
            else formatting.count(value, locale)
        )
        item = QStandardItem(text)
        top = largest.get(stage)
        item.setData(float(value) / float(top) if known and top and np.isfinite(top) else 0.0, SHARE_ROLE)  # type: ignore[arg-type]
        item.setData(lighter(colour, 200) if stage != "audience" else lighter(colour, 120), COLOUR_ROLE)
        item.setData(self._step_text(stage, values, before, currency, locale), STEP_ROLE)
        item.setToolTip(f"{stage_label(stage)}: {text}\n{item.data(STEP_ROLE)}".strip())
        return item

    def _step_text(
        self, stage: str, values: dict[str, Any], before: str | None, currency: str | None, locale: QLocale
    ) -> str:
        """The engine's paired step under the stage total: "0.39% of 16,429 reached (20 posts)"."""
        step = values.get(f"{stage}.of_previous")
        if before is None or formatting.is_missing(step):
            return ""
        denominator = formatting.count(values.get(f"{stage}.denominator"), locale)
        if stage == "revenue":
            shown = formatting.money(step, currency, locale)
            return self.tr("{0} per conversion (of {1})").format(shown, denominator)
        if values.get(f"{stage}.step") == "conversion_rate":
            before = "audience"  # web traffic has no clicks: conversions per session instead
        shown = formatting.percent(step, locale)
        return self.tr("{0} of {1} {2}").format(shown, denominator, stage_label(before).lower())
