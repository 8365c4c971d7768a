"""The layering rule: ui, cli -> session -> importers -> channelcompare, and only ui imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

HEADLESS_PACKAGES = ("channelcompare", "importers", "session", "cli")
#: package -> packages of ours it must never import (the ones above it)
FORBIDDEN = {
    "channelcompare": {"importers", "session", "ui", "cli"},
    "importers": {"session", "ui", "cli"},
    "session": {"ui", "cli"},
    "cli": {"ui"},
}

_BLOCK_QT = """
import importlib, pkgutil, sys
for name in ("PySide6", "pyqtgraph", "shiboken6"):
    sys.modules[name] = None  # any import of these now raises ImportError
failures = []
for package in {packages!r}:
    module = importlib.import_module(package)
    for info in pkgutil.walk_packages(module.__path__, package + "."):
        try:
            importlib.import_module(info.name)
        except Exception as exc:
            failures.append(f"{{info.name}}: {{type(exc).__name__}}: {{exc}}")
print("\\n".join(failures))
sys.exit(1 if failures else 0)
"""


def test_core_and_importers_import_without_qt() -> None:
    code = _BLOCK_QT.format(packages=HEADLESS_PACKAGES)
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_check_would_catch_a_qt_import(tmp_path: Path) -> None:
    """Guard against a check that cannot fail: a package importing PySide6 must be reported."""
    package = tmp_path / "leaky"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "view.py").write_text("import PySide6.QtWidgets\n")
    code = _BLOCK_QT.format(packages=("leaky",))
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "leaky.view" in result.stdout


def _imported_top_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _offenders(root: Path, package: str, forbidden: set[str]) -> list[str]:
    offenders = []
    for path in sorted((root / package).rglob("*.py")):
        bad = _imported_top_packages(path) & forbidden
        if bad:
            offenders.append(f"{path.relative_to(root)} imports {sorted(bad)}")
    return offenders


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_imports_run_one_way(package: str) -> None:
    offenders = _offenders(ROOT, package, FORBIDDEN[package])
    assert not offenders, "\n".join(offenders)


def test_the_check_would_catch_an_upward_import(tmp_path: Path) -> None:
    """Guard against a check that cannot fail: session importing ui, even lazily, must be reported."""
    (tmp_path / "session").mkdir()
    (tmp_path / "session" / "state.py").write_text("def later():\n    from ui.views import overview\n")
    assert _offenders(tmp_path, "session", FORBIDDEN["session"]) == ["session/state.py imports ['ui']"]
