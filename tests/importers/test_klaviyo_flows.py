"""Klaviyo flows: rates are fractions; counts are derived as rate x base and marked as derived."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from importers.load import import_file
from tests.conftest import DATA
from tests.importers.email_support import assert_totals, french_excel_variant, imported, xlsx_variant

# delivered = round(recipients x (1 - bounce or SMS failure rate)); opens, clicks = round(rate x delivered)
DELIVERED = [
    round(1200 * (1 - 0.0083)),
    round(1100 * (1 - 0.0045)),
    round(640 * (1 - 0.0031)),
    round(210 * (1 - 0.0095)),
]
TOTALS = {
    "sent": 1200 + 1100 + 640 + 210,
    "delivered": 1190 + 1095 + 638 + 208,
    "opens": 657 + 483 + 371,  # 0.5521 x 1190, 0.4412 x 1095, 0.5820 x 638
    "clicks": 97 + 43 + 77 + 22,  # 0.0812 x 1190, 0.0391 x 1095, 0.1203 x 638, 0.1048 x 208
    # Total Placed Order, not Unique: they pair with Total Placed Order Value (issue 15, defect 9)
    "conversions": 61 + 22 + 46 + 12,
    "orders": 61 + 22 + 46 + 12,
    "revenue": 2610.00 + 1008.00 + 2112.00 + 576.00,
}


def test_derived_counts_and_channels() -> None:
    result = imported("klaviyo_flows.csv")
    assert result.format_id == "klaviyo_flows" and result.rows == 4 and not result.rejected
    assert DELIVERED == [1190, 1095, 638, 208]
    assert_totals(result, TOTALS)
    records = result.records
    assert records["channel"].tolist() == ["email_automation"] * 3 + ["sms"]
    assert records["derived"].tolist() == ["delivered,opens,clicks"] * 3 + ["delivered,clicks"]
    assert records["campaign_name"][0] == "Bienvenue – Bienvenue 1 – Code WELCOME10"
    assert records["start"].unique().tolist() == [pd.Timestamp("2026-09-01")]
    assert records["end"].unique().tolist() == [pd.Timestamp("2026-09-30")]


def test_derived_rates_round_trip_to_klaviyo_rates() -> None:
    records = imported("klaviyo_flows.csv").records
    email = records[records["channel"] == "email_automation"]
    assert (email["opens"] / email["delivered"]).round(3).tolist() == [0.552, 0.441, 0.582]


def test_percent_written_rates_are_read_as_fractions(tmp_path: Path) -> None:
    text = (DATA / "klaviyo_flows.csv").read_text(encoding="utf-8").replace(",0.5521,", ",55.21%,")
    path = tmp_path / "flows.csv"
    path.write_text(text, encoding="utf-8")
    assert import_file(path).totals()["opens"] == TOTALS["opens"]


def test_no_date_column_is_a_warning(tmp_path: Path) -> None:
    lines = (DATA / "klaviyo_flows.csv").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "flows.csv"
    path.write_text("\n".join(line.rsplit(",", 1)[0] for line in lines) + "\n", encoding="utf-8")
    result = import_file(path)
    assert result.rows == 4 and result.period() is None
    assert "has no Date or Date Range column" in result.warnings[0]


def test_xlsx_variant_gives_the_same_totals(tmp_path: Path) -> None:
    assert_totals(import_file(xlsx_variant("klaviyo_flows.csv", tmp_path)), TOTALS)


def test_french_excel_resave_gives_the_same_totals(tmp_path: Path) -> None:
    result = import_file(french_excel_variant("klaviyo_flows.csv", tmp_path))
    assert not result.rejected
    assert_totals(result, TOTALS)
    assert result.records["start"].tolist() == imported("klaviyo_flows.csv").records["start"].tolist()


def test_flow_exported_on_its_own_uses_its_counts_and_month_ranges() -> None:
    """Real shape: `Date` holds `May 01 2025 - May 31 2025`, one row per flow and month, counts included."""
    result = imported("klaviyo_flows_per_flow.csv")
    assert result.format_id == "klaviyo_flows" and result.rows == 4 and not result.rejected
    assert_totals(
        result,
        {
            "sent": 1200 + 640 + 1100 + 610,
            "delivered": (1200 - 10) + (640 - 2) + (1100 - 5) + (610 - 4),  # recipients - Bounces
            "opens": 655 + 371 + 483 + 330,  # Unique Opens, as exported
            "clicks": 97 + 77 + 43 + 58,  # Unique Clicks
        },
    )
    records = result.records
    assert records["start"].tolist() == [pd.Timestamp(d) for d in ("2025-05-01",) * 2 + ("2025-06-01",) * 2]
    assert records["end"].tolist() == [pd.Timestamp(d) for d in ("2025-05-31",) * 2 + ("2025-06-30",) * 2]
    assert records["derived"].isna().all()  # nothing computed from a rate
    # the counts reproduce Klaviyo's own rates (over delivered)
    assert (records["opens"] / records["delivered"]).round(5).tolist() == [0.55042, 0.5815, 0.4411, 0.54455]
