"""Writing files from the window: the Excel report (in the background worker) and chart images."""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from channelcompare.errors import Cancelled
from ui import errors
from ui.i18n import current_language
from ui.parquet_export import ParquetExport
from ui.settings import Settings
from ui.workers import Worker

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def mapping_store(settings: Settings) -> Any:
    """The remembered column mappings, in the user data folder."""
    if importlib.util.find_spec("importers.mapping") is None:
        return None
    from importers.mapping import MappingStore

    return MappingStore(settings.data_folder() / "column_mappings.json")


def report_writer() -> Callable[..., Any] | None:
    """channelcompare.report.write_report, or None while the report module does not provide it."""
    try:
        from channelcompare.report import write_report
    except ImportError:
        return None
    return write_report


class ExportFlows(QObject):
    """File > Export Excel report and File > Export chart, with their enabled state."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._worker: Worker | None = None
        self.parquet = ParquetExport(window)

    def update_actions(self, has_data: bool, current_view: QWidget | None) -> None:
        actions = self.window.actions
        # Whether the report module is there, without importing it (openpyxl: ~60 ms on the GUI thread,
        # during the first import); the worker imports it when a report is written.
        available = importlib.util.find_spec("channelcompare.report") is not None
        actions.export_report.setEnabled(has_data and available and self._worker is None)
        if not available:
            actions.export_report.setToolTip(self.tr("The Excel report is not available in this version."))
        can_chart = has_data and hasattr(current_view, "export_chart")
        actions.export_chart.setEnabled(can_chart)
        self.parquet.update_action(has_data)

    def export_chart(self) -> None:
        view = self.window.pane.current_view()
        if not hasattr(view, "export_chart"):
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export chart"), self._suggested("chart.png"), "PNG (*.png);;SVG (*.svg)"
        )
        if not name:
            return
        path = Path(name) if Path(name).suffix.lower() in (".png", ".svg") else Path(name + ".png")
        try:
            saved = view.export_chart(path)
        except (OSError, ValueError) as error:
            errors.show_error(self.window, error)
            return
        self.window.status.show_message(self.tr("Chart saved to {0}").format(saved))

    def export_report(self) -> None:
        writer, analysis = report_writer(), self.window.analysis
        if writer is None or analysis is None or self._worker is not None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Excel report"), self._suggested("channelcompare-report.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )  # fmt: skip
        if not name:
            return
        path = Path(name).with_suffix(".xlsx")
        self.write_report(path)

    def write_report(self, path: Path) -> Worker | None:
        """Write the report in the background; progress and Cancel in the status bar."""
        writer, analysis = report_writer(), self.window.analysis
        if writer is None or analysis is None:
            return None
        session = self.window.session
        records = analysis.records if analysis.records is not None else session.records()  # aggregated once
        sources = [s.result for s in session.sources if s.result is not None]
        language = current_language()  # the report speaks the interface's language
        metric = session.choices.metric
        from channelcompare.compare import CompareOptions

        options = CompareOptions(**analysis.choices.compare_kwargs())  # what the figures were computed with

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Path:
            return Path(
                writer(path, analysis.comparison, records, sources, aggregated=analysis.records is not None,
                       lang=language, metric=metric, options=options,
                       progress=progress, cancelled=cancelled)
            )  # fmt: skip

        worker = Worker(job)
        status = self.window.status
        worker.signals.progress.connect(status.set_progress)
        worker.signals.finished.connect(self._report_written)
        worker.signals.failed.connect(self._report_failed)
        status.set_busy(True)
        status.show_message(self.tr("Writing the Excel report…"))
        status.cancelRequested.connect(worker.cancel)
        self._worker = worker
        worker.start()
        return worker

    def _report_written(self, path: Path) -> None:
        self._done()
        self.window.status.show_message(self.tr("Report saved to {0}").format(path))

    def _report_failed(self, error: BaseException) -> None:
        self._done()
        if isinstance(error, Cancelled):
            self.window.status.show_message(self.tr("Report cancelled; no file was written."))
        else:
            log.error("Report failed", exc_info=error)
            errors.show_error(self.window, error)

    def _done(self) -> None:
        if self._worker is not None:
            self.window.status.cancelRequested.disconnect(self._worker.cancel)
        self._worker = None
        self.window.status.set_busy(False)
        self.window._update_enabled()

    def _suggested(self, name: str) -> str:
        folder = self.window.settings.last_folder()
        return str(Path(folder) / name) if folder else name
