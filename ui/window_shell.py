"""The main window as its controllers see it: the signals and parts they use, declared here.

The controllers (channel rules, exports, fetch, window memory, workspace sync) are built by the window and
handed it; typing them against this class, not ui.main_window.MainWindow, keeps them from importing the
module that imports them (an import circle: none of them could be read or tested without the window).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QSplitter

    from session.analysis import Analysis
    from session.state import Session, Source
    from ui.actions import MainActions
    from ui.analysis_pane import AnalysisPane
    from ui.imports import ImportController
    from ui.settings import Settings
    from ui.sources_panel import SourcesPanel
    from ui.status import ImportStatus


class WindowShell(QMainWindow):
    """What MainWindow offers its controllers. The parts behind pandas exist once `built` is true."""

    filesDropped = Signal(list)
    #: An Analysis, once the views show it (tests and --screenshot wait on it).
    analysisShown = Signal(object)
    #: The parts behind the shell exist (session, imports, panes); see `when_built`.
    partsBuilt = Signal()
    #: A source left the session (path), or its channel was set (path, channel or None): the workspace follows.
    sourceRemoved = Signal(object)
    sourceChannelSet = Signal(object, object)

    settings: Settings
    menu_actions: MainActions
    status: ImportStatus
    built: bool
    analysis: Analysis | None
    session: Session
    imports: ImportController
    pane: AnalysisPane
    sources_panel: SourcesPanel
    splitter: QSplitter
    undo_stack: QUndoStack

    def recompute(self) -> None:
        """Compare again, in the background, with the session's current sources and choices."""
        raise NotImplementedError  # MainWindow's

    def remove_sources(self, paths: list[Path]) -> None:
        """Take the sources at `paths` out of the session (and the workspace), then compare again."""
        raise NotImplementedError  # MainWindow's

    def restore_sources(self, sources: list[tuple[int, Source]]) -> None:
        """Put removed sources back at their positions in the list (and into the workspace)."""
        raise NotImplementedError  # MainWindow's

    def set_source_channel(self, path: Path, channel: str | None) -> None:
        """Count every row of the source at `path` towards `channel` (None: as imported)."""
        raise NotImplementedError  # MainWindow's

    def update_enabled(self) -> None:
        """Enable the menu entries that apply now (data loaded, no import or report running)."""
        raise NotImplementedError  # MainWindow's

    def show_tab(self, key: str) -> bool:
        """Bring the analysis tab `key` to the front; False when there is no such tab."""
        raise NotImplementedError  # MainWindow's
