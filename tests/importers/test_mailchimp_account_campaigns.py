"""Mailchimp account-data export campaigns.csv: sends and recipients only, drafts left out, a pointer to Reports."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from importers.load import import_file
from tests.conftest import DATA

NAME = "mailchimp_account_campaigns.csv"


def test_sends_and_recipients_only() -> None:
    result = import_file(DATA / NAME)
    assert result.format_id == "mailchimp_account_campaigns" and result.platform == "mailchimp"
    assert result.rows == 3 and not result.rejected  # the draft (no send date) is left out, not rejected
    records = result.records
    assert records["sent"].sum() == 18420 + 18391 + 2377
    # nothing is known of deliveries, opens or clicks: missing, never 0 (no rate from this file)
    for measure in ("delivered", "opens", "clicks"):
        assert records[measure].isna().all()
    assert records["start"].tolist() == [
        pd.Timestamp("2026-09-02 09:30"),
        pd.Timestamp("2026-09-10 18:15"),
        pd.Timestamp("2026-09-20 10:00"),
    ]
    assert records["end"].equals(records["start"]) and set(records["channel"]) == {"email"}
    assert records["campaign_name"].tolist()[2] == 'Atelier, "bougies" et thé'


def test_the_user_is_told_where_opens_and_clicks_are() -> None:
    warnings = import_file(DATA / NAME).warnings
    assert any("Opens and clicks are in the Reports export" in w for w in warnings)
    assert any("1 campaign(s) without a send date" in w for w in warnings)


def test_an_unreadable_send_date_is_rejected_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "campaigns.csv"
    path.write_text(
        '"Title","Audience","Send Date","Recipients"\n"A","L","2026-09-02 09:30:00","100"\n"B","L","soon","50"\n',
        encoding="utf-8",
    )
    result = import_file(path)
    assert result.rows == 1 and [r.line for r in result.rejected] == [3]
    assert not any("without a send date" in w for w in result.warnings)


def test_the_reports_export_is_not_taken_for_it() -> None:
    assert import_file(DATA / "mailchimp_campaigns_audience.csv").format_id == "mailchimp_campaigns"
