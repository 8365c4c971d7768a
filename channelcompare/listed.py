"""The rows a table lists for a comparison, as its figures count them.

With pro-rating on, the figures count each row that straddles the window for its days inside (additive
measures scaled, reach unknown: `channelcompare.window.prorated`). A list of "the rows inside the window"
would then show fewer rows, unscaled, than the totals rest on; the Campaigns tab, the Campaigns sheet,
`campaigns.csv` and the Parquet campaigns table list the pro-rated rows instead, each labelled in the
column `prorated` ("pro-rated: 16 of 30 days"), so their sums are the comparison's.
"""

from __future__ import annotations

from datetime import date
from typing import Final

import pandas as pd

from channelcompare.filters import filter_records
from channelcompare.options import CompareOptions
from channelcompare.window import prorated, row_days

PRORATED: Final = "prorated"


def prorates(choices: CompareOptions) -> bool:
    """True when the figures pro-rate straddling rows: pro-rating asked and a window set."""
    return bool(choices.prorate and (choices.start or choices.end))


def labelled_prorated(records: pd.DataFrame, start: date | None, end: date | None) -> pd.DataFrame:
    """`records` cut to the window (`window.prorated`), with column `prorated` naming, on each cut row, its
    days inside out of its days; empty on the others."""
    first, last = row_days(records)
    out, cut = prorated(records, start, end)
    label = pd.Series(pd.NA, index=records.index, dtype="string")
    if cut.any():
        low, high = row_days(out[cut])
        inside = ((high - low).dt.days + 1).astype("string")
        total = ((last[cut] - first[cut]).dt.days + 1).astype("string")
        label[cut] = "pro-rated: " + inside + " of " + total + " days"
    return out.assign(**{PRORATED: label})


def listed_records(records: pd.DataFrame, choices: CompareOptions) -> pd.DataFrame:
    """The records the comparison with `choices` counts: its filters applied, and when it pro-rates, the
    straddling rows cut to the window and labelled."""
    if prorates(choices):
        records = labelled_prorated(records, choices.start, choices.end)
    elif PRORATED not in records.columns:  # the column is in every listing, empty when nothing is cut
        records = records.assign(**{PRORATED: pd.Series(pd.NA, index=records.index, dtype="string")})
    return filter_records(records, **choices.filter_kwargs())[0]
