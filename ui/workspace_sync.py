"""Keeps the window's session and the open workspace in step, so that nothing the analyst does needs saving.

Imports are written in the background worker (a million rows take a second or two); removals, channel
choices and the analysis choices are written as they happen. Opening a workspace fills the session from it.
The bundled sample data is never written into a workspace. What is done to the workspace is Qt-free, in
session.workspace; this module runs it in the worker and asks the overlap question in between.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from channelcompare.errors import WorkspaceError
from channelcompare.resources import sample_files
from channelcompare.workspace import AddOutcome, Overlap, Workspace
from session.state import Source
from session.workspace import (
    Pending,
    Stored,
    load_session,
    refresh_sources,
    store_choices,
    survey,
    unstored_sources,
    write_imports,
)
from ui import errors
from ui.workers import Worker
from ui.workspace_overlap import ask_overlap

if TYPE_CHECKING:
    from ui.window_shell import WindowShell

log = logging.getLogger(__name__)


def _told(write: Callable[..., None]) -> Callable[..., None]:
    """A write made in the GUI thread: when the workspace is busy, full or read-only, say so."""

    @functools.wraps(write)
    def told(self: WorkspaceSync, *args: Any) -> None:
        try:
            write(self, *args)
        except WorkspaceError as error:
            log.warning("Could not write to the workspace: %s", error)
            errors.show_error(self.window, error)

    return told


class WorkspaceSync(QObject):
    """Writes the session's changes into `workspace` and loads a workspace into the session."""

    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.window = window
        self.workspace: Workspace | None = None
        self._stored: Stored = {}
        self._worker: Worker | None = None
        self._samples = {p.resolve() for p in sample_files()}
        window.imports.sourcesChanged.connect(self.store_new_sources)
        window.sourceRemoved.connect(self._removed)  # as done, and as undone (ui.undo)
        window.sourceChannelSet.connect(self._channel_changed)
        window.analysisShown.connect(lambda _analysis: self._store_choices())

    # -- opening
    def attach(self, workspace: Workspace, *, load: bool = True) -> None:
        """Make `workspace` the open one; with `load`, the session is replaced by its content."""
        if self.workspace is not workspace:
            self.close()
        self.workspace = workspace
        if load:  # (Save As keeps the session: the copy has the same content and source ids)
            self._load()

    def close(self) -> None:
        """Close the workspace (everything is committed already); later changes are not written anywhere."""
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None

    def _load(self) -> None:
        assert self.workspace is not None
        self._stored = load_session(self.workspace, self.window.session)
        self.window.undo_stack.clear()  # the previous session's steps do not apply to this one
        self.window.imports.sourcesChanged.emit()

    # -- imports
    def store_new_sources(self) -> None:
        """Add the session's new imports to the workspace (in the background, one batch at a time).

        Two steps, both in the worker: first each file's hash and overlap keys (0.2 s and 0.15 s for a
        million-row export, too long for the GUI thread), then, once any overlap question has been asked
        here, the writing."""
        if self.workspace is None or self._worker is not None:
            return  # a running batch calls this again when it ends
        sources = unstored_sources(self.window.session, self._stored, self._samples)
        if not sources:
            return
        workspace = self.workspace

        def hash_and_overlaps(progress: Any, cancelled: Any) -> list[tuple[str, list[Overlap]]]:
            return [survey(workspace, source) for source in sources]

        self._start(workspace, hash_and_overlaps, lambda surveyed: self._write(workspace, sources, surveyed))

    def _write(self, workspace: Workspace, sources: list[Source], surveyed: list[Any]) -> None:
        batch: list[Pending] = []
        for source, (digest, overlaps) in zip(sources, surveyed, strict=True):
            assert source.result is not None  # _new_sources keeps only imported sources
            choice = ask_overlap(self.window, source.name, overlaps) if overlaps else "replace"
            batch.append((source.path, source.result, digest, choice, self._mapping(source)))

        def job(progress: Any, cancelled: Any) -> list[tuple[Path, AddOutcome]]:
            return write_imports(workspace, batch)

        self._start(workspace, job, lambda outcomes: self._stored_batch(batch, outcomes))

    def _start(self, workspace: Workspace, job: Any, done: Any) -> None:
        self._worker = Worker(job)
        # A batch that ends after the user switched workspace concerns the old one: nothing more to do.
        self._worker.signals.finished.connect(
            lambda result: done(result) if self.workspace is workspace else self._idle()
        )
        self._worker.signals.failed.connect(
            lambda error: self._store_failed(error) if self.workspace is workspace else self._idle()
        )
        self._worker.start()

    def _idle(self) -> None:
        self._worker = None
        self.store_new_sources()

    def busy(self) -> bool:
        return self._worker is not None

    def holds(self, path: Path) -> bool:
        """Whether the open workspace holds the session's source at `path` (written, or loaded from it)."""
        return path in self._stored

    def _mapping(self, source: Source) -> dict[str, object] | None:
        """The column mapping a mapped import was read with (kept with the source and in the workspace)."""
        store = self.window.imports.mappings
        if source.result is None or source.result.format_id != "column_mapping" or store is None:
            return None
        from importers.sample import sample_file

        mapping = store.find(sample_file(source.path))
        return None if mapping is None else dict(mapping.to_json())

    def _stored_batch(self, batch: list[Pending], outcomes: list[tuple[Path, AddOutcome]]) -> None:
        self._worker = None
        session, changed = self.window.session, False
        results = {item[0]: item[1] for item in batch}
        for path, outcome in outcomes:
            if outcome.status == "duplicate" and self._stored.get(path, (None,))[0] == outcome.source_id:
                self._stored[path] = (outcome.source_id, results[path])  # the same file read again
            elif outcome.status == "duplicate":
                session.remove(path)  # the same content under another name: shown once
                changed = True
            else:
                self._stored[path] = (outcome.source_id, results[path])
                refresh = [o.source_id for o in outcome.overlaps] + [outcome.source_id]
                changed |= self._refresh(refresh if outcome.rows_replaced or outcome.rows_skipped else [])
            self.window.status.show_message(outcome.message)
        if changed:
            self.window.imports.sourcesChanged.emit()
        self.store_new_sources()  # sources that arrived while this batch was written

    def _store_failed(self, error: BaseException) -> None:
        self._worker = None
        log.error("Could not write the import into the workspace", exc_info=error)
        errors.show_error(self.window, error)

    def _refresh(self, source_ids: list[int]) -> bool:
        """Reload sources whose counting rows changed (replaced, or skipped) from the workspace."""
        assert self.workspace is not None
        return refresh_sources(self.workspace, self.window.session, self._stored, source_ids)

    # -- other changes, written at once (a workspace that cannot be written is told, never a traceback)
    @_told
    def _removed(self, path: Path) -> None:
        stored = self._stored.pop(path, None)
        if self.workspace is None or stored is None:
            return
        before = {row.id: row.superseded_rows for row in self.workspace.sources()}
        self.workspace.remove_source(stored[0])
        after = {row.id: row.superseded_rows for row in self.workspace.sources()}
        if self._refresh([i for i, count in after.items() if count != before.get(i)]):  # rows count again
            self.window.imports.sourcesChanged.emit()

    @_told
    def _channel_changed(self, path: Path, channel: str | None) -> None:
        stored = self._stored.get(path)
        if self.workspace is not None and stored is not None:
            self.workspace.set_source_channel(stored[0], channel)

    @_told
    def _store_choices(self) -> None:
        if self.workspace is None:
            return
        store_choices(self.workspace, self.window.session.choices)
