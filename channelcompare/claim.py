"""The claim, head on: one verdict per part of the widely repeated finding that social networks bring
under 1% of e-commerce sales, far fewer interactions per post than email and than retargeted email, and
that posting in the audience's peak hours pays (docs/metrics.md, "The claim").

Each part is `holds`, `does_not_hold` or `cant_tell`, from a 95% interval against equality (or against
the published figure); when it can't tell, `more_needed` says about how many more posts, sends or orders
at the current rates would settle it (channelcompare/claim_stats.py). Qt-free and plain data, so a tab,
a report sheet and `claim --json` render the same parts.
"""

from __future__ import annotations

import numpy as np

from channelcompare.claim_parts import interactions_part, peak_hours_part, share_part
from channelcompare.claim_result import ClaimPart, Figure
from channelcompare.flows import UNKNOWN_NOTE_END
from channelcompare.results import Comparison

__all__ = ["PART_KEYS", "ClaimPart", "Figure", "assess_claim"]

#: The parts, in the claim's order.
PART_KEYS = ("share_of_sales", "interactions_per_post_vs_email", "vs_retargeted_email", "peak_hours")


def assess_claim(
    comparison: Comparison, *, peak_hours: tuple[int, ...] | None = None, opens_as_interactions: bool = False
) -> list[ClaimPart]:
    """Every part of the claim on `comparison` (as `compare` made it). `peak_hours`: the user's choice of
    the audience's hours (0-23), else the top hours by volume of posts."""
    social = _totals(comparison, ("organic_social", "paid_social"))
    email, retargeted = _totals(comparison, ("email",)), _totals(comparison, ("email_retargeting",))
    hours = _hours(comparison, ("organic_social", "paid_social"))
    retargeting = interactions_part("vs_retargeted_email", social, retargeted, "email_retargeting", False)
    retargeting.caveats.extend(w for w in comparison.warnings if w.endswith(UNKNOWN_NOTE_END))
    return [
        share_part(comparison.share_of_sales),
        interactions_part("interactions_per_post_vs_email", social, email, "email", opens_as_interactions),
        retargeting,
        peak_hours_part(social, hours, peak_hours),
    ]


def _totals(comparison: Comparison, channels: tuple[str, ...]) -> np.ndarray:
    samples = [comparison.items[c].totals for c in channels if c in comparison.items]
    return np.concatenate(samples) if samples else np.array([], dtype=np.float64)


def _hours(comparison: Comparison, channels: tuple[str, ...]) -> np.ndarray:
    samples = [comparison.items[c].hours for c in channels if c in comparison.items]
    return np.concatenate(samples) if samples else np.array([], dtype=np.int64)
