"""Published reference figures (benchmarks) the user's numbers can be set against.

The bundled file `resources/benchmarks.csv` is small and meant to be edited: one figure per line with its
metric, channel, value, source, year, method, note, **basis** and **era**. Values are written as
percentages ("3.84%") or plain numbers in the metric's unit. A malformed line raises `BenchmarkError`
naming the file and line.

The basis is what the published rate is per (sessions, delivered, reach, impressions, followers, clicks,
orders...): a conversion rate per session (web analytics) is not a conversion rate per delivered email,
so a figure is set against a channel's metric only when both are on the same basis (`drawable`). The era
says whether an email figure predates Apple Mail Privacy Protection (pre_mpp): open rates since
September 2021 are not comparable with earlier ones. A file without the two columns still loads: its
figures have no basis and are never drawn as a line.
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any, Final

from channelcompare.errors import ChannelCompareError
from channelcompare.model import CHANNELS
from channelcompare.resources import resource_path

COLUMNS: Final = ("metric", "channel", "value", "source", "year", "method", "note", "basis", "era")
#: The header before the basis and era columns, still read (figures without a basis are never drawn).
OLD_COLUMNS: Final = COLUMNS[:7]
BASES: Final = (
    "delivered",
    "sent",
    "reach",
    "impressions",
    "sessions",
    "followers",
    "clicks",
    "conversions",
    "cost",
    "orders",
    "revenue",
    "visits",
)
ERAS: Final = ("", "pre_mpp", "post_mpp")
#: Apple Mail Privacy Protection shipped with iOS 15 on 20 September 2021.
MPP_START: Final = date(2021, 9, 20)
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
    #: What the rate is per (a measure name, as audience bases are); "" when the file does not say.
    basis: str = ""
    #: "pre_mpp" for email figures from before Apple Mail Privacy Protection, else "".
    era: str = ""

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
    if tuple(header) not in (COLUMNS, OLD_COLUMNS):
        raise BenchmarkError(f"{name}, line 1: the header must be {','.join(COLUMNS)}.", path=name)
    out = []
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        out.append(_parse_line(row, f"{name}, line {reader.line_num}", len(header)))
    return out


def _parse_line(row: list[str], where: str, width: int = len(COLUMNS)) -> Benchmark:
    if len(row) != width:
        raise BenchmarkError(f"{where}: expected {width} fields, found {len(row)} (quote text with commas).")
    metric, channel, value, source, year, method, note, basis, era = (
        *(cell.strip() for cell in row),
        *("",) * (len(COLUMNS) - width),
    )
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
    if basis not in ("", *BASES):
        raise BenchmarkError(
            f"{where}: unknown basis {basis!r}; use one of {', '.join(BASES)} (or leave it empty)."
        )
    if era not in ERAS:
        raise BenchmarkError(f"{where}: unknown era {era!r}; use pre_mpp, post_mpp or leave it empty.")
    return Benchmark(metric, channel, _parse_value(value, where), source, int(year), method, note, basis, era)


def drawable(benchmark: Benchmark, metric: str, basis: str, period_end: date | None) -> str | None:
    """None when `benchmark` may be drawn beside `metric` measured on `basis` (the channel's measure the
    metric is per), else why not, for the note under the chart."""
    if benchmark.metric != metric:
        return "another metric"
    if not benchmark.basis:
        return "its basis is not stated"
    if benchmark.basis not in {part.strip() for part in basis.split(",")}:
        return f"per {benchmark.basis}, not per {basis or 'the same measure'}"
    if (
        benchmark.era == "pre_mpp"
        and metric == "open_rate"
        and (period_end is None or period_end >= MPP_START)
    ):
        return (
            "from before Apple Mail Privacy Protection (September 2021): not comparable with open rates since"
        )
    return None


def _parse_value(text: str, where: str) -> float:
    percent = text.endswith("%")
    try:
        number = float(text.rstrip("%").strip().replace(",", "."))
    except ValueError:
        raise BenchmarkError(f"{where}: value {text!r} is not a number such as 3.84% or 0.0384.") from None
    if number != number or number < 0:
        raise BenchmarkError(f"{where}: value {text!r} must be a non-negative number.")
    return number / 100 if percent else number
