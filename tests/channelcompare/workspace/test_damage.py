"""Fault injection: each way a workspace file can be damaged is refused before anything is written to it.

For every damage: opening and reading raise WorkspaceDamaged naming the path (blobs are checked as they are
read, or before the first write); `import` and `compare` say so and exit 1
without a traceback; the damaged file is still byte for byte what it was, and so is the copy `set_aside`
keeps; a new workspace then starts at the same path and works.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from channelcompare.errors import WorkspaceDamaged
from channelcompare.workspace import Workspace, set_aside
from main import main
from tests.channelcompare.workspace.conftest import daily_export, mailchimp_export
from tests.conftest import DATA

Damage = Callable[[Path], None]
PAGE = 4096


def _sql(*statements: str) -> Damage:
    def run(path: Path) -> None:
        connection = sqlite3.connect(path, isolation_level=None)
        for statement in statements:
            connection.execute(statement)
        connection.close()  # the last connection folds the WAL into the file

    return run


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _zeroed_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    data[pages // 3 * PAGE : 2 * pages // 3 * PAGE] = bytes((2 * pages // 3 - pages // 3) * PAGE)
    path.write_bytes(bytes(data))


def _blob_bytes_flipped(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    (blob,) = connection.execute("SELECT data FROM record_chunks LIMIT 1").fetchone()
    damaged = bytearray(blob)
    damaged[len(blob) // 2 : len(blob) // 2 + 16] = b"\xff" * 16  # inside an LZ4-compressed buffer
    connection.execute("UPDATE record_chunks SET data = ? WHERE rowid = 1", (bytes(damaged),))
    connection.close()


def _replaced_by(make: Callable[[Path], None]) -> Damage:
    def run(path: Path) -> None:
        path.unlink()
        make(path)

    return run


def _fifo(path: Path) -> None:
    os.mkfifo(path)  # reading it would block forever: it must be refused without being opened


DAMAGES: dict[str, Damage] = {
    "truncated": _truncated,
    "zeroed in the middle": _zeroed_middle,
    "garbage record blob": _sql("UPDATE record_chunks SET data = randomblob(3000)"),
    "LZ4 data damaged": _blob_bytes_flipped,
    "garbage key blob": _sql("UPDATE source_keys SET data = X'4152524f5731'"),
    "garbage JSON in sources": _sql("UPDATE sources SET warnings = '[\"2 campaigns'"),
    "garbage mapping JSON": _sql("UPDATE sources SET mapping = '{oops'"),
    "garbage date in sources": _sql("UPDATE sources SET first_day = '2026-13-45'"),
    "garbage JSON in settings": _sql("UPDATE settings SET value = 'baseline=email'"),
    "missing table": _sql("DROP TABLE rejections"),
    "negative user_version": _sql("PRAGMA user_version = -3"),
    "zero user_version": _sql("PRAGMA user_version = 0"),
    "a folder": _replaced_by(lambda p: p.mkdir()),
    "a link to nothing": _replaced_by(lambda p: p.symlink_to(p.with_name("gone.ccws"))),
    "a link to /dev/zero": _replaced_by(lambda p: p.symlink_to("/dev/zero")),
    "a named pipe": _replaced_by(_fifo),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real workspace with two imports, a rejected row, warnings and a setting, closed cleanly."""
    path = tmp_path_factory.mktemp("template") / "analysis.ccws"
    with Workspace.open(path) as ws:
        ws.add_import(daily_export("september.csv", range(1, 31)), "sept")
        ws.add_import(mailchimp_export(), "mail")
        ws.set_setting("baseline", "email")
    assert not path.with_name(path.name + "-wal").exists()
    return path


def snapshot(path: Path) -> object:
    """What is at `path`, byte for byte: a file's bytes, a link's target, a folder's entries."""
    if path.is_symlink():
        return ("link", os.readlink(path))
    if path.is_dir():
        return ("folder", sorted((p.name, p.read_bytes()) for p in path.iterdir()))
    if not path.is_file():
        return ("special", path.stat().st_mode)
    return path.read_bytes()


def cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("damage", DAMAGES, ids=list(DAMAGES))
def test_each_damage_is_refused_kept_aside_byte_for_byte_and_a_new_workspace_starts(
    damage: str, template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "analysis.ccws"
    shutil.copyfile(template, path)
    DAMAGES[damage](path)
    before = snapshot(path)

    for read_only in (False, True):  # read-only: the records are checked as they are read
        with pytest.raises(WorkspaceDamaged) as caught, Workspace.open(path, read_only=read_only) as ws:
            ws.import_results()
        assert str(path) in caught.value.message and "damaged" in caught.value.message
    for command in (("import",), ("compare", "--json")):
        code, _out, err = cli(capsys, *command, "--workspace", path, DATA / "meta_ads_campaigns.csv")
        assert code == 1 and str(path) in err and "damaged" in err and "Traceback" not in err
    assert snapshot(path) == before

    kept = set_aside(path)
    assert snapshot(kept) == before and not path.is_symlink() and not path.exists()
    code, _out, err = cli(capsys, "import", "--workspace", path, DATA / "meta_ads_campaigns.csv")
    assert code == 0, err
    code, out, err = cli(capsys, "compare", "--workspace", path, "--json")
    assert code == 0 and json.loads(out)["channels"]["paid_social"]["campaigns"] == 4, err
    assert snapshot(kept) == before


def test_a_link_to_a_workspace_is_followed(template: Path, tmp_path: Path) -> None:
    """A workspace kept elsewhere (a synced folder) and linked in place is used, not refused."""
    real = tmp_path / "synced" / "analysis.ccws"
    real.parent.mkdir()
    shutil.copyfile(template, real)
    link = tmp_path / "analysis.ccws"
    link.symlink_to(real)
    with Workspace.open(link) as ws:
        assert len(ws.import_results()) == 2
        ws.set_setting("baseline", "paid_social")
    assert link.is_symlink()
    with Workspace.open(real, read_only=True) as ws:
        assert ws.setting("baseline") == "paid_social"
