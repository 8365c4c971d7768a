"""Small pieces every view uses: empty-state message, section titles, combos that do not echo."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QBoxLayout, QComboBox, QLabel, QVBoxLayout, QWidget

from ui.views.palette import MUTED, TEXT

#: Point size of small print (intervals, notes).
SMALL_POINTS = 8.0


class EmptyMessage(QLabel):
    """A centred grey message that says why there is nothing to show and what to do."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {MUTED}; font-size: 12pt; padding: 24px;")


def styled_label(
    text: str = "", colour: str | None = None, bold: bool = False, size: float | None = None
) -> QLabel:
    """A label coloured and sized through its palette and font, not a style sheet: the Overview builds
    dozens of these on every filter change, and per-widget style sheets cost a re-polish each."""
    label = QLabel(text)
    if colour is not None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        label.setPalette(palette)
    if bold or size is not None:
        font = QFont(label.font())
        font.setBold(bold)
        if size is not None:
            font.setPointSizeF(size)
        label.setFont(font)
    return label


def muted_label(text: str = "", size: float = SMALL_POINTS) -> QLabel:
    return styled_label(text, MUTED, size=size)


def section_title(text: str) -> QLabel:
    return styled_label(text, TEXT, bold=True, size=10.5)


def fill_combo(
    combo: QComboBox,
    items: Iterable[tuple[str, str]],
    current: str | None,
    tooltips: Mapping[str, str] | None = None,
) -> None:
    """Replace a combo's (label, key) items and select `current`, without emitting change signals.
    `tooltips` (key -> rich text) go on the items: a metric's formula shows while choosing it."""
    blocked = combo.blockSignals(True)
    combo.clear()
    for label, key in items:
        combo.addItem(label, key)
        if tooltips and key in tooltips:
            combo.setItemData(combo.count() - 1, tooltips[key], Qt.ItemDataRole.ToolTipRole)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))
    combo.blockSignals(blocked)


def select_key(combo: QComboBox, key: str) -> None:
    """Select the item whose data is `key` (if present) without emitting change signals."""
    index = combo.findData(key)
    if index >= 0:
        blocked = combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(blocked)


def compact_combo(combo: QComboBox, characters: int = 14) -> QComboBox:
    """A combo that does not force the view wider than `characters` (its popup shows full names):
    the views must fit beside the sources panel at 1024 pixels, in French too."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def current_key(combo: QComboBox) -> str:
    data = combo.currentData()
    return "" if data is None else str(data)


def page_layout(view: QWidget, toolbar: QBoxLayout, body: QWidget) -> QVBoxLayout:
    """The layout every analysis view shares: its toolbar above its body (content or empty state)."""
    layout = QVBoxLayout(view)
    layout.setContentsMargins(10, 8, 10, 8)
    layout.addLayout(toolbar)
    layout.addWidget(body, 1)
    return layout
