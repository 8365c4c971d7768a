"""The filter bar above every view: period, channels, platforms, campaign text, period over period, and
whether rows straddling the period are pro-rated.

It emits `filtersChanged(dict)` whose keys are `CompareOptions` fields (start, end, channels, platforms,
campaign_contains, period_over_period, prorate), so the shell can pass them straight to the engine:
`CompareOptions(baseline=..., **filters)`. `None` for channels or platforms means "all".
Typing in the campaign box is debounced; every other change emits at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from ui.views.formatting import date_pattern
from ui.views.palette import channel_label, platform_label

DEBOUNCE_MS = 250


class ChoiceButton(QToolButton):
    """A drop-down of checkable items; the button text says how many are chosen."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.actions_: dict[str, QAction] = {}
        self._update_text()

    def set_items(self, items: Iterable[tuple[str, str]], chosen: set[str] | None) -> None:
        """Replace the items ((label, key) pairs); `chosen` None checks them all. Emits nothing."""
        self.menu_.clear()
        self.actions_ = {}
        every = self.menu_.addAction(self.tr("All"))
        every.triggered.connect(lambda: self._check_all(True))
        self.menu_.addSeparator()
        for label, key in items:
            action = self.menu_.addAction(label)
            action.setCheckable(True)
            action.setChecked(chosen is None or key in chosen)
            action.toggled.connect(self._toggled)
            self.actions_[key] = action
        self._update_text()

    def chosen(self) -> tuple[str, ...] | None:
        """The checked keys, or None when all (or none, which would show nothing) are checked."""
        keys = tuple(k for k, a in self.actions_.items() if a.isChecked())
        return None if len(keys) in (0, len(self.actions_)) else keys

    def _check_all(self, checked: bool) -> None:
        for action in self.actions_.values():
            action.blockSignals(True)
            action.setChecked(checked)
            action.blockSignals(False)
        self._toggled()

    def _toggled(self) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            self.setText(self.tr("{0}: all").format(self.title))
        elif len(chosen) == 1:
            self.setText(f"{self.title}: {self.actions_[chosen[0]].text()}")
        else:
            self.setText(self.tr("{0}: {1} of {2}").format(self.title, len(chosen), len(self.actions_)))


