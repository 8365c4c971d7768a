"""Parquet tables + datapackage.json: typed columns, the engine's figures, a descriptor the Frictionless
spec accepts, and every column described (type, unit, definition)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from channelcompare.compare import CompareOptions, compare
from channelcompare.errors import ReportFailed
from channelcompare.report.csv_export import export_csv
from channelcompare.report.parquet import write_parquet
from channelcompare.report.parquet_fields import TABLES

TABLE_NAMES = ("channels", "campaigns", "timing", "trends")


@pytest.fixture(scope="module")
def written(shop, tmp_path_factory: pytest.TempPathFactory) -> Path:
    records, _, comparison = shop
    folder = tmp_path_factory.mktemp("parquet")
    paths = write_parquet(folder, comparison, records)
    assert [p.name for p in paths] == [f"{n}.parquet" for n in TABLE_NAMES] + ["datapackage.json"]
    return folder


def test_channel_figures_equal_the_engine(shop, written: Path) -> None:
    _, _, comparison = shop
    table = pd.read_parquet(written / "channels.parquet")
    email = table[(table["channel"] == "email") & (table["metric"] == "click_rate")].iloc[0]
    value = comparison.channels["email"].metrics["click_rate"]
    assert email["value"] == value.value and (email["ci_low"], email["ci_high"]) == value.ci


def test_the_same_rows_as_the_csv_export(shop, written: Path, tmp_path: Path) -> None:
    records, _, comparison = shop
    _, campaigns_csv = export_csv(tmp_path, comparison, records)
    from_csv = pd.read_csv(campaigns_csv, encoding="utf-8-sig")
    from_parquet = pd.read_parquet(written / "campaigns.parquet")
    assert len(from_parquet) == len(from_csv)
    assert from_parquet["clicks"].sum() == pytest.approx(from_csv["clicks"].sum())


def test_every_parquet_column_has_the_declared_type_and_a_description(written: Path) -> None:
    package = json.loads((written / "datapackage.json").read_text(encoding="utf-8"))
    arrow_names = {"string": "string", "number": "double", "integer": "int64", "boolean": "bool",
                   "datetime": "timestamp[us]", "date": "date32[day]"}  # fmt: skip
    for resource in package["resources"]:
        schema = pq.read_schema(written / resource["path"])
        fields = resource["schema"]["fields"]
        assert [f["name"] for f in fields] == schema.names
        for field in fields:
            assert str(schema.field(field["name"]).type) == arrow_names[field["type"]], field["name"]
            assert len(field["description"]) > 10, field["name"]
        assert resource["rows"] == pq.read_metadata(written / resource["path"]).num_rows


def test_rates_say_their_unit_and_formula(written: Path) -> None:
    package = json.loads((written / "datapackage.json").read_text(encoding="utf-8"))
    campaigns = next(r for r in package["resources"] if r["name"] == "campaigns")
    click_rate = next(f for f in campaigns["schema"]["fields"] if f["name"] == "click_rate")
    assert click_rate["unit"].startswith("proportion") and "clicks / audience" in click_rate["description"]
    revenue = next(f for f in campaigns["schema"]["fields"] if f["name"] == "revenue")
    assert "currency" in revenue["unit"]


def test_the_descriptor_is_a_valid_frictionless_data_package(written: Path) -> None:
    from frictionless import Package

    descriptor = json.loads((written / "datapackage.json").read_text(encoding="utf-8"))
    report = Package.validate_descriptor(descriptor)
    assert report.valid, [error.message for error in report.errors]
    descriptor["resources"][0]["schema"]["fields"][0]["type"] = "float"  # the check can fail
    assert not Package.validate_descriptor(descriptor).valid


def test_empty_columns_stay_typed(shop, tmp_path: Path) -> None:
    """A column with no value at all is still a double, never Arrow's null type (BI tools reject that)."""
    records, _, comparison = shop
    write_parquet(tmp_path, comparison, records.assign(cost=float("nan")))
    assert str(pq.read_schema(tmp_path / "campaigns.parquet").field("cost").type) == "double"


def test_without_send_times_the_timing_table_is_empty_but_typed(shop, tmp_path: Path) -> None:
    """Daily exports only (every time at midnight): no timing rows, still every declared column."""
    records, _, _ = shop
    daily = records.assign(start=records["start"].dt.normalize(), end=records["end"].dt.normalize())
    write_parquet(tmp_path, compare(daily, CompareOptions()), daily)
    timing = pq.read_table(tmp_path / "timing.parquet")
    assert timing.num_rows == 0 and timing.schema.names == [f.name for f in TABLES["timing"]]


def test_declared_tables_are_the_four_written() -> None:
    assert tuple(TABLES) == TABLE_NAMES


def test_missing_folder_is_refused(shop, tmp_path: Path) -> None:
    records, _, comparison = shop
    with pytest.raises(ReportFailed, match="does not exist"):
        write_parquet(tmp_path / "missing", comparison, records)
