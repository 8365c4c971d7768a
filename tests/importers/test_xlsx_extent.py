from __future__ import annotations

import io
import zipfile

import pytest

import importers.xlsx_extent as extent_module
from importers.xlsx_extent import SCAN_CELLS, Extent, column_number, largest_sheet
from tests.conftest import DATA
from tests.importers.hostile_files import _column, _sheet, far_cell, huge_dimension, wide_sparse


def _extent(data: bytes) -> Extent:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        extent = largest_sheet(archive)
    assert extent is not None
    return extent


def test_column_letters_are_numbered_as_excel_does() -> None:
    assert [column_number(c) for c in ("A", "Z", "AA", "AZ", "ZZ", "XFD")] == [1, 26, 27, 52, 702, 16384]
    assert all(column_number(_column(n)) == n for n in (1, 26, 27, 703, 16384))


def test_real_exports_are_small_without_reading_every_row() -> None:
    for name in ("meta_ads_campaigns.xlsx", "tiktok_ads.xlsx"):
        with zipfile.ZipFile(DATA / name) as archive:
            extent = largest_sheet(archive)
        assert extent is None or extent.cells <= SCAN_CELLS


def test_far_cells_and_declared_ranges_are_measured_exactly() -> None:
    far = _extent(far_cell())
    assert (far.rows, far.columns, far.declared) == (1_048_576, 16_384, False)
    declared = _extent(huge_dimension())
    assert (declared.rows, declared.columns, declared.declared) == (1_048_576, 16_384, True)
    wide = _extent(wide_sparse())
    assert wide.columns > 10_000 and wide.rows == 1_499  # many columns: every row number was read


def test_a_reference_cut_by_a_chunk_boundary_is_still_seen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extent_module, "_CHUNK", 64)  # every reference crosses some chunk's end
    far = _extent(_sheet('<row r="2"><c r="XFD900000"><v>1</v></c></row>'))
    assert (far.rows, far.columns) == (900_000, 16_384)
