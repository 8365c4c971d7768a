"""Klaviyo's current campaign export: fractions for rates, no recipients; delivered derived from the rates."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from importers.load import import_file
from tests.conftest import DATA
from tests.importers.email_support import assert_totals, imported

NAME = "klaviyo_campaign_messages.csv"
# delivered = round(unique opens / open rate): 4012 / 0.40981 = 9789.9; SMS 96 / 0.04618 = 2078.8;
# 3890 / 0.39512 = 9845.1. sent = delivered + Bounces (60, 21, 55).
TOTALS = {
    "sent": 9850 + 2100 + 9900,
    "delivered": 9790 + 2079 + 9845,
    "opens": 4012 + 3890,  # the SMS row has no opens
    "clicks": 288 + 96 + 301,
}


def test_totals_channels_and_send_times() -> None:
    result = imported(NAME)
    assert result.format_id == "klaviyo_campaign_messages" and result.rows == 3 and not result.rejected
    assert_totals(result, TOTALS)
    records = result.records
    assert records["channel"].tolist() == ["email", "sms", "email"]
    assert records["start"].tolist() == [
        pd.Timestamp("2026-11-04 10:30"),
        pd.Timestamp("2026-11-12 18:00"),
        pd.Timestamp("2026-11-17 09:00"),
    ]
    assert set(records["derived"]) == {"delivered,sent"}
    assert records["campaign_name"][1] == "Nov 12: Flash sale, 24h only"


def test_derived_delivered_reproduces_klaviyo_rates() -> None:
    records = imported(NAME).records
    email = records[records["channel"] == "email"]
    assert (email["opens"] / email["delivered"]).round(5).tolist() == [0.40981, 0.39512]
    assert (records["clicks"] / records["delivered"]).round(5).tolist() == [0.02942, 0.04618, 0.03057]


def test_bad_send_date_rejects_its_row(tmp_path: Path) -> None:
    text = (DATA / NAME).read_text(encoding="utf-8").replace("2026-11-12,06:00 PM", "soon,06:00 PM")
    path = tmp_path / "campaigns.csv"
    path.write_text(text, encoding="utf-8")
    result = import_file(path)
    assert [(r.line, r.column) for r in result.rejected] == [(3, "Send Date")] and result.rows == 2
