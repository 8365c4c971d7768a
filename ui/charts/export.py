"""Save a chart as PNG or SVG, chosen by the file's suffix.

PNG goes through pyqtgraph's ImageExporter at twice the on-screen width (sharp in slides). SVG does
not: pyqtgraph 0.14's SVGExporter fails on the path syntax Qt 6.12's QSvgGenerator writes (pyqtgraph
issue #3485), so the widget paints itself into a QSvgGenerator; the result stays vector.
Widgets that are not pyqtgraph plots (the timing heatmap table) use the same painting route for PNG.
An image that leaves the app keeps its context: while `chart_context` is set (the window sets it around an
export, with the metric, the period, the chart's legend and the app's name), the image is the chart under
its title with those lines beneath, drawn by the same painting route for PNG and SVG.
Like reports, images are written to a temporary file and moved into place (a failed export never
truncates the previous image), with the user's umask (see `channelcompare.report.atomic`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters as exporters
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPaintDevice, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from channelcompare.errors import ReportFailed
from channelcompare.report.atomic import write_atomically

PNG_SCALE = 2
MARGIN = 12
MUTED_TEXT = QColor("#5f6368")

#: The lines written under an exported chart (ui.window_io sets them for the export it runs).
_CONTEXT: ContextVar[tuple[str, ...] | None] = ContextVar("chart_context", default=None)


@contextmanager
def chart_context(lines: tuple[str, ...]) -> Iterator[None]:
    """While inside, exported images carry their title above and `lines` below the chart.

    A context variable rather than a parameter: every view's `export_chart(path)` calls `export_widget`,
    and what the lines say (metric, period, sources) is the window's knowledge, not the view's."""
    token = _CONTEXT.set(lines)
    try:
        yield
    finally:
        _CONTEXT.reset(token)


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
    lines = _CONTEXT.get()
    if lines is not None:
        _write_framed(widget, target, title, lines)
    elif target.suffix.lower() == ".svg":
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


def _write_framed(widget: QWidget, target: Path, title: str, lines: tuple[str, ...]) -> None:
    """The chart between its title and its context lines, as SVG or PNG (by `target`'s suffix)."""
    fonts = _Fonts(widget)
    header = fonts.title.height() + 2 * MARGIN if title else MARGIN
    footer = sum(_line_heights(fonts, widget.width() - 2 * MARGIN, lines)) + 2 * MARGIN
    size = QSize(widget.width(), header + widget.height() + footer)
    if target.suffix.lower() == ".svg":
        generator = QSvgGenerator()
        generator.setFileName(str(target))
        generator.setSize(size)
        generator.setViewBox(QRect(QPoint(0, 0), size))
        generator.setResolution(widget.logicalDpiX())  # as in _write_svg
        generator.setTitle(title)
        generator.setDescription("channelcompare: " + " · ".join(lines))
        _paint_framed(generator, widget, title, lines, header)
        if target.stat().st_size == 0:
            raise OSError(f"Could not write {target.name}")
        return
    image = QImage(size * PNG_SCALE, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(PNG_SCALE)
    image.fill(QColor("white"))
    _paint_framed(image, widget, title, lines, header)
    if not image.save(str(target)):
        raise OSError(f"Could not write {target}")


class _Fonts:
    """The title's font (the widget's, larger and bold) and the context lines' (the widget's)."""

    def __init__(self, widget: QWidget) -> None:
        self.line_font = QFont(widget.font())
        self.title_font = QFont(widget.font())
        self.title_font.setPointSizeF(self.line_font.pointSizeF() * 1.3)
        self.title_font.setBold(True)
        self.title = QFontMetrics(self.title_font)
        self.line = QFontMetrics(self.line_font)


def _paint_framed(
    device: QPaintDevice, widget: QWidget, title: str, lines: tuple[str, ...], top: int
) -> None:
    fonts = _Fonts(widget)
    width = widget.width() - 2 * MARGIN
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if title:
            painter.setFont(fonts.title_font)
            painter.drawText(QRect(MARGIN, MARGIN, width, fonts.title.height()), 0, title)
        painter.save()
        painter.translate(0, top)
        QWidget.render(widget, painter, QPoint(0, 0))
        painter.restore()
        painter.setFont(fonts.line_font)
        painter.setPen(MUTED_TEXT)
        y = top + widget.height() + MARGIN
        for line, height in zip(lines, _line_heights(fonts, width, lines), strict=True):
            painter.drawText(QRect(MARGIN, y, width, height), int(Qt.TextFlag.TextWordWrap), line)
            y += height
    finally:
        painter.end()


def _line_heights(fonts: _Fonts, width: int, lines: tuple[str, ...]) -> list[int]:
    """How tall each context line is, wrapped to `width` (a long benchmark note takes two)."""
    flags = int(Qt.TextFlag.TextWordWrap)
    return [fonts.line.boundingRect(QRect(0, 0, width, 10_000), flags, line).height() for line in lines]
