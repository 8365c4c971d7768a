"""The report opened by LibreOffice: converted to PDF and rasterised page by page (skipped without soffice).

This is the check that the workbook is well-formed for another spreadsheet than openpyxl itself: tables,
conditional formats, merged cells and native charts must all load. Look at the pages by hand with
`soffice --headless --convert-to pdf report.xlsx && pdftoppm -png -r 80 report.pdf page`.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
    reason="LibreOffice (soffice) and poppler (pdftoppm) are not installed",
)


def test_libreoffice_renders_every_sheet(report: Path, tmp_path: Path) -> None:
    if "fr" not in report.name:
        pytest.skip("one language is enough to check the file loads; French has the harder characters")
    profile = tmp_path / "profile"  # a private profile: no clash with another soffice running
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(report),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / (report.stem + ".pdf")
    assert pdf.exists() and pdf.stat().st_size > 10_000
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "3", str(pdf), str(tmp_path / "page")],
        check=True,
        timeout=120,
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 3
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60).stdout
    assert "HYPERLINK" in text  # the payload is printed as text, not evaluated into a link label
    assert "Wilson" in text
    assert "Constats" in text and "Taux de clic" in text
