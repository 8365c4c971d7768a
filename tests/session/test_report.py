"""One path from loaded files to figures and a report: the CLI's analysis is the window's, and the report
lists the rows the analysis counted."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

from channelcompare.compare import compare
from channelcompare.model import concat_records
from importers.load import import_file
from session.analysis import analyse_results
from session.report import write_csv, write_report
from session.state import Choices
from tests.conftest import DATA

FILES = ("mailchimp_campaigns.csv", "instagram_posts.csv", "meta_ads_campaigns.csv", "shopify_orders.csv")


def _results() -> list:
    return [import_file(DATA / name) for name in FILES]


def test_the_headless_analysis_equals_a_comparison_of_the_records() -> None:
    results = _results()
    choices = Choices(baseline="paid_social", platforms=("mailchimp", "meta"), effort_costs={"email": 300.0})
    analysis = analyse_results(results, choices)
    fresh = compare(concat_records([r.records for r in results]), choices)
    assert analysis.comparison.to_json() == fresh.to_json()
    assert set(analysis.campaigns["platform"]) == {"mailchimp", "meta"}


def test_the_report_and_the_csv_list_the_rows_the_analysis_counted(tmp_path: Path) -> None:
    results = _results()
    analysis = analyse_results(results, Choices(platforms=("instagram",), metric="interaction_rate"))
    path = write_report(analysis, tmp_path / "r.xlsx", results, lang="fr")
    workbook = openpyxl.load_workbook(path, read_only=True)
    assert workbook.sheetnames[:2] == ["Synthèse", "Canaux"]
    rows = list(workbook["Campagnes"].iter_rows(min_row=4, values_only=True))
    assert len(rows) == len(analysis.campaigns) > 0
    _channels, campaigns = write_csv(analysis, tmp_path, results)
    with campaigns.open(encoding="utf-8-sig") as handle:
        assert {row["platform"] for row in csv.DictReader(handle)} == {"instagram"}
