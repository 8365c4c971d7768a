"""LinkedIn Campaign Manager column names (English and Dutch) and the report-period preamble.

Names are verbatim from parsers written against real exports (docs/formats.md cites them); `Reach`,
`Total Conversion Value` and their Dutch forms are from older reports and fixtures.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Final

NAMES: Final[dict[str, tuple[str, ...]]] = {
    "date": ("Start Date (in UTC)", "Begindatum (in UTC)", "Start Date"),
    "currency": ("Currency", "Valuta"),
    "group_name": ("Campaign Group Name", "Naam campagnegroep"),
    "group_id": ("Campaign Group ID", "Campagnegroep-ID"),
    "campaign_name": ("Campaign Name", "Campagnenaam"),
    "campaign_id": ("Campaign ID", "Campagne-ID"),
    "adset_name": ("Ad Set Name", "Naam van advertentieset"),
    "adset_id": ("Ad Set ID", "Advertentieset-ID"),
    "ad_name": ("Ad Name", "Advertentienaam"),
    "ad_id": ("Ad ID", "Advertentie-ID"),
    "cost": ("Total Spent", "Totaal besteed"),
    "impressions": ("Impressions", "Weergaven"),
    "reach": ("Reach", "Bereik"),
    "clicks": ("Clicks", "Klikken"),
    "landing_clicks": ("Clicks to Landing Page", "Klikken naar bestemmingspagina"),
    "engagements": ("Total Engagements", "Aantal interacties"),
    "conversions": ("Conversions", "Conversies"),
    "leads": ("Leads",),
    "conversion_value": ("Total Conversion Value", "Totale conversiewaarde"),
}

#: Header cells that only a Dutch export has: they switch numbers to `1.234,50` and dates to day first.
DUTCH_KEYS: Final = frozenset(
    name.casefold()
    for key in ("date", "cost", "impressions", "campaign_name", "engagements", "conversions")
    for name in NAMES[key][1:2]
)

PREAMBLE_TITLES: Final = (
    "Ad Performance Report",
    "Campaign Performance Report",
    "Rapport met advertentieprestaties",
)

_MONTHS: Final = {
    **{
        m: i
        for i, m in enumerate(
            [
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december",
            ],
            1,
        )
    },
    **{
        m: i
        for i, m in enumerate(
            [
                "januari",
                "februari",
                "maart",
                "april",
                "mei",
                "juni",
                "juli",
                "augustus",
                "september",
                "oktober",
                "november",
                "december",
            ],
            1,
        )
    },
}
_EN = re.compile(r"(?P<month>[a-z]+) (?P<day>\d{1,2}), (?P<year>\d{4})")
_NL = re.compile(r"(?P<day>\d{1,2}) (?P<month>[a-z]+) (?P<year>\d{4})")
_NUMERIC = re.compile(r"(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})")
_START = ("report start", "begindatum van rapport")
_END = ("report end", "einddatum van rapport")


def preamble_period(lines: list[str]) -> tuple[datetime, datetime] | None:
    """(start, end) from `Report Start: September 14, 2026, 12:00 AM` / `Report End: …` lines (EN or NL)."""
    start = end = None
    for line in lines:
        label, _, value = line.partition(":")
        key = label.strip().casefold()
        if key in _START:
            start = _parse_day(value)
        elif key in _END:
            end = _parse_day(value)
    return (start, end) if start and end else None


def _parse_day(text: str) -> datetime | None:
    text = text.strip().casefold()
    for pattern in (_EN, _NL, _NUMERIC):
        match = pattern.search(text)
        if match:
            month = match["month"]
            number = int(month) if month.isdigit() else _MONTHS.get(month)
            if number:
                try:
                    return datetime(int(match["year"]), number, int(match["day"]))
                except ValueError:
                    return None
    return None
