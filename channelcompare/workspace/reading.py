"""Reading a workspace: its imports, their rejected rows and the records that count.

Mixed into Workspace, which provides the connection, the lock and the path. Record blobs are checked here as
they are decoded, until `check()` has checked them all (see verify.py).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pandas as pd
import pyarrow as pa

from channelcompare.model import empty_records
from channelcompare.sources import ImportResult, Rejection
from channelcompare.workspace import faults, records, verify
from channelcompare.workspace.source_row import SOURCE_COLUMNS, SourceRow


class ReadingMixin:
    path: Path
    read_only: bool
    _db: sqlite3.Connection
    _lock: threading.RLock
    #: Sources whose record blobs were checked as they were decoded; None once every blob was checked.
    _read: set[int] | None

    def check(self) -> None:
        """Check every blob not checked yet (once per opening; before the first write, see verify.py).

        Raises WorkspaceDamaged, and then nothing has been written."""
        with self._lock:
            if self._read is not None:
                verify.blobs(self._db, self.path, self._read)
                self._read = None

    def sources(self) -> list[SourceRow]:
        with self._lock:
            rows = self._db.execute(f"SELECT {SOURCE_COLUMNS} FROM sources ORDER BY id").fetchall()
        return [SourceRow.from_row(row) for row in rows]

    def rejections(self, source_id: int) -> list[Rejection]:
        with self._lock:
            rows = self._db.execute(
                "SELECT line, column_name, reason FROM rejections WHERE source_id = ? ORDER BY rowid",
                (source_id,),
            ).fetchall()
        return [Rejection(line, column, reason) for line, column, reason in rows]

    def import_results(self) -> list[ImportResult]:
        """Each source as an ImportResult of the rows that count, with its rejected rows and warnings.

        Everything is read, so the blobs left (the overlap keys) are checked too: a damaged workspace is
        reported the same way by every command and by the window, whichever part is damaged."""
        results = [
            ImportResult(
                path=source.path or source.file_name,
                format_id=source.format_id or "",
                platform=source.platform or "generic",
                records=self.records(source.id),
                rejected=self.rejections(source.id),
                warnings=list(source.warnings),
                currency=source.currency,
            )
            for source in self.sources()
        ]
        self.check()
        return results

    def records(self, source_id: int | None = None) -> pd.DataFrame:
        """The canonical table of every row that counts (of one source when `source_id` is given)."""
        query = (
            "SELECT c.source_id, c.seq, c.data, s.channel FROM record_chunks c JOIN sources s "
            "ON s.id = c.source_id WHERE ? IS NULL OR c.source_id = ? ORDER BY c.source_id, c.seq"
        )
        tables, seen = [], set()
        with self._lock:
            # Iterate the cursor: one compressed chunk is alive at a time, not the whole file.
            for source, seq, blob, channel in self._db.execute(query, (source_id, source_id)):
                table = records.active(self._decoded(blob, source, seq))
                tables.append(records.with_channel(table, channel) if channel else table)
                seen.add(source)
            if self._read is not None:
                self._read |= seen
        if not tables:
            return empty_records()
        return records.to_frame(records.concat(tables))

    def _decoded(self, blob: bytes, source_id: int, seq: int) -> pa.Table:
        """A record chunk, checked as it is decoded until every blob has been checked (see verify.py)."""
        if self._read is None or source_id in self._read:
            return records.decode(blob)
        try:
            return verify.decoded(blob, source_id, seq)
        except verify.Damage as damage:
            raise faults.damaged(self.path, str(damage)) from damage
