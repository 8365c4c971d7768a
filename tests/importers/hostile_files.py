"""Builders of hostile and broken inputs: each returns the bytes of one file and the reason it must give.

Small ones are also committed in tests/data/hostile/ (found by fuzzing, or hand-made); large ones are
built at test time so the repository stays small.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.conftest import DATA

HOSTILE = DATA / "hostile"
META_HEADER = '\ufeff"Campaign name","Reporting starts","Reporting ends","Amount spent (EUR)",Impressions,Reach,"Link clicks"\n'
META_ROW = '"Rentrée",2026-09-01,2026-09-30,120.50,10000,4000,80\n'


def _workbook(sheet_xml: str, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal xlsx whose first sheet is `sheet_xml`."""
    parts = {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="xml" ContentType="application/xml"/>'
        b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        b"</Types>",
        "_rels/.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        b"</Relationships>",
        "xl/workbook.xml": b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        b'<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        b"</Relationships>",
        "xl/worksheets/sheet1.xml": sheet_xml.encode(),
        **(extra or {}),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def billion_laughs() -> bytes:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{"&lol;" * 10 if i == 1 else f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    return _workbook(
        f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
    )


def external_entity() -> bytes:
    return _workbook(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>'
    )


def zip_bomb() -> bytes:
    """A workbook whose sheet inflates to 300 MB of one repeated row (about 300 KB packed)."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(_workbook("<worksheet/>"))) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
    ):
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                archive.writestr(info.filename, source.read(info))
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            block = b"<row><c><v>0</v></c></row>" * 40_000
            for _ in range(300 * 1024 * 1024 // len(block)):
                sheet.write(block)
    return buffer.getvalue()


def fake_xlsx() -> bytes:
    """A zip archive (a .docx, say) that is not a workbook."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


def truncated_xlsx() -> bytes:
    return (DATA / "meta_ads_campaigns.xlsx").read_bytes()[:1500]


def huge_field() -> bytes:
    return (
        META_HEADER + '"' + "x" * (10 * 1024 * 1024) + '",2026-09-01,2026-09-30,1,10,5,1\n' + META_ROW
    ).encode()


def ten_thousand_columns() -> bytes:
    header = ",".join(f"col{i}" for i in range(10_000))
    return (header + "\n" + ",".join("1" for _ in range(10_000)) + "\n").encode()


def header_repeated() -> bytes:
    return (META_HEADER + META_HEADER.lstrip("\ufeff") * 1000 + META_ROW).encode()


def nul_bytes() -> bytes:
    return (META_HEADER + META_ROW).encode().replace(b"Reach", b"Re\x00ach") + b"\x00" * 64


def random_bytes() -> bytes:
    return bytes((i * 7919 + 13) % 256 for i in range(4096))


def injection_csv() -> bytes:
    rows = [
        '"=HYPERLINK(""http://evil.example"",""click"")",2026-09-01,2026-09-30,1,10,5,1',
        "\"+cmd|' /C calc'!A0\",2026-09-01,2026-09-30,1,10,5,1",
        '"@SUM(1+1)",2026-09-01,2026-09-30,1,10,5,1',
        "\"-2+3+cmd|' /C calc'!A0\",2026-09-01,2026-09-30,1,10,5,1",
    ]
    return (META_HEADER + "\n".join(rows) + "\n").encode()


_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_META_CELLS = ("Campaign name", "Reporting starts", "Reporting ends", "Amount spent (EUR)", "Impressions")


def _sheet(rows: str, head: str = "") -> bytes:
    header = "".join(
        f'<c r="{chr(65 + i)}1" t="inlineStr"><is><t>{name}</t></is></c>'
        for i, name in enumerate(_META_CELLS)
    )
    return _workbook(
        f'<?xml version="1.0"?><worksheet {_NS}>{head}<sheetData><row r="1">{header}</row>{rows}'
        "</sheetData></worksheet>"
    )


def huge_dimension() -> bytes:
    """A sheet whose <dimension> declares every cell Excel allows (17 billion), over two real rows."""
    row = '<row r="2"><c r="A2" t="inlineStr"><is><t>R</t></is></c><c r="D2"><v>1</v></c></row>'
    return _sheet(row, '<dimension ref="A1:XFD1048576"/>')


def far_cell() -> bytes:
    """A1 and XFD1048576 filled: calamine's grid between them aborted the process (SIGABRT)."""
    return _sheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')


def wide_sparse() -> bytes:
    """Few cells spread over thousands of columns and rows: minutes and gigabytes to read before."""
    rows = "".join(
        f'<row r="{r}"><c r="{_column(r * 7 % 16384 + 1)}{r}"><v>{r}</v></c></row>' for r in range(2, 1500)
    )
    return _sheet(rows)


def _column(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def meta_8000_columns() -> bytes:
    """A Meta-shaped CSV whose header has 8,000 more columns over short rows (4,000 took 182 s)."""
    header = META_HEADER.rstrip("\n") + "".join(f",c{i}" for i in range(8000)) + "\n"
    return (header + META_ROW * 500).encode()


def million_columns() -> bytes:
    return (",".join(f"c{i}" for i in range(1_000_000)) + "\n" + META_ROW).encode()


def sep_hint_empty() -> bytes:
    return ("sep=\n" + META_HEADER.lstrip("\ufeff") + META_ROW).encode()


def sep_hint_line_break() -> bytes:
    return ("sep=\r\n" + META_HEADER.lstrip("\ufeff") + META_ROW).encode()


def overflowing_numbers() -> bytes:
    rows = ['"Big",2026-09-01,2026-09-30,1e309,10,5,1', '"Inf",2026-09-01,2026-09-30,1,inf,5,1']
    return (META_HEADER + META_ROW + "\n".join(rows) + "\n").encode()


def dates_out_of_range() -> bytes:
    rows = [f'"{day}",{day},{day},1,10,5,1' for day in ("9999-12-31", "0001-01-01", "3026-09-01")]
    return (META_HEADER + META_ROW + "\n".join(rows) + "\n").encode()


def ga4_without_separator() -> bytes:
    """GA4 by source / medium whose rows lack the ` / ` (found by fuzzing: an internal error before)."""
    text = (DATA / "ga4_source_medium.csv").read_text(encoding="utf-8")
    head, _, rest = text.partition("Grand total")
    return (head + "Grand total" + rest.replace(" / ", "-")).encode()


def ga4_blank_source_medium() -> bytes:
    """GA4 by source / medium with every key cell blank (an injection sweep: KeyError before)."""
    lines = (DATA / "ga4_source_medium.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("Grand total"))
    blanked = ["," + line.split(",", 1)[1] if "," in line else line for line in lines[start + 1 : start + 7]]
    return "".join(lines[: start + 1] + blanked + lines[start + 7 :]).encode()


def klaviyo_merged_header() -> bytes:
    """Klaviyo flows whose header has two names merged into one cell (fuzzing: an internal error)."""
    text = (DATA / "klaviyo_flows.csv").read_text(encoding="utf-8")
    return text.replace("Total Recipients,Open Rate", "Total RecipientsOpen Rate", 1).encode()


#: name -> (builder, "imports" or "refused", words the one-line reason must contain; for "imports", words
#: that a rejected row's reason must contain, when given)
CASES: dict[str, tuple[Callable[[], bytes], str, str]] = {
    "billion_laughs.xlsx": (billion_laughs, "refused", "entities"),
    "external_entity.xlsx": (external_entity, "refused", "entities"),
    "zip_bomb.xlsx": (zip_bomb, "refused", "unpack"),
    "fake.xlsx": (fake_xlsx, "refused", "not an Excel workbook"),
    "truncated.xlsx": (truncated_xlsx, "refused", "damaged"),
    "huge_field.csv": (huge_field, "imports", ""),
    "ten_thousand_columns.csv": (ten_thousand_columns, "refused", "first line is longer than 64 KB"),
    "header_repeated.csv": (header_repeated, "imports", ""),
    "nul_bytes.csv": (nul_bytes, "refused", "not a text"),
    "random.bin": (random_bytes, "refused", ""),
    "injection.csv": (injection_csv, "imports", ""),
    "fuzz_bad_deflate.xlsx": (lambda: (HOSTILE / "fuzz_bad_deflate.xlsx").read_bytes(), "refused", "damaged"),
    "fuzz_bad_seek.xlsx": (lambda: (HOSTILE / "fuzz_bad_seek.xlsx").read_bytes(), "refused", "damaged"),
}

#: The inputs of issue 19 and the fuzz findings of issue 24: each is also imported headless in a process
#: of its own, whose time and peak memory are measured (test_hostile.py).
ISSUE_CASES: dict[str, tuple[Callable[[], bytes], str, str]] = {
    "huge_dimension.xlsx": (huge_dimension, "refused", "declares a sheet of 1,048,576 rows x 16,384 columns"),
    "far_cell.xlsx": (far_cell, "refused", "has a sheet of 1,048,576 rows x 16,384 columns"),
    "wide_sparse.xlsx": (wide_sparse, "refused", "columns"),
    "meta_8000_columns.csv": (meta_8000_columns, "refused", "has 8,007 columns"),
    "million_columns.csv": (million_columns, "refused", "first line is longer than 64 KB"),
    "sep_hint_empty.csv": (sep_hint_empty, "imports", ""),
    "sep_hint_line_break.csv": (sep_hint_line_break, "imports", ""),
    "overflowing_numbers.csv": (overflowing_numbers, "imports", "'1e309' is not a number"),
    "dates_out_of_range.csv": (dates_out_of_range, "imports", "'9999-12-31' is not a date"),
    "ga4_without_separator.csv": (ga4_without_separator, "imports", ""),
    "klaviyo_merged_header.csv": (klaviyo_merged_header, "refused", "lacks the column(s) 'Total Recipients'"),
}
CASES.update(ISSUE_CASES)
CASES["ga4_blank_source_medium.csv"] = (ga4_blank_source_medium, "imports", "")


def write_case(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(CASES[name][0]())
    return path
