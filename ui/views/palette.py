"""One colour and one display name per channel, the same in every view, chart and screenshot.

Colours are chosen to read on a light background and to stay apart for the common colour-vision
deficiencies: the email family is blue/teal, social warm (orange, red-pink), search green.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from channelcompare.wording import PLATFORM_LABELS  # one list of brand names: screen and report agree

CHANNEL_COLOURS: Final[dict[str, str]] = {
    "email": "#1f6fd1",
    "email_automation": "#119a93",
    "email_retargeting": "#0b7285",
    "sms": "#7b4fc9",
    "organic_social": "#e8820c",
    "paid_social": "#d6336c",
    "paid_search": "#2f9e44",
    "display": "#a07a1a",
    "organic_search": "#5c940d",
    "direct": "#495057",
    "referral": "#8d6e63",
    "other": "#868e96",
    # Benchmark-only groupings.
    "social": "#c2410c",
    "all": "#343a40",
}
_FALLBACK: Final = ("#3b5bdb", "#c2255c", "#0c8599", "#e67700", "#6741d9", "#2b8a3e")

#: Text and chrome colours for a light background.
TEXT: Final = "#212529"
MUTED: Final = "#6c757d"
GRID: Final = "#dee2e6"
CARD_BACKGROUND: Final = "#ffffff"
CARD_BORDER: Final = "#dfe3e8"
WARNING: Final = "#b35c00"
ALERT: Final = "#c92a2a"
GOOD: Final = "#2b8a3e"


def channel_colour(channel: str) -> QColor:
    """The channel's colour; unknown channels get a stable colour from a fallback cycle."""
    code = CHANNEL_COLOURS.get(channel)
    if code is None:
        code = _FALLBACK[sum(map(ord, channel)) % len(_FALLBACK)]
    return QColor(code)


def lighter(colour: QColor, alpha: int = 110) -> QColor:
    """The same hue, translucent: used for the previous period and for intervals."""
    faded = QColor(colour)
    faded.setAlpha(alpha)
    return faded


def channel_label(channel: str) -> str:
    """The channel's display name in the interface language."""
    labels = {
        "email": QCoreApplication.translate("channels", "Email"),
        "email_automation": QCoreApplication.translate("channels", "Email automation"),
        "email_retargeting": QCoreApplication.translate("channels", "Retargeted email"),
        "sms": QCoreApplication.translate("channels", "SMS"),
        "organic_social": QCoreApplication.translate("channels", "Organic social"),
        "paid_social": QCoreApplication.translate("channels", "Paid social"),
        "paid_search": QCoreApplication.translate("channels", "Paid search"),
        "display": QCoreApplication.translate("channels", "Display"),
        "organic_search": QCoreApplication.translate("channels", "Organic search"),
        "direct": QCoreApplication.translate("channels", "Direct"),
        "referral": QCoreApplication.translate("channels", "Referral"),
        "other": QCoreApplication.translate("channels", "Other"),
        "social": QCoreApplication.translate("channels", "Social"),
        "all": QCoreApplication.translate("channels", "All channels"),
    }
    return labels.get(channel, channel.replace("_", " ").capitalize())


def platform_label(platform: str) -> str:
    """A platform's brand name (never translated)."""
    return PLATFORM_LABELS.get(platform, platform.replace("_", " ").capitalize())
