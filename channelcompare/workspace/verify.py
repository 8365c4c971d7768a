"""Reading every stored value once when a workspace opens, so that damage inside it is found before use.

SQLite's integrity check sees the file's structure, not what the rows mean: a record blob overwritten with
garbage, a sources row whose JSON or dates no longer parse, or a dropped table all pass it. Each would
otherwise surface later as an LZ4, Arrow or JSON traceback, possibly after an import had already been
written into the damaged file. Decoding costs about 0.2 s per million stored rows (docs/workspace.md).
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pyarrow as pa

from channelcompare.workspace import records, schema
from channelcompare.workspace.faults import damaged
from channelcompare.workspace.source_row import SOURCE_COLUMNS, SourceRow

#: The tables each version's DDL creates (version n has those of every version up to n).
_TABLES = {
    1: set(re.findall(r"CREATE TABLE (\w+)", schema.V1_DDL)),
    2: set(re.findall(r"CREATE TABLE (\w+)", schema.V1_DDL + schema.V2_DDL)),
}

#: (table, key column, JSON column) of the key/value tables.
_JSON_COLUMNS = (
    ("settings", "key", "value"),
    ("channel_rules", "name", "rules"),
    ("column_mappings", "header_key", "mapping"),
)


def content(connection: sqlite3.Connection, path: Path, version: int, record_blobs: bool = True) -> None:
    """Raise WorkspaceDamaged naming the first table, row and problem found; a new file has nothing.

    `record_blobs=False` leaves the records to the read that decodes them anyway (a read-only opening
    writes nothing, so finding the damage there loses nothing and halves the time)."""
    if version == 0:
        return
    present = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    missing = sorted(_TABLES[version] - present)
    if missing:
        raise damaged(path, f"the table {', '.join(missing)} is missing")
    try:
        _sources(connection)
        _json_values(connection)
        if record_blobs:
            _blobs(connection, "record_chunks", "source_id, seq, rows, data")
        if version >= 2:
            _blobs(connection, "source_keys", "source_id, 0, NULL, data")
    except Damage as found:
        raise damaged(path, str(found)) from found.__cause__


class Damage(Exception):
    """Where the damage is and what it is; the caller turns it into WorkspaceDamaged with the path."""


def _sources(connection: sqlite3.Connection) -> None:
    for row in connection.execute(f"SELECT {SOURCE_COLUMNS} FROM sources"):
        try:
            SourceRow.from_row(row)
        except (ValueError, TypeError) as error:
            raise Damage(f"import number {row[0]} in the table sources: {error}") from error


def _json_values(connection: sqlite3.Connection) -> None:
    for table, key, column in _JSON_COLUMNS:
        for name, value in connection.execute(f"SELECT {key}, {column} FROM {table}"):
            try:
                json.loads(value)
            except (ValueError, TypeError) as error:
                raise Damage(f"{name!r} in the table {table}: {error}") from error


def _blobs(connection: sqlite3.Connection, table: str, columns: str) -> None:
    for source_id, seq, rows, blob in connection.execute(f"SELECT {columns} FROM {table}"):
        decoded(blob, source_id, seq, table, rows)


def decoded(
    blob: bytes, source_id: int, seq: int, table: str = "record_chunks", rows: int | None = None
) -> pa.Table:
    """Decode and fully validate one Arrow blob (bad offsets would crash a later conversion)."""
    where = f"import number {source_id}, part {seq} in the table {table}"
    try:
        result = records.decode(blob)
        result.validate(full=True)
    except (pa.ArrowException, OSError, ValueError, TypeError) as error:
        raise Damage(f"{where}: {error}") from error
    if rows is not None and result.num_rows != rows:
        raise Damage(f"{where}: {result.num_rows} rows stored where {rows} were written")
    return result
