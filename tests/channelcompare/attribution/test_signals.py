"""Store order signals: tracking-app note attributes, click ids, sales channels, referrers, and their order."""

from __future__ import annotations

import pandas as pd

from channelcompare.attribution.signals import (
    first_signal,
    referrer_from_note_attributes,
    referrer_utm,
    sales_channel_utm,
    utm_from_note_attributes,
    utm_from_urls,
)

NOTES = pd.Series(
    [
        '_elevar_visitor_info: {"utm_source":"Klaviyo","utm_medium":"email","utm_campaign":"Rentrée"}',
        "utm_source: facebook\nutm_medium: paid",
        '_elevar_visitor_info: {"gclid":"Cj0KCQjw"}',
        "landing_page: https://shop.fr/?utm_source=ig&utm_medium=social\nreferrer: https://l.instagram.com/",
        '_elevar_visitor_info: {\\"utm_source\\":\\"tiktok\\",\\"utm_medium\\":\\"paid\\"}',
        '_elevar_visitor_info: {"ttclid":"E.C.P.x","fbclid":"IwAR"}',
        None,
    ]
)


def test_note_attributes_as_tracking_apps_write_them() -> None:
    utm = utm_from_note_attributes(NOTES)
    assert utm["utm_source"].tolist()[:6] == ["Klaviyo", "facebook", "google", "ig", "tiktok", "tiktok"]
    assert utm["utm_medium"].tolist()[:6] == ["email", "paid", "cpc", "social", "paid", "cpc"]
    assert utm["utm_campaign"][0] == "Rentrée"
    assert utm.iloc[6].isna().all()


def test_referrer_in_note_attributes() -> None:
    referrer = referrer_from_note_attributes(NOTES)
    assert referrer[3] == "https://l.instagram.com/" and referrer.drop(3).isna().all()


def test_sales_channels_that_say_something() -> None:
    values = pd.Series(
        ["web", "pos", "tiktok", "Instagram", "580111", None, "shopify_draft_order", "facebook"]
    )
    utm = sales_channel_utm(values)
    assert utm["utm_source"].fillna("").tolist() == ["", "", "tiktok", "Instagram", "", "", "", "facebook"]
    assert set(utm["utm_medium"].dropna()) == {"sales channel"}


def test_first_signal_wins_and_a_url_ends_at_the_line_end() -> None:
    notes = utm_from_note_attributes(pd.Series(["", "", "utm_source: news"]))
    landing = utm_from_urls(pd.Series(["/p?utm_source=a&utm_medium=b\nnext: line", "", "/p?utm_source=x"]))
    assert landing["utm_medium"][0] == "b"
    referrers = referrer_utm(pd.Series(["https://www.google.fr/", "https://lemonde.fr/a", "https://t.co/"]))
    out = first_signal(notes, landing, referrers)
    assert out["utm_source"].tolist() == ["a", "lemonde.fr", "news"]
    assert out["utm_medium"].fillna("").tolist() == ["b", "referral", ""]
