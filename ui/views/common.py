"""Small pieces every view uses: empty-state message, section titles, combos that do not echo."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ui.views.palette import MUTED, TEXT


class EmptyMessage(QLabel):
    """A centred grey message that says why there is nothing to show and what to do."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {MUTED}; font-size: 12pt; padding: 24px;")


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(f"color: {TEXT}; font-weight: 600; font-size: 10.5pt;")
    return label


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, str]], current: str | None) -> None:
    """Replace a combo's (label, key) items and select `current`, without emitting change signals."""
    blocked = combo.blockSignals(True)
    combo.clear()
    for label, key in items:
        combo.addItem(label, key)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))
    combo.blockSignals(blocked)


def current_key(combo: QComboBox) -> str:
    data = combo.currentData()
    return "" if data is None else str(data)
