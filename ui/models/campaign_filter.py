"""The campaign text filter: a proxy that maps rows through a numpy index, filtered by one `str.contains`.

QSortFilterProxyModel calls back into Python once per row whenever it re-filters (about 6 s for a million
rows after each sort, measured), so this proxy keeps its row map as an array and rebuilds it vectorised.
Sorting is forwarded to the source model, which sorts with an argsort.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt

from ui.models.dataframe_model import DataFrameModel

Index = QModelIndex | QPersistentModelIndex
#: Columns searched by the text filter, when the table has them.
SEARCHED = ("campaign_name", "campaign_id", "platform", "channel", "source_file")


class CampaignFilterProxy(QAbstractProxyModel):
    """Keeps the rows whose name, id, platform, channel or file contains the filter text (any case)."""

    def __init__(self, source: DataFrameModel) -> None:
        super().__init__()
        self._text = ""
        self._mask: np.ndarray | None = None  # over frame rows; None keeps every row
        self._rows = np.arange(0)  # source rows shown, in source order
        self._proxy_of_source = np.arange(0)
        self._pending: list[tuple[QPersistentModelIndex, int]] = []
        self.setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._after_source_reset)
        source.layoutAboutToBeChanged.connect(self._before_source_layout)
        source.layoutChanged.connect(self._after_source_layout)
        source.headerDataChanged.connect(self.headerDataChanged)
        self._rebuild()

    def source(self) -> DataFrameModel:
        model = self.sourceModel()
        assert isinstance(model, DataFrameModel)
        return model

    def filter_text(self) -> str:
        return self._text

    def set_filter_text(self, text: str) -> None:
        self._text = text.strip()
        self.beginResetModel()
        self._mask = self._compute_mask()
        self._rebuild()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    # -- QAbstractProxyModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt signature)
        return 0 if parent.isValid() else self.source().columnCount()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def mapToSource(self, proxy_index: Index) -> QModelIndex:  # noqa: N802
        if not proxy_index.isValid() or proxy_index.row() >= len(self._rows):
            return QModelIndex()
        return self.source().index(int(self._rows[proxy_index.row()]), proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:  # noqa: N802
        if not source_index.isValid():
            return QModelIndex()
        row = int(self._proxy_of_source[source_index.row()])
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        return self.source().headerData(section, orientation, role)

    # -- keeping the row map in step with the source
    def _compute_mask(self) -> np.ndarray | None:
        frame = self.source().frame()
        if not self._text:
            return None
        mask = np.zeros(len(frame), dtype=bool)
        for name in SEARCHED:
            if name in frame:
                found = frame[name].astype("str").str.contains(self._text, case=False, regex=False)
                mask |= found.fillna(False).to_numpy(dtype=bool)
        return mask

    def _rebuild(self) -> None:
        source = self.source()
        count = source.rowCount()
        if self._mask is None or len(self._mask) != count:
            self._rows = np.arange(count)
        else:
            self._rows = np.flatnonzero(self._mask[source.order()])
        self._proxy_of_source = np.full(count, -1, dtype=np.int64)
        self._proxy_of_source[self._rows] = np.arange(len(self._rows))

    def _after_source_reset(self) -> None:
        self._mask = self._compute_mask()
        self._rebuild()
        self.endResetModel()

    def _before_source_layout(self) -> None:
        self.layoutAboutToBeChanged.emit()
        source = self.source()
        self._pending = [
            (QPersistentModelIndex(i), source.frame_row(int(self._rows[i.row()])))
            for i in self.persistentIndexList()
        ]

    def _after_source_layout(self) -> None:
        self._rebuild()
        positions = self.source().positions()
        for old, frame_row in self._pending:
            new_row = int(self._proxy_of_source[positions[frame_row]])
            new = self.index(new_row, old.column()) if new_row >= 0 else QModelIndex()
            self.changePersistentIndex(old, new)
        self._pending = []
        self.layoutChanged.emit()
