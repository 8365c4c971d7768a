"""Says, on the analysis tabs and in the status bar, that what the window shows is still coming.

An import covers the tabs with its progress; the comparison that follows keeps them covered until its
numbers are on screen, and only then does the status bar say the files were imported, so the numbers and
the message change together. A filter change is quick (~0.1 s): its cover waits a moment, so that it never
flashes, unless the data changed or nothing has been shown yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from ui.analysis import Recomputer
    from ui.window_shell import WindowShell

# How long a comparison of unchanged data may run before the tabs are covered.
QUICK_COMPARE_MS = 300


class BusyState(QObject):
    """Drives `window.pane.cover` from the import controller and the recomputer of `window`."""

    def __init__(self, window: WindowShell, recomputer: Recomputer) -> None:
        super().__init__(window)
        self.window = window
        self.recomputer = recomputer
        self._files = 0
        self._held: str | None = None  # the import's message, shown with its numbers
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(QUICK_COMPARE_MS)
        self._slow.timeout.connect(self._show_comparing)
        imports = window.imports
        imports.started.connect(self._import_started)
        imports.progress.connect(self._import_progress)
        imports.finished.connect(self._settle)
        imports.message.connect(self._message)
        recomputer.busyChanged.connect(self._comparing)
        window.analysisShown.connect(lambda _analysis: self._release_message())
        recomputer.failed.connect(lambda _error: self._release_message())

    def busy(self) -> bool:
        return self.window.imports.busy() or self.recomputer.busy()

    def _import_started(self, files: int) -> None:
        self._files = files
        self._import_progress(0.0)

    def _import_progress(self, fraction: float) -> None:
        text = self.tr("Importing %n file(s)…", "", self._files)
        self.window.pane.cover.show_busy(text, fraction)

    def _comparing(self, running: bool) -> None:
        if not running:
            self._settle()
            return
        if self.window.imports.busy():
            return  # the import's cover stays until its batch is in
        analysis = self.window.analysis
        data_changed = analysis is None or analysis.version != self.window.session.version
        if data_changed or self.window.pane.cover.isVisible():
            self._show_comparing()
        else:
            self._slow.start()

    def _show_comparing(self) -> None:
        if self.recomputer.busy():
            self.window.pane.cover.show_busy(self.tr("Comparing the channels…"))

    def _settle(self) -> None:
        """Uncover once nothing runs; while a comparison still runs, say that instead."""
        if self.window.imports.busy():
            return
        if self.recomputer.busy():
            self._comparing(True)
            return
        self._slow.stop()
        self.window.pane.cover.hide()
        self._release_message()

    def _message(self, text: str) -> None:
        if self.recomputer.busy():
            self._held = text if self._held is None else f"{self._held} {text}"
        else:
            self.window.status.show_message(text)

    def _release_message(self) -> None:
        if self._held is not None and not self.recomputer.busy():
            self.window.status.show_message(self._held)
            self._held = None
