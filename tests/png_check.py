"""Shared by the install, Xvfb and bundle tests: a PNG the app rendered is a real picture, not a blank."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage


def distinct_colours(png: Path, step: int = 8) -> int:
    """How many different colours a grid of every `step`-th pixel holds (a blank window has one or two)."""
    image = QImage(str(png))
    assert not image.isNull(), f"{png} is not a readable image"
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)
    }
    return len(colours)


def assert_not_blank(png: Path) -> None:
    # The sample-data overview has text, cards and coloured bars: far more than 20 colours.
    assert distinct_colours(png) > 20, f"{png} looks blank"
