from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Done, Runner
from tests.conftest import DATA


@pytest.fixture
def run(run_main: Runner) -> Runner:
    def run_at(*args: str, home: Path) -> Done:
        return run_main(*args, env={"XDG_DATA_HOME": str(home), "HOME": str(home)})

    return run_at


def test_currency_converts_money_and_says_which_rates(run: Runner, tmp_path: Path) -> None:
    files = [str(DATA / "meta_ads_campaigns.csv"), str(DATA / "mailchimp_campaigns.csv")]
    done = run("compare", "--json", "--currency", "USD", *files, home=tmp_path)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert "converted to USD" in answer["currency_conversion"]
    assert "ECB" in answer["currency_conversion"]
    # Mailchimp's money (no currency) was settled as EUR first, then converted like Meta's
    assert answer["warnings"][0].startswith("Money of Mailchimp carries no currency; it is taken as EUR")
    assert answer["warnings"][1] == answer["currency_conversion"]
    plain = json.loads(run("compare", "--json", *files, home=tmp_path).stdout)
    assert plain["currency_conversion"] is None


def test_a_currency_without_ecb_rate_is_a_clear_error(run: Runner, tmp_path: Path) -> None:
    bad = run("compare", "--currency", "XTS", str(DATA / "meta_ads_campaigns.csv"), home=tmp_path)
    assert bad.returncode == 1
    assert "XTS" in bad.stderr
    assert "Traceback" not in bad.stderr
