"""The PyInstaller bundle builds and its executable runs: --version, import --json, --screenshot offscreen.

Slow (about 2.5 minutes on 2 cores) and skipped unless PyInstaller is installed for the interpreter running
the tests: `.venv/bin/python -m pip install pyinstaller==6.22.3` (docs/install.md). .ci/run then runs it too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT
from tests.png_check import assert_not_blank

pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (see docs/install.md)")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "PYTHON": sys.executable, "DIST": str(work / "dist"), "WORK": str(work / "build")}
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build_bundle.sh")], env=env, capture_output=True, text=True,
        timeout=1800,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    executable = work / "dist" / "channelcompare" / "channelcompare"
    assert executable.is_file()
    return executable


def _run(executable: Path, args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "DISPLAY", "PYTHONPATH"}}
    env.update({"XDG_CONFIG_HOME": str(cwd / "config"), "XDG_DATA_HOME": str(cwd / "data")})
    return subprocess.run(
        [str(executable), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_the_bundle_reports_its_version(bundle: Path, tmp_path: Path) -> None:
    started = time.perf_counter()
    done = _run(bundle, ["--version"], tmp_path)
    assert done.returncode == 0 and done.stdout.startswith("channelcompare "), done.stderr
    assert time.perf_counter() - started < 30


def test_the_bundle_imports_a_file_headless(bundle: Path, tmp_path: Path) -> None:
    done = _run(bundle, ["import", "--json", str(DATA / "mailchimp_campaigns.csv")], tmp_path)
    assert done.returncode == 0, done.stderr
    (report,) = json.loads(done.stdout)
    assert report["ok"] and report["format"].startswith("mailchimp") and report["rows"] > 0


def test_the_bundle_renders_the_sample_data_offscreen(bundle: Path, tmp_path: Path) -> None:
    out = tmp_path / "bundle.png"
    done = _run(bundle, ["--screenshot", str(out), "--size", "1000x700"], tmp_path)  # no DISPLAY: offscreen
    assert done.returncode == 0, done.stderr
    assert_not_blank(out)


def test_the_bundle_holds_the_translations_and_no_unused_qt(bundle: Path) -> None:
    internal = bundle.parent / "_internal"
    assert (internal / "resources" / "translations" / "channelcompare_fr.qm").is_file()
    assert (internal / "resources" / "icons" / "channelcompare-256.png").is_file()
    assert len(list((internal / "resources" / "sample_data").glob("*.csv"))) >= 8
    qt_modules = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.so")}
    assert qt_modules <= {"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtSvg", "QtOpenGL", "QtOpenGLWidgets",
                          "QtTest"}, qt_modules  # fmt: skip
