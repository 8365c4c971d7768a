"""One test per hostile or broken file: a clear refusal or a clean import, in bounded time and memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from channelcompare.errors import ChannelCompareError
from importers.load import import_file
from tests.conftest import DATA, ROOT
from tests.importers.headless_run import PEAK_RSS_BYTES, WALL_SECONDS, headless
from tests.importers.hostile_files import CASES, ISSUE_CASES, META_HEADER, META_ROW, write_case

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
        if words:
            assert any(words in r.reason for r in result.rejected), result.rejected


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


@pytest.mark.parametrize("name", sorted(ISSUE_CASES))
def test_hostile_file_in_a_drop_gets_one_line_and_the_others_still_import(name: str, tmp_path: Path) -> None:
    """Headless, in a process of its own: exit status, a one-line message naming the file and the problem,
    no traceback, the valid file of the same drop imported, wall time and peak memory within budget."""
    path, valid = write_case(tmp_path, name), DATA / "mailchimp_campaigns.csv"
    run = headless("import", "--json", path, valid)
    assert run.seconds < WALL_SECONDS and 0 < run.peak_rss < PEAK_RSS_BYTES, run
    assert "Traceback" not in run.stderr and run.signal is None, run.stderr[-2000:]
    answers = {Path(a["file"]).name: a for a in json.loads(run.stdout)}
    assert answers[valid.name]["ok"] is True
    _builder, expected, words = ISSUE_CASES[name]
    answer = answers[name]
    if expected == "refused":
        assert run.returncode == 1 and answer["ok"] is False
        assert name in answer["error"] and words.lower() in answer["error"].lower()
        assert "\n" not in answer["error"] and "internal error" not in answer["error"]
    else:
        assert run.returncode == 0 and answer["ok"] is True, answer["error"]
        assert not words or any(words in r["reason"] for r in answer["rejected"]), answer["rejected"]


@pytest.mark.parametrize("writer", ["no writer", "endless writer"])
def test_a_named_pipe_is_refused_without_opening_it(writer: str, tmp_path: Path) -> None:
    pipe = tmp_path / "export.csv"
    os.mkfifo(pipe)
    feeding = None
    if writer == "endless writer":  # `yes` never ends: reading it would never end either
        feeding = subprocess.Popen(f"yes '1,2,3' > {pipe}", shell=True)
    try:
        run = headless("import", "--json", pipe, DATA / "x_content.csv")
    finally:
        if feeding is not None:
            feeding.kill()
            os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # lets the shell's blocked open return
            feeding.wait(timeout=10)
    assert run.seconds < WALL_SECONDS and run.returncode == 1, run
    answers = {Path(a["file"]).name: a for a in json.loads(run.stdout)}
    assert "export.csv is not a regular file" in answers["export.csv"]["error"]
    assert answers["x_content.csv"]["ok"] is True


def test_a_sparse_file_that_turns_into_nul_bytes_is_refused_early(tmp_path: Path) -> None:
    """2 GB whose holes read as NUL bytes after a valid head of 160 KB: it read for 70 s and took 6.4 GB."""
    path = tmp_path / "sparse.csv"
    with path.open("wb") as sparse:
        sparse.write((META_HEADER + META_ROW * 3000).encode())
        sparse.truncate(2 * 1024**3)
    run = headless("import", "--json", path)
    assert run.seconds < WALL_SECONDS and 0 < run.peak_rss < PEAK_RSS_BYTES, run
    (answer,) = json.loads(run.stdout)
    assert "sparse.csv turns into binary data (NUL bytes) at byte" in answer["error"]
    assert "2,147,483,648" in answer["error"]


def test_compare_json_stays_json_when_numbers_overflow(tmp_path: Path) -> None:
    path = write_case(tmp_path, "overflowing_numbers.csv")
    run = headless("compare", "--json", path, DATA / "mailchimp_campaigns.csv")
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr[-2000:]
    assert "Infinity" not in run.stdout and json.loads(run.stdout)["channels"]
