"""What a comparison is asked for: the baseline channel, the filters, and the optional extras."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from channelcompare.attribution import RuleSet
from channelcompare.currency import RateTable


@dataclass
class CompareOptions:
    """What to compare: the baseline channel, the filters, and the optional extras."""

    baseline: str = "email"
    start: date | None = None
    end: date | None = None
    platforms: tuple[str, ...] | None = None
    channels: tuple[str, ...] | None = None
    campaign_contains: str | None = None
    opens_as_interactions: bool = False
    period_over_period: bool = False
    #: Rows straddling the date range are pro-rated by day (additive measures only) instead of left out.
    prorate: bool = False
    #: channel -> effort cost for the period (hours × rate + tool fees), in the channel's currency.
    effort_costs: dict[str, float] = field(default_factory=dict)
    #: An edited benchmark file; the bundled one when None.
    benchmarks_path: Path | None = None
    #: The user's channel rules for store orders (attribution); GA4's default grouping when None.
    channel_rules: RuleSet | None = None
    #: Convert every amount to this currency (ECB rate of each amount's own date); None keeps currencies apart.
    reporting_currency: str | None = None
    #: The exchange rates to use; when None, the downloaded ECB rates if any, else the bundled snapshot.
    rates: RateTable | None = None

    def filter_kwargs(self) -> dict[str, Any]:
        """The filters, as keyword arguments of `channelcompare.filters.filter_records`."""
        return {
            "start": self.start,
            "end": self.end,
            "platforms": self.platforms,
            "channels": self.channels,
            "campaign_contains": self.campaign_contains,
        }
