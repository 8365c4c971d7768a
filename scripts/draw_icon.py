"""Draws the channelcompare icon with QPainter: PNGs in the freedesktop sizes and a scalable SVG.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/draw_icon.py   # rewrites resources/icons/

The picture is the app's own: bars of the channel colours (email, email automation, organic and paid
social, as in ui/views/palette.py) on a white card, the email bar tallest, with a dashed benchmark line.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
CANVAS = 256.0  # drawing units; every size scales from these
BARS = (("#1f6fd1", 0.78), ("#119a93", 0.58), ("#e8820c", 0.30), ("#d6336c", 0.44))


def draw(painter: QPainter) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#24364f"))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(QRectF(30, 30, 196, 196), 24, 24)
    floor, top, width, gap = 200.0, 52.0, 34.0, 9.0
    left = (CANVAS - (len(BARS) * width + (len(BARS) - 1) * gap)) / 2
    for index, (colour, share) in enumerate(BARS):
        height = (floor - top) * share
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(QRectF(left + index * (width + gap), floor - height, width, height), 5, 5)
    pen = QPen(QColor("#24364f"), 7, Qt.PenStyle.DashLine, Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    benchmark = floor - (floor - top) * 0.52
    painter.drawLine(44, int(benchmark), 212, int(benchmark))


def write_png(size: int) -> Path:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.scale(size / CANVAS, size / CANVAS)
    draw(painter)
    painter.end()
    path = ICONS / f"channelcompare-{size}.png"
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def write_svg() -> Path:
    path = ICONS / "channelcompare.svg"
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(256, 256))
    generator.setViewBox(QRectF(0, 0, CANVAS, CANVAS))
    generator.setTitle("channelcompare")
    painter = QPainter(generator)
    draw(painter)
    painter.end()
    return path


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    for path in [*(write_png(size) for size in SIZES), write_svg()]:
        print(path.relative_to(ICONS.parent.parent))  # noqa: T201
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
