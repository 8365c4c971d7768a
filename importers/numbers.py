"""Vectorised parsing of the numbers platforms write: separators, percentages, currencies, markers.

Real cells: `1234.5`, `"1,234"`, `1.234,50`, `1 234,50` (with a no-break space), `27.78%`, `$1,234.56`,
`CA$0.00`, `12,50 €`, `350 (35.18%)` (Mailchimp: the count comes first), and `--`, `-`, `n/a` meaning
"not applicable". Not-applicable and empty cells become NaN and are not errors; anything else that is not
a number is flagged bad, so the importer can reject the row and say which cell was wrong.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from importers.plain_cells import PLAIN_DOT, PLAIN_INTEGER, plain_numbers

#: Cells meaning "no value" (compared after trimming and casefolding).
NOT_APPLICABLE = frozenset({"", "-", "--", "---", "—", "–", "n/a", "na", "n.a.", "nan", "none", "null", "∞"})
_SPACES = "[ \t\u00a0\u202f\u2009']"
# pandas hands RE2-safe patterns to pyarrow (fast) and the rest to Python's re, cell by cell (slow at 1M rows):
# so no look-arounds, no \s, \d, \b or \u escapes in the patterns below.
_CURRENCY_MARK = r"^[A-Za-z]{0,3}[$€£¥₹₩₽]|[$€£¥₹₩₽]$|[ 0-9]kr\.?$"
_ISO_PREFIX = r"^[A-Z]{3}[ \t]*([0-9.,(-])"
_ISO_SUFFIX = r"([0-9 \t.,)])[A-Z]{3}$"
_COUNT_WITH_RATE = r"^(.*?[0-9])[ \t]*\([^)]*%\)$"
_ANY_MARK = r"[$€£¥₹₩₽]|kr"
_PLAIN_DOT = PLAIN_DOT
_PLAIN_INTEGER = PLAIN_INTEGER


def to_number(
    values: pd.Series, decimal: str = ".", *, percent_as_fraction: bool = False
) -> tuple[pd.Series, pd.Series]:
    """Parse text cells into float64. Returns (numbers, bad) where `bad` marks cells that are not numbers.

    `decimal` is the file's decimal mark ("." or ","); a cell using the other mark unambiguously
    (`1.234,50` in a dot file) is still read correctly. `27.78%` gives 27.78, or 0.2778 with
    `percent_as_fraction`.
    """
    text = values.astype("str")
    every = plain_numbers(_arrow_text(text), decimal)
    if every is not None and not np.isinf(every).any():  # the usual column: plain numbers and blanks
        return pd.Series(every, index=values.index), pd.Series(False, index=values.index)
    # Plain numbers go straight to to_numeric; only the others take the slower formatted path.
    plain = text.str.fullmatch(_PLAIN_DOT if decimal == "." else _PLAIN_INTEGER).fillna(False).astype(bool)
    numbers = pd.Series(_plain_floats(text, plain), index=values.index, dtype="float64")
    if plain.all():
        return _without_overflow(numbers, pd.Series(False, index=values.index))
    rest = text[~plain & text.notna()].str.strip()
    blank = rest.str.lower().isin(NOT_APPLICABLE)
    parsed, percent = _parse_formatted(rest[~blank], decimal)
    if percent_as_fraction:
        parsed = parsed.where(~percent, parsed / 100)
    numbers.loc[parsed.index] = parsed
    bad = pd.Series(False, index=values.index)
    bad.loc[parsed.index] = parsed.isna()
    return _without_overflow(numbers, bad)


def _without_overflow(numbers: pd.Series, bad: pd.Series) -> tuple[pd.Series, pd.Series]:
    """`1e309` reads as infinity: a bad cell (its row is rejected), never a number that breaks every sum
    and every JSON output downstream."""
    overflow = np.isinf(numbers.to_numpy())
    if not overflow.any():
        return numbers, bad
    return numbers.mask(overflow), bad | overflow


def _arrow_text(text: pd.Series) -> pa.ChunkedArray:
    """The Arrow storage of a `str` column as it is (no copy, its chunks kept), or converted if not Arrow."""
    cells = pa.array(text.array)
    return pa.chunked_array([cells]) if isinstance(cells, pa.Array) else cells


def _plain_floats(text: pd.Series, plain: pd.Series) -> np.ndarray:
    """The plain cells as float64, NaN elsewhere. Arrow's cast reads them ~20x faster than pandas.to_numeric
    on text (0.01 s against 0.2 s per million cells); to_numeric stays for what the cast refuses (overflow)."""
    cells = text.where(plain)
    try:
        return pc.cast(pa.array(cells), pa.float64()).to_numpy(zero_copy_only=False)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return pd.to_numeric(cells, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)


def _parse_formatted(text: pd.Series, decimal: str) -> tuple[pd.Series, pd.Series]:
    """Numbers with separators, signs, currency or percent sign; NaN where the cell is not a number."""
    text = _replace_where(text, "(", _COUNT_WITH_RATE, r"\1")
    text = _replace_where(text, _ANY_MARK, _CURRENCY_MARK, "")
    text = _replace_where(text, "[A-Z]{3}", _ISO_PREFIX, r"\1")
    text = _replace_where(text, "[A-Z]{3}", _ISO_SUFFIX, r"\1")
    text = _replace_where(text, _SPACES, _SPACES, "")
    negative = text.str.startswith(("-", "−")) | (text.str.startswith("(") & text.str.endswith(")"))
    text = text.str.strip("-−()+")
    percent = text.str.endswith("%")
    text = text.str.removesuffix("%")
    text = _plain_decimal(text, decimal)
    parsed = pd.to_numeric(
        text.where(text.str.fullmatch(r"[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?")), errors="coerce"
    )
    parsed = parsed.astype("float64").where(~negative, -parsed)
    return parsed, percent.fillna(False).astype(bool)


def _replace_where(text: pd.Series, needle: str, pattern: str, replacement: str) -> pd.Series:
    """Regex replacement on the cells that contain `needle` only (regexes are the slow part at 1M rows)."""
    literal = needle == "("
    has = text.str.contains(needle, regex=not literal).fillna(False).astype(bool)
    if not has.any():
        return text
    out = text.copy()
    out[has] = text[has].str.replace(pattern, replacement, regex=True)
    return out


def _plain_decimal(text: pd.Series, decimal: str) -> pd.Series:
    """Rewrite `1.234,50` / `1,234.50` / `1,5` as `1234.50` / `1234.50` / `1.5` given the file's mark.

    The file's own mark wins when a cell is ambiguous, except that a mark repeated in one cell, or the
    other mark in thousands groups (`1,234` in a comma-decimal file), is a thousands separator.
    """
    other = "," if decimal == "." else "."
    has_declared = text.str.contains(decimal, regex=False)
    has_other = text.str.contains(other, regex=False)
    # the other mark comes last (`1.234,50` in a dot file): no declared mark after it
    other_last = text.str.contains(re.escape(other) + "[^" + re.escape(decimal) + "]*$", regex=True)
    grouped_other = (
        text.str.fullmatch(r"[0-9]{1,3}(?:" + re.escape(other) + r"[0-9]{3})+").fillna(False).astype(bool)
    )
    other_is_decimal = (
        (
            (has_declared & has_other & other_last)
            | (~has_declared & has_other & ~grouped_other & (text.str.count(re.escape(other)) == 1))
            | (has_declared & ~has_other & (text.str.count(re.escape(decimal)) > 1))
        )
        .fillna(False)
        .astype(bool)
    )
    as_other = text.str.replace(decimal, "", regex=False).str.replace(other, ".", regex=False)
    as_declared = text.str.replace(other, "", regex=False).str.replace(decimal, ".", regex=False)
    return as_other.where(other_is_decimal, as_declared)


#: Currency marks in money cells, longest first so that `CA$` wins over `$` (Mailchimp writes `$` for USD).
SYMBOLS = (
    ("CA$", "CAD"),
    ("AU$", "AUD"),
    ("A$", "AUD"),
    ("NZ$", "NZD"),
    ("US$", "USD"),
    ("HK$", "HKD"),
    ("MX$", "MXN"),
    ("R$", "BRL"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("₹", "INR"),
    ("$", "USD"),
)
_ISO = re.compile(r"(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])")


def currency_of(values: pd.Series) -> str | None:
    """The ISO code written in money cells (`CA$0.00`, `12,50 €`, `EUR 12`), None if absent or mixed."""
    found = {code for cell in values.dropna().astype("str").unique()[:1000] if (code := _cell_currency(cell))}
    return found.pop() if len(found) == 1 else None


def _cell_currency(cell: str) -> str | None:
    for symbol, code in SYMBOLS:
        if symbol in cell:
            return code
    match = _ISO.search(cell)
    return match.group(1) if match else None
