from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tests.ui.helpers import DATA

ROOT = Path(__file__).resolve().parents[2]


def test_screenshot_loads_the_files_renders_the_tab_and_exits_0(tmp_path: Path) -> None:
    out = tmp_path / "campaigns.png"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
    }
    command = [
        sys.executable,
        "main.py",
        "--screenshot",
        str(out),
        "--size",
        "1024x700",
        "--tab",
        "campaigns",
    ]
    files = [str(DATA / "mailchimp_campaigns.csv"), str(DATA / "instagram_posts.csv")]
    done = subprocess.run(command + files, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)


def test_screenshot_with_an_unknown_tab_says_which_exist(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
    }
    command = [
        sys.executable,
        "main.py",
        "--no-sample",
        "--screenshot",
        str(tmp_path / "x.png"),
        "--tab",
        "nope",
    ]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "overview" in done.stderr and not (tmp_path / "x.png").exists()
