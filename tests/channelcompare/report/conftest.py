"""Shared fixtures: the synthetic shop compared once, and its report written once per language."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from channelcompare.compare import CompareOptions, Comparison, compare
from channelcompare.report import export_csv, write_report
from channelcompare.sources import ImportResult
from tests.channelcompare.report import csv_checks
from tests.channelcompare.report.synthetic import synthetic_records, synthetic_sources


@pytest.fixture(scope="session")
def shop() -> tuple[pd.DataFrame, list[ImportResult], Comparison]:
    records = synthetic_records()
    return records, synthetic_sources(records), compare(records, CompareOptions())


@pytest.fixture(scope="session", params=["en", "fr"])
def report(request: pytest.FixtureRequest, shop, tmp_path_factory: pytest.TempPathFactory) -> Path:
    records, sources, comparison = shop
    path = tmp_path_factory.mktemp(f"report-{request.param}") / f"rapport été {request.param}.xlsx"
    return write_report(path, comparison, records, sources, lang=request.param)


@pytest.fixture(scope="session")
def workbook(report: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(report)


#: The text columns that carry what an imported file said (the others are our own vocabulary).
IMPORTED_TEXT = ("campaign_id", "campaign_name", "source_file", "attribution")


@pytest.fixture(scope="session")
def hostile_tables(shop, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The synthetic shop with the OWASP payloads (tests/data/hostile) in every imported text column."""
    records = shop[0].copy()
    for offset, column in enumerate(IMPORTED_TEXT):
        cycle = [csv_checks.PAYLOADS[(i + offset) % len(csv_checks.PAYLOADS)] for i in range(len(records))]
        records[column] = pd.Series(cycle, index=records.index, dtype="str")
    return export_csv(tmp_path_factory.mktemp("hostile-csv"), compare(records), records)
