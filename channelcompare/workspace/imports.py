"""Adding and removing imports inside one open transaction: the never-double-count rules live here.

Rows are never deleted because another import overlaps them: they are marked as superseded by that import
(records.SUPERSEDED), so that removing it brings them back. Callers own the transaction (store.Workspace).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from channelcompare.sources import ImportResult
from channelcompare.workspace import overlap, records
from channelcompare.workspace.outcome import AddOutcome, OverlapChoice, added_message
from channelcompare.workspace.overlap import Overlap


def overlaps_with(db: sqlite3.Connection, keys: pd.DataFrame, exclude: int | None = None) -> list[Overlap]:
    found = []
    for source_id, name, source_keys in _other_keys(db, keys, exclude):
        summary = overlap.summarise(keys, source_keys, source_id, name)
        if summary is not None:
            found.append(summary)
    return found


def _other_keys(
    db: sqlite3.Connection, keys: pd.DataFrame, exclude: int | None
) -> list[tuple[int, str, pd.DataFrame]]:
    """Stored keys of every source whose days can meet `keys` (the day range filter skips most decoding)."""
    if keys.empty:
        return []
    first = overlap.day_to_date(int(keys["day"].min())).isoformat()
    last = overlap.day_to_date(int(keys["day"].max())).isoformat()
    rows = db.execute(
        "SELECT s.id, s.file_name, k.data FROM sources s JOIN source_keys k ON k.source_id = s.id "
        "WHERE s.first_day <= ? AND s.last_day >= ? AND s.id IS NOT ? ORDER BY s.id",
        (last, first, exclude),
    )
    return [(sid, name, overlap.keys_frame(records.decode(blob))) for sid, name, blob in rows]


def add_import(
    db: sqlite3.Connection, result: ImportResult, content_hash: str, choice: OverlapChoice, mapping: Any
) -> AddOutcome:
    table = records.with_default(records.to_arrow(result.records), "source_file", Path(result.path).name)
    keys = overlap.row_keys(table, result.platform)
    found = overlaps_with(db, keys)
    source_id = _insert_source(db, result, content_hash, mapping)
    replaced = partly = skipped = 0
    if choice == "replace":
        for item in found:
            count, beyond = _supersede(db, item.source_id, keys, source_id)
            replaced, partly = replaced + count, partly + beyond
    elif choice == "skip":
        table, skipped = _keep_older(db, table, keys, source_id)
    write_records(db, source_id, table, result.platform, keys)
    db.executemany(
        "INSERT INTO rejections(source_id, line, column_name, reason) VALUES (?, ?, ?, ?)",
        ((source_id, r.line, r.column, r.reason) for r in result.rejected),
    )
    name = Path(result.path).name
    added = len(table) - skipped
    message = added_message(name, added, replaced, skipped, partly, found, choice)
    return AddOutcome("added", source_id, name, added, replaced, skipped, partly, tuple(found), message)


def _insert_source(db: sqlite3.Connection, result: ImportResult, content_hash: str, mapping: Any) -> int:
    cursor = db.execute(
        "INSERT INTO sources(file_name, path, content_hash, format_id, platform, currency, imported_at, "
        "mapping, warnings, rows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        (
            Path(result.path).name,
            str(result.path),
            content_hash,
            result.format_id,
            result.platform,
            result.currency,
            datetime.now().astimezone().isoformat(timespec="seconds"),
            None if mapping is None else json.dumps(mapping),
            json.dumps(list(result.warnings)),
        ),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def load_table(db: sqlite3.Connection, source_id: int) -> pa.Table:
    """Every stored row of one source, superseded ones included."""
    blobs = db.execute("SELECT data FROM record_chunks WHERE source_id = ? ORDER BY seq", (source_id,))
    return records.concat([records.decode(blob) for (blob,) in blobs])


def write_records(
    db: sqlite3.Connection, source_id: int, table: pa.Table, platform: str, keys: pd.DataFrame | None = None
) -> None:
    """(Re)write a source's chunks, its overlap keys (of the rows that count) and its counts.

    `keys` are overlap.row_keys(table, platform) when the caller has them already."""
    db.execute("DELETE FROM record_chunks WHERE source_id = ?", (source_id,))
    for seq, chunk in enumerate(records.chunks(table)):
        db.execute(
            "INSERT INTO record_chunks(source_id, seq, rows, data) VALUES (?, ?, ?, ?)",
            (source_id, seq, len(chunk), records.encode(chunk)),
        )
    keys = overlap.row_keys(table, platform) if keys is None else keys
    counting = _superseded_values(table) < 0
    first = last = None
    if len(keys):
        first = overlap.day_to_date(int(keys["day"].min())).isoformat()
        last = overlap.day_to_date(int(keys["day"].max())).isoformat()
    keys = keys[counting[keys["row"].to_numpy()]]
    db.execute(
        "INSERT OR REPLACE INTO source_keys(source_id, data) VALUES (?, ?)",
        (source_id, records.encode(overlap.keys_table(keys))),
    )
    db.execute(
        "UPDATE sources SET rows = ?, superseded_rows = ?, first_day = ?, last_day = ? WHERE id = ?",
        (len(table), int((~counting).sum()), first, last, source_id),
    )


def _supersede(db: sqlite3.Connection, older: int, new_keys: pd.DataFrame, newer: int) -> tuple[int, int]:
    """Mark the older source's counting rows that share a key with the new import; return (rows, rows that
    also covered days the new import lacks)."""
    table = load_table(db, older)
    platform = db.execute("SELECT platform FROM sources WHERE id = ?", (older,)).fetchone()[0]
    keys = overlap.row_keys(table, platform or "generic")
    by = _superseded_values(table)
    hit = overlap.rows_matching(keys, new_keys, len(table)) & (by < 0)
    if not hit.any():
        return 0, 0
    hit_keys = keys[hit[keys["row"].to_numpy()]]
    outside = hit_keys.merge(overlap.distinct_keys(new_keys), how="left", indicator=True)
    partly = outside.loc[outside["_merge"] == "left_only", "row"].nunique()
    by[hit] = newer
    write_records(db, older, _set_superseded(table, by), platform or "generic", keys)
    return int(hit.sum()), int(partly)


def remove_source(db: sqlite3.Connection, source_id: int) -> None:
    """Delete a source; rows it superseded count again unless they repeat another counting source."""
    db.execute("DELETE FROM sources WHERE id = ?", (source_id,))
    candidates = db.execute("SELECT id, platform FROM sources WHERE superseded_rows > 0 ORDER BY id")
    for older, platform in candidates.fetchall():
        table = load_table(db, older)
        by = _superseded_values(table)
        restored = by == source_id
        if not restored.any():
            continue
        by[restored] = -1
        keys = overlap.row_keys(table, platform or "generic")
        restored_keys = keys[restored[keys["row"].to_numpy()]]
        others = [frame.assign(source_id=sid) for sid, _, frame in _other_keys(db, restored_keys, older)]
        if others:
            matches = overlap.first_source_matching(restored_keys, pd.concat(others, ignore_index=True))
            by[matches.index.to_numpy()] = matches.to_numpy()
        write_records(db, older, _set_superseded(table, by), platform or "generic", keys)


def _keep_older(
    db: sqlite3.Connection, table: pa.Table, keys: pd.DataFrame, newer: int
) -> tuple[pa.Table, int]:
    """'skip': the new rows that repeat counting rows of older sources are stored but do not count."""
    others = [frame.assign(source_id=sid) for sid, _, frame in _other_keys(db, keys, newer)]
    if not others:
        return table, 0
    matches = overlap.first_source_matching(keys, pd.concat(others, ignore_index=True))
    if matches.empty:
        return table, 0
    by = np.full(len(table), -1, dtype=np.int64)
    by[matches.index.to_numpy()] = matches.to_numpy()
    return _set_superseded(table, by), len(matches)


def _superseded_values(table: pa.Table) -> np.ndarray:
    """The SUPERSEDED column as int64 with -1 where the row counts (null)."""
    return table[records.SUPERSEDED].fill_null(-1).to_numpy().astype(np.int64, copy=True)


def _set_superseded(table: pa.Table, values: np.ndarray) -> pa.Table:
    """Replace the SUPERSEDED column with `values`, where -1 means null (the row counts)."""
    column = pa.array(values, pa.int64(), mask=values < 0)
    return table.set_column(table.schema.get_field_index(records.SUPERSEDED), records.SUPERSEDED, column)
