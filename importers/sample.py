"""The shared sampling step: read a bounded head of a file once and detect its shape.

Encoding (BOM first, then UTF-8, then cp1252), delimiter, decimal mark, date order and the likely header
row are found here, once, so every importer's `score` stays cheap and every `read` agrees on them.
"""

from __future__ import annotations

import csv
import io
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from channelcompare.errors import EmptyFile, UnreadableFile
from importers import xlsx
from importers.limits import check_columns

SAMPLE_BYTES = 64 * 1024
SAMPLE_ROWS = 60
_BOMS = ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"), (b"\xef\xbb\xbf", "utf-8-sig"))
_DELIMITERS = ",;\t|"
_DECIMAL_COMMA = re.compile(r"^-?\d{1,3}(\.\d{3})*,\d+%?$|^-?\d+,\d+%?$")
_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b")


@dataclass(frozen=True)
class FileSample:
    """A bounded, decoded head of one file, with its detected shape."""

    path: Path
    kind: Literal["csv", "xlsx"]
    #: Text encoding for csv ("utf-8-sig", "utf-16", "utf-8", "cp1252"); "" for xlsx.
    encoding: str
    #: Field delimiter for csv; "" for xlsx.
    delimiter: str
    #: First decoded lines of a csv, as in the file (preambles included); empty for xlsx.
    lines: tuple[str, ...]
    #: First rows split into cells (csv after a `sep=` hint line, xlsx first sheet), as text.
    rows: tuple[tuple[str, ...], ...]
    #: Index in `rows` of the most likely header row.
    header_row: int
    #: "." or "," as found in the numbers of the sample.
    decimal: str
    #: True for 02/09/2025 = 2 September, False for month first, None when the sample cannot tell.
    day_first: bool | None
    #: Sheet names for xlsx; empty for csv.
    sheets: tuple[str, ...] = ()
    #: Lines before `rows[0]` in the file (a `sep=,` hint line), so importers can map row index to line.
    skipped_lines: int = 0

    @property
    def header(self) -> tuple[str, ...]:
        """Cells of the header row, stripped."""
        return self.rows[self.header_row] if self.rows else ()

    @property
    def header_keys(self) -> frozenset[str]:
        """Header cells normalised for matching (see `norm`)."""
        return frozenset(norm(cell) for cell in self.header)

    def has_columns(self, *names: str) -> bool:
        """True when every name is a header cell (case and spacing ignored)."""
        keys = self.header_keys
        return all(norm(name) in keys for name in names)

    def first_line(self) -> str:
        """The first non-empty cell text of the file, for preamble signatures."""
        for row in self.rows:
            for cell in row:
                if cell:
                    return cell
        return ""


def norm(text: str) -> str:
    """Normalise a header cell for matching: casefold, trim, single spaces, no BOM or quotes."""
    return " ".join(text.replace("\ufeff", "").strip().strip('"').casefold().split())


