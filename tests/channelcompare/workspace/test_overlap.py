"""Overlapping exports never double count by default: replace (default), skip, or keep both on request."""

from __future__ import annotations

from datetime import date

import pandas as pd

from channelcompare.workspace import Workspace, overlap, records
from tests.channelcompare.workspace.conftest import daily_export, mailchimp_export, period_export

CAMPAIGNS = 2
CLICKS_PER_ROW = 100.0


def test_monthly_after_weekly_replaces_the_weekly_rows_by_default(workspace: Workspace) -> None:
    weekly = workspace.add_import(daily_export("week36.csv", range(1, 8)), "w")
    found = workspace.overlaps(daily_export("september.csv", range(1, 31)))
    assert [(o.source_id, o.campaigns, o.campaign_days) for o in found] == [(weekly.source_id, 2, 14)]
    assert (found[0].first_day, found[0].last_day) == (date(2026, 9, 1), date(2026, 9, 7))
    monthly = workspace.add_import(daily_export("september.csv", range(1, 31)), "m")
    assert (monthly.rows_added, monthly.rows_replaced) == (60, 14)
    assert "replaced" in monthly.message and "week36.csv" in monthly.message
    stored = workspace.records()
    assert stored["clicks"].sum() == 30 * CAMPAIGNS * CLICKS_PER_ROW  # each campaign-day once
    assert set(stored["source_file"]) == {"september.csv"}
    week = next(s for s in workspace.sources() if s.id == weekly.source_id)
    assert (week.rows, week.superseded_rows, week.counting_rows) == (14, 14, 0)


def test_keep_both_counts_both_only_when_asked(workspace: Workspace) -> None:
    workspace.add_import(daily_export("week36.csv", range(1, 8)), "w")
    outcome = workspace.add_import(daily_export("september.csv", range(1, 31)), "m", overlap="keep_both")
    assert (outcome.rows_added, outcome.rows_replaced) == (60, 0)
    assert "counted twice" in outcome.message
    assert workspace.records()["clicks"].sum() == (30 + 7) * CAMPAIGNS * CLICKS_PER_ROW


def test_skip_keeps_the_older_rows_and_adds_only_new_days(workspace: Workspace) -> None:
    workspace.add_import(daily_export("week36.csv", range(1, 8)), "w")
    outcome = workspace.add_import(daily_export("september.csv", range(1, 31)), "m", overlap="skip")
    assert (outcome.rows_added, outcome.rows_skipped) == (46, 14)
    stored = workspace.records()
    assert stored["clicks"].sum() == 30 * CAMPAIGNS * CLICKS_PER_ROW
    assert (stored["source_file"] == "week36.csv").sum() == 14


def test_removing_the_newer_import_brings_the_replaced_rows_back(workspace: Workspace) -> None:
    workspace.add_import(daily_export("week36.csv", range(1, 8)), "w")
    workspace.add_import(daily_export("week37.csv", range(8, 15)), "w2")
    monthly = workspace.add_import(daily_export("september.csv", range(1, 31)), "m")
    assert monthly.rows_replaced == 28
    workspace.remove_source(monthly.source_id)
    stored = workspace.records()
    assert len(stored) == 28 and stored["clicks"].sum() == 14 * CAMPAIGNS * CLICKS_PER_ROW
    assert all(s.superseded_rows == 0 for s in workspace.sources())
    # the restored rows take part in overlap detection again
    assert [o.source_id for o in workspace.overlaps(daily_export("again.csv", [3]))] == [1]


def test_restored_rows_that_repeat_another_import_stay_out(workspace: Workspace) -> None:
    workspace.add_import(daily_export("week36.csv", range(1, 8)), "w")
    monthly = workspace.add_import(daily_export("september.csv", range(1, 31)), "m")
    workspace.add_import(daily_export("week36-bis.csv", range(1, 8)), "w-bis", overlap="keep_both")
    workspace.remove_source(monthly.source_id)
    assert workspace.records()["clicks"].sum() == 7 * CAMPAIGNS * CLICKS_PER_ROW


def test_a_longer_period_row_replaced_by_shorter_rows_is_reported(workspace: Workspace) -> None:
    workspace.add_import(period_export("september-total.csv", 1, 30), "total")
    outcome = workspace.add_import(period_export("week36.csv", 1, 7), "week")
    assert (outcome.rows_replaced, outcome.rows_partly_covered) == (1, 1)
    assert "also covered days this file lacks" in outcome.message


def test_other_platforms_campaigns_and_days_do_not_overlap(workspace: Workspace) -> None:
    workspace.add_import(daily_export("week36.csv", range(1, 8)), "w")
    assert workspace.overlaps(daily_export("week37.csv", range(8, 15))) == []
    assert workspace.overlaps(daily_export("other.csv", range(1, 8), campaigns=("Noël",))) == []
    outcome = workspace.add_import(mailchimp_export(), "mc")
    assert (outcome.rows_added, outcome.overlaps) == (2, ())


def test_row_keys_cover_each_day_of_a_row_and_fall_back_to_the_campaign_name() -> None:
    frame = pd.DataFrame(
        {
            "platform": [None, "meta", "meta"],
            "campaign_id": [None, "  ", "42"],
            "campaign_name": ["Rentrée", "Soldes", None],
            "start": ["2026-09-01 00:00", "2026-09-29 18:00", None],
            "end": ["2026-09-03 00:00", None, None],
        }
    )
    keys = overlap.row_keys(records.to_arrow(frame), fallback_platform="facebook")
    assert keys["row"].tolist() == [0, 0, 0, 1]  # the undated row has no key
    assert keys["platform"].tolist() == ["facebook"] * 3 + ["meta"]
    assert keys["campaign"].tolist() == ["Rentrée"] * 3 + ["Soldes"]
    days = [overlap.day_to_date(int(day)) for day in keys["day"]]
    assert days == [date(2026, 9, 1), date(2026, 9, 2), date(2026, 9, 3), date(2026, 9, 29)]
