"""Measurements that need a fresh interpreter: memory, start-up, and the GUI thread's responsiveness.

    python benchmarks/probes.py memory FILE            -> [peak MB above the start, final DataFrame MB]
    python benchmarks/probes.py paint app|bare          -> [seconds from interpreter start to first paint]
    python benchmarks/probes.py gui FILE...             -> [longest stall ms while importing, filter ms...]

Each prints one JSON list as its last line (benchmarks/figures.py reads it). Qt runs offscreen.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("pandas", "numpy", "pyarrow", "openpyxl", "requests", "pyqtgraph")
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow(); window.show()
sys.exit(app.exec())
"""


def vm(field: str) -> float:
    """VmRSS or VmHWM of this process in MB (not ru_maxrss: a child inherits its parent's)."""
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(field)) / 1024


def memory(path: str) -> list[float]:
    import pandas as pd

    from importers.load import import_file

    pd.DataFrame({"a": ["x"], "b": [1.0]}).astype({"a": "str"}).to_numpy()  # warm the libraries up
    before = vm("VmRSS:")
    records = import_file(Path(path)).records
    return [vm("VmHWM:") - before, records.memory_usage(deep=True).sum() / 2**20]


def paint(which: str) -> None:
    """Run the app (no data) or the bare 5-line window; print seconds since start when it first paints."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                QTimer.singleShot(0, self.done)  # after this paint event has been handled
            return False

        def done(self) -> None:
            seconds = time.perf_counter() - STARTED
            loaded = [name for name in HEAVY if name in sys.modules]
            print(json.dumps({"loaded": loaded}), file=sys.stderr)
            print(json.dumps([seconds]), flush=True)
            os._exit(0)

    watcher = FirstPaint()
    real_show = QMainWindow.show

    def show_watched(window: QMainWindow) -> None:
        # On the window, not the application: an application-wide filter hands every object of every
        # widget to Python, and wrapping each new type costs PySide6 its enums (~20 ms for a window with
        # a menu bar, labels and buttons against 2 ms for the bare one), which the app does not pay alone.
        window.installEventFilter(watcher)
        real_show(window)

    QMainWindow.show = show_watched  # type: ignore[method-assign]
    if which == "bare":
        exec(compile(BARE, "bare.py", "exec"), {"__name__": "__main__"})
    else:
        import runpy

        sys.argv = [str(ROOT / "main.py"), "--no-sample"]
        runpy.run_path(str(ROOT / "main.py"), run_name="__main__")


def gui(paths: list[str]) -> list[float]:
    """Import `paths` through the window's worker, then change filters; the GUI thread is probed all along."""
    from benchmarks.gui_probe import measure

    return measure([Path(p) for p in paths])


STARTED = time.perf_counter()

if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    kind, args = sys.argv[1], sys.argv[2:]
    if kind == "paint":
        paint(args[0])
    elif kind == "memory":
        print(json.dumps(memory(args[0])))
    elif kind == "gui":
        print(json.dumps(gui(args)))
    else:
        raise SystemExit(f"unknown probe {kind}")
