"""Runs imports in the background worker, one batch at a time, and turns their outcomes into sources.

A batch asked for while another runs waits in a queue (the status bar says so); nothing touches the
session until a batch has finished, so cancelling leaves the session exactly as it was. Files no importer
recognises go through the column-mapping dialog and, once mapped, are imported again.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from channelcompare.errors import Cancelled, ImportFailed, UnknownFormat
from session.state import Session, Source
from ui import errors
from ui.workers import Worker

log = logging.getLogger(__name__)


class ImportController(QObject):
    """Owns the import queue. `mappings` is an importers.mapping.MappingStore (or None: no mapping step)."""

    started = Signal(int)  # files in the batch now running
    progress = Signal(float)
    sourcesChanged = Signal()
    finished = Signal()  # the queue is empty and nothing runs
    message = Signal(str)

    def __init__(self, session: Session, window: QWidget, mappings: Any = None) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.mappings = mappings
        self._queue: list[list[Path]] = []
        self._worker: Worker | None = None

    def busy(self) -> bool:
        return self._worker is not None

    def import_paths(self, paths: list[Path]) -> None:
        from importers.load import expand_paths

        files = expand_paths(paths)
        if not files:
            self.message.emit(self.tr("No files to import in what was dropped."))
            return
        self._queue.append(files)
        if self._worker is None:
            self._start_next()
        else:
            self.message.emit(self.tr("%n file(s) will import when the current import ends.", "", len(files)))

    def cancel(self) -> None:
        """Stop the running import and drop the queued ones; the session stays as it was."""
        self._queue.clear()
        if self._worker is not None:
            self._worker.cancel()

    def _start_next(self) -> None:
        if not self._queue:
            self._worker = None
            self.finished.emit()
            return
        from importers.load import import_files

        files = self._queue.pop(0)
        mappings = self.mappings
        worker = Worker(lambda progress, cancelled: import_files(files, progress, cancelled, mappings))
        worker.signals.progress.connect(self.progress)
        worker.signals.finished.connect(self._batch_done)
        worker.signals.failed.connect(self._batch_failed)
        self._worker = worker
        self.started.emit(len(files))
        worker.start()

    def _batch_done(self, outcomes: list[Any]) -> None:
        mappable = self.mappings is not None
        unknown = [o for o in outcomes if mappable and isinstance(o.error, UnknownFormat)]
        known = [o for o in outcomes if not (mappable and isinstance(o.error, UnknownFormat))]
        for outcome in known:
            self.session.add(Source(Path(outcome.path), outcome.result, outcome.error))
        imported = sum(1 for o in outcomes if o.result is not None)
        self.sourcesChanged.emit()  # first: the message then waits for the numbers (ui.busy_state)
        self.message.emit(self.tr("%n file(s) imported.", "", imported))
        self._report_failures([o for o in known if o.error is not None])
        for outcome in unknown:
            self._map_columns(Path(outcome.path), outcome.error)
        self._start_next()

    def _batch_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.message.emit(self.tr("Import cancelled. Nothing was changed."))
        else:
            log.error("Import batch failed", exc_info=error)
            errors.show_error(self.window, error)
        self._start_next()

    def _report_failures(self, failed: list[Any]) -> None:
        if len(failed) == 1:
            errors.show_error(self.window, failed[0].error)
        elif failed:
            names = ", ".join(Path(o.path).name for o in failed)
            summary = ImportFailed(
                self.tr("{0} files could not be imported: {1}. The other files were imported; each failed "
                        "file shows its reason in the Sources panel.").format(len(failed), names),
                detail="\n\n".join(f"{Path(o.path).name}: {o.error}" for o in failed),
            )  # fmt: skip
            errors.show_error(self.window, summary)

    def _map_columns(self, path: Path, error: BaseException) -> None:
        """Ask the user to map an unrecognised file's columns; remember the mapping and import it again."""
        from importers.sample import sample_file
        from ui.dialogs.mapping_dialog import MappingDialog

        try:
            mapping = MappingDialog.ask(self.window, path, sample_file(path))
        except ImportFailed as problem:  # the file became unreadable since: say so like any failure
            self.session.add(Source(path, None, problem))
            self.sourcesChanged.emit()
            return
        if mapping is None:
            self.session.add(Source(path, None, error))
            self.sourcesChanged.emit()
            return
        self.mappings.remember(mapping)
        self._queue.append([path])
