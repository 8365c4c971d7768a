"""Storing imports: every detail comes back as it went in, and every change is committed at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from channelcompare.errors import WorkspaceError
from channelcompare.model import COLUMNS, empty_records
from channelcompare.sources import Rejection
from channelcompare.workspace import Workspace, imports
from tests.channelcompare.workspace.conftest import daily_export, mailchimp_export


def test_a_new_workspace_is_created_empty_in_wal_mode(workspace_path: Path) -> None:
    with Workspace.open(workspace_path) as ws:
        assert ws.sources() == []
        pd.testing.assert_frame_equal(ws.records(), empty_records())
    connection = sqlite3.connect(workspace_path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()


def test_records_come_back_with_canonical_dtypes_and_missing_stays_missing(workspace: Workspace) -> None:
    result = mailchimp_export()
    workspace.add_import(result, "hash-mc")
    stored = workspace.records()
    assert tuple(stored.columns) == COLUMNS
    pd.testing.assert_frame_equal(
        stored.drop(columns="source_file"), result.records.drop(columns="source_file")
    )
    assert np.isnan(stored.loc[1, "clicks"]) and np.isnan(stored.loc[0, "revenue"])  # never 0
    assert pd.isna(stored.loc[1, "start"])
    assert stored["source_file"].tolist() == ["campaigns.csv", "campaigns.csv"]  # filled when missing


def test_source_details_rejections_and_warnings_are_kept(workspace_path: Path) -> None:
    mapping = {"Emails Sent": "sent", "Unique Clicks": "clicks"}
    with Workspace.open(workspace_path) as ws:
        outcome = ws.add_import(mailchimp_export(), "hash-mc", mapping=mapping)
    with Workspace.open(workspace_path) as ws:  # reopened: nothing needed saving
        (source,) = ws.sources()
        assert (source.id, source.file_name, source.path) == (
            outcome.source_id,
            "campaigns.csv",
            "/exports/campaigns.csv",
        )
        assert (source.content_hash, source.format_id, source.platform) == (
            "hash-mc",
            "mailchimp_campaigns",
            "mailchimp",
        )
        assert source.mapping == mapping
        assert source.warnings == ("2 campaigns have more clicks than opens",)
        assert (source.rows, source.counting_rows, source.currency) == (2, 2, "EUR")
        assert source.first_day is not None and source.first_day.isoformat() == "2026-09-03"
        assert ws.rejections(source.id) == [Rejection(7, "Emails Sent", "'lots' is not a number")]
        assert source.imported_at[:4].isdigit()


def test_the_same_content_again_adds_nothing_and_says_so(workspace: Workspace) -> None:
    first = workspace.add_import(daily_export("week36.csv", range(1, 8)), "same-hash")
    before = workspace.records()
    again = workspace.add_import(daily_export("week36 (1).csv", range(1, 8)), "same-hash")
    assert (again.status, again.source_id, again.rows_added) == ("duplicate", first.source_id, 0)
    assert "already in this workspace" in again.message and "week36.csv" in again.message
    assert len(workspace.sources()) == 1
    pd.testing.assert_frame_equal(workspace.records(), before)
    assert workspace.find_source_by_hash("same-hash") == workspace.sources()[0]
    assert workspace.find_source_by_hash("other") is None


def test_a_failing_import_leaves_no_trace(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace.add_import(daily_export("week36.csv", range(1, 8)), "h1")
    before = workspace.records()

    def fail(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(imports, "write_records", fail)
    with pytest.raises(OSError, match="disk full"):
        workspace.add_import(daily_export("month.csv", range(1, 31)), "h2")
    assert [s.content_hash for s in workspace.sources()] == ["h1"]
    pd.testing.assert_frame_equal(workspace.records(), before)


def test_source_channel_override_and_removal(workspace: Workspace) -> None:
    meta = workspace.add_import(daily_export("week36.csv", range(1, 8)), "h1")
    mail = workspace.add_import(mailchimp_export(), "h2")
    workspace.set_source_channel(meta.source_id, "organic_social")
    assert set(workspace.records(meta.source_id)["channel"]) == {"organic_social"}
    assert set(workspace.records(mail.source_id)["channel"]) == {"email"}
    workspace.set_source_channel(meta.source_id, None)
    assert set(workspace.records(meta.source_id)["channel"]) == {"paid_social"}
    with pytest.raises(ValueError, match="unknown channel"):
        workspace.set_source_channel(meta.source_id, "carrier pigeon")
    workspace.remove_source(meta.source_id)
    assert [s.id for s in workspace.sources()] == [mail.source_id]
    assert len(workspace.records()) == 2
    with pytest.raises(WorkspaceError, match="no import number"):
        workspace.remove_source(meta.source_id)


def test_settings_rules_mappings_and_costs_persist(workspace_path: Path) -> None:
    rules = [{"source": "newsletter", "medium": "*", "channel": "email"}]
    with Workspace.open(workspace_path) as ws:
        ws.set_setting("baseline", "email")
        ws.set_setting("filters", {"channels": ["email", "paid_social"], "from": "2026-09-01"})
        ws.set_setting("obsolete", 1)
        ws.set_setting("obsolete", None)
        ws.set_channel_rules(rules)
        ws.set_column_mapping("date;clics;coût", {"clics": "clicks", "coût": "cost"})
        ws.set_effort_cost("email", 450.0)
        ws.set_effort_cost("organic_social", 900.0)
        ws.set_effort_cost("organic_social", None)
    with Workspace.open(workspace_path) as ws:
        assert ws.settings() == {
            "baseline": "email",
            "filters": {"channels": ["email", "paid_social"], "from": "2026-09-01"},
        }
        assert ws.setting("missing", "default") == "default"
        assert ws.channel_rules() == rules and ws.channel_rules("other") is None
        assert ws.column_mappings() == {"date;clics;coût": {"clics": "clicks", "coût": "cost"}}
        assert ws.column_mapping("date;clics;coût") == {"clics": "clicks", "coût": "cost"}
        assert ws.effort_costs() == {"email": 450.0}


def test_an_unknown_overlap_choice_is_refused(workspace: Workspace) -> None:
    with pytest.raises(ValueError, match="overlap must be one of"):
        workspace.add_import(daily_export("a.csv", [1]), "h", overlap="merge")  # type: ignore[arg-type]
    assert workspace.sources() == []


def test_import_results_give_each_source_back_with_only_the_rows_that_count(workspace: Workspace) -> None:
    workspace.add_import(daily_export("week36.csv", range(1, 8)), "w")
    workspace.add_import(daily_export("september.csv", range(1, 31)), "m")
    workspace.add_import(mailchimp_export(), "mc")
    results = workspace.import_results()
    assert [(r.path, r.platform, r.rows) for r in results] == [
        ("/exports/week36.csv", "meta", 0),
        ("/exports/september.csv", "meta", 60),
        ("/exports/campaigns.csv", "mailchimp", 2),
    ]
    assert results[2].rejected == mailchimp_export().rejected and results[2].currency == "EUR"
    assert results[2].warnings == mailchimp_export().warnings


def test_save_as_copies_everything_and_leaves_the_original_as_it_was(
    workspace: Workspace, tmp_path: Path
) -> None:
    workspace.add_import(daily_export("week36.csv", range(1, 8)), "w")
    workspace.add_import(daily_export("september.csv", range(1, 31)), "m")
    workspace.set_setting("baseline", "email")
    target = tmp_path / "copies" / "client-b.ccws"
    target.parent.mkdir()
    target.write_bytes(b"an older file in the way")
    with workspace.save_as(target) as copy:
        assert copy.path == target
        assert copy.sources() == workspace.sources() and copy.settings() == {"baseline": "email"}
        pd.testing.assert_frame_equal(copy.records(), workspace.records())
        copy.remove_source(2)
        assert len(copy.records()) == 14
    assert len(workspace.records()) == 60
