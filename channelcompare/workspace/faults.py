"""What the disk, the folder or another process did to a workspace write, as a message that says what to do.

SQLite reports these as sqlite3.OperationalError with an error code (Python 3.11+: `sqlite_errorcode`). A
full disk (SQLITE_FULL) rolls the transaction back by itself, which is why callers must only ROLLBACK while
`connection.in_transaction`: a second rollback would hide the cause behind "no transaction is active".
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from channelcompare.errors import WorkspaceDamaged, WorkspaceError

# Primary result codes (https://sqlite.org/rescode.html); extended codes keep them in their low byte.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26

#: How long a write waits for another process's transaction before giving up. An import of a million rows
#: holds the lock for a few seconds; the window's small writes (choices, removals) wait in the GUI thread,
#: so the bound stays short.
LOCK_WAIT_S = 15.0

#: Free space under which an I/O error is taken to be a full disk.
FULL_BELOW_BYTES = 1 << 20


class WorkspaceBusy(WorkspaceError):
    """Another program kept the workspace's write lock for longer than the write would wait."""

    title = "Workspace is in use"


class WorkspaceReadOnly(WorkspaceError):
    """The workspace can be read (compare, report) but not changed: read-only media, folder or opening."""

    title = "Workspace is read-only"


def damaged(path: Path, detail: str) -> WorkspaceDamaged:
    return WorkspaceDamaged(
        f"The workspace {path} is damaged or is not a channelcompare workspace, so it cannot be opened "
        f"({detail}). Open another workspace or start a new one; the file was left as it is.",
        path=str(path),
        detail=detail,
    )


def primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def is_busy(error: sqlite3.Error) -> bool:
    return primary_code(error) in (SQLITE_BUSY, SQLITE_LOCKED)


def waiting_message(path: Path, wait_s: float) -> str:
    return (
        f"The workspace {path} is being changed by another program (another channelcompare window or "
        f"command); waiting up to {wait_s:.0f} s for it to finish…"
    )


def busy(path: Path, wait_s: float) -> WorkspaceBusy:
    return WorkspaceBusy(
        f"The workspace {path} stayed in use by another program (another channelcompare window or command) "
        f"for {wait_s:.0f} s, so nothing was changed. Try again when the other program has finished.",
        path=str(path),
    )


def read_only(
    path: Path, why: str = "on read-only media or in a folder you may not write to"
) -> WorkspaceReadOnly:
    return WorkspaceReadOnly(
        f"The workspace {path} is read-only ({why}): it can be compared and reported on, but nothing can be "
        "added to it. Copy it to a folder you may write to, then import into the copy.",
        path=str(path),
    )


def could_not_write(path: Path, reason: str) -> WorkspaceError:
    return WorkspaceError(
        f"Could not write the workspace {path} ({reason}). Check the free disk space, or choose another "
        "folder. Nothing was changed: the workspace still holds what it held before.",
        path=str(path),
        detail=reason,
    )


def write_failed(path: Path, error: sqlite3.Error, wait_s: float = LOCK_WAIT_S) -> WorkspaceError | None:
    """The user-facing error for a failed write, or None when the failure is not the environment's (a bug)."""
    code = primary_code(error)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return busy(path, wait_s)
    if code == SQLITE_FULL:
        return could_not_write(path, "No space left on device")
    if code == SQLITE_READONLY:
        return read_only(path)
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN) and _nearly_full(path):
        return could_not_write(path, "No space left on device")
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return could_not_write(path, f"{error}: the disk may be full, removed or read-only")
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return damaged(path, str(error))
    return None


def _nearly_full(path: Path) -> bool:
    """SQLite reports ENOSPC outside a page write (the -wal or -shm file) as a plain I/O error: a disk
    with less than a megabyte free is then the likely cause, and naming it tells the user what to do."""
    folder = next((p for p in (path.parent, *path.parents) if p.exists()), None)
    try:
        return folder is not None and shutil.disk_usage(folder).free < FULL_BELOW_BYTES
    except OSError:
        return False


def open_failed(path: Path, error: sqlite3.Error, wait_s: float = LOCK_WAIT_S) -> WorkspaceError:
    """A failure while opening: damage, a full disk, read-only media or a lock, else the bare reason."""
    told = write_failed(path, error, wait_s)
    if told is not None:
        return told
    return WorkspaceError(
        f"Cannot open the workspace {path}: {error}. Check that it is a file you may write to and that no "
        "other program is writing to it, then try again.",
        path=str(path),
    )
