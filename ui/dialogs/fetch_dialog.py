"""File > Fetch from API: which service, which period, and the key (kept in the keyring, never in settings)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # keyring is imported only when the user fetches (ui.fetch_actions)
    from importers.api.secrets import SecretStore

SERVICES = {"mailchimp": "Mailchimp (campaign reports)", "meta": "Meta Ads (campaign insights)"}


@dataclass(frozen=True)
class FetchRequest:
    """What the user asked for. `secret` is handed to the fetch and dropped; it is never persisted here."""

    service: str
    since: date
    until: date
    secret: str
    account: str = ""
    #: API address override (self-hosted proxies, tests); None for the service's own address.
    base_url: str | None = None


class FetchDialog(QDialog):
    def __init__(self, parent: QWidget | None, store: SecretStore, since: date, until: date) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Fetch from an API"))
        self.service = QComboBox()
        for key, label in SERVICES.items():
            self.service.addItem(self.tr(label), key)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.account = QLineEdit()
        self.account.setPlaceholderText("act_1234567890")
        self.since, self.until = _date_edit(since), _date_edit(until)
        self.remember = QCheckBox(self.tr("Remember the key in the system keyring"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self._layout()
        self.service.currentIndexChanged.connect(self._service_changed)
        self._service_changed()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Service"), self.service)
        form.addRow(self.tr("API key or token"), self.secret)
        form.addRow(self.tr("Ad account"), self.account)
        form.addRow(self.tr("From"), self.since)
        form.addRow(self.tr("To"), self.until)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Fetch"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def _service_changed(self) -> None:
        key = self.current_service()
        self.account.setEnabled(key == "meta")
        stored = self.store.get(key)
        self.secret.setText(stored or "")
        self.secret.setPlaceholderText(
            self.tr("32 characters, then -usN (Account > Extras > API keys)")
            if key == "mailchimp"
            else self.tr("a Marketing API access token with ads_read")
        )
        self.remember.setEnabled(self.store.persistent)
        self.remember.setChecked(self.store.persistent and stored is not None)
        self.note.setText(
            self.tr(
                "Nothing is sent anywhere until you press Fetch. The key is never written to settings or reports."
            )
            if self.store.persistent
            else self.tr("This system has no keyring: the key is kept only until the app closes.")
        )

    def current_service(self) -> str:
        return str(self.service.currentData())

    def request(self) -> FetchRequest | None:
        secret = self.secret.text().strip()
        if not secret:
            return None
        if self.remember.isChecked() or not self.store.persistent:
            self.store.set(self.current_service(), secret)  # without a keyring: for this session only
        else:
            self.store.delete(self.current_service())
        return FetchRequest(
            self.current_service(),
            _day(self.since.date()),
            _day(self.until.date()),
            secret,
            self.account.text().strip(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, store: SecretStore, since: date, until: date) -> FetchRequest | None:
        """Show the dialog; the request, or None when cancelled or no key was given."""
        dialog = cls(parent, store, since, until)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
