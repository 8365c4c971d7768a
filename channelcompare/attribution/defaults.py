"""GA4's default channel grouping, as our default channel rules, and the map from GA4 group names to channels.

The rules follow Google's published definitions ("[GA4] Default channel group"), evaluated in the order GA4
lists them when a default group is copied into a custom channel group: the first rule that matches wins.
GA4's regular expressions match the whole value and ignore case; ours do the same. GA4 groups that have no
channel of their own in our model (shopping, video, audio, push, affiliates, cross-network, unassigned) map to
`other`, with the GA4 group name kept on the rule so the user still sees it.
"""

from __future__ import annotations

from typing import Final

from channelcompare.attribution.rules import Condition, Field, Match, Rule

#: Paid markers as words of a medium (`FB-Paid_Mixed_Purchases_ASC Ad set`, `facebook_ads`, `meta-cpc`):
#: Meta's dynamic UTMs put them anywhere in the medium, where GA4's pattern only sees a leading `paid`.
PAID_MARKER: Final = r"(?:.*[^a-z0-9])?(?:paid|cpc|ppc|ads)(?:[^a-z0-9].*)?"
#: GA4's "paid" medium pattern, shared by every paid group, widened by the paid markers (a paid marker in
#: the medium wins: such traffic is never organic).
PAID_MEDIUM: Final = r"(.*cp.*|ppc|retargeting|paid.*|" + PAID_MARKER + ")"
#: A medium naming a Meta platform first (`FB-Paid_…`, `ig_ads`): with a paid marker, paid social whatever the
#: source (`an`, `msg`, `Audience_Network`: Meta's placements outside the known social sources).
META_MEDIUM: Final = r"(fb|facebook|ig|instagram|meta)[-_ ].*"
EMAIL_PATTERN: Final = r"(email|e-mail|e_mail|e mail)"

#: Known sources, matched on the whole source, its host, or the brand part of its domain (see rules.py).
SOCIAL_SOURCES: Final = frozenset(
    {
        "facebook", "fb", "m.facebook.com", "l.facebook.com", "lm.facebook.com", "meta",
        "instagram", "ig", "l.instagram.com", "linkedin", "lnkd.in", "twitter", "t.co", "x", "x.com",
        "pinterest", "pin.it", "tiktok", "snapchat", "reddit", "threads", "tumblr", "whatsapp",
        "messenger", "vk", "quora", "mastodon", "bsky", "bluesky", "discord", "telegram", "xing",
    }
)  # fmt: skip
SEARCH_SOURCES: Final = frozenset(
    {
        "google", "bing", "yahoo", "duckduckgo", "ecosia", "qwant", "baidu", "yandex", "naver",
        "ask", "aol", "startpage", "brave", "seznam", "so.com", "sogou", "daum", "lilo",
    }
)  # fmt: skip
SHOPPING_SOURCES: Final = frozenset(
    {"amazon", "ebay", "etsy", "shopping", "google shopping", "idealo", "alibaba", "rakuten", "zalando"}
)
VIDEO_SOURCES: Final = frozenset({"youtube", "youtu.be", "vimeo", "twitch", "dailymotion", "wistia"})
SOURCE_LISTS: Final = {
    "social": SOCIAL_SOURCES,
    "search": SEARCH_SOURCES,
    "shopping": SHOPPING_SOURCES,
    "video": VIDEO_SOURCES,
}

_SHOP_CAMPAIGN = r"(.*(([^a-df-z]|^)shop|shopping).*)"


def _rule(group: str, channel: str, combine: str, *conditions: tuple[Field, Match, str]) -> Rule:
    return Rule(
        name=group,
        channel=channel,
        conditions=tuple(Condition(field, match, value) for field, match, value in conditions),
        combine="all" if combine == "all" else "any",
    )


