"""`main.py import --json`: the headless contract other commands and users' scripts rely on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from channelcompare.model import MEASURES
from tests.cli.conftest import Runner
from tests.conftest import DATA

KEYS = {
    "file",
    "ok",
    "error",
    "format",
    "platform",
    "rows",
    "rejected",
    "warnings",
    "currency",
    "period",
    "totals",
}


@pytest.fixture
def run_import(run_main: Runner) -> Runner:
    return lambda *args: run_main("import", *args)


def test_json_one_object_per_file_in_order(run_import: Runner, tmp_path: Path) -> None:
    bad = tmp_path / "broken.csv"
    bad.write_text("Title,Unique Clicks\n", encoding="utf-8")
    done = run_import("--json", DATA / "klaviyo_campaigns.csv", bad, DATA / "mailchimp_campaigns.csv")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    files = json.loads(done.stdout)
    assert [Path(f["file"]).name for f in files] == [
        "klaviyo_campaigns.csv",
        "broken.csv",
        "mailchimp_campaigns.csv",
    ]
    assert all(KEYS | {"by_channel"} == set(f) for f in files)

    klaviyo, broken, mailchimp = files
    assert klaviyo["ok"] is True and klaviyo["error"] is None
    assert (klaviyo["format"], klaviyo["platform"], klaviyo["rows"]) == ("klaviyo_campaigns", "klaviyo", 3)
    assert klaviyo["currency"] == "USD"
    assert klaviyo["period"] == {"start": "2026-09-04", "end": "2026-09-17"}
    assert set(klaviyo["totals"]) == set(MEASURES)
    assert klaviyo["totals"]["clicks"] == 685 and klaviyo["totals"]["revenue"] == 3324.5
    assert klaviyo["totals"]["impressions"] is None
    assert klaviyo["by_channel"]["sms"]["rows"] == 1 and klaviyo["by_channel"]["sms"]["clicks"] == 96
    assert klaviyo["by_channel"]["email"]["opens"] == 7902

    assert broken["ok"] is False and "broken.csv" in broken["error"]
    assert broken["rows"] == 0 and broken["period"] is None and broken["format"] is None
    assert mailchimp["ok"] is True and mailchimp["totals"]["sent"] == 55188


def test_rejected_rows_are_listed(run_import: Runner, tmp_path: Path) -> None:
    text = (DATA / "mailchimp_campaigns.csv").read_text(encoding="utf-8").replace(",498,", ",lots,", 1)
    path = tmp_path / "mailchimp.csv"
    path.write_text(text, encoding="utf-8")
    done = run_import("--json", path)
    assert done.returncode == 0
    (entry,) = json.loads(done.stdout)
    assert entry["rows"] == 2
    assert entry["rejected"] == [
        {"line": 3, "column": "Unique Clicks", "reason": "Unique Clicks: 'lots' is not a number"}
    ]


def test_readable_summary_and_exit_status(run_import: Runner, tmp_path: Path) -> None:
    ok = run_import(DATA / "mailerlite_report.csv")
    assert ok.returncode == 0
    assert "MailerLite campaign report, 1 rows" in ok.stdout and "1 of 1 file(s) imported." in ok.stdout
    random_bytes = tmp_path / "random.xlsx"
    random_bytes.write_bytes(bytes(range(256)) * 40)
    failed = run_import(random_bytes)
    assert failed.returncode == 1
    assert "FAILED" in failed.stdout and "random.xlsx" in failed.stdout
    assert "Traceback" not in failed.stderr + failed.stdout
