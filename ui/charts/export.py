"""Save a chart as PNG or SVG, chosen by the file's suffix.

PNG goes through pyqtgraph's ImageExporter at twice the on-screen width (sharp in slides). SVG does
not: pyqtgraph 0.14's SVGExporter fails on the path syntax Qt 6.12's QSvgGenerator writes (pyqtgraph
issue #3485), so the widget paints itself into a QSvgGenerator; the result stays vector.
Widgets that are not pyqtgraph plots (the timing heatmap table) use the same painting route for PNG.
Like reports, images are written to a temporary file and moved into place (a failed export never
truncates the previous image), with the user's umask (see `channelcompare.report.atomic`).
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters as exporters
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from channelcompare.errors import ReportFailed
from channelcompare.report.atomic import write_atomically

PNG_SCALE = 2


def export_widget(widget: QWidget, path: str | Path, title: str = "") -> Path:
    """Write `widget` (a pyqtgraph PlotWidget or any QWidget) to `path` (.png or .svg)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ValueError(
            f"Charts export to .png or .svg, not {suffix or 'a file without suffix'}: {target.name}"
        )
    try:
        return write_atomically(target, lambda temporary: _write(widget, temporary, title))
    except ReportFailed as error:  # the window reports OSError for charts
        raise OSError(error.message) from error


def _write(widget: QWidget, target: Path, title: str) -> None:
    """Paint into `target` (the temporary file, which keeps the suffix that picks the format)."""
    if target.suffix.lower() == ".svg":
        _write_svg(widget, target, title)
    elif isinstance(widget, pg.PlotWidget):
        exporter = exporters.ImageExporter(widget.getPlotItem())
        exporter.parameters()["width"] = max(widget.width() * PNG_SCALE, 800)
        exporter.parameters()["antialias"] = True
        exporter.export(str(target))
        if target.stat().st_size == 0:
            raise OSError(f"Could not write {target.name}")
    else:
        _write_png(widget, target)


def _write_svg(widget: QWidget, target: Path, title: str) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(target))
    generator.setSize(widget.size())
    generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
    # The screen's resolution, not the generator's default 90 dpi: with a mismatch, pyqtgraph's cosmetic
    # items and its scaled items land in different places (bars apart from their axes).
    generator.setResolution(widget.logicalDpiX())
    generator.setTitle(title or widget.windowTitle())
    generator.setDescription("channelcompare")
    painter = QPainter(generator)
    try:
        QWidget.render(widget, painter, QPoint(0, 0))  # the same paint path as on screen
    finally:
        painter.end()
    if target.stat().st_size == 0:
        raise OSError(f"Could not write {target.name}")


def _write_png(widget: QWidget, target: Path) -> None:
    image = QImage(widget.size() * PNG_SCALE, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(PNG_SCALE)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        QWidget.render(widget, painter, QPoint(0, 0))
    finally:
        painter.end()
    if not image.save(str(target)):
        raise OSError(f"Could not write {target}")
