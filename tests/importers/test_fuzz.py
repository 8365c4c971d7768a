"""Fuzzing: mutated fixtures go through detection and import, and the only outcomes are the expected ones.

Every fixture in tests/data is mutated (truncation, byte flips, inserted quotes, delimiters and newlines,
encoding swaps, NUL bytes) and imported, and so is the structure of every xlsx fixture (sheet XML, cell
references, the dimension, shared strings, relations, the sheet list: tests/importers/fuzz_workbooks.py).
The import must succeed (possibly with rejected rows) or raise a typed ChannelCompareError with a message;
any other exception is a bug, and so is a slow file. A crash this finds becomes a file in
tests/data/hostile/ with its own test (test_hostile.py).

The examples are split in shards of at most SHARD_EXAMPLES, each its own test with its own seed, so that
no test comes near pytest's 300 s timeout however many examples are asked. The suite's run: 250 byte
mutations and 100 structural ones, one shard each. The long run (see README.md for its time):
    FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest tests/importers/test_fuzz.py
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from channelcompare.errors import ChannelCompareError
from channelcompare.sources import ImportResult
from importers.load import import_file
from tests.conftest import DATA
from tests.importers.fuzz_workbooks import mutated_workbook

FIXTURES = sorted(p for p in DATA.iterdir() if p.is_file())
CONTENT = {p.name: p.read_bytes() for p in FIXTURES}
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "250"))
#: Structural xlsx mutations: fewer (two fixtures), each a little slower than a CSV one.
WORKBOOK_EXAMPLES = max(100, EXAMPLES // 10)
#: Examples per test: about 150 s on a loaded 2-core machine, half the timeout.
SHARD_EXAMPLES = 600
#: CPU seconds one mutated file may take (a hang or a quadratic path spends CPU). CPU time, not wall time:
#: on a loaded shared machine a 2 s import took over 5 s of wall time, and failed the long run for it.
CPU_SECONDS_PER_FILE = 5.0
#: Wall time too, generously, for a read that waits instead of working.
WALL_SECONDS_PER_FILE = 60.0
CRASHES = Path(tempfile.gettempdir()) / "channelcompare-fuzz-crashes"

INSERTS = [
    b'"',
    b",",
    b";",
    b"\t",
    b"\n",
    b"\r\n",
    b"\x00",
    b"\xff\xfe",
    b"=cmd|' /C calc'!A0",
    b"\xe9",
    b"lots",
]


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(CONTENT)))
    data = bytearray(CONTENT[name])
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(
            st.sampled_from(["truncate", "flip", "insert", "encode", "delete_line", "duplicate_line"])
        )
        data = _mutate(draw, kind, data)
    return name, bytes(data)


def _mutate(draw: st.DrawFn, kind: str, data: bytearray) -> bytearray:
    if not data:
        return data
    at = draw(st.integers(0, len(data) - 1))
    if kind == "truncate":
        return data[:at]
    if kind == "flip":
        data[at] = draw(st.integers(0, 255))
        return data
    if kind == "insert":
        return data[:at] + draw(st.sampled_from(INSERTS)) + data[at:]
    if kind == "encode":
        text = bytes(data).decode("utf-8", errors="replace")
        return bytearray(
            text.encode(draw(st.sampled_from(["utf-16", "utf-16-le", "cp1252", "latin-1"])), errors="replace")
        )
    lines = bytes(data).split(b"\n")
    index = draw(st.integers(0, len(lines) - 1))
    if kind == "delete_line":
        del lines[index]
    else:
        lines.insert(index, lines[index])
    return bytearray(b"\n".join(lines))


def assert_handled(path: Path) -> ImportResult | ChannelCompareError:
    """Import `path`: a result or a typed error with a message, in bounded time. Anything else fails."""
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        outcome: ImportResult | ChannelCompareError = import_file(path)
    except ChannelCompareError as error:
        outcome = error
    if isinstance(outcome, ChannelCompareError):
        assert outcome.message.strip(), f"{type(outcome).__name__} without a message"
    cpu, elapsed = time.process_time() - cpu_started, time.perf_counter() - started
    assert cpu < CPU_SECONDS_PER_FILE, f"{path.name} took {cpu:.1f} s of CPU"
    assert elapsed < WALL_SECONDS_PER_FILE, f"{path.name} took {elapsed:.1f} s"
    if isinstance(outcome, ImportResult):
        for rejection in outcome.rejected:
            assert rejection.reason.strip()
    return outcome


def _shards(examples: int) -> list[tuple[int, int]]:
    """(seed, examples) of each shard."""
    count = -(-examples // SHARD_EXAMPLES)
    return [(index, min(SHARD_EXAMPLES, examples - index * SHARD_EXAMPLES)) for index in range(count)]


def _run(strategy: st.SearchStrategy[tuple[str, bytes]], shard: tuple[int, int], folder: Path) -> None:
    @seed(shard[0])
    @settings(
        max_examples=shard[1],
        deadline=None,  # the per-file bound is asserted explicitly, with a message
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )
    @given(case=strategy)
    def examples(case: tuple[str, bytes]) -> None:
        _check(case, folder)

    examples()


def _check(case: tuple[str, bytes], folder: Path) -> None:
    name, data = case
    path = folder / name
    path.write_bytes(data)
    try:
        assert_handled(path)
    except Exception as error:
        # Keep the input so it can become a fixture in tests/data/hostile/, and fail with a short message.
        CRASHES.mkdir(exist_ok=True)
        kept = CRASHES / f"{hashlib.sha256(data).hexdigest()[:12]}-{name}"
        kept.write_bytes(data)
        raise AssertionError(
            f"{name} mutated: {type(error).__name__}: {error} (input kept in {kept})"
        ) from None


@pytest.mark.parametrize("shard", _shards(EXAMPLES), ids=lambda s: f"seed{s[0]}")
def test_mutated_fixtures_import_or_fail_cleanly(shard: tuple[int, int], tmp_path: Path) -> None:
    _run(mutated(), shard, tmp_path)


@pytest.mark.parametrize("shard", _shards(WORKBOOK_EXAMPLES), ids=lambda s: f"seed{s[0]}")
def test_mutated_workbook_structure_imports_or_fails_cleanly(shard: tuple[int, int], tmp_path: Path) -> None:
    _run(mutated_workbook(), shard, tmp_path)
