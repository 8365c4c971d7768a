"""Small pieces shared by the social and ads importers (Meta, LinkedIn, X, TikTok, Google Ads).

Ads exports report at a level the user chose (campaign, ad set, ad), so the canonical campaign is the
coarsest name the file carries; they add total rows the importer must leave out (and say so); and
Meta-family exports leave a metric cell blank when nothing happened.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from importers.build import RecordBuilder
from importers.sample import FileSample, norm


def header_has(sample: FileSample, *names: str) -> bool:
    """True when the sample's header has at least one of `names` (case and spacing ignored)."""
    keys = sample.header_keys
    return any(norm(name) in keys for name in names)


def header_matches(sample: FileSample, pattern: re.Pattern[str]) -> str | None:
    """The first normalised header cell matching `pattern`, or None."""
    return next((key for key in sorted(sample.header_keys) if pattern.fullmatch(key)), None)


def coarsest(rows: RecordBuilder, *levels: tuple[str, ...]) -> pd.Series | None:
    """Per row, the first non-blank value among the columns of `levels` (coarsest level first).

    An ad-level export names campaign, ad set and ad: the canonical campaign is the campaign. A row
    whose campaign cell is blank falls back to the next level rather than losing its name.
    """
    found: pd.Series | None = None
    for names in levels:
        values = rows.column(*names)
        if values is not None:
            found = values if found is None else found.fillna(values)
    return found


def clean_text(values: pd.Series) -> pd.Series:
    """Post text as a one-line name: NFKC (math-bold letters become plain), whitespace collapsed.

    Done in pyarrow compute: pandas' `.str.normalize` and regex replace run per cell in Python (3x slower).
    """
    text = pa.array(values.astype("str"))
    text = pc.utf8_trim_whitespace(pc.replace_substring_regex(pc.utf8_normalize(text, "NFKC"), r"\s+", " "))
    as_str = pd.StringDtype(na_value=np.nan)
    return pd.Series(text.to_pandas(types_mapper=lambda _: as_str), index=values.index)


def blank_as_zero(values: pd.Series, raw: pd.Series | None) -> pd.Series:
    """Meta-family exports leave a metric blank when no event happened: a blank cell in a column the file
    uses is 0. A column that is blank on every row is not used by the account and stays missing (NaN)."""
    if raw is None or not raw.notna().any():
        return values
    return values.mask(raw.isna(), 0.0)


def skip_total_rows(rows: RecordBuilder, labels: pd.Series, pattern: str) -> list[str]:
    """Leave out rows whose label matches `pattern` (platform total lines) and return the warning."""
    totals = labels.astype("str").str.match(pattern, case=False).fillna(False).astype(bool)
    if not totals.any():
        return []
    rows.skip(totals)
    lines = rows.table.lines[totals.to_numpy()]
    names = ", ".join(f"'{label}'" for label in labels[totals].head(6))
    return [
        f"{int(totals.sum())} total row(s) left out so they are not counted twice: {names} "
        f"(line(s) {', '.join(str(line) for line in lines[:6])})"
    ]


def single_currency(values: pd.Series | None, file_name: str) -> tuple[str | None, list[str]]:
    """The one ISO code of a currency column, with a warning when the file mixes several."""
    if values is None:
        return None, []
    codes = values.dropna().astype("str").str.strip().str.upper().unique().tolist()
    if len(codes) == 1:
        return str(codes[0]), []
    if not codes:
        return None, []
    return None, [
        f"{file_name} mixes currencies ({', '.join(sorted(codes))}): each row keeps its own; "
        "convert before comparing costs or revenue."
    ]


def roas_revenue(rows: RecordBuilder, roas: pd.Series, cost: pd.Series) -> pd.Series:
    """Revenue derived as ROAS x spend where the file carries only the ratio; marks those rows derived."""
    revenue = roas * cost
    rows.set("derived", pd.Series("revenue", index=rows.index, dtype="str").where(revenue.notna()))
    return revenue


def ad_group_identity(rows: RecordBuilder, date_names: tuple[str, ...]) -> None:
    """Day, campaign name and id of an ad platform's campaign / ad group / ad report (TikTok, Pinterest use
    the same level names): each row is one day, named after its coarsest level (`coarsest`)."""
    day = rows.date("start", *date_names)
    rows.set("end", day)
    name = coarsest(rows, ("Campaign name",), ("Ad group name",), ("Ad name",))
    ident = coarsest(rows, ("Campaign ID",), ("Ad group ID",), ("Ad ID",))
    for field, values in (("campaign_name", name), ("campaign_id", ident)):
        if isinstance(values, pd.Series):
            rows.set(field, values)
