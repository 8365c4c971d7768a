"""The workspace schema, its version (`PRAGMA user_version`) and the migrations between versions.

Rules: a released DDL is never edited. A change is a new version: append its migration to MIGRATIONS
(it runs inside the opening write transaction, so it applies completely or not at all) and bump SCHEMA_VERSION.
A file whose version is above SCHEMA_VERSION was written by a newer app and is refused untouched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from channelcompare.workspace import overlap, records

#: 'CCWS' in the SQLite header: tells our files from any other SQLite database.
APPLICATION_ID = 0x43435753

#: Version 1, as first released. Kept verbatim: tests build a version-1 file from it.
V1_DDL = """
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    path TEXT,
    content_hash TEXT NOT NULL UNIQUE,
    format_id TEXT,
    platform TEXT,
    currency TEXT,
    imported_at TEXT NOT NULL,
    mapping TEXT,
    warnings TEXT NOT NULL DEFAULT '[]',
    rows INTEGER NOT NULL,
    superseded_rows INTEGER NOT NULL DEFAULT 0,
    channel TEXT,
    first_day TEXT,
    last_day TEXT
);
CREATE TABLE record_chunks (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    rows INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (source_id, seq)
);
CREATE TABLE rejections (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    column_name TEXT,
    reason TEXT NOT NULL
);
CREATE INDEX rejections_by_source ON rejections(source_id);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE channel_rules (name TEXT PRIMARY KEY, rules TEXT NOT NULL);
CREATE TABLE column_mappings (header_key TEXT PRIMARY KEY, mapping TEXT NOT NULL, updated_at TEXT NOT NULL);
"""

#: Version 2: overlap keys stored per source (overlap checks no longer decode every older import) and
#: effort costs per channel.
V2_DDL = """
CREATE TABLE source_keys (
    source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    data BLOB NOT NULL
);
CREATE TABLE effort_costs (channel TEXT PRIMARY KEY, amount REAL NOT NULL, note TEXT);
"""


def execute_script(connection: sqlite3.Connection, ddl: str) -> None:
    """Run `ddl` inside the open transaction (executescript() would commit it first)."""
    for statement in ddl.split(";"):
        if statement.strip():
            connection.execute(statement)


def migrate_v1_to_v2(connection: sqlite3.Connection) -> None:
    execute_script(connection, V2_DDL)
    for source_id, platform in connection.execute("SELECT id, platform FROM sources").fetchall():
        blobs = connection.execute(
            "SELECT data FROM record_chunks WHERE source_id = ? ORDER BY seq", (source_id,)
        )
        stored = records.concat([records.active(records.decode(blob)) for (blob,) in blobs])
        keys = overlap.row_keys(stored, platform or "generic")
        connection.execute(
            "INSERT INTO source_keys(source_id, data) VALUES (?, ?)",
            (source_id, records.encode(overlap.keys_table(keys))),
        )


#: MIGRATIONS[n] upgrades a version-n file to version n + 1.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: migrate_v1_to_v2}
SCHEMA_VERSION = 1 + len(MIGRATIONS)


def upgrade(connection: sqlite3.Connection) -> None:
    """Bring the file to SCHEMA_VERSION; the caller holds the write transaction (BEGIN IMMEDIATE).

    The version is read here, inside that transaction: two processes creating the same new file both see
    version 0 before it, and the second one must find the tables the first one committed."""
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if version >= SCHEMA_VERSION:  # (above: a newer app created it meanwhile; never downgrade it)
        return
    if version == 0:
        execute_script(connection, V1_DDL)
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        version = 1
    for step in range(version, SCHEMA_VERSION):
        MIGRATIONS[step](connection)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
