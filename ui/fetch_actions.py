"""File > Fetch from an API, and View > Reporting currency: the parts of the window that reach the network
(only when the user asks) or convert money with the ECB rates.

A fetched result lands in the session like an imported file (and so in the workspace); the rates are the
downloaded ECB file when there is one, else the snapshot bundled with the app.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from session.state import Source
from ui.fetch import FetchController

if TYPE_CHECKING:
    from importers.api.secrets import SecretStore
    from ui.window_shell import WindowShell

#: Offered reporting currencies (any ECB currency works headless with --currency).
CURRENCIES = ("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "SEK", "DKK", "NOK", "PLN", "JPY")


class FetchActions(QObject):
    """Owns the fetch action, the token store (created on first use) and the reporting-currency menu."""

    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.window = window
        self.controller = FetchController(window)
        self._secrets: SecretStore | None = None
        self.fetch = QAction(window)
        self.currency_menu = QMenu(window)
        self.currencies = QActionGroup(self)
        self._build_menus()
        self._connect()
        self.retranslate()

    def _build_menus(self) -> None:
        file_menu = self.window.menu_actions.file_menu
        file_menu.insertAction(self.window.menu_actions.sample, self.fetch)
        self.window.menu_actions.view_menu.addMenu(self.currency_menu)
        chosen = self.window.session.choices.reporting_currency or ""
        for code in ("", *CURRENCIES):
            action = QAction(code or "-", self.window, checkable=True)
            action.setData(code)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, c=code: self.set_currency(c))
            self.currencies.addAction(action)
            self.currency_menu.addAction(action)

    def _connect(self) -> None:
        self.fetch.triggered.connect(self.ask_and_fetch)
        self.controller.landed.connect(self._landed)
        self.controller.started.connect(lambda: self.window.status.set_busy(True, 1))
        self.controller.progress.connect(self.window.status.set_progress)
        self.controller.finished.connect(lambda: self.window.status.set_busy(False))
        self.controller.message.connect(self.window.status.show_message)
        self.window.status.cancelRequested.connect(self.controller.cancel)

    def retranslate(self) -> None:
        self.fetch.setText(self.tr("&Fetch from an API (Mailchimp, Meta)…"))
        self.fetch.setToolTip(
            self.tr("Download campaign results directly; nothing is sent until you press Fetch")
        )
        self.currency_menu.setTitle(self.tr("Reporting &currency"))
        self.currencies.actions()[0].setText(self.tr("Keep each amount's own currency"))

    def secrets(self) -> SecretStore:
        if self._secrets is None:
            from importers.api.secrets import SecretStore  # keyring is imported only when needed

            self._secrets = SecretStore()
        return self._secrets

    def ask_and_fetch(self) -> None:
        from ui.dialogs.fetch_dialog import FetchDialog

        until = date.today().replace(day=1) - timedelta(days=1)  # the last full month
        request = FetchDialog.ask(self.window, self.secrets(), until.replace(day=1), until)
        if request is not None:
            self.controller.start(request)

    def _landed(self, result: object) -> None:
        from channelcompare.sources import ImportResult

        assert isinstance(result, ImportResult)
        self.window.session.add(Source(Path(result.path), result, None))
        self.window.imports.sourcesChanged.emit()

    def set_currency(self, code: str) -> None:
        """Convert money to `code` (ECB rate of each amount's date); "" keeps currencies apart."""
        self.window.session.choices.reporting_currency = code or None
        self.window.settings.set_reporting_currency(code)
        self.window.recompute()


def install_fetch_actions(window: WindowShell) -> FetchActions:
    window.session.choices.reporting_currency = window.settings.reporting_currency() or None
    return FetchActions(window)
