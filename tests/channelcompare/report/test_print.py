"""Issue 21, printable: every sheet says how it prints, freezes its headings, and the PDF stays short."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import range_boundaries

from channelcompare.compare import compare
from channelcompare.model import concat_records
from channelcompare.report import write_report
from channelcompare.resources import resource_path
from importers.load import import_files

#: (sheet, frozen cell, repeated header rows or None) in English.
TABLE_SHEETS = {
    "Channels": ("C5", "$4:$4"),
    "Campaigns": ("D4", "$3:$3"),
    "Timing": ("B6", None),  # a grid per channel, each with its own headings
    "Trends": ("B5", "$4:$4"),
    "Sources": ("B4", "$3:$3"),
    "Definitions": ("B5", None),  # its benchmarks table has other headings than its metrics table
}


@pytest.fixture(scope="module")
def english(shop, tmp_path_factory: pytest.TempPathFactory) -> openpyxl.Workbook:
    records, sources, comparison = shop
    path = write_report(tmp_path_factory.mktemp("print") / "report.xlsx", comparison, records, sources)
    return openpyxl.load_workbook(path)


def test_every_sheet_prints_a4_one_page_wide_with_its_area(english: openpyxl.Workbook) -> None:
    for ws in english.worksheets:
        setup = ws.page_setup
        orientation = "portrait" if ws.title == "Definitions" else "landscape"  # a glossary reads down
        assert setup.orientation == orientation and setup.paperSize == 9, ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert setup.fitToHeight == 0, ws.title  # as many pages down as the rows need
        expected_wide = 3 if ws.title == "Campaigns" else 1
        assert setup.fitToWidth == expected_wide, ws.title
        last = range_boundaries(ws.print_area.split("!")[1])
        assert last[:2] == (1, 1) and ws.max_column <= last[2] and ws.max_row <= last[3] <= ws.max_row + 1


def test_every_page_carries_the_period_the_sheet_and_the_page_number(
    english: openpyxl.Workbook, shop
) -> None:
    period = shop[2].period
    day = period[0].strftime("%d %b %Y")
    for ws in english.worksheets:
        assert day in (ws.oddHeader.left.text or ""), ws.title
        assert "where social stands against email" in ws.oddHeader.left.text, ws.title
        assert ws.oddFooter.left.text == "&A" and ws.oddFooter.right.text == "&P / &N", ws.title
        assert ws.firstFooter.right.text == "&P / &N" and ws.evenHeader.left.text == ws.oddHeader.left.text


def test_table_sheets_freeze_their_headings_and_first_column(english: openpyxl.Workbook) -> None:
    for title, (frozen, repeated) in TABLE_SHEETS.items():
        ws = english[title]
        assert ws.freeze_panes == frozen, title
        assert (ws.print_title_rows or None) == repeated, title


def test_campaign_pages_repeat_the_name_beside_the_numbers(english: openpyxl.Workbook) -> None:
    ws = english["Campaigns"]
    assert ws.print_title_cols == "$A:$C"
    assert [ws.cell(3, c).value for c in (1, 2, 3)] == ["Channel", "Platform", "Campaign or post"]


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) and poppler (pdftotext) are not installed",
)
def test_the_sample_prints_in_pages_proportional_to_its_content(tmp_path: Path) -> None:
    outcomes = import_files([resource_path("sample_data")])
    sources = [o.result for o in outcomes if o.result is not None]
    records = concat_records([s.records for s in sources])
    report = write_report(tmp_path / "sample.xlsx", compare(records), records, sources)
    pages = _pages_per_sheet(report, tmp_path)
    workbook = openpyxl.load_workbook(report)
    campaign_rows = workbook["Campaigns"].max_row - 3
    assert set(pages) == {"Summary", "Channels", "Campaigns", "Timing", "Trends", "Sources", "Definitions"}
    # Proportional to the content: a sheet takes a page per ~30 rows it holds (charts count as the rows they
    # cover). The 36-page PDF of issue 21 had 27 Campaigns slices with no heading or name; the sample
    # now prints 6 Campaigns pages and 1-3 pages for each other sheet.
    for name, count in pages.items():
        if name != "Campaigns":
            assert count <= 1 + workbook[name].max_row // 30, (name, pages)
    assert pages["Campaigns"] <= 3 * -(-campaign_rows // 30), pages  # three pages across, 30+ rows a page


def _pages_per_sheet(report: Path, folder: Path) -> Counter[str]:
    """Pages of the PDF LibreOffice makes of `report`, counted by the sheet name in each page's footer."""
    profile = folder / "profile"  # a private profile: no clash with another soffice running
    command = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf"]
    subprocess.run(
        [*command, "--outdir", str(folder), str(report)], check=True, capture_output=True, timeout=180
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(folder / (report.stem + ".pdf")), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    counts: Counter[str] = Counter()
    for page in text.split("\f"):
        footer = [line.split() for line in page.strip().splitlines()[-1:]]
        if footer and footer[0]:
            counts[footer[0][0]] += 1
    return counts
