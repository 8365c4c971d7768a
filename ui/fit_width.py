"""Holds a one-line bar so that a narrow window scrolls it sideways instead of growing past the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class FitWidth(QScrollArea):
    """As tall as its content; a horizontal scroll bar appears (and the height grows) only when needed."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the bar's own controls take the focus
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.horizontalScrollBar().rangeChanged.connect(lambda *_: self._fit_height())
        self.set_content(content)

    def set_content(self, content: QWidget) -> None:
        old = self.takeWidget()
        if old is not None:
            old.removeEventFilter(self)
        self.setWidget(content)
        content.installEventFilter(self)
        self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()
        return super().eventFilter(watched, event)

    def _fit_height(self) -> None:
        content = self.widget()
        if content is None:
            return
        height = content.sizeHint().height()
        scrollbar = self.horizontalScrollBar()
        if scrollbar.maximum() > 0:
            height += scrollbar.sizeHint().height()
        self.setFixedHeight(height)
