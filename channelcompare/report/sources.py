"""The Sources sheet: each imported file, its detected format, rows imported, rows rejected and why."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from channelcompare.report import styles
from channelcompare.report.cells import date_cell
from channelcompare.report.format_names import format_name
from channelcompare.report.sheet import SheetWriter
from channelcompare.sources import ImportResult
from channelcompare.wording import PLATFORM_LABELS

#: Rejected rows listed at most (a broken million-row file must not make a million-row sheet).
MAX_REJECTIONS: Final = 10_000
#: Long texts (reasons, warnings) span the columns up to this one.
LAST_COLUMN: Final = 9


def write_sources(sheet: SheetWriter, sources: list[ImportResult]) -> None:
    words = sheet.words
    sheet.print_layout()
    sheet.freeze("B4")  # the file names and the headings (row 3)
    sheet.widths([34, 14, 44, 13, 13, 12, 12, 10, 50])
    sheet.line(words.get("sheet.sources"), role="title")
    sheet.blank()
    sheet.header(
        [words.get(k) for k in ("col.file", "col.platform", "col.format", "col.rows", "col.rejected")]
        + [words.get(k) for k in ("col.first_day", "col.last_day", "col.currency", "col.warning")]
    )
    sheet.repeat_rows(sheet.row)
    for result in sources:
        _file_row(sheet, result)
    sheet.blank()
    _rejections(sheet, sources)
    sheet.blank()
    _warnings(sheet, sources)


def _file_row(sheet: SheetWriter, result: ImportResult) -> None:
    period = result.period()
    date_style = sheet.style("body", styles.DATE)
    sheet.append(
        [
            sheet.text(Path(result.path).name),
            sheet.text(PLATFORM_LABELS.get(result.platform, result.platform)),
            sheet.text(format_name(result.format_id, sheet.words.lang)),
            sheet.number(result.rows, styles.COUNT),
            sheet.number(len(result.rejected), styles.COUNT),
            date_cell(sheet.ws, period[0] if period else None, date_style),
            date_cell(sheet.ws, period[1] if period else None, date_style),
            sheet.text(result.currency),
            sheet.text(f"{len(result.warnings)}" if result.warnings else None),
        ]
    )


def _rejections(sheet: SheetWriter, sources: list[ImportResult]) -> None:
    words = sheet.words
    sheet.line(words.get("sources.rejections"), role="section")
    total = sum(len(r.rejected) for r in sources)
    if not total:
        sheet.line(words.get("sources.none_rejected"), role="note")
        return
    if total > MAX_REJECTIONS:
        sheet.line(words.get("sources.rejections.capped", shown=MAX_REJECTIONS, total=total), role="note")
    sheet.header(
        [words.get("col.file"), words.get("col.line"), words.get("col.column"), words.get("col.reason")]
    )
    shown = 0
    for result in sources:
        name = Path(result.path).name
        for rejection in result.rejected[: MAX_REJECTIONS - shown]:
            sheet.append(
                [
                    sheet.text(name),
                    sheet.number(rejection.line, styles.COUNT),
                    sheet.text(rejection.column),
                    sheet.text(rejection.reason),
                ]
            )
            sheet.merge(4, LAST_COLUMN)
            shown += 1


def _warnings(sheet: SheetWriter, sources: list[ImportResult]) -> None:
    words = sheet.words
    sheet.line(words.get("sources.warnings"), role="section")
    listed = [(Path(r.path).name, w) for r in sources for w in r.warnings]
    if not listed:
        sheet.line("—", role="note")
        return
    sheet.header([words.get("col.file"), words.get("col.warning")])
    for name, warning in listed:
        sheet.append([sheet.text(name), sheet.text(warning)])
        sheet.merge(2, LAST_COLUMN)
