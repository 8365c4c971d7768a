"""Reports made of key/value blocks rather than one table (Mailchimp and MailerLite single-campaign reports).

    Email Campaign Report
    "Title:","Rentrée : -15 %"
    ...
    "Overall Stats"
    "Total Recipients:","18,204"

A section starts at a one-cell line ("Overall Stats"); each two-cell line is a key (trailing colon
dropped) and its value, kept with its line number so a bad value can be reported where it is. Tables
that follow (`Clicks by URL`) are not needed and reading stops at them.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from dataclasses import dataclass, field
from pathlib import Path

from channelcompare.errors import FileTooLarge, UnreadableFile
from channelcompare.sources import ImportResult
from importers.sample import FileSample, norm

#: A key/value report is a page of text; anything larger is not one.
MAX_BYTES = 5 * 1024 * 1024


@dataclass
class Section:
    """One titled block of `key: value` lines; keys normalised with sample.norm, colon dropped."""

    title: str
    line: int
    values: dict[str, tuple[str, int]] = field(default_factory=dict)

    def get(self, *keys: str) -> tuple[str, int] | None:
        """(value, line) for the first key present, else None."""
        for key in keys:
            found = self.values.get(key_norm(key))
            if found is not None:
                return found
        return None


def key_norm(key: str) -> str:
    return norm(key).rstrip(":").strip()


#: (line of the record, column) -> line of that value in the file
ValueLines = dict[tuple[int, str], int]


def at_value_lines(result: ImportResult, value_lines: ValueLines) -> ImportResult:
    """Point each rejection at the line of the value that was wrong, not at its block's first line."""
    result.rejected = [
        dataclasses.replace(r, line=value_lines.get((r.line, r.column or ""), r.line))
        for r in result.rejected
    ]
    return result


def read_sections(path: Path, sample: FileSample, stop_at: tuple[str, ...] = ()) -> list[Section]:
    """Every section of the report, the untitled head first; stops at a section titled in `stop_at`."""
    rows = _rows(path, sample)
    sections = [Section("", 1)]
    stops = {key_norm(title) for title in stop_at}
    for line, row in rows:
        cells = [c.strip() for c in row if c.strip()]
        if len(cells) == 1 and not cells[0].endswith(":"):
            if key_norm(cells[0]) in stops:
                break
            sections.append(Section(cells[0], line))
        elif len(cells) >= 2:
            sections[-1].values.setdefault(key_norm(cells[0]), (cells[1], line))
    return sections


def _rows(path: Path, sample: FileSample) -> list[tuple[int, list[str]]]:
    """(1-based line, cells) of every record; a record with a multi-line cell gets its first line."""
    if path.stat().st_size > MAX_BYTES:
        raise FileTooLarge(
            f"{path.name} is too large for a single-campaign report ({path.stat().st_size // 1024} KB).",
            path=str(path),
        )
    try:
        text = path.read_bytes().decode(sample.encoding or "utf-8", errors="replace")
    except (OSError, LookupError) as exc:
        raise UnreadableFile(f"{path.name} could not be read ({exc}).", path=str(path)) from exc
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=sample.delimiter or ",")
    out = []
    line = 1
    try:
        for row in reader:
            out.append((line, row))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise UnreadableFile(f"{path.name}: line {line} cannot be read ({exc}).", path=str(path)) from exc
    return out
