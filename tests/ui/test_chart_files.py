"""Chart images are files people share: the user's umask, and a failed export keeps the previous image."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QLabel, QWidget

from ui.charts.export import export_widget


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.fixture
def plot(qtbot) -> pg.PlotWidget:  # type: ignore[no-untyped-def]
    widget = pg.PlotWidget()
    widget.resize(400, 300)
    widget.plot([1, 2, 3], [3, 1, 2])
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("name", ["bars.png", "bars.svg", "heatmap.png"])
def test_images_are_written_with_the_users_umask(
    qtbot, plot, tmp_path: Path, umask_022: None, name: str
) -> None:  # type: ignore[no-untyped-def]
    widget: QWidget = plot
    if name.startswith("heatmap"):  # not a pyqtgraph plot: the painting route
        widget = QLabel("Tuesday 10:00")
        widget.resize(200, 100)
        qtbot.addWidget(widget)
    folder = tmp_path / "charts"  # tmp_path also holds the test's settings
    folder.mkdir()
    target = export_widget(widget, folder / name, "Clicks")
    assert target.stat().st_size > 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert sorted(p.name for p in folder.iterdir()) == [name]


def test_a_failed_export_keeps_the_previous_image(
    plot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "charts").mkdir()
    target = tmp_path / "charts" / "bars.svg"
    export_widget(plot, target, "Clicks")
    before = target.read_bytes()

    def crash(*args: object) -> None:
        raise RuntimeError("painting failed")

    monkeypatch.setattr(QWidget, "render", crash)
    with pytest.raises(RuntimeError):
        export_widget(plot, target, "Clicks")
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["bars.svg"]


def test_an_unwritable_target_is_an_os_error_naming_it(plot, tmp_path: Path) -> None:
    target = tmp_path / "bars.png"
    target.write_bytes(b"locked")
    target.chmod(stat.S_IRUSR)
    with pytest.raises(OSError, match="read-only"):
        export_widget(plot, target)
