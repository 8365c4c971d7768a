"""Currency conversion at the European Central Bank's daily euro reference rates.

Amounts are converted at the rate of their own date (the last ECB business day on or before it, as the
ECB publishes no rate on weekends and TARGET holidays). Rates come from a file cached on disk after a
fetch (importers/api/ecb.py) or, offline, from the snapshot bundled in `resources/fx/`. Every conversion
reports which rates it used, so the date and source can be shown beside the converted amounts.
"""

from __future__ import annotations

import functools
import gzip
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from channelcompare.model import MONEY_MEASURES
from channelcompare.resources import RESOURCES
from channelcompare.workspace.files import data_folder

SNAPSHOT = RESOURCES / "fx" / "ecb-eurofxref-hist.csv.gz"
CACHE_NAME = "ecb-eurofxref-hist.csv"
SOURCE_NAME = "ECB euro foreign exchange reference rates"


@dataclass(frozen=True)
class RateTable:
    """Units of each currency per 1 EUR, one row per ECB business day (ascending dates)."""

    rates: pd.DataFrame
    origin: str  # "bundled snapshot" or the cache file path

    @property
    def latest(self) -> date:
        return self.rates.index.max().date()

    @property
    def currencies(self) -> list[str]:
        return ["EUR", *self.rates.columns]

    def describe(self) -> str:
        return f"{self.origin}, rates up to {self.latest.isoformat()}"


@dataclass(frozen=True)
class Conversion:
    """What a conversion did, for display beside the converted amounts."""

    target: str
    source_currencies: tuple[str, ...]
    first_rate_date: date | None
    last_rate_date: date | None
    rates_source: str
    unconvertible: tuple[str, ...]  # currencies without an ECB rate: their amounts were left out
    beyond_rates: bool = False  # some amounts are dated after the newest rate, which was used for them

    def note(self) -> str:
        if not self.source_currencies and not self.unconvertible:
            return f"All amounts were already in {self.target}."
        span = (
            f"{self.first_rate_date.isoformat()} to {self.last_rate_date.isoformat()}"
            if self.first_rate_date and self.last_rate_date
            else "no date"
        )
        text = (
            ""
            if not self.source_currencies
            else (
                f"Amounts in {', '.join(self.source_currencies)} converted to {self.target} at the rate of their own "
                f"date ({SOURCE_NAME} of {span}; {self.rates_source})."
            )
        )
        if self.beyond_rates:
            text += " Some amounts are dated after the newest rate available, which was used for them."
        if self.unconvertible:
            text += f"{' ' if text else ''}No ECB rate for {', '.join(self.unconvertible)}: those amounts are left out of money totals."
        return text


def parse_ecb_csv(text: str, origin: str) -> RateTable:
    """Parse the ECB `eurofxref-hist.csv` layout (Date,USD,JPY,...; `N/A` where no rate)."""
    frame = pd.read_csv(io.StringIO(text), na_values=["N/A", ""], index_col="Date", parse_dates=["Date"])
    frame = frame.loc[
        :, [c for c in frame.columns if isinstance(c, str) and c.strip() and not c.startswith("Unnamed")]
    ]
    frame.columns = [c.strip() for c in frame.columns]
    frame = frame.astype(np.float64).sort_index()
    if frame.empty:
        raise ValueError("the rates file has no rows")
    return RateTable(frame, origin)


def default_cache() -> Path:
    """Where downloaded rates are kept: the user's data folder (the app and the commands share it)."""
    return data_folder() / CACHE_NAME


def current_rates() -> RateTable:
    """The newest rates available offline (downloaded cache or snapshot), parsed once per cache change."""
    cache = default_cache()
    try:
        stamp = cache.stat().st_mtime_ns
    except OSError:
        stamp = 0
    return _rates_at(cache, stamp)


@functools.lru_cache(maxsize=2)
def _rates_at(cache: Path, _stamp: int) -> RateTable:
    return load_rates(cache)


def load_rates(cache: Path | None = None) -> RateTable:
    """The newest rates available offline: the cache file when present and newer, else the snapshot."""
    bundled = parse_ecb_csv(gzip.decompress(SNAPSHOT.read_bytes()).decode("utf-8"), "bundled snapshot")
    if cache is not None and cache.exists():
        try:
            cached = parse_ecb_csv(cache.read_text(encoding="utf-8"), f"downloaded to {cache}")
        except (ValueError, OSError, KeyError):
            return bundled  # a damaged cache must never stop the app: the snapshot still works
        if cached.latest >= bundled.latest:
            return cached
    return bundled


def convert_records(records: pd.DataFrame, target: str, table: RateTable) -> tuple[pd.DataFrame, Conversion]:
    """Convert revenue and cost of every row to `target` at the ECB rate of the row's date.

    Rows with no currency are assumed to be in `target` already (the importer had no currency to report).
    Rows in a currency without an ECB rate keep their amounts out (NaN) and are named in the result.
    """
    currency = records["currency"].fillna(target).str.upper()
    foreign = currency != target
    out = records.copy()
    out["currency"] = pd.Series(target, index=out.index, dtype="str")
    if not foreign.any():
        return out, Conversion(target, (), None, None, table.describe(), ())
    when = records["start"].fillna(records["end"]).fillna(pd.Timestamp(table.latest))
    position = _positions(table, when)
    rate_dates = pd.Series(table.rates.index.values[position], index=records.index)
    factor = _units_per_eur(table, target, position) / _units_per_eur_by_row(table, currency, position)
    unconvertible = tuple(sorted(set(currency[foreign & np.isnan(factor)])))
    for name in MONEY_MEASURES:
        out.loc[foreign, name] = records.loc[foreign, name] * factor[foreign]
    used = rate_dates[foreign & ~np.isnan(factor)]
    return out, Conversion(
        target,
        tuple(sorted(set(currency[foreign]) - set(unconvertible))),
        used.min().date() if len(used) else None,
        used.max().date() if len(used) else None,
        table.describe(),
        unconvertible,
        bool((when[foreign] > table.rates.index.max()).any()),
    )


def _positions(table: RateTable, when: pd.Series) -> np.ndarray:
    """Index of the last ECB business day on or before each date (the first day for earlier dates)."""
    position = (
        np.searchsorted(table.rates.index.values, when.to_numpy(dtype="datetime64[ns]"), side="right") - 1
    )
    return np.clip(position, 0, len(table.rates) - 1)


def _units_per_eur_by_row(table: RateTable, currency: pd.Series, position: np.ndarray) -> np.ndarray:
    """Units of each row's currency per EUR on the row's rate date; NaN where the ECB has no rate."""
    per_eur = np.full(len(currency), np.nan)
    for code in set(currency):
        rows = (currency == code).to_numpy()
        per_eur[rows] = _units_per_eur(table, code, position[rows]) if code in table.currencies else np.nan
    return per_eur


def _units_per_eur(table: RateTable, code: str, position: np.ndarray) -> np.ndarray:
    if code == "EUR":
        return np.ones(len(position))
    if code not in table.rates.columns:
        raise ValueError(f"no ECB rate for {code}")
    return _fill_forward(table.rates[code].to_numpy())[position]


def _fill_forward(values: np.ndarray) -> np.ndarray:
    """Carry the last known rate forward over days where the ECB published none for this currency."""
    return pd.Series(values).ffill().to_numpy()
