"""Safe, fast xlsx reading with python-calamine.

Before anything is inflated, the zip directory is checked against size and compression-ratio limits
(zip bombs), and the workbook XML is checked for DOCTYPE declarations (entity expansion, external
entities): calamine never expands entities, but a file that declares them is hostile or broken, and we
say so rather than read it.
"""

from __future__ import annotations

import datetime
import threading
import zipfile
import zlib
from pathlib import Path
from typing import Any

from channelcompare.errors import ChannelCompareError, FileTooLarge, UnreadableFile
from importers.limits import MAX_COLUMNS, check_sheet
from importers.xlsx_extent import SCAN_CELLS, largest_sheet

MAX_INFLATED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
_XML_PEEK = 4096


def check_archive(path: Path) -> None:
    """Refuse archives that are not xlsx, would inflate past the limits, or declare XML entities."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            if "xl/workbook.xml" not in names:
                raise UnreadableFile(
                    f"{name} is a zip archive but not an Excel workbook (no xl/workbook.xml). "
                    "Export the report again as XLSX or CSV.",
                    path=str(path),
                )
            _check_sizes(path, infos)
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    with archive.open(info) as member:
                        if b"<!DOCTYPE" in member.read(_XML_PEEK).upper():
                            raise UnreadableFile(
                                f"{name} declares XML entities ({info.filename}); it was not read because "
                                "such workbooks can expand without limit or read other files.",
                                path=str(path),
                            )
            _check_extent(path, archive)
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,
        RuntimeError,
        OSError,
        ValueError,
    ) as exc:
        # damaged deflate data, truncated member or directory (bad seek), unsupported compression, encryption
        raise UnreadableFile(
            f"{name} is not a valid Excel file (damaged or truncated). Download it again.", path=str(path)
        ) from exc


def _check_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    inflated = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos) or 1
    if inflated > MAX_INFLATED_BYTES or inflated / packed > MAX_RATIO and inflated > 10 * 1024 * 1024:
        raise FileTooLarge(
            f"{path.name} would unpack to {inflated // (1024 * 1024)} MB (limit {MAX_INFLATED_BYTES // (1024 * 1024)} MB, "
            f"compression ratio {inflated / packed:.0f}:1, limit {MAX_RATIO}:1). Export a smaller date range or use CSV.",
            path=str(path),
        )


def _check_extent(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse a sheet whose grid calamine would allocate past the limits (see importers/xlsx_extent.py)."""
    extent = largest_sheet(archive)
    if extent is not None and (extent.declared or extent.cells > SCAN_CELLS or extent.columns > MAX_COLUMNS):
        check_sheet(path, extent.rows, extent.columns, "declares" if extent.declared else "has")


def _parsed_sheet(path: Path, sheet: int) -> Any:
    """The sheet as calamine lays it out, refused before any row is converted when it is over the limits."""
    import python_calamine

    parsed = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(sheet)
    check_sheet(path, parsed.height, parsed.width)
    return parsed


def head_rows(path: Path, nrows: int, sheet: int = 0) -> tuple[list[str], tuple[tuple[str, ...], ...]]:
    """Sheet names and the first `nrows` rows of one sheet, cells as text."""
    check_archive(path)
    import python_calamine

    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        parsed = workbook.get_sheet_by_index(sheet)  # parses the whole sheet, however few rows are wanted
        check_sheet(path, parsed.height, parsed.width)
        rows = parsed.to_python(skip_empty_area=False, nrows=nrows)
        names = list(workbook.sheet_names)
        _remember(path, sheet, parsed)
    except ChannelCompareError:
        raise
    except Exception as exc:  # calamine raises its own types (CalamineError, XmlError, ZipError...)
        raise UnreadableFile(
            f"{path.name} could not be read as an Excel workbook ({type(exc).__name__}: {exc}).",
            path=str(path),
        ) from exc
    return names, tuple(tuple(cell_text(c) for c in row) for row in rows)


def read_rows(path: Path, sheet: int = 0) -> list[list[Any]]:
    """Every row of one sheet, cells as Python values (str, float, int, bool, date, datetime, '')."""
    try:
        parsed = _recall(path, sheet)  # checked when it was sampled: the archive is not scanned twice
        if parsed is None:
            check_archive(path)
            parsed = _parsed_sheet(path, sheet)
        return parsed.to_python(skip_empty_area=False)
    except ChannelCompareError:
        raise
    except Exception as exc:  # see head_rows
        raise UnreadableFile(
            f"{path.name} could not be read as an Excel workbook ({type(exc).__name__}: {exc}).",
            path=str(path),
        ) from exc


#: The sheet `head_rows` parsed last, kept for the `read_rows` that follows the sampling of the same file
#: (calamine has no lazy reader: without it a 100,000-row sheet was parsed twice, 1.2 s each time).
_LAST_PARSED: dict[tuple[str, int, int, int], Any] = {}
_LAST_PARSED_LOCK = threading.Lock()


def _sheet_key(path: Path, sheet: int) -> tuple[str, int, int, int]:
    stat = path.stat()
    return str(path.resolve()), sheet, stat.st_mtime_ns, stat.st_size


def _remember(path: Path, sheet: int, parsed: Any) -> None:
    with _LAST_PARSED_LOCK:
        _LAST_PARSED.clear()
        _LAST_PARSED[_sheet_key(path, sheet)] = parsed


def _recall(path: Path, sheet: int) -> Any:
    """The parsed sheet if it was sampled last and the file has not changed since; used once."""
    with _LAST_PARSED_LOCK:
        return _LAST_PARSED.pop(_sheet_key(path, sheet), None)


def cell_text(value: object) -> str:
    """Render a cell as the text a CSV export would carry (integral floats without '.0')."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, datetime.date | datetime.time):  # a time-typed cell (`t="d"` holding `12:30`)
        return value.isoformat()
    return str(value).strip()
