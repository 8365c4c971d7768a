"""The registry of benchmark export shapes: a new shape is one function.

Decorate a function `rows -> DataFrame` (the data rows, columns in the export's order, text as the platform
writes it) with `@shape(...)`, giving how the platform writes the file around those rows: encoding,
separator, header quoting, preamble, footer, and the options `pandas.read_csv` needs to read the file at
all (the baseline of the whole-process figure). `benchmarks/generate.py` then writes and caches it, and
`benchmarks/run.py` measures it. Keep the shape true to a real export (docs/formats.md, the research notes):

    @shape(encoding="utf-16", separator="\\t", read_csv='encoding="utf-16", sep="\\t", skiprows=2')
    def google_ads_tsv(rows: int, seed: int = 5) -> pd.DataFrame: ...
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

Rows = Callable[[int], pd.DataFrame]


@dataclass(frozen=True)
class Shape:
    """How one platform writes its export: the rows come from `make`, the rest is the file around them."""

    name: str
    make: Rows
    encoding: str = "utf-8"
    separator: str = ","
    #: Meta quotes every header cell of more than one word.
    quote_header: bool = False
    #: Lines before the header (a report title, a date range, `#` comments), each without its line end.
    preamble: tuple[str, ...] = ()
    #: Options of `pandas.read_csv(path, ...)` for this file (Python source), the raw reader's baseline.
    read_csv: str = ""


SHAPES: dict[str, Shape] = {}


def shape(**options: object) -> Callable[[Rows], Rows]:
    """Register the decorated function as the shape named after it."""

    def register(make: Rows) -> Rows:
        SHAPES[make.__name__] = Shape(make.__name__, make, **options)  # type: ignore[arg-type]
        return make

    return register


#: The year of days every dated shape spreads its rows over.
DAYS = pd.date_range("2025-10-01", periods=365, freq="D")
THEMES = ("Rentrée", "Collection Noël", "Fête des mères", "Soldes d'été", "Black Friday", "Saint-Valentin",
          "Figue & Cèdre", "Bougies d'automne", "Retargeting panier", "Lookalike clients")  # fmt: skip
