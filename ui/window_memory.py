"""What the main window remembers between runs: the user's choices and its own shape (through ui.settings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from ui.window_shell import WindowShell

DEFAULT_SIZE = (1280, 800)


def restore_choices(window: WindowShell) -> None:
    """Baseline, opens-as-interactions and charted metric, before the first comparison."""
    choices, settings = window.session.choices, window.settings
    choices.baseline = settings.baseline()
    choices.opens_as_interactions = settings.opens_as_interactions()
    choices.metric = settings.metric()


def restore_window(window: WindowShell) -> None:
    """Size and position: the shell has them before it shows."""
    window.resize(*DEFAULT_SIZE)
    geometry = window.settings.geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)


def restore_panes(window: WindowShell) -> None:
    """Sources panel width, menu check marks, and (once shown) the last tab: once the panes are built."""
    splitter = window.settings.splitter("main")
    if splitter is not None:
        window.splitter.restoreState(splitter)
    window.menu_actions.show_sources.setChecked(True)
    window.menu_actions.opens_as_interactions.setChecked(window.session.choices.opens_as_interactions)
    QTimer.singleShot(0, lambda: window.show_tab(window.settings.current_tab() or "overview"))


def remember_window(window: WindowShell) -> None:
    """Save the window's shape and tab (choices are saved as they change)."""
    settings = window.settings
    settings.set_geometry(window.saveGeometry())
    if not window.built:  # closed before its panes were built: they have nothing to remember yet
        settings.sync()
        return
    settings.set_splitter("main", window.splitter.saveState())
    if window.pane.current_key():
        settings.set_current_tab(window.pane.current_key())
    settings.sync()
