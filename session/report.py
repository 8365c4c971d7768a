"""The Excel report and the CSV tables, written from an analysis: the one place that does it, for the
window and the headless command alike.

An analysis holds the records it was computed from, aggregated once, and the choices it was computed
with; the report is given both, so its Campaigns sheet lists the rows the figures count, selected by the
same filters, and nothing is aggregated twice.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from channelcompare.sources import ImportResult
from session.analysis import Analysis


def _no_progress(fraction: float) -> None:
    """Progress nobody watches (the headless command)."""


def _never_cancelled() -> bool:
    return False


def write_report(
    analysis: Analysis,
    path: Path,
    sources: list[ImportResult],
    *,
    lang: str = "en",
    metric: str | None = None,
    progress: Callable[[float], None] = _no_progress,
    cancelled: Callable[[], bool] = _never_cancelled,
) -> Path:
    """Write the Excel report of `analysis` to `path`; returns the path written. `sources` are listed on
    its Sources sheet; `metric` is the one charted (the analysis's own by default: the window passes the
    one on screen, which changes without a recompute). Raises ReportFailed or Cancelled."""
    from channelcompare.report import write_report as write_workbook

    records, aggregated = _records(analysis, sources)
    return write_workbook(
        path, analysis.comparison, records, sources, aggregated=aggregated, lang=lang,
        metric=metric or analysis.choices.metric, options=analysis.choices,
        progress=progress, cancelled=cancelled,
    )  # fmt: skip


def write_csv(analysis: Analysis, folder: Path, sources: list[ImportResult]) -> tuple[Path, Path]:
    """Write the Channels and Campaigns tables of `analysis` as `channels.csv` and `campaigns.csv`."""
    from channelcompare.report import export_csv, selected_records

    records, aggregated = _records(analysis, sources)
    selected, opens = selected_records(records, analysis.choices)
    return export_csv(
        folder, analysis.comparison, selected, opens_as_interactions=opens, aggregated=aggregated
    )


def write_parquet(analysis: Analysis, folder: Path, sources: list[ImportResult]) -> list[Path]:
    """Write the channel, campaign, timing and trends tables of `analysis` as Parquet into `folder`, with
    their Frictionless `datapackage.json`; returns the paths written."""
    from channelcompare.report import selected_records
    from channelcompare.report.parquet import write_parquet as write_tables  # pyarrow.parquet when asked

    records, aggregated = _records(analysis, sources)
    selected, opens = selected_records(records, analysis.choices)
    return write_tables(folder, analysis.comparison, selected, opens_as_interactions=opens, aggregated=aggregated)


def _records(analysis: Analysis, sources: list[ImportResult]) -> tuple[pd.DataFrame, bool]:
    """The records the analysis counted, and whether they are aggregated already (an analysis made by
    `AnalysisCache` always holds its aggregate; the sources' records are the fallback)."""
    if analysis.records is not None:
        return analysis.records, True
    from channelcompare.model import concat_records

    return concat_records([s.records for s in sources]), False
