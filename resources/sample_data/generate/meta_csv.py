"""CSV the way Meta's exporters write it (Ads Manager, Business Suite): UTF-8 with a BOM, comma-separated,
a cell quoted only when it holds a space, comma, quote or newline; numbers raw, without thousands marks."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent


def cell(value: object) -> str:
    text = "" if value is None else str(value)
    if any(c in text for c in ' ,"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def raw(number: float, decimals: int = 8) -> str:
    """A number as Meta writes it: up to `decimals` places, trailing zeros dropped (`4.19763158`, `12`)."""
    return f"{number:.{decimals}f}".rstrip("0").rstrip(".")


def write(name: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    lines = [",".join(cell(c) for c in header)] + [",".join(cell(c) for c in row) for row in rows]
    path = OUT / name
    path.write_bytes(b"\xef\xbb\xbf" + ("\n".join(lines) + "\n").encode("utf-8"))
    return path


def report(text: str) -> None:
    """What a generator wrote, for the person running it."""
    sys.stdout.write(text + "\n")
