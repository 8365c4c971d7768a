"""`main.py compare`: the JSON contract of issue 4 and the readable table, on real-shaped fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Runner
from tests.conftest import DATA

FILES = [
    DATA / name
    for name in (
        "mailchimp_campaigns.csv",
        "instagram_posts.csv",
        "meta_ads_campaigns.csv",
        "facebook_posts.csv",
    )
]


@pytest.fixture
def run_compare(run_main: Runner) -> Runner:
    return lambda *args: run_main("compare", *args)


def test_json_output_has_the_documented_shape(run_compare: Runner) -> None:
    done = run_compare("--json", "--baseline", "email", "--from", "2026-09-01", "--to", "2026-09-30", *FILES)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["baseline"] == "email" and out["period"] == ["2026-09-01", "2026-09-30"]
    email = out["channels"]["email"]
    assert email["audience_basis"] == "delivered" and email["audience"] > 0
    click = email["metrics"]["click_rate"]
    assert (
        click["value"] == click["numerator"] / click["denominator"]
        and click["ci"][0] < click["value"] < click["ci"][1]
    )
    keys = {
        "channel",
        "metric",
        "value",
        "baseline_value",
        "ratio",
        "ratio_ci",
        "p_value",
        "significant",
        "sentence",
    }
    assert out["findings"] and all(keys <= set(f) for f in out["findings"])
    assert any(
        f["channel"] == "paid_social" and f["metric"] == "click_rate" and f["significant"]
        for f in out["findings"]
    )
    assert isinstance(out["warnings"], list)


def test_readable_output_lists_channels_findings_and_warnings(run_compare: Runner) -> None:
    done = run_compare(*FILES)
    assert done.returncode == 0, done.stderr
    assert "Baseline: email" in done.stdout and "Meta Ads" in done.stdout
    assert "Findings:\n1. Meta Ads' " in done.stdout and "Warnings:" in done.stdout


def test_no_importable_file_is_exit_1_and_a_bad_date_is_a_usage_error(
    run_compare: Runner, tmp_path: Path
) -> None:
    junk = tmp_path / "notes.csv"
    junk.write_text("hello,world\n1,2\n", encoding="utf-8")
    done = run_compare(junk)
    assert done.returncode == 1 and "nothing to compare" in done.stderr and "Traceback" not in done.stderr
    bad = run_compare("--from", "01/09/2026", *FILES)
    assert bad.returncode == 2 and "is not a date such as 2026-09-01" in bad.stderr


def test_effort_costs_and_filters_reach_the_engine(run_compare: Runner) -> None:
    done = run_compare(
        "--json", "--effort", "email=300", "--platform", "mailchimp", "--platform", "meta", *FILES
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert set(out["channels"]) == {"email", "paid_social"}
    assert abs(out["channels"]["email"]["metrics"]["cost_per_conversion"]["numerator"] - 300) < 1e-9
    bad = run_compare("--effort", "email=lots", *FILES)
    assert bad.returncode == 2 and "is not an amount" in bad.stderr
