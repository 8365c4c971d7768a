"""`main.py compare --json` carries the sales view: share of sales and claimed vs observed (issue 7)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.cli.conftest import Runner
from tests.conftest import DATA


@pytest.fixture
def compare_json(run_main: Runner) -> Callable[..., dict]:
    def run(*names: str) -> dict:
        done = run_main("compare", "--json", *(DATA / n for n in names))
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    return run


def test_share_of_sales_from_shopify_orders_with_ga4_sessions(compare_json: Runner) -> None:
    out = compare_json("shopify_orders.csv", "ga4_traffic_en.csv")
    share = out["share_of_sales"]
    assert share["source"] == "shopify" and share["currency"] == "EUR"
    # hand-computed from the fixture: 4 orders, 241.50 EUR net of refunds
    assert (share["total_orders"], share["total_revenue"]) == (4.0, 241.5)
    email = share["by_channel"]["email"]
    assert (email["orders"], email["revenue"]) == (1.0, 58.0)
    assert email["share"] == pytest.approx(58 / 241.5)
    assert share["unattributed"]["revenue"] == 96.0
    assert share["store_conversion_rate"] == pytest.approx(4 / 10000)
    assert share["social_share"] == pytest.approx((35.5 + 52) / 241.5)
    assert "Forrester" in share["headline"]
    assert out["claimed_vs_observed"] is None  # no platform claims revenue in these files


def test_several_currencies_are_converted_with_ecb_rates_and_shown_apart(compare_json: Runner) -> None:
    share = compare_json("shopify_orders_two_currencies.csv")["share_of_sales"]
    assert share["currency"] == "USD"  # the currency of most orders (2 of 3)
    assert share["by_currency"]["USD"]["organic_social"]["revenue"] == 45.0
    assert share["by_currency"]["EUR"]["email"]["revenue"] == 40.0
    assert 140 < share["total_revenue"] < 160  # 100 USD + 40 EUR in USD
    assert "ECB" in share["conversion_note"]
