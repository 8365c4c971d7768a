from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QThreadPool

from channelcompare.errors import Cancelled, UnreadableFile
from ui.workers import Worker


def test_a_job_reports_throttled_progress_and_its_result(qtbot) -> None:
    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        for step in range(10_000):  # a reader reporting per row must not flood the event loop
            progress(step / 10_000)
        return "done"

    worker = Worker(job)
    seen: list[float] = []
    worker.signals.progress.connect(seen.append)
    with qtbot.waitSignal(worker.signals.finished, timeout=5000) as finished:
        worker.start()
    assert finished.args == ["done"]
    qtbot.wait(20)
    assert 2 <= len(seen) <= 110 and seen == sorted(seen) and seen[-1] == 1.0


def test_cancel_reaches_the_job_and_errors_come_back_as_signals(qtbot) -> None:
    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        while not cancelled():
            pass
        raise Cancelled("Import cancelled.")

    worker = Worker(job)
    with qtbot.waitSignal(worker.signals.failed, timeout=5000) as failed:
        worker.start()
        worker.cancel()
    assert isinstance(failed.args[0], Cancelled)

    def broken(progress, cancelled):  # type: ignore[no-untyped-def]
        raise UnreadableFile("x.csv is not text")

    worker = Worker(broken)
    with qtbot.waitSignal(worker.signals.failed, timeout=5000) as failed:
        worker.start()
    assert str(failed.args[0]) == "x.csv is not text"


def test_a_worker_ending_after_its_signals_are_deleted_ends_quietly(qtbot, capfd) -> None:  # type: ignore[no-untyped-def]
    """The shutdown race: the window closes (and Qt's teardown deletes the signal object) while a job
    is finishing. The late progress and result go nowhere; no "Signal source has been deleted" traceback."""
    release = threading.Event()
    told_to_stop: list[bool] = []

    def job(progress, cancelled):  # type: ignore[no-untyped-def]
        assert release.wait(10)
        progress(0.5)
        told_to_stop.append(cancelled())
        return "report.xlsx"

    worker = Worker(job)
    worker.start()
    shiboken6.delete(worker.signals)  # what the window's teardown does to an object it owned
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    assert told_to_stop == [True]  # nobody listens any more: a job that checks may stop early
    errors = capfd.readouterr().err
    assert "Signal source has been deleted" not in errors and "Traceback" not in errors, errors
