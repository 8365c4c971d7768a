"""Helpers for the social and ads importer tests: read a fixture, read a platform's own rate column, and
write a variant of a fixture with one cell changed (in the fixture's own encoding)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from channelcompare.sources import ImportResult
from importers.base import Importer, never_cancelled, no_progress
from importers.numbers import to_number
from importers.sample import sample_file
from importers.tabular import read_table
from tests.conftest import DATA


def read(importer: Importer, path: Path | str) -> ImportResult:
    path = DATA / path if isinstance(path, str) else path
    return importer.read(path, sample_file(path), no_progress, never_cancelled)


def platform_column(path: Path | str, column: str, decimal: str | None = None) -> pd.Series:
    """A numeric column exactly as the platform wrote it, indexed by source line (percent signs dropped)."""
    path = DATA / path if isinstance(path, str) else path
    sample = sample_file(path)
    table = read_table(path, sample)
    values, bad = to_number(table.frame[column], decimal or sample.decimal)
    assert not bad.any()
    return pd.Series(values.to_numpy(), index=table.lines)


def by_line(result: ImportResult, measure: str) -> pd.Series:
    records = result.records
    return pd.Series(records[measure].to_numpy(), index=records["source_line"].to_numpy())


def assert_rate(ours: pd.Series, theirs: pd.Series, decimals: int) -> None:
    """Our recomputed rate equals the platform's to the precision the platform rounded it to."""
    theirs = theirs.reindex(ours.index)
    assert theirs.notna().all(), "the platform's rate is missing on some of our rows"
    np.testing.assert_allclose(ours.to_numpy(), theirs.to_numpy(), atol=0.5 * 10**-decimals + 1e-12)


def variant(tmp_path: Path, name: str, old: str, new: str, *, count: int = 1) -> Path:
    """A copy of fixture `name` with `old` replaced by `new` (`count` times), same encoding and BOM."""
    source = DATA / name
    encoding = sample_file(source).encoding or "utf-8"
    text = source.read_bytes().decode(encoding)
    assert text.count(old) >= count, f"{old!r} not in {name}"
    target = tmp_path / name
    target.write_bytes(text.replace(old, new, count).encode(encoding))
    return target


def totals(result: ImportResult) -> dict[str, float]:
    """Measures the file carries, rounded to cents so float sums compare exactly."""
    return {name: round(value, 2) for name, value in result.totals().items() if value is not None}
