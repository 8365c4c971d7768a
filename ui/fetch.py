"""Runs an API fetch in the background worker and lands its records like an imported file."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from channelcompare.errors import Cancelled
from channelcompare.sources import ImportResult
from ui import errors
from ui.dialogs.fetch_dialog import FetchRequest
from ui.workers import Worker


def fetch_job(request: FetchRequest) -> Callable[[Callable[[float], None], Callable[[], bool]], ImportResult]:
    """The worker job for `request` (imports requests only when the user fetches)."""
    if request.service == "mailchimp":
        from importers.api.mailchimp import fetch_reports

        return lambda progress, cancelled: fetch_reports(
            request.secret,
            request.since,
            request.until,
            base_url=request.base_url,
            progress=progress,
            cancelled=cancelled,
        )
    from importers.api.meta import fetch_insights

    return lambda progress, cancelled: fetch_insights(
        request.secret,
        request.account,
        request.since,
        request.until,
        base_url=request.base_url,
        progress=progress,
        cancelled=cancelled,
    )


class FetchController(QObject):
    """One fetch at a time; `landed(result)` when it succeeds. Failures are shown; nothing partial lands."""

    started = Signal()
    progress = Signal(float)
    landed = Signal(object)
    message = Signal(str)
    finished = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._worker: Worker | None = None

    def busy(self) -> bool:
        return self._worker is not None

    def start(self, request: FetchRequest) -> None:
        if self._worker is not None:
            self.message.emit(self.tr("A fetch is already running."))
            return
        worker = Worker(fetch_job(request))
        worker.signals.progress.connect(self.progress)
        worker.signals.finished.connect(self._done)
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        self.started.emit()
        worker.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _done(self, result: ImportResult) -> None:
        self._worker = None
        self.landed.emit(result)
        self.message.emit(self.tr("Fetched {0} campaign(s).").format(result.rows))
        self.finished.emit()

    def _failed(self, error: BaseException) -> None:
        self._worker = None
        if isinstance(error, Cancelled):
            self.message.emit(self.tr("Fetch cancelled. Nothing was changed."))
        else:
            errors.show_error(self.window, error)
        self.finished.emit()
