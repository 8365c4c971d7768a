"""Money (issue 15, defect 9; issue 19): one assumed currency for every path, multi-day rows at the mean
rate of their days, the rates listed, totals paired with totals, and no currency cell crashes anything."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from channelcompare.compare import CompareOptions, compare
from channelcompare.currency import convert_records, load_rates
from channelcompare.model import concat_records, normalize_records
from channelcompare.money import settle_currency
from channelcompare.report import write_report
from tests.channelcompare.test_window import _sample


def _revenue_per_1000(currency: str | None, channel: str) -> float:
    value = compare(_sample(), CompareOptions(reporting_currency=currency)).channels[channel]
    figure = value.metrics["revenue_per_1000"].value
    assert figure is not None
    return figure


def test_money_without_a_currency_is_settled_before_it_is_converted() -> None:
    # Before: Mailchimp's euros were relabelled dollars while Meta's were converted (the ratio moved 16%).
    ratio_eur = _revenue_per_1000(None, "paid_social") / _revenue_per_1000(None, "email")
    ratio_usd = _revenue_per_1000("USD", "paid_social") / _revenue_per_1000("USD", "email")
    assert ratio_usd == pytest.approx(ratio_eur, rel=0.015)  # both converted; only the days' rates differ
    email_factor = _revenue_per_1000("USD", "email") / _revenue_per_1000(None, "email")
    assert 1.1355 <= email_factor <= 1.1652  # September 2026's euro in dollars
    settled, note = settle_currency(_sample())
    assert note is not None and note.startswith("Money of GA4, Klaviyo, Mailchimp carries no currency")
    assert settled.loc[settled["platform"] == "mailchimp", "currency"].eq("EUR").all()


def test_a_monthly_row_converts_at_the_mean_rate_of_its_days() -> None:
    table = load_rates()
    row = normalize_records(
        pd.DataFrame({"currency": ["EUR"], "cost": [1000.0], "start": ["2026-09-01"], "end": ["2026-09-30"]})
    )
    out, conversion = convert_records(row, "USD", table)
    days = pd.date_range("2026-09-01", "2026-09-30", freq="D")
    daily = table.rates["USD"].reindex(table.rates.index.union(days)).ffill().reindex(days)
    assert out["cost"].iloc[0] == pytest.approx(1000.0 * daily.mean())  # before: 1 September's rate
    assert out["cost"].iloc[0] != pytest.approx(1000.0 * daily.iloc[0])
    assert "Rates used: 1 EUR = " in conversion.note()
    assert conversion.rates_used[0][0] == "EUR"


def test_klaviyo_orders_and_order_value_are_both_totals() -> None:
    klaviyo = _sample()[_sample()["platform"] == "klaviyo"]
    # Total Placed Order (180), not Unique Placed Order (171), against Total Placed Order Value
    assert klaviyo["conversions"].sum() == 180 and klaviyo["revenue"].sum() == pytest.approx(8433.02)
    channels = compare(_sample()).channels  # the flows: lifecycle and retargeted email together
    flows = [channels[c].metrics for c in ("email_automation", "email_retargeting")]
    revenue = sum(m["revenue_per_1000"].numerator or 0.0 for m in flows)
    conversions = sum(m["conversion_rate"].numerator or 0.0 for m in flows)
    assert revenue / conversions == pytest.approx(8433.02 / 180)  # before: 8433.02 / 171, 5% higher


def _hostile_currencies() -> pd.DataFrame:
    records = _sample().copy()
    shop = records.index[records["platform"] == "shopify"]
    records.loc[shop[:5], "currency"] = '=DDE("cmd";"/c calc";"x")'
    records.loc[shop[5:10], "currency"] = "AED"
    records.loc[records.index[records["platform"] == "meta"][:2], "currency"] = "AED"
    return concat_records([records])


@pytest.mark.parametrize("currency", [None, "EUR", "USD"])
def test_a_formula_or_a_currency_without_ecb_rate_never_crashes(tmp_path: Path, currency: str | None) -> None:
    records = _hostile_currencies()
    comparison = compare(records, CompareOptions(reporting_currency=currency))
    said = " ".join(comparison.warnings)
    assert "AED" in said and "=DDE" not in said  # the payload is never echoed
    sales = comparison.share_of_sales
    assert sales is not None and sales["total_orders"] == 889  # every order still counts
    assert write_report(tmp_path / "r.xlsx", comparison, records, []).exists()
    if currency:
        assert "a currency cell that is not a currency code" in said and "kept apart" in said
