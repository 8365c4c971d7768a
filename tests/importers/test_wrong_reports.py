"""A platform's wrong report: the message says which report it is and which one to export, EN and FR."""

from __future__ import annotations

import pytest

from channelcompare.errors import ImportFailed, UnknownFormat
from cli.import_cmd import outcome_json
from importers.load import import_file, import_files
from importers.registry import detect, scores
from importers.sample import sample_file
from tests.conftest import DATA

WRONG = DATA / "wrong_reports"
CASES = {
    "ga4_pages_and_screens.csv": ("Pages and screens", "Traffic acquisition", "Pages et écrans"),
    "ga4_events_fr.csv": ("Events report", "Traffic acquisition", "rapport Événements"),
    "search_console_devices.csv": ("Devices table", "Traffic acquisition", "tableau Appareils"),
    "search_console_queries.csv": ("Search Console performance export", "Traffic acquisition", "Search Console"),
    "search_console_dates.csv": ("Search Console performance export", "Traffic acquisition", "Search Console"),
    "search_console_filters.csv": ("Filters.csv", "Traffic acquisition", "ses réglages"),
    "shopify_products.csv": ("products export", "Orders → Export", "export des produits"),
    "shopify_sales_by_product.csv": ("sales by product", "Orders → Export", "ventes par produit"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_wrong_report_names_itself_and_the_way_out(name: str) -> None:
    sample = sample_file(WRONG / name)
    assert [importer.format_id for score, importer in scores(sample) if score > 0] == []
    with pytest.raises(ImportFailed) as raised:
        detect(sample)
    assert not isinstance(raised.value, UnknownFormat)  # not offered for column mapping: it is not data we read
    english, way_out, french = CASES[name]
    message = raised.value.message
    assert message.startswith(f"{name}: this is") and english in message and way_out in message
    assert french in message and "exportez" in message.casefold()  # the French sentence follows the English


def test_the_menu_path_is_spelled_out() -> None:
    with pytest.raises(ImportFailed, match="GA4 → Reports → Acquisition → Traffic acquisition → Share"):
        import_file(WRONG / "ga4_pages_and_screens.csv")


def test_import_json_error_carries_the_same_sentence() -> None:
    [outcome] = import_files([WRONG / "search_console_devices.csv"])
    reported = outcome_json(outcome)
    assert reported["ok"] is False
    assert outcome.error is not None and reported["error"] == outcome.error.message
    assert "Search Console's Devices table" in str(reported["error"])


def test_an_unknown_file_is_still_unknown(tmp_path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("Name,Email,Total\nA,a@b.c,12\n", encoding="utf-8")
    with pytest.raises(UnknownFormat):
        detect(sample_file(path))
