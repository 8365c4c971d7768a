"""The CSV half of read_table: every record under the header as text, with its line number in the file.

The fast path is pyarrow's streaming CSV reader (about ten times faster than the pandas C parser on a
million rows, on one thread). It cannot say where a malformed row is, so when one turns up the file
is read again with the pandas C parser, which names the line of every row it had to skip.
"""

from __future__ import annotations

import re
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pa_csv

from channelcompare.errors import Cancelled, UnreadableFile
from channelcompare.sources import Rejection
from importers.arrow_text import Collector, Kind
from importers.base import CancelCheck, Progress
from importers.sample import FileSample
from importers.text_stream import GuardedStream

CHUNK_ROWS = 200_000
BLOCK_BYTES = 1024 * 1024  # Arrow holds ~80x a block while parsing it (4 MB: +230 MB at peak)
_SKIPPED = re.compile(r"Skipping line (\d+): (.*)")
# pandas reports rows with too many cells as warnings; catching warnings is process-global state,
# so concurrent reads (UI worker threads) take turns around that section.
_WARNINGS_LOCK = threading.Lock()


@dataclass(frozen=True)
class Records:
    """Cells of the data records (columns 0..width-1 but skipped ones, text, NA or numbers), their first lines,
    unreadable rows."""

    cells: pd.DataFrame
    lines: np.ndarray
    rejected: list[Rejection]
    #: Rows with a non-blank cell in a column not read into `cells` (kind "skip"); None: every column read.
    elsewhere: np.ndarray | None = None


class _Malformed(Exception):
    """A row pyarrow could not split: read again with the parser that can say where it is."""


def read_records(
    path: Path,
    sample: FileSample,
    header: int,
    progress: Progress,
    cancel: CancelCheck,
    kinds: list[Kind] | None = None,
) -> Records:
    """Every record after the header row, as wide as the widest sampled row. `kinds` (one per column, see
    importers/arrow_text.py) lets the fast path skip or parse columns; the exact reader keeps all as text.
    Raises UnreadableFile, Cancelled."""
    width = max((len(row) for row in sample.rows[header:]), default=1)
    first_line = sample.skipped_lines + header + 2
    collector = Collector(kinds or ["text"] * width, sample.decimal)
    try:
        _read_arrow(path, sample, header, collector, progress, cancel)
    except (_Malformed, pa.ArrowException, UnicodeError, LookupError):
        return _pandas_records(path, sample, header, width, first_line, progress, cancel)
    cells = collector.finish()
    # the raw text read is let go by now: hand its pages back rather than keep them for Arrow alone (the
    # canonical table is built next, mostly by numpy and pandas; 1M Meta rows: peak -100 MB)
    pa.default_memory_pool().release_unused()
    return Records(cells.frame, cells.lines + first_line, [], cells.elsewhere)


def _read_arrow(
    path: Path, sample: FileSample, header: int, collector: Collector, progress: Progress, cancel: CancelCheck
) -> None:
    names = [f"c{i}" for i in range(len(collector.kinds))]
    invalid: list[object] = []

    def malformed(row: object) -> str:
        invalid.append(row)  # raising here would only print: note it, skip it, and give up below
        return "skip"

    encoding = "utf8" if sample.encoding.startswith("utf-8") or not sample.encoding else sample.encoding
    options = {
        "read_options": pa_csv.ReadOptions(
            skip_rows=sample.skipped_lines + header + 1,
            column_names=names,
            block_size=BLOCK_BYTES,
            encoding=encoding,
            # one thread: on this 2-core machine Arrow's threads cost twice the CPU for the same wall time
            use_threads=False,
        ),
        "parse_options": pa_csv.ParseOptions(
            delimiter=sample.delimiter or ",",
            newlines_in_values=True,
            ignore_empty_lines=False,
            invalid_row_handler=malformed,
        ),
        # large_string is pandas' own storage of `str` columns: no conversion of a million offsets later
        "convert_options": pa_csv.ConvertOptions(
            column_types=dict.fromkeys(names, pa.large_string()), strings_can_be_null=True, null_values=[""]
        ),
    }
    size = max(path.stat().st_size, 1)
    with path.open("rb") as raw:
        for batch in pa_csv.open_csv(GuardedStream(raw, path, encoding), **options):
            if invalid:
                raise _Malformed
            collector.add(batch)
            progress(0.8 * min(raw.tell() / size, 1.0))
            if cancel():
                raise Cancelled(f"Import of {path.name} cancelled.", path=str(path))
    if invalid:
        raise _Malformed


