"""Platform-shaped exports for the benchmarks, seeded and cached in benchmarks/.cache (outside git).

    .venv/bin/python benchmarks/generate.py [ROWS ...]      # default: 10k, 100k and 1M of every shape

Every shape is one function registered with `@shape(...)` (benchmarks/shapes.py explains how to add one):
Meta Ads daily ad-level, text-heavy and numeric-heavy (benchmarks/meta_shape.py), Mailchimp's campaign list
and X's content export (benchmarks/email_social_shapes.py), Shopify's orders with their 79 columns
(benchmarks/shopify_shape.py), the Google Ads report as UTF-16 TSV and GA4 with its `#` preamble
(benchmarks/google_shapes.py). This module writes any of them as the platform does.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import email_social_shapes, google_shapes, meta_shape, shopify_shape  # noqa: E402, F401
from benchmarks.meta_shape import meta_ads  # noqa: E402, F401 (tests build the Meta shape directly)
from benchmarks.shapes import SHAPES, Shape  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
SIZES = (10_000, 100_000, 1_000_000)


def path_for(kind: str, rows: int, suffix: str = "csv") -> Path:
    return CACHE / f"{kind}_{rows}.{suffix}"


def ensure(kind: str, rows: int, suffix: str = "csv") -> Path:
    """The cached export of shape `kind` with `rows` data rows, written on first use."""
    path = path_for(kind, rows, suffix)
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        frame = SHAPES[kind].make(rows)
        partial = path.with_name(path.name + ".part")
        if suffix == "xlsx":
            _write_xlsx(frame, partial)
        else:
            _write_csv(frame, partial, kind)
        partial.replace(path)
    return path


def _write_csv(frame: pd.DataFrame, path: Path, kind: str) -> None:
    """The rows with the shape's encoding, separator, header quoting and preamble (Unix line ends)."""
    spec: Shape = SHAPES[kind]
    with path.open("w", encoding=spec.encoding, newline="") as handle:
        handle.writelines(line + "\n" for line in spec.preamble)
        if spec.quote_header:
            handle.write(spec.separator.join(f'"{c}"' if " " in c else c for c in frame.columns) + "\n")
        frame.to_csv(
            handle, index=False, header=not spec.quote_header, sep=spec.separator, lineterminator="\n",
            float_format="%.8g",
        )  # fmt: skip


def _write_xlsx(frame: pd.DataFrame, path: Path) -> None:
    """An xlsx as Meta's `Export table data` gives it: one sheet, the header, numbers as numbers."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Raw Data Report")
    sheet.append(list(frame.columns))
    cells = frame.astype(object).where(frame.notna(), None)
    for row in cells.itertuples(index=False, name=None):
        sheet.append(row)
    workbook.save(path)


def main(sizes: list[int]) -> None:
    for rows in sizes:
        for kind in SHAPES:
            print(ensure(kind, rows))
    print(ensure("meta_ads", 100_000, "xlsx"))


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or list(SIZES))
