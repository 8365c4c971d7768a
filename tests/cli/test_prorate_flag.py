"""`compare --prorate` and `report --prorate`: rows straddling --from/--to are pro-rated, and say so."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from channelcompare.resources import SAMPLE_DATA
from tests.cli.test_compare_cmd import run_compare
from tests.conftest import ROOT

HALF = ("--from", "2026-09-15", "--to", "2026-09-30")


def test_compare_leaves_straddling_rows_out_unless_asked_to_prorate() -> None:
    left_out = json.loads(run_compare("--json", *HALF, SAMPLE_DATA).stdout)
    cut = json.loads(run_compare("--json", "--prorate", *HALF, SAMPLE_DATA).stdout)
    assert "Meta Ads: 8 monthly rows do not fit 15–30 Sep 2026: left out." in left_out["warnings"]
    assert "email_automation" not in left_out["channels"]
    assert any(w.startswith("Meta Ads: 8 monthly rows") and "pro-rated" in w for w in cut["warnings"])
    assert cut["channels"]["email_automation"]["audience"] > 0


def test_report_accepts_prorate(tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    done = subprocess.run(
        [sys.executable, "main.py", "report", "--prorate", *HALF, "-o", str(out), str(SAMPLE_DATA)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.exists()
