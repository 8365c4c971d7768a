"""The channel, campaign, timing and trends tables as Parquet, with a Frictionless `datapackage.json`.

    write_parquet(folder, comparison, records, opens_as_interactions=False, aggregated=False)

For Power BI, DuckDB or pandas: each column has the Arrow type its `parquet_fields.Field` declares (a column
with no value at all is still typed, never Arrow's `null`), and the data package describes each one (type,
unit, definition), so nothing has to be guessed. The rows are those of the CSV export: the comparison's
channels, and every campaign row the comparison counted. Each file is written atomically.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from channelcompare import __version__
from channelcompare.aggregate import aggregate_records
from channelcompare.compare import Comparison
from channelcompare.errors import ReportFailed
from channelcompare.report.atomic import write_atomically
from channelcompare.report.campaign_table import campaign_table
from channelcompare.report.csv_export import channels_frame
from channelcompare.report.parquet_fields import TABLES, Field

ARROW_TYPES: Final = {
    "string": pa.string(),
    "number": pa.float64(),
    "integer": pa.int64(),
    "boolean": pa.bool_(),
    "datetime": pa.timestamp("us"),
    "date": pa.date32(),
}
PARQUET_MEDIATYPE: Final = "application/vnd.apache.parquet"


def write_parquet(
    folder: Path,
    comparison: Comparison,
    records: pd.DataFrame,
    *,
    opens_as_interactions: bool = False,
    aggregated: bool = False,
) -> list[Path]:
    """Write channels, campaigns, timing and trends `.parquet` and `datapackage.json` into `folder`.

    `records` and `aggregated` as for `export_csv`. Returns the paths written, the data package last."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ReportFailed(
            f"The folder {folder} does not exist. Choose an existing folder for the Parquet files."
        )
    tables = report_tables(comparison, records, opens_as_interactions, aggregated)
    paths = [
        _write_table(folder / f"{name}.parquet", arrow_table(frame, TABLES[name]))
        for name, frame in tables.items()
    ]
    package = json.dumps(datapackage(tables), indent=2, ensure_ascii=False) + "\n"

    def write_package(temporary: Path) -> None:
        temporary.write_text(package, encoding="utf-8")

    paths.append(write_atomically(folder / "datapackage.json", write_package))
    return paths


def _write_table(path: Path, table: pa.Table) -> Path:
    def write(temporary: Path) -> None:
        pq.write_table(table, str(temporary))

    return write_atomically(path, write)


def report_tables(
    comparison: Comparison, records: pd.DataFrame, opens_as_interactions: bool, aggregated: bool
) -> dict[str, pd.DataFrame]:
    """The four tables by name, as the comparison counts them (campaign rows aggregated once)."""
    rows = records if aggregated else aggregate_records(records)
    campaigns = campaign_table(rows, opens_as_interactions=opens_as_interactions, detail_limit=len(rows) + 1)
    trends = comparison.trends.copy()
    trends["period_start"] = pd.to_datetime(trends["period_start"]).dt.date  # a bucket's day, not an instant
    return {
        "channels": channels_frame(comparison),
        "campaigns": campaigns.rows,
        "timing": comparison.timing,
        "trends": trends,
    }


def arrow_table(frame: pd.DataFrame, fields: list[Field]) -> pa.Table:
    """The declared columns of `frame`, in order, each cast to its declared type."""
    missing = [f.name for f in fields if f.name not in frame.columns]
    if missing and len(frame):  # a table changed shape: fail here, not in a BI tool
        raise ReportFailed(f"The Parquet export lacks the columns {', '.join(missing)}; this is a bug.")
    columns = []
    for field in fields:
        if field.name not in frame.columns:  # an empty table (no send times at all) has fewer columns
            columns.append(pa.array([], type=ARROW_TYPES[field.type]))
            continue
        values = frame[field.name]
        if field.type in ("string", "boolean"):
            values = values.astype(object).where(values.notna(), None)  # NaN is no text and no truth
        columns.append(pa.array(values, type=ARROW_TYPES[field.type], from_pandas=True))
    return pa.Table.from_arrays(columns, names=[f.name for f in fields])


def datapackage(tables: dict[str, pd.DataFrame]) -> dict[str, object]:
    """A Frictionless (Tabular) Data Package describing each Parquet file and each of its columns."""
    return {
        "profile": "tabular-data-package",
        "name": "channelcompare-report",
        "title": "channelcompare: channel, campaign, timing and trends tables",
        "created": datetime.now(tz=UTC).isoformat(timespec="seconds"),
        "generator": f"channelcompare {__version__}",
        "resources": [_resource(name, len(frame)) for name, frame in tables.items()],
    }


def _resource(name: str, rows: int) -> dict[str, object]:
    fields = []
    for field in TABLES[name]:
        described: dict[str, object] = {
            "name": field.name,
            "type": field.type,
            "description": field.description,
        }
        if field.unit:
            described["unit"] = field.unit  # not a Table Schema keyword: custom properties are allowed
        fields.append(described)
    return {
        "name": name,
        "path": f"{name}.parquet",
        "format": "parquet",
        "mediatype": PARQUET_MEDIATYPE,
        "profile": "tabular-data-resource",
        "rows": rows,
        "schema": {"fields": fields},
    }
