"""`main.py report -o X --csv F`: the workbook and its CSV tables are one set, readable by colleagues."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from main import main
from tests.conftest import DATA

EXPORTS = [DATA / "mailchimp_campaigns.csv", DATA / "meta_ads_campaigns.csv"]


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def test_workbook_and_csv_tables_are_replaced_together_or_not_at_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report, tables = tmp_path / "report.xlsx", tmp_path / "tables"
    tables.mkdir()
    report.write_bytes(b"last week's report")
    (tables / "channels.csv").write_text("last week's channels")
    (tables / "campaigns.csv").write_text("last week's campaigns")
    (tables / "campaigns.csv").chmod(stat.S_IRUSR)  # cannot be replaced: the whole set must stay as it was
    assert main(["report", "-o", str(report), "--csv", str(tables), *map(str, EXPORTS)]) == 1
    assert "campaigns.csv is read-only" in capsys.readouterr().err
    assert report.read_bytes() == b"last week's report"
    assert (tables / "channels.csv").read_text() == "last week's channels"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx", "tables"]
    assert sorted(p.name for p in tables.iterdir()) == ["campaigns.csv", "channels.csv"]


def test_report_and_tables_come_out_with_the_users_umask(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], umask_022: None
) -> None:
    """Issue 20: handed over on a shared drive, a colleague can open them (0644 under umask 022)."""
    report = tmp_path / "report.xlsx"
    assert main(["report", "-o", str(report), "--csv", str(tmp_path), *map(str, EXPORTS)]) == 0
    written = capsys.readouterr().out.split()
    assert sorted(written) == sorted(
        str(tmp_path / n) for n in ("report.xlsx", "channels.csv", "campaigns.csv")
    )
    for name in written:
        assert stat.S_IMODE(Path(name).stat().st_mode) == 0o644, name
