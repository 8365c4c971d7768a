"""A table model over a pandas DataFrame that stays smooth at 1,000,000 rows.

Columns are cached as numpy arrays once per frame, so `data()` is an array lookup, never `iloc`. Text is
formatted in the user's locale only when a view asks for a cell, i.e. for the visible cells. Sorting is a
vectorised argsort of the raw column (missing values last), not a Python comparison per pair of rows.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from session.campaigns import column_arrays
from ui.names import platform_name
from ui.views import formatting
from ui.views.palette import channel_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: How a column is shown: "percent" (a 0-1 fraction), "count", "number", "date", "channel", "platform", "text".
Formats = Mapping[str, str]
TEXT_KINDS = ("text", "date", "channel", "platform")
Index = QModelIndex | QPersistentModelIndex


class DataFrameModel(QAbstractTableModel):
    """Read-only model of `frame`. `headers` and `tooltips` map column names to what the user sees."""

    def __init__(
        self,
        frame: pd.DataFrame | None = None,
        formats: Formats | None = None,
        headers: Mapping[str, str] | None = None,
        tooltips: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__()
        self._formats: Formats = formats or {}
        self._headers: Mapping[str, str] = headers or {}
        self._tooltips: Mapping[str, str] = tooltips or {}
        self._frame = pd.DataFrame()
        self._columns: list[Any] = []
        self._kinds: list[str] = []
        self._order: np.ndarray = np.arange(0)
        self.locale = QLocale()
        self.set_frame(frame if frame is not None else pd.DataFrame())

    def set_frame(
        self,
        frame: pd.DataFrame,
        formats: Formats | None = None,
        headers: Mapping[str, str] | None = None,
        tooltips: Mapping[str, str] | None = None,
        arrays: list[Any] | None = None,
    ) -> None:
        """Show `frame`. `arrays` are its `column_arrays`, when a worker thread prepared them already."""
        self.beginResetModel()
        self._frame = frame
        self._formats = formats if formats is not None else self._formats
        self._headers = headers if headers is not None else self._headers
        self._tooltips = tooltips if tooltips is not None else self._tooltips
        self._columns = arrays if arrays is not None else column_arrays(frame)
        self._kinds = [self._kind(name, frame[name]) for name in frame.columns]
        self._order = np.arange(len(frame))
        self.endResetModel()

    def set_labels(self, headers: Mapping[str, str], tooltips: Mapping[str, str]) -> None:
        """New header texts (after a language change) without touching the data."""
        self._headers, self._tooltips = headers, tooltips
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def set_locale(self, locale: QLocale) -> None:
        """Write numbers and dates in `locale` from now on (after a language change)."""
        self.locale = locale
        if self._columns and len(self._order):
            last = self.index(len(self._order) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def frame(self) -> pd.DataFrame:
        return self._frame

    def column_name(self, column: int) -> str:
        return str(self._frame.columns[column])

    def raw(self, row: int, column: int) -> Any:
        """The unformatted value shown at (row, column), in the current sort order."""
        return _plain(self._columns[column][self._order[row]])

    def frame_row(self, row: int) -> int:
        """Position in `frame()` of the record shown at `row`."""
        return int(self._order[row])

    def order(self) -> np.ndarray:
        """Frame row of every model row (the current sort)."""
        return self._order

    def positions(self) -> np.ndarray:
        """Model row of every frame row (the inverse of `order()`)."""
        position = np.empty_like(self._order)
        position[self._order] = np.arange(len(self._order))
        return position

    def kind(self, column: int) -> str:
        return self._kinds[column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt signature)
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt signature)
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.format(self.raw(index.row(), column), self._kinds[column])
        if role == SORT_ROLE:
            return self.raw(index.row(), column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self._kinds[column] in TEXT_KINDS:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(self._columns):
            return None
        name = self.column_name(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(name, name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips.get(name)
        if role == Qt.ItemDataRole.TextAlignmentRole and self._kinds[section] not in TEXT_KINDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = self._order
        self._order = _sorted_order(self._frame.iloc[:, column], order == Qt.SortOrder.DescendingOrder)
        self._remap_persistent(old)
        self.layoutChanged.emit()

    def format(self, value: Any, kind: str) -> str:
        """`value` as the user reads it, in their locale."""
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return formatting.MISSING  # one sign for every missing value, text or number
        if kind == "text":
            return _shown(str(value))
        if kind == "channel":
            return channel_label(str(value))
        if kind == "platform":
            return platform_name(str(value))
        if kind == "date":
            when = pd.Timestamp(value).to_pydatetime()
            day = QDate(when.year, when.month, when.day)
            if when.hour == when.minute == when.second == 0:  # a day, not a send time
                return self.locale.toString(day, QLocale.FormatType.ShortFormat)
            moment = QDateTime(day, QTime(when.hour, when.minute, when.second))
            return self.locale.toString(moment, QLocale.FormatType.ShortFormat)
        number = float(value)
        if kind == "percent":
            return formatting.percent(number, self.locale)
        if kind == "count" and number.is_integer():
            return self.locale.toString(int(number))
        return self.locale.toString(number, "f", 2)

    def _kind(self, name: str, column: pd.Series) -> str:
        if name in self._formats:
            return self._formats[name]
        if pd.api.types.is_datetime64_any_dtype(column):
            return "date"
        if pd.api.types.is_bool_dtype(column) or not pd.api.types.is_numeric_dtype(column):
            return "text"
        return "count" if pd.api.types.is_integer_dtype(column) else "number"

    def _remap_persistent(self, old: np.ndarray) -> None:
        """Keep selections on the same records across a re-sort."""
        persistent = self.persistentIndexList()
        if not persistent:
            return
        position = self.positions()
        new = [self.index(int(position[old[i.row()]]), i.column()) for i in persistent]
        self.changePersistentIndexList(persistent, new)


#: Characters of a text cell the table shows. The data stays whole (copy, sort, export read the raw value):
#: a 40 MB cell shown whole took the window 21 s and 4 GB to lay out.
SHOWN_CHARS = 1_000


def _shown(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


def _sorted_order(column: pd.Series, descending: bool) -> np.ndarray:
    """Row order that sorts `column`, missing values last either way, ties in original order."""
    order = column.reset_index(drop=True).sort_values(
        ascending=not descending, na_position="last", kind="stable"
    )
    return order.index.to_numpy()


def _plain(value: Any) -> Any:
    """numpy scalars as Python values, so Qt and the clipboard get plain numbers, text and timestamps."""
    if value is pd.NA:
        return None
    if isinstance(value, np.datetime64):
        return None if np.isnat(value) else pd.Timestamp(value)
    if isinstance(value, np.generic):
        return value.item()
    return value
