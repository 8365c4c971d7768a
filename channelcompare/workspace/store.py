"""A workspace: one SQLite file holding an analyst's imports and settings, committed as changes happen.

WAL journal with synchronous=FULL: a crash or a power cut loses at most the change in flight, never earlier
work, and each import is one transaction (all of its rows or none). There is no "save": every method that
changes something has committed when it returns.
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from channelcompare.errors import WorkspaceError
from channelcompare.model import CHANNELS
from channelcompare.sources import ImportResult
from channelcompare.workspace import connections, faults, imports, opening, overlap, records, schema
from channelcompare.workspace.faults import LOCK_WAIT_S
from channelcompare.workspace.locking import Notify, write_transaction
from channelcompare.workspace.outcome import OVERLAP_CHOICES, AddOutcome, OverlapChoice, duplicate
from channelcompare.workspace.overlap import Overlap
from channelcompare.workspace.reading import ReadingMixin
from channelcompare.workspace.settings import SettingsMixin
from channelcompare.workspace.source_row import SOURCE_COLUMNS, SourceRow


class Workspace(SettingsMixin, ReadingMixin):
    """An open workspace file. Use `Workspace.open(path)`; close it (or use `with`) when done."""

    def __init__(
        self,
        path: Path,
        connection: sqlite3.Connection,
        *,
        read_only: bool = False,
        lock_wait_s: float = LOCK_WAIT_S,
        on_wait: Notify | None = None,
    ) -> None:
        self.path = path
        self.read_only = read_only
        #: How long a write waits for another process's transaction; `on_wait` hears when it starts waiting.
        self.lock_wait_s, self.on_wait = lock_wait_s, on_wait
        self._db = connection
        self._read: set[int] | None = set()
        # The UI imports on a worker thread; one lock keeps the single connection's use serial.
        self._lock = threading.RLock()

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        read_only: bool = False,
        lock_wait_s: float = LOCK_WAIT_S,
        on_wait: Notify | None = None,
    ) -> Workspace:
        """Open `path`, creating a new workspace when it does not exist; upgrade an older format.

        `read_only` never writes the file (and works on read-only media); its writes raise
        WorkspaceReadOnly. Raises WorkspaceTooNew or WorkspaceDamaged (the file untouched either way),
        WorkspaceReadOnly, WorkspaceBusy, or WorkspaceError for a folder or disk that cannot be written.
        """
        path = Path(path).expanduser()
        try:
            if opening.existing_workspace(path):
                opening.check_file(path)
            elif read_only:
                raise WorkspaceError(f"There is no workspace at {path}.", path=str(path))
            if read_only:
                connection = connections.for_reading(path)
            else:
                connection = connections.for_writing(path, lock_wait_s, on_wait)
        except sqlite3.Error as error:
            raise faults.open_failed(path, error, lock_wait_s) from error
        workspace = cls(path, connection, read_only=read_only, lock_wait_s=lock_wait_s, on_wait=on_wait)
        if not read_only:
            workspace._upgrade()
        return workspace

    def _upgrade(self) -> None:
        """Create or migrate the schema inside one write transaction (closing the file when that fails)."""
        try:
            current = self._db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
            if not current:
                with self._transaction() as db:
                    schema.upgrade(db)
        except BaseException as error:
            self._db.close()
            if isinstance(error, sqlite3.Error):
                raise faults.open_failed(self.path, error, self.lock_wait_s) from error
            raise

    def save_as(self, target: str | Path) -> Workspace:
        """Copy this workspace to `target` (replacing any file there) and return the copy, opened.

        SQLite's online backup copies a consistent snapshot even while the WAL holds recent commits."""
        target = Path(target).expanduser()
        if target.resolve() == self.path.resolve():
            return self
        for leftover in (
            target,
            target.with_name(target.name + "-wal"),
            target.with_name(target.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            copy = sqlite3.connect(target)
            try:
                with self._lock:
                    self._db.backup(copy)
            finally:
                copy.close()
        except sqlite3.Error as error:
            raise faults.open_failed(target, error) from error
        return Workspace.open(target, lock_wait_s=self.lock_wait_s, on_wait=self.on_wait)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        if self.read_only:
            raise faults.read_only(self.path, "it was opened read-only")
        self.check()  # never write into a damaged file: it must be kept as it is
        return write_transaction(self._db, self._lock, self.path, self.lock_wait_s, self.on_wait)

    # -- imports
    def find_source_by_hash(self, content_hash: str) -> SourceRow | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {SOURCE_COLUMNS} FROM sources WHERE content_hash = ?", (content_hash,)
            ).fetchone()
        return None if row is None else SourceRow.from_row(row)

    def overlaps(self, result: ImportResult) -> list[Overlap]:
        """The sources already holding some of `result`'s (platform, campaign, day) keys."""
        keys = overlap.row_keys(records.to_arrow(result.records), result.platform)
        self.check()  # the stored keys are decoded here
        with self._lock:
            return imports.overlaps_with(self._db, keys)

    def add_import(
        self,
        result: ImportResult,
        content_hash: str,
        *,
        overlap: OverlapChoice = "replace",
        mapping: Any = None,
    ) -> AddOutcome:
        """Store one import in a single transaction. The same content again adds nothing; rows that repeat
        an earlier import's (platform, campaign, day) replace the older rows by default ("replace"), or are
        kept out ("skip"), or are both counted ("keep_both", on explicit request only)."""
        if overlap not in OVERLAP_CHOICES:
            raise ValueError(f"overlap must be one of {OVERLAP_CHOICES}, not {overlap!r}")
        with self._transaction() as db:
            earlier = self.find_source_by_hash(content_hash)
            if earlier is not None:
                return duplicate(Path(result.path).name, earlier.id, earlier.file_name, earlier.imported_at)
            return imports.add_import(db, result, content_hash, overlap, mapping)

    def remove_source(self, source_id: int) -> None:
        """Delete one import; rows it had replaced count again (unless another import repeats them)."""
        with self._transaction() as db:
            self._require_source(source_id)
            imports.remove_source(db, source_id)

    def set_source_channel(self, source_id: int, channel: str | None) -> None:
        """Count every row of a source as `channel` (None restores the channels the import gave)."""
        if channel is not None and channel not in CHANNELS:
            raise ValueError(f"unknown channel {channel!r}; expected one of {', '.join(CHANNELS)}")
        with self._transaction() as db:
            self._require_source(source_id)
            db.execute("UPDATE sources SET channel = ? WHERE id = ?", (channel, source_id))

    def _require_source(self, source_id: int) -> None:
        if self._db.execute("SELECT 1 FROM sources WHERE id = ?", (source_id,)).fetchone() is None:
            raise WorkspaceError(f"The workspace {self.path} has no import number {source_id}.")
