"""The window says when what it shows is still coming: never a placeholder period or a "no data" answer."""

from __future__ import annotations

from tests.ui.helpers import DATA, drop, new_window, wait_idle
from ui.i18n import apply_language

EMAIL = DATA / "mailchimp_campaigns.csv"
SOCIAL = DATA / "instagram_posts.csv"


def test_an_import_covers_the_tabs_until_its_numbers_are_on_screen(qtbot) -> None:
    apply_language("en")  # the plural forms
    window = new_window(qtbot)
    seen: list[tuple[bool, bool, str]] = []  # (covered, filter bar shown, status text) at each step
    cover, status = window.pane.cover, window.status.label

    def note(*_args: object) -> None:
        seen.append((cover.isVisible(), window.pane.filter_holder.isVisible(), status.text()))

    window.imports.sourcesChanged.connect(note)
    window.recomputer.busyChanged.connect(note)
    with qtbot.waitSignal(window.imports.started, timeout=5000):
        drop(window, [EMAIL, SOCIAL])
    assert window.stack.currentWidget() is window.pane  # not "drop files here" while they are read
    assert cover.isVisible() and "Importing 2 files" in cover.label.text()
    assert not window.pane.filter_holder.isVisible()  # no period yet: no placeholder dates either
    wait_idle(qtbot, window)
    assert seen and all(covered for covered, _, _ in seen[:-1])
    assert not any(bar for _, bar, _ in seen[:-1])
    assert not any("imported" in text for _, _, text in seen[:-1])  # the message waits for the numbers
    assert not cover.isVisible() and window.pane.filter_holder.isVisible()
    assert status.text() == "2 files imported."
    assert window.views["overview"].comparison is window.analysis.comparison


def test_a_comparison_of_new_data_is_covered_a_quick_filter_change_is_not(qtbot) -> None:
    window = new_window(qtbot)
    drop(window, [EMAIL, SOCIAL])
    wait_idle(qtbot, window)
    covered: list[bool] = []
    window.recomputer.busyChanged.connect(lambda running: covered.append(window.pane.cover.isVisible()))
    window.set_filters({"campaign_contains": "a"})
    wait_idle(qtbot, window)
    assert covered == [False, False]  # quick: no flash
    covered.clear()
    window._remove_source(SOCIAL)
    assert window.pane.cover.isVisible()  # the data changed: the old numbers are not the answer
    wait_idle(qtbot, window)
    assert not window.pane.cover.isVisible()
    assert set(window.views["overview"].comparison.channels) == {"email"}
