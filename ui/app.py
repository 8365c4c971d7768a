"""Starts the Qt application: names for QSettings, INI settings, the error hook, the main window."""

from __future__ import annotations

import argparse
import logging

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from channelcompare import APP_NAME, ORG_NAME, __version__
from ui.errors import install_excepthook
from ui.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, configured once (organisation and application names, INI settings)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or ["channelcompare"])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    return app


def run_gui(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_application()
    install_excepthook()
    window = MainWindow()
    if args.screenshot:
        width, height = (int(v) for v in args.size.lower().split("x"))
        window.resize(width, height)
        window.show()
        QTimer.singleShot(300, lambda: (window.grab().save(args.screenshot), app.quit()))
    else:
        window.show()
    return app.exec()
