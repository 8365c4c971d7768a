"""Money in the campaign table: each channel's main currency, the rows outside it, and effort costs.

Money is never summed across currencies: each channel's money metrics use its main currency (the one of
most rows with money); rows in another currency are left out of money metrics, with a warning. Money that
carries no currency is settled once, for every path, before any conversion (`settle_currency`). An effort
cost entered for a channel is spread over its campaigns in proportion to their audience.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from channelcompare.fx_days import is_code
from channelcompare.wording import CHANNEL_LABELS, PLATFORM_LABELS, capitalised, in_sentence


def channel_list(channels: Iterable[object]) -> str:
    """ "email, organic social" for channel keys."""
    return ", ".join(in_sentence(CHANNEL_LABELS.get(c, c)) for c in sorted(map(str, channels)))


def main_currencies(table: pd.DataFrame, measures: pd.DataFrame, warnings: list[str]) -> pd.Series:
    """Per channel with money: its main currency (the one of most rows with money; a tie goes to the first
    in alphabetical order). `channel` and `currency` are categorical, as `campaign_rows` makes them."""
    has_money = (
        (measures["revenue"].notna() | measures["cost"].notna()) & table["currency"].notna()
    ).to_numpy()
    channels, currencies = table["channel"].cat, table["currency"].cat
    width = max(len(currencies.categories), 1)
    pairs = (
        channels.codes.to_numpy()[has_money].astype(np.int64) * width + currencies.codes.to_numpy()[has_money]
    )
    counts = np.bincount(pairs, minlength=len(channels.categories) * width).reshape(-1, width)
    main: dict[str, str] = {}
    for code in np.flatnonzero(counts.sum(axis=1)):
        row = counts[code]
        ranked = sorted(np.flatnonzero(row), key=lambda c: -row[c])  # stable: ties stay alphabetical
        channel, names = (
            str(channels.categories[int(code)]),
            [str(currencies.categories[int(c)]) for c in ranked],
        )
        main[channel] = names[0]
        if len(names) > 1:
            warnings.append(
                f"{capitalised(channel_list([channel]))} has money in several currencies; its money metrics use {names[0]} only "
                f"(rows in {', '.join(names[1:])} are left out; money is never added across currencies)."
            )
    # Money without a currency was settled before (`settle_currency`): one rule for every path.
    return pd.Series(main, dtype="str", index=pd.Index(list(main), name="channel", dtype="str"))


def in_main_currency(table: pd.DataFrame, main: pd.Series) -> pd.Series:
    """Rows whose currency is their channel's main one, or unknown (the channel's, by assumption).

    Only channels with a currency of their own are checked, one at a time: there are a handful, and most
    rows are in their channel's currency (comparing a million currency texts costs ~10 ms)."""
    inside = pd.Series(True, index=table.index)
    currency = table["currency"]
    for channel, only in main.items():
        other = (table["channel"] == channel) & currency.notna() & (currency != only)
        inside &= ~other
    return inside


def settle_currency(records: pd.DataFrame) -> tuple[pd.DataFrame, str | None]:
    """Money that carries no currency (Mailchimp's revenue) takes the data's only currency, once, before
    anything is converted or compared; the sentence saying so. With no currency, or several, in the data
    the rows stay without one: unconverted they count as their channel's, converted they are kept apart.

    Every path (the window, `compare`, the report, the sales view) goes through here, so no-currency money
    is never relabelled as the reporting currency in one place while another converts it."""
    has_money = (records["revenue"].notna() | records["cost"].notna()).to_numpy()
    silent = has_money & records["currency"].isna().to_numpy()
    if not silent.any():
        return records, None
    codes = sorted(set(records.loc[has_money, "currency"].dropna().str.strip().str.upper()))
    codes = [c for c in codes if is_code(pd.Series([c], dtype="str")).iloc[0]]  # a formula payload is none
    names = sorted({PLATFORM_LABELS.get(str(p), str(p)) for p in records.loc[silent, "platform"].dropna()})
    platforms = ", ".join(names)
    if len(codes) > 1:
        return records, (
            f"Money of {platforms or 'some rows'} carries no currency and the loaded data has several "
            f"({', '.join(codes)}): it is neither converted nor compared with money in a currency."
        )
    if not codes:
        return records, None
    only = codes[0]
    settled = records.copy()
    settled.loc[silent, "currency"] = only
    return settled, (
        f"Money of {platforms or 'some rows'} carries no currency; it is taken as {only}, the only currency of "
        "the loaded data (before any conversion)."
    )


def with_effort(
    table: pd.DataFrame, cost: pd.Series, effort_costs: Mapping[str, float], warnings: list[str]
) -> pd.Series:
    for channel, amount in effort_costs.items():
        if not amount:
            continue
        if not 0 < amount < float("inf"):
            warnings.append(
                f"The effort cost for {channel_list([channel])} ({amount}) is not a positive amount; ignored."
            )
            continue
        rows = (table["channel"] == channel) & table["audience"].notna()
        total = float(table.loc[rows, "audience"].sum())
        if total <= 0:
            warnings.append(
                f"The effort cost for {channel_list([channel])} was not used: the channel has no audience."
            )
            continue
        share = np.where(rows, table["audience"] / total * amount, 0.0)
        cost = cost.where(~rows, cost.fillna(0.0) + share)
    return cost
