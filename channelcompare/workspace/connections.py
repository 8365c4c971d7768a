"""The ways a workspace file is opened: for the checks, for reading (compare, report) and for writing.

A read-only connection never writes the file, so a refused file stays byte for byte as it was. On read-only
media (a mounted share, a DVD) a WAL file cannot get its `-shm` index, so SQLite's plain read-only mode
fails; the file is then opened `immutable`, which is right only when no `-wal` file holds commits that
were never folded into the main file.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from channelcompare.errors import WorkspaceError
from channelcompare.workspace.faults import could_not_write, read_only
from channelcompare.workspace.locking import QUIET_WAIT_MS, Notify, retry_while_busy, set_busy_timeout


def for_reading(path: Path) -> sqlite3.Connection:
    """A connection for compare and report. Where the folder may be written it is an ordinary one with
    `query_only` (closing it tidies the -wal and -shm files away, as the app's own closing does); on
    read-only media it is `for_checking`'s."""
    if not writable(path):
        return for_checking(path)
    connection = sqlite3.connect(
        path, isolation_level=None, timeout=QUIET_WAIT_MS / 1000, check_same_thread=False
    )
    connection.execute("PRAGMA query_only = ON")
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # joins the WAL: closing tidies it
    return connection


def for_checking(path: Path) -> sqlite3.Connection:
    """A connection that cannot write `path` (plain read-only mode, else immutable on read-only media):
    whatever is found, the file stays byte for byte as it was."""
    try:
        return _probed(_uri(path, immutable=False))
    except sqlite3.OperationalError:
        if writable(path):
            raise  # a real failure, not read-only media: let the caller name it
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise WorkspaceError(
            f"The workspace {path} is on read-only media and its latest changes are still in {wal.name}, "
            "which cannot be read there. Copy both files to a folder you may write to and open the copy.",
            path=str(path),
        )
    return _probed(_uri(path, immutable=True))


def for_writing(path: Path, wait_s: float, on_wait: Notify | None) -> sqlite3.Connection:
    """A read-write connection in WAL mode with synchronous=FULL (the file is created when missing)."""
    if path.exists() and not writable(path):
        raise read_only(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(
            path, isolation_level=None, timeout=QUIET_WAIT_MS / 1000, check_same_thread=False
        )
    except (OSError, sqlite3.Error) as error:
        if not writable(path):
            raise read_only(path) from error
        raise could_not_write(path, str(error)) from error
    try:
        retry_while_busy("PRAGMA journal_mode = WAL", connection, path, wait_s, on_wait)
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        connection.close()
        raise
    return connection


def writable(path: Path) -> bool:
    """Whether the file (when it exists) and its folder (for the -wal and -shm files) may be written."""
    folder = path.parent if path.parent.exists() else _existing_ancestor(path)
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _existing_ancestor(path: Path) -> Path:
    for parent in path.parents:
        if parent.exists():
            return parent
    return Path(path.anchor or ".")


def _uri(path: Path, immutable: bool) -> str:
    return f"file:{quote(str(path.resolve()))}?mode=ro" + ("&immutable=1" if immutable else "")


def _probed(uri: str) -> sqlite3.Connection:
    """Connect and read once: SQLite opens the WAL index lazily, so failures show at the first read."""
    connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        set_busy_timeout(connection, QUIET_WAIT_MS)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        connection.close()
        raise
    return connection
