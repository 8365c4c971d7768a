"""CSV export: same figures as the engine, every text field quoted, no formula however the file is opened."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pandas as pd
import pytest

from channelcompare.compare import compare
from channelcompare.errors import ReportFailed
from channelcompare.report import export_csv
from tests.channelcompare.report import csv_checks
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


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_no_cell_is_a_formula_with_either_list_separator(hostile_tables, delimiter: str) -> None:
    """Issue 23: a CR inside a name, `;` under a French Excel, full-width signs, invisible prefixes."""
    for path in hostile_tables:
        assert csv_checks.formula_cells(path, delimiter) == [], path.name
    written = {field.replace("'", "") for field in csv_checks.fields(hostile_tables[1])}
    for payload in csv_checks.PAYLOADS:  # every payload reached the file, so the check above had work
        assert payload.replace("'", "") in written, repr(payload)


def test_every_text_field_is_quoted_and_every_line_ends_in_crlf(hostile_tables) -> None:
    for path in hostile_tables:
        raw = path.read_bytes()
        # Booleans are written bare (a spreadsheet reads TRUE/FALSE); QUOTE_NONNUMERIC reading turns every
        # other unquoted field into a float, so any unquoted text fails here.
        text = re.sub(r",(True|False)(?=,|\r\n)", ",1", raw.decode("utf-8-sig"))
        rows = list(csv.reader(io.StringIO(text, newline=""), quoting=csv.QUOTE_NONNUMERIC))
        assert all(isinstance(name, str) for name in rows[0])
        assert any(isinstance(value, float) for value in rows[1])  # numbers stay numbers
        assert raw.count(b"\r\n") >= len(rows)
        assert raw.endswith(b"\r\n")


def test_a_file_named_with_a_formula_is_inert_in_the_source_file_column(shop, tmp_path: Path) -> None:
    records = shop[0].copy()
    records["source_file"] = pd.Series("Export\r=1+1;=2+2.csv", index=records.index, dtype="str")
    _, campaigns = export_csv(tmp_path, compare(records), records)
    for delimiter in (",", ";"):
        assert csv_checks.formula_cells(campaigns, delimiter) == []
    assert "Export\r'=1+1;'=2+2.csv" in csv_checks.fields(campaigns)
