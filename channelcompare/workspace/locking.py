"""Taking a workspace's write lock: wait for another process's transaction, say so, and give up in time.

SQLite lets one writer at a time hold a file. Without a busy handler a second process fails at once; with
only SQLite's own busy timeout it fails after that timeout with a bare "database is locked". Here a write
first waits briefly in silence (the usual case: the other transaction ends within a second), then tells
the user it is waiting, then waits up to `wait_s` before a WorkspaceBusy that says nothing was changed.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from channelcompare.workspace.faults import busy, is_busy, waiting_message, write_failed

#: The silent first wait, and the busy timeout every other statement of the connection keeps.
QUIET_WAIT_MS = 1000

Notify = Callable[[str], None]


def begin_immediate(
    connection: sqlite3.Connection, path: Path, wait_s: float, on_wait: Notify | None = None
) -> None:
    """BEGIN IMMEDIATE (the write lock), waiting for another writer as described above."""
    try:
        connection.execute("BEGIN IMMEDIATE")
        return
    except sqlite3.OperationalError as error:
        if not is_busy(error):
            raise
    if on_wait is not None:
        on_wait(waiting_message(path, wait_s))
    set_busy_timeout(connection, max(wait_s * 1000 - QUIET_WAIT_MS, 0))
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        if is_busy(error):
            raise busy(path, wait_s) from error
        raise
    finally:
        set_busy_timeout(connection, QUIET_WAIT_MS)


def retry_while_busy(
    statement: str, connection: sqlite3.Connection, path: Path, wait_s: float, on_wait: Notify | None
) -> None:
    """Run `statement` until no other process blocks it. For `PRAGMA journal_mode`, which SQLite fails at
    once, busy timeout or not, while another process is creating the same new file."""
    deadline = time.monotonic() + wait_s
    told = False
    while True:
        try:
            connection.execute(statement)
            return
        except sqlite3.OperationalError as error:
            if not is_busy(error):
                raise
            if time.monotonic() > deadline:
                raise busy(path, wait_s) from error
        if not told and on_wait is not None and time.monotonic() > deadline - wait_s + QUIET_WAIT_MS / 1000:
            on_wait(waiting_message(path, wait_s))
            told = True
        time.sleep(0.02)


def set_busy_timeout(connection: sqlite3.Connection, milliseconds: float) -> None:
    connection.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")


@contextlib.contextmanager
def write_transaction(
    connection: sqlite3.Connection, lock: threading.RLock, path: Path, wait_s: float, on_wait: Notify | None
) -> Iterator[sqlite3.Connection]:
    """One write transaction; a failure leaves the file as it was and is told in the user's terms."""
    with lock:
        begin_immediate(connection, path, wait_s, on_wait)
        try:
            yield connection
            connection.execute("COMMIT")
        except BaseException as error:
            if connection.in_transaction:  # a full disk has rolled it back already
                with contextlib.suppress(sqlite3.Error):
                    connection.execute("ROLLBACK")
            told = write_failed(path, error, wait_s) if isinstance(error, sqlite3.Error) else None
            if told is None:
                raise
            raise told from error
