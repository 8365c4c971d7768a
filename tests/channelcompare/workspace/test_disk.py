"""A full disk and read-only media or folders: a message that says what happened, and nothing lost.

The real conditions need a small filesystem and a read-only mount: as root (CI's containers) the tests mount
a tiny tmpfs and a read-only bind mount, and are skipped where mounting is not permitted. SQLite's
`max_page_count` gives the same SQLITE_FULL as a full disk everywhere, without root.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from channelcompare.errors import WorkspaceError
from channelcompare.workspace import Workspace
from channelcompare.workspace.faults import WorkspaceReadOnly
from main import main
from tests.channelcompare.workspace.conftest import daily_export
from tests.conftest import DATA

BIG = daily_export("big.csv", range(1, 31), campaigns=tuple(f"c{i}" for i in range(2000)))  # 60,000 rows


def _mount(*args: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB filesystem: room for a small workspace, not for a 60,000-row import."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)):
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=True)


@pytest.fixture
def read_only_copy(tmp_path: Path) -> Iterator[Path]:
    """A read-only view of the folder `tmp_path / "rw"` (a read-only bind mount; chmod when not root)."""
    source, view = tmp_path / "rw", tmp_path / "ro"
    source.mkdir()
    if os.geteuid() != 0:
        yield source
        return
    view.mkdir()
    if not _mount("--bind", str(source), str(view)):
        pytest.skip("bind mounts need root")
    try:
        if not _mount("-o", "remount,bind,ro", str(view)):
            pytest.skip("read-only remounts are not permitted")
        yield view
    finally:
        subprocess.run(["umount", "-l", str(view)], check=True)


def cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out, out.err


def _assert_full_disk_message(error: WorkspaceError, path: Path) -> None:
    assert f"Could not write the workspace {path} (No space left on device)" in error.message
    assert "Nothing was changed" in error.message and "no transaction is active" not in error.message


def test_a_full_database_rolls_back_the_import_and_says_so(workspace_path: Path) -> None:
    with Workspace.open(workspace_path) as ws:
        ws.add_import(daily_export("week36.csv", range(1, 8)), "w36")
        before = ws.records()
        pages = ws._db.execute("PRAGMA page_count").fetchone()[0]
        ws._db.execute(f"PRAGMA max_page_count = {pages + 4}")  # SQLITE_FULL, as on a full disk
        with pytest.raises(WorkspaceError) as caught:
            ws.add_import(BIG, "big")
        _assert_full_disk_message(caught.value, workspace_path)
        assert [s.content_hash for s in ws.sources()] == ["w36"]  # the same connection still works
    with Workspace.open(workspace_path) as ws:
        assert ws.records().equals(before)


def test_a_full_disk_during_an_import_keeps_the_earlier_imports(
    tiny_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tiny_disk / "w.ccws"
    with Workspace.open(path) as ws:
        ws.add_import(daily_export("week36.csv", range(1, 8)), "w36")
    _fill(tiny_disk)
    code, _out, err = cli(capsys, "import", "--workspace", path, DATA / "meta_ads_campaigns.csv")
    assert code == 1 and "Could not write the workspace" in err and "No space left on device" in err, err
    (tiny_disk / "filler").unlink()
    with Workspace.open(path) as ws:
        with pytest.raises(WorkspaceError) as caught:
            ws.add_import(BIG, "big")  # fills the disk halfway through its transaction
        _assert_full_disk_message(caught.value, path)
    with Workspace.open(path, read_only=True) as ws:
        assert [s.content_hash for s in ws.sources()] == ["w36"] and len(ws.records()) == 14


def test_a_full_disk_during_the_csv_export_is_told(
    tiny_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(tiny_disk)
    code, _out, err = cli(capsys, "report", "--csv", tiny_disk, DATA / "meta_ads_campaigns.csv")
    assert code == 1 and "Could not write" in err and "No space left on device" in err


def _fill(disk: Path) -> None:
    """Leave the filesystem without a free block (unbuffered: nothing is left to fail at close)."""
    with open(disk / "filler", "ab", buffering=0) as filler:
        written = 1
        while written:
            written = _write_or_zero(filler.fileno())


def _write_or_zero(descriptor: int) -> int:
    try:
        return os.write(descriptor, b"\0" * 4096)
    except OSError as error:
        if error.errno != errno.ENOSPC:
            raise
        return 0


def test_read_only_media_can_be_compared_but_not_changed(
    read_only_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Workspace.open(tmp_path / "rw" / "w.ccws") as ws:
        ws.add_import(daily_export("week36.csv", range(1, 8)), "w36")
    if os.geteuid() != 0:
        os.chmod(read_only_copy / "w.ccws", 0o444)
        os.chmod(read_only_copy, 0o555)
    path = read_only_copy / "w.ccws"
    code, out, err = cli(capsys, "compare", "--workspace", path, "--json")
    assert code == 0, err
    paid = json.loads(out)["channels"]["paid_social"]
    assert (paid["campaigns"], paid["rows"]) == (2, 14)  # two campaigns, their campaign-days of week 36
    code, _out, err = cli(capsys, "import", "--workspace", path, DATA / "mailchimp_campaigns.csv")
    assert code == 1 and f"The workspace {path} is read-only" in err
    with Workspace.open(path, read_only=True) as ws, pytest.raises(WorkspaceReadOnly):
        ws.set_setting("baseline", "email")
    new = read_only_copy / "new.ccws"
    code, _out, err = cli(capsys, "import", "--workspace", new, DATA / "mailchimp_campaigns.csv")
    assert code == 1 and f"The workspace {new} is read-only" in err and not new.exists()
    if os.geteuid() != 0:
        os.chmod(read_only_copy, 0o755)
