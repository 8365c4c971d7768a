"""A workspace written by schema version 1 opens in this version, with nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from channelcompare.workspace import SCHEMA_VERSION, Workspace
from tests.channelcompare.workspace.conftest import daily_export

V1_FILE = Path(__file__).with_name("data") / "v1.ccws"


def _version(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


def test_the_kept_file_really_is_version_1() -> None:
    assert _version(V1_FILE) == 1
    assert SCHEMA_VERSION > 1  # otherwise this file tests no migration


def test_a_version_1_workspace_is_migrated_to_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "old.ccws"
    shutil.copy(V1_FILE, path)
    with Workspace.open(path) as ws:
        assert [(s.file_name, s.rows, s.content_hash) for s in ws.sources()] == [
            ("campaigns.csv", 2, "v1-mailchimp"),
            ("week36.csv", 14, "v1-week36"),
        ]
        stored = ws.records()
        assert len(stored) == 16 and stored["clicks"].sum() == 540.0 + 14 * 100.0
        assert ws.rejections(1)[0].line == 7
        assert ws.setting("baseline") == "email"
        # version 2 stores overlap keys: they were rebuilt from the version-1 records
        assert [o.campaign_days for o in ws.overlaps(daily_export("september.csv", range(1, 31)))] == [14]
        ws.set_effort_cost("email", 300.0)  # a version-2 table
        assert ws.add_import(daily_export("week36.csv", range(1, 8)), "v1-week36").status == "duplicate"
    assert _version(path) == SCHEMA_VERSION
    with Workspace.open(path) as ws:  # opening again does not migrate twice
        assert ws.effort_costs() == {"email": 300.0}
