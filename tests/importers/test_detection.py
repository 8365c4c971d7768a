"""Every fixture in tests/data is recognised by exactly one importer, by content (never by file name).

Add a line to EXPECTED for each new fixture: the format it must be detected as. A fixture missing from the
table fails, so the table stays complete, and every other registered importer must score it 0.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from importers.registry import IMPORTERS, detect, scores
from importers.sample import sample_file
from tests.conftest import DATA

#: fixture file name -> format_id it must be detected as
EXPECTED = {
    "facebook_posts.csv": "facebook_posts",
    "ga4_source_medium.csv": "ga4_source_medium",
    "ga4_source_medium_meta_utms.csv": "ga4_source_medium",
    "ga4_traffic_en.csv": "ga4_traffic",
    "ga4_traffic_fr.csv": "ga4_traffic",
    "ga4_user_acquisition.csv": "ga4_user_acquisition",
    "google_ads_account_daily.csv": "google_ads",
    "google_ads_campaigns.csv": "google_ads",
    "google_ads_campaigns_excel.csv": "google_ads",
    "instagram_posts.csv": "instagram_posts",
    "klaviyo_campaigns.csv": "klaviyo_campaigns",
    "klaviyo_campaign_messages.csv": "klaviyo_campaign_messages",
    "klaviyo_flows.csv": "klaviyo_flows",
    "klaviyo_flows_per_flow.csv": "klaviyo_flows",
    "linkedin_campaigns_en.csv": "linkedin_ads",
    "linkedin_campaigns_nl.csv": "linkedin_ads",
    "mailchimp_account_campaigns.csv": "mailchimp_account_campaigns",
    "mailchimp_campaigns.csv": "mailchimp_campaigns",
    "mailchimp_campaigns_audience.csv": "mailchimp_campaigns",
    "mailchimp_campaigns_fr_excel.csv": "mailchimp_campaigns",
    "mailchimp_report.csv": "mailchimp_report",
    "mailchimp_report_ab.csv": "mailchimp_report",
    "mailerlite_report.csv": "mailerlite_report",
    "meta_ads_2017_title_case.csv": "meta_ads",
    "meta_ads_account_daily.csv": "meta_ads",
    "meta_ads_campaigns.csv": "meta_ads",
    "meta_ads_campaigns.xlsx": "meta_ads",
    "meta_ads_campaigns_fr.csv": "meta_ads",
    "meta_ads_campaigns_fr_excel.csv": "meta_ads",
    "meta_ads_platform_breakdown.csv": "meta_ads",
    "meta_page_series_link_clicks.csv": "meta_page_series",
    "meta_page_series_views.csv": "meta_page_series",
    "orders_landing.csv": "orders_generic",
    "pinterest_ads.csv": "pinterest_ads",
    "orders_utm.csv": "orders_generic",
    "Total sales over time - 2026-09-01 - 2026-09-04.csv": "shopify_sales_over_time",
    "shopify_orders.csv": "shopify_orders",
    "shopify_orders_tracking.csv": "shopify_orders",
    "shopify_orders_two_currencies.csv": "shopify_orders",
    "tiktok_ads.csv": "tiktok_ads",
    "tiktok_content.csv": "tiktok_content",
    "tiktok_ads.xlsx": "tiktok_ads",
    "woocommerce_orders.csv": "woocommerce_orders",
    "x_content.csv": "x_content",
    "x_content_2025.csv": "x_content",
    "x_content_fr.csv": "x_content",
    "x_content_ja.csv": "x_content",
    "x_tweet_activity.csv": "x_tweet_activity",
    "youtube_table_data.csv": "youtube_content",
    "youtube_table_data_2025.csv": "youtube_content",
}

FIXTURES = sorted(p.name for p in DATA.iterdir() if p.is_file() and not p.name.startswith("."))


def test_every_fixture_is_in_the_table() -> None:
    missing = [name for name in FIXTURES if name not in EXPECTED]
    assert not missing, f"add these fixtures to EXPECTED in {Path(__file__).name}: {missing}"
    gone = [name for name in EXPECTED if name not in FIXTURES]
    assert not gone, f"EXPECTED names fixtures that do not exist: {gone}"


def test_every_registered_format_has_a_fixture() -> None:
    untested = {i.format_id for i in IMPORTERS} - set(EXPECTED.values())
    assert not untested, f"no fixture in tests/data is detected as {sorted(untested)}"


@pytest.mark.parametrize("name", FIXTURES)
def test_detected_by_exactly_one_importer(name: str) -> None:
    if name not in EXPECTED:
        pytest.fail(f"{name} has no expected format (see EXPECTED)")
    sample = sample_file(DATA / name)
    positive = {importer.format_id: score for score, importer in scores(sample) if score > 0}
    assert positive.keys() == {EXPECTED[name]}, positive
    assert detect(sample).format_id == EXPECTED[name]


@pytest.mark.parametrize("name", FIXTURES)
def test_detection_ignores_the_file_name(name: str, tmp_path: Path) -> None:
    """Renamed to a neutral name with the wrong extension, the file is still detected by its content."""
    wrong = ".csv" if name.endswith(".xlsx") else ".xlsx"
    renamed = tmp_path / f"export{wrong}"
    shutil.copy(DATA / name, renamed)
    assert detect(sample_file(renamed)).format_id == EXPECTED.get(name)
