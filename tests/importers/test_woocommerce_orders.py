"""WooCommerce Analytics orders export: net sales, statuses, and Attribution as a channel signal."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from channelcompare.attribution.rules import Condition, Rule, RuleSet
from importers.load import import_file
from importers.woocommerce_orders import attribution_utm
from tests.conftest import DATA

NAME = "woocommerce_orders.csv"


def test_orders_revenue_and_channels() -> None:
    result = import_file(DATA / NAME)
    assert result.format_id == "woocommerce_orders" and result.currency == "EUR" and not result.rejected
    assert result.rows == 6  # #1054 cancelled: left out, reported
    assert any("cancelled left out" in w for w in result.warnings)
    totals = result.totals()
    assert totals["orders"] == 5  # #1055 refunded: kept with 0 orders
    assert totals["revenue"] == pytest.approx(48.33 + 30.00 + 53.33 + 0.00 + 24.17 + 43.33)  # Net Sales
    channels = dict(zip(result.records["campaign_id"], result.records["channel"], strict=True))
    assert channels == {
        "1058": "email",  # coupon NL0926 (code rule), before its Attribution
        "1057": "organic_search",  # Organic: Google
        "1056": "organic_social",  # Referral: Instagram
        "1055": "direct",
        "1053": "other",  # Web admin: no signal
        "1052": "direct",
    }


def test_attribution_cells_as_rule_inputs() -> None:
    cells = pd.Series(["Source: Klaviyo", "Organic: Bing", "Referral: lemonde.fr", "Direct", "Unknown", None])
    utm = attribution_utm(cells).fillna("")
    assert utm["utm_source"].tolist() == ["Klaviyo", "Bing", "lemonde.fr", "(direct)", "", ""]
    assert utm["utm_medium"].tolist() == ["(utm)", "organic", "referral", "(none)", "", ""]
    klaviyo = RuleSet(user_rules=(Rule("klaviyo", "email", (Condition("source", "exactly", "klaviyo"),)),))
    assert klaviyo.explain("Klaviyo", "(utm)")[0] == "email"


def test_older_export_without_attribution(tmp_path: Path) -> None:
    lines = (DATA / NAME).read_text(encoding="utf-8").splitlines()
    path = tmp_path / "wc-orders.csv"
    path.write_text("\n".join(line.rsplit(",", 1)[0] for line in lines) + "\n", encoding="utf-8")
    result = import_file(path)
    assert result.rows == 6 and any("no Attribution column" in w for w in result.warnings)
