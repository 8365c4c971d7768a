"""Paths and files as users have them: accents in names, folders of mixed files, files that vanish."""

from __future__ import annotations

import shutil
from pathlib import Path

from channelcompare.errors import UnreadableFile
from importers.load import import_files
from tests.conftest import DATA
from tests.importers.hostile_files import CASES, write_case

FIXTURES = sorted(p for p in DATA.iterdir() if p.is_file())


def test_non_ascii_folders_and_names_import(tmp_path: Path) -> None:
    folder = tmp_path / "Campagnes été 2026 – données" / "日本"
    folder.mkdir(parents=True)
    target = folder / "Rapport d'août (copie) é.csv"
    shutil.copy(DATA / "mailchimp_campaigns.csv", target)
    [outcome] = import_files([target])
    assert outcome.ok
    assert outcome.result is not None
    assert outcome.result.records["source_file"].iloc[0] == target.name


def test_a_dropped_folder_of_200_mixed_files_gives_one_outcome_per_data_file(tmp_path: Path) -> None:
    small_hostile = [n for n in sorted(CASES) if n not in {"zip_bomb.xlsx", "huge_field.csv"}]
    for index in range(200):
        if index % 4 == 3:
            write_case(tmp_path, small_hostile[index % len(small_hostile)]).rename(
                tmp_path / f"{index:03d}-{small_hostile[index % len(small_hostile)]}"
            )
        else:
            source = FIXTURES[index % len(FIXTURES)]
            shutil.copy(source, tmp_path / f"{index:03d}-{source.name}")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")  # not a data suffix: skipped by the folder walk
    (tmp_path / ".hidden.csv").write_text("a,b\n")
    outcomes = import_files([tmp_path])
    assert len(outcomes) == sum(
        1 for p in tmp_path.iterdir() if p.suffix in {".csv", ".xlsx"} and not p.name.startswith(".")
    )
    fixtures_ok = [o for o in outcomes if not any(o.path.name.endswith(n) for n in CASES)]
    assert all(o.ok for o in fixtures_ok), [str(o.error) for o in fixtures_ok if not o.ok]
    assert all(o.error is None or o.error.message for o in outcomes)


def test_a_file_deleted_before_it_is_read_is_reported_and_the_others_import(tmp_path: Path) -> None:
    kept = tmp_path / "kept.csv"
    gone = tmp_path / "gone.csv"
    shutil.copy(DATA / "x_content.csv", kept)
    shutil.copy(DATA / "x_content.csv", gone)
    calls = []

    def progress(fraction: float) -> None:
        calls.append(fraction)
        gone.unlink(missing_ok=True)  # vanishes while the first file is being read

    first, second = import_files([kept, gone], progress=progress)
    assert first.ok
    assert isinstance(second.error, UnreadableFile)
    assert "gone.csv" in second.error.message
