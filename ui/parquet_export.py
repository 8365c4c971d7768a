"""File > Export tables as Parquet: the channel, campaign, timing and trends tables and their
`datapackage.json` into a folder, written in the background like the Excel report."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from ui import errors
from ui.workers import Worker

if TYPE_CHECKING:
    from ui.window_shell import WindowShell

log = logging.getLogger(__name__)


class ParquetExport(QObject):
    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.window = window
        self._worker: Worker | None = None
        window.menu_actions.export_parquet.triggered.connect(self.export)

    def update_action(self, has_data: bool) -> None:
        self.window.menu_actions.export_parquet.setEnabled(has_data and self._worker is None)

    def export(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window,
            self.tr("Export tables as Parquet into folder"),
            self.window.settings.last_folder() or "",
        )
        if folder:
            self.write(Path(folder))

    def write(self, folder: Path) -> Worker | None:
        """Write the four tables and datapackage.json into `folder`; None when there is nothing to write."""
        analysis, session = self.window.analysis, self.window.session
        if analysis is None or self._worker is not None:
            return None
        sources = [s.result for s in session.sources if s.result is not None]

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> list[Path]:
            # Imported here, off the GUI thread: pyarrow.parquet and the report package cost ~100 ms.
            from session.report import write_parquet

            return write_parquet(analysis, folder, sources)

        worker = Worker(job)
        worker.signals.finished.connect(lambda _paths: self._written(folder))
        worker.signals.failed.connect(self._failed)
        self.window.status.set_busy(True)
        self.window.status.show_message(self.tr("Writing the Parquet tables…"))
        self._worker = worker
        self.update_action(True)
        worker.start()
        return worker

    def _written(self, folder: Path) -> None:
        self._done()
        self.window.status.show_message(
            self.tr("Parquet tables and datapackage.json saved to {0}").format(folder)
        )

    def _failed(self, error: BaseException) -> None:
        self._done()
        log.error("Parquet export failed", exc_info=error)
        errors.show_error(self.window, error)

    def _done(self) -> None:
        self._worker = None
        self.window.status.set_busy(False)
        self.window.update_enabled()
