"""A table of rows edited in place (text cells and combos), with rows added, removed and moved, and rows
with problems tinted; the rules dialog's two tables build on it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

PROBLEM_BACKGROUND = QColor("#ffe3e3")
# Characters a combo shows without widening its column (channel names are long in French).
COMBO_CHARACTERS = {"channel": 20, "match": 13}


class EditableTable(QTableWidget):
    """Rows of values (dicts), combos for the fixed choices; add, remove and move rows."""

    edited = Signal()
    # The keys of the columns, in order.
    COLUMNS: tuple[str, ...] = ()

    def __init__(self, headers: list[str], stretch: tuple[int, ...], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setDefaultSectionSize(30)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.itemChanged.connect(lambda _item: self.edited.emit())

    def choices(self, column: str) -> dict[str, str] | None:
        """(key -> label) for a combo column; None for a text column."""
        raise NotImplementedError

    def set_values(self, rows: list[dict[str, Any]]) -> None:
        blocked = self.blockSignals(True)
        self.setRowCount(0)
        for values in rows:
            self._append(values)
        self.blockSignals(blocked)

    def values(self) -> list[dict[str, Any]]:
        return [self.row_values(row) for row in range(self.rowCount())]

    def row_values(self, row: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for column, key in enumerate(self.COLUMNS):
            widget = self.cellWidget(row, column)
            item = self.item(row, column)
            if isinstance(widget, QComboBox):
                out[key] = str(widget.currentData())
            else:
                out[key] = item.text().strip() if item is not None else ""
        return out

    def add_row(self, values: dict[str, Any]) -> None:
        self._append(values)
        self.selectRow(self.rowCount() - 1)
        self.edited.emit()

    def remove_selected(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            self.edited.emit()

    def move_selected(self, delta: int) -> None:
        row, rows = self.currentRow(), self.values()
        target = row + delta
        if row < 0 or not 0 <= target < len(rows):
            return
        rows.insert(target, rows.pop(row))
        self.set_values(rows)
        self.selectRow(target)
        self.edited.emit()

    def mark_problems(self, problems: dict[int, list[str]]) -> None:
        """Tint the rows that have problems and put the problems in their tooltips."""
        blocked = self.blockSignals(True)
        for row in range(self.rowCount()):
            text = "\n".join(problems.get(row, []))
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is not None:
                    item.setBackground(PROBLEM_BACKGROUND if text else QColor(0, 0, 0, 0))
                    item.setToolTip(text)
        self.blockSignals(blocked)

    def _append(self, values: dict[str, Any]) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for column, key in enumerate(self.COLUMNS):
            options = None if self.read_only(values, key) else self.choices(key)
            if options is None:
                self.setItem(row, column, QTableWidgetItem(str(values.get(key, ""))))
                continue
            combo = QComboBox()
            # Sized to a short label, not to the longest choice: the free-text columns need the room.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(COMBO_CHARACTERS.get(key, 9))
            for choice, label in options.items():
                combo.addItem(label, choice)
            combo.setCurrentIndex(max(0, combo.findData(values.get(key))))
            combo.currentIndexChanged.connect(lambda _index: self.edited.emit())
            self.setCellWidget(row, column, combo)
        self.decorate(row, values)

    def read_only(self, values: dict[str, Any], column: str) -> bool:
        """Whether the row's cell in `column` is shown as fixed text (a hook for subclasses)."""
        return False

    def decorate(self, row: int, values: dict[str, Any]) -> None:
        """A hook for subclasses, called after a row is filled."""
