"""`main.py claim`: the parts as JSON and as text, the shared analysis options, exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Runner
from tests.conftest import ROOT

SAMPLE = ROOT / "resources" / "sample_data"


def test_claim_json_prints_every_part(run_main: Runner) -> None:
    done = run_main("claim", "--json", SAMPLE)
    assert done.returncode == 0, done.stderr
    parts = json.loads(done.stdout)["parts"]
    assert [p["key"] for p in parts] == [
        "share_of_sales", "interactions_per_post_vs_email", "vs_retargeted_email", "peak_hours",
    ]  # fmt: skip
    by_key = {p["key"]: p for p in parts}
    assert by_key["interactions_per_post_vs_email"]["verdict"] == "holds"
    assert by_key["interactions_per_post_vs_email"]["more_needed"] is None
    assert by_key["share_of_sales"]["verdict"] == "cant_tell"
    assert isinstance(by_key["share_of_sales"]["more_needed"], int)
    for part in parts:
        assert part["method"] and isinstance(part["caveats"], list) and part["figures"]


def test_claim_text_and_chosen_peak_hours(run_main: Runner) -> None:
    done = run_main("claim", "--peak-hours", "9,10", SAMPLE)
    assert done.returncode == 0, done.stderr
    assert "interactions_per_post_vs_email: holds" in done.stdout
    assert "at 9h, 10h (your choice)" in done.stdout
    assert "can't tell yet: about" in done.stdout


def test_claim_takes_the_analysis_options(run_main: Runner) -> None:
    done = run_main("claim", "--json", "--platform", "instagram", "--platform", "mailchimp", SAMPLE)
    parts = {p["key"]: p for p in json.loads(done.stdout)["parts"]}
    social = parts["interactions_per_post_vs_email"]["figures"][0]
    assert social["denominator"] == 30  # Instagram's 30 posts only


def test_a_failed_file_exits_1_and_bad_hours_exit_2(run_main: Runner, tmp_path: Path) -> None:
    broken = tmp_path / "broken.csv"
    broken.write_text("not,an,export\n1,2,3\n", encoding="utf-8")
    done = run_main("claim", "--json", broken, SAMPLE / "instagram_posts_sept_2026.csv")
    assert done.returncode == 1 and "broken.csv" in done.stderr
    assert json.loads(done.stdout)["parts"]
    assert run_main("claim", "--peak-hours", "25", SAMPLE).returncode == 2
