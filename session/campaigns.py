"""The Campaigns table's shape, without Qt: which columns it shows, and those columns as cell arrays.

The window's table model reads the arrays; the analysis worker builds them once per data change, so the
GUI thread never converts a million-row column itself.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

#: Columns shown, in order, when the table has them (the metric columns come from campaign_metrics).
SHOWN = (
    "campaign_name", "platform", "channel", "start", "audience", "clicks", "interactions", "conversions",
    "revenue", "cost", "click_rate", "interaction_rate", "open_rate", "conversion_rate",
    "click_to_conversion", "revenue_per_1000", "cost_per_conversion", "roas", "prorated", "source_file",
)  # fmt: skip


def shown_columns(campaigns: pd.DataFrame) -> pd.DataFrame:
    """The columns the table shows, in order (selecting them again is free)."""
    shown = [name for name in SHOWN if name in campaigns.columns]
    return campaigns if list(campaigns.columns) == shown else campaigns[shown]


def column_arrays(frame: pd.DataFrame) -> list[Any]:
    """The columns cells are read from: numpy arrays, and text columns as their Arrow-backed arrays.

    Text stays in Arrow: turning 100,000 strings into Python objects costs ~0.1 s per column, and taking a
    filter's rows of an object array ~1 ms per column; a cell is read only when it is on screen. Each has
    `take(positions)` and `[i]`. Runs in a worker thread too."""
    return [_cells(frame[name]) for name in frame.columns]


def _cells(column: pd.Series) -> Any:
    if isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "pyarrow":
        return column.array
    return column.to_numpy()
