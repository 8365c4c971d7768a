from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from tests.cli.conftest import Runner
from tests.http_fake import Answer, FakeApi
from tests.importers.api.test_mailchimp_api import KEY, page, report


@pytest.fixture(autouse=True)
def no_keyring() -> Iterator[None]:
    """No system keyring, as on the build machine: a key from stdin is never saved in the developer's own."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHANNELCOMPARE_")}
    env.update({"XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path), **extra})
    return env


def test_fetch_json_is_the_import_object_and_lands_in_the_workspace_once(
    run_main: Runner, fake_api: FakeApi, tmp_path: Path
) -> None:
    fake_api.on("/3.0/reports", page([report(1), report(2)], 2))
    env = environment(tmp_path, CHANNELCOMPARE_MAILCHIMP_KEY=KEY)
    workspace = tmp_path / "w.ccws"
    args = [
        "fetch",
        "mailchimp",
        "--since",
        "2026-09-01",
        "--until",
        "2026-09-30",
        "--base-url",
        f"{fake_api.base}/3.0",
    ]
    first = run_main(*args, "--json", "--workspace", str(workspace), env=env)
    assert first.returncode == 0, first.stderr
    answer = json.loads(first.stdout)
    assert answer["ok"] is True
    assert answer["platform"] == "mailchimp"
    assert answer["totals"]["sent"] == 2000
    assert set(answer) >= {
        "file",
        "error",
        "format",
        "rows",
        "rejected",
        "warnings",
        "currency",
        "period",
        "totals",
        "by_channel",
    }
    again = run_main(*args, "--json", "--workspace", str(workspace), env=env)
    assert again.returncode == 0, again.stderr
    compared = run_main("compare", "--json", "--workspace", str(workspace), env=env)
    assert compared.returncode == 0, compared.stderr
    assert json.loads(compared.stdout)["channels"]["email"]["metrics"]["click_rate"]["numerator"] == 60
    for text in (first.stdout, first.stderr, again.stderr, compared.stdout):
        assert KEY not in text
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path


def test_refused_key_is_a_one_line_error_without_traceback(
    run_main: Runner, fake_api: FakeApi, tmp_path: Path
) -> None:
    fake_api.on("/3.0/reports", Answer(401, {"title": "API Key Invalid"}))
    env = environment(tmp_path)
    result = run_main(
        "fetch",
        "mailchimp",
        "--since",
        "2026-09-01",
        "--until",
        "2026-09-30",
        "--base-url",
        f"{fake_api.base}/3.0",
        "--key-stdin",
        env=env,
        stdin=KEY + "\n",
    )
    assert result.returncode == 1
    assert "refused the API key" in result.stderr
    assert "Traceback" not in result.stderr
    assert KEY not in result.stderr + result.stdout


def test_missing_key_says_where_to_put_it(run_main: Runner, tmp_path: Path) -> None:
    result = run_main(
        "fetch",
        "meta",
        "--account",
        "42",
        "--since",
        "2026-09-01",
        "--until",
        "2026-09-30",
        env=environment(tmp_path),
    )
    assert result.returncode == 1
    assert "CHANNELCOMPARE_META_TOKEN" in result.stderr


def test_refetching_a_period_with_newer_numbers_replaces_never_doubles(
    run_main: Runner, fake_api: FakeApi, tmp_path: Path
) -> None:
    env = environment(tmp_path, CHANNELCOMPARE_MAILCHIMP_KEY=KEY)
    workspace = tmp_path / "w.ccws"
    args = [
        "fetch",
        "mailchimp",
        "--since",
        "2026-09-01",
        "--until",
        "2026-09-30",
        "--base-url",
        f"{fake_api.base}/3.0",
    ]
    fake_api.on("/3.0/reports", page([report(1, clicks=30), report(2, clicks=30)], 2))
    assert run_main(*args, "--workspace", str(workspace), env=env).returncode == 0
    fake_api.answers.clear()  # a day later the same campaigns have more clicks
    fake_api.on("/3.0/reports", page([report(1, clicks=41), report(2, clicks=39)], 2))
    assert run_main(*args, "--workspace", str(workspace), env=env).returncode == 0
    compared = run_main("compare", "--json", "--workspace", str(workspace), env=env)
    clicks = json.loads(compared.stdout)["channels"]["email"]["metrics"]["click_rate"]["numerator"]
    assert clicks == 80
