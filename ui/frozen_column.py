"""The Campaigns table's first column (the campaign's name) stays in view while the numbers scroll sideways.

Qt's frozen-column pattern: a second view over the same model and selection lies on the table's left edge
and shows only column 0; its rows follow the table's vertical scroll, its width the table's first column.
Both views read the same model, so a million rows cost nothing more: only visible cells are ever drawn.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.views.palette import CARD_BORDER


class FrozenColumn(QTableView):
    """Lies over `table`'s first column; built after the table has its model and selection model."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.setModel(table.model())
        self.setSelectionModel(table.selectionModel())
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAlternatingRowColors(table.alternatingRowColors())
        self.setSelectionBehavior(table.selectionBehavior())
        self.setVerticalScrollMode(table.verticalScrollMode())
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setStyleSheet(f"QTableView {{ border: none; border-right: 2px solid {CARD_BORDER}; }}")
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().sectionClicked.connect(self._sort_clicked)
        table.viewport().stackUnder(self)
        table.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        table.horizontalHeader().sectionResized.connect(lambda column, _old, _new: self.refit())
        table.horizontalHeader().sortIndicatorChanged.connect(lambda _section, _order: self._mirror_sort())
        self._mirror_sort()
        model = table.model()
        model.modelReset.connect(self.refit)
        model.layoutChanged.connect(self.refit)
        table.installEventFilter(self)
        self.refit()

    def refit(self) -> None:
        """Show column 0 only, as wide as the table's, over the table's left edge."""
        for column in range(self.model().columnCount()):
            self.setColumnHidden(column, column != 0)
        self.setColumnWidth(0, self.table.columnWidth(0))
        frame = self.table.frameWidth()
        header = self.table.horizontalHeader().height()
        self.setGeometry(frame, frame, self.table.columnWidth(0), self.table.viewport().height() + header)
        self.setVisible(self.model().columnCount() > 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.refit()
        return super().eventFilter(watched, event)

    def _mirror_sort(self) -> None:
        """The arrow on the frozen header when, and only when, the table is sorted by name."""
        source, mine = self.table.horizontalHeader(), self.horizontalHeader()
        mine.setSortIndicatorShown(source.isSortIndicatorShown() and source.sortIndicatorSection() == 0)
        mine.setSortIndicator(source.sortIndicatorSection(), source.sortIndicatorOrder())

    def _sort_clicked(self, column: int) -> None:
        """A click on the frozen header sorts the table by name, as a click on the table's own would."""
        header = self.table.horizontalHeader()
        ascending = (
            header.sortIndicatorSection() != column
            or header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        )
        order = Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder
        self.table.sortByColumn(column, order)
