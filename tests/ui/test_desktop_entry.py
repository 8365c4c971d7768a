"""Linux desktop integration: a valid launcher with the MIME types, the icons, and the command that works."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import ROOT
from ui.desktop_entry import ICON_SIZES, exec_line, install_desktop_entry

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_writes_the_launcher_and_every_icon_size(tmp_path: Path) -> None:
    written = install_desktop_entry(tmp_path, ["/opt/channel compare/channelcompare"])
    entry = _entry(tmp_path / "applications" / "channelcompare.desktop")
    assert entry["Exec"] == '"/opt/channel compare/channelcompare" %F'
    assert {"text/csv", XLSX} <= set(entry["MimeType"].strip(";").split(";"))
    assert entry["Icon"] == "channelcompare"
    for size in ICON_SIZES:
        icon = tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "channelcompare.png"
        assert icon in written and QImage(str(icon)).size().width() == size
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "channelcompare.svg").is_file()


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="apt-get install desktop-file-utils"
)
def test_the_launcher_passes_desktop_file_validate(tmp_path: Path) -> None:
    install_desktop_entry(tmp_path, [sys.executable, str(ROOT / "main.py")])
    done = subprocess.run(
        ["desktop-file-validate", str(tmp_path / "applications" / "channelcompare.desktop")],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_exec_quotes_what_the_spec_reserves() -> None:
    assert exec_line(["/usr/bin/channelcompare"]) == "/usr/bin/channelcompare %F"
    # quoting escapes " and $ with a backslash, and the file's string rule doubles that backslash
    assert exec_line(['/a "b"/$x']) == r'"/a \\"b\\"/\\$x" %F'
    assert exec_line(["/100%/app"]) == "/100%%/app %F"
    assert exec_line(["/my apps/100%"]) == '"/my apps/100%%" %F'


def test_the_command_line_flag_installs_for_the_checkout(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    env.pop("DISPLAY", None)  # needs no display: it only writes files
    done = subprocess.run(
        [sys.executable, "main.py", "--install-desktop"], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    entry = _entry(tmp_path / "applications" / "channelcompare.desktop")
    assert entry["Exec"] == f"{sys.executable} {ROOT / 'main.py'} %F"
