"""Shopify orders export: orders counted once (continuation rows are line items), refunds netted, channels
from code rules, cancelled orders left out, currencies kept apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.base import never_cancelled, no_progress
from importers.ga4_traffic import Ga4Traffic
from importers.orders_generic import GenericOrders
from importers.sample import sample_file
from importers.shopify_orders import ShopifyOrders


def read(path: Path):
    sample = sample_file(path)
    return ShopifyOrders().read(path, sample, no_progress, never_cancelled)


def test_detected_only_by_shopify(data_dir: Path) -> None:
    sample = sample_file(data_dir / "shopify_orders.csv")
    assert ShopifyOrders().score(sample) > 0
    assert GenericOrders().score(sample) == 0
    assert Ga4Traffic().score(sample) == 0


def test_orders_counted_once_with_refunds_netted(data_dir: Path) -> None:
    result = read(data_dir / "shopify_orders.csv")
    records = result.records
    # 6 orders on 10 lines: #1001 has 2 line items, #1003 has 3; #1004 is voided and left out.
    assert records["campaign_id"].tolist() == ["#1001", "#1002", "#1003", "#1005", "#1006"]
    # #1005 is fully refunded (40 - 40): a record with no revenue and no order.
    assert records["orders"].tolist() == [1.0, 1.0, 1.0, 0.0, 1.0]
    # 58 + (45.50 - 10 refunded) + 96 + 0 + 52
    assert records["revenue"].tolist() == [58.0, 35.5, 96.0, 0.0, 52.0]
    assert result.totals()["orders"] == 4.0
    assert result.totals()["revenue"] == pytest.approx(241.5)
    assert result.currency == "EUR" and set(records["currency"]) == {"EUR"}
    assert records["source_line"].tolist() == [2, 4, 5, 9, 10]
    assert not result.rejected
    assert any("1 cancelled or voided order(s) left out (totalling 30.00)" in w for w in result.warnings)
    assert any("fully refunded" in w for w in result.warnings)


def test_channels_from_codes_then_note_attribute_utms(data_dir: Path) -> None:
    records = read(data_dir / "shopify_orders.csv").records
    assert records["channel"].tolist() == [
        "email",
        "organic_social",
        "other",
        "email_automation",
        "paid_social",
    ]
    assert records["discount_code"].tolist()[:2] == ["NL0926", "INSTA15"]
    assert records["tags"].iloc[2] == "VIP, repeat"
    # #1006: code SUMMER matches no rule; its note attributes carry utm_source/utm_medium from a tracking app
    assert records[["utm_source", "utm_medium"]].iloc[4].tolist() == ["facebook", "paid"]
    assert str(records["start"].iloc[0]) == "2026-09-02 10:15:03"


def test_unattributed_orders_are_reported(data_dir: Path) -> None:
    result = read(data_dir / "shopify_orders.csv")
    assert any("1 order(s) (25%) have no discount code" in w for w in result.warnings)


def test_several_currencies_are_kept_apart(data_dir: Path) -> None:
    result = read(data_dir / "shopify_orders_two_currencies.csv")
    assert result.currency is None
    assert result.records["currency"].tolist() == ["EUR", "USD", "USD"]
    assert result.records["orders"].sum() == 3  # #2003 has a continuation row
    assert any("several currencies (EUR, USD)" in w and "never summed" in w for w in result.warnings)


def test_first_line_without_total_is_rejected(tmp_path: Path, data_dir: Path) -> None:
    text = (data_dir / "shopify_orders.csv").read_text(encoding="utf-8")
    broken = tmp_path / "orders.csv"
    broken.write_text(text.replace(",58.00,NL0926,", ",,NL0926,"), encoding="utf-8")
    result = read(broken)
    assert [(r.line, r.column) for r in result.rejected] == [(2, "Total")]
    assert "#1001" not in result.records["campaign_id"].tolist()


def test_xlsx_gives_the_same_orders(tmp_path: Path, data_dir: Path) -> None:
    import csv

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    with (data_dir / "shopify_orders.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            sheet.append(row)
    path = tmp_path / "orders_export.xlsx"
    workbook.save(path)
    result = read(path)
    original = read(data_dir / "shopify_orders.csv")
    assert result.records["campaign_id"].tolist() == original.records["campaign_id"].tolist()
    assert result.totals() == original.totals()
    assert result.records["channel"].tolist() == original.records["channel"].tolist()


def test_row_without_name_is_rejected_not_dropped(tmp_path: Path, data_dir: Path) -> None:
    lines = (data_dir / "shopify_orders.csv").read_text(encoding="utf-8").split("\n")
    lines[2] = lines[2].replace("#1001,", ",", 1)  # the continuation row of #1001 loses its Name
    path = tmp_path / "orders.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = read(path)
    assert [(r.line, r.column) for r in result.rejected] == [(3, "Name")]
    assert result.totals()["orders"] == 4.0


def test_point_of_sale_orders_are_reported(tmp_path: Path, data_dir: Path) -> None:
    text = (data_dir / "shopify_orders.csv").read_text(encoding="utf-8")
    path = tmp_path / "orders.csv"
    path.write_text(
        text.replace(',5810003,"VIP, repeat",Low,web,', ',5810003,"VIP, repeat",Low,pos,'), encoding="utf-8"
    )
    result = read(path)
    assert any("1 point-of-sale order(s)" in w for w in result.warnings)


def test_channel_signals_real_shops_carry(data_dir: Path) -> None:
    """Elevar's JSON, a kept gclid, `Source` = tiktok / instagram, a landing page with Meta's dynamic UTMs and
    a referrer in the note attributes each decide an order; pos, an app id and subscriptions decide nothing."""
    result = read(data_dir / "shopify_orders_tracking.csv")
    assert result.rows == 9 and not result.rejected  # two line-item rows are not orders
    channels = dict(zip(result.records["campaign_id"], result.records["channel"], strict=True))
    assert channels == {
        "#2001": "email",  # _elevar_visitor_info: {"utm_source":"Klaviyo","utm_medium":"email",...}
        "#2002": "paid_search",  # {"gclid": ...}: google / cpc
        "#2003": "organic_social",  # Source = tiktok: TikTok Shop orders are social sales
        "#2004": "organic_social",  # Source = instagram
        "#2005": "paid_social",  # landing_page ...utm_medium=FB-Paid_Mixed_Purchases_ASC%20Ad%20set
        "#2006": "organic_social",  # referrer: https://www.pinterest.fr/
        "#2007": "other",  # pos
        "#2008": "other",  # 580111: an app id says nothing about marketing
        "#2009": "other",  # subscription_contract
    }
    assert result.records["utm_campaign"][0] == "Octobre – nouveautés"
    assert result.records.loc[2, ["utm_source", "utm_medium"]].tolist() == ["tiktok", "sales channel"]
    social = result.records[result.records["channel"] == "organic_social"]["revenue"].sum()
    assert social == 36.00 + 52.00 + 41.00
    assert any("3 order(s) (33%)" in w for w in result.warnings)


def test_landing_and_referring_site_columns_where_present(tmp_path: Path, data_dir: Path) -> None:
    text = (data_dir / "shopify_orders_tracking.csv").read_text(encoding="utf-8")
    lines = text.split("\n")
    lines[0] += ",Landing Site,Referring Site"
    order_2007 = next(i for i, line in enumerate(lines) if line.startswith("#2007,"))
    order_2008 = next(i for i, line in enumerate(lines) if line.startswith("#2008,"))
    lines[order_2007] += ",/products/figuier?utm_source=newsletter&utm_medium=email,"
    lines[order_2008] += ",,https://www.google.com/"
    path = tmp_path / "orders_export.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    channels = dict(zip(*read(path).records[["campaign_id", "channel"]].T.to_numpy(), strict=True))
    assert channels["#2007"] == "email" and channels["#2008"] == "organic_search"