class FilterBar(QWidget):
    """Period, channel and platform choices, campaign text and period over period."""

    filtersChanged = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_edit = self._date_edit()
        self.end_edit = self._date_edit()
        self.channels = ChoiceButton(self.tr("Channels"))
        self.platforms = ChoiceButton(self.tr("Platforms"))
        self.campaign = QLineEdit()
        self.previous = QCheckBox(self.tr("Compare with &previous period"))
        self.prorate = QCheckBox(self.tr("Pro-&rate"))
        self.reset = QPushButton(self.tr("&Reset"))
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self._full_period: tuple[date, date] | None = None
        self._build()
        self._connect()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_pattern())
        return edit

    def _build(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        period = QLabel(self.tr("&From"))
        period.setBuddy(self.start_edit)
        until = QLabel(self.tr("to"))
        self.campaign.setPlaceholderText(self.tr("Campaign or post contains…"))
        self.campaign.setClearButtonEnabled(True)
        self.campaign.setMinimumWidth(120)
        self.previous.setToolTip(
            self.tr("Also compute the same comparison for the period of equal length just before")
        )
        self.prorate.setToolTip(
            self.tr(
                "Rows whose period straddles the dates (a monthly export row against half a month) count "
                "for their days inside, additive measures only; unchecked, they are left out. Either way "
                "the warnings name them."
            )
        )
        self.reset.setToolTip(self.tr("Whole period, every channel and platform, no text filter"))
        for widget in (period, self.start_edit, until, self.end_edit):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.channels)
        layout.addWidget(self.platforms)
        layout.addWidget(self.campaign, 1)
        layout.addWidget(self.previous)
        layout.addWidget(self.prorate)
        layout.addWidget(self.reset)

    def _connect(self) -> None:
        self.start_edit.dateChanged.connect(self._dates_changed)
        self.end_edit.dateChanged.connect(self._dates_changed)
        self.channels.changed.connect(self._emit)
        self.platforms.changed.connect(self._emit)
        self.campaign.textChanged.connect(lambda _: self.debounce.start())
        self.debounce.timeout.connect(self._emit)
        self.previous.toggled.connect(lambda _: self._emit())
        self.prorate.toggled.connect(lambda _: self._emit())
        self.reset.clicked.connect(self.reset_filters)

    # -- public interface
    def set_available(
        self,
        channels: Iterable[str],
        platforms: Iterable[str],
        period: tuple[date, date] | None,
        chosen: dict[str, Any] | None = None,
    ) -> None:
        """What the loaded data offers. Shows `chosen` (the choices the figures were computed with, e.g.
        restored from the workspace after a restart) when given, else keeps the user's choices where they
        still apply. Emits nothing."""
        current = self.filters() if chosen is None else chosen
        kept_channels = set(current["channels"]) if current.get("channels") else None
        kept_platforms = set(current["platforms"]) if current.get("platforms") else None
        self.channels.set_items([(channel_label(c), c) for c in channels], kept_channels)
        self.platforms.set_items([(platform_label(p), p) for p in platforms], kept_platforms)
        self._full_period = period
        if chosen is not None:
            self.set_filters(chosen)
        elif period is not None and current["start"] is None:
            self._set_dates(period)

    def set_filters(self, filters: dict[str, Any]) -> None:
        """Restore choices (e.g. from a workspace) without emitting `filtersChanged`. A bound left open
        shows the data's own first or last day, which is what the engine uses for it."""
        blocked = self.blockSignals(True)
        try:
            dates = self._dates_shown(filters.get("start"), filters.get("end"))
            if dates is not None:
                self._set_dates(dates)
            chosen = filters.get("channels")
            self.channels.set_items(self._items(self.channels), set(chosen) if chosen else None)
            chosen = filters.get("platforms")
            self.platforms.set_items(self._items(self.platforms), set(chosen) if chosen else None)
            self.campaign.setText(filters.get("campaign_contains") or "")
            self.debounce.stop()
            self.previous.setChecked(bool(filters.get("period_over_period")))
            self.prorate.setChecked(bool(filters.get("prorate")))
        finally:
            self.blockSignals(blocked)

    def _dates_shown(self, start: date | None, end: date | None) -> tuple[date, date] | None:
        if start and end:
            return start, end
        if self._full_period is None:
            return None
        return start or self._full_period[0], end or self._full_period[1]

    def filters(self) -> dict[str, Any]:
        """The current choices as CompareOptions fields."""
        text = self.campaign.text().strip()
        whole = (
            self._full_period is not None
            and (self._date(self.start_edit), self._date(self.end_edit)) == self._full_period
        )
        has_dates = self._full_period is not None
        return {
            "start": self._date(self.start_edit) if has_dates and not whole else None,
            "end": self._date(self.end_edit) if has_dates and not whole else None,
            "channels": self.channels.chosen(),
            "platforms": self.platforms.chosen(),
            "campaign_contains": text or None,
            "period_over_period": self.previous.isChecked(),
            "prorate": self.prorate.isChecked(),
        }

    def reset_filters(self) -> None:
        self.set_filters(
            {"period_over_period": self.previous.isChecked(), "prorate": self.prorate.isChecked()}
        )
        if self._full_period is not None:
            self._set_dates(self._full_period)
        self._emit()

    # -- internals
    @staticmethod
    def _items(button: ChoiceButton) -> list[tuple[str, str]]:
        return [(action.text(), key) for key, action in button.actions_.items()]

    @staticmethod
    def _date(edit: QDateEdit) -> date:
        day = edit.date()
        return date(day.year(), day.month(), day.day())

    def _set_dates(self, period: tuple[date, date]) -> None:
        for edit, day in zip((self.start_edit, self.end_edit), period, strict=True):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _dates_changed(self) -> None:
        # Keep the range valid: moving one end past the other drags the other along.
        if self.start_edit.date() > self.end_edit.date():
            moved, other = (
                (self.start_edit, self.end_edit)
                if self.sender() is self.start_edit
                else (self.end_edit, self.start_edit)
            )
            other.blockSignals(True)
            other.setDate(moved.date())
            other.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self.debounce.stop()
        self.filtersChanged.emit(self.filters())
