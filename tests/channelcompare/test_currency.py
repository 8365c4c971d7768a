from __future__ import annotations

import math

import pandas as pd
import pytest

from channelcompare.currency import RateTable, convert_records, load_rates, parse_ecb_csv
from channelcompare.model import normalize_records

RATES = "Date,USD,GBP,\n2026-09-04,1.10,0.85,\n2026-09-03,1.20,N/A,\n2026-09-01,1.25,0.80,\n"


@pytest.fixture
def table() -> RateTable:
    return parse_ecb_csv(RATES, "test rates")


def rows(**columns: list[object]) -> pd.DataFrame:
    n = len(next(iter(columns.values())))
    return normalize_records(
        pd.DataFrame({"platform": ["meta"] * n, "channel": ["paid_social"] * n, **columns})
    )


def test_amounts_convert_at_the_rate_of_their_own_date(table: RateTable) -> None:
    records = rows(
        currency=["USD", "USD", "GBP"],
        revenue=[120.0, 110.0, 85.0],
        cost=[12.0, None, 8.5],
        start=["2026-09-03", "2026-09-06", "2026-09-03"],
    )
    out, conversion = convert_records(records, "EUR", table)
    assert out["revenue"].tolist() == pytest.approx(
        [100.0, 100.0, 106.25]
    )  # 09-06 is a Sunday: Friday 09-04 rate
    assert out.loc[0, "cost"] == pytest.approx(10.0)
    assert math.isnan(out.loc[1, "cost"])  # missing stays missing
    assert math.isclose(out.loc[2, "cost"], 8.5 / 0.80)  # GBP had no rate on 09-03: the 09-01 one is carried
    assert set(out["currency"]) == {"EUR"}
    assert conversion.first_rate_date.isoformat() == "2026-09-03"
    assert "ECB" in conversion.note() and "test rates" in conversion.note()


def test_cross_rates_go_through_the_euro(table: RateTable) -> None:
    out, _ = convert_records(rows(currency=["GBP"], revenue=[85.0], start=["2026-09-04"]), "USD", table)
    assert out.loc[0, "revenue"] == pytest.approx(110.0)


def test_unknown_currency_is_left_out_and_named(table: RateTable) -> None:
    out, conversion = convert_records(
        rows(currency=["XTS"], revenue=[5.0], start=["2026-09-04"]), "EUR", table
    )
    assert math.isnan(out.loc[0, "revenue"])
    assert conversion.unconvertible == ("XTS",)
    assert "XTS" in conversion.note()


def test_bundled_snapshot_loads_offline() -> None:
    bundled = load_rates(None)
    assert bundled.origin == "bundled snapshot"
    assert {"USD", "GBP", "CHF"} <= set(bundled.currencies)
    assert bundled.latest.year >= 2026
