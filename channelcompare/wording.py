"""How channels, platforms and numbers read in findings and tables (English, plain)."""

from __future__ import annotations

import math
from datetime import date
from typing import Final

CHANNEL_LABELS: Final = {
    "email": "Email",
    "email_automation": "Email automations",
    "email_retargeting": "Retargeted email",
    "sms": "SMS",
    "organic_social": "Organic social",
    "paid_social": "Paid social",
    "paid_search": "Paid search",
    "display": "Display",
    "organic_search": "Organic search",
    "direct": "Direct",
    "referral": "Referral",
    "other": "Other",
}
PLATFORM_LABELS: Final = {
    "mailchimp": "Mailchimp",
    "mailerlite": "MailerLite",
    "klaviyo": "Klaviyo",
    "meta": "Meta Ads",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "linkedin": "LinkedIn",
    "x": "X",
    "tiktok": "TikTok",
    "youtube": "YouTube",
    "pinterest": "Pinterest",
    "google_ads": "Google Ads",
    "ga4": "GA4",
    "shopify": "Shopify",
    "generic": "Generic",
}
#: Channels named after their platform when they have only one (email keeps "email": it is the baseline idea).
_NAMED_BY_PLATFORM: Final = ("organic_social", "paid_social", "paid_search", "display")
BASIS_WORDS: Final = {
    "delivered": "delivered emails",
    "sent": "sent emails",
    "reach": "reach",
    "impressions": "impressions",
    "sessions": "sessions",
}
#: The audience as a count: "550 people reached" (one row's own reach); reach added up over posts or ads
#: counts people reached by several rows several times, and says so.
COUNT_WORDS: Final = {**BASIS_WORDS, "reach": "people reached"}
SUMMED_REACH_WORDS: Final = "of reach summed over posts or ads (not unique people)"
#: What revenue per 1,000 is per: "per 1,000 delivered emails", "per 1,000 impressions".
PER_1000_WORDS: Final = {**BASIS_WORDS, "reach": "reached (reach summed over rows, not unique people)"}
CURRENCY_SYMBOLS: Final = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}


def group_label(channel: str, platforms: tuple[str, ...], platform: str | None = None) -> str:
    """ "Instagram" for a platform or a one-platform social channel, else the channel's name."""
    if platform is not None:
        return PLATFORM_LABELS.get(platform, platform)
    if channel in _NAMED_BY_PLATFORM and len(platforms) == 1:
        return PLATFORM_LABELS.get(platforms[0], platforms[0])
    return CHANNEL_LABELS.get(channel, channel)


def in_sentence(label: str) -> str:
    """A label inside a sentence: channel names in lower case, platform names as spelt."""
    return label.lower() if label in CHANNEL_LABELS.values() and label != "SMS" else label


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def percent(value: float) -> str:
    """0.0041 -> "0.41%"; small rates keep two significant digits ("0.0052%")."""
    scaled = value * 100
    if scaled != 0 and abs(scaled) < 0.01:
        return f"{scaled:.2g}%"
    return f"{scaled:,.2f}%"


def percent_range(low: float, high: float) -> str:
    """ "0.36-0.47%" """
    return f"{percent(low)[:-1]}-{percent(high)}"


def money(value: float, currency: str | None) -> str:
    symbol = CURRENCY_SYMBOLS.get(currency or "", f"{currency} " if currency else "")
    return f"{symbol}{value:,.2f}" if abs(value) < 100 else f"{symbol}{value:,.0f}"


def approximate_money(value: float, currency: str | None) -> str:
    """ "~€19,000" (two significant digits)."""
    return "~" + money(_two_digits(value), currency)


def _two_digits(value: float) -> float:
    if abs(value) < 100:
        return value
    return float(round(value, 1 - int(math.floor(math.log10(abs(value))))))


def approximately(value: float) -> str:
    """A count rounded to two significant digits: 1,137 -> "~1,100"; small counts exactly."""
    return f"~{_two_digits(value):,.0f}"


def times(ratio: float) -> str:
    """How many times lower or higher: 0.127 -> "7.9x lower", 0.7 -> "30% lower", 2.1 -> "2.1x higher"."""
    if ratio <= 0:
        return "far lower"
    if 0.5 <= ratio < 1:
        return f"{(1 - ratio) * 100:.0f}% lower"
    if 1 < ratio < 2:
        return f"{(ratio - 1) * 100:.0f}% higher"
    if ratio < 1:
        return f"{1 / ratio:.1f}x lower"
    return f"{ratio:.1f}x higher" if ratio != 1 else "the same as"


def period_owner(period: tuple[date, date] | None) -> str | None:
    """ "September's" when the period is one calendar month (or part of one), else None."""
    if period is None:
        return None
    start, end = period
    if (start.year, start.month) != (end.year, end.month):
        return None
    return possessive(start.strftime("%B"))
