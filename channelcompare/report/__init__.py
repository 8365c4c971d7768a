"""The Excel report analysts hand on, and a CSV export of its Channels and Campaigns tables.

    write_report(path, comparison, records, sources, aggregated=False, lang="fr", metric="click_rate")

Sheets: Summary, Channels, Campaigns, Timing, Trends, Sources, Definitions. The workbook is streamed
(openpyxl write-only mode), written to a temporary file in the target's folder and moved into place, so a
failure never leaves a half-written report over a good one. Text from imported files is never written as
a formula (see `cells`). Progress and cancellation are plain callables, so the UI can run this off the
GUI thread and the headless command can ignore them.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

import pandas as pd
from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

from channelcompare.aggregate import aggregate_records
from channelcompare.compare import CompareOptions, Comparison
from channelcompare.errors import Cancelled, ChannelCompareError, ReportFailed
from channelcompare.listed import listed_records
from channelcompare.metrics import METRICS
from channelcompare.report.atomic import write_atomically
from channelcompare.report.campaign_table import campaign_table
from channelcompare.report.campaigns import write_campaigns
from channelcompare.report.channels import write_channels
from channelcompare.report.csv_export import export_csv
from channelcompare.report.definitions import write_definitions
from channelcompare.report.i18n import LANGUAGES, Words
from channelcompare.report.labels import period_text, report_title
from channelcompare.report.sheet import SheetWriter
from channelcompare.report.sources import write_sources
from channelcompare.report.summary import write_summary
from channelcompare.report.timing import write_timing
from channelcompare.report.trends import write_trends
from channelcompare.sources import ImportResult

__all__ = ["LANGUAGES", "export_csv", "never_cancelled", "no_progress", "selected_records", "write_report"]


_LAST_SHEETS = ("timing", "trends", "sources", "definitions")  # after Campaigns, in this order


def no_progress(fraction: float) -> None:
    """Progress callback that ignores progress."""


def never_cancelled() -> bool:
    return False


def write_report(
    path: Path,
    comparison: Comparison,
    records: pd.DataFrame,
    sources: list[ImportResult],
    *,
    aggregated: bool = False,
    lang: str = "en",
    metric: str = "click_rate",
    options: CompareOptions | None = None,
    progress: Callable[[float], None] = no_progress,
    cancelled: Callable[[], bool] = never_cancelled,
) -> Path:
    """Write the report to `path` (an .xlsx file); returns the path. Raises ReportFailed or Cancelled.

    `records` are those the comparison was made from. The Campaigns sheet lists them as the comparison
    counts them: aggregated once (`channelcompare.aggregate`: the rows of one campaign and period that differ
    only in their figures, one per ad in a Meta export, summed). `aggregated=True` says they already are, as
    for `compare(records, aggregated=True)`: the app and the CLI hold that aggregate; otherwise it is made
    here (about 0.3 s for a million records).
    `options` are those the comparison was made with: the Campaigns sheet then lists the same selection
    (period, platforms, channels) as the figures, and the same opens-as-interactions choice.
    """
    if metric not in METRICS:
        raise ReportFailed(f"Unknown metric {metric!r}. Choose one of: {', '.join(METRICS)}.")
    lang = lang.split("_")[0].split("-")[0].lower()  # "fr_FR" or "fr-CA" (a locale name) writes French
    if lang not in LANGUAGES:
        raise ReportFailed(f"Unknown report language {lang!r}. Choose one of: {', '.join(LANGUAGES)}.")
    words = Words(lang)
    words.page_header = f"{report_title(words, comparison)} · {period_text(words, comparison.period)}"
    if not aggregated:
        records = aggregate_records(records)
    records, opens = selected_records(records, options)

    def build(temporary: Path) -> None:
        workbook = Workbook(write_only=True)
        try:
            _fill(workbook, comparison, records, sources, words, metric, opens, progress, cancelled)
            if cancelled():
                raise Cancelled("The report was cancelled; no file was written.")
            _save(workbook, temporary, Path(path))
        except BaseException:
            _discard(workbook)
            raise

    result = write_atomically(Path(path), build)
    progress(1.0)
    return result


def _fill(
    workbook: Workbook,
    comparison: Comparison,
    records: pd.DataFrame,
    sources: list[ImportResult],
    words: Words,
    metric: str,
    opens_as_interactions: bool,
    progress: Callable[[float], None],
    cancelled: Callable[[], bool],
) -> None:
    summary = SheetWriter(workbook, words.get("sheet.summary"), words)  # created first: it opens the workbook
    channels = SheetWriter(workbook, words.get("sheet.channels"), words)
    funnel = write_channels(channels, comparison)
    write_summary(summary, comparison, sources, metric, funnel)
    progress(0.05)
    table = campaign_table(
        _in_channel_currency(records, comparison), opens_as_interactions=opens_as_interactions
    )
    write_campaigns(workbook, words, table, lambda f: progress(0.05 + 0.8 * f), cancelled)
    others = [SheetWriter(workbook, words.get(f"sheet.{name}"), words) for name in _LAST_SHEETS]
    write_timing(others[0], comparison, metric)
    write_trends(others[1], comparison, metric)
    write_sources(others[2], sources)
    write_definitions(others[3], comparison.benchmarks)
    for sheet in (summary, channels, *others):
        sheet.finish()
    progress(0.9)


def _in_channel_currency(records: pd.DataFrame, comparison: Comparison) -> pd.DataFrame:
    """Rows whose money carries no currency (Mailchimp's revenue) in the currency the comparison counted
    them in, their channel's (its warning says so), or, as the engine does, the data's only currency:
    every amount on the Campaigns sheet then shows its currency."""
    if "currency" not in records or not records["currency"].isna().any():
        return records
    by_channel = {key: s.currency for key, s in comparison.channels.items() if s.currency}
    # As plain strings: the channel column may be categorical, whose map would not fill a string column.
    own = records["currency"].astype("object")
    currency = own.fillna(records["channel"].astype("object").map(by_channel))
    known = currency.dropna().unique()
    if len(known) == 1:
        currency = currency.fillna(str(known[0]))
    return records.assign(currency=currency.astype(records["currency"].dtype))


def selected_records(records: pd.DataFrame, options: CompareOptions | None) -> tuple[pd.DataFrame, bool]:
    """The records the comparison looked at (its filters applied; with pro-rating, the straddling rows cut
    to the window and labelled: `channelcompare.listed`), and its opens-as-interactions choice."""
    if options is None:
        return records, False
    return listed_records(records, options), options.opens_as_interactions


def _discard(workbook: Workbook) -> None:
    """Close the sheets' streams and delete their temporary files (write-only sheets spool to disk)."""
    for ws in workbook.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):  # a sheet interrupted mid-row cannot close cleanly
            ws.close()
        with contextlib.suppress(OSError, ValueError):
            writer.cleanup()


def _save(workbook: Workbook, temporary: Path, target: Path) -> None:
    """`Workbook.save`, with the fastest deflate level: the Campaigns sheet of a million records is ~40 MB of
    XML, which level 1 packs in 0.13 s (6.8 MB) where openpyxl's default level 6 takes 0.41 s (5.4 MB)."""
    try:
        workbook.properties.modified = datetime.now(tz=UTC).replace(tzinfo=None)
        with ZipFile(os.fspath(temporary), "w", ZIP_DEFLATED, allowZip64=True, compresslevel=1) as archive:
            ExcelWriter(workbook, archive).save()
    except ChannelCompareError:
        raise
    except OSError as exc:
        raise ReportFailed(
            f"Could not write the report {target} ({exc.strerror or exc}). Check the free disk space, or "
            "choose another folder.",
            path=str(target),
            detail=repr(exc),
        ) from exc
