"""CSV export of the Channels and Campaigns tables, for analysts who want the raw figures.

Numbers are written in full precision with a dot as decimal separator (machine-readable), files are UTF-8
with a byte-order mark so Excel detects the encoding, lines end in CRLF (RFC 4180), every text field is
quoted, and text a spreadsheet could read as a formula, at the start or after a line break or separator
inside it, is prefixed with a single quote (OWASP's advice for CSV injection; see `csv_safe`). The two
files replace the previous pair together, or neither does.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
from pandas.api.types import is_bool_dtype, is_datetime64_any_dtype, is_numeric_dtype

from channelcompare.aggregate import aggregate_records
from channelcompare.compare import Comparison
from channelcompare.errors import ReportFailed
from channelcompare.metrics import METRICS
from channelcompare.report.atomic import replaced_together, write_atomically
from channelcompare.report.campaign_table import campaign_table
from channelcompare.report.csv_safe import safe_column
from channelcompare.report.labels import finding_key, groups

CHANNEL_COLUMNS = (
    "channel", "platform", "label", "metric", "value", "ci_low", "ci_high", "numerator", "denominator",
    "baseline_value", "ratio", "ratio_ci_low", "ratio_ci_high", "p_value", "significant", "verdict",
    "social_below_email", "currency", "audience", "audience_basis", "campaigns", "rows", "campaign_unit",
    "row_unit", "interval_method", "basis",
)  # fmt: skip
CAMPAIGN_TEXT = (
    "channel",
    "platform",
    "campaign_id",
    "campaign_name",
    "currency",
    "attribution",
    "source_file",
    "audience_basis",
    "format_id",
)


def export_csv(
    folder: Path,
    comparison: Comparison,
    records: pd.DataFrame,
    *,
    opens_as_interactions: bool = False,
    aggregated: bool = False,
) -> tuple[Path, Path]:
    """Write `channels.csv` and `campaigns.csv` into `folder`; returns both paths.

    Pass the records the comparison looked at (`report.selected_records`); `aggregated` as for
    `write_report`: campaign rows are listed as the comparison counts them, aggregated once. CSV has no
    row limit, so every such row is written, never weekly sums."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ReportFailed(
            f"The folder {folder} does not exist. Choose an existing folder for the CSV files."
        )
    channels = channels_frame(comparison)
    if not aggregated:
        records = aggregate_records(records)
    table = campaign_table(
        records, opens_as_interactions=opens_as_interactions, detail_limit=len(records) + 1
    )
    campaigns = table.rows
    paths = (folder / "channels.csv", folder / "campaigns.csv")
    with replaced_together():
        write_atomically(paths[0], lambda temporary: _write(channels, temporary))
        write_atomically(paths[1], lambda temporary: _write(campaigns, temporary))
    return paths


def channels_frame(comparison: Comparison) -> pd.DataFrame:
    """The Channels table, one row per channel (or platform) and metric, with machine names."""
    found = {(finding_key(f), f.metric): f for f in comparison.findings}
    rows = []
    for key, summary in groups(comparison):
        for name in METRICS:
            value = summary.metrics.get(name)
            finding = found.get((key, name))
            ci = value.ci if value and value.ci else (None, None)
            ratio_ci = finding.ratio_ci if finding and finding.ratio_ci else (None, None)
            rows.append(
                {
                    "channel": summary.channel, "platform": summary.platform, "label": summary.label, "metric": name,
                    "value": value.value if value else None, "ci_low": ci[0], "ci_high": ci[1],
                    "numerator": value.numerator if value else None, "denominator": value.denominator if value else None,
                    "baseline_value": finding.baseline_value if finding else None, "ratio": finding.ratio if finding else None,
                    "ratio_ci_low": ratio_ci[0], "ratio_ci_high": ratio_ci[1], "p_value": finding.p_value if finding else None,
                    "significant": finding.significant if finding else None, "verdict": finding.verdict if finding else None,
                    "social_below_email": finding.social_below_email if finding else None, "currency": summary.currency,
                    "audience": summary.audience, "audience_basis": summary.audience_basis,
                    # the metric's own campaigns and rows (both measures known), not the channel's
                    "campaigns": value.campaigns if value else None, "rows": value.rows if value else None,
                    "campaign_unit": summary.campaign_unit, "row_unit": summary.row_unit,
                    "interval_method": value.interval if value else None, "basis": summary.basis_of(name),
                }
            )  # fmt: skip
    return pd.DataFrame(rows, columns=list(CHANNEL_COLUMNS))


def _write(frame: pd.DataFrame, path: Path) -> None:
    """Every text column made safe (not a chosen few: a new column must not open a hole), all text quoted."""
    safe = frame.copy()
    for column in safe.columns:
        values = safe[column]
        if is_bool_dtype(values) or is_numeric_dtype(values) or is_datetime64_any_dtype(values):
            continue
        if isinstance(values.dtype, pd.StringDtype):  # the canonical text columns: all text, or missing
            safe[column] = safe_column(values)
            continue
        values = values.astype(object)  # mixed (booleans and None, categories...): only the text changes
        is_text = values.map(lambda value: isinstance(value, str)).astype(bool)
        safe[column] = values.where(~is_text, safe_column(values[is_text]))
    safe.to_csv(path, index=False, encoding="utf-8-sig", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
