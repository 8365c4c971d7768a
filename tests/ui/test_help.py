"""Help: the guide, the keyboard shortcuts and the metric definitions, offline, in English and French."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tests.ui.helpers import new_window
from ui.help import METRICS_DOC, HelpDialog
from ui.i18n import apply_language


def test_f1_opens_the_guide_and_the_menu_opens_every_page(qtbot) -> None:
    apply_language("en")
    window = new_window(qtbot)
    actions = window.menu_actions
    assert actions.guide.shortcut().toString() == "F1"
    assert (
        actions.guide in actions.help_menu.actions() and actions.metrics_help in actions.help_menu.actions()
    )
    actions.guide.trigger()
    dialog = window.findChild(HelpDialog)
    assert dialog is not None and dialog.isVisible()
    guide = dialog.pages["guide"].toPlainText()
    assert "Reports → select the campaigns → Export as CSV" in guide and "Shopify" in guide
    actions.shortcuts.trigger()
    assert window.findChildren(HelpDialog) == [dialog]  # one dialog, brought to the page asked for
    assert dialog.tabs.currentWidget() is dialog.pages["shortcuts"]
    assert "Ctrl+Shift+Z" in dialog.pages["shortcuts"].toPlainText()
    actions.metrics_help.trigger()
    metrics = dialog.pages["metrics"].toPlainText()
    assert dialog.tabs.currentWidget() is dialog.pages["metrics"]
    first_heading = next(line for line in METRICS_DOC.read_text().splitlines() if line.startswith("## "))
    assert first_heading[3:] in metrics  # docs/metrics.md itself, rendered
    assert "Click rate" in metrics and "#" not in metrics.splitlines()[0]


def test_the_help_reads_in_french(qtbot) -> None:
    window = new_window(qtbot)
    try:
        window.set_language("fr")
        QCoreApplication.processEvents()
        assert window.menu_actions.metrics_help.text() == "Définitions des &mesures"
        window.menu_actions.guide.trigger()
        dialog = window.findChild(HelpDialog)
        assert dialog.windowTitle() == "Aide de channelcompare"
        assert "Que faut-il exporter, et où" in dialog.pages["guide"].toPlainText()
        assert "Taux de clics" in dialog.pages["metrics"].toPlainText()
    finally:
        window.set_language("en")
