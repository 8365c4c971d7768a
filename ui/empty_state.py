"""What the window shows before any data: where to drop files, and a one-click way to see an example."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.views.palette import CARD_BORDER, MUTED

DROP_ACCENT = "#1f6fd1"
# Centred through the style sheet, not setAlignment(Qt.AlignmentFlag...): importing PySide6's `Qt` namespace
# builds its hundred enums (~11 ms), a fifth of what start-up may add to a bare window before the first paint.
CENTRED = "qproperty-alignment: AlignCenter;"


class EmptyState(QWidget):
    """A large drop invitation with "Open files…" and "Open sample data" buttons."""

    openRequested = Signal()
    sampleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.title = QLabel()
        self.title.setStyleSheet(f"font-size: 22pt; font-weight: 600; {CENTRED}")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {MUTED}; {CENTRED}")
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.openRequested)
        self.sample_button = QPushButton()
        self.sample_button.setDefault(True)
        self.sample_button.clicked.connect(self.sampleRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        self.zone = frame = QWidget()
        frame.setObjectName("dropZone")
        self.set_highlight(False)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(32, 40, 32, 40)
        inner.addWidget(self.title)
        inner.addWidget(self.hint)
        inner.addSpacing(16)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        layout.addWidget(frame)
        layout.addStretch(2)
        self.setTabOrder(self.sample_button, self.open_button)
        self.retranslate()

    def set_highlight(self, on: bool) -> None:
        """Files are being dragged over the window: the zone shows it will take them."""
        colour = DROP_ACCENT if on else CARD_BORDER
        self.zone.setStyleSheet(f"QWidget#dropZone {{ border: 2px dashed {colour}; border-radius: 12px; }}")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Drop campaign exports here"))
        self.hint.setText(
            self.tr(
                "Email (Mailchimp, Klaviyo, MailerLite), social (Meta, Facebook, Instagram, LinkedIn, X, TikTok) "
                "and sales (Shopify, GA4) exports, as CSV or XLSX: files or whole folders. "
                "Nothing leaves this computer."
            )
        )
        self.open_button.setText(self.tr("Open files…"))
        self.sample_button.setText(self.tr("Open sample data"))
        self.sample_button.setToolTip(self.tr("Load the bundled exports of a fictional candle shop"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