def sample_file(path: Path) -> FileSample:
    """Read the head of `path` and detect its shape. Raises UnreadableFile, EmptyFile or FileTooLarge."""
    check_regular(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(SAMPLE_BYTES)
    except OSError as exc:
        raise UnreadableFile(
            f"{path.name}: cannot be opened ({exc.strerror or exc}).", path=str(path)
        ) from exc
    if not head.strip(b"\x00\r\n\t \xef\xbb\xbf\xff\xfe"):
        raise EmptyFile(f"{path.name} is empty: export the report again from the platform.", path=str(path))
    if head.startswith(b"PK\x03\x04"):
        return _sample_xlsx(path)
    return _sample_text(path, head)


def check_regular(path: Path) -> None:
    """Refuse what is not a regular file before opening it: a named pipe with no writer would block the
    open for ever, and one with an endless writer (or a device) would never end."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise UnreadableFile(
            f"{path.name}: cannot be opened ({exc.strerror or exc}).", path=str(path)
        ) from exc
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):  # a folder gets the open's own message
        raise UnreadableFile(
            f"{path.name} is not a regular file (a named pipe, a socket or a device); it was not read. "
            "Save the export as a file and import that.",
            path=str(path),
        )


def _sample_xlsx(path: Path) -> FileSample:
    sheets, rows = xlsx.head_rows(path, SAMPLE_ROWS)
    return _finish(path, "xlsx", "", "", (), rows, sheets=tuple(sheets))


def _sample_text(path: Path, head: bytes) -> FileSample:
    encoding = detect_encoding(head)
    if encoding is None:
        raise UnreadableFile(
            f"{path.name} is not a text or Excel file (binary content). Export it again as CSV or XLSX.",
            path=str(path),
        )
    text = head.decode(encoding, errors="replace")
    if len(head) == SAMPLE_BYTES:  # the last line is probably cut in the middle
        if "\n" not in text and "\r" not in text:
            raise UnreadableFile(
                f"{path.name}: its first line is longer than {SAMPLE_BYTES // 1024} KB, so it is not a "
                "header of an export (thousands of columns, or no line breaks). Export the report again.",
                path=str(path),
            )
        text = text[: text.rfind("\n") + 1] or text
    lines = tuple(text.splitlines()[:SAMPLE_ROWS])
    skipped = 1 if lines and lines[0].lower().startswith("sep=") else 0
    delimiter = _hinted_delimiter(lines[0]) if skipped else None
    delimiter = delimiter or sniff_delimiter(lines[skipped:])
    body = "\n".join(lines[skipped:])
    rows = tuple(tuple(c.strip() for c in row) for row in csv.reader(io.StringIO(body), delimiter=delimiter))
    check_columns(path, max((len(row) for row in rows), default=0))
    return _finish(path, "csv", encoding, delimiter, lines, rows, skipped=skipped)


def _hinted_delimiter(hint_line: str) -> str | None:
    """The delimiter an Excel `sep=;` line names, or None when it names none usable (`sep=`, `sep="`)."""
    hint = hint_line[4:5]
    return hint if hint and not hint.isalnum() and hint not in "\"' \r\n" else None


def _finish(
    path: Path,
    kind: Literal["csv", "xlsx"],
    encoding: str,
    delimiter: str,
    lines: tuple[str, ...],
    rows: tuple[tuple[str, ...], ...],
    sheets: tuple[str, ...] = (),
    skipped: int = 0,
) -> FileSample:
    header = guess_header_row(rows)
    data = rows[header + 1 :]
    return FileSample(
        path=path,
        kind=kind,
        encoding=encoding,
        delimiter=delimiter,
        lines=lines,
        rows=rows,
        header_row=header,
        decimal=detect_decimal(data, delimiter),
        day_first=detect_day_first(data, delimiter),
        sheets=sheets,
        skipped_lines=skipped,
    )


def detect_encoding(head: bytes) -> str | None:
    """BOM first; then UTF-8; then cp1252. None for binary content (NUL bytes without a UTF-16 BOM)."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            # NUL bytes are part of UTF-16 text; in UTF-8 they mean binary or corrupted content.
            return None if name == "utf-8-sig" and b"\x00" in head else name
    if b"\x00" in head:
        return None
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not merely a character cut at the end of the sample
            return "cp1252"
    return "utf-8"


def sniff_delimiter(lines: tuple[str, ...]) -> str:
    """The delimiter that splits the most records into the same number of several fields.

    Records, not lines: a quoted cell may hold line breaks (a campaign name, a post's text), and its pieces
    counted as lines would outvote the real delimiter with the decimal commas of the rows around them."""
    best, best_score = ",", -1
    body = "\n".join(lines)
    for delimiter in _DELIMITERS:
        counts = [len(row) for row in csv.reader(io.StringIO(body), delimiter=delimiter) if any(row)]
        wide = [c for c in counts if c > 1]
        if not wide:
            continue
        modal = max(set(wide), key=wide.count)
        score = wide.count(modal) * modal
        if score > best_score:
            best, best_score = delimiter, score
    return best


def guess_header_row(rows: tuple[tuple[str, ...], ...]) -> int:
    """Index of the first row that is at least half as wide as the widest row and mostly non-numeric text."""
    widths = [sum(1 for c in row if c) for row in rows]
    if not widths:
        return 0
    widest = max(widths)
    for index, row in enumerate(rows):
        filled = [c for c in row if c]
        if (
            widths[index] >= max(2, widest // 2)
            and sum(not _looks_numeric(c) for c in filled) >= len(filled) * 0.8
        ):
            return index
    return 0


def detect_decimal(rows: tuple[tuple[str, ...], ...], delimiter: str) -> str:
    """ "," when numbers in the sample use a decimal comma (never for comma-delimited text), else "."."""
    if delimiter == ",":
        return "."
    cells = [c.replace("\u00a0", "").replace(" ", "") for row in rows for c in row]
    comma = sum(1 for c in cells if _DECIMAL_COMMA.match(c))
    dot = sum(1 for c in cells if re.match(r"^-?\d+\.\d+%?$", c) and not re.match(r"^\d{1,3}\.\d{3}$", c))
    return "," if comma > dot else "."


def detect_day_first(rows: tuple[tuple[str, ...], ...], delimiter: str) -> bool | None:
    """Look at dd/mm vs mm/dd dates: a first part above 12 means day first, a second above 12 month first."""
    votes_day = votes_month = 0
    for row in rows:
        for cell in row:
            match = _DATE.match(cell)
            if match:
                first, second = int(match.group(1)), int(match.group(2))
                votes_day += first > 12
                votes_month += second > 12
    if votes_day or votes_month:
        return votes_day >= votes_month
    return None


def _looks_numeric(cell: str) -> bool:
    stripped = cell.replace(",", "").replace(".", "").replace("%", "").replace("-", "").replace(" ", "")
    return stripped.isdigit() or bool(_DATE.match(cell))
