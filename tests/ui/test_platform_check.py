"""The start-up check: no display or a missing Qt X11 library gives a one-line reason and exit 2, not a core
dump; --screenshot picks offscreen by itself; and, where Xvfb exists, the real X11 window renders."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.png_check import assert_not_blank
from ui import platform_check
from ui.platform_check import SONAME_PACKAGES, apt_packages, platform_problem, select_headless_platform


def _env_without_display(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    return {**env, "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}


def test_no_display_is_one_line_and_exit_2_not_a_core_dump(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "main.py", "--no-sample"], cwd=ROOT, env=_env_without_display(tmp_path),
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "no display" in done.stderr and "DISPLAY" in done.stderr


def test_a_display_nobody_serves_is_named() -> None:
    problem = platform_problem({"DISPLAY": ":987"})
    assert problem is not None and "DISPLAY=:987" in problem


def test_wayland_or_a_chosen_platform_is_left_to_qt() -> None:
    assert platform_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert platform_problem({"QT_QPA_PLATFORM": "xcb"}) is not None  # xcb without DISPLAY cannot work


def test_screenshot_selects_offscreen_unless_a_platform_was_chosen() -> None:
    env: dict[str, str] = {}
    select_headless_platform(["--screenshot", "out.png"], env)
    assert env == {"QT_QPA_PLATFORM": "offscreen"}
    chosen = {"QT_QPA_PLATFORM": "xcb"}
    select_headless_platform(["--screenshot=out.png"], chosen)
    assert chosen == {"QT_QPA_PLATFORM": "xcb"}
    untouched: dict[str, str] = {}
    select_headless_platform(["report.csv"], untouched)
    assert untouched == {}


@pytest.fixture
def fake_ldd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An `ldd` first on PATH that reports what a fresh Debian lacks, and a plugin folder for it to read."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    ldd = bin_dir / "ldd"
    ldd.write_text(
        "#!/bin/sh\nprintf '\\tlibxcb-icccm.so.4 => not found\\n\\tlibxcb-keysyms.so.1 => not found\\n"
        "\\tlibxcb.so.1 => /lib/libxcb.so.1 (0x1)\\n\\tlibxcb-icccm.so.4 => not found\\n"
        "\\tlibweird.so.9 => not found\\n'\n"
    )
    ldd.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    plugins = tmp_path / "plugins"
    (plugins / "platforms").mkdir(parents=True)
    (plugins / "platforms" / "libqxcb.so").write_bytes(b"\x7fELF")
    return plugins


def test_missing_libraries_give_the_one_apt_get_line(fake_ldd: Path) -> None:
    message = platform_check.missing_libraries_message(fake_ldd)
    assert message is not None
    lines = message.splitlines()
    assert "libweird.so.9, libxcb-icccm.so.4, libxcb-keysyms.so.1." in lines[0]
    assert lines[1].endswith("apt-get install libxcb-icccm4 libxcb-keysyms1")
    assert "apt-file search libweird.so.9" in lines[2]


def test_this_machines_missing_libraries_all_have_a_known_package() -> None:
    plugins = platform_check.qt_plugins_dir()
    assert plugins is not None and (plugins / "platforms" / "libqxcb.so").is_file()
    missing = platform_check.missing_libraries(plugins / "platforms" / "libqxcb.so")
    assert set(missing) <= set(SONAME_PACKAGES), missing


def test_ci_installs_the_same_packages_the_check_names() -> None:
    packages = apt_packages()
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "libxkbcommon-x11-0"} <= set(packages)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "ui/platform_check.py --apt-packages" in ci
    listed = subprocess.run(
        [sys.executable, str(ROOT / "ui" / "platform_check.py"), "--apt-packages"],
        capture_output=True, text=True, check=True, timeout=30,
    )  # fmt: skip
    assert listed.stdout.split() == packages


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A private Xvfb server; its display name (Xvfb picks a free number and writes it to a pipe)."""
    if not any(Path(d, "Xvfb").exists() for d in os.environ["PATH"].split(os.pathsep)):
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    try:
        ready, _, _ = select.select([read], [], [], 30)
        assert ready, "Xvfb did not start"
        yield ":" + os.read(read, 32).decode().strip()
    finally:
        os.close(read)
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.slow
def test_the_real_x11_window_renders_under_xvfb(xvfb: str, tmp_path: Path) -> None:
    env = {**_env_without_display(tmp_path), "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb"}
    assert platform_problem(env) is None, platform_problem(env)
    out = tmp_path / "x11.png"
    done = subprocess.run(
        [sys.executable, "main.py", "--screenshot", str(out), "--size", "1000x700"], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert_not_blank(out)
