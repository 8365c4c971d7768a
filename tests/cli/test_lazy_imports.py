"""Headless start-up pays only for what the command needs: `main.py import --json` of a Meta export loads
pandas and Arrow's CSV reader, never the window, the spreadsheet libraries, the report, the workspace or the
attribution engine (each costs tens of ms before a byte is read; issue 22 asks ≤ 1.3x `import pandas`).
Checked in a fresh interpreter: this test process has imported everything already."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NEVER = (
    "PySide6", "pyqtgraph", "openpyxl", "python_calamine", "statsmodels", "scipy", "requests", "keyring",
    "defusedxml", "sqlite3", "ui", "session", "channelcompare.report", "channelcompare.workspace",
    "channelcompare.attribution", "channelcompare.compare", "pyarrow.parquet",
)  # fmt: skip
META = (
    '\ufeff"Reporting starts","Reporting ends","Campaign name","Ad name","Amount spent (EUR)",Impressions,'
    '"Link clicks"\n2026-09-01,2026-09-01,Rentrée 2026,Carrousel #1,12.5,1000,20\n'
)


def loaded_after(code: str) -> list[str]:
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    child = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120, check=True
    )
    return json.loads(child.stdout.strip().splitlines()[-1])


def heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == name or m.startswith(name + ".") for name in NEVER)]


def test_importing_the_import_command_loads_nothing_it_does_not_need() -> None:
    modules = loaded_after("import cli.import_cmd")
    assert "pandas" in modules and heavy(modules) == []


def test_running_import_json_on_a_meta_export_loads_nothing_it_does_not_need(tmp_path: Path) -> None:
    export = tmp_path / "meta.csv"
    export.write_text(META, encoding="utf-8")
    run = f"import contextlib, io, main\nwith contextlib.redirect_stdout(io.StringIO()):\n    main.main(['import', '--json', {str(export)!r}])"
    modules = loaded_after(run)
    assert "importers.meta_ads" in modules and heavy(modules) == []


def test_the_overlap_choices_spelled_for_the_parser_are_the_workspace_s() -> None:
    from channelcompare.workspace import OVERLAP_CHOICES
    from cli.common import OVERLAP_CHOICES as PARSED

    assert PARSED == OVERLAP_CHOICES
