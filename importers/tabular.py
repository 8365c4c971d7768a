"""Read a whole CSV or XLSX export into a table of text cells, with each row's line number in the file.

Every cell stays text (or NA) so that each importer parses numbers and dates with the file's own decimal
mark and date order (importers/numbers.py, importers/dates.py), and a bad cell can be reported with the
line it came from. CSV goes through the pandas C parser in chunks (progress and cancel between chunks);
XLSX through calamine (importers/xlsx.py).
"""

from __future__ import annotations

import re
import threading
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from channelcompare.errors import Cancelled, EmptyFile, MissingColumns, UnreadableFile
from channelcompare.sources import Rejection
from importers import xlsx
from importers.base import CancelCheck, Progress, never_cancelled, no_progress
from importers.sample import FileSample, norm

CHUNK_ROWS = 200_000
_SKIPPED = re.compile(r"Skipping line (\d+): (.*)")
# pandas reports rows with too many cells as warnings; catching warnings is process-global state,
# so concurrent reads (UI worker threads) take turns around that section.
_WARNINGS_LOCK = threading.Lock()


@dataclass(frozen=True)
class Table:
    """The data rows under the header, every cell text or NA, plus where each row is in the file."""

    path: Path
    #: Columns are the header cells (stripped; duplicates made unique: `Name`, `Name (2)`).
    frame: pd.DataFrame
    #: 1-based line (CSV, preamble and multi-line cells counted) or sheet row (XLSX) of each frame row.
    lines: np.ndarray
    #: Rows the parser could not split into the header's columns.
    rejected: list[Rejection] = field(default_factory=list)

    def find(self, *names: str) -> str | None:
        """The first column whose header matches one of `names` (case and spacing ignored), else None."""
        return find_column(self.frame.columns, *names)

    def require(self, expected: dict[str, tuple[str, ...]]) -> dict[str, str]:
        """Map each role to its column, or raise MissingColumns naming every role that has none."""
        found = {role: self.find(*names) for role, names in expected.items()}
        missing = [names for role, names in expected.items() if found[role] is None]
        if missing:
            raise missing_columns(self.path, missing, list(self.frame.columns))
        return {role: column for role, column in found.items() if column is not None}


def find_column(columns: pd.Index | list[str], *names: str) -> str | None:
    """The first of `columns` whose normalised name equals one of `names` (tried in the order given)."""
    by_key: dict[str, str] = {}
    for column in columns:
        by_key.setdefault(norm(str(column)), str(column))
    for name in names:
        if norm(name) in by_key:
            return by_key[norm(name)]
    return None


def missing_columns(path: Path, missing: list[tuple[str, ...]], found: list[str]) -> MissingColumns:
    """A MissingColumns error naming the file, the columns it lacks (with alternatives) and those it has."""
    wanted = "; ".join(" or ".join(f"'{n}'" for n in names) for names in missing)
    shown = ", ".join(f"'{c}'" for c in found[:40]) + (" ..." if len(found) > 40 else "")
    return MissingColumns(
        f"{path.name} lacks the column(s) {wanted}. Columns found: {shown}. "
        "Export the report again with these columns, or map the columns by hand.",
        path=str(path),
    )


def unique_names(cells: list[str]) -> list[str]:
    """Header cells stripped, blanks named `Column N`, repeats suffixed ` (2)`, ` (3)`..."""
    seen: dict[str, int] = {}
    out = []
    for index, cell in enumerate(cells):
        name = str(cell).replace("\ufeff", "").strip() or f"Column {index + 1}"
        count = seen.get(name.casefold(), 0) + 1
        seen[name.casefold()] = count
        out.append(name if count == 1 else f"{name} ({count})")
    return out


def read_table(
    path: Path,
    sample: FileSample,
    *,
    header_row: int | None = None,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
) -> Table:
    """Read every row under the header (`sample.header_row` unless given) as text cells.

    Blank rows are dropped. Raises UnreadableFile, EmptyFile (no data rows) or Cancelled.
    """
    header = sample.header_row if header_row is None else header_row
    if sample.kind == "xlsx":
        table = _read_xlsx(path, header)
    else:
        table = _read_csv(path, sample, header, progress, cancelled)
    if table.frame.empty and not table.rejected:
        raise EmptyFile(
            f"{path.name} has column headers but no data rows. Check the date range or filters of the "
            "export and download it again.",
            path=str(path),
        )
    progress(1.0)
    return table


