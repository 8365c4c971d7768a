"""import_files: folders expanded, every failure an outcome with a message, the other files still import."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from channelcompare.errors import Cancelled, EmptyFile, UnknownFormat, UnreadableFile
from channelcompare.sources import ImportResult
from importers import registry
from importers.load import expand_paths, import_file, import_files
from importers.sample import FileSample


class Exploding:
    format_id = "exploding"
    platform = "generic"
    label = "Exploding test format"

    def score(self, sample: FileSample) -> int:
        return 1 if sample.has_columns("boom") else 0

    def read(self, path: Path, sample: FileSample, progress: object, cancelled: object) -> ImportResult:
        raise ZeroDivisionError("division by zero")


def test_expand_paths_sorts_folders_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("x")
    (tmp_path / "generate.py").write_text("x")
    (tmp_path / "b.csv").write_text("x")
    (tmp_path / "a.csv").write_text("x")
    (tmp_path / ".hidden.csv").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.csv").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.csv").write_text("x")
    single = tmp_path / "z.any"
    assert expand_paths([tmp_path, single]) == [
        tmp_path / "a.csv",
        tmp_path / "b.csv",
        tmp_path / "sub" / "c.csv",
        single,
    ]


def test_bad_inputs_each_become_an_outcome(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "IMPORTERS", (Exploding(),))
    (tmp_path / "1-empty.csv").write_bytes(b"")
    (tmp_path / "2-random.csv").write_bytes(os.urandom(4096) + b"\x00")
    (tmp_path / "3-truncated.xlsx").write_bytes(b"PK\x03\x04" + os.urandom(200))
    (tmp_path / "4-unknown.csv").write_text("Foo,Bar\n1,2\n")
    (tmp_path / "5-bug.csv").write_text("boom,x\n1,2\n")
    outcomes = import_files([tmp_path, tmp_path / "6-missing.csv"])
    kinds = [type(o.error) for o in outcomes]
    assert kinds[:4] == [EmptyFile, UnreadableFile, UnreadableFile, UnknownFormat]
    assert "5-bug.csv could not be imported because of an internal error (ZeroDivisionError" in str(
        outcomes[4].error
    )
    assert isinstance(outcomes[5].error, UnreadableFile) and "6-missing.csv" in str(outcomes[5].error)
    assert all(o.path.name in str(o.error) for o in outcomes)
    assert not any(o.ok for o in outcomes)


def test_unknown_file_uses_a_remembered_mapping(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "IMPORTERS", ())
    path = tmp_path / "custom.csv"
    path.write_text("Foo,Bar\n1,2\n")
    fallback = Exploding()

    class Store:
        def importer_for(self, sample: FileSample) -> Exploding | None:
            return fallback if sample.has_columns("Foo", "Bar") else None

    with pytest.raises(UnknownFormat):
        import_file(path)
    with pytest.raises(ZeroDivisionError):  # proves the remembered importer was the one used
        import_file(path, mappings=Store())


def test_cancel_escapes(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("a,b\n1,2\n")
    with pytest.raises(Cancelled):
        import_files([tmp_path], cancelled=lambda: True)


class Nothing(Exploding):
    def read(self, path: Path, sample: FileSample, progress: object, cancelled: object) -> ImportResult:
        return ImportResult(str(path), "exploding", "generic", warnings=["2 total row(s) left out"])


def test_recognised_file_without_records_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "IMPORTERS", (Nothing(),))
    path = tmp_path / "totals-only.csv"
    path.write_text("boom,x\nTotal,2\n")
    with pytest.raises(
        EmptyFile,
        match="totals-only.csv was recognised as Exploding test format but holds no records. 2 total row",
    ):
        import_file(path)
