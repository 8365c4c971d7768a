"""What a channel card says about the rows behind its numbers: campaigns and campaign-days, the rows a rate
rests on, and that a summed reach is not a count of unique people (docs/metrics.md, *Paired everywhere*)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from ui.views import formatting


def units_text(summary: Any, locale: QLocale) -> str:
    """ "7 campaigns · 50 campaign-days", "20 posts": distinct campaigns, and the rows when they differ."""
    campaigns, rows = int(summary.campaigns or 0), int(getattr(summary, "rows", 0) or 0)
    unit = unit_word(str(getattr(summary, "campaign_unit", "campaigns")), campaigns)
    text = f"{formatting.count(campaigns, locale)} {unit}"
    row_unit = str(getattr(summary, "row_unit", "") or "")
    if rows and rows != campaigns and row_unit:
        text += f" · {formatting.count(rows, locale)} {unit_word(row_unit, rows)}"
    return text


def unit_word(plural: str, number: int) -> str:
    """The engine's unit ("campaigns", "campaign-days", "posts", "sends", "rows") in the interface language."""
    words = {
        "campaigns": QCoreApplication.translate("cards", "campaigns"),
        "campaign-days": QCoreApplication.translate("cards", "campaign-days"),
        "posts": QCoreApplication.translate("cards", "posts"),
        "post-days": QCoreApplication.translate("cards", "post-days"),
        "sends": QCoreApplication.translate("cards", "sends"),
        "flows": QCoreApplication.translate("cards", "flows"),
        "traffic rows": QCoreApplication.translate("cards", "traffic rows"),
        "rows": QCoreApplication.translate("cards", "rows"),
    }
    if number == 1:  # each singular spelt out, so that lupdate finds it for translation
        words = {
            "campaigns": QCoreApplication.translate("cards", "campaign"),
            "campaign-days": QCoreApplication.translate("cards", "campaign-day"),
            "posts": QCoreApplication.translate("cards", "post"),
            "post-days": QCoreApplication.translate("cards", "post-day"),
            "sends": QCoreApplication.translate("cards", "send"),
            "flows": QCoreApplication.translate("cards", "flow"),
            "traffic rows": QCoreApplication.translate("cards", "traffic row"),
            "rows": QCoreApplication.translate("cards", "row"),
        }
        plural = plural if plural in words or not plural.endswith("s") else plural[:-1]
    return words.get(plural, plural)


def summed_reach_note() -> str:
    return QCoreApplication.translate(
        "cards",
        "Reach summed over posts or ads: people reached by several count several times, so this is "
        "not a count of unique people.",
    )


def rests_on_text(summary: Any, value: Any, locale: QLocale) -> str:
    """What a card rate rests on: "of 16,429 · 20 posts" (its own denominator and campaigns)."""
    campaigns = int(getattr(value, "campaigns", 0) or 0)
    unit = unit_word(str(getattr(summary, "campaign_unit", "campaigns")), campaigns)
    denominator = formatting.count(value.denominator, locale)
    return QCoreApplication.translate("cards", "of {0} · {1} {2}").format(
        denominator, formatting.count(campaigns, locale), unit
    )


def rests_on_the_card_audience(summary: Any, value: Any) -> bool:
    """True when the rate's denominator is the card's audience over the card's campaigns (nothing to add)."""
    same_rows = int(getattr(value, "campaigns", 0) or 0) == int(summary.campaigns or 0)
    return same_rows and value.denominator == summary.audience
