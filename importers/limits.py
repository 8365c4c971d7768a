"""Resource limits for imports: a file that would not fit in memory is refused before it is read.

Reading a CSV into text cells takes several times the file's size in memory, so the budget is a fraction
of the memory available when the import starts. Refusing with a message that names the limit is better
than an out-of-memory kill that loses the user's session.
"""

from __future__ import annotations

import os
from pathlib import Path

from channelcompare.errors import FileTooLarge

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
