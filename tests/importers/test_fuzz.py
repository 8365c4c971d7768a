"""Fuzzing: mutated fixtures go through detection and import, and the only outcomes are the expected ones.

Every fixture in tests/data is mutated (truncation, byte flips, inserted quotes, delimiters and newlines,
encoding swaps, NUL bytes) and imported. The import must succeed (possibly with rejected rows) or raise a
typed ChannelCompareError with a message; any other exception is a bug, and so is a slow file. A crash
this finds becomes a file in tests/data/hostile/ with its own test (test_hostile.py).

The bounded run here takes well under two minutes. The long run:
    FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest tests/importers/test_fuzz.py -p no:cacheprovider
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from channelcompare.errors import ChannelCompareError
from channelcompare.sources import ImportResult
from importers.load import import_file
from tests.conftest import DATA

FIXTURES = sorted(p for p in DATA.iterdir() if p.is_file())
CONTENT = {p.name: p.read_bytes() for p in FIXTURES}
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "250"))
SECONDS_PER_FILE = 5.0
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
    started = time.perf_counter()
    try:
        outcome: ImportResult | ChannelCompareError = import_file(path)
    except ChannelCompareError as error:
        outcome = error
    if isinstance(outcome, ChannelCompareError):
        assert outcome.message.strip(), f"{type(outcome).__name__} without a message"
    elapsed = time.perf_counter() - started
    assert elapsed < SECONDS_PER_FILE, f"{path.name} took {elapsed:.1f} s"
    if isinstance(outcome, ImportResult):
        for rejection in outcome.rejected:
            assert rejection.reason.strip()
    return outcome


@settings(
    max_examples=EXAMPLES,
    deadline=None,  # the per-file bound is asserted explicitly, with a message
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)
@given(case=mutated())
def test_mutated_fixtures_import_or_fail_cleanly(case: tuple[str, bytes], tmp_path_factory) -> None:
    name, data = case
    path = tmp_path_factory.mktemp("fuzz") / name
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
