"""Colours of the Timing heatmap and the ink that stays legible on them (WCAG 2.x contrast).

A spreadsheet colour scale (a conditional format) can only change a cell's fill, so dark cells kept dark
text: unreadable, on screen and printed. The heatmap's fills are therefore computed here, from pale (low)
through a mid blue (the median) to dark (high), as the colour scale did, and each cell gets the ink, dark
or white, with the higher contrast ratio; both scale ends clear the 4.5:1 WCAG AA level for normal text.
"""

from __future__ import annotations

from typing import Final

#: Pale, mid (the median) and dark ends of the scale, as Excel's "blue" three-colour scale.
SCALE: Final = ("F7FBFF", "6BAED6", "08306B")
#: Black, not the report's ink (1F2937): with pure black or white, every fill reaches at least 4.58:1.
DARK_INK: Final = "000000"
WHITE: Final = "FFFFFF"
AA_NORMAL_TEXT: Final = 4.5


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of an "RRGGBB" colour (sRGB channels linearised)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """(L1 + 0.05) / (L2 + 0.05), the lighter colour's luminance over the darker's: 1 to 21."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def ink_for(fill: str) -> str:
    """Dark text or white text, whichever contrasts more with `fill`."""
    return WHITE if contrast_ratio(fill, WHITE) > contrast_ratio(fill, DARK_INK) else DARK_INK


def scale_colour(value: float, low: float, mid: float, high: float) -> str:
    """The fill of `value` on the three-colour scale from `low` through `mid` to `high`."""
    if high <= low:
        return SCALE[0]
    if value <= mid:
        share = (value - low) / (mid - low) if mid > low else 1.0
        return _blend(SCALE[0], SCALE[1], share)
    share = (value - mid) / (high - mid) if high > mid else 1.0
    return _blend(SCALE[1], SCALE[2], share)


def _blend(start: str, end: str, share: float) -> str:
    share = min(1.0, max(0.0, share))
    parts = (
        round(int(start[i : i + 2], 16) + (int(end[i : i + 2], 16) - int(start[i : i + 2], 16)) * share)
        for i in (0, 2, 4)
    )
    return "".join(f"{p:02X}" for p in parts)
