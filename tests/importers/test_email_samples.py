"""The bundled Atelier Lumen email samples import cleanly, tell the shop's story, and regenerate identically."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from channelcompare.resources import SAMPLE_DATA
from channelcompare.sources import ImportResult
from importers.load import import_file

SAMPLES = ("mailchimp_campaigns_sept_2026.csv", "klaviyo_flows_sept_2026.csv")


def imported(name: str) -> ImportResult:
    result = import_file(SAMPLE_DATA / name)
    assert result.rejected == [] and result.warnings == []
    return result


def test_mailchimp_newsletters() -> None:
    result = imported("mailchimp_campaigns_sept_2026.csv")
    records = result.records
    assert result.format_id == "mailchimp_campaigns" and result.rows == 12
    assert records["delivered"].between(17_500, 18_800).all()
    click_rate = records["clicks"] / records["delivered"]
    assert click_rate.between(0.025, 0.035).all()
    assert (records["orders"] / records["delivered"]).mean() == pytest.approx(0.002, abs=0.0005)
    assert records["campaign_name"].str.contains("NL").all()  # the store's newsletter codes
    assert records["start"].dt.day_of_week.nunique() >= 4 and records["start"].dt.hour.nunique() >= 8
    morning = click_rate[records["start"].dt.hour < 11].mean()
    evening = click_rate[records["start"].dt.hour >= 18].mean()
    assert morning > evening  # the timing heatmap has something to show


def test_klaviyo_flows_are_email_automation() -> None:
    result = imported("klaviyo_flows_sept_2026.csv")
    records = result.records
    assert set(records["channel"]) == {"email_automation"}
    flows = set(records["campaign_name"].str.split(" – ").str[0])
    assert flows == {"Bienvenue", "Panier abandonné", "Après achat", "Navigation abandonnée"}
    welcome = records[records["campaign_name"].str.startswith("Bienvenue")]
    assert 80 <= welcome["orders"].sum() <= 100  # the store sees 84 WELCOME10 orders
    assert set(records["derived"]) == {"delivered,opens,clicks"}
    assert result.period() is not None and str(result.period()[0]) == "2026-09-01"


def test_generator_is_deterministic(tmp_path: Path) -> None:
    script = SAMPLE_DATA / "generate" / "email_exports.py"
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, capture_output=True, timeout=60)
    for name in SAMPLES:
        assert (tmp_path / name).read_bytes() == (SAMPLE_DATA / name).read_bytes(), name
