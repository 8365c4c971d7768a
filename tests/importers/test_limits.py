from __future__ import annotations

from pathlib import Path

import pytest

from channelcompare.errors import FileTooLarge
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
