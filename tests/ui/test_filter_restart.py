"""Issue 15, defect 12: after a restart the filter bar, the figures and the saved state agree."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate

from tests.ui.test_workspace_actions import MAILCHIMP, META, data_home, load, overlap_questions, start

__all__ = ["data_home", "overlap_questions"]  # fixtures used here


def test_a_remembered_start_is_shown_by_the_bar_and_used_by_the_figures(qtbot: Any, data_home: Path) -> None:
    window, actions = start(qtbot)
    load(qtbot, window, actions, MAILCHIMP, META)
    window.set_filters({"start": date(2026, 9, 15), "prorate": True})
    qtbot.waitUntil(lambda: actions.workspace.setting("choices", {}).get("start") == "2026-09-15")
    window.close()
    actions.sync.close()

    window, actions = start(qtbot)
    qtbot.waitUntil(
        lambda: window.analysis is not None and window.analysis.comparison.period is not None, timeout=20000
    )
    bar = window.pane.filter_bar
    comparison = window.analysis.comparison
    assert window.session.choices.start == date(2026, 9, 15) and window.session.choices.prorate
    assert comparison.period[0] == date(2026, 9, 15)  # the figures use the remembered start
    assert bar.start_edit.date() == QDate(2026, 9, 15)  # before: 1 September until Reset
    assert bar.prorate.isChecked()
    assert bar.filters()["start"] == date(2026, 9, 15)
    actions.sync.close()
