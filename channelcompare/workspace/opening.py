"""Checks made before a file is used as a workspace: all of them read-only, so a refused file is untouched.

Order: what the path is (a folder, a link to nothing, a device or a pipe is refused before anything reads
it: a pipe would block forever), then SQLite's own checks (header, version, owner, integrity), then the
content (verify.py), so that damage is found before the first write and not halfway through an import.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from channelcompare.errors import WorkspaceTooNew
from channelcompare.workspace import connections, schema, verify
from channelcompare.workspace.faults import damaged


def existing_workspace(path: Path) -> bool:
    """True when `path` holds a file to check and use, False when a new workspace starts there.

    Raises WorkspaceDamaged when something else is in its place. A link to a regular file is followed, as
    SQLite does; a link to nothing would make SQLite create a file wherever it points."""
    if path.is_symlink() and not path.is_file():
        raise damaged(path, f"it is a link to {path.readlink()}, which is not a workspace file")
    if path.exists() and not path.is_file():
        kind = "a folder" if path.is_dir() else "a device or a pipe"
        raise damaged(path, f"it is {kind}, not a workspace file")
    return path.exists() and path.stat().st_size > 0


def check_file(path: Path) -> None:
    """The read-only checks of an existing file (its blobs excepted: verify.blobs); raises WorkspaceTooNew
    or WorkspaceDamaged."""
    try:
        connection = connections.for_checking(path)
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.OperationalError):
            raise
        raise damaged(path, str(error)) from error
    try:
        version = checked_version(connection, path)
        verify.content(connection, path, version)
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as error:  # not a database, or malformed pages
        raise damaged(path, str(error)) from error
    finally:
        connection.close()


def checked_version(connection: sqlite3.Connection, path: Path) -> int:
    """The file's schema version, after refusing newer, foreign and damaged files (all read-only checks)."""
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if version > schema.SCHEMA_VERSION:
        raise WorkspaceTooNew(
            f"The workspace {path} was saved by a newer version of channelcompare (workspace format "
            f"{version}; this version reads formats up to {schema.SCHEMA_VERSION}). Update channelcompare to "
            "open it. The file was not changed.",
            path=str(path),
        )
    application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
    has_tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    if has_tables and application_id != schema.APPLICATION_ID:
        raise damaged(path, "it is an SQLite database of another application")
    if version < 0 or (version == 0 and has_tables):
        raise damaged(path, f"its format number is {version}, which no version of channelcompare writes")
    problems = [" ".join(row[0].split()) for row in connection.execute("PRAGMA integrity_check(5)")]
    if problems != ["ok"]:
        raise damaged(path, "; ".join(problems))
    return version
