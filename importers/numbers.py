"""Vectorised parsing of the numbers platforms write: separators, percentages, currencies, markers.

Real cells: `1234.5`, `"1,234"`, `1.234,50`, `1 234,50` (with a no-break space), `27.78%`, `$1,234.56`,
`CA$0.00`, `12,50 €`, `350 (35.18%)` (Mailchimp: the count comes first), and `--`, `-`, `n/a` meaning
"not applicable". Not-applicable and empty cells become NaN and are not errors; anything else that is not
a number is flagged bad, so the importer can reject the row and say which cell was wrong.
"""

from __future__ import annotations

import re

import pandas as pd

#: Cells meaning "no value" (compared after trimming and casefolding).
NOT_APPLICABLE = frozenset({"", "-", "--", "---", "—", "–", "n/a", "na", "n.a.", "nan", "none", "null", "∞"})
_SPACES = r"[\s\u00a0\u202f\u2009']"
_CURRENCY = r"^(?:[A-Za-z]{0,3}[$€£¥₹₩₽]|[A-Z]{3}(?=[\d\s.,-]))|(?:[$€£¥₹₩₽]|(?<=[\d\s])[A-Z]{3}|\bkr\.?)$"
_COUNT_WITH_RATE = r"^(.*?\d)\s*\([^)]*%\)$"


def to_number(
    values: pd.Series, decimal: str = ".", *, percent_as_fraction: bool = False
) -> tuple[pd.Series, pd.Series]:
    """Parse text cells into float64. Returns (numbers, bad) where `bad` marks cells that are not numbers.

    `decimal` is the file's decimal mark ("." or ","); a cell using the other mark unambiguously
    (`1.234,50` in a dot file) is still read correctly. `27.78%` gives 27.78, or 0.2778 with
    `percent_as_fraction`.
    """
    text = values.astype("str")
    numbers = pd.to_numeric(text, errors="coerce").astype("float64")
    if decimal == ",":  # `1.234` is one thousand two hundred and thirty-four here, not what to_numeric says
        numbers = numbers.mask(text.str.contains(".", regex=False).fillna(False).astype(bool))
    if not (numbers.isna() & text.notna()).any():  # fast path: plain numbers (Meta, xlsx)
        return numbers, pd.Series(False, index=values.index)
    rest = text[numbers.isna() & text.notna()].str.strip()
    blank = rest.str.casefold().isin(NOT_APPLICABLE)
    parsed, percent = _parse_formatted(rest[~blank], decimal)
    if percent_as_fraction:
        parsed = parsed.where(~percent, parsed / 100)
    numbers.loc[parsed.index] = parsed
    bad = pd.Series(False, index=values.index)
    bad.loc[parsed.index] = parsed.isna()
    return numbers, bad


def _parse_formatted(text: pd.Series, decimal: str) -> tuple[pd.Series, pd.Series]:
    """Numbers with separators, signs, currency or percent sign; NaN where the cell is not a number."""
    text = text.str.replace(_COUNT_WITH_RATE, r"\1", regex=True)
    text = text.str.replace(_CURRENCY, "", regex=True).str.replace(_SPACES, "", regex=True)
    negative = text.str.startswith(("-", "−")) | (text.str.startswith("(") & text.str.endswith(")"))
    text = text.str.strip("-−()+")
    percent = text.str.endswith("%")
    text = text.str.removesuffix("%")
    text = _plain_decimal(text, decimal)
    parsed = pd.to_numeric(text.where(text.str.fullmatch(r"\d*\.?\d+(?:[eE][-+]?\d+)?")), errors="coerce")
    parsed = parsed.astype("float64").where(~negative, -parsed)
    return parsed, percent.fillna(False).astype(bool)


def _plain_decimal(text: pd.Series, decimal: str) -> pd.Series:
    """Rewrite `1.234,50` / `1,234.50` / `1,5` as `1234.50` / `1234.50` / `1.5` given the file's mark.

    The file's own mark wins when a cell is ambiguous, except that a mark repeated in one cell, or the
    other mark in thousands groups (`1,234` in a comma-decimal file), is a thousands separator.
    """
    other = "," if decimal == "." else "."
    last_declared, last_other = text.str.rfind(decimal), text.str.rfind(other)
    has_declared, has_other = last_declared >= 0, last_other >= 0
    grouped_other = (
        text.str.fullmatch(r"\d{1,3}(?:" + re.escape(other) + r"\d{3})+").fillna(False).astype(bool)
    )
    other_is_decimal = (
        (
            (has_declared & has_other & (last_other > last_declared))
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
