"""`compare --prorate` and `report --prorate`: rows straddling --from/--to are pro-rated, and say so."""

from __future__ import annotations

import json
from pathlib import Path

from channelcompare.resources import SAMPLE_DATA
from tests.cli.conftest import Runner

HALF = ("--from", "2026-09-15", "--to", "2026-09-30")


def test_compare_leaves_straddling_rows_out_unless_asked_to_prorate(run_main: Runner) -> None:
    left_out = json.loads(run_main("compare", "--json", *HALF, SAMPLE_DATA).stdout)
    cut = json.loads(run_main("compare", "--json", "--prorate", *HALF, SAMPLE_DATA).stdout)
    assert "Meta Ads: 8 monthly rows do not fit 15–30 Sep 2026: left out." in left_out["warnings"]
    assert "email_automation" not in left_out["channels"]
    assert any(w.startswith("Meta Ads: 8 monthly rows") and "pro-rated" in w for w in cut["warnings"])
    assert cut["channels"]["email_automation"]["audience"] > 0


def test_report_accepts_prorate(run_main: Runner, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    done = run_main("report", "--prorate", *HALF, "-o", out, SAMPLE_DATA)
    assert done.returncode == 0, done.stderr
    assert out.exists()
