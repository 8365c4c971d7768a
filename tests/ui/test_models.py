from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QLocale, QPersistentModelIndex, Qt

from ui.clipboard import selection_as_tsv
from ui.models.campaign_filter import CampaignFilterProxy
from ui.models.dataframe_model import SORT_ROLE, DataFrameModel


@pytest.fixture
def frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "campaign_name": pd.Series(
                ["Rentrée", '=HYPERLINK("x")', "Soldes\td'été", "Bougies"], dtype="str"
            ),
            "channel": pd.Series(["email", "paid_social", "organic_social", "email"], dtype="str"),
            "start": pd.to_datetime(["2026-09-03 09:00", None, "2026-09-10 00:00", "2026-09-20 18:30"]),
            "delivered": [18000.0, np.nan, 2500.0, 17500.0],
            "click_rate": [0.0324, 0.007, np.nan, 0.029],
        }
    )


def model_for(frame: pd.DataFrame) -> DataFrameModel:
    model = DataFrameModel(
        frame,
        formats={"click_rate": "percent", "delivered": "count", "channel": "channel"},
        headers={"click_rate": "Click rate"},
        tooltips={"click_rate": "clicks / audience"},
    )
    model.locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return model


def test_models_pass_the_qt_model_tester(qtmodeltester, frame: pd.DataFrame) -> None:
    model = model_for(frame)
    qtmodeltester.check(model)
    proxy = CampaignFilterProxy(model)
    qtmodeltester.check(proxy)
    proxy.set_filter_text("e")
    model.sort(3, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_cells_are_formatted_in_the_locale_and_sorted_on_raw_values(frame: pd.DataFrame) -> None:
    model = model_for(frame)
    assert model.index(0, 3).data() == "18,000"
    assert model.index(0, 4).data() == "3.24%"
    assert model.index(2, 4).data() == "–"  # missing, not zero
    missing_text = model.format(None, "text"), model.format(float("nan"), "text"), model.format(None, "date")
    assert missing_text == ("–", "–", "–")  # one sign for every missing value
    assert model.index(0, 1).data() == "Email"
    assert model.index(0, 4).data(SORT_ROLE) == pytest.approx(0.0324)
    assert model.index(0, 3).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Click rate"
    assert model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "clicks / audience"
    model.locale = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert model.index(0, 4).data() == "3,24\u202f%"
    model.sort(4, Qt.SortOrder.AscendingOrder)
    assert [model.raw(r, 4) for r in range(3)] == pytest.approx([0.007, 0.029, 0.0324])
    assert np.isnan(model.raw(3, 4))  # missing last
    model.sort(4, Qt.SortOrder.DescendingOrder)
    assert model.raw(0, 4) == pytest.approx(0.0324) and np.isnan(model.raw(3, 4))


def test_selection_follows_its_record_across_a_sort_and_a_filter(frame: pd.DataFrame) -> None:
    model = model_for(frame)
    proxy = CampaignFilterProxy(model)
    kept = QPersistentModelIndex(proxy.index(3, 0))  # Bougies
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert kept.row() == 1 and kept.data() == "Bougies"
    proxy.set_filter_text("BOUG")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "Bougies"
    proxy.set_filter_text("email")  # matches the channel column
    assert sorted(proxy.index(r, 0).data() for r in range(proxy.rowCount())) == ["Bougies", "Rentrée"]


def test_copied_cells_paste_into_excel_as_values_never_formulas(frame: pd.DataFrame) -> None:
    model = model_for(frame)
    indexes = [model.index(r, c) for r in range(3) for c in (0, 3, 4)]
    text = selection_as_tsv(model, indexes, headers=True)
    lines = text.split("\r\n")
    assert lines[0] == "campaign_name\tdelivered\tClick rate"
    assert lines[1] == "Rentrée\t18000\t0.0324"
    assert lines[2] == '\'=HYPERLINK("x")\t\t0.007'
    assert lines[3] == "Soldes d'été\t2500\t"


def test_a_million_rows_sort_and_filter_in_a_fraction_of_a_second() -> None:
    import time

    n = 1_000_000
    rng = np.random.default_rng(1)
    frame = pd.DataFrame(
        {
            "campaign_name": pd.Series(
                np.char.add("Post ", rng.integers(0, 9999, n).astype(str)), dtype="str"
            ),
            "click_rate": rng.random(n),
        }
    )
    model = model_for(frame)
    proxy = CampaignFilterProxy(model)
    started = time.perf_counter()
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    proxy.set_filter_text("post 12")
    proxy.set_filter_text("")
    assert time.perf_counter() - started < 3.0
    assert proxy.rowCount() == n and proxy.index(0, 1).data(SORT_ROLE) == frame["click_rate"].max()


def test_a_huge_text_cell_is_shown_cut_and_kept_whole() -> None:
    """A 40 MB cell (a hostile export) took the window 21 s and 4 GB to lay out when shown whole."""
    huge = "x" * (40 * 1024 * 1024)
    model = model_for(pd.DataFrame({"campaign_name": pd.Series([huge, "Rentrée"], dtype="str")}))
    shown = model.data(model.index(0, 0))
    assert len(shown) == 1_001 and shown.endswith("…")
    assert model.data(model.index(1, 0)) == "Rentrée"
    assert len(model.raw(0, 0)) == len(huge)  # copy and export read the whole value