#: GA4's default channel grouping, in GA4's evaluation order.
DEFAULT_RULES: Final[tuple[Rule, ...]] = (
    _rule("Direct", "direct", "all", ("source", "exactly", "(direct)"), ("medium", "one_of", "(none)|(not set)")),
    _rule("Cross-network", "other", "any", ("campaign", "contains", "cross-network")),
    _rule("Paid Shopping", "paid_search", "all", ("source", "in_list", "shopping"), ("medium", "matches", PAID_MEDIUM)),
    _rule("Paid Shopping", "paid_search", "all", ("campaign", "matches", _SHOP_CAMPAIGN), ("medium", "matches", PAID_MEDIUM)),
    _rule("Paid Search", "paid_search", "all", ("source", "in_list", "search"), ("medium", "matches", PAID_MEDIUM)),
    _rule("Paid Social", "paid_social", "all", ("source", "in_list", "social"), ("medium", "matches", PAID_MEDIUM)),
    _rule("Paid Social", "paid_social", "all", ("medium", "matches", META_MEDIUM), ("medium", "matches", PAID_MARKER)),
    _rule("Paid Video", "display", "all", ("source", "in_list", "video"), ("medium", "matches", PAID_MEDIUM)),
    _rule("Display", "display", "any", ("medium", "one_of", "display|banner|expandable|interstitial|cpm")),
    _rule("Paid Other", "other", "any", ("medium", "matches", PAID_MEDIUM)),
    _rule("Organic Shopping", "other", "any", ("source", "in_list", "shopping"), ("campaign", "matches", _SHOP_CAMPAIGN)),
    _rule(
        "Organic Social", "organic_social", "any", ("source", "in_list", "social"),
        ("medium", "one_of", "social|social-network|social-media|sm|social network|social media"),
    ),
    _rule("Organic Video", "other", "any", ("source", "in_list", "video"), ("medium", "matches", r"(.*video.*)")),
    _rule("Organic Search", "organic_search", "any", ("source", "in_list", "search"), ("medium", "exactly", "organic")),
    _rule("Referral", "referral", "any", ("medium", "one_of", "referral|app|link")),
    _rule("Email", "email", "any", ("source", "matches", EMAIL_PATTERN), ("medium", "matches", EMAIL_PATTERN)),
    _rule("Affiliates", "other", "any", ("medium", "exactly", "affiliate")),
    _rule("Audio", "other", "any", ("medium", "exactly", "audio")),
    _rule("SMS", "sms", "any", ("source", "exactly", "sms"), ("medium", "exactly", "sms")),
    _rule(
        "Mobile Push Notifications", "other", "any", ("medium", "matches", r"(.*push$|.*mobile.*|.*notification.*)"),
        ("source", "exactly", "firebase"),
    ),
)  # fmt: skip

#: GA4 default channel group names (English and French UI) to our channel ids. Keys are casefolded.
GA4_GROUP_CHANNELS: Final = {
    "direct": "direct",
    "accès direct": "direct",
    "organic search": "organic_search",
    "recherche naturelle": "organic_search",
    "paid search": "paid_search",
    "recherche payante": "paid_search",
    "paid shopping": "paid_search",
    "shopping payant": "paid_search",
    "email": "email",
    "e-mail": "email",
    "organic social": "organic_social",
    "réseaux sociaux naturels": "organic_social",
    "paid social": "paid_social",
    "réseaux sociaux payants": "paid_social",
    "referral": "referral",
    "site référent": "referral",
    "référent": "referral",
    "sites référents": "referral",
    "display": "display",
    "paid video": "display",
    "vidéo payante": "display",
    "sms": "sms",
    "affiliates": "other",
    "affiliation": "other",
    "affiliés": "other",
    "audio": "other",
    "cross-network": "other",
    "multiréseau": "other",
    "organic shopping": "other",
    "shopping naturel": "other",
    "organic video": "other",
    "vidéo naturelle": "other",
    "paid other": "other",
    "autres résultats payants": "other",
    "mobile push notifications": "other",
    "notifications push mobiles": "other",
    "ai assistant": "referral",  # GA4's group (2025) for visits from AI assistants, formerly Referral
    "unassigned": "other",
    "non attribué": "other",
    "(other)": "other",
}
