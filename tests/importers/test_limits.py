from __future__ import annotations

from pathlib import Path

import pytest

from channelcompare.errors import FileTooLarge, ImportFailed
from importers import limits
from importers.load import import_files
from tests.conftest import DATA


def test_budget_is_a_fraction_of_free_memory_with_a_floor() -> None:
    assert limits.file_budget(available=60 * 1024**3) == 10 * 1024**3
    assert limits.file_budget(available=1024) == limits.MIN_BUDGET
    assert limits.available_memory() > 0


def test_a_file_over_the_budget_is_refused_with_both_sizes(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"x" * 3 * 1024 * 1024)
    with pytest.raises(
        FileTooLarge, match=r"big\.csv is 3 MB, more than this computer can import now \(1 MB"
    ):
        limits.check_size(path, budget=1024 * 1024)


def test_a_refused_file_does_not_stop_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = DATA / "x_content.csv", DATA / "shopify_orders.csv"
    budget = (small.stat().st_size + large.stat().st_size) // 2
    monkeypatch.setattr(limits, "file_budget", lambda available=None: budget)
    outcomes = import_files([small, large])
    assert outcomes[0].ok
    assert isinstance(outcomes[1].error, FileTooLarge)


def test_a_sheet_over_the_cell_or_column_limit_is_refused_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "wide.xlsx"
    limits.check_sheet(path, 100_000, 26)  # a large real export passes
    with pytest.raises(FileTooLarge, match=r"wide\.xlsx has a sheet of 1,000 rows x 16,384 columns"):
        limits.check_sheet(path, 1_000, 16_384)
    with pytest.raises(FileTooLarge, match=r"3,000,000 rows x 2 columns \(6,000,000 cells\), more than"):
        limits.check_sheet(path, 3_000_000, 2)
    with pytest.raises(FileTooLarge, match=r"has 1,001 columns, more than any export this app reads"):
        limits.check_columns(tmp_path / "wide.csv", 1_001)


def test_an_import_past_its_time_budget_is_stopped_with_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    assert limits.read_budget(DATA / "x_content.csv") == pytest.approx(limits.READ_SECONDS_FLOOR, abs=1)
    monkeypatch.setattr(limits, "read_budget", lambda path: -1.0)  # spent before the first block is read
    (outcome,) = import_files([DATA / "meta_ads_campaigns.csv"])
    assert isinstance(outcome.error, ImportFailed)
    assert "meta_ads_campaigns.csv could not be read within -1 s" in outcome.error.message


def test_the_deadline_passes_the_user_s_cancel_through() -> None:
    check = limits.with_deadline(DATA / "x_content.csv", lambda: True, seconds=60)
    assert check() is True
