"""Writing files from the window: the Excel report (in the background worker) and chart images."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from channelcompare.errors import Cancelled
from importers.mapping import MappingStore
from session.report import write_report
from ui import errors
from ui.charts.export import chart_context
from ui.export_context import chart_lines, period_file_name
from ui.i18n import current_language
from ui.parquet_export import ParquetExport
from ui.settings import Settings
from ui.workers import Worker

if TYPE_CHECKING:
    from ui.window_shell import WindowShell

log = logging.getLogger(__name__)


def mapping_store(settings: Settings) -> MappingStore:
    """The remembered column mappings, in the user data folder."""
    return MappingStore(settings.data_folder() / "column_mappings.json")


class ExportFlows(QObject):
    """File > Export Excel report and File > Export chart, with their enabled state."""

    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.window = window
        self._worker: Worker | None = None
        self.parquet = ParquetExport(window)

    def update_actions(self, has_data: bool, current_view: QWidget | None) -> None:
        actions = self.window.menu_actions
        actions.export_report.setEnabled(has_data and self._worker is None)
        can_chart = has_data and hasattr(current_view, "export_chart")
        actions.export_chart.setEnabled(can_chart)
        self.parquet.update_action(has_data)

    def export_chart(self) -> None:
        export = getattr(self.window.pane.current_view(), "export_chart", None)
        if export is None:
            return
        view = self.window.pane.current_view()
        suggested = period_file_name(self.window, self.window.pane.current_key() or "chart", ".png")
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export chart"), self._suggested(suggested), "PNG (*.png);;SVG (*.svg)"
        )
        if not name:
            return
        path = Path(name) if Path(name).suffix.lower() in (".png", ".svg") else Path(name + ".png")
        try:
            with chart_context(chart_lines(self.window, view)):  # title, metric, period, legend, app
                saved = export(path)
        except (OSError, ValueError) as error:
            errors.show_error(self.window, error)
            return
        self.window.status.offer_file(saved, self.tr("Chart saved to {0}").format(saved))

    def export_report(self) -> None:
        if self.window.analysis is None or self._worker is not None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Excel report"), self._suggested(period_file_name(self.window, "channelcompare-report", ".xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
        )  # fmt: skip
        if not name:
            return
        path = Path(name).with_suffix(".xlsx")
        self.write_report(path)

    def write_report(self, path: Path) -> Worker | None:
        """Write the report in the background; progress and Cancel in the status bar."""
        analysis = self.window.analysis
        if analysis is None:
            return None
        session = self.window.session
        sources = [s.result for s in session.sources if s.result is not None]
        language = current_language()  # the report speaks the interface's language
        metric = session.choices.metric  # the one on screen: choosing it does not recompute

        def job(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Path:
            return write_report(
                analysis, path, sources, lang=language, metric=metric, progress=progress, cancelled=cancelled
            )

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
        self.window.status.offer_file(path, self.tr("Report saved to {0}").format(path))

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
        self.window.update_enabled()

    def _suggested(self, name: str) -> str:
        folder = self.window.settings.last_folder()
        return str(Path(folder) / name) if folder else name
