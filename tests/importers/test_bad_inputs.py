"""Bad files each get a clear message naming the file, and never stop the other files of the same drop."""

from __future__ import annotations

import os
import random
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from channelcompare.errors import EmptyFile, ImportFailed, UnknownFormat, UnreadableFile
from importers.load import import_file, import_files
from tests.conftest import DATA
from tests.importers.email_support import xlsx_variant


def empty(folder: Path) -> Path:
    path = folder / "empty.csv"
    path.write_bytes(b"")
    return path


def a_folder(folder: Path) -> Path:
    path = folder / "folder.csv"
    path.mkdir()
    return path


def header_only(folder: Path) -> Path:
    path = folder / "header-only.csv"
    path.write_text((DATA / "mailchimp_campaigns.csv").read_text(encoding="utf-8").splitlines()[0] + "\n")
    return path


def truncated_xlsx(folder: Path) -> Path:
    whole = xlsx_variant("mailchimp_campaigns.csv", folder).read_bytes()
    path = folder / "truncated.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    return path


def random_bytes(folder: Path) -> Path:
    path = folder / "random.csv"
    path.write_bytes(random.Random(7).randbytes(20_000))
    return path


CASES = [
    ("empty", empty, EmptyFile, "is empty"),
    ("header only", header_only, EmptyFile, "has column headers but no data rows"),
    ("random bytes", random_bytes, UnreadableFile, "not a text or Excel file"),
    ("truncated xlsx", truncated_xlsx, UnreadableFile, "damaged or truncated"),
    ("a folder", a_folder, UnreadableFile, "cannot be opened"),
    ("missing", lambda d: d / "missing.csv", UnreadableFile, "cannot be opened"),
]


@pytest.mark.parametrize(("label", "make", "error", "message"), CASES, ids=[c[0] for c in CASES])
def test_bad_file_has_a_clear_message(
    label: str, make: Callable[[Path], Path], error: type, message: str, tmp_path: Path
) -> None:
    path = make(tmp_path)
    with pytest.raises(error) as caught:
        import_file(path)
    assert path.name in caught.value.message and message in caught.value.message


def test_unrecognised_text_lists_supported_formats(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("Random text that is not a report\nSome other data\n", encoding="utf-8")
    with pytest.raises(UnknownFormat) as caught:
        import_file(path)
    assert "notes.csv" in caught.value.message and "Mailchimp campaign list export" in caught.value.message


def test_wrong_extension_is_read_by_content(tmp_path: Path) -> None:
    csv_named_xlsx = tmp_path / "campaigns.xlsx"
    shutil.copy(DATA / "mailchimp_campaigns.csv", csv_named_xlsx)
    xlsx_named_csv = tmp_path / "campaigns.csv"
    xlsx_named_csv.write_bytes(xlsx_variant("mailchimp_campaigns.csv", tmp_path).read_bytes())
    assert import_file(csv_named_xlsx).rows == 3
    assert import_file(xlsx_named_csv).rows == 3


def test_other_files_of_the_drop_still_import(tmp_path: Path) -> None:
    bad = [make(tmp_path) for label, make, _error, _message in CASES if label != "a folder"]  # folders expand
    good = tmp_path / "good.csv"
    shutil.copy(DATA / "mailchimp_campaigns.csv", good)
    outcomes = import_files([*bad, good])
    assert [o.ok for o in outcomes] == [False] * len(bad) + [True]
    assert all(isinstance(o.error, ImportFailed) for o in outcomes[:-1])
    assert outcomes[-1].result is not None and outcomes[-1].result.rows == 3


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without permission")
def test_unreadable_permissions(tmp_path: Path) -> None:
    path = tmp_path / "locked.csv"
    shutil.copy(DATA / "mailchimp_campaigns.csv", path)
    path.chmod(0)
    with pytest.raises(UnreadableFile, match="locked.csv: cannot be opened"):
        import_file(path)
