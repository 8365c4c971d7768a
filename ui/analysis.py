"""Recomputes the comparison and the campaign table off the GUI thread whenever the session changes.

Requests made while a computation runs are coalesced: only the latest one runs next, so dragging a date
slider or ticking channels never queues up stale work, and a stale result is never shown.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QObject, Signal

from ui.campaigns_view import campaign_table
from ui.models.dataframe_model import column_arrays
from ui.state import Choices, RecordsJob
from ui.workers import Worker


@dataclass(frozen=True)
class Available:
    channels: list[str]
    platforms: list[str]
    period: Any  # tuple[date, date] | None, as channelcompare.filters.records_period gives it

    @classmethod
    def of(cls, records: pd.DataFrame) -> Available:
        from channelcompare.filters import records_period

        channels = sorted(str(c) for c in records["channel"].dropna().unique())
        platforms = sorted(str(p) for p in records["platform"].dropna().unique())
        return cls(channels, platforms, records_period(records))


@dataclass
class Analysis:
    """What the views show: the engine's comparison and the per-campaign metrics, for one set of choices."""

    comparison: Any  # channelcompare.compare.Comparison
    campaigns: pd.DataFrame  # the Campaigns table's columns
    choices: Choices
    #: The campaign table's columns as arrays, prepared off the GUI thread for the table model.
    campaign_arrays: list[np.ndarray] | None = None
    #: The records the analysis ran on, duplicate campaign rows summed (channelcompare.aggregate).
    records: pd.DataFrame | None = None
    #: What the filter bar offers: every channel and platform loaded, and the period they cover.
    available: Available | None = None
    #: Every record loaded, as imported (put together in the worker), and the session version they are of.
    all_records: pd.DataFrame | None = None
    version: int = -1


def analyse(records: pd.DataFrame, choices: Choices, *, aggregated: bool = False) -> Analysis:
    """Run the engine (in a worker thread). Pure: reads its arguments only.

    `aggregated`: `records` went through `aggregate_records` already (the Recomputer does it once per data
    change, not per filter change).
    """
    from channelcompare.aggregate import aggregate_records
    from channelcompare.compare import CompareOptions, compare
    from channelcompare.filters import filter_records
    from channelcompare.metrics import campaign_metrics
    from channelcompare.prepare import is_campaign_row

    if not aggregated:
        records = aggregate_records(records)
    comparison = compare(records, CompareOptions(**choices.compare_kwargs()), aggregated=True)
    shown, _warnings = filter_records(records, **choices.filter_kwargs())  # the engine reports them
    shown = shown[is_campaign_row(shown)]  # store orders have their own view (Sales), as in the report
    campaigns = campaign_table(campaign_metrics(shown, opens_as_interactions=choices.opens_as_interactions))
    return Analysis(comparison, campaigns, choices, column_arrays(campaigns), records, Available.of(records))


class Recomputer(QObject):
    """Runs `analyse` in a Worker; emits `ready(Analysis)` or `failed(error)` in the GUI thread."""

    ready = Signal(object)
    failed = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: Worker | None = None
        self._pending: tuple[RecordsJob, Choices] | None = None
        #: Session version, its records and their aggregate: a filter change reuses them.
        self._prepared: tuple[int, pd.DataFrame, pd.DataFrame] | None = None

    def busy(self) -> bool:
        return self._worker is not None

    def request(self, job: RecordsJob, choices: Choices) -> None:
        # The choices are copied: the session may change them while the worker reads them.
        self._pending = (job, copy.deepcopy(choices))
        if self._worker is None:
            self._start_next()

    def _start_next(self) -> None:
        if self._pending is None:
            self._worker = None
            self.busyChanged.emit(False)
            return
        job, choices = self._pending
        self._pending = None
        worker = Worker(lambda _progress, _cancelled: self._analyse(job, choices))
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        self.busyChanged.emit(True)
        worker.start()

    def _analyse(self, job: RecordsJob, choices: Choices) -> Analysis:
        """Runs in the worker; one worker at a time, so the cache needs no lock."""
        from channelcompare.aggregate import aggregate_records

        if self._prepared is None or self._prepared[0] != job.version:
            records = job.build()
            self._prepared = (job.version, records, aggregate_records(records))
        _version, records, aggregated = self._prepared
        analysis = analyse(aggregated, choices, aggregated=True)
        analysis.all_records, analysis.version = records, job.version
        return analysis

    def _finished(self, analysis: Analysis) -> None:
        if self._pending is None:  # a newer request supersedes this result: do not flash it
            self.ready.emit(analysis)
        self._start_next()

    def _failed(self, error: BaseException) -> None:
        if self._pending is None:
            self.failed.emit(error)
        self._start_next()
