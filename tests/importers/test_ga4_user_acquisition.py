"""GA4 User acquisition: the first-user channel group, people (not sessions), first-touch attribution."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from importers.load import import_file
from tests.conftest import DATA

NAME = "ga4_user_acquisition.csv"


def test_first_user_groups_as_people_by_first_touch() -> None:
    result = import_file(DATA / NAME)
    assert result.format_id == "ga4_user_acquisition" and not result.rejected
    assert result.rows == 6  # Grand total left out, the chart block after the blank line not read
    records = result.records
    assert records["channel"].tolist() == [
        "organic_search", "direct", "email", "organic_social", "paid_social", "referral",  # AI Assistant
    ]  # fmt: skip
    totals = result.totals()
    assert totals["reach"] == 1210 + 820 + 390 + 460 + 180 + 90  # Total users, = the Grand total's 3150
    assert totals["conversions"] == 31 + 22 + 18 + 6 + 4 + 3  # Key events (84)
    assert totals["revenue"] == 1450 + 1210.5 + 980 + 260 + 150 + 70  # 4120.5
    assert totals["sessions"] is None  # users are not sessions: nothing added to the traffic view
    assert set(records["attribution"]) == {"first user (channel of the user's first visit)"}
    assert records["start"].unique().tolist() == [pd.Timestamp("2026-09-01")]


def test_french_header_is_user_acquisition_not_traffic(tmp_path: Path) -> None:
    text = (
        (DATA / NAME)
        .read_text(encoding="utf-8")
        .replace(
            "First user primary channel group (Default Channel Group),Total users",
            "Groupe de canaux principal du premier utilisateur (Groupe de canaux par défaut),Nombre total d'utilisateurs",
        )
    )
    path = tmp_path / "acquisition.csv"
    path.write_text(text, encoding="utf-8")
    result = import_file(path)
    assert result.format_id == "ga4_user_acquisition" and result.totals()["reach"] == 3150
