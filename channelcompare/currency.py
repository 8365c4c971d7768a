"""Currency conversion at the European Central Bank's daily euro reference rates.

Amounts are converted at the mean rate of their own days (`fx_days`; each day the last ECB business day's
rate on or before it, as the ECB publishes no rate on weekends and TARGET holidays). Rates come from a file cached on disk after a
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
from typing import Literal

import numpy as np
import pandas as pd

from channelcompare import fx_days
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
    #: Per source currency: the lowest and highest factor (target units per unit) the rows were converted at.
    rates_used: tuple[tuple[str, float, float], ...] = ()

    def rates_text(self) -> str:
        """ "1 USD = 0.9012-0.9120 EUR; 1 GBP = 1.1702 EUR"."""
        return "; ".join(
            f"1 {code} = {low:.4f} {self.target}"
            if f"{low:.4f}" == f"{high:.4f}"
            else f"1 {code} = {low:.4f}-{high:.4f} {self.target}"
            for code, low, high in self.rates_used
        )

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
                f"Amounts in {', '.join(self.source_currencies)} converted to {self.target} at the mean rate of "
                f"each row's own days ({SOURCE_NAME} of {span}; {self.rates_source}). Rates used: "
                f"{self.rates_text()}."
            )
        )
        if self.beyond_rates:
            text += " Some amounts are dated after the newest rate available, which was used for them."
        if self.unconvertible:
            text += f"{' ' if text else ''}No ECB rate for {', '.join(self.unconvertible)}: those amounts are left out of money totals and kept apart."
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


def convert_records(
    records: pd.DataFrame,
    target: str,
    table: RateTable,
    *,
    assumed: str | None | Literal["target"] = "target",
) -> tuple[pd.DataFrame, Conversion]:
    """Convert revenue and cost of every row to `target` at the mean ECB rate over the row's own days
    (`fx_days`: one day's rate for a send or an order, the month's mean for a monthly row).

    Rows with no currency are taken to be in `assumed` (by default `target`, as when the importer had no
    currency to report); with `assumed=None` their amounts are left out and counted. Rows in a currency
    without an ECB rate, or whose currency cell is not a currency code at all, keep their amounts out (NaN)
    and are named in the result: every amount either converts or is reported and kept apart.
    """
    fill = target if assumed == "target" else assumed
    currency = (
        records["currency"].str.strip().str.upper().fillna(fill)
        if fill
        else records["currency"].str.strip().str.upper()
    )
    foreign = (currency != target).fillna(True)
    out = records.copy()
    out["currency"] = pd.Series(target, index=out.index, dtype="str")
    if not foreign.any():
        return out, Conversion(target, (), None, None, table.describe(), ())
    first = records["start"].fillna(records["end"]).fillna(pd.Timestamp(table.latest))
    last = records["end"].fillna(first)
    factor, rates_used = _factors(table, target, currency.where(foreign), first, last)
    has_money = (records["revenue"].notna() | records["cost"].notna()).to_numpy()
    lost = foreign & np.isnan(factor) & has_money  # a row without money loses nothing
    for name in MONEY_MEASURES:
        out.loc[foreign, name] = records.loc[foreign, name] * factor[foreign]
    used = foreign & has_money & ~np.isnan(factor)
    position = _positions(table, first[used]), _positions(table, last[used])
    return out, Conversion(
        target,
        tuple(sorted(set(currency[used]))),
        table.rates.index[position[0].min()].date() if used.any() else None,
        table.rates.index[position[1].max()].date() if used.any() else None,
        table.describe(),
        _unconvertible(currency[lost]),
        bool((last[foreign] > table.rates.index.max()).any()),
        rates_used,
    )


def _factors(
    table: RateTable, target: str, currency: pd.Series, first: pd.Series, last: pd.Series
) -> tuple[np.ndarray, tuple[tuple[str, float, float], ...]]:
    """Each row's target units per unit of its currency (NaN: no rate, no code, or no currency), and per
    source currency the lowest and highest factor used."""
    daily = fx_days.daily_rates(table.rates, last.max())
    target_rates = fx_days.per_eur(daily, target)
    if target_rates is None:
        raise ValueError(f"no ECB rate for {target}")
    begin, end = fx_days.day_positions(daily.index, first), fx_days.day_positions(daily.index, last)
    factor = np.full(len(currency), np.nan)
    used = []
    for code in sorted(set(currency.dropna()) & set(table.currencies)):
        rows = (currency == code).to_numpy()
        source = fx_days.per_eur(daily, code)
        assert source is not None
        factor[rows] = fx_days.mean_factors(target_rates, source, begin[rows], end[rows])
        if not np.isnan(factor[rows]).all():
            used.append((code, float(np.nanmin(factor[rows])), float(np.nanmax(factor[rows]))))
    return factor, tuple(used)


def _unconvertible(currency: pd.Series) -> tuple[str, ...]:
    """What kept amounts out, for the note: codes the ECB does not publish, and what is not a code."""
    text = currency.dropna().astype("str")
    codes = fx_days.is_code(text)
    named = set(text[codes])
    if not codes.all():  # a formula payload is not echoed: it names nothing the analyst can use
        named.add("a currency cell that is not a currency code")
    if currency.isna().any():
        named.add("no currency")
    return tuple(sorted(named))


def _positions(table: RateTable, when: pd.Series) -> np.ndarray:
    """Index of the last ECB business day on or before each date (the first day for earlier dates)."""
    position = (
        np.searchsorted(table.rates.index.values, when.to_numpy(dtype="datetime64[ns]"), side="right") - 1
    )
    return np.clip(position, 0, len(table.rates) - 1)
