"""CSV export: same figures as the engine, formula-like text escaped with a leading quote."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from channelcompare.errors import ReportFailed
from channelcompare.report import export_csv
from tests.channelcompare.report.synthetic import PAYLOADS

TRIGGERS = tuple("=+-@\t\r")


def test_payloads_are_escaped_and_nothing_else_is(shop, tmp_path: Path) -> None:
    records, _, comparison = shop
    _, campaigns = export_csv(tmp_path, comparison, records)
    with campaigns.open(encoding="utf-8-sig", newline="") as handle:
        fields = [field for row in csv.reader(handle) for field in row]
    for payload in PAYLOADS[:5]:
        assert "'" + payload in fields
        assert payload not in fields
    assert not [f for f in fields if f.startswith(TRIGGERS) and not _is_number(f)]
    assert "Welcome Series" in fields


def test_channel_figures_equal_the_engine(shop, tmp_path: Path) -> None:
    records, _, comparison = shop
    channels, _ = export_csv(tmp_path, comparison, records)
    table = pd.read_csv(channels, encoding="utf-8-sig")
    email = table[(table["channel"] == "email") & (table["metric"] == "click_rate")].iloc[0]
    value = comparison.channels["email"].metrics["click_rate"]
    assert email["value"] == value.value  # full precision: CSV is for machines
    assert (email["ci_low"], email["ci_high"]) == value.ci


def test_missing_folder_is_refused(shop, tmp_path: Path) -> None:
    records, _, comparison = shop
    with pytest.raises(ReportFailed, match="does not exist"):
        export_csv(tmp_path / "missing", comparison, records)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_campaign_rows_are_those_the_comparison_counts(tmp_path: Path) -> None:
    """Ad rows of one campaign and day are summed, in the CSV as in the report and the comparison."""
    from channelcompare.aggregate import aggregate_records
    from channelcompare.compare import compare
    from tests.channelcompare.report.test_campaigns import _daily_ads

    records = _daily_ads(2_000, campaigns=4)
    comparison = compare(records)
    for aggregated, given in ((False, records), (True, aggregate_records(records))):
        folder = tmp_path / str(aggregated)
        folder.mkdir()
        _, campaigns = export_csv(folder, comparison, given, aggregated=aggregated)
        table = pd.read_csv(campaigns, encoding="utf-8-sig")
        assert len(table) == comparison.channels["paid_social"].rows == 4 * 30
        assert comparison.channels["paid_social"].campaigns == 4
        assert table["reach"].sum() == pytest.approx(records["reach"].sum())
