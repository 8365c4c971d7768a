"""`--workspace`: headless runs accumulate imports in one workspace and analyse all of it, counted once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Runner
from tests.conftest import DATA


@pytest.fixture
def run(run_main: Runner) -> Runner:
    return run_main


def compare_json(run: Runner, workspace: Path) -> dict[str, dict[str, dict[str, object]]]:
    done = run("compare", "--workspace", workspace, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_imports_accumulate_and_compare_sees_them_all_once(run: Runner, tmp_path: Path) -> None:
    workspace = tmp_path / "september.ccws"
    first = run("import", "--workspace", workspace, "--json", DATA / "mailchimp_campaigns.csv")
    assert first.returncode == 0 and json.loads(first.stdout)[0]["rows"] == 3
    assert "3 row(s) added" in first.stderr
    assert run("import", "--workspace", workspace, DATA / "meta_ads_campaigns.csv").returncode == 0
    channels = compare_json(run, workspace)["channels"]
    assert {name: channels[name]["campaigns"] for name in channels} == {"email": 3, "paid_social": 4}

    again = run("import", "--workspace", workspace, DATA / "mailchimp_campaigns.csv")
    assert again.returncode == 0 and "already in this workspace" in again.stderr
    # the same Meta campaigns and days exported in French: replaces, never adds
    french = run("import", "--workspace", workspace, DATA / "meta_ads_campaigns_fr.csv")
    assert "replaced" in french.stderr
    assert compare_json(run, workspace)["channels"] == channels


def test_keep_both_is_available_on_request(run: Runner, tmp_path: Path) -> None:
    workspace = tmp_path / "w.ccws"
    run("import", "--workspace", workspace, DATA / "meta_ads_campaigns.csv")
    both = run(
        "import", "--workspace", workspace, "--overlap", "keep_both", DATA / "meta_ads_campaigns_fr.csv"
    )
    assert "counted twice" in both.stderr
    paid = compare_json(run, workspace)["channels"]["paid_social"]
    assert paid["rows"] == 8 and paid["campaigns"] == 4  # both copies' rows, of the same 4 campaigns


def test_report_writes_from_the_workspace_alone(run: Runner, tmp_path: Path) -> None:
    workspace = tmp_path / "w.ccws"
    run("import", "--workspace", workspace, DATA / "mailchimp_campaigns.csv", DATA / "meta_ads_campaigns.csv")
    done = run("report", "--workspace", workspace, "-o", tmp_path / "report.xlsx")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "report.xlsx").stat().st_size > 0


def test_no_file_and_no_workspace_is_a_usage_error_and_a_damaged_workspace_says_so(
    run, tmp_path: Path
) -> None:
    assert run("compare", "--json").returncode == 2
    damaged = tmp_path / "damaged.ccws"
    damaged.write_bytes(b"\x00garbage" * 512)
    done = run("compare", "--workspace", damaged, "--json")
    assert done.returncode == 1 and str(damaged) in done.stderr and "damaged" in done.stderr
    assert "Traceback" not in done.stderr
