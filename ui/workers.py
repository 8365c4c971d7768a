"""The one background worker: runs a job off the GUI thread with throttled progress and a cancel flag.

A job is any callable `job(progress, cancelled) -> result`, the same contract as the importers and the report
writer (`progress(fraction)`, `cancelled() -> bool`). Results and errors come back as Qt signals, which Qt
delivers in the GUI thread because the signal object lives there.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Job = Callable[[Callable[[float], None], Callable[[], bool]], object]

#: Progress is forwarded at most this often: a reader reporting per chunk must not flood the event loop.
PROGRESS_INTERVAL_S = 0.05


class WorkerSignals(QObject):
    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(object)


class Worker(QRunnable):
    """Runs `job` once on the global QThreadPool. Keep a reference until `finished` or `failed` arrives."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it; Qt deleting it under a live reference would crash
        self.signals = WorkerSignals()
        self._job = job
        self._cancel = threading.Event()
        self._last_emit = 0.0
        self._last_value = -1.0

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)

    def cancel(self) -> None:
        """Ask the job to stop; it notices at its next `cancelled()` check and raises Cancelled."""
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._job(self._report_progress, self.cancelled)
        except BaseException as error:  # every failure must reach the GUI thread, never die in the pool
            self._emit("failed", error)
            return
        self._emit("progress", 1.0)
        self._emit("finished", result)

    def _report_progress(self, fraction: float) -> None:
        now = time.monotonic()
        fraction = min(max(float(fraction), 0.0), 1.0)
        if fraction - self._last_value < 0.01 and now - self._last_emit < PROGRESS_INTERVAL_S:
            return
        self._last_emit, self._last_value = now, fraction
        self._emit("progress", fraction)

    def _emit(self, name: str, value: object) -> None:
        """Emit `name`, unless the signal object is gone: when the window closes as a job ends, Qt's
        teardown deletes it, nobody is left to hear the result, and the emit would raise "Signal source
        has been deleted" in the pool thread. The job is then asked to stop at its next check."""
        if not shiboken6.isValid(self.signals):
            self._cancel.set()
            return
        try:
            getattr(self.signals, name).emit(value)
        except RuntimeError:
            if shiboken6.isValid(self.signals):
                raise  # a real error of a slot or of the value, not the teardown
            self._cancel.set()
