"""The column-mapping dialog for a file no importer recognises: preview, best guess, platform, channel.

The guess comes from importers.mapping.guess_mapping; the user corrects it in one combo box per column.
The mapping the dialog returns is remembered by the caller (MappingStore) for files with the same header.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from channelcompare.model import CHANNELS, PLATFORMS
from importers.mapping import TARGETS, ColumnMapping, guess_mapping, header_signature, source_columns
from importers.sample import FileSample
from ui import errors
from ui.dialogs.mapping_fields import DATE_FIELD, IGNORE, field_label
from ui.names import platform_name
from ui.views.palette import ALERT, channel_label

PREVIEW_ROWS = 8


class MappingDialog(QDialog):
    """One row per source column: its name, what it feeds, and a few of its values."""

    def __init__(self, path: Path, sample: FileSample, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sample = sample
        self.columns = source_columns(sample)
        self.setWindowTitle(self.tr("Map the columns of {0}").format(path.name))
        self.resize(780, 560)
        guess = guess_mapping(sample)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "No importer recognises this file. Say what each column holds; the mapping is remembered "
                "for the next file with the same columns."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._source_form())
        self.fields = QTableWidget(len(self.columns), 3)
        self.fields.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Holds"), self.tr("First values")])
        self.fields.verticalHeader().setVisible(False)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.combos = [self._field_row(row, column, guess) for row, column in enumerate(self.columns)]
        self.fields.resizeColumnsToContents()
        self.fields.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.fields, 1)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {ALERT};")
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import with this mapping"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._validate()

    def _source_form(self) -> QHBoxLayout:
        self.platform = QComboBox()
        for platform in PLATFORMS:
            name = self.tr("Another platform") if platform == "generic" else platform_name(platform)
            self.platform.addItem(name, platform)
        self.platform.setCurrentIndex(self.platform.findData("generic"))
        self.channel = QComboBox()
        for channel in CHANNELS:
            self.channel.addItem(channel_label(channel), channel)
        self.channel.setCurrentIndex(self.channel.findData("other"))
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText("EUR")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Brevo campaigns"))
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("&Platform:"), self.platform)
        left.addRow(self.tr("C&hannel:"), self.channel)
        right.addRow(self.tr("C&urrency:"), self.currency)
        right.addRow(self.tr("&Name of this format:"), self.name)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        return row

    def _field_row(self, row: int, column: str, guess: ColumnMapping) -> QComboBox:
        self.fields.setItem(row, 0, QTableWidgetItem(column))
        combo = QComboBox()
        combo.addItem(field_label(IGNORE), IGNORE)
        combo.addItem(field_label(DATE_FIELD), DATE_FIELD)
        for target in TARGETS:
            combo.addItem(field_label(target), target)
        chosen = DATE_FIELD if column == guess.date_column else guess.columns.get(column, IGNORE)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.currentIndexChanged.connect(self._validate)
        self.fields.setCellWidget(row, 1, combo)
        self.fields.setItem(row, 2, QTableWidgetItem(" · ".join(self._values(row))))
        return combo

    def _values(self, index: int) -> list[str]:
        body = self.sample.rows[self.sample.header_row + 1 :][:PREVIEW_ROWS]
        return [r[index] for r in body if index < len(r) and r[index].strip()][:4]

    def mapping(self) -> ColumnMapping:
        chosen = {
            column: str(combo.currentData()) for column, combo in zip(self.columns, self.combos, strict=True)
        }
        date = next((c for c, target in chosen.items() if target == DATE_FIELD), None)
        return ColumnMapping(
            header_signature(self.sample),
            {c: target for c, target in chosen.items() if target not in (IGNORE, DATE_FIELD)},
            platform=str(self.platform.currentData()),
            channel=str(self.channel.currentData()),
            date_column=date,
            currency=self.currency.text().strip().upper() or None,
            name=self.name.text().strip(),
        )

    def _validate(self) -> None:
        chosen = [str(combo.currentData()) for combo in self.combos]
        problems = self.mapping().problems()
        if chosen.count(DATE_FIELD) > 1:
            problems.append(self.tr("Only one column can be the date."))
        self.problems.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, sample: FileSample) -> ColumnMapping | None:
        """The user's mapping for `path`, or None when they cancel (tests monkeypatch this)."""
        if not errors.is_interactive():
            return None
        dialog = cls(path, sample, parent)
        return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None
