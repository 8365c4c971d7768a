"""Lists what an import could not read (line, column, reason) and what it warned about."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from channelcompare.sources import ImportResult

#: More rejected rows than this are summarised: the dialog must open instantly even for a broken big file.
SHOWN_LIMIT = 5000


class IssuesDialog(QDialog):
    """Rejected rows in a table, warnings in a list, for one imported file."""

    def __init__(self, result: ImportResult, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Issues in {0}").format(name))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        if result.warnings:
            layout.addWidget(QLabel(self.tr("%Ln warning(s):", "", len(result.warnings))))
            self.warnings = QListWidget()
            self.warnings.addItems(result.warnings)
            self.warnings.setWordWrap(True)
            self.warnings.setMaximumHeight(140)
            layout.addWidget(self.warnings)
        rejected = result.rejected
        summary = self.tr(
            "%Ln row(s) could not be read and are left out of the comparison:", "", len(rejected)
        )
        layout.addWidget(QLabel(summary if rejected else self.tr("Every row was read.")))
        self.table = QTableWidget(min(len(rejected), SHOWN_LIMIT), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Column"), self.tr("Reason")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, rejection in enumerate(rejected[:SHOWN_LIMIT]):
            self.table.setItem(row, 0, QTableWidgetItem(str(rejection.line)))
            self.table.setItem(row, 1, QTableWidgetItem(rejection.column or ""))
            self.table.setItem(row, 2, QTableWidgetItem(rejection.reason))
        layout.addWidget(self.table, 1)
        if len(rejected) > SHOWN_LIMIT:
            layout.addWidget(QLabel(self.tr("Showing the first {0} rejected rows.").format(SHOWN_LIMIT)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def show_for(cls, result: ImportResult, name: str, parent: QWidget | None = None) -> None:
        """Open modally (tests monkeypatch this)."""
        cls(result, name, parent).exec()
