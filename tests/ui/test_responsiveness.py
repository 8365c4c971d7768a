"""What keeps the window responsive with a million rows, checked on small files: the heavy steps run in
the worker, and a filter change does not redo work that only a data change needs."""

from __future__ import annotations

import threading

import pytest

from channelcompare.model import concat_records
from session import state
from tests.ui.helpers import DATA, new_window, wait_idle

EMAIL = DATA / "mailchimp_campaigns.csv"
SOCIAL = DATA / "instagram_posts.csv"


def test_the_records_are_put_together_in_the_worker_and_kept_by_the_session(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[bool] = []

    def watched(frames):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return concat_records(frames)

    monkeypatch.setattr(state, "concat_records", watched)
    window = new_window(qtbot)
    window.open_paths([EMAIL, SOCIAL])
    wait_idle(qtbot, window)
    assert threads and not any(threads)  # every concatenation ran off the GUI thread
    calls = len(threads)
    records = window.session.records()  # adopted from the worker: no new concatenation
    assert len(threads) == calls
    assert set(records["source_file"]) == {EMAIL.name, SOCIAL.name}
    window.set_filters({"channels": ("email",)})
    wait_idle(qtbot, window)
    assert len(threads) == calls  # a filter change reuses the records and their aggregate


def test_records_of_an_older_session_state_are_not_adopted(qtbot) -> None:
    session = state.Session()
    job = session.records_job()
    session.remove(EMAIL)  # the sources change while a worker builds `job`
    session.adopt(job.version, job.build())
    assert session._records is None
    fresh = session.records_job()
    session.adopt(fresh.version, fresh.build())
    assert session._records is not None


def test_a_filter_change_keeps_the_column_widths(qtbot) -> None:
    window = new_window(qtbot)
    window.open_paths([EMAIL, SOCIAL])
    wait_idle(qtbot, window)
    assert window.show_tab("campaigns")
    table = window.campaigns.table
    name_column = window.campaigns.model.frame().columns.get_loc("campaign_name")
    fitted = [table.columnWidth(c) for c in range(window.campaigns.model.columnCount())]
    assert all(0 < width <= 320 for width in fitted)
    assert fitted[name_column] > table.fontMetrics().horizontalAdvance("Campaign")  # fits its texts
    table.setColumnWidth(name_column, 123)  # the user narrows a column...
    window.set_filters({"channels": ("email",)})
    wait_idle(qtbot, window)
    assert window.campaigns.model.rowCount() > 0
    assert table.columnWidth(name_column) == 123  # ...and a filter change keeps it


def test_only_the_tab_on_screen_redraws_and_the_others_when_shown(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[str] = []
    window = new_window(qtbot)
    filled: list[int] = []
    real_fill = window.campaigns.set_campaigns
    monkeypatch.setattr(
        window.campaigns, "set_campaigns", lambda *args: (filled.append(len(args[0])), real_fill(*args))
    )
    for key in ("overview", "timing", "trends", "funnel", "sales"):
        view = window.views[key]
        real = view.set_comparison
        monkeypatch.setattr(
            view, "set_comparison", lambda c, key=key, real=real: (drawn.append(key), real(c))
        )
    window.pane.show_tab("overview")
    window.open_paths([EMAIL, SOCIAL])
    wait_idle(qtbot, window)
    assert drawn == ["overview"]
    assert window.pane.show_tab("trends")
    assert drawn == ["overview", "trends"]
    window.pane.show_tab("overview")  # shown already: not redrawn
    assert drawn == ["overview", "trends"] and filled == []  # the Campaigns table too waits to be shown
    window.pane.show_tab("campaigns")
    assert filled == [len(window.analysis.campaigns)] and filled[0] > 0
    window.pane.show_tab("overview")
    window.set_filters({"channels": ("email",)})
    wait_idle(qtbot, window)
    assert drawn == ["overview", "trends", "overview"]
