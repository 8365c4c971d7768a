"""Safe cell values: formula-like text stays text, illegal characters never break the file."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from openpyxl import Workbook

from channelcompare.report import cells
from tests.channelcompare.report.synthetic import PAYLOADS


@pytest.fixture
def ws():
    return Workbook(write_only=True).create_sheet("t")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_are_string_cells(ws, payload: str) -> None:
    cell = cells.text_cell(ws, payload)
    assert cell.data_type == "s"
    assert cell.value == payload


@pytest.mark.parametrize("payload", [p for p in PAYLOADS if p[0] in "=+-@\t\r"])
def test_formula_like_text_carries_the_quote_prefix(ws, payload: str) -> None:
    assert cells.text_cell(ws, payload).quotePrefix


def test_plain_text_has_no_quote_prefix(ws) -> None:
    assert not cells.text_cell(ws, "Newsletter n°3 – été").quotePrefix


def test_quote_prefix_does_not_leak_into_the_shared_style(ws) -> None:
    proto = cells.text_cell(ws, "prototype")
    cells.text_cell(ws, "=1+1", proto)
    assert not proto.quotePrefix


def test_clean_text_removes_xml_illegal_characters_and_caps_length() -> None:
    assert cells.clean_text("a\x00b\x1fc\td") == "a\ufffdb\ufffdc\td"
    assert len(cells.clean_text("x" * 40_000)) == cells.MAX_CELL_CHARS
    assert cells.clean_text(float("nan")) is None and cells.clean_text(None) is None
    assert cells.clean_text(pd.NA) is None


def test_clean_number_keeps_missing_missing() -> None:
    assert cells.clean_number(np.float64(0.25)) == 0.25
    assert cells.clean_number(np.int64(3)) == 3
    for missing in (None, math.nan, math.inf, -math.inf, pd.NA):
        assert cells.clean_number(missing) is None
    with pytest.raises(TypeError):
        cells.clean_number("3")


@pytest.mark.parametrize("payload", [p for p in PAYLOADS if p[0] in "=+-@\t\r"])
def test_csv_text_prefixes_formula_triggers(payload: str) -> None:
    assert cells.csv_text(payload) == "'" + payload


def test_csv_text_leaves_ordinary_text_alone() -> None:
    assert cells.csv_text("Soldes d'été") == "Soldes d'été"
    assert cells.csv_text(None) == ""
