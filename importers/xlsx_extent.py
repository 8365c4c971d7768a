"""How large a workbook's sheets are, found in their XML before calamine lays them out.

calamine turns a sheet into one dense grid from its first to its last used cell. A cell in A1 and another in
XFD1048576 ask it for 17 billion cells: the allocation fails inside Rust, which aborts the whole process
(SIGABRT, nothing to catch); a few cells spread over thousands of columns make a grid that takes minutes and
gigabytes to turn into Python rows. So every XML part of the archive is scanned for its cell references
(`r="AB12"`) first, and a sheet whose grid would pass `SCAN_CELLS` is refused before calamine sees it; the
exact size calamine reports is checked against `limits.MAX_SHEET_CELLS` before any row is converted.

The scan costs about a fifth of calamine's own parse (a 124 MB sheet: 0.3 s inflating, 0.2 s scanning), so it
looks only for what is unusual: columns past Z and rows past 99,999; it reads every row number only when a
sheet has so many columns that 99,999 rows of them would already be too many. A `<dimension>` element that
declares a sheet larger than the limit is refused as well (other readers allocate what it declares).
Cells written without a reference are placed by counting; their grid is bounded by the XML's own size.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from importers.limits import MAX_SHEET_CELLS

#: The largest grid calamine is allowed to allocate (32 bytes a cell: 384 MB) before its exact size is known.
SCAN_CELLS = 12_000_000
_CHUNK = 8 * 1024 * 1024
_OVERLAP = 32  # a reference cut by the end of a chunk is read whole at the start of the next
# `r="` with no space before it: a literal start lets the regex engine skip ahead (3x faster), and what
# else ends in `r="` (no other attribute of a sheet has a cell reference for value) only over-counts
_WIDE = re.compile(rb'r="([A-Z]{2,})[0-9]')
_TALL = re.compile(rb'r="[A-Z]+([0-9]{6,})"')
_ROWS = re.compile(rb'r="[A-Z]+([0-9]+)"')
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]+)([0-9]+)(?::([A-Z]+)([0-9]+))?"')
_SHORT_ROWS = 99_999  # the largest row number a reference without a 6-digit row can have


@dataclass(frozen=True)
class Extent:
    """Rows and columns of a sheet's grid as its references place it (an upper bound: from A1)."""

    part: str
    rows: int
    columns: int
    #: True when the dimension element declared this size (the references may be fewer).
    declared: bool = False

    @property
    def cells(self) -> int:
        return self.rows * self.columns


def column_number(letters: bytes | str) -> int:
    """`A` -> 1, `Z` -> 26, `AA` -> 27, `XFD` -> 16384."""
    number = 0
    for letter in letters.encode() if isinstance(letters, str) else letters:
        number = number * 26 + (letter - 64)
    return number


def largest_sheet(archive: zipfile.ZipFile) -> Extent | None:
    """The largest grid any XML part of the archive would give; None when every part is small (no column
    past Z, no row past 99,999)."""
    extents = [measure(archive, info) for info in archive.infolist() if info.filename.endswith(".xml")]
    found = [e for e in extents if e is not None]
    return max(found, key=lambda e: e.cells, default=None)


def measure(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Extent | None:
    """The grid of one part: declared by its dimension when that is larger than the limit, else found."""
    columns, rows, head = 0, 0, b""
    for chunk in _chunks(archive, info):
        head = head or chunk[:4096]
        columns = max(columns, _widest(chunk))
        rows = max(rows, max((int(r) for r in _TALL.findall(chunk)), default=0))
    declared = _declared(info.filename, head)
    if declared is not None and declared.cells > MAX_SHEET_CELLS:
        return declared
    if not columns and not rows:
        return None
    columns = columns or 26  # one letter: at most Z
    if not rows:
        rows = _SHORT_ROWS if _SHORT_ROWS * columns <= SCAN_CELLS else _every_row(archive, info)
    return Extent(info.filename, rows, columns)


def _widest(chunk: bytes) -> int:
    letters = set(_WIDE.findall(chunk))
    return max((column_number(name) for name in letters), default=0)


def _every_row(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """The largest row number of every reference (a second pass, for sheets with very many columns)."""
    rows = 1
    for chunk in _chunks(archive, info):
        rows = max(rows, max((int(r) for r in set(_ROWS.findall(chunk))), default=0))
    return rows


def _declared(part: str, head: bytes) -> Extent | None:
    match = _DIMENSION.search(head)
    if match is None or match.group(3) is None:
        return None
    rows = int(match.group(4)) - int(match.group(2)) + 1
    columns = column_number(match.group(3)) - column_number(match.group(1)) + 1
    return Extent(part, max(rows, 1), max(columns, 1), declared=True)


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    tail = b""
    with archive.open(info) as member:
        while block := member.read(_CHUNK):
            yield tail + block
            tail = block[-_OVERLAP:]
