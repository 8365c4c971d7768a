"""Resource limits for imports: a file that would not fit in memory is refused before it is read.

Reading a CSV into text cells takes several times the file's size in memory, so the budget is a fraction
of the memory available when the import starts. Refusing with a message that names the limit is better
than an out-of-memory kill that loses the user's session.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from channelcompare.errors import FileTooLarge, ImportFailed

#: Peak memory of an import is at most about this many times the file's size (measured on CSV exports).
MEMORY_PER_FILE_BYTE = 6
#: Never refuse below this size, whatever the machine reports.
MIN_BUDGET = 256 * 1024 * 1024


def available_memory() -> int:
    """Bytes of memory available now (physical pages free or reclaimable), or 4 GiB when unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as info:
            for line in info:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return 4 * 1024**3


def file_budget(available: int | None = None) -> int:
    """The largest file size this machine can import now."""
    free = available_memory() if available is None else available
    return max(MIN_BUDGET, free // MEMORY_PER_FILE_BYTE)


def check_size(path: Path, budget: int | None = None) -> None:
    """Raise FileTooLarge when `path` is larger than the import budget, naming both sizes."""
    limit = file_budget() if budget is None else budget
    try:
        size = path.stat().st_size
    except OSError:
        return  # unreadable files get their own, clearer message from the sampling step
    if size > limit:
        raise FileTooLarge(
            f"{path.name} is {_size(size)}, more than this computer can import now ({_size(limit)}, "
            f"a {MEMORY_PER_FILE_BYTE}th of the free memory). Export a shorter period or fewer columns, "
            "or close other programs and try again.",
            path=str(path),
        )


def _size(n: int) -> str:
    return f"{n / 1024**3:.1f} GB" if n >= 1024**3 else f"{n / 1024**2:.0f} MB"


#: The largest sheet grid (rows x columns, empty cells included) an xlsx import turns into rows: the
#: inflated-size limit (importers/xlsx.py) already keeps a real export under about 4 million cells.
MAX_SHEET_CELLS = 5_000_000
#: The most columns a file may have. Real exports have at most a few hundred (Meta with every column: ~250);
#: a header of thousands of columns is a broken or hostile file, and reading it cost minutes.
MAX_COLUMNS = 1_000


def check_sheet(path: Path, rows: int, columns: int, what: str = "has") -> None:
    """Raise FileTooLarge when a sheet of `rows` x `columns` is over the cell or column limit."""
    if columns > MAX_COLUMNS or rows * columns > MAX_SHEET_CELLS:
        raise FileTooLarge(
            f"{path.name} {what} a sheet of {rows:,} rows x {columns:,} columns ({rows * columns:,} cells), "
            f"more than can be imported ({MAX_SHEET_CELLS:,} cells, {MAX_COLUMNS:,} columns). Copy the data "
            "into a new sheet (cells far outside the table make the sheet this large) or export it as CSV.",
            path=str(path),
        )


def check_columns(path: Path, columns: int) -> None:
    """Raise FileTooLarge when a text file's rows have more than MAX_COLUMNS cells."""
    if columns > MAX_COLUMNS:
        raise FileTooLarge(
            f"{path.name} has {columns:,} columns, more than any export this app reads ({MAX_COLUMNS:,}). "
            "Export the report again with fewer columns.",
            path=str(path),
        )


#: Time an import may take: a floor for every file, plus a second per MB (a 1M-row Meta export, 300 MB,
#: imports in about 10 s; on a loaded laptop, several times that).
READ_SECONDS_FLOOR = 120.0
READ_SECONDS_PER_MB = 1.0


def read_budget(path: Path) -> float:
    """Seconds the import of `path` may take before it is stopped."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return READ_SECONDS_FLOOR + READ_SECONDS_PER_MB * size / 1024**2


def with_deadline(
    path: Path, cancelled: Callable[[], bool], seconds: float | None = None
) -> Callable[[], bool]:
    """A cancel check that also stops the import with a message once its time budget is spent. Readers
    call it between blocks, so a file that reads without end is stopped there (calamine parses a sheet in
    one call, which the sheet limits above keep short)."""
    budget = read_budget(path) if seconds is None else seconds
    deadline = time.monotonic() + budget

    def check() -> bool:
        if time.monotonic() > deadline:
            raise ImportFailed(
                f"{path.name} could not be read within {budget:.0f} s, the time allowed for a file of its "
                "size, and was stopped. Export a shorter period, or split the file.",
                path=str(path),
            )
        return cancelled()

    return check
