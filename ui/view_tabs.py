"""The analysis tabs built from the views package (ui/views), and their titles in the current language."""

from __future__ import annotations

import importlib
import importlib.util

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

#: Tab key -> (module, class) of its view. Campaigns is the shell's own table (ui.campaigns_view).
VIEWS = {
    "overview": ("ui.views.overview", "OverviewView"),
    "timing": ("ui.views.timing", "TimingView"),
    "trends": ("ui.views.trends", "TrendsView"),
    "funnel": ("ui.views.funnel", "FunnelView"),
}


def build_view(key: str) -> QWidget | None:
    """A new view for tab `key`, or None while its module is not part of the code base yet."""
    module_name, class_name = VIEWS[key]
    if importlib.util.find_spec(module_name) is None:
        return None
    view = getattr(importlib.import_module(module_name), class_name)()
    assert isinstance(view, QWidget)
    return view


def tab_title(key: str) -> str:
    titles = {
        "overview": QCoreApplication.translate("MainWindow", "Overview"),
        "campaigns": QCoreApplication.translate("MainWindow", "Campaigns"),
        "timing": QCoreApplication.translate("MainWindow", "Timing"),
        "trends": QCoreApplication.translate("MainWindow", "Trends"),
        "funnel": QCoreApplication.translate("MainWindow", "Funnel"),
    }
    return titles.get(key, key)
