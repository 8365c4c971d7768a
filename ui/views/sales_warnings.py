"""The warnings at the foot of the Sales tab: the engine's caveats (currencies, unattributed orders, claims
adding up to more than the shop sold), and for each medium no rule claims its suggested rule, one click away."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLayout, QPushButton, QVBoxLayout, QWidget

from ui.views import formatting
from ui.views.common import section_title, styled_label
from ui.views.palette import WARNING, channel_label


class SalesWarnings(QWidget):
    """`show_warnings(share_of_sales)`; `ruleSuggested(rule_json)` when the user adds a suggested rule."""

    ruleSuggested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency: Any = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def show_warnings(self, share: Mapping[str, Any]) -> None:
        """The engine's sales warnings, and a one-click rule for each medium no rule claims."""
        _clear(self.box)
        self.currency = share.get("currency")
        mediums = list(share.get("unassigned_mediums") or [])
        quoted = tuple(f"utm_medium '{m.get('medium')}'" for m in mediums)
        warnings = [str(w) for w in share.get("warnings") or [] if not str(w).startswith(quoted or ("\0",))]
        if not warnings and not mediums:
            return
        self.box.addWidget(section_title(self.tr("Check before quoting these figures")))
        for text in warnings:
            label = styled_label("⚠ " + text, WARNING)
            label.setWordWrap(True)
            self.box.addWidget(label)
        for medium in mediums:
            self.box.addLayout(self._medium_row(medium))

    def _medium_row(self, medium: Mapping[str, Any]) -> QHBoxLayout:
        locale = QLocale()
        row = QHBoxLayout()
        label = styled_label(
            self.tr(
                "⚠ utm_medium '{0}' ({1} orders, {2}) matches no channel rule, so it counts as unattributed."
            ).format(
                medium.get("medium"),
                formatting.count(medium.get("orders"), locale),
                formatting.money(medium.get("revenue"), self.currency, locale, 0),
            ),
            WARNING,
        )
        label.setWordWrap(True)
        row.addWidget(label, 1)
        rule = medium.get("suggested_rule")
        if isinstance(rule, Mapping):
            button = QPushButton(
                self.tr("Add rule: medium '{0}' → {1}").format(medium.get("medium"), _channel(rule))
            )
            button.setObjectName("addSuggestedRule")
            button.setProperty("rule", dict(rule))
            button.clicked.connect(self._suggested_rule_chosen)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _suggested_rule_chosen(self) -> None:
        # A bound method, not a lambda holding `self`: such a cycle crashed PySide when the view was freed.
        rule = self.sender().property("rule") if self.sender() is not None else None
        if isinstance(rule, dict):
            self.ruleSuggested.emit(rule)


def _channel(rule: Mapping[str, Any]) -> str:
    return channel_label(str(rule.get("channel")))


def _clear(layout: QLayout) -> None:
    """Remove and delete everything in `layout` (nested layouts too)."""
    while layout.count():
        item = layout.takeAt(0)
        widget, inner = (item.widget(), item.layout()) if item is not None else (None, None)
        if widget is not None:
            widget.hide()  # gone from the screen now; deleted when the event loop gets to it
            widget.deleteLater()
        elif inner is not None:
            _clear(inner)
