"""File > New / Open / Save As workspace and recent workspaces, and opening the last workspace at start.

A workspace that cannot be opened (damaged, or written by a newer version) is reported with its path, and
the app goes on with the default workspace, or with a new one when the default itself is the problem (a
damaged default is kept aside, renamed, never deleted).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from channelcompare.errors import WorkspaceDamaged, WorkspaceError, WorkspaceTooNew
from channelcompare.workspace import Workspace, default_workspace_path, set_aside
from ui import errors
from ui.settings import Settings
from ui.workspace_sync import WorkspaceSync

if TYPE_CHECKING:
    from ui.window_shell import WindowShell

FILTER = "channelcompare workspace (*.ccws);;All files (*)"


class WorkspaceActions(QObject):
    """The workspace entries of the File menu, and which workspace is open."""

    def __init__(self, window: WindowShell, settings: Settings) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self.sync = WorkspaceSync(window)
        self.last_error: WorkspaceError | None = None
        self.new = QAction(self.tr("&New workspace…"), window)
        self.open = QAction(self.tr("Open &workspace…"), window)
        self.save_as = QAction(self.tr("Save workspace &as…"), window)
        self.recent_menu = QMenu(self.tr("Recent wor&kspaces"), window)
        menu = window.menu_actions.file_menu
        first = menu.actions()[0]  # Open exports…: the workspace entries go above it
        menu.insertActions(first, [self.new, self.open, self.save_as])
        menu.insertMenu(first, self.recent_menu)
        menu.insertSeparator(first)
        self.new.triggered.connect(self.choose_new)
        self.open.triggered.connect(self.choose_open)
        self.save_as.triggered.connect(self.choose_save_as)
        self._fill_recent()

    @property
    def workspace(self) -> Workspace | None:
        return self.sync.workspace

    # -- at start
    def open_at_start(self, requested: str | Path | None = None) -> Workspace:
        """Open `requested`, else the last workspace, else the default one; fall back when one fails."""
        recent = self.settings.recent_workspaces()
        path = Path(requested) if requested else Path(recent[0]) if recent else default_workspace_path()
        if self.switch_to(path):
            assert self.workspace is not None
            return self.workspace
        fallback = self._fallback(path)
        self.switch_to(fallback)
        assert self.workspace is not None
        return self.workspace

    def _fallback(self, failed: Path) -> Path:
        default = default_workspace_path()
        if failed.expanduser().resolve() != default.resolve():
            try:
                with Workspace.open(default) as probe:
                    probe.check()  # every blob: damage must show here, not while it loads
                return default
            except WorkspaceError as error:
                self.last_error, failed = error, default
        if failed.exists() or failed.is_symlink():  # kept under another name (a link too: never followed)
            set_aside(failed, label="newer" if isinstance(self.last_error, WorkspaceTooNew) else "damaged")
        return default

    # -- menu
    def choose_new(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("New workspace"), self._folder(), FILTER)
        if name:
            path = _with_suffix(name)
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)  # the dialog asked before replacing it
            self.switch_to(path)

    def choose_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open workspace"), self._folder(), FILTER)
        if name:
            self.switch_to(Path(name))

    def choose_save_as(self) -> None:
        if self.workspace is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save workspace as"), self._folder(), FILTER
        )
        if name:
            self.save_copy(_with_suffix(name))

    def save_copy(self, path: Path) -> bool:
        """Save As: copy the open workspace to `path` and go on working in the copy."""
        assert self.workspace is not None
        try:
            copy = self.workspace.save_as(path)
        except (WorkspaceError, OSError) as error:
            errors.show_error(self.window, error)
            return False
        self.sync.attach(copy, load=False)
        self._opened(copy)
        return True

    def switch_to(self, path: Path) -> bool:
        """Open the workspace at `path` and show its content; False (and the error shown) when it fails."""
        try:
            workspace = Workspace.open(path)
            try:
                self.sync.attach(workspace)
            except WorkspaceError:  # damage found while its records were read: nothing was written
                self.sync.close()
                raise
        except WorkspaceError as error:
            self.last_error = error
            errors.show_error(self.window, error)
            if isinstance(error, WorkspaceDamaged) or not path.exists():
                self._forget(path)
            return False
        self._opened(workspace)
        return True

    def _opened(self, workspace: Workspace) -> None:
        path = str(workspace.path)
        self.settings.set_recent_workspaces(
            [path] + [p for p in self.settings.recent_workspaces() if p != path]
        )
        self._fill_recent()
        self.window.status.show_message(self.tr("Workspace: {0}").format(workspace.path))

    def _forget(self, path: Path) -> None:
        self.settings.set_recent_workspaces([p for p in self.settings.recent_workspaces() if p != str(path)])
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(self.settings.recent_workspaces(), 1):
            action = self.recent_menu.addAction(f"&{number % 10} {Path(path).name}")
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.switch_to(Path(p)))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    def _folder(self) -> str:
        return str(self.workspace.path.parent) if self.workspace is not None else self.settings.last_folder()


def _with_suffix(name: str) -> Path:
    path = Path(name)
    return path if path.suffix else path.with_suffix(".ccws")


def install_workspace_actions(
    window: WindowShell, settings: Settings, requested: str | None
) -> WorkspaceActions:
    """Add the workspace menu entries to `window` and open the workspace to start with."""
    actions = WorkspaceActions(window, settings)
    actions.open_at_start(requested)
    return actions