def _read_csv(path: Path, sample: FileSample, header: int, progress: Progress, cancel: CancelCheck) -> Table:
    size = max(path.stat().st_size, 1)
    chunks: list[pd.DataFrame] = []
    with _WARNINGS_LOCK, warnings.catch_warnings(record=True) as caught, path.open("rb") as raw:
        warnings.simplefilter("always")
        try:
            reader = pd.read_csv(
                raw,
                sep=sample.delimiter or ",",
                encoding=sample.encoding or "utf-8",
                encoding_errors="replace",
                header=None,
                skiprows=sample.skipped_lines + header,
                dtype=str,
                keep_default_na=False,
                na_values=[""],
                skip_blank_lines=False,
                on_bad_lines="warn",
                engine="c",
                chunksize=CHUNK_ROWS,
            )
            for chunk in reader:
                chunks.append(chunk)
                progress(0.9 * min(raw.tell() / size, 1.0))
                if cancel():
                    raise Cancelled(f"Import of {path.name} cancelled.", path=str(path))
        except (pd.errors.ParserError, UnicodeError, ValueError) as exc:
            raise UnreadableFile(
                f"{path.name} could not be read as CSV ({exc}). Export it again from the platform.",
                path=str(path),
            ) from exc
    skipped = _skipped_records(caught, sample.skipped_lines + header)
    return _csv_table(path, chunks, skipped, first_line=sample.skipped_lines + header + 1)


def _skipped_records(caught: list[warnings.WarningMessage], offset: int) -> dict[int, str]:
    """pandas' 'Skipping line N' warnings as {0-based record index after skiprows: reason}."""
    out = {}
    for warning in caught:
        for match in _SKIPPED.finditer(str(warning.message)):
            out[int(match.group(1)) - offset - 1] = match.group(2).strip()
    return out


def _csv_table(path: Path, chunks: list[pd.DataFrame], skipped: dict[int, str], first_line: int) -> Table:
    raw = pd.concat(chunks, ignore_index=True) if chunks else pd.DataFrame()
    if raw.empty:
        raise EmptyFile(f"{path.name} has no header row and no data.", path=str(path))
    # A record spans 1 + (newlines inside its quoted cells) lines; skipped records are assumed one line.
    newlines = sum(raw[c].str.count("\n").fillna(0).to_numpy(dtype=np.int64) for c in raw.columns)
    total = len(raw) + len(skipped)
    spans = np.ones(total, dtype=np.int64)
    kept = np.setdiff1d(np.arange(total), np.fromiter(skipped, dtype=np.int64, count=len(skipped)))
    spans[kept] += newlines
    starts = first_line + np.cumsum(spans) - spans
    rejected = [
        Rejection(int(starts[record]), None, f"cannot be split into the header's columns ({reason})")
        for record, reason in sorted(skipped.items())
        if 0 < record < total
    ]
    columns = unique_names(["" if pd.isna(c) else str(c) for c in raw.iloc[0]])
    frame = raw.iloc[1:].set_axis(columns, axis=1)
    return _drop_blank(path, frame, starts[kept][1:], rejected)


def _drop_blank(path: Path, frame: pd.DataFrame, lines: np.ndarray, rejected: list[Rejection]) -> Table:
    frame = frame.apply(lambda column: column.str.strip()).replace("", pd.NA)
    filled = frame.notna().any(axis=1).to_numpy()
    return Table(path, frame[filled].reset_index(drop=True), lines[filled], rejected)


def _read_xlsx(path: Path, header: int) -> Table:
    rows = xlsx.read_rows(path)
    if len(rows) <= header:
        raise EmptyFile(f"{path.name} has no data in its first sheet.", path=str(path))
    width = max(len(row) for row in rows)
    columns = unique_names([xlsx.cell_text(c) for c in rows[header]] + [""] * (width - len(rows[header])))
    body = rows[header + 1 :]
    data = {
        name: pd.Series([xlsx.cell_text(row[i]) if i < len(row) else "" for row in body], dtype="str")
        for i, name in enumerate(columns)
    }
    frame = pd.DataFrame(data, columns=columns)
    lines = np.arange(header + 2, header + 2 + len(body), dtype=np.int64)
    return _drop_blank(path, frame, lines, [])
