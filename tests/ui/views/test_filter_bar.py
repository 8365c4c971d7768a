from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from channelcompare.compare import CompareOptions, compare
from ui.views.filter_bar import FilterBar

SEPTEMBER = (date(2026, 9, 1), date(2026, 9, 30))


def make_bar(qtbot) -> FilterBar:  # type: ignore[no-untyped-def]
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_available(
        ["email", "organic_social", "paid_social"], ["mailchimp", "instagram", "meta"], SEPTEMBER
    )
    return bar


def test_starts_unfiltered_over_the_whole_period(qtbot) -> None:
    bar = make_bar(qtbot)
    assert bar.filters() == {
        "start": None,
        "end": None,
        "channels": None,
        "platforms": None,
        "campaign_contains": None,
        "period_over_period": False,
        "prorate": False,
    }
    assert bar.start_edit.date() == QDate(2026, 9, 1) and bar.end_edit.date() == QDate(2026, 9, 30)
    assert bar.start_edit.calendarPopup()


def test_unchecking_a_channel_emits_the_others(qtbot) -> None:
    bar = make_bar(qtbot)
    with qtbot.waitSignal(bar.filtersChanged, timeout=1000) as signal:
        bar.channels.actions_["paid_social"].setChecked(False)
    assert signal.args[0]["channels"] == ("email", "organic_social")
    assert bar.channels.text() == "Channels: 2 of 3"


def test_dates_emit_and_stay_in_order(qtbot) -> None:
    bar = make_bar(qtbot)
    with qtbot.waitSignal(bar.filtersChanged, timeout=1000) as signal:
        bar.start_edit.setDate(QDate(2026, 9, 8))
    assert signal.args[0]["start"] == date(2026, 9, 8) and signal.args[0]["end"] == date(2026, 9, 30)
    bar.start_edit.setDate(QDate(2026, 10, 5))  # past the end: the end follows
    assert bar.end_edit.date() == QDate(2026, 10, 5)


def test_campaign_text_is_debounced_into_one_signal(qtbot) -> None:
    bar = make_bar(qtbot)
    received = []
    bar.filtersChanged.connect(received.append)
    for text in ("r", "re", "ren", "rentrée"):
        bar.campaign.setText(text)
    assert received == []
    qtbot.waitUntil(lambda: len(received) == 1, timeout=2000)
    assert received[0]["campaign_contains"] == "rentrée"


def test_set_filters_restores_without_emitting_and_reset_clears(qtbot) -> None:
    bar = make_bar(qtbot)
    saved = {"start": date(2026, 9, 10), "end": date(2026, 9, 20), "channels": ("email",), "platforms": None,
             "campaign_contains": "NL", "period_over_period": True, "prorate": True}  # fmt: skip
    with qtbot.assertNotEmitted(bar.filtersChanged, wait=400):
        bar.set_filters(saved)
    assert bar.filters() == saved
    with qtbot.waitSignal(bar.filtersChanged, timeout=1000) as signal:
        bar.reset.click()
    assert signal.args[0]["channels"] is None and signal.args[0]["campaign_contains"] is None
    assert signal.args[0]["start"] is None and signal.args[0]["period_over_period"] is True


def test_filters_are_compare_options(qtbot, records) -> None:
    bar = make_bar(qtbot)
    bar.set_filters(
        {"start": date(2026, 9, 1), "end": date(2026, 9, 15), "channels": ("email", "paid_social")}
    )
    result = compare(records, CompareOptions(baseline="email", **bar.filters()))
    assert set(result.channels) == {"email", "paid_social"}


def test_chosen_filters_are_shown_when_the_data_is_offered(qtbot) -> None:
    """Issue 15, defect 12: after a restart the bar shows the remembered start, the figures' own period."""
    bar = FilterBar()
    qtbot.addWidget(bar)
    chosen = {"start": date(2026, 9, 15), "end": None, "channels": None, "platforms": ("meta",),
              "campaign_contains": None, "period_over_period": False, "prorate": True}  # fmt: skip
    with qtbot.assertNotEmitted(bar.filtersChanged, wait=100):
        bar.set_available(["email", "paid_social"], ["mailchimp", "meta"], SEPTEMBER, chosen)
    assert bar.start_edit.date() == QDate(2026, 9, 15) and bar.end_edit.date() == QDate(2026, 9, 30)
    shown = bar.filters()
    assert (shown["start"], shown["end"], shown["platforms"], shown["prorate"]) == (
        date(2026, 9, 15), date(2026, 9, 30), ("meta",), True,
    )  # fmt: skip
