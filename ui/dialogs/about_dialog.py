"""The About box: version, what the app does, and that nothing leaves the machine."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from channelcompare import __version__


def about_text() -> str:
    return QCoreApplication.translate(
        "AboutDialog",
        "<b>channelcompare</b> {0}<br><br>Compare email and social campaigns on your own exports, with 95% "
        "confidence intervals, and see where social underperforms email.<br><br>"
        "Everything stays on this computer: files are read locally and nothing is sent anywhere.",
    ).format(__version__)


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("AboutDialog", "About channelcompare"), about_text())
