"""Reading every stored value once when a workspace opens, so that damage inside it is found before use.

SQLite's integrity check sees the file's structure, not what the rows mean: a record blob overwritten with
garbage, a sources row whose JSON or dates no longer parse, or a dropped table all pass it. Each would
otherwise surface later as an LZ4, Arrow or JSON traceback, possibly after an import had already been
written into the damaged file. The tables, JSON and dates are checked when the file opens; the blobs as
they are read, and all of them before the first write (docs/workspace.md).
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


def content(connection: sqlite3.Connection, path: Path, version: int) -> None:
    """Raise WorkspaceDamaged naming the first table, row and problem found; a new file has nothing.

    The blobs are left out (they hold nearly all the bytes): see `blobs`."""
    if version == 0:
        return
    present = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    missing = sorted(_TABLES[version] - present)
    if missing:
        raise damaged(path, f"the table {', '.join(missing)} is missing")
    try:
        _sources(connection)
        _json_values(connection)
    except Damage as found:
        raise damaged(path, str(found)) from found.__cause__


def blobs(connection: sqlite3.Connection, path: Path, read: set[int]) -> None:
    """Check every key blob and the record blobs of the sources not in `read` (those were checked as they
    were decoded). Decoding costs about what loading the records does, so a workspace does this once,
    before its first write: the window has read every record by then, the `import` command has not."""
    tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    try:
        if "record_chunks" in tables:  # (a new file has no tables yet, a version-1 file no keys)
            for source_id, seq, rows, blob in connection.execute(
                "SELECT source_id, seq, rows, data FROM record_chunks ORDER BY source_id, seq"
            ):
                if source_id not in read:
                    decoded(blob, source_id, seq, "record_chunks", rows)
        if "source_keys" in tables:
            for source_id, blob in connection.execute("SELECT source_id, data FROM source_keys"):
                decoded(blob, source_id, 0, "source_keys")
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
