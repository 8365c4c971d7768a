"""Starts the Qt application: names for QSettings, INI settings, language, the error hook, the window.

The window paints its shell first; the workspace and the files to open come once its parts are built.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QSettings, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from channelcompare import APP_NAME, ORG_NAME, __version__
from channelcompare.resources import resource_path, sample_files
from ui import errors
from ui.errors import install_excepthook
from ui.i18n import apply_language
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.single_instance import InstanceServer, hand_over, local_paths, server_name

log = logging.getLogger(__name__)
#: --screenshot gives up (exit 1) when the imports and the comparison take longer than this.
SCREENSHOT_TIMEOUT_MS = 120_000


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, configured once (organisation and application names, INI settings)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or ["channelcompare"])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app.setDesktopFileName(APP_NAME)  # matches channelcompare.desktop (Wayland picks the icon from it)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The icon drawn by scripts/draw_icon.py, every size (Qt picks the nearest for title bar and dock)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", f"channelcompare-{size}.png")))
    return icon


def run_gui(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_application()
    settings = Settings()
    args.files = local_paths(args.files)  # absolute: a running instance has another working folder
    # One window per workspace: the one given, else the default one in this user's data folder.
    instance = server_name(args.workspace or str(settings.data_folder()))
    if not args.screenshot and hand_over(instance, args.files):
        return 0  # the window already open on this workspace imports them
    install_excepthook()
    language = apply_language(args.lang or settings.language())  # --lang is for this run only
    window = MainWindow(settings, deferred=True)  # paints its shell, then builds the rest
    window.menu_actions.set_language(language)
    if args.screenshot:
        errors.set_interactive(False)
        width, height = (int(v) for v in args.size.lower().split("x"))
        window.resize(width, height)
        window.screenshot = Screenshot(window, Path(args.screenshot), args.tab)  # kept alive by the window
    else:  # a screenshot is a private run: it never receives another start's files
        window.instance_server = InstanceServer(instance, lambda paths: receive(window, paths), window)
    window.show()
    window.when_built(lambda: open_at_start(window, settings, args))
    status = app.exec()
    # A cancelled import or a comparison may still be finishing: let it end before Python tears down.
    QThreadPool.globalInstance().waitForDone(10_000)
    return status


def receive(window: MainWindow, paths: list[Path]) -> None:
    """Files another start handed over: imported as a drop would be, and the window comes to the front."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    if paths:
        window.when_built(lambda: window.open_paths(paths))


def open_at_start(window: MainWindow, settings: Settings, args: argparse.Namespace) -> None:
    """The workspace (the last one opens), then the files given, or the sample data into an empty one."""
    if args.workspace or not args.screenshot:  # a screenshot never writes into the user's workspace
        from ui.workspace_actions import install_workspace_actions

        install_workspace_actions(window, settings, args.workspace)  # kept by the window
    if args.files:
        window.open_paths(list(args.files))
    elif not args.no_sample and sample_files() and not window.session.sources:
        window.open_sample_data()


class Screenshot:
    """Waits until imports and the comparison are done, shows the tab, saves the window as PNG, quits."""

    def __init__(self, window: MainWindow, out: Path, tab: str | None) -> None:
        self.window, self.out, self.tab = window, out, tab
        self.clock = QElapsedTimer()
        self.clock.start()
        self.timer = QTimer(window)
        self.timer.timeout.connect(self._poll)
        self.timer.start(100)
        self._settled = 0

    def _poll(self) -> None:
        window = self.window
        if not window.built:  # the parts come after the first paint; then the workspace and the files
            self._settled = 0
            return
        busy = window.imports.busy() or window.recomputer.busy()
        waiting = bool(window.session.has_data()) and window.analysis is None
        if self.clock.elapsed() > SCREENSHOT_TIMEOUT_MS:
            log.error("--screenshot: still busy after %d s; giving up", SCREENSHOT_TIMEOUT_MS // 1000)
            QApplication.exit(1)
            return
        if busy or waiting:
            self._settled = 0
            return
        if self.tab and not window.show_tab(self.tab):
            log.error("--tab: no tab named %r; tabs: %s", self.tab, ", ".join(window.views))
            QApplication.exit(2)
            return
        self._settled += 1
        if self._settled >= 5:  # half a second idle: layouts and charts have settled
            self.timer.stop()
            saved = window.grab().save(str(self.out))
            QApplication.exit(0 if saved else 1)
