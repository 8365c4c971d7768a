"""Another program holding the write lock: the write waits, says so, and gives up in time with a message."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from channelcompare.workspace import Workspace
from channelcompare.workspace.faults import WorkspaceBusy
from main import main
from tests.channelcompare.workspace.conftest import daily_export
from tests.conftest import DATA


def hold_write_lock(path: Path) -> sqlite3.Connection:
    """What another process's long import looks like from here: an open write transaction."""
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_a_held_lock_is_waited_for_then_refused_with_nothing_changed(workspace_path: Path) -> None:
    with Workspace.open(workspace_path) as ws:
        ws.add_import(daily_export("week36.csv", range(1, 8)), "w36")
    heard: list[str] = []
    holder = hold_write_lock(workspace_path)
    try:
        with Workspace.open(workspace_path, lock_wait_s=2, on_wait=heard.append) as ws:
            started = time.monotonic()
            with pytest.raises(WorkspaceBusy) as caught:
                ws.add_import(daily_export("week37.csv", range(8, 15)), "w37")
            waited = time.monotonic() - started
    finally:
        holder.rollback()
        holder.close()
    assert 1.5 < waited < 10
    assert len(heard) == 1 and "waiting up to 2 s" in heard[0] and str(workspace_path) in heard[0]
    message = caught.value.message
    assert str(workspace_path) in message and "in use by another program" in message
    assert "nothing was changed" in message
    with Workspace.open(workspace_path) as ws:
        assert [s.content_hash for s in ws.sources()] == ["w36"]
        assert ws.add_import(daily_export("week37.csv", range(8, 15)), "w37").status == "added"


def test_the_command_line_waits_for_a_lock_that_is_released(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "shared.ccws"
    Workspace.open(path).close()
    holder = hold_write_lock(path)
    releaser = threading.Timer(2.0, holder.rollback)
    releaser.start()
    try:
        code = main(["import", "--workspace", str(path), str(DATA / "meta_ads_campaigns.csv")])
    finally:
        releaser.join()
        holder.close()
    err = capsys.readouterr().err
    assert code == 0, err
    assert f"The workspace {path} is being changed by another program" in err and "waiting up to" in err
    assert "row(s) added" in err and "Traceback" not in err
