from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from tests.ui.helpers import DATA, new_window, wait_idle
from ui.i18n import apply_language
from ui.main_window import MainWindow

EMAIL = DATA / "mailchimp_campaigns.csv"
SOCIAL = DATA / "facebook_posts.csv"


def test_switching_language_retranslates_the_window(qtbot) -> None:
    window = new_window(qtbot)
    window.open_paths([EMAIL, SOCIAL])
    wait_idle(qtbot, window)
    assert window.show_tab("campaigns")
    try:
        window.set_language("fr")
        QCoreApplication.processEvents()
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&Fichier", "É&dition", "&Affichage", "Ai&de"]
        tabs = [window.pane.tabs.tabText(i) for i in range(window.pane.tabs.count())]
        assert tabs == ["Vue d'ensemble", "Campagnes", "Horaires", "Tendances", "Entonnoir", "Ventes"]
        assert window.status.cancel_button.text() == "Annuler"
        assert window.campaigns.model.headerData(0, 1) == "Campagne ou publication"
        assert QLocale().language() == QLocale.Language.French
        assert window.show_tab("overview")
        overview = window.views["overview"]
        assert overview.comparison is not None  # rebuilt views show the same analysis
        assert window.settings.language() == "fr"
        window.set_language("en")
        QCoreApplication.processEvents()
        assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
        assert window.pane.tabs.tabText(0) == "Overview"
    finally:
        apply_language("en")
        QCoreApplication.processEvents()


def test_settings_survive_a_restart(qtbot) -> None:
    first = new_window(qtbot)
    first.resize(780, 640)  # within the 800x800 offscreen screen: restoreGeometry keeps it on screen
    first.open_paths([EMAIL, SOCIAL])
    wait_idle(qtbot, first)
    first.set_baseline("organic_social")
    first.set_metric("interaction_rate")
    first.menu_actions.opens_as_interactions.setChecked(True)
    first.show_tab("timing")
    wait_idle(qtbot, first)
    first.splitter.setSizes([300, 470])
    sources_width = first.splitter.sizes()[0]
    first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (780, 640)
    assert second.splitter.sizes()[0] == sources_width
    assert second.session.choices.baseline == "organic_social"
    assert second.session.choices.metric == "interaction_rate"
    assert second.session.choices.opens_as_interactions and second.menu_actions.opens_as_interactions.isChecked()
    assert second.settings.recent_files()[:2] == [str(SOCIAL), str(EMAIL)]
    recent = [a.text() for a in second.menu_actions.recent_menu.actions() if a.text()]
    assert any(SOCIAL.name in text for text in recent)
    qtbot.waitUntil(lambda: second.pane.current_key() == "timing", timeout=2000)
    second.open_paths([EMAIL, SOCIAL])
    wait_idle(qtbot, second)
    assert second.analysis is not None and second.analysis.comparison.baseline == "organic_social"


def test_tab_goes_filters_then_tabs_then_sources(qtbot) -> None:
    window = new_window(qtbot)
    window.open_paths([EMAIL, SOCIAL])
    wait_idle(qtbot, window)
    order = []
    widget = window.pane.filter_bar.start_edit
    for _ in range(600):  # the chain holds every widget, focusable or not
        order.append(widget)
        widget = widget.nextInFocusChain()
    focusable = [w for w in order if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(window)]
    tab_bar = window.pane.tabs.tabBar()
    rows = window.sources_panel.row_widgets()
    assert focusable.index(tab_bar) < focusable.index(rows[0].remove) < focusable.index(rows[1].channel)
    assert focusable.index(rows[1].channel) < focusable.index(window.sources_panel.add_button)


def test_open_recent_reimports_and_forgets_files_that_are_gone(qtbot, tmp_path) -> None:
    gone = tmp_path / "deleted.csv"
    window = new_window(qtbot)
    window.settings.add_recent_file(str(gone))
    window.settings.add_recent_file(str(EMAIL))
    window.menu_actions.set_recent(window.settings.recent_files())
    entries = [a for a in window.menu_actions.recent_menu.actions() if a.text() and a.isEnabled()]
    assert [a.toolTip() for a in entries[:2]] == [str(EMAIL), str(gone)]
    entries[1].trigger()
    assert window.settings.recent_files() == [str(EMAIL)] and "deleted.csv" in window.status.label.text()
    entries = [a for a in window.menu_actions.recent_menu.actions() if a.text() and a.isEnabled()]  # rebuilt
    assert [a.toolTip() for a in entries[:1]] == [str(EMAIL)]
    entries[0].trigger()
    wait_idle(qtbot, window)
    assert [s.name for s in window.session.sources] == [EMAIL.name]


def test_a_metric_chosen_in_one_view_is_charted_by_every_view(qtbot) -> None:
    window = new_window(qtbot)
    window.open_paths([EMAIL, SOCIAL])
    wait_idle(qtbot, window)
    trends = window.views["trends"]
    trends.metricChanged.emit("interaction_rate")
    assert window.session.choices.metric == "interaction_rate" == window.settings.metric()
    assert window.views["overview"].current_metric == "interaction_rate"
