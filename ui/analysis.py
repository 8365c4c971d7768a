"""Recomputes the comparison and the campaign table off the GUI thread whenever the session changes.

Requests made while a computation runs are coalesced: only the latest one runs next, so dragging a date
slider or ticking channels never queues up stale work, and a stale result is never shown.
"""

from __future__ import annotations

import copy
import gc

from PySide6.QtCore import QObject, Signal

from session.analysis import Analysis, AnalysisCache, Available
from session.state import Choices, RecordsJob
from ui.workers import Worker

__all__ = ["Analysis", "Available", "Recomputer"]


class Recomputer(QObject):
    """Runs `analyse` in a Worker; emits `ready(Analysis)` or `failed(error)` in the GUI thread."""

    ready = Signal(object)
    failed = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: Worker | None = None
        self._pending: tuple[RecordsJob, Choices] | None = None
        self._cache = AnalysisCache()  # what a filter change reuses
        self._analysed = False

    def busy(self) -> bool:
        return self._worker is not None

    def request(self, job: RecordsJob, choices: Choices) -> None:
        # The choices are copied: the session may change them while the worker reads them.
        self._pending = (job, copy.deepcopy(choices))
        if self._worker is None:
            self._start_next()

    def _start_next(self) -> None:
        if self._pending is None:
            self._worker = None
            self.busyChanged.emit(False)
            return
        job, choices = self._pending
        self._pending = None
        worker = Worker(lambda _progress, _cancelled: self._cache.analyse(job, choices))
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        self.busyChanged.emit(True)
        worker.start()

    def _finished(self, analysis: Analysis) -> None:
        if not self._analysed:
            freeze_long_lived_objects()
            self._analysed = True
        if self._pending is None:  # a newer request supersedes this result: do not flash it
            self.ready.emit(analysis)
        self._start_next()

    def _failed(self, error: BaseException) -> None:
        if self._pending is None:
            self.failed.emit(error)
        self._start_next()


def freeze_long_lived_objects() -> None:
    """Leave the objects that exist now out of every later cyclic collection.

    Called once the window is built and again after its first analysis, when every module the app needs
    is loaded (pandas, pyarrow, pyqtgraph, the engine: ~115,000 objects, functions and descriptors for the
    most part). Python's full collection walks them all, ~50 ms with the GIL held, and one lands now and
    then in an import or a filter change. Data and widgets made later stay collectable."""
    gc.freeze()
