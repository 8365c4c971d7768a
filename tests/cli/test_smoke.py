"""One real `python main.py COMMAND` per command: the entry point, argument parsing and exit status as a
user's script meets them. Every other CLI test runs in-process (tests/cli/conftest.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT


def run(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHANNELCOMPARE_")}
    env.update({"XDG_DATA_HOME": str(home / "data"), "HOME": str(home)})
    return subprocess.run(
        [sys.executable, "main.py", *map(str, args)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("command", "check"),
    [
        (["import", "--json", DATA / "mailchimp_campaigns.csv"], lambda out, _: json.loads(out)[0]["ok"]),
        (["compare", "--json", DATA / "mailchimp_campaigns.csv"], lambda out, _: "email" in json.loads(out)["channels"]),
        (["report", "-o", "{tmp}/r.xlsx", DATA / "mailchimp_campaigns.csv"], lambda out, tmp: Path(out.strip()) == tmp / "r.xlsx"),
    ],
    ids=["import", "compare", "report"],
)  # fmt: skip
def test_each_command_runs_as_a_process(command: list, check, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    done = run(*(str(a).format(tmp=tmp_path) for a in command), home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert check(done.stdout, tmp_path)


def test_fetch_runs_as_a_process_and_fails_cleanly_without_a_key(tmp_path: Path) -> None:
    done = run("fetch", "meta", "--account", "42", "--since", "2026-09-01", "--until", "2026-09-30", home=tmp_path)
    assert done.returncode == 1
    assert "CHANNELCOMPARE_META_TOKEN" in done.stderr and "Traceback" not in done.stderr


def test_a_usage_error_exits_2_from_a_process(tmp_path: Path) -> None:
    done = run("compare", "--from", "01/09/2026", DATA / "mailchimp_campaigns.csv", home=tmp_path)
    assert done.returncode == 2 and "is not a date such as 2026-09-01" in done.stderr
