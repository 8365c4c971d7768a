"""Meta Ads Manager exports: any level, any language, summary row, link clicks, purchases, currency."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from channelcompare.errors import EmptyFile
from importers.load import import_files
from importers.meta_ads import MetaAds
from importers.registry import detect
from importers.sample import FileSample, sample_file
from tests.conftest import DATA
from tests.importers.social_support import (
    assert_rate,
    by_line,
    platform_column,
    read,
    totals,
    variant,
)

META = MetaAds()
#: Hand-computed from the four campaign rows of meta_ads_campaigns.csv (the summary row left out).
CAMPAIGN_TOTALS = {
    "cost": 2400.50,  # 1050.00 + 720.50 + 380.25 + 249.75
    "impressions": 243000.0,  # 98000 + 41000 + 73500 + 30500
    "reach": 152500.0,  # 61000 + 15500 + 52000 + 24000 (per-campaign reach, not de-duplicated)
    "clicks": 1428.0,  # link clicks 686 + 352 + 221 + 169; Clicks (all) would be 4112
    "engagements": 6875.0,  # 2210 + 905 + 3120 + 640
    "conversions": 33.0,  # purchases 18 + 14 + 1 + blank (0)
    "revenue": 1860.90,  # 1008.40 + 812.60 + 39.90 + blank (0)
}
#: The same export in other UI languages: only the header names change.
TRANSLATIONS = {
    "es": {
        "Reporting starts": "Inicio del informe",
        "Reporting ends": "Fin del informe",
        "Campaign name": "Nombre de la campaña",
        "Amount spent (EUR)": "Importe gastado (EUR)",
        "Impressions": "Impresiones",
        "Reach": "Alcance",
        "Link clicks": "Clics en el enlace",
        "Clicks (all)": "Clics (todos)",
        "Post engagements": "Interacciones con la publicación",
        "Purchases": "Compras",
        "Purchases conversion value": "Valor de conversión de compras",
    },
    "it": {
        "Reporting starts": "Inizio dei report",
        "Reporting ends": "Fine dei report",
        "Campaign name": "Nome della campagna",
        "Amount spent (EUR)": "Importo speso (EUR)",
        "Impressions": "Impression",
        "Reach": "Copertura",
        "Link clicks": "Clic sul link",
        "Post engagements": "Interazioni con il post",
        "Purchases": "Acquisti",
        "Purchases conversion value": "Valore di conversione degli acquisti",
    },
    "pt": {
        "Reporting starts": "Início dos relatórios",
        "Reporting ends": "Término dos relatórios",
        "Campaign name": "Nome da campanha",
        "Amount spent (EUR)": "Valor usado (EUR)",
        "Impressions": "Impressões",
        "Reach": "Alcance",
        "Link clicks": "Cliques no link",
        "Clicks (all)": "Cliques (todos)",
        "Post engagements": "Engajamento com a publicação",
        "Purchases": "Compras",
        "Purchases conversion value": "Valor de conversão de compras",
    },
}


def test_campaign_export_totals_drop_the_account_summary_row() -> None:
    result = read(META, "meta_ads_campaigns.csv")
    assert totals(result) == CAMPAIGN_TOTALS
    assert result.rows == 4 and result.rejected == []
    assert result.currency == "EUR" and result.period() == (date(2026, 9, 1), date(2026, 9, 30))
    assert len(result.warnings) == 1 and "Line 2" in result.warnings[0] and "summary" in result.warnings[0]
    records = result.records
    assert records["source_line"].tolist() == [3, 4, 5, 6]
    assert set(records["channel"]) == {"paid_social"} and set(records["platform"]) == {"meta"}
    assert set(records["attribution"]) == {"7-day click or 1-day view"}
    assert records["campaign_id"].iloc[0] == "120214567890120001"
    assert records["campaign_name"].iloc[1] == "Collection Noël – Retargeting"


@pytest.mark.parametrize(
    "name", ["meta_ads_campaigns_fr.csv", "meta_ads_campaigns_fr_excel.csv", "meta_ads_campaigns.xlsx"]
)
def test_french_french_excel_and_xlsx_variants_give_the_same_records(name: str) -> None:
    english = read(META, "meta_ads_campaigns.csv")
    other = read(META, name)
    assert totals(other) == CAMPAIGN_TOTALS
    assert other.currency == "EUR" and other.period() == english.period()
    assert other.records["campaign_name"].tolist() == english.records["campaign_name"].tolist()
    assert other.records["source_line"].tolist() == english.records["source_line"].tolist()
    assert len(other.warnings) == 1


@pytest.mark.parametrize("language", sorted(TRANSLATIONS))
def test_spanish_italian_portuguese_headers(tmp_path: Path, language: str) -> None:
    text = (DATA / "meta_ads_campaigns.csv").read_text(encoding="utf-8-sig")
    header, rest = text.split("\n", 1)
    for english, local in TRANSLATIONS[language].items():
        header = header.replace(f'"{english}"', f'"{local}"').replace(f",{english},", f",{local},")
    path = tmp_path / f"meta_{language}.csv"
    path.write_text(header + "\n" + rest, encoding="utf-8-sig")
    assert detect(sample_file(path)) is not None and META.score(sample_file(path)) > 0
    assert totals(read(META, path)) == CAMPAIGN_TOTALS


def test_recomputed_link_ctr_cpc_and_frequency_match_meta() -> None:
    name = "meta_ads_campaigns.csv"
    result = read(META, name)
    clicks, impressions = by_line(result, "clicks"), by_line(result, "impressions")
    ctr = platform_column(name, "CTR (link click-through rate)")
    assert_rate(clicks / impressions * 100, ctr, decimals=8)
    assert_rate(by_line(result, "cost") / clicks, platform_column(name, "CPC (cost per link click) (EUR)"), 8)
    assert_rate(impressions / by_line(result, "reach"), platform_column(name, "Frequency"), 8)


def test_bad_cell_rejects_only_its_row(tmp_path: Path) -> None:
    path = variant(tmp_path, "meta_ads_campaigns.csv", ",98000,", ",lots,")
    result = read(META, path)
    assert [(r.line, r.column) for r in result.rejected] == [(3, "Impressions")]
    assert "'lots' is not a number" in result.rejected[0].reason
    assert result.rows == 3 and result.totals()["cost"] == pytest.approx(2400.50 - 1050.00)


def test_clicks_all_is_never_used_for_clicks(tmp_path: Path) -> None:
    path = variant(tmp_path, "meta_ads_campaigns.csv", '"Link clicks"', '"Outbound clicks"')
    result = read(META, path)
    assert result.totals()["clicks"] is None
    assert any("Clicks (all)" in warning for warning in result.warnings)


def test_platform_breakdown_results_as_purchases_and_revenue_from_roas() -> None:
    result = read(META, "meta_ads_platform_breakdown.csv")
    records = result.records
    assert records["platform"].tolist() == ["facebook", "instagram", "facebook", "instagram"]
    # Results count as conversions only where the result indicator is a purchase (not the link-click ad).
    assert records["conversions"].tolist()[:3] == [5.0, 7.0, 2.0] and records["conversions"].isna().iloc[3]
    # No conversion value column: revenue = ROAS x spend, marked derived. 210.40*1.15 + 305.60*1.32 + 98*0.9
    assert result.totals()["revenue"] == pytest.approx(241.96 + 403.392 + 88.2)
    assert set(records["derived"]) == {"revenue"}
    assert result.by_channel()["paid_social"]["rows"] == 4
    assert_rate(
        by_line(result, "clicks") / by_line(result, "impressions") * 100,
        platform_column("meta_ads_platform_breakdown.csv", "CTR (link click-through rate)"),
        8,
    )


def test_2017_title_case_export_in_usd() -> None:
    result = read(META, "meta_ads_2017_title_case.csv")
    assert result.currency == "USD" and result.warnings == []
    assert totals(result) == {
        "cost": 91.10,  # 41.27 + 19.80 + 30.03
        "impressions": 26173.0,  # 12840 + 5310 + 8023
        "clicks": 261.0,  # Link Clicks 97 + 44 + 120
        "engagements": 463.0,  # Post Engagement 214 + 61 + 188
    }
    assert result.period() == (date(2017, 1, 5), date(2017, 1, 18))


def test_daily_account_level_export_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "account.csv"
    path.write_text("Day,Amount spent (EUR),Impressions\n2026-09-01,10.5,1000\n2026-09-02,12,1100\n")
    result = read(META, path)
    assert result.rows == 2 and result.warnings == []
    assert result.records["start"].dt.day.tolist() == [1, 2]
    assert result.records["end"].equals(result.records["start"])


def test_score_is_zero_for_headers_without_meta_columns() -> None:
    empty = FileSample(Path("x.csv"), "csv", "utf-8", ",", (), (), 0, ".", None)
    assert META.score(empty) == 0
    assert META.score(sample_file(DATA / "tiktok_ads.csv")) == 0


def test_account_level_by_day_keeps_its_first_day() -> None:
    """Real shape: no campaign, ad set or ad columns; the first row is 1 September, not a summary."""
    result = read(META, "meta_ads_account_daily.csv")
    assert result.rows == 4 and result.rejected == [] and result.warnings == []
    assert totals(result)["cost"] == pytest.approx(355.45)  # 84.20 + 91.75 + 77.10 + 102.40
    assert totals(result)["impressions"] == 40950.0  # 9800 + 10450 + 8900 + 11800
    assert totals(result)["clicks"] == 271.0  # 61 + 70 + 52 + 88
    assert totals(result)["conversions"] == 6.0  # 2 + 1 + blank (0) + 3
    assert result.records["start"].dt.day.tolist() == [1, 2, 3, 4]


def test_blank_names_on_a_real_day_are_not_taken_for_a_summary(tmp_path: Path) -> None:
    """A blank `Campaign name` on the first row proves nothing: its dates do not span the other rows."""
    lines = (DATA / "meta_ads_account_daily.csv").read_text(encoding="utf-8-sig").splitlines()
    path = tmp_path / "meta.csv"
    text = "\n".join(line + ("," + '"Campaign name"' if i == 0 else ",") for i, line in enumerate(lines))
    path.write_text("\ufeff" + text + "\n", encoding="utf-8")
    result = read(META, path)
    assert result.rows == 4 and totals(result)["impressions"] == 40950.0
    assert len(result.warnings) == 1 and "not an account summary" in result.warnings[0]


def test_a_summary_whose_totals_fall_short_is_kept(tmp_path: Path) -> None:
    """The first row of meta_ads_campaigns.csv with fewer impressions than its rows' sum is not a total."""
    path = variant(tmp_path, "meta_ads_campaigns.csv", ",2400.50,243000,", ",2400.50,200000,")
    result = read(META, path)
    assert result.rows == 5 and "not an account summary" in result.warnings[0]


def test_the_empty_export_says_there_is_no_data_for_the_period(tmp_path: Path) -> None:
    path = tmp_path / "Atelier-Campaigns-Sep-1-2026-Sep-30-2026.csv"
    header = '"Reporting starts","Reporting ends","Campaign name","Amount spent (EUR)",Impressions'
    path.write_text(f'\ufeff{header}\n"No data available."\n', encoding="utf-8")
    with pytest.raises(EmptyFile, match="this export holds no data for the chosen period"):
        read(META, path)
    [outcome] = import_files([path])
    assert outcome.error is not None and "no data for the chosen period" in outcome.error.message
