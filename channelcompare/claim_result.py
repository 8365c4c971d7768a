"""What a verdict on one part of the claim is made of (channelcompare/claim.py): plain, typed data that a
tab, a report sheet and `claim --json` render alike."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Figure:
    """One number a verdict rests on, with its interval and what it was computed from."""

    key: str
    value: float | None
    ci: tuple[float, float] | None = None
    numerator: float | None = None
    denominator: float | None = None
    #: What the number counts ("interactions per post", "share of orders").
    unit: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "value": self.value,
            "ci": list(self.ci) if self.ci else None,
            "numerator": self.numerator,
            "denominator": self.denominator,
            "unit": self.unit,
        }


@dataclass(frozen=True)
class ClaimPart:
    """One part of the claim and its verdict."""

    key: str
    verdict: str  # "holds" | "does_not_hold" | "cant_tell"
    #: Further posts, sends or orders (`more_unit`) for the interval to exclude equality; only with cant_tell.
    more_needed: int | None
    figures: list[Figure]
    method: str
    caveats: list[str] = field(default_factory=list)
    more_unit: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "verdict": self.verdict,
            "more_needed": self.more_needed,
            "more_unit": self.more_unit,
            "figures": [figure.to_json() for figure in self.figures],
            "method": self.method,
            "caveats": list(self.caveats),
        }
