"""Mutations of xlsx structure for the fuzz test: the parts of the archive, not its bytes.

Byte flips in a zip mostly break its checksums, so the reader never sees the XML. Here one part of a real
workbook fixture is changed and the archive written again, valid as a zip: the sheet XML (cell references
moved far away, values and types swapped, elements cut), the `<dimension>` (any declared range), the shared
strings (indexes past the table), the relations (targets missing, pointing elsewhere, or outside the
archive) and the workbook (sheets removed or duplicated).
"""

from __future__ import annotations

import io
import re
import zipfile

from hypothesis import strategies as st

from tests.conftest import DATA

WORKBOOKS = {p.name: p.read_bytes() for p in sorted(DATA.glob("*.xlsx"))}
SHEET = "xl/worksheets/sheet1.xml"
_COLUMNS = ("A", "Z", "AA", "ZZ", "XFD", "XFE", "ZZZZ")
_ROWS = ("0", "1", "2", "99999", "100000", "1048576", "1048577", "4294967296", "-1")


def reference(draw: st.DrawFn) -> str:
    return draw(st.sampled_from(_COLUMNS)) + draw(st.sampled_from(_ROWS))


def _far_reference(draw: st.DrawFn, parts: dict[str, bytes]) -> None:
    refs = re.findall(rb' r="[A-Z]+[0-9]+"', parts[SHEET])
    if refs:
        old = draw(st.sampled_from(refs))
        parts[SHEET] = parts[SHEET].replace(old, f' r="{reference(draw)}"'.encode(), 1)


def _dimension(draw: st.DrawFn, parts: dict[str, bytes]) -> None:
    declared = f'<dimension ref="{reference(draw)}:{reference(draw)}"/>'.encode()
    sheet = re.sub(rb"<dimension [^>]*/>", b"", parts[SHEET])
    parts[SHEET] = sheet.replace(b"<sheetData", declared + b"<sheetData", 1)


def _cut_element(draw: st.DrawFn, parts: dict[str, bytes]) -> None:
    name = draw(st.sampled_from(sorted(n for n in parts if n.endswith((".xml", ".rels")))))
    tags = [m.start() for m in re.finditer(rb"<", parts[name])]
    if tags:
        at = draw(st.sampled_from(tags))
        parts[name] = parts[name][:at] + parts[name][at + draw(st.integers(1, 40)) :]


def _cell_type(draw: st.DrawFn, parts: dict[str, bytes]) -> None:
    kind = draw(st.sampled_from([b"s", b"n", b"b", b"e", b"d", b"str", b"inlineStr", b"bogus"]))
    parts[SHEET] = re.sub(rb'<c r="([A-Z]+[0-9]+)"', rb'<c r="\1" t="' + kind + b'"', parts[SHEET], count=3)


def _shared_strings(draw: st.DrawFn, parts: dict[str, bytes]) -> None:
    parts["xl/sharedStrings.xml"] = (
        b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + draw(
            st.sampled_from([b"", b"<si><t>x</t></si>", b"<si/>", b"<si><t>" + b"y" * 5000 + b"</t></si>"])
        )
        + b"</sst>"
    )
    index = draw(st.sampled_from([b"0", b"1", b"-1", b"999999999", b"x", b""]))
    parts[SHEET] = re.sub(rb"<v>[^<]*</v>", b"<v>" + index + b"</v>", parts[SHEET], count=5)
    parts[SHEET] = parts[SHEET].replace(b'<c r="A2"', b'<c t="s" r="A2"', 1)


def _relation(draw: st.DrawFn, parts: dict[str, bytes]) -> None:
    target = draw(
        st.sampled_from(
            [b"worksheets/missing.xml", b"../../../etc/passwd", b"/xl/worksheets/sheet1.xml", b"styles.xml",
             b"workbook.xml", b"", b"worksheets/sheet1.xml#x", b"http://example.com/sheet.xml"]
        )
    )  # fmt: skip
    rels = "xl/_rels/workbook.xml.rels"
    if rels in parts:
        parts[rels] = re.sub(rb'Target="[^"]*"', b'Target="' + target + b'"', parts[rels], count=1)


def _sheets(draw: st.DrawFn, parts: dict[str, bytes]) -> None:
    workbook = parts["xl/workbook.xml"]
    sheet = re.search(rb"<sheet [^>]*/>", workbook)
    if sheet is not None:
        copies = draw(st.integers(0, 3))
        parts["xl/workbook.xml"] = workbook.replace(sheet.group(0), sheet.group(0) * copies, 1)


def _drop_part(draw: st.DrawFn, parts: dict[str, bytes]) -> None:
    del parts[draw(st.sampled_from(sorted(n for n in parts if n != "xl/workbook.xml")))]


MUTATIONS = {
    "far reference": _far_reference,
    "dimension": _dimension,
    "cut element": _cut_element,
    "cell type": _cell_type,
    "shared strings": _shared_strings,
    "relation": _relation,
    "sheets": _sheets,
    "drop part": _drop_part,
}


@st.composite
def mutated_workbook(draw: st.DrawFn) -> tuple[str, bytes]:
    """A fixture workbook with one to three structural mutations, as a valid zip archive."""
    name = draw(st.sampled_from(sorted(WORKBOOKS)))
    with zipfile.ZipFile(io.BytesIO(WORKBOOKS[name])) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(sorted(MUTATIONS)))
        if SHEET in parts or kind in ("relation", "sheets", "drop part", "cut element"):
            MUTATIONS[kind](draw, parts)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, content in parts.items():
            archive.writestr(part, content)
    return name, buffer.getvalue()
