from __future__ import annotations

import math

import numpy as np
import pandas as pd

from channelcompare.model import (
    COLUMNS,
    MEASURES,
    concat_records,
    constant_text,
    empty_records,
    normalize_records,
)
from channelcompare.sources import ImportResult
from channelcompare.validate import validate_records


def _records(**columns: list[object]) -> pd.DataFrame:
    base = {"platform": ["mailchimp"], "channel": ["email"], "source_line": [2]}
    base.update(columns)
    n = max(len(v) for v in base.values())
    return normalize_records(pd.DataFrame({k: (v * n if len(v) == 1 else v) for k, v in base.items()}))


def test_empty_records_has_every_column_with_canonical_dtypes() -> None:
    frame = empty_records()
    assert tuple(frame.columns) == COLUMNS
    assert all(frame[m].dtype == np.float64 for m in MEASURES)
    assert str(frame["start"].dtype) == "datetime64[ns]"


def test_missing_measures_stay_missing_never_zero() -> None:
    frame = _records(clicks=[5])
    assert frame.loc[0, "clicks"] == 5
    assert math.isnan(frame.loc[0, "revenue"])
    totals = ImportResult("f.csv", "x", "mailchimp", frame).totals()
    assert totals["clicks"] == 5 and totals["revenue"] is None


def test_concat_of_nothing_is_the_empty_table() -> None:
    assert concat_records([]).shape == (0, len(COLUMNS))


def test_validation_rejects_negative_counts_and_unknown_channels_with_lines() -> None:
    frame = _records(channel=["email", "tv", "email"], clicks=[1, 1, -3], source_line=[2, 3, 4])
    result = validate_records(frame)
    assert len(result.valid) == 1
    assert [(r.line, r.column) for r in result.rejected] == [(3, "channel"), (4, "clicks")]


def test_validation_rejects_clicks_above_impressions_and_warns_on_clicks_above_delivered() -> None:
    frame = _records(clicks=[50, 20], impressions=[10, np.nan], delivered=[np.nan, 10], source_line=[7, 8])
    result = validate_records(frame)
    assert [(r.line, r.column) for r in result.rejected] == [(7, "clicks")]
    assert len(result.valid) == 1
    assert result.warnings and "line" in result.warnings[0] and "8" in result.warnings[0]


def test_period_and_by_channel() -> None:
    frame = _records(start=["2025-09-01", "2025-09-20"], channel=["email", "sms"], sent=[100, 10])
    result = ImportResult("f.csv", "klaviyo_campaigns", "klaviyo", frame)
    assert [d.isoformat() for d in result.period() or ()] == ["2025-09-01", "2025-09-20"]
    assert result.by_channel()["sms"]["sent"] == 10


def test_times_mixing_dates_and_date_times_are_all_kept() -> None:
    frame = _records(
        start=["2026-09-01", "2026-09-02 07:30:00", "Sep 3, 2026", "not a date"], source_line=[1, 2, 3, 4]
    )
    assert [str(t) for t in frame["start"]] == [
        "2026-09-01 00:00:00",
        "2026-09-02 07:30:00",
        "2026-09-03 00:00:00",
        "NaT",
    ]


def test_absent_text_columns_are_missing_text_as_long_as_the_frame() -> None:
    frame = normalize_records(pd.DataFrame({"clicks": [1.0, 2.0, 3.0]}, index=[7, 8, 9]))
    text = [name for name in COLUMNS if name not in MEASURES and name not in ("start", "end", "source_line")]
    assert all(frame[name].dtype == "str" and frame[name].isna().all() for name in text)
    assert frame.index.tolist() == [0, 1, 2] and frame["clicks"].tolist() == [1.0, 2.0, 3.0]


def test_constant_text_is_a_canonical_text_column() -> None:
    index = pd.RangeIndex(3)
    filled, missing = constant_text("meta", index), constant_text(None, index)
    assert filled.dtype == missing.dtype == pd.Series(["x"], dtype="str").dtype
    assert filled.tolist() == ["meta"] * 3 and missing.isna().all()


def test_absent_columns_share_storage_but_not_values() -> None:
    frame = normalize_records(pd.DataFrame({"clicks": [1.0, 2.0], "channel": ["email", "email"]}))
    frame.loc[0, "tags"] = "a"
    frame.loc[0, "sent"] = 5.0
    assert frame["tags"].tolist()[0] == "a" and frame["derived"].isna().all()
    assert frame["sent"].tolist()[0] == 5.0 and frame["opens"].isna().all()
