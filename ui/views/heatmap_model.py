"""A weekday × hour grid of one metric for one channel, as a Qt table model with colour-scaled cells.

The grid is filled from the engine's small timing frame with numpy indexing (no row loop), so a new
channel or metric shows at once whatever the size of the data behind the comparison.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.views import formatting

DAYS = 7
HOURS = 24
Index = QModelIndex | QPersistentModelIndex


def weekday_numbers(column: pd.Series) -> np.ndarray:
    """Weekdays as 0 (Monday) .. 6, whether the frame holds numbers or English day names."""
    if pd.api.types.is_numeric_dtype(column):
        return column.to_numpy(dtype=np.int64)
    names = {name: i for i, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}
    return column.astype("str").str.lower().str[:3].map(names).fillna(-1).to_numpy(dtype=np.int64)


def blend(low: QColor, high: QColor, share: float) -> QColor:
    share = min(max(share, 0.0), 1.0)
    return QColor(
        round(low.red() + (high.red() - low.red()) * share),
        round(low.green() + (high.green() - low.green()) * share),
        round(low.blue() + (high.blue() - low.blue()) * share),
    )


class HeatmapModel(QAbstractTableModel):
    """7 rows (Monday first) × 24 hour columns; empty cells are slots with no send or post."""

    def __init__(self) -> None:
        super().__init__()
        self.values = np.full((DAYS, HOURS), np.nan)
        self.details: list[list[str]] = [["" for _ in range(HOURS)] for _ in range(DAYS)]
        self.low_colour, self.high_colour = QColor("#ffffff"), QColor("#1f6fd1")
        self.formatter: Callable[[float], str] = str
        self.lowest = self.highest = float("nan")

    def show_grid(
        self,
        rows: pd.DataFrame,
        metric: str,
        colour: QColor,
        formatter: Callable[[float], str],
        counts: list[tuple[str, str]],
    ) -> None:
        """Fill from timing rows of one channel (columns weekday, hour, `metric`, and count columns)."""
        self.beginResetModel()
        self.values = np.full((DAYS, HOURS), np.nan)
        self.details = [["" for _ in range(HOURS)] for _ in range(DAYS)]
        days = weekday_numbers(rows["weekday"]) if len(rows) else np.array([], dtype=np.int64)
        hours = rows["hour"].to_numpy(dtype=np.int64) if len(rows) else np.array([], dtype=np.int64)
        valid = (days >= 0) & (days < DAYS) & (hours >= 0) & (hours < HOURS)
        values = rows[metric].to_numpy(dtype=np.float64) if len(rows) else np.array([])
        self.values[days[valid], hours[valid]] = values[valid]
        self._fill_details(rows[valid], days[valid], hours[valid], counts)
        self.high_colour = colour
        self.low_colour = blend(QColor("#ffffff"), colour, 0.06)
        self.formatter = formatter
        finite = self.values[np.isfinite(self.values)]
        self.lowest = float(finite.min()) if finite.size else float("nan")
        self.highest = float(finite.max()) if finite.size else float("nan")
        self.endResetModel()

    def _fill_details(
        self, rows: pd.DataFrame, days: np.ndarray, hours: np.ndarray, counts: list[tuple[str, str]]
    ) -> None:
        # At most 168 cells: one short string each, built from the already aggregated rows.
        locale = QLocale()
        columns = [rows[column].to_numpy() for _, column in counts]
        for position, (day, hour) in enumerate(zip(days, hours, strict=True)):
            parts = [
                f"{label}: {formatting.count(column[position], locale)}"
                for (label, _), column in zip(counts, columns, strict=True)
            ]
            self.details[day][hour] = "\n".join(parts)

    def has_data(self) -> bool:
        return bool(np.isfinite(self.values).any())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else DAYS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else HOURS

    def colour_for(self, value: float) -> QColor:
        span = self.highest - self.lowest
        share = 1.0 if span <= 0 or not np.isfinite(span) else (value - self.lowest) / span
        return blend(self.low_colour, self.high_colour, 0.12 + 0.88 * share)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = float(self.values[index.row(), index.column()])
        known = np.isfinite(value)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.formatter(value) if known else ""
        if role == Qt.ItemDataRole.UserRole:
            return value if known else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.colour_for(value) if known else QColor("#f8f9fa")
        if role == Qt.ItemDataRole.ForegroundRole and known:
            colour = self.colour_for(value)
            return QColor("white") if colour.lightnessF() < 0.55 else QColor("#212529")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), index.column(), value, known)
        return None

    def _tooltip(self, day: int, hour: int, value: float, known: bool) -> str:
        slot = f"{QLocale().dayName(day + 1)} {hour:02d}:00–{(hour + 1) % 24:02d}:00"
        if not known:
            return self.tr("{0}: nothing sent or posted").format(slot)
        details = self.details[day][hour]
        return f"{slot}\n{self.formatter(value)}" + (f"\n{details}" if details else "")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return f"{section:02d}"
            return QLocale().dayName(section + 1, QLocale.FormatType.ShortFormat)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return f"{section:02d}:00–{(section + 1) % 24:02d}:00"
        return None


class HeatmapDelegate(QStyledItemDelegate):
    """Paints each cell as a tile with a white gap, its value centred in a small font."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        tile = option.rect.adjusted(1, 1, -1, -1)
        painter.fillRect(tile, index.data(Qt.ItemDataRole.BackgroundRole))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QColor("#212529"))
            painter.drawRect(tile.adjusted(0, 0, -1, -1))
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text:
            font = QFont(option.font)
            font.setPointSizeF(max(7.0, option.font.pointSizeF() - 1.5))
            painter.setFont(font)
            painter.setPen(index.data(Qt.ItemDataRole.ForegroundRole))
            painter.drawText(tile, int(Qt.AlignmentFlag.AlignCenter), str(text))
        painter.restore()
