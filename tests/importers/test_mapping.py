"""Column mapping: best guess from EN/FR names, reading through a mapping, remembering it by header."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pandas as pd

from importers.base import never_cancelled, no_progress
from importers.load import import_file
from importers.mapping import ColumnMapping, MappedImporter, MappingStore, guess_mapping
from importers.sample import sample_file

FRENCH = (
    "Date;Nom de la campagne;Canal;Impressions;Clics;Taux de clics;Chiffre d'affaires;Coût par clic;Coût\n"
    "02/09/2026;Rentrée;Pinterest;12 000;85;0,71 %;310,50;0,40;34,00\n"
    "15/09/2026;Automne;Pinterest;9 500;lots;0,60 %;120,00;0,45;25,00\n"
    "20/09/2026;Soldes;Pinterest;8 000;40;0,50 %;;0,50;20,00\n"
)


def french_file(folder: Path) -> Path:
    path = folder / "pinterest.csv"
    path.write_text(FRENCH, encoding="utf-8")
    return path


def test_guess_from_french_names_skips_ratio_columns(tmp_path: Path) -> None:
    mapping = guess_mapping(sample_file(french_file(tmp_path)))
    assert mapping.columns == {
        "Nom de la campagne": "campaign_name",
        "Clics": "clicks",
        "Impressions": "impressions",
        "Chiffre d'affaires": "revenue",
        "Coût": "cost",
    }
    assert mapping.date_column == "Date"


def test_guess_from_english_names(tmp_path: Path) -> None:
    path = tmp_path / "custom.csv"
    path.write_text(
        "Campaign ID,Campaign name,Day,Link clicks,CTR,Amount spent,Reach,Revenue\n1,A,2026-09-01,3,1%,4,5,6\n"
    )
    mapping = guess_mapping(sample_file(path))
    assert mapping.columns == {
        "Campaign ID": "campaign_id",
        "Campaign name": "campaign_name",
        "Link clicks": "clicks",
        "Reach": "reach",
        "Revenue": "revenue",
        "Amount spent": "cost",
    }
    assert mapping.date_column == "Day"


def test_mapped_importer_reads_and_rejects(tmp_path: Path) -> None:
    path = french_file(tmp_path)
    sample = sample_file(path)
    mapping = dataclasses.replace(
        guess_mapping(sample), channel="organic_social", currency="EUR", name="Pinterest"
    )
    assert mapping.problems() == []
    result = MappedImporter(mapping).read(path, sample, no_progress, never_cancelled)
    assert result.format_id == "column_mapping" and result.platform == "generic" and result.currency == "EUR"
    assert result.records["campaign_name"].tolist() == ["Rentrée", "Soldes"]
    assert result.records["start"].tolist() == [pd.Timestamp("2026-09-02"), pd.Timestamp("2026-09-20")]
    assert result.totals()["impressions"] == 20_000 and result.totals()["revenue"] == 310.5
    assert set(result.records["channel"]) == {"organic_social"}
    assert [(r.line, r.reason) for r in result.rejected] == [(3, "Clics: 'lots' is not a number")]


def test_problems_are_explained() -> None:
    bad = ColumnMapping("x", {"A": "campaign_name", "B": "bogus"}, platform="myspace", channel="tv")
    problems = " ".join(bad.problems())
    for expected in ("at least one column to a measure", "bogus", "myspace", "tv"):
        assert expected in problems


def test_store_remembers_by_header_and_load_uses_it(tmp_path: Path) -> None:
    path = french_file(tmp_path)
    store = MappingStore(tmp_path / "settings" / "mappings.json")
    sample = sample_file(path)
    assert store.find(sample) is None
    mapping = dataclasses.replace(guess_mapping(sample), channel="organic_social")
    store.remember(mapping)
    store.remember(dataclasses.replace(mapping, name="again"))  # same header: replaces
    assert [m.name for m in MappingStore(store.path).mappings()] == ["again"]
    assert import_file(path, mappings=store).rows == 2
    other = tmp_path / "other.csv"
    other.write_text("Date;Clics\n02/09/2026;3\n", encoding="utf-8")
    assert store.find(sample_file(other)) is None


def test_corrupt_store_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "mappings.json"
    path.write_text("{not json", encoding="utf-8")
    store = MappingStore(path)
    assert store.mappings() == []
    assert (tmp_path / "mappings.bad").exists()
    store.remember(ColumnMapping("a\tb", {"b": "clicks"}))
    assert json.loads(path.read_text(encoding="utf-8"))["mappings"][0]["columns"] == {"b": "clicks"}
