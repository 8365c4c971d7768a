"""Atomic saving: a failure never leaves a half-written file over a good one; clear messages otherwise."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from channelcompare.errors import ReportFailed
from channelcompare.report.atomic import write_atomically


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

    monkeypatch.setattr("tempfile.mkstemp", refuse)
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
