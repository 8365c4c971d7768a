"""The default workspace location, content fingerprints, and keeping a damaged file aside."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

from channelcompare.workspace import content_hash, default_workspace_path, set_aside


def test_default_path_follows_xdg_and_each_platform() -> None:
    linux = default_workspace_path({"HOME": "/home/ana", "XDG_DATA_HOME": "/data/ana"}, "linux")
    assert linux == Path("/data/ana/channelcompare/default.ccws")
    assert default_workspace_path({"HOME": "/home/ana"}, "linux") == Path(
        "/home/ana/.local/share/channelcompare/default.ccws"
    )
    mac = default_workspace_path({"HOME": "/Users/ana"}, "darwin")
    assert mac == Path("/Users/ana/Library/Application Support/channelcompare/default.ccws")
    windows = default_workspace_path(
        {"HOME": "C:/Users/ana", "APPDATA": "C:/Users/ana/AppData/Roaming"}, "win32"
    )
    assert windows == Path("C:/Users/ana/AppData/Roaming/channelcompare/default.ccws")


def test_default_path_can_be_overridden() -> None:
    environ = {"HOME": "/home/ana", "CHANNELCOMPARE_DATA_HOME": "/tmp/portable"}
    assert default_workspace_path(environ, "linux") == Path("/tmp/portable/default.ccws")


def test_content_hash_depends_on_bytes_not_name(tmp_path: Path) -> None:
    first, second, other = tmp_path / "a.csv", tmp_path / "a (1).csv", tmp_path / "b.csv"
    first.write_bytes(b"Campaign,Clicks\nRentr\xc3\xa9e,12\n")
    second.write_bytes(first.read_bytes())
    other.write_bytes(b"Campaign,Clicks\nRentr\xc3\xa9e,13\n")
    assert content_hash(first) == content_hash(second) == hashlib.sha256(first.read_bytes()).hexdigest()
    assert content_hash(first) != content_hash(other)


def test_set_aside_keeps_the_file_and_its_wal(tmp_path: Path) -> None:
    path = tmp_path / "default.ccws"
    path.write_bytes(b"broken")
    path.with_name("default.ccws-wal").write_bytes(b"wal")
    moved = set_aside(path, now=datetime(2026, 10, 2, 8, 30))
    assert moved == tmp_path / "default.damaged-20261002-083000.ccws"
    assert moved.read_bytes() == b"broken" and not path.exists()
    assert (tmp_path / "default.damaged-20261002-083000.ccws-wal").read_bytes() == b"wal"
