"""The benchmark runner's quick path works end to end on 1,000 rows (the figures themselves run on demand)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import generate, run


def test_runner_prints_every_figure_with_its_baseline_ratio_and_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(generate, "CACHE", tmp_path)
    run.main(["--rows", "1000", "--repeats", "1", "--only", "csv,compare,workspace"])
    out = capsys.readouterr().out
    assert "| CSV import, Meta 1,000 rows |" in out and "(pandas.read_csv)" in out
    assert "| compare, " in out and "| workspace load, " in out
    assert "targets judged at 1,000,000 rows only" in out and "≤ 0.3×" not in out  # 1,000 rows: information
    assert (tmp_path / "meta_ads_1000.csv").read_bytes().startswith(b'\xef\xbb\xbf"Reporting starts"')


def test_generated_meta_export_imports_as_meta_ads_with_every_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from importers.load import import_file

    monkeypatch.setattr(generate, "CACHE", tmp_path)
    result = import_file(generate.ensure("meta_ads", 730))
    assert result.format_id == "meta_ads" and len(result.records) == 730 and not result.rejected
    assert result.currency == "EUR" and result.records["start"].dt.year.min() == 2025
