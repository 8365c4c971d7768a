"""The Campaigns tab: every campaign or post with its metrics, sortable, filterable, copyable to Excel."""

from __future__ import annotations

from typing import Any

import pandas as pd
from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from session.campaigns import shown_columns
from ui.clipboard import selection_as_tsv
from ui.column_chooser import ColumnChooser
from ui.frozen_column import FrozenColumn
from ui.models.campaign_filter import CampaignFilterProxy
from ui.models.dataframe_model import DataFrameModel
from ui.views.metric_info import engine_metrics, metric_label, metric_tooltip

COUNT_COLUMNS = ("audience", "clicks", "interactions", "conversions")
MAX_COLUMN_WIDTH = 320
SIZE_HINT_ROWS = 60


class CampaignsView(QWidget):
    """A filter box over a table of one row per campaign, post, ad or flow message."""

    #: The columns the user hid (their names), to remember.
    columnsChosen = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DataFrameModel()
        self.proxy = CampaignFilterProxy(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep file order until a header is clicked
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.verticalHeader()
        header.setSectionResizeMode(header.ResizeMode.Fixed)  # per-row sizing would visit a million rows
        header.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header.setVisible(False)
        self._sized_for: tuple[str, ...] = ()  # the columns the widths were fitted to
        self.frozen = FrozenColumn(self.table)  # the name stays in view while the numbers scroll
        self.chooser = ColumnChooser(
            self.table, self.model, lambda hidden: self.columnsChosen.emit(sorted(hidden))
        )
        self.copy_shortcut = QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy_selection)
        self.copy_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        copy_with_headers = QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_C)
        self.copy_headers_shortcut = QShortcut(
            copy_with_headers, self.table, lambda: self.copy_selection(True)
        )
        self.copy_headers_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.proxy.modelReset.connect(self._update_count)
        self.retranslate()

    def set_campaigns(self, table: pd.DataFrame, arrays: list[Any] | None = None) -> None:
        """Show `table` (campaign_metrics' output) and, when a worker prepared them, its column arrays."""
        table = shown_columns(table)
        headers, tooltips = self._labels()
        self.model.set_frame(table, self._formats(), headers, tooltips, arrays)
        columns = tuple(map(str, table.columns))
        if columns != self._sized_for and len(table):  # a filter change keeps the widths the user sees
            self._fit_columns()
            self._sized_for = columns
        self.chooser.apply()
        self._update_count()

    def set_hidden_columns(self, names: list[str]) -> None:
        """Hide these columns (by name), now and in every later table; nothing is emitted."""
        self.chooser.set_hidden(set(names))

    def _fit_columns(self) -> None:
        """Widths from the header and the first rows' text, capped: long post texts must not push the
        numbers away. Measured here, not by Qt's resizeColumnsToContents, which asks the filter proxy for
        hundreds of rows per column (~80 ms at every refresh of a large table)."""
        cells, header = self.table.fontMetrics(), self.table.horizontalHeader().fontMetrics()
        rows = range(min(self.model.rowCount(), SIZE_HINT_ROWS))
        for column in range(self.model.columnCount()):
            kind = self.model.kind(column)
            texts = [self.model.format(self.model.raw(row, column), kind) for row in rows]
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                [header.horizontalAdvance(title) + 28, *(cells.horizontalAdvance(t) + 14 for t in texts)]
            )
            self.table.setColumnWidth(column, min(width, MAX_COLUMN_WIDTH))

    def copy_selection(self, headers: bool = False) -> None:
        """Put the selected cells on the clipboard as tab-separated text (pastes as cells in Excel).

        Ctrl+C copies the values only; Ctrl+Shift+C adds the column headers as a first line."""
        indexes = [self.proxy.mapToSource(i) for i in self.table.selectionModel().selectedIndexes()]
        if indexes:
            QGuiApplication.clipboard().setText(selection_as_tsv(self.model, indexes, headers=headers))

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter campaigns by name, platform, channel or file…"))
        self.model.set_labels(*self._labels())
        self.model.set_locale(QLocale())
        if self.model.rowCount():  # headers and numbers in another language take other widths
            self._fit_columns()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)

    def _update_count(self, *_: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        locale = self.model.locale
        if shown == total:
            self.count_label.setText(self.tr("%Ln campaign(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("{0} of {1} campaigns").format(locale.toString(shown), locale.toString(total))
            )

    def _formats(self) -> dict[str, str]:
        formats = {name: "count" for name in COUNT_COLUMNS}
        formats["channel"] = "channel"
        formats["platform"] = "platform"
        kinds = {"rate": "percent", "count": "count"}
        for name, definition in engine_metrics().items():
            formats[name] = kinds.get(definition.kind, "number")
        return formats

    def _labels(self) -> tuple[dict[str, str], dict[str, str]]:
        headers = {
            "campaign_name": self.tr("Campaign or post"),
            "platform": self.tr("Platform"),
            "channel": self.tr("Channel"),
            "start": self.tr("Sent or posted"),
            "clicks": self.tr("Clicks"),
            "interactions": self.tr("Interactions"),
            "conversions": self.tr("Conversions"),
            "revenue": self.tr("Revenue"),
            "cost": self.tr("Cost"),
            "prorated": self.tr("Pro-rated"),
            "source_file": self.tr("File"),
        }
        definitions = engine_metrics()
        tooltips: dict[str, str] = {}
        for name, definition in definitions.items():
            headers[name] = metric_label(name, definition)
            tooltips[name] = metric_tooltip(name, definition)
        headers["audience"] = metric_label("audience")
        tooltips["audience"] = self.tr(
            "What the row's rates are per: delivered emails (else sent) for email, impressions (else reach) "
            "for ads, the post's reach (else impressions) for organic posts, sessions for web traffic."
        )
        return headers, tooltips

    def current_source_index(self) -> QModelIndex:
        return self.proxy.mapToSource(self.table.currentIndex())
