"""The Campaigns sheet's rows written as XML column by column (`sheet_xml`) read back by openpyxl equal the
table cell for cell: types, number formats, hostile text, missing values."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import defusedxml.ElementTree as SafeTree
import numpy as np
import openpyxl
import pandas as pd
import pyarrow as pa
import pytest
from openpyxl.utils.datetime import to_excel

from channelcompare.metrics import METRICS
from channelcompare.model import normalize_records
from channelcompare.report import campaigns, cells, sheet_xml, styles
from channelcompare.report.campaign_table import campaign_table
from channelcompare.report.campaigns import HEADER_ROWS, column_names, write_campaigns
from channelcompare.report.i18n import Words
from channelcompare.report.labels import basis_label
from tests.channelcompare.report.synthetic import PAYLOADS

NAMES = (
    *PAYLOADS,
    "Soldes <été> & \"hiver\" l'an 'prochain'",
    "  blancs autour  ",
    "ligne\r\nsuivante\tet tab",
    "contrôle \x01\x08\x0b\x1f ici",
    "日本語のキャンペーン 🕯️",
    "-10% sur tout",
    "@équipe",
    "",
    None,
)


def _records() -> pd.DataFrame:
    n = len(NAMES)
    start = pd.Series(pd.Timestamp("2026-09-01 08:15") + pd.to_timedelta(np.arange(n) * 7, "h"))
    start[1] = pd.NaT
    reach = np.arange(1, n + 1) * 1_000.0
    reach[2] = np.nan
    return normalize_records(
        pd.DataFrame(
            {
                "channel": ["email", "paid_social"] * (n // 2) + ["organic_social"] * (n % 2),
                "platform": ["mailchimp", "meta"] * (n // 2) + ["instagram"] * (n % 2),
                "format_id": "test",
                "source_file": "=export.csv",
                "campaign_id": [f"c{i}" for i in range(n)],
                "campaign_name": list(NAMES),
                "currency": ["EUR", "USD", None] * (n // 3) + ["JPY"] * (n % 3),
                "start": start,
                "end": start,
                "reach": reach,
                "clicks": np.arange(1, n + 1) * 12.3456789,  # known where reach is not: still a campaign
                "cost": reach / 3,
                "revenue": np.where(np.arange(n) % 4 == 0, np.nan, reach * 1.5),
                "source_line": np.arange(2, n + 2),
            }
        )
    )


@pytest.fixture(scope="module", params=["en", "fr"])
def written(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    words = Words(request.param)
    table = campaign_table(_records())
    workbook = openpyxl.Workbook(write_only=True)
    write_campaigns(workbook, words, table, lambda _f: None, lambda: False)
    path = tmp_path_factory.mktemp("fast") / "campaigns.xlsx"
    workbook.save(path)
    return path, words, table


def test_every_cell_equals_the_table(written) -> None:
    _assert_cells_equal(*written)


def test_rows_built_in_several_blocks_continue_where_the_last_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(campaigns, "_BLOCK_BYTES", 20_000)  # a few rows per block
    table = campaign_table(_records())
    assert 1 < campaigns._block_rows(table.rows) < len(table.rows)
    workbook = openpyxl.Workbook(write_only=True)
    write_campaigns(workbook, Words("en"), table, lambda _f: None, lambda: False)
    workbook.save(tmp_path / "blocks.xlsx")
    _assert_cells_equal(tmp_path / "blocks.xlsx", Words("en"), table)


def test_overlong_names_make_small_blocks() -> None:
    table = campaign_table(_records().assign(campaign_name="&" * 40_000))
    assert campaigns._block_rows(table.rows) * 6 * 40_000 < campaigns._BLOCK_BYTES


def _assert_cells_equal(path: Path, words: Words, table) -> None:  # type: ignore[no-untyped-def]
    ws = openpyxl.load_workbook(path)[words.get("sheet.campaigns")]
    names = [name for name, _ in column_names(words)]
    assert ws.max_row == HEADER_ROWS + len(table.rows)
    for index, record in table.rows.iterrows():
        row = ws[HEADER_ROWS + 1 + int(index)]
        for name, cell in zip(names, row, strict=False):
            _check(cell, name, record, words)


def _check(cell, name: str, record: pd.Series, words: Words) -> None:
    value = record[name]
    if name in ("start", "end"):
        assert cell.value == (None if pd.isna(value) else value.to_pydatetime())
        assert cell.value is None or cell.number_format == styles.DATETIME
    elif isinstance(value, str) or value is None or (name in ("campaign_name", "prorated") and pd.isna(value)):
        _check_text(cell, name, value, words)
    elif not np.isfinite(value):
        assert cell.value is None, f"{name}: NaN must leave the cell empty"
    else:
        assert cell.data_type == "n" and cell.value == value  # exact: shortest round-trip form
        assert cell.number_format == _number_format(name, record["currency"], words.lang)


def _check_text(cell, name: str, value: object, words: Words) -> None:
    if name == "channel":
        value = words.get(f"channel.{value}")
    elif name == "platform":
        value = {"mailchimp": "Mailchimp", "meta": "Meta Ads", "instagram": "Instagram"}[str(value)]
    elif name == "audience_basis" and isinstance(value, str):
        value = basis_label(words, value)
    expected = cells.clean_text(value) or None
    assert cell.value == expected and (expected is None or cell.data_type == "s")
    if expected is not None:
        assert bool(cell.quotePrefix) == cells.is_formula_like(expected)


def _number_format(name: str, currency: object, lang: str) -> str:
    if name in METRICS and METRICS[name].kind in ("money", "per_1000") or name in ("cost", "revenue"):
        return styles.currency_format(currency if isinstance(currency, str) else None, lang)
    if name in METRICS:
        return {"rate": styles.PERCENT, "ratio": styles.DECIMAL}.get(METRICS[name].kind, styles.COUNT)
    return styles.COUNT


def test_injection_payloads_stay_strings_and_no_formula_is_written(written) -> None:
    path, words, _ = written
    ws = openpyxl.load_workbook(path)[words.get("sheet.campaigns")]
    texts = {c.value for row in ws.iter_rows(min_row=HEADER_ROWS + 1) for c in row if c.data_type == "s"}
    assert {p for p in PAYLOADS if p[0] not in "\t\r"} <= texts and "=export.csv" in texts
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    with zipfile.ZipFile(path) as archive:
        sheet = next(n for n in archive.namelist() if n.startswith("xl/worksheets/sheet"))
        root = SafeTree.fromstring(archive.read(sheet))  # also proves the XML is well formed
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    assert not root.findall(f".//{ns}f")
    assert {c.get("t") for c in root.iter(f"{ns}c")} <= {None, "n", "inlineStr"}


def test_carriage_returns_and_blanks_survive(written) -> None:
    path, words, _ = written
    ws = openpyxl.load_workbook(path)[words.get("sheet.campaigns")]
    names = {row[2] for row in ws.iter_rows(min_row=HEADER_ROWS + 1, values_only=True)}
    assert "ligne\r\nsuivante\tet tab" in names and "  blancs autour  " in names and "\r=1+1" in names


def test_excel_serials_equal_openpyxl() -> None:
    stamps = pd.Series(
        pd.to_datetime(
            ["1900-01-15", "1900-03-01 12:00", "2026-09-01 08:15:30.25", None, "2099-12-31 23:59:59"],
            format="ISO8601",
        )
    )
    serials = sheet_xml.excel_serials(stamps)
    for stamp, serial in zip(stamps, serials, strict=True):
        assert np.isnan(serial) if pd.isna(stamp) else serial == to_excel(stamp.to_pydatetime())


def test_numbers_are_written_in_their_exact_shortest_form() -> None:
    values = np.random.default_rng(5).standard_normal(2_000) * 10.0 ** np.arange(-10, 10).repeat(100)
    values[:4] = [np.nan, np.inf, -np.inf, 0.0]
    xml = sheet_xml.number_cells(values, "B", sheet_xml.row_numbers(4, len(values)), 7).to_pylist()
    assert xml[:3] == ["", "", ""] and xml[3] == '<c r="B7" s="7"><v>0</v></c>'
    parsed = [float(cell.split("<v>")[1].split("</v>")[0]) for cell in xml[3:]]
    assert parsed == values[3:].tolist()


def test_utf8_bytes_of_a_sliced_array() -> None:
    strings = pa.array(["<a/>", "é", "", "<b/>"]).slice(1, 3)
    assert bytes(sheet_xml.utf8_bytes(strings)) == "é<b/>".encode()


def test_an_empty_table_still_writes_a_valid_sheet(tmp_path: Path) -> None:
    words = Words("en")
    table = campaign_table(_records().iloc[:0])
    workbook = openpyxl.Workbook(write_only=True)
    write_campaigns(workbook, words, table, lambda _f: None, lambda: False)
    workbook.save(tmp_path / "empty.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "empty.xlsx")[words.get("sheet.campaigns")]
    assert ws.max_row == HEADER_ROWS and ws.cell(HEADER_ROWS, 1).value == words.get("col.channel")


def test_dates_keep_their_time(written) -> None:
    path, words, table = written
    ws = openpyxl.load_workbook(path)[words.get("sheet.campaigns")]
    first = table.rows["start"].dropna().min()
    assert any(row[4] == datetime.fromisoformat(str(first)) for row in ws.iter_rows(values_only=True))


def test_text_cells_built_by_arrow_equal_the_per_value_reference() -> None:
    """Every distinct text goes through Arrow's kernels; `_text_tail` (plain Python) says what each must be."""
    from channelcompare.report.cells import MAX_CELL_CHARS
    from channelcompare.report.sheet_xml import TextStyles, _text_tail, _text_tails

    texts = [
        "Soldes d'été", "=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tTab", "\rCR",
        "a & b < c > d", "line\r\nbreak", "  padded  ", "   ", "\u00a0nbsp", "end\u3000", "\x85nel", "ctrl\x00\x08\x0b\x1f",
        "\ufffe\uffff", "emoji 🕯️", "", "x" * (MAX_CELL_CHARS + 5), "é" * MAX_CELL_CHARS, "#N/A", "0042",
    ]  # fmt: skip
    styles = TextStyles(plain=3, quoted=4)
    built = _text_tails(pa.array(texts, type=pa.string()), styles).to_pylist()
    assert built == [_text_tail(text, styles) for text in texts]
