"""Display names of platforms (brand names stay as the brands write them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

PLATFORM_NAMES = {
    "mailchimp": "Mailchimp", "mailerlite": "MailerLite", "klaviyo": "Klaviyo", "meta": "Meta Ads",
    "facebook": "Facebook", "instagram": "Instagram", "linkedin": "LinkedIn", "x": "X", "tiktok": "TikTok",
    "youtube": "YouTube", "pinterest": "Pinterest",
    "google_ads": "Google Ads", "ga4": "GA4", "shopify": "Shopify",
}  # fmt: skip


def platform_name(platform: str) -> str:
    if platform == "generic":
        return QCoreApplication.translate("names", "Mapped columns")
    return PLATFORM_NAMES.get(platform, platform)
