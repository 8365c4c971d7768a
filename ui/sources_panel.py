"""The Sources panel: every file brought in, what it is, what it holds, and what went wrong with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from channelcompare.model import CHANNELS
from session.state import Source
from ui.elided_label import ElidedLabel
from ui.names import platform_name
from ui.views import formatting
from ui.views.palette import ALERT, CARD_BORDER, MUTED, WARNING, channel_label


class SourceRow(QFrame):
    """One source: name and remove button; platform and channel; period, rows and an issues badge."""

    def __init__(self, source: Source, panel: SourcesPanel) -> None:
        super().__init__()
        self.source = source
        self.setObjectName("sourceRow")
        self.setStyleSheet(f"QFrame#sourceRow {{ border-bottom: 1px solid {CARD_BORDER}; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 4, 6)
        layout.setSpacing(2)
        title = QHBoxLayout()
        self.name = ElidedLabel(source.name)
        self.name.setToolTip(str(source.path))
        self.name.setStyleSheet("font-weight: 600;")
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(self.tr("Remove this source from the comparison"))
        self.remove.setAccessibleName(self.tr("Remove {0}").format(source.name))
        self.remove.clicked.connect(lambda: panel.removeRequested.emit(source.path))
        title.addWidget(self.name, 1)
        self._add_badge(title, panel)
        title.addWidget(self.remove)
        layout.addLayout(title)
        if source.failed:
            self._add_error(layout, panel)
        else:
            self._add_details(layout, panel)

    def _add_error(self, layout: QVBoxLayout, panel: SourcesPanel) -> None:
        message = QLabel(str(self.source.error or self.tr("Not imported")))
        message.setWordWrap(True)
        message.setStyleSheet(f"color: {ALERT};")
        details = QPushButton(self.tr("Details…"))
        details.setFlat(True)
        details.setStyleSheet(f"color: {ALERT}; text-decoration: underline; text-align: left;")
        details.clicked.connect(lambda: panel.errorRequested.emit(self.source.path))
        layout.addWidget(message)
        layout.addWidget(details, 0, Qt.AlignmentFlag.AlignLeft)

    def _add_details(self, layout: QVBoxLayout, panel: SourcesPanel) -> None:
        result = self.source.result
        assert result is not None
        kind = QHBoxLayout()
        platform = QLabel(platform_name(result.platform))
        platform.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        kind.addWidget(platform)
        self.channel = QComboBox()
        # Shrink with the panel instead of pushing the row (and its remove button) out of view.
        self.channel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.channel.setMinimumContentsLength(6)
        self.channel.setToolTip(self.tr("The channel this file's rows count towards"))
        imported = ", ".join(channel_label(c) for c in _imported_channels(self.source)) or "–"
        self.channel.addItem(self.tr("{0} (as imported)").format(imported), None)
        for channel in CHANNELS:
            self.channel.addItem(channel_label(channel), channel)
        self.channel.setCurrentIndex(max(self.channel.findData(self.source.channel_override), 0))
        self.channel.currentIndexChanged.connect(
            lambda: panel.channelChanged.emit(self.source.path, self.channel.currentData())
        )
        kind.addWidget(self.channel, 1)
        layout.addLayout(kind)
        info = ElidedLabel(self._facts(), mode=Qt.TextElideMode.ElideRight)
        info.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(info)

    def _add_badge(self, row: QHBoxLayout, panel: SourcesPanel) -> None:
        """A warning-coloured count of rejected rows and warnings that opens the list of them."""
        issues = self.source.issue_count()
        if not issues:
            return
        self.badge = QPushButton(f"⚠ {issues}")
        self.badge.setToolTip(self.tr("%Ln row(s) rejected or warning(s): click to see them", "", issues))
        self.badge.setAccessibleName(self.badge.toolTip())
        self.badge.setStyleSheet(
            f"QPushButton {{ color: white; background: {WARNING}; border-radius: 8px; padding: 1px 8px; }}"
        )
        self.badge.clicked.connect(lambda: panel.issuesRequested.emit(self.source.path))
        row.addWidget(self.badge)

    def _facts(self) -> str:
        result = self.source.result
        assert result is not None
        period = result.period()
        rows = self.tr("%Ln row(s)", "", result.rows)  # first: the count must survive eliding
        if period is None:
            return rows
        return f"{rows} · {formatting.short_date(period[0])} – {formatting.short_date(period[1])}"


def _imported_channels(source: Source) -> list[str]:
    if source.result is None:
        return []
    return sorted(str(c) for c in source.result.records["channel"].dropna().unique())


class SourcesPanel(QWidget):
    """Lists the sources; asks the window (signals) to remove one, change its channel, or show its issues."""

    removeRequested = Signal(Path)
    channelChanged = Signal(Path, object)  # path, channel id or None for "as imported"
    issuesRequested = Signal(Path)
    errorRequested = Signal(Path)
    addRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sources: list[Source] = []
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.addRequested)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(0)
        self.rows.addStretch(1)
        body = QWidget()
        body.setLayout(self.rows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.add_button)
        self.setMinimumWidth(190)
        self.retranslate()

    def set_sources(self, sources: list[Source]) -> None:
        self._sources = list(sources)
        while self.rows.count() > 1:
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for position, source in enumerate(self._sources):
            self.rows.insertWidget(position, SourceRow(source, self))
        self._chain_focus()
        self.retranslate()

    def _chain_focus(self) -> None:
        """Tab goes through the rows top to bottom, then to "Add files…"."""
        focusable = [
            child
            for row in self.row_widgets()
            for child in row.findChildren(QWidget)
            if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.window() is self.window()
        ]
        for first, second in zip(focusable, [*focusable[1:], self.add_button], strict=False):
            QWidget.setTabOrder(first, second)

    def row_widgets(self) -> list[SourceRow]:
        return [
            w
            for i in range(self.rows.count())
            if (item := self.rows.itemAt(i)) is not None and isinstance(w := item.widget(), SourceRow)
        ]

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sources (%n)", "", len(self._sources)))
        self.add_button.setText(self.tr("Add files…"))
        self.add_button.setToolTip(self.tr("Import more exports (Ctrl+O), or drop them on the window"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.set_sources(self._sources)  # rows carry translated and locale-formatted text
        super().changeEvent(event)
