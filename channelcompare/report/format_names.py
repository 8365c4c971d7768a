"""The export formats by the names analysts know them, in the report's language (never the internal id).

The importers name their formats (`Importer.label`), but the core cannot import the importers (imports run
`importers -> channelcompare`), and the report also needs French; a test holds this table complete against
the importers' registry.
"""

from __future__ import annotations

from typing import Final

#: format id -> (English, French)
FORMAT_NAMES: Final[dict[str, tuple[str, str]]] = {
    "facebook_posts": ("Facebook Page posts export", "Export des publications d'une Page Facebook"),
    "ga4_traffic": (
        "Google Analytics 4 traffic acquisition export",
        "Export de l'acquisition de trafic Google Analytics 4",
    ),
    "ga4_source_medium": (
        "Google Analytics 4 traffic acquisition export by source / medium",
        "Export de l'acquisition de trafic Google Analytics 4 par source / support",
    ),
    "google_ads": ("Google Ads campaign report", "Rapport de campagnes Google Ads"),
    "instagram_posts": ("Instagram posts export", "Export des publications Instagram"),
    "klaviyo_campaigns": ("Klaviyo campaigns export", "Export des campagnes Klaviyo"),
    "klaviyo_flows": ("Klaviyo flows export", "Export des flows Klaviyo"),
    "klaviyo_campaign_messages": ("Klaviyo campaign messages export", "Export des messages de campagne Klaviyo"),
    "youtube_content": ("YouTube Studio content export", "Export du contenu de YouTube Studio"),
    "mailchimp_account_campaigns": (
        "Mailchimp account data export (campaigns.csv)",
        "Export des données du compte Mailchimp (campaigns.csv)",
    ),
    "meta_page_series": (
        "Meta Business Suite page-level daily series",
        "Séries quotidiennes de la Page (Meta Business Suite)",
    ),
    "tiktok_content": ("TikTok Studio content export", "Export du contenu de TikTok Studio"),
    "pinterest_ads": ("Pinterest Ads Manager report", "Rapport du Gestionnaire de publicités Pinterest"),
    "woocommerce_orders": ("WooCommerce Analytics orders export", "Export des commandes de WooCommerce Analytics"),
    "shopify_sales_over_time": (
        "Shopify Analytics total sales over time report",
        "Rapport Shopify Analytics des ventes totales dans le temps",
    ),
    "ga4_user_acquisition": (
        "Google Analytics 4 user acquisition export",
        "Export de l'acquisition d'utilisateurs Google Analytics 4",
    ),
    "linkedin_ads": ("LinkedIn Campaign Manager report", "Rapport LinkedIn Campaign Manager"),
    "mailchimp_campaigns": ("Mailchimp campaign list export", "Export de la liste des campagnes Mailchimp"),
    "mailchimp_report": ("Mailchimp single-campaign report", "Rapport d'une campagne Mailchimp"),
    "mailerlite_report": ("MailerLite campaign report", "Rapport de campagne MailerLite"),
    "column_mapping": ("Column mapping", "Correspondance de colonnes"),
    "meta_ads": ("Meta Ads Manager export", "Export du Gestionnaire de publicités Meta"),
    "orders_generic": (
        "Orders CSV with UTM, landing page or referrer",
        "Commandes (CSV) avec UTM, page d'arrivée ou site référent",
    ),
    "shopify_orders": ("Shopify orders export", "Export des commandes Shopify"),
    "tiktok_ads": ("TikTok Ads Manager report", "Rapport TikTok Ads Manager"),
    "x_content": ("X account analytics content export", "Export du contenu des statistiques du compte X"),
    "x_tweet_activity": ("X (Twitter) tweet activity export", "Export de l'activité des tweets X (Twitter)"),
}


def format_name(format_id: str | None, lang: str) -> str | None:
    """The format's name in `lang` ("en" or "fr"); an id this table does not know is shown as it is."""
    if not format_id:
        return None
    names = FORMAT_NAMES.get(format_id)
    if names is None:
        return format_id
    return names[1] if lang == "fr" else names[0]
