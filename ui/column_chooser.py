"""The Campaigns table's column chooser: right-click a header to show or hide columns, by their names.

Columns are chosen by name, not position: a new import may bring other columns (an export without costs),
and a hidden "Cost" stays hidden when it comes back. The name column is always shown: a row without its
campaign means nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

from ui.models.dataframe_model import DataFrameModel

ALWAYS_SHOWN = frozenset({"campaign_name"})


class ColumnChooser(QObject):
    """Hides `table`'s columns named in `hidden`; `changed(hidden)` is called after the user's choice."""

    def __init__(self, table: QTableView, model: DataFrameModel, changed: Callable[[set[str]], None]) -> None:
        super().__init__(table)
        self.table = table
        self.model = model
        self.changed = changed
        self.hidden: set[str] = set()
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)

    def set_hidden(self, names: set[str]) -> None:
        self.hidden = set(names) - ALWAYS_SHOWN
        self.apply()

    def apply(self) -> None:
        """Hide the chosen columns of the model's current frame (after every new frame)."""
        for column in range(self.model.columnCount()):
            self.table.setColumnHidden(column, self.model.column_name(column) in self.hidden)

    def menu(self) -> QMenu:
        """A check box per column (by its header text), then "Show all columns"."""
        menu = QMenu(self.table)
        for column in range(self.model.columnCount()):
            name = self.model.column_name(column)
            action = QAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)), menu)
            action.setCheckable(True)
            action.setChecked(name not in self.hidden)
            action.setEnabled(name not in ALWAYS_SHOWN)
            action.toggled.connect(lambda shown, n=name: self._toggle(n, shown))
            menu.addAction(action)
        menu.addSeparator()
        show_all = menu.addAction(self.tr("Show all columns"))
        show_all.triggered.connect(lambda: self._choose(set()))
        return menu

    def _menu(self, position: QPoint) -> None:
        self.menu().exec(self.table.horizontalHeader().mapToGlobal(position))

    def _toggle(self, name: str, shown: bool) -> None:
        self._choose(self.hidden - {name} if shown else self.hidden | {name})

    def _choose(self, hidden: set[str]) -> None:
        self.set_hidden(hidden)
        self.changed(set(self.hidden))