def _pandas_records(
    path: Path,
    sample: FileSample,
    header: int,
    width: int,
    first_line: int,
    progress: Progress,
    cancel: CancelCheck,
) -> Records:
    """The exact reader: slower, but it reports the line of every row it cannot split."""
    size = max(path.stat().st_size, 1)
    chunks: list[pd.DataFrame] = []
    skip = sample.skipped_lines + header + 1
    with _WARNINGS_LOCK, warnings.catch_warnings(record=True) as caught, path.open("rb") as raw:
        warnings.simplefilter("always")
        try:
            reader = pd.read_csv(
                cast(BinaryIO, GuardedStream(raw, path, sample.encoding)),
                sep=sample.delimiter or ",",
                encoding=sample.encoding or "utf-8",
                encoding_errors="replace",
                header=None,
                names=range(width),
                skiprows=skip,
                dtype=str,
                keep_default_na=False,
                na_values=[""],
                skip_blank_lines=False,
                on_bad_lines="warn",
                engine="c",
                chunksize=CHUNK_ROWS,
            )
            for chunk in reader:
                chunks.append(chunk)
                progress(0.8 * min(raw.tell() / size, 1.0))
                if cancel():
                    raise Cancelled(f"Import of {path.name} cancelled.", path=str(path))
        except (pd.errors.ParserError, UnicodeError, ValueError) as exc:
            raise UnreadableFile(
                f"{path.name} could not be read as CSV ({exc}). Export it again from the platform.",
                path=str(path),
            ) from exc
    skipped = _skipped_records(caught, skip)
    cells = (
        pd.concat(chunks, ignore_index=True) if chunks else pd.DataFrame(columns=range(width), dtype="str")
    )
    return _placed(cells, skipped, first_line)


def _skipped_records(caught: list[warnings.WarningMessage], offset: int) -> dict[int, str]:
    """pandas' 'Skipping line N' warnings as {0-based record index after the skipped rows: reason}."""
    out = {}
    for warning in caught:
        for match in _SKIPPED.finditer(str(warning.message)):
            out[int(match.group(1)) - offset - 1] = match.group(2).strip()
    return out


def _placed(cells: pd.DataFrame, skipped: dict[int, str], first_line: int) -> Records:
    """Line of each kept record: a record spans 1 + its in-cell newlines; a skipped one is taken as one line."""
    # only the columns with a cell in them: a wide header over short rows leaves most columns empty, and
    # each pass over a column costs a millisecond however empty it is (8,000 columns: minutes)
    used = [column for column, filled in cells.notna().any().items() if filled]
    newlines = np.zeros(len(cells), dtype=np.int64)
    for column in used:
        newlines += cells[column].str.count("\n").fillna(0).to_numpy(dtype=np.int64)
    total = len(cells) + len(skipped)
    spans = np.ones(total, dtype=np.int64)
    kept = np.setdiff1d(np.arange(total), np.fromiter(skipped, dtype=np.int64, count=len(skipped)))
    spans[kept] += newlines
    starts = first_line + np.cumsum(spans) - spans
    rejected = [
        Rejection(int(starts[record]), None, f"cannot be split into the header's columns ({reason})")
        for record, reason in sorted(skipped.items())
        if 0 <= record < total
    ]
    in_use = set(used)
    stripped = {c: _trimmed(cells[c]) if c in in_use else cells[c] for c in cells.columns}  # empty ones kept
    return Records(pd.DataFrame(stripped, index=cells.index, copy=False), starts[kept], rejected)


def _trimmed(column: pd.Series) -> pd.Series:
    text = column.str.strip()
    return text.mask(text == "")
