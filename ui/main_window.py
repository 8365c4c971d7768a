"""The main window: Sources on the left, the analysis tabs on the right, imports in the status bar.

The window owns the session (session.state) and is the only place that changes it; views report what the user
chose through signals, and every change ends in one recompute in the background (ui.analysis).

Start-up stays within a bare window's time: the shell (menus, the empty state, the status bar) is all that
exists at the first paint. The parts behind pandas and pyqtgraph (session, imports, analysis pane, report and
fetch flows) are imported and built right after it (`deferred=True`), or at once (the default).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QPaintEvent,
    QUndoStack,
)
from PySide6.QtWidgets import QFileDialog, QStackedWidget

from channelcompare.resources import sample_files
from ui import errors
from ui.actions import MainActions
from ui.empty_state import EmptyState
from ui.i18n import apply_language
from ui.screen_fit import fit_to_screen
from ui.settings import Settings
from ui.source_edits import SourceEdits
from ui.status import ImportStatus
from ui.window_memory import remember_window, restore_choices, restore_panes, restore_window

if TYPE_CHECKING:
    from session.state import Session
    from ui.analysis import Analysis

FILE_FILTER = "Exports (*.csv *.CSV *.xlsx *.XLSX *.tsv *.txt);;All files (*)"
#: A deferred window that is never painted (started minimised) builds its parts after this anyway.
UNPAINTED_BUILD_MS = 1000


class MainWindow(SourceEdits):
    """Top-level window. Accepts file and folder drops anywhere. Its signals and the parts its controllers
    use are declared in ui.window_shell."""

    def __init__(
        self, settings: Settings | None = None, session: Session | None = None, *, deferred: bool = False
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.analysis: Analysis | None = None
        self.built = False
        self._given_session = session
        #: The --screenshot run (ui.app), kept alive by the window until it has rendered.
        self.screenshot: Any = None
        #: The single-instance server (ui.single_instance) that takes files from later starts (ui.app).
        self.instance_server: Any = None
        self.setAcceptDrops(True)
        self.menu_actions = MainActions(self)
        self.status = ImportStatus(self.statusBar())
        self.empty_state = EmptyState()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.setCentralWidget(self.stack)
        self.menu_actions.export_report.setEnabled(False)  # until there is data (the parts decide then)
        self.menu_actions.export_chart.setEnabled(False)
        self.menu_actions.export_parquet.setEnabled(False)
        self.menu_actions.set_recent(self.settings.recent_files())
        self.menu_actions.set_language(self.settings.language() or "en")
        self.retranslate()
        restore_window(self)
        fit_to_screen(self, first_run=self.settings.geometry() is None)
        self._build_pending = deferred
        if deferred:
            QTimer.singleShot(UNPAINTED_BUILD_MS, self._build_parts)
        else:
            self._build_parts()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if self._build_pending:
            self._build_pending = False
            QTimer.singleShot(0, self._build_parts)  # once this paint is on screen

    def when_built(self, callback: Callable[[], None]) -> None:
        """Call `callback` once the parts exist: now, or right after they are built."""
        if self.built:
            callback()
        else:
            self.partsBuilt.connect(callback)

    # -- building
    def _build_parts(self) -> None:
        """Everything that needs pandas or pyqtgraph: imported here, so the shell paints without them."""
        if self.built:
            return
        from session.state import Session
        from ui.analysis import Recomputer, freeze_long_lived_objects
        from ui.channel_rules import ChannelRules
        from ui.fetch_actions import install_fetch_actions
        from ui.imports import ImportController
        from ui.window_io import ExportFlows, mapping_store

        self._build_pending = False
        self.session = self._given_session or Session()
        restore_choices(self)
        self.undo_stack = QUndoStack(self)
        self.channel_rules = ChannelRules(self)  # saved rules into the choices, before the first compare
        self.imports = ImportController(self.session, self, mapping_store(self.settings))
        self.recomputer = Recomputer(self)
        self.exports = ExportFlows(self)
        self._build_central()
        self._connect()
        from ui.busy_state import BusyState

        self.busy_state = BusyState(self, self.recomputer)
        from ui.opened_files import OpenedFiles

        self.opened = OpenedFiles(self)
        self.fetches = install_fetch_actions(self)
        self.built = True
        self.retranslate()
        restore_panes(self)
        self.update_enabled()
        freeze_long_lived_objects()
        self.partsBuilt.emit()

    def _build_central(self) -> None:
        from ui.analysis_pane import AnalysisPane
        from ui.sources_panel import SourcesPanel

        self.sources_panel = SourcesPanel()
        self.pane = AnalysisPane(self.sources_panel)
        self.pane.set_metric(self.session.choices.metric)
        self.views = self.pane.views
        self.campaigns = self.pane.campaigns
        self.campaigns.set_hidden_columns(self.settings.hidden_columns("campaigns"))
        self.splitter = self.pane.splitter
        self.stack.addWidget(self.pane)

    def _connect(self) -> None:
        from ui.dialogs.about_dialog import show_about

        a = self.menu_actions
        a.open.triggered.connect(self.choose_files)
        a.sample.triggered.connect(self.open_sample_data)
        a.recentChosen.connect(self.open_recent)
        a.clear_recent.triggered.connect(self._clear_recent)
        a.export_report.triggered.connect(self.exports.export_report)
        a.export_chart.triggered.connect(self.exports.export_chart)
        a.cancel_import.triggered.connect(self.imports.cancel)
        a.quit.triggered.connect(self.close)
        a.show_sources.toggled.connect(self.sources_panel.setVisible)
        a.opens_as_interactions.toggled.connect(self._set_opens_as_interactions)
        a.languageChosen.connect(self.set_language)
        a.tabChosen.connect(self.show_tab)
        a.about.triggered.connect(lambda: show_about(self))
        a.helpChosen.connect(self._show_help)
        a.channel_rules.triggered.connect(self.channel_rules.edit)
        a.connect_undo(self.undo_stack)
        a.remove_failed.triggered.connect(self.remove_failed_files)
        self.empty_state.openRequested.connect(self.choose_files)
        self.empty_state.sampleRequested.connect(self.open_sample_data)
        self.filesDropped.connect(lambda paths: self.open_paths([Path(p) for p in paths]))
        self.imports.started.connect(self._import_started)
        self.imports.progress.connect(self.status.set_progress)
        self.imports.sourcesChanged.connect(self._sources_changed)
        self.imports.finished.connect(self._import_finished)
        self.status.cancelRequested.connect(self.imports.cancel)
        panel = self.sources_panel
        panel.addRequested.connect(self.choose_files)
        panel.removeRequested.connect(self._remove_source)
        panel.channelChanged.connect(self._change_channel)
        panel.issuesRequested.connect(self._show_issues)
        panel.errorRequested.connect(self._show_source_error)
        self.recomputer.ready.connect(self._show_analysis)
        self.recomputer.failed.connect(lambda error: errors.show_error(self, error))
        self.pane.tabs.currentChanged.connect(lambda _: self.update_enabled())
        self.pane.baselineChanged.connect(self.set_baseline)
        self.pane.metricChanged.connect(self.set_metric)
        self.pane.filtersChanged.connect(self.set_filters)
        self.pane.rulesRequested.connect(self.channel_rules.edit)
        self.pane.ruleSuggested.connect(self.channel_rules.add_rule)
        self.campaigns.columnsChosen.connect(
            lambda names: self.settings.set_hidden_columns("campaigns", names)
        )

    # -- opening files
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open campaign exports"), self.settings.last_folder(), FILE_FILTER
        )
        if names:
            self.settings.set_last_folder(str(Path(names[0]).parent))
            self.open_paths([Path(n) for n in names])

    def open_paths(self, paths: list[Path]) -> None:
        """Import files and folders (in the background); those that import are remembered as recent."""
        self.opened.asked(paths)  # into Open Recent once they have imported (ui.opened_files)
        self.imports.import_paths(paths)

    def open_recent(self, path: str) -> None:
        if not Path(path).exists():
            self.settings.remove_recent_file(path)
            self.menu_actions.set_recent(self.settings.recent_files())
            self.status.show_message(
                self.tr("{0} no longer exists; removed from the recent files.").format(path)
            )
            return
        self.open_paths([Path(path)])

    def open_sample_data(self) -> None:
        self.imports.import_paths(sample_files())

    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self.menu_actions.set_recent([])

    def _import_started(self, files: int) -> None:
        self.status.set_busy(True, files)
        self.stack.setCurrentWidget(self.pane)  # its cover shows the progress, not "drop files here"
        self.update_enabled()

    def _import_finished(self) -> None:
        self.status.set_busy(False)
        self._show_pane_or_empty()
        self.update_enabled()

    def _show_pane_or_empty(self) -> None:
        self.stack.setCurrentWidget(self.pane if self.session.sources else self.empty_state)

    # -- the session changes here, then one recompute
    def _sources_changed(self) -> None:
        self.sources_panel.set_sources(self.session.sources)
        if not self.imports.busy():
            self._show_pane_or_empty()
        self.recompute()
        self.update_enabled()

    def set_baseline(self, channel: str) -> None:
        if channel and channel != self.session.choices.baseline:
            self.session.choices.baseline = channel
            self.settings.set_baseline(channel)
            self.recompute()

    def set_metric(self, name: str) -> None:
        """The metric the charts show, chosen in one view: every view follows."""
        self.session.choices.metric = name
        self.settings.set_metric(name)
        self.pane.set_metric(name)  # views set it without signalling back

    def set_filters(self, changes: dict[str, Any]) -> None:
        """Filters from the filter bar: any of start, end, platforms, channels, campaign_contains, ..."""
        for name, value in changes.items():
            setattr(self.session.choices, name, value)
        self.recompute()

    def _set_opens_as_interactions(self, value: bool) -> None:
        self.session.choices.opens_as_interactions = value
        self.settings.set_opens_as_interactions(value)
        self.recompute()

    def recompute(self) -> None:
        self.recomputer.request(self.session.records_job(), self.session.choices)

    def _show_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        if analysis.all_records is not None:
            self.session.adopt(analysis.version, analysis.all_records)
        self.pane.show_analysis(analysis)
        self.update_enabled()
        self.analysisShown.emit(analysis)

    # -- sources panel requests
    def _show_issues(self, path: Path) -> None:
        source = self.session.source(path)
        if source is not None and source.result is not None:
            from ui.dialogs.issues_dialog import IssuesDialog

            IssuesDialog.show_for(source.result, source.name, self)

    def _show_source_error(self, path: Path) -> None:
        source = self.session.source(path)
        if source is not None and source.error is not None:
            errors.show_error(self, source.error)

    # -- view
    def _show_help(self, page: str) -> None:
        from ui.help import show_help

        show_help(self, page)

    def show_tab(self, key: str) -> bool:
        return self.pane.show_tab(key)

    def set_language(self, code: str) -> None:
        self.settings.set_language(code)
        apply_language(code)
        self.menu_actions.set_language(code)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("channelcompare: email and social compared"))
        self.menu_actions.retranslate()
        if self.built:
            self.fetches.retranslate()
            self.update_enabled()

    def update_enabled(self) -> None:
        if not self.built:
            return
        busy = self.imports.busy()
        has_data = self.analysis is not None and self.session.has_data()
        self.menu_actions.cancel_import.setEnabled(busy)
        self.exports.update_actions(has_data, self.pane.current_view())
        self.menu_actions.remove_failed.setEnabled(any(s.failed for s in self.session.sources))

    # -- closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.built:
            self.imports.cancel()
        remember_window(self)
        super().closeEvent(event)

    # -- drops anywhere on the window
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            self.empty_state.set_highlight(True)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 (Qt override)
        self.empty_state.set_highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        self.empty_state.set_highlight(False)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit([str(p) for p in paths])
