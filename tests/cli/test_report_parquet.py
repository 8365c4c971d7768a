"""`channelcompare report --parquet FOLDER`: the four tables and their data package, headless."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from main import main
from tests.conftest import DATA

EXPORTS = [DATA / "mailchimp_campaigns.csv", DATA / "instagram_posts.csv", DATA / "meta_ads_campaigns.csv"]


def test_parquet_alone_is_enough_to_write(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--parquet", str(tmp_path), *map(str, EXPORTS)]) == 0
    printed = capsys.readouterr().out.split()
    assert [Path(p).name for p in printed] == [
        "channels.parquet", "campaigns.parquet", "timing.parquet", "trends.parquet", "datapackage.json",
    ]  # fmt: skip
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        assert len(pd.read_parquet(tmp_path / resource["path"])) == resource["rows"]
    channels = pd.read_parquet(tmp_path / "channels.parquet")
    assert {"email", "organic_social", "paid_social"} <= set(channels["channel"])


def test_nothing_to_write_names_parquet(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(EXPORTS[0])]) == 2
    assert "--parquet FOLDER" in capsys.readouterr().err
