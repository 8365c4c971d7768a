"""The one error funnel: expected errors as a message box with details, unexpected ones logged and shown."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from channelcompare.errors import ChannelCompareError

log = logging.getLogger("channelcompare")


_interactive = True


def set_interactive(value: bool) -> None:
    """False for unattended runs (--screenshot): errors are logged instead of waiting in a dialog."""
    global _interactive
    _interactive = value


def is_interactive() -> bool:
    return _interactive


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Show `error` to the user: its title and message, with the technical detail folded away."""
    if not _interactive:
        log.error("%s: %s", getattr(error, "title", type(error).__name__), error)
        return
    box = QMessageBox(parent)
    box.setIcon(
        QMessageBox.Icon.Warning if isinstance(error, ChannelCompareError) else QMessageBox.Icon.Critical
    )
    if isinstance(error, ChannelCompareError):
        box.setWindowTitle(error.title)
        box.setText(error.message)
        detail = error.detail or ""
    else:
        box.setWindowTitle("Unexpected error")
        box.setText(f"channelcompare hit an unexpected error: {type(error).__name__}: {error}")
        detail = "".join(traceback.format_exception(error))
    if detail:
        box.setDetailedText(detail)
    box.exec()


def install_excepthook() -> None:
    """Log unexpected exceptions (main thread and worker threads) and show them in a dialog."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error", exc_info=(kind, error, tb))
        if QApplication.instance() is not None:
            show_error(QApplication.activeWindow(), error.with_traceback(tb))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log.error(
                "Unexpected error in a thread", exc_info=(args.exc_type, args.exc_value, args.exc_traceback)
            )

    sys.excepthook = hook
    threading.excepthook = thread_hook
