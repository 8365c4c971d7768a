"""One test per hostile or broken file: a clear refusal or a clean import, in bounded time and memory."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from channelcompare.errors import ChannelCompareError
from importers.load import import_file
from tests.conftest import DATA, ROOT
from tests.importers.hostile_files import CASES, write_case

MEMORY_LIMIT = 400 * 1024 * 1024


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_file_is_refused_or_imported_cleanly(name: str, tmp_path: Path) -> None:
    path = write_case(tmp_path, name)
    _builder, expected, words = CASES[name]
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = import_file(path)
        error = None
    except ChannelCompareError as exc:
        result, error = None, exc
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert time.perf_counter() - started < 20
    assert peak < MEMORY_LIMIT, f"peak {peak / 1e6:.0f} MB"
    if expected == "refused":
        assert error is not None, f"{name} was imported"
        assert name in error.message or path.name in error.message
        assert words.lower() in error.message.lower()
        assert "\n" not in error.message
    else:
        assert error is None, error
        assert result is not None
        assert result.rows >= 1


def test_entities_are_never_expanded_or_resolved(tmp_path: Path) -> None:
    for name in ("billion_laughs.xlsx", "external_entity.xlsx"):
        with pytest.raises(ChannelCompareError) as error:
            import_file(write_case(tmp_path, name))
        assert "root:" not in error.value.message  # /etc/passwd never read into a message


def test_injection_payloads_import_as_plain_text(tmp_path: Path) -> None:
    result = import_file(write_case(tmp_path, "injection.csv"))
    names = list(result.records["campaign_name"])
    assert names[0].startswith("=HYPERLINK(")
    assert "@SUM(1+1)" in names


def test_headless_import_answers_each_hostile_file_in_one_line_and_still_imports_a_valid_one(
    tmp_path: Path,
) -> None:
    names = [
        n for n in sorted(CASES) if n not in {"zip_bomb.xlsx", "huge_field.csv"}
    ]  # the big ones are tested above
    files = [write_case(tmp_path, name) for name in names]
    valid = DATA / "mailchimp_campaigns.csv"
    command = [sys.executable, "main.py", "import", "--json", *map(str, files), str(valid)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert "Traceback" not in done.stderr
    assert done.returncode == 1
    answers = {Path(a["file"]).name: a for a in json.loads(done.stdout)}
    assert answers[valid.name]["ok"] is True
    for name in names:
        answer = answers[name]
        if CASES[name][1] == "refused":
            assert answer["ok"] is False
            assert answer["error"]
            assert "\n" not in answer["error"]
        else:
            assert answer["ok"] is True, answer["error"]
