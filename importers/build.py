"""Turn a read table into canonical records: the shared second half of every tabular importer.

An importer reads its file with `read_table`, then tells a `RecordBuilder` which source column feeds
which canonical field. The builder parses numbers and dates with the file's decimal mark and date order,
remembers the first bad cell of each row (`Unique Clicks: 'lots' is not a number`), and `result()`
rejects those rows with their line numbers, validates the rest and returns the ImportResult:

    table = read_table(path, sample, progress=progress, cancelled=cancelled)
    rows = RecordBuilder(table, sample)
    rows.text("campaign_name", "Title")
    rows.number("clicks", "Unique Clicks", required=True)
    rows.date("start", "Send Date")
    rows.constant("channel", "email")
    return rows.result(self)
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
import pandas as pd

from channelcompare.model import LINE_COLUMN, constant_text, normalize_records
from channelcompare.sources import ImportResult, Rejection
from channelcompare.validate import validate_records
from importers.dates import to_datetime
from importers.numbers import to_number
from importers.sample import FileSample
from importers.tabular import Table, missing_columns


class Described(Protocol):
    """What the builder needs to know about the importer: its ids (every Importer has them)."""

    format_id: str
    platform: str


class RecordBuilder:
    """Collects canonical columns for the rows of one table, and the first problem of each row."""

    def __init__(self, table: Table, sample: FileSample) -> None:
        self.table = table
        self.decimal = sample.decimal
        self.day_first = sample.day_first
        self.fields: dict[str, pd.Series] = {}
        self.missing: list[tuple[str, ...]] = []
        self._problem = pd.Series(pd.NA, index=table.frame.index, dtype="str")
        self._problem_column = pd.Series(pd.NA, index=table.frame.index, dtype="str")
        self._keep = pd.Series(True, index=table.frame.index)

    @property
    def index(self) -> pd.Index:
        return self.table.frame.index

    def column(self, *names: str, required: bool = False) -> pd.Series | None:
        """The raw text of the first matching column; None (noted as missing when required) otherwise."""
        found = self.table.find(*names)
        if found is None:
            if required:
                self.missing.append(names)
            return None
        return self.table.frame[found]

    def text(self, field: str, *names: str, required: bool = False) -> pd.Series | None:
        values = self.column(*names, required=required)
        if values is not None:
            self.fields[field] = values
        return values

    def number(
        self, field: str | None, *names: str, required: bool = False, percent_as_fraction: bool = False
    ) -> pd.Series:
        """Parse a numeric column into `field` (None: parse only). Missing column: all NaN."""
        raw = self.column(*names, required=required)
        if raw is None:
            return pd.Series(np.nan, index=self.index)
        return self.parse_numbers(field, raw, percent_as_fraction=percent_as_fraction)

    def parse_numbers(
        self, field: str | None, raw: pd.Series, *, percent_as_fraction: bool = False
    ) -> pd.Series:
        """Parse text cells (named like their column, for messages) into `field`, flagging bad cells."""
        if raw.dtype == np.float64:  # parsed while read (tabular.ColumnPlan): every cell was a plain number
            values = raw
        else:
            values, bad = to_number(raw, self.decimal, percent_as_fraction=percent_as_fraction)
            # the reason is spelled out for the bad cells only: for a million good ones it cost ~0.05 s
            self.flag(bad, str(raw.name), f"{raw.name}: '" + raw[bad].fillna("") + "' is not a number")
        if field is not None:
            self.fields[field] = values
        return values

    def date(
        self, field: str | None, *names: str, required: bool = False, formats: list[str] | None = None
    ) -> pd.Series:
        """Parse a date column into `field` (None: parse only). Missing column: all NaT."""
        raw = self.column(*names, required=required)
        if raw is None:
            return pd.Series(pd.NaT, index=self.index, dtype="datetime64[ns]")
        return self.parse_dates(field, raw, formats=formats)

    def parse_dates(
        self, field: str | None, raw: pd.Series, *, formats: list[str] | None = None
    ) -> pd.Series:
        """Parse text cells (named like their column, for messages) into `field`, flagging bad cells."""
        values, bad = to_datetime(raw, self.day_first, formats)
        # the reason is spelled out for the bad cells only: for a million good ones it cost ~0.05 s a column
        self.flag(bad, str(raw.name), f"{raw.name}: '" + raw[bad].fillna("") + "' is not a date")
        if field is not None:
            self.fields[field] = values
        return values

    def constant(self, field: str, value: object) -> None:
        if isinstance(value, str):  # made by Arrow in one piece, not a million Python references
            self.fields[field] = constant_text(value, self.index)
        else:
            self.fields[field] = pd.Series(value, index=self.index)

    def set(self, field: str, values: pd.Series) -> None:
        self.fields[field] = values

    def let_go_of_cells(self) -> None:
        """Drop the table's cells once every field is mapped (the fields keep what they use): the columns
        read only along the way (ad set and ad names, dates as text...) then do not outlive the mapping while
        the canonical table is built (~200 MB for 1M Meta rows). Only `result` may follow."""
        # the importer's `table` is this same (frozen) object, so swapping its frame lets the cells go for
        # both; a `del` per column rebuilt the frame's blocks each time (40 s for a header of 1,000 columns)
        object.__setattr__(self.table, "frame", self.table.frame.iloc[:, :0])

    def flag(self, bad: pd.Series, column: str | None, reason: pd.Series | str) -> None:
        """Reject the rows where `bad` is true, keeping each row's first reason."""
        new = bad.fillna(False).astype(bool) & self._problem.isna()
        if not new.any():
            return
        reasons = reason if isinstance(reason, pd.Series) else pd.Series(reason, index=self.index)
        self._problem = self._problem.mask(new, reasons.astype("str"))
        self._problem_column = self._problem_column.mask(new, column)

    def skip(self, rows: pd.Series) -> None:
        """Leave rows out without rejecting them: only for rows that are not records (total lines)."""
        self._keep &= ~rows.fillna(False).astype(bool)

    def result(
        self, importer: Described, *, currency: str | None = None, warnings: list[str] | None = None
    ) -> ImportResult:
        """Validate and package the records. Raises MissingColumns when a required column was absent."""
        if self.missing:
            raise missing_columns(self.table.path, self.missing, self.table.columns_found)
        fields = dict(self.fields)
        fields[LINE_COLUMN] = pd.Series(self.table.lines, index=self.index)
        fields["source_file"] = constant_text(self.table.path.name, self.index)
        fields["format_id"] = constant_text(importer.format_id, self.index)
        # a row may name its own platform (a Meta export broken down by facebook/instagram placements)
        own = fields.get("platform")
        fields["platform"] = (
            own.fillna(importer.platform) if own is not None else constant_text(importer.platform, self.index)
        )
        if currency and "currency" not in fields:
            fields["currency"] = constant_text(currency, self.index)
        frame = pd.DataFrame(fields, index=self.index, copy=False)  # no stacking copy of the measures
        bad = self._problem.notna() & self._keep
        rejected = list(self.table.rejected) + self._rejections(frame, bad)
        kept = self._keep & ~bad
        # every row kept (the usual case): no copy of a million rows just to select them all
        checked = validate_records(normalize_records(frame if kept.all() else frame[kept]))
        return ImportResult(
            path=str(self.table.path),
            format_id=importer.format_id,
            platform=importer.platform,
            records=checked.valid,
            rejected=sorted(rejected + checked.rejected, key=lambda r: r.line),
            warnings=list(warnings or []) + checked.warnings,
            currency=currency,
        )

    def _rejections(self, frame: pd.DataFrame, bad: pd.Series) -> list[Rejection]:
        lines = frame.loc[bad, LINE_COLUMN].tolist()
        columns = self._problem_column[bad].tolist()
        reasons = self._problem[bad].tolist()
        return [
            Rejection(int(line), None if pd.isna(column) else str(column), str(reason))
            for line, column, reason in zip(lines, columns, reasons, strict=True)
        ]
