"""Every registered benchmark shape is read by its importer without a rejected row, and by the raw reader's
baseline (pandas.read_csv with the shape's options) with every row: a shape no importer reads measures nothing."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from benchmarks import generate
from benchmarks.shapes import SHAPES

FORMATS = {
    "meta_ads": "meta_ads", "meta_ads_numeric": "meta_ads", "mailchimp": "mailchimp_campaigns",
    "x_posts": "x_content", "shopify_orders": "shopify_orders", "google_ads_tsv": "google_ads",
    "ga4_source_medium": "ga4_source_medium",
}  # fmt: skip


def test_every_shape_the_issue_names_is_registered() -> None:
    assert set(SHAPES) == set(FORMATS)


@pytest.mark.parametrize("kind", sorted(FORMATS))
def test_shape_imports_as_its_platform_and_reads_with_its_baseline_options(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from importers.load import import_file

    monkeypatch.setattr(generate, "CACHE", tmp_path)
    path = generate.ensure(kind, 400)
    result = import_file(path)
    assert result.format_id == FORMATS[kind] and len(result.records) > 0 and not result.rejected
    options = SHAPES[kind].read_csv
    frame = eval(f"pd.read_csv(path{', ' + options if options else ''})", {"pd": pd, "path": path})
    assert len(frame) == 400 and len(frame.columns) == len(SHAPES[kind].make(3).columns)


def test_encodings_and_preambles_are_the_platforms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generate, "CACHE", tmp_path)
    assert generate.ensure("google_ads_tsv", 5).read_bytes().startswith(b"\xff\xfeC\x00a\x00m\x00")
    tsv = generate.ensure("google_ads_tsv", 5).read_text(encoding="utf-16").splitlines()
    assert tsv[1].endswith("2025") and "\tImpr.\t" in tsv[2] and tsv[-1].startswith("Total: Account\t")
    ga4 = generate.ensure("ga4_source_medium", 5).read_text(encoding="utf-8").splitlines()
    assert ga4[7] == "# Start date: 20250901" and ga4[9].startswith("Session source / medium,")
    numeric = generate.ensure("meta_ads_numeric", 5).read_bytes()
    assert numeric.startswith(b'\xef\xbb\xbfDay,"Campaign name"') and numeric.count(b"\n") == 6


def test_shopify_has_its_79_columns() -> None:
    assert len(SHAPES["shopify_orders"].make(10).columns) == 79
