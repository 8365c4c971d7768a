"""The Qt binding itself: PySide6 6.12.0 dropped a reference to True on every signal emit with arguments,
so a few thousand emits (progress updates, model signals) aborted the interpreter. Pinned away from it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    number = Signal(float)
    anything = Signal(object)


def test_emitting_signals_keeps_the_reference_count_of_true() -> None:
    emitter = _Emitter()
    emitter.number.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.number.emit(0.5)
        emitter.anything.emit(None)
    assert sys.getrefcount(True) - before > -50  # a broken binding loses 1,000
