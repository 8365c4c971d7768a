"""`pip install .` gives a runnable `channelcompare` that finds its files through importlib.resources.

The wheel is built from a copy of the sources (so nothing leans on the checkout) and installed, without
dependencies, into a fresh venv that borrows the test interpreter's site-packages for PySide6, pandas...
through a .pth file: no download, and the installed command must run from an unrelated directory.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT
from tests.png_check import assert_not_blank

COPY_IGNORE = shutil.ignore_patterns(
    ".venv", ".git", "__pycache__", "tests", "benchmarks", "build", "*.egg-info"
)


def _pinned(requirement_lines: list[str]) -> list[str]:
    return sorted(
        re.sub(r"\s*#.*", "", line).strip() for line in requirement_lines if re.match(r"^[A-Za-z]", line)
    )


def test_the_package_pins_exactly_requirements_txt() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert sorted(project["dependencies"]) == _pinned(requirements)
    assert project["scripts"] == {"channelcompare": "main:main"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a copy of the sources with the pinned setuptools (no build isolation)."""
    work = tmp_path_factory.mktemp("build")
    source = work / "src"
    shutil.copytree(ROOT, source, ignore=COPY_IGNORE)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    done = subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", str(source), "-w", str(work / "dist")],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    (wheel,) = (work / "dist").glob("channelcompare-*.whl")
    return wheel


@pytest.fixture(scope="module")
def venv(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh venv with only the wheel installed; the dependencies come from our site-packages."""
    root = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root)], check=True, timeout=120)
    python = root / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    Path(site, "borrowed_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = [
        str(python),
        "-m",
        "pip",
        "--disable-pip-version-check",
        "-q",
        "install",
        "--no-deps",
        str(built),
    ]
    done = subprocess.run(install, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    yield root


def _run(venv: Path, args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    clean.update({"XDG_CONFIG_HOME": str(cwd / "config"), "XDG_DATA_HOME": str(cwd / "data"), **env})
    command = [str(venv / "bin" / "channelcompare"), *args]
    return subprocess.run(command, cwd=cwd, env=clean, capture_output=True, text=True, timeout=180)


def test_the_wheel_holds_every_package_and_the_bundled_files(built: Path) -> None:
    names = set(zipfile.ZipFile(built).namelist())
    for package in ("channelcompare", "importers", "cli", "ui", "session"):
        if (ROOT / package / "__init__.py").exists():
            assert f"{package}/__init__.py" in names, package
    for data in (
        "benchmarks.csv",
        "fx/ecb-eurofxref-hist.csv.gz",
        "translations/channelcompare_fr.qm",
        "docs/metrics.md",  # Help > Metric definitions
    ):
        assert f"resources/{data}" in names, data
    samples = {p.name for p in (ROOT / "resources" / "sample_data").glob("*.csv")}
    assert samples and all(f"resources/sample_data/{name}" in names for name in samples)
    assert "main.py" in names and not any(name.startswith("tests/") for name in names)


@pytest.mark.slow
def test_the_installed_command_runs_from_another_directory(venv: Path, tmp_path: Path) -> None:
    version = _run(venv, ["--version"], tmp_path)
    assert version.returncode == 0 and version.stdout.strip().startswith("channelcompare ")
    imported = _run(venv, ["import", "--json", str(DATA / "mailchimp_campaigns.csv")], tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert '"format": "mailchimp' in imported.stdout
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "from channelcompare.resources import RESOURCES; print(RESOURCES)"],
        cwd=tmp_path, capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    assert Path(where).is_relative_to(venv), where  # the installed copy, never the checkout


@pytest.mark.slow
def test_the_installed_window_renders_the_sample_data_offscreen_by_itself(venv: Path, tmp_path: Path) -> None:
    out = tmp_path / "window.png"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.pop("DISPLAY", None)  # no display and no QT_QPA_PLATFORM: --screenshot must pick offscreen itself
    done = subprocess.run(
        [str(venv / "bin" / "channelcompare"), "--screenshot", str(out), "--size", "1000x700"],
        cwd=tmp_path, capture_output=True, text=True, timeout=180,
        env={**env, "XDG_CONFIG_HOME": str(tmp_path / "c"), "XDG_DATA_HOME": str(tmp_path / "d")},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert_not_blank(out)
