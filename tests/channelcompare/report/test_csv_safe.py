"""`safe_text`: every OWASP payload made inert wherever a cell could start, ordinary text left alone."""

from __future__ import annotations

import pandas as pd
import pytest

from channelcompare.report.csv_safe import needs_quote_prefix, safe_column, safe_field, safe_text
from tests.channelcompare.report.csv_checks import _CELL_BREAK, PAYLOADS, is_formula


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_cell_of_a_payload_is_a_formula_once_safe(payload: str) -> None:
    safe = safe_text(payload)
    assert not [cell for cell in _CELL_BREAK.split(safe) if is_formula(cell)], repr(safe)
    assert safe.replace("'", "") == payload.replace("'", "")  # only quotes added: the text is kept
    assert not needs_quote_prefix(safe)  # made safe once is safe: no second prefix on a re-export


@pytest.mark.parametrize(
    "payload",
    [p for p in PAYLOADS if any(is_formula(cell) for cell in _CELL_BREAK.split(p))],
)
def test_the_check_sees_each_payload_as_a_formula(payload: str) -> None:
    """The fixture is hostile: without `safe_text`, each of these would be run somewhere."""
    assert needs_quote_prefix(payload)


@pytest.mark.parametrize(
    "text",
    ["Soldes d'été", "Black Friday -30%", "Newsletter n°3 – rentrée", "a+b=c", "Promo\nautomne", "x; y"],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert safe_text(text) == text


def test_the_first_character_rule_of_earlier_versions_still_holds() -> None:
    assert safe_text("=1+1") == "'=1+1"
    assert safe_text("\t=1+1") == "'\t'=1+1"  # a tab starts the field and, read as a separator, a cell
    assert safe_text("Soldes;=1+2") == "Soldes;'=1+2"
    assert safe_text("Promo automne\r=cmd|' /C calc'!A0") == "Promo automne\r'=cmd|' /C calc'!A0"


def test_a_column_keeps_missing_values_and_caps_huge_text() -> None:
    column = pd.Series(["=1+1", None, "ok", "x" * 40_000, "nul\x00byte"], dtype="str")
    safe = list(safe_column(column))
    assert safe[:3] == ["'=1+1", None, "ok"]
    assert len(safe[3]) == 32_767 and safe[3].endswith("…")
    assert safe[4] == "nul\ufffdbyte"


def test_the_vectorised_search_finds_what_the_python_rule_changes() -> None:
    """The column search runs in pyarrow's RE2, not Python's re: both must see every payload."""
    ordinary = ["Soldes d'été", "Black Friday -30%", "x; y", None]
    column = pd.Series([*PAYLOADS, *ordinary], dtype="str")
    expected = [safe_field(p) for p in PAYLOADS] + ordinary
    assert list(safe_column(column)) == expected
    assert list(safe_column(column.astype(object))) == expected  # and an object column alike
