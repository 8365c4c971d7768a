"""X account analytics content export: its column names in each UI language, and its fixed column order.

English (2024+ and early 2025: `Post Link` or `Link`, `Shares` or `Share`, `URL Clicks` or `Url clicks`)
and Japanese are verbatim from real exports (docs/formats.md). X writes the same 17 columns in the same
order in every language, so an export in a UI language not listed here (French, Spanish, German,
Portuguese...) is read by position when its rows prove the shape: a numeric post id first and an
`x.com/.../status/...` link fourth. Matching ignores case.
"""

from __future__ import annotations

from typing import Final

#: role -> the column's names, English first.
NAMES: Final[dict[str, tuple[str, ...]]] = {
    "post_id": ("Post id", "ポストID"),
    "date": ("Date", "日付"),
    "text": ("Post text", "ポスト本文"),
    "link": ("Post Link", "Link", "ポストのリンク"),
    "impressions": ("Impressions", "インプレッション数"),
    "engagements": ("Engagements", "エンゲージメント"),
    "clicks": ("URL Clicks", "URLのクリック数"),
}

#: The export's columns by position (0-based), the same in every UI language.
POSITIONS: Final[dict[str, int]] = {
    "post_id": 0,
    "date": 1,
    "text": 2,
    "link": 3,
    "impressions": 4,
    "engagements": 6,
    "clicks": 14,
}
WIDTH: Final = 17

#: A post link; `.../status/undefined` is an artefact row X writes for a post it cannot name.
STATUS_LINK: Final = r"^https?://(?:www\.)?(?:x|twitter)\.com/[^/]+/status/"
ARTEFACT_LINK: Final = r"/status/undefined/?$"
