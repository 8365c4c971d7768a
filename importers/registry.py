"""The explicit list of importers, and format detection by score.

Detection samples the file once (importers/sample.py), asks every importer for a score, and picks the best
positive one. An importer whose `score` raises is a bug: it is logged and counted as 0, never hidden.
A tie at the top is reported as ambiguous, so the user chooses.
"""

from __future__ import annotations

import logging
from pathlib import Path

from channelcompare.errors import AmbiguousFormat, ImportFailed, UnknownFormat
from importers.base import Importer
from importers.facebook_posts import FacebookPosts
from importers.ga4_traffic import Ga4SourceMedium, Ga4Traffic
from importers.ga4_user_acquisition import Ga4UserAcquisition
from importers.google_ads import GoogleAds
from importers.instagram_posts import InstagramPosts
from importers.klaviyo_campaign_messages import KlaviyoCampaignMessages
from importers.klaviyo_campaigns import KlaviyoCampaigns
from importers.klaviyo_flows import KlaviyoFlows
from importers.linkedin_ads import LinkedInAds
from importers.mailchimp_account_campaigns import MailchimpAccountCampaigns
from importers.mailchimp_campaigns import MailchimpCampaigns
from importers.mailchimp_report import MailchimpReport
from importers.mailerlite_report import MailerLiteReport
from importers.meta_ads import MetaAds
from importers.meta_page_series import MetaPageSeries
from importers.orders_generic import GenericOrders
from importers.pinterest_ads import PinterestAds
from importers.sample import FileSample
from importers.shopify_orders import ShopifyOrders
from importers.shopify_sales_over_time import ShopifySalesOverTime
from importers.tiktok_ads import TikTokAds
from importers.tiktok_content import TikTokContent
from importers.woocommerce_orders import WooCommerceOrders
from importers.wrong_reports import wrong_report
from importers.x_content import XContent
from importers.x_tweet_activity import XTweetActivity
from importers.youtube_content import YouTubeContent

log = logging.getLogger(__name__)

#: Every file importer, in no particular order (detection is by score). Add new formats here.
IMPORTERS: tuple[Importer, ...] = (
    MetaAds(),
    MetaPageSeries(),
    FacebookPosts(),
    InstagramPosts(),
    LinkedInAds(),
    XTweetActivity(),
    XContent(),
    TikTokAds(),
    TikTokContent(),
    PinterestAds(),
    GoogleAds(),
    MailchimpCampaigns(),
    MailchimpAccountCampaigns(),
    MailchimpReport(),
    MailerLiteReport(),
    KlaviyoCampaigns(),
    KlaviyoCampaignMessages(),
    KlaviyoFlows(),
    ShopifyOrders(),
    ShopifySalesOverTime(),
    GenericOrders(),
    WooCommerceOrders(),
    Ga4Traffic(),
    Ga4SourceMedium(),
    Ga4UserAcquisition(),
    YouTubeContent(),
)


def supported_formats() -> list[str]:
    """The labels of every supported format, for messages."""
    return sorted(importer.label for importer in IMPORTERS)


def scores(sample: FileSample) -> list[tuple[int, Importer]]:
    """Every importer's score for the sample, best first."""
    out = []
    for importer in IMPORTERS:
        try:
            score = int(importer.score(sample))
        except Exception:  # a bug in one importer must not stop detection; it is logged, not hidden
            log.exception("score() of %s raised on %s", importer.format_id, sample.path.name)
            score = 0
        out.append((score, importer))
    out.sort(key=lambda pair: -pair[0])
    return out


def detect(sample: FileSample) -> Importer:
    """The importer for this sample. Raises UnknownFormat, AmbiguousFormat, or ImportFailed naming the report
    to export instead when the file is a known wrong report (importers/wrong_reports.py)."""
    ranked = [(score, importer) for score, importer in scores(sample) if score > 0]
    name = Path(sample.path).name
    if not ranked:
        wrong = wrong_report(sample)
        if wrong is not None:  # a platform's report we do not read: say which one to export instead
            raise ImportFailed(wrong.message(name), path=str(sample.path))
        raise UnknownFormat(
            f"{name}: no importer recognises this file. Supported formats: {'; '.join(supported_formats())}. "
            "Map its columns by hand in the app (column mapping), or export the report again.",
            path=str(sample.path),
            supported=supported_formats(),
        )
    top = [importer for score, importer in ranked if score == ranked[0][0]]
    if len(top) > 1:
        labels = [importer.label for importer in top]
        raise AmbiguousFormat(
            f"{name} matches several formats equally well: {', '.join(labels)}. Choose one.",
            path=str(sample.path),
            candidates=[importer.format_id for importer in top],
        )
    return top[0]
