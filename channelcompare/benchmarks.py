"""Published reference figures (benchmarks) the user's numbers can be set against.

The bundled file `resources/benchmarks.csv` is small and meant to be edited: one figure per line with its
metric, channel, value, source, year, method and note. Values are written as percentages ("3.84%") or
plain numbers in the metric's unit. A malformed line raises `BenchmarkError` naming the file and line.
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Final

from channelcompare.errors import ChannelCompareError
from channelcompare.model import CHANNELS
from channelcompare.resources import resource_path

COLUMNS: Final = ("metric", "channel", "value", "source", "year", "method", "note")
#: Metrics a benchmark line may name (the engine's metrics plus share-of-sales figures).
BENCHMARK_METRICS: Final = (
    "click_rate",
    "interaction_rate",
    "open_rate",
    "conversion_rate",
    "click_to_conversion",
    "revenue_per_1000",
    "cost_per_conversion",
    "roas",
    "share_of_orders",
    "share_of_revenue",
    "share_of_visits",
)
_EXTRA_CHANNELS: Final = ("social", "all")


class BenchmarkError(ChannelCompareError):
    """The benchmark file has a line that cannot be read."""

    title = "Benchmark file has an error"


@dataclass(frozen=True)
class Benchmark:
    """One published figure. `value` is in the metric's unit (rates as fractions: 0.0384 for 3.84%)."""

    metric: str
    channel: str
    value: float
    source: str
    year: int
    method: str
    note: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def default_benchmarks_path() -> Path:
    return resource_path("benchmarks.csv")


def load_benchmarks(path: Path | None = None) -> list[Benchmark]:
    """Read the benchmark file (the bundled one by default)."""
    path = path or default_benchmarks_path()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BenchmarkError(f"Cannot read the benchmark file {path}: {exc}.", path=str(path)) from exc
    return parse_benchmarks(text, str(path))


def parse_benchmarks(text: str, name: str = "benchmarks.csv") -> list[Benchmark]:
    """Parse benchmark CSV text; every problem names the line and says what to fix."""
    reader = csv.reader(io.StringIO(text))
    header = [h.strip().lower() for h in next(reader, [])]
    if tuple(header) != COLUMNS:
        raise BenchmarkError(f"{name}, line 1: the header must be {','.join(COLUMNS)}.", path=name)
    out = []
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        out.append(_parse_line(row, f"{name}, line {reader.line_num}"))
    return out


def _parse_line(row: list[str], where: str) -> Benchmark:
    if len(row) != len(COLUMNS):
        raise BenchmarkError(
            f"{where}: expected {len(COLUMNS)} fields, found {len(row)} (quote text with commas)."
        )
    metric, channel, value, source, year, method, note = (cell.strip() for cell in row)
    if metric not in BENCHMARK_METRICS:
        raise BenchmarkError(
            f"{where}: unknown metric {metric!r}; use one of {', '.join(BENCHMARK_METRICS)}."
        )
    if channel not in (*CHANNELS, *_EXTRA_CHANNELS):
        raise BenchmarkError(
            f"{where}: unknown channel {channel!r}; use one of {', '.join(CHANNELS)}, social, all."
        )
    if not source:
        raise BenchmarkError(f"{where}: the source is empty; every figure needs its source.")
    if not year.isdigit() or not 1990 <= int(year) <= 2100:
        raise BenchmarkError(f"{where}: year {year!r} is not a year such as 2019.")
    return Benchmark(metric, channel, _parse_value(value, where), source, int(year), method, note)


def _parse_value(text: str, where: str) -> float:
    percent = text.endswith("%")
    try:
        number = float(text.rstrip("%").strip().replace(",", "."))
    except ValueError:
        raise BenchmarkError(f"{where}: value {text!r} is not a number such as 3.84% or 0.0384.") from None
    if number != number or number < 0:
        raise BenchmarkError(f"{where}: value {text!r} must be a non-negative number.")
    return number / 100 if percent else number
