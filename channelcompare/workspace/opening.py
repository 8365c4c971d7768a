"""Checks made before a file is used as a workspace: all of them read-only, so a refused file is untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from channelcompare.errors import WorkspaceDamaged, WorkspaceTooNew
from channelcompare.workspace import schema


def checked_version(connection: sqlite3.Connection, path: Path, existed: bool) -> int:
    """The file's schema version, after refusing newer, foreign and damaged files (all read-only checks)."""
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if version > schema.SCHEMA_VERSION:
        connection.close()
        raise WorkspaceTooNew(
            f"The workspace {path} was saved by a newer version of channelcompare (workspace format "
            f"{version}; this version reads formats up to {schema.SCHEMA_VERSION}). Update channelcompare to "
            "open it. The file was not changed.",
            path=str(path),
        )
    application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
    has_tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    if existed and has_tables and application_id != schema.APPLICATION_ID:
        raise damaged(path, "it is an SQLite database of another application")
    problems = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
    if problems != ["ok"]:
        raise damaged(path, "; ".join(problems))
    return version


def damaged(path: Path, detail: str) -> WorkspaceDamaged:
    return WorkspaceDamaged(
        f"The workspace {path} is damaged or is not a channelcompare workspace, so it cannot be opened "
        f"({detail}). Open another workspace or start a new one; the file was left as it is.",
        path=str(path),
        detail=detail,
    )
