"""A later start hands its files to the window already open on the workspace, which imports them."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

from PySide6.QtCore import QDir

from tests.conftest import ROOT
from tests.ui.helpers import DATA, new_window, wait_idle
from ui.single_instance import InstanceServer, hand_over, local_paths, server_name


def _unique_name() -> str:
    return f"channelcompare-test-{uuid.uuid4().hex[:12]}"


def _second_start(args: list[str], tmp_path: Path) -> subprocess.Popen[str]:
    """`main.py ARGS` as the file manager would start it: another process (and so its own GIL)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}  # fmt: skip
    command = [sys.executable, "main.py", *args]
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _hand_over_in_background(name: str, paths: list[Path], tmp_path: Path) -> subprocess.Popen[str]:
    code = "import sys; from pathlib import Path; from ui.single_instance import hand_over; "
    code += f"sys.exit(0 if hand_over({name!r}, [Path(p) for p in {[str(p) for p in paths]!r}]) else 1)"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, text=True)


def test_files_opened_later_are_imported_by_the_running_window(qtbot, tmp_path: Path) -> None:
    window = new_window(qtbot)
    workspace = tmp_path / "shop.ccws"
    server = InstanceServer(server_name(str(workspace)), window.open_paths, window)
    second = _second_start(["--workspace", str(workspace), str(DATA / "mailchimp_campaigns.csv")], tmp_path)
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
    finally:
        if second.poll() is None:  # it did not hand over and opened a window of its own
            second.kill()
    assert second.returncode == 0, second.communicate()
    qtbot.waitUntil(lambda: len(window.session.sources) == 1, timeout=20000)
    wait_idle(qtbot, window)
    assert window.session.sources[0].path.name == "mailchimp_campaigns.csv"
    server.server.close()


def test_nobody_listening_means_this_start_is_the_first() -> None:
    assert hand_over(_unique_name(), [DATA / "mailchimp_campaigns.csv"]) is False


def test_a_stale_socket_left_by_a_crash_is_taken_over(qtbot, tmp_path: Path) -> None:
    name = _unique_name()
    stale = Path(QDir.tempPath()) / name  # where QLocalServer puts the socket of a plain name
    with socket.socket(socket.AF_UNIX) as crashed:
        crashed.bind(str(stale))  # closed without unlinking: the socket file of a crashed instance
    assert stale.exists() and hand_over(name, []) is False
    received: list[list[Path]] = []
    server = InstanceServer(name, received.append)
    assert server.server.isListening()
    client = _hand_over_in_background(name, [tmp_path / "a.csv"], tmp_path)
    try:
        qtbot.waitUntil(lambda: client.poll() is not None, timeout=30000)
    finally:
        if client.poll() is None:
            client.kill()
    assert client.returncode == 0 and received == [[tmp_path / "a.csv"]]
    server.server.close()


def test_the_name_is_per_workspace(tmp_path: Path) -> None:
    assert server_name(str(tmp_path / "a.ccws")) != server_name(str(tmp_path / "b.ccws"))
    assert server_name(str(tmp_path / "a.ccws")) == server_name(str(tmp_path / "x" / ".." / "a.ccws"))
    assert len(server_name(str(tmp_path))) < 40  # socket paths are short (108 bytes on Linux)


def test_command_line_files_become_absolute_paths(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    url = (tmp_path / "été 2026.csv").as_uri()
    assert local_paths(["export.csv", url]) == [tmp_path / "export.csv", tmp_path / "été 2026.csv"]
