"""Read a whole CSV or XLSX export into a table of text cells, with each row's line number in the file.

Every cell stays text (or NA) so that each importer parses numbers and dates with the file's own decimal
mark and date order (importers/numbers.py, importers/dates.py), and a bad cell can be reported with the
line it came from. CSV goes through importers/csv_reader.py (streamed: progress and cancel between blocks),
XLSX through calamine (importers/xlsx.py). Cells are trimmed; empty cells and blank rows become missing.
A ColumnPlan lets a CSV import skip the columns its importer never reads and take number columns whose
every cell is a plain number as float64 (the numbers the importer's own parsing would give).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from channelcompare.errors import EmptyFile, MissingColumns
from channelcompare.sources import Rejection
from importers import xlsx
from importers.arrow_text import ColumnPlan, Kind
from importers.base import CancelCheck, Progress, never_cancelled, no_progress
from importers.csv_reader import read_records
from importers.sample import FileSample, norm


@dataclass(frozen=True)
class Table:
    """The data rows under the header, every cell text or NA (or float64 columns, see ColumnPlan), plus
    where each row is in the file."""

    path: Path
    #: Columns are the header cells (stripped; duplicates made unique: `Name`, `Name (2)`).
    frame: pd.DataFrame
    #: 1-based line (CSV, preamble and multi-line cells counted) or sheet row (XLSX) of each frame row.
    lines: np.ndarray
    #: Rows the parser could not split into the header's columns.
    rejected: list[Rejection] = field(default_factory=list)
    #: Every header column of the file, also those a ColumnPlan left out of `frame` (empty: the frame's).
    names: tuple[str, ...] = ()

    @property
    def columns_found(self) -> list[str]:
        """The file's columns, read or not, as error messages list them."""
        return list(self.names) or [str(c) for c in self.frame.columns]

    def find(self, *names: str) -> str | None:
        """The first column whose header matches one of `names` (case and spacing ignored), else None."""
        return find_column(self.frame.columns, *names)

    def require(self, expected: dict[str, tuple[str, ...]]) -> dict[str, str]:
        """Map each role to its column, or raise MissingColumns naming every role that has none."""
        found = {role: self.find(*names) for role, names in expected.items()}
        missing = [names for role, names in expected.items() if found[role] is None]
        if missing:
            raise missing_columns(self.path, missing, self.columns_found)
        return {role: column for role, column in found.items() if column is not None}


def find_column(columns: Table | pd.Index | list[str], *names: str) -> str | None:
    """The first column (of a Table, or a list of names) whose normalised name equals one of `names`,
    names tried in the order given: `find_column(table, "Link clicks", "Clics sur un lien")`."""
    if isinstance(columns, Table):
        columns = columns.frame.columns
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
    plan: ColumnPlan | None = None,
) -> Table:
    """Read every row under the header (`sample.header_row` unless given) as text cells (see ColumnPlan).

    Blank rows are dropped. Raises UnreadableFile, EmptyFile (no data rows) or Cancelled.
    """
    header = sample.header_row if header_row is None else header_row
    if sample.kind == "xlsx":
        table = _read_xlsx(path, header)
    else:
        table = _read_csv(path, sample, header, progress, cancelled, plan)
    if table.frame.empty and not table.rejected:
        raise EmptyFile(
            f"{path.name} has column headers but no data rows. Check the date range or filters of the "
            "export and download it again.",
            path=str(path),
        )
    progress(1.0)
    return table


def _read_csv(
    path: Path,
    sample: FileSample,
    header: int,
    progress: Progress,
    cancel: CancelCheck,
    plan: ColumnPlan | None,
) -> Table:
    header_cells = list(sample.rows[header]) if sample.rows else []
    width = max((len(row) for row in sample.rows[header:]), default=1)
    columns = unique_names(header_cells[:width] + [""] * (width - len(header_cells)))
    kinds: list[Kind] | None = None
    if plan is not None:  # columns beyond the header are read as text: their cells reject their row
        kinds = [plan.kind(name) if i < len(header_cells) else "text" for i, name in enumerate(columns)]
    records = read_records(path, sample, header, progress, cancel, kinds)
    frame = records.cells.set_axis([columns[int(i)] for i in records.cells.columns], axis=1)
    filled = frame.notna().any(axis=1).to_numpy()
    if records.elsewhere is not None:
        filled = filled | records.elsewhere
    lines = records.lines
    if not filled.all():  # blank rows dropped; without any, no copy of every cell (600 MB for 1M Meta rows)
        frame, lines = frame[filled].reset_index(drop=True), lines[filled]
    header_names = tuple(columns[: len(header_cells)] if header_cells else columns)
    extra = columns[len(header_cells) :] if header_cells else []
    return _without_overflow(Table(path, frame, lines, records.rejected, header_names), extra)


def _without_overflow(table: Table, extra: list[str]) -> Table:
    """Drop the columns beyond the header; rows with something in them are rejected, not silently cut."""
    if not extra:
        return table
    overflow = table.frame[extra].notna().any(axis=1).to_numpy()
    rejected = [
        Rejection(int(line), None, f"has more cells than the header's {len(table.names)} columns")
        for line in table.lines[overflow]
    ]
    frame = table.frame.drop(columns=extra)[~overflow].reset_index(drop=True)
    return Table(
        table.path,
        frame,
        table.lines[~overflow],
        sorted(table.rejected + rejected, key=lambda r: r.line),
        table.names,
    )


def _drop_blank(
    path: Path, frame: pd.DataFrame, lines: np.ndarray, rejected: list[Rejection], names: tuple[str, ...]
) -> Table:
    frame = frame.apply(lambda column: column.str.strip()).replace("", pd.NA)
    filled = frame.notna().any(axis=1).to_numpy()
    return Table(path, frame[filled].reset_index(drop=True), lines[filled], rejected, names)


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
    return _drop_blank(path, frame, lines, [], tuple(columns))
