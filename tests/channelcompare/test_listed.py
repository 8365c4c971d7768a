"""Issue 15: with pro-rating on, the Campaigns tab and sheet list the rows the figures count, the straddling
ones cut to the window and labelled, not only the rows inside it, unscaled."""

from __future__ import annotations

import pandas as pd
import pytest

from channelcompare.aggregate import aggregate_records
from channelcompare.compare import CompareOptions, compare
from channelcompare.listed import PRORATED, listed_records
from channelcompare.report.campaign_table import campaign_table
from tests.channelcompare.test_window import HALF, _sample


def test_prorated_rows_are_listed_scaled_and_labelled() -> None:
    sample = _sample()
    options = CompareOptions(**HALF, prorate=True, platforms=("meta", "linkedin"))
    listed = listed_records(sample, options)
    meta = listed[listed["platform"] == "meta"]
    original = sample[sample["platform"] == "meta"]
    assert len(meta) == 8 and set(meta[PRORATED]) == {"pro-rated: 16 of 30 days"}
    assert meta["impressions"].sum() == pytest.approx(original["impressions"].sum() * 16 / 30)
    assert meta["reach"].isna().all()  # a part of a de-duplicated count means nothing
    assert listed.loc[listed["platform"] == "linkedin", PRORATED].isna().all()  # daily rows: inside
    # The sheet's rows add up to the figures: impressions are paid social's audience.
    sheet = campaign_table(aggregate_records(listed)).rows
    click_rate = compare(sample, options).channels["paid_social"].metrics["click_rate"]
    paid = sheet[sheet["channel"] == "paid_social"]
    assert paid["impressions"].sum() == pytest.approx(click_rate.denominator)
    assert paid["clicks"].sum() == pytest.approx(click_rate.numerator)


def test_without_prorating_the_straddling_rows_are_not_listed() -> None:
    listed = listed_records(_sample(), CompareOptions(**HALF))
    assert "meta" not in set(listed["platform"]) and listed[PRORATED].isna().all()


def test_the_report_and_csv_list_the_same_rows() -> None:
    """The report's Campaigns sheet, campaigns.csv and the Parquet campaigns read `selected_records`."""
    from channelcompare.report import selected_records

    options = CompareOptions(**HALF, prorate=True)
    selected, _ = selected_records(_sample(), options)
    pd.testing.assert_frame_equal(selected, listed_records(_sample(), options))
    assert (selected[PRORATED] == "pro-rated: 16 of 30 days").sum() >= 8
