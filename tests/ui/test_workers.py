from __future__ import annotations

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
