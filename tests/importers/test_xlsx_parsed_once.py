"""Sampling then reading an xlsx parses its sheet once; a file changed in between is read afresh."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import python_calamine

from importers import xlsx

DATA = Path(__file__).resolve().parent.parent / "data"


def test_the_sampled_sheet_is_reused_by_the_read_that_follows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = shutil.copy(DATA / "meta_ads_campaigns.xlsx", tmp_path / "export.xlsx")
    expected = xlsx.read_rows(path)
    opened: list[str] = []
    real = python_calamine.CalamineWorkbook.from_path
    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", lambda p: opened.append(p) or real(p))
    xlsx.head_rows(path, 5)
    assert xlsx.read_rows(path) == expected and len(opened) == 1
    assert xlsx.read_rows(path) == expected and len(opened) == 2  # used once, then parsed again


def test_a_file_replaced_after_sampling_is_read_afresh(tmp_path: Path) -> None:
    path = shutil.copy(DATA / "meta_ads_campaigns.xlsx", tmp_path / "export.xlsx")
    xlsx.head_rows(path, 5)
    shutil.copy(DATA / "tiktok_ads.xlsx", path)
    assert xlsx.read_rows(path) == xlsx.read_rows(DATA / "tiktok_ads.xlsx")
