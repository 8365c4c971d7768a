"""Damaged, foreign and too-new files are refused with their message; a killed import loses nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from channelcompare.errors import WorkspaceDamaged, WorkspaceTooNew
from channelcompare.workspace import SCHEMA_VERSION, Workspace
from tests.channelcompare.workspace.conftest import daily_export
from tests.conftest import ROOT


def test_a_file_that_is_not_a_database_is_reported_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "notes.ccws"
    path.write_bytes(b"Atelier Lumen, September plan\n" * 200)
    with pytest.raises(WorkspaceDamaged) as caught:
        Workspace.open(path)
    assert str(path) in caught.value.message and "damaged" in caught.value.message
    assert path.read_bytes() == b"Atelier Lumen, September plan\n" * 200


def test_damaged_pages_are_found_by_the_integrity_check(workspace_path: Path) -> None:
    with Workspace.open(workspace_path) as ws:
        ws.add_import(daily_export("september.csv", range(1, 31)), "m")
        ws.set_setting("baseline", "email")
    _checkpoint(workspace_path)
    data = bytearray(workspace_path.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):  # scramble every page's header except the first page's
        data[offset : offset + 12] = b"\xa5" * 12
    workspace_path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceDamaged, match="is damaged") as caught:
        Workspace.open(workspace_path)
    assert str(workspace_path) in caught.value.message


def test_another_applications_database_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "crm.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (email TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(WorkspaceDamaged, match="another application"):
        Workspace.open(path)


def test_a_workspace_from_a_newer_version_is_refused_untouched(workspace_path: Path) -> None:
    with Workspace.open(workspace_path) as ws:
        ws.add_import(daily_export("week36.csv", range(1, 8)), "w")
    _checkpoint(workspace_path)
    connection = sqlite3.connect(workspace_path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    before = workspace_path.read_bytes()
    with pytest.raises(WorkspaceTooNew) as caught:
        Workspace.open(workspace_path)
    message = caught.value.message
    assert str(workspace_path) in message and f"format {SCHEMA_VERSION + 1}" in message
    assert "Update channelcompare" in message and "not changed" in message
    assert workspace_path.read_bytes() == before


_SLOW_IMPORT = """
import sys, time
from channelcompare.workspace import Workspace, imports
from tests.channelcompare.workspace.conftest import daily_export

original = imports.write_records

def write_then_hang(*args, **kwargs):
    original(*args, **kwargs)  # the new rows are written inside the open transaction...
    print("WRITTEN", flush=True)
    time.sleep(60)  # ...and the process is killed before it commits

imports.write_records = write_then_hang
workspace = Workspace.open(sys.argv[1])
result = daily_export("big.csv", range(1, 31), campaigns=tuple(f"c{i}" for i in range(3000)))
workspace.add_import(result, "big")
"""


def test_an_import_killed_midway_leaves_the_earlier_data_intact(workspace_path: Path) -> None:
    with Workspace.open(workspace_path) as ws:
        ws.add_import(daily_export("week36.csv", range(1, 8)), "w")
        before = ws.records()
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(_SLOW_IMPORT), str(workspace_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "WRITTEN"
        wal = workspace_path.with_name(workspace_path.name + "-wal")
        assert wal.stat().st_size > 1_000_000  # the uncommitted import really reached the disk
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    with Workspace.open(workspace_path) as ws:
        assert [s.content_hash for s in ws.sources()] == ["w"]
        assert ws.records().equals(before)
        assert ws.add_import(daily_export("week37.csv", range(8, 15)), "w2").rows_added == 14


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the main file so that byte-level edits of the file mean something."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
