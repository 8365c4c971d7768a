"""The CSV tables opened by LibreOffice with formulas evaluated: no formula cell, with `,`, `;` or tab.

Skipped when LibreOffice is not installed (`apt-get install libreoffice-calc-nogui`). The import options
are the hostile ones: token 13 ("evaluate formulas") on, separators 44 (`,`), 59 (`;`, French Excel's
list separator) and 9 (tab, often left from an earlier import). The converted workbook is read back with
openpyxl: a formula cell has data type "f".
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from tests.channelcompare.report.csv_checks import PAYLOADS

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)


def _open_in_libreoffice(csv_file: Path, separator: int, folder: Path) -> list[tuple[object, str]]:
    options = f"CSV:{separator},34,76,1,,0,false,true,false,false,false,,true"
    subprocess.run(
        [
            "soffice", f"-env:UserInstallation=file://{folder / 'profile'}", "--headless",
            f"--infilter={options}", "--convert-to", "xlsx", "--outdir", str(folder), str(csv_file),
        ],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    sheet = openpyxl.load_workbook(folder / (csv_file.stem + ".xlsx")).active
    assert sheet is not None
    return [(cell.value, cell.data_type) for row in sheet.iter_rows() for cell in row]


@pytest.mark.parametrize("separator", [44, 59, 9])
def test_libreoffice_finds_no_formula_in_the_csv_tables(
    hostile_tables, separator: int, tmp_path: Path
) -> None:
    _, campaigns = hostile_tables
    cells = _open_in_libreoffice(campaigns, separator, tmp_path)
    assert [value for value, kind in cells if kind == "f"] == []
    text = " ".join(str(value) for value, _ in cells)
    assert "HYPERLINK" in text and "cmd|" in text  # the payloads are there, as text


def test_the_check_would_see_a_formula(tmp_path: Path) -> None:
    """The same conversion of an unsafe file finds the formulas: the test above can fail."""
    unsafe = tmp_path / "unsafe.csv"
    unsafe.write_bytes(("name,n\n" + f"Promo automne\r{PAYLOADS[0]},1\n").encode())
    cells = _open_in_libreoffice(unsafe, 44, tmp_path)
    assert [value for value, kind in cells if kind == "f"] == ["=1+1"]
