"""Two processes writing one workspace at the same moment: nothing lost, nothing counted twice, no traceback.

Two long-lived child processes (starting Python with pandas twice per round would take most of the time)
receive each round's path and a shared start time, open the workspace at that instant and import their
own export plus one export both of them import (same content: it must be added exactly once).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from channelcompare.workspace import Workspace
from tests.conftest import ROOT

ROUNDS = 10
DAYS = 7

_CHILD = """
import json, sys, time
from channelcompare.workspace import Workspace
from tests.channelcompare.workspace.conftest import daily_export

name = sys.argv[1]
print("ready", flush=True)
for line in sys.stdin:
    round_, path, start = line.split()
    time.sleep(max(0.0, float(start) - time.time()))
    statuses = []
    with Workspace.open(path, on_wait=lambda message: print(message, file=sys.stderr)) as workspace:
        for label in (f"{name}-{round_}", f"shared-{round_}"):
            export = daily_export(f"{label}.csv", range(1, {days} + 1), campaigns=(label,))
            statuses.append(workspace.add_import(export, label).status)
    print(json.dumps(statuses), flush=True)
""".replace("{days}", str(DAYS))


@pytest.fixture(scope="module")
def children() -> Iterator[list[subprocess.Popen[str]]]:
    started = [
        subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(_CHILD), name],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    for child in started:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    yield started
    for child in started:
        assert child.stdin is not None and child.stderr is not None
        child.stdin.close()
        assert child.wait(timeout=60) == 0
        errors = child.stderr.read()
        assert "Traceback" not in errors and "Error" not in errors, errors


def _round(children: list[subprocess.Popen[str]], number: int, path: Path) -> list[list[str]]:
    start = time.time() + 0.1  # both open the workspace at this instant
    for child in children:
        assert child.stdin is not None
        child.stdin.write(f"{number} {path} {start}\n")
        child.stdin.flush()
    lines = []
    for child in children:
        assert child.stdout is not None
        lines.append(json.loads(child.stdout.readline()))
    return lines


def _expect_round(statuses: list[list[str]]) -> None:
    """Each process added its own export; the shared one was added by one and found by the other."""
    assert [own for own, _shared in statuses] == ["added", "added"]
    assert sorted(shared for _own, shared in statuses) == ["added", "duplicate"]


def test_two_processes_creating_the_same_new_workspace(
    children: list[subprocess.Popen[str]], tmp_path: Path
) -> None:
    for number in range(ROUNDS):
        path = tmp_path / f"new-{number}.ccws"
        _expect_round(_round(children, number, path))
        with Workspace.open(path, read_only=True) as workspace:
            names = sorted(source.file_name for source in workspace.sources())
            assert names == [f"a-{number}.csv", f"b-{number}.csv", f"shared-{number}.csv"]
            assert len(workspace.records()) == 3 * DAYS


def test_two_processes_importing_into_one_existing_workspace(
    children: list[subprocess.Popen[str]], tmp_path: Path
) -> None:
    path = tmp_path / "shared.ccws"
    Workspace.open(path).close()
    for number in range(ROUNDS):
        _expect_round(_round(children, 100 + number, path))
    with Workspace.open(path, read_only=True) as workspace:
        assert len(workspace.sources()) == 3 * ROUNDS
        records = workspace.records()
        assert len(records) == 3 * ROUNDS * DAYS
        assert records.groupby(["campaign_id", "start"]).size().max() == 1  # no campaign-day twice
