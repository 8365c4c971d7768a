"""Atomic saving: a failure never leaves a half-written file over a good one; clear messages otherwise.

Also: files come out with the user's umask, stale temporary files of a killed write are cleaned on the
next write, and files written inside `replaced_together` replace their targets as one set.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from channelcompare.errors import ReportFailed
from channelcompare.report.atomic import replaced_together, write_atomically
from channelcompare.report.temporary import create, is_temporary_of
from tests.conftest import ROOT


def test_writes_then_replaces(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")
    write_atomically(target, lambda temporary: temporary.write_bytes(b"new"))
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


def test_a_failure_keeps_the_previous_report_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"good report")

    def crash(temporary: Path) -> None:
        temporary.write_bytes(b"half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomically(target, crash)
    assert target.read_bytes() == b"good report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


def test_read_only_target_is_refused_with_its_path(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"locked")
    target.chmod(stat.S_IRUSR)
    with pytest.raises(ReportFailed, match="read-only") as caught:
        write_atomically(target, lambda temporary: temporary.write_bytes(b"new"))
    assert str(target) in caught.value.message
    assert target.read_bytes() == b"locked"


def test_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(ReportFailed, match="does not exist"):
        write_atomically(tmp_path / "nope" / "r.xlsx", lambda temporary: None)


def test_unwritable_folder_gives_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("channelcompare.report.atomic.create", refuse)
    with pytest.raises(ReportFailed, match="Cannot write in the folder") as caught:
        write_atomically(tmp_path / "r.xlsx", lambda temporary: None)
    assert str(tmp_path) in caught.value.message


def test_locked_target_says_to_close_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows, replacing a workbook open in Excel fails with PermissionError."""
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"open in Excel")

    def locked(source: object, destination: object) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ReportFailed, match="open in another program") as caught:
        write_atomically(target, lambda temporary: temporary.write_bytes(b"new"))
    assert str(target) in caught.value.message
    assert target.read_bytes() == b"open in Excel"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


def test_a_folder_as_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReportFailed, match="is a folder"):
        write_atomically(tmp_path, lambda temporary: None)


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def test_files_are_written_with_the_users_umask(tmp_path: Path, umask_022: None) -> None:
    """Issue 20: a report handed over on a shared drive must be readable (0644 under umask 022, not 0600)."""
    target = write_atomically(tmp_path / "report.xlsx", lambda temporary: temporary.write_bytes(b"new"))
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    os.umask(0o077)  # a user who wants private files gets them
    target = write_atomically(tmp_path / "private.xlsx", lambda temporary: temporary.write_bytes(b"new"))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_stale_temporary_files_of_a_killed_write_are_cleaned_on_the_next_write(tmp_path: Path) -> None:
    """A write SIGKILLed half-way leaves its temporary file; the next write of that report removes it."""
    target = tmp_path / "report.xlsx"
    script = (
        "import sys, time; from pathlib import Path\n"
        "from channelcompare.report.atomic import write_atomically\n"
        "def slow(temporary):\n"
        "    temporary.write_bytes(b'x' * 100_000); print('writing', flush=True); time.sleep(60)\n"
        "write_atomically(Path(sys.argv[1]), slow)\n"
    )
    for _ in range(3):
        with subprocess.Popen(
            [sys.executable, "-c", script, str(target)], cwd=ROOT, stdout=subprocess.PIPE, text=True
        ) as child:
            assert child.stdout is not None and child.stdout.readline() == "writing\n"
            child.send_signal(signal.SIGKILL)
    older = Path(tempfile.mkstemp(prefix=".~report.", suffix=".xlsx", dir=tmp_path)[1])  # earlier versions
    other = tmp_path / ".~other.abcdefgh.xlsx"
    other.write_bytes(b"not ours to judge")
    # each killed write cleaned its predecessor's file: one left by the last kill, one by an earlier version
    assert len([p for p in tmp_path.iterdir() if is_temporary_of(p, target)]) == 2
    write_atomically(target, lambda temporary: temporary.write_bytes(b"new"))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, other.name])
    assert not older.exists()


def test_a_temporary_file_being_written_is_never_cleaned(tmp_path: Path) -> None:
    """Two writes of one report at once (two windows): the second must not delete the first's file."""
    target = tmp_path / "report.xlsx"
    running = create(target)  # held, as during a write
    try:
        write_atomically(target, lambda temporary: temporary.write_bytes(b"new"))
        assert running.path.exists()
    finally:
        running.release()
    write_atomically(target, lambda temporary: temporary.write_bytes(b"newer"))
    assert not running.path.exists()


def _pair(tmp_path: Path, xlsx: bytes, csv: bytes) -> None:
    write_atomically(tmp_path / "report.xlsx", lambda temporary: temporary.write_bytes(xlsx))
    write_atomically(tmp_path / "campaigns.csv", lambda temporary: temporary.write_bytes(csv))


def test_a_set_is_replaced_only_when_every_file_was_written(tmp_path: Path) -> None:
    _pair(tmp_path, b"old xlsx", b"old csv")

    def broken(temporary: Path) -> None:
        raise RuntimeError("disk full")

    def report_then_broken_csv() -> None:
        with replaced_together():
            write_atomically(tmp_path / "report.xlsx", lambda temporary: temporary.write_bytes(b"new xlsx"))
            assert (tmp_path / "report.xlsx").read_bytes() == b"old xlsx"  # not yet: the set is incomplete
            write_atomically(tmp_path / "campaigns.csv", broken)

    with pytest.raises(RuntimeError):
        report_then_broken_csv()
    assert (tmp_path / "report.xlsx").read_bytes() == b"old xlsx"
    assert (tmp_path / "campaigns.csv").read_bytes() == b"old csv"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["campaigns.csv", "report.xlsx"]
    with replaced_together():
        _pair(tmp_path, b"new xlsx", b"new csv")
    assert (tmp_path / "report.xlsx").read_bytes() == b"new xlsx"
    assert (tmp_path / "campaigns.csv").read_bytes() == b"new csv"


def test_a_set_whose_last_file_cannot_be_moved_puts_the_first_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CSV is open in Excel (Windows refuses the replace): the workbook already replaced is restored."""
    _pair(tmp_path, b"old xlsx", b"old csv")
    real_replace = os.replace

    def locked_csv(source: str | Path, destination: str | Path) -> None:
        if Path(destination).name == "campaigns.csv":
            raise PermissionError(13, "The process cannot access the file")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", locked_csv)
    with pytest.raises(ReportFailed, match="campaigns.csv is open in another program"), replaced_together():
        _pair(tmp_path, b"new xlsx", b"new csv")
    assert (tmp_path / "report.xlsx").read_bytes() == b"old xlsx"
    assert (tmp_path / "campaigns.csv").read_bytes() == b"old csv"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["campaigns.csv", "report.xlsx"]


def test_a_new_set_that_fails_half_way_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = os.replace

    def full(source: str | Path, destination: str | Path) -> None:
        if Path(destination).name == "campaigns.csv":
            raise OSError(28, "No space left on device")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", full)
    started = time.monotonic()
    with pytest.raises(ReportFailed, match="No space left"), replaced_together():
        _pair(tmp_path, b"new xlsx", b"new csv")
    assert time.monotonic() - started < 5
    assert list(tmp_path.iterdir()) == []
