"""The metrics: one definition each, and their per-row values for the Campaigns table.

Every metric is a ratio of two summed measures (numerator / denominator). A rate is computed only over the
rows where both its numerator and its denominator are known: a row that lacks the measure (NaN) says
nothing about it, and counting its audience would dilute the rate. The audience of a row is its delivered
emails (else sent) for email and SMS, its impressions (else reach) for ads, its reach (else impressions)
for organic posts, its sessions for web traffic; `audience_basis` names the one used.

Why impressions for ads: reach is people de-duplicated by the platform over the rows it was exported for
(channelcompare/grain.py); the reach of several ads or days does not add up, so a channel's pooled
audience built from it would count people several times. Impressions add up, and every ad platform
reports them. A post's reach is the post's own: summed over posts it is labelled "reach, summed over
posts", never unique people.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np
import pandas as pd

from channelcompare.model import EMAIL_CHANNELS


@dataclass(frozen=True)
class MetricDef:
    """A metric's single definition. `kind`: "rate" | "per_1000" | "money" | "ratio" (| "count")."""

    name: str
    label: str
    formula: str
    kind: str
    numerator: str
    denominator: str
    description: str
    #: False when a lower value is better (cost per conversion).
    higher_is_better: bool = True
    #: A caution shown with the number (open rates are inflated by Apple Mail Privacy Protection).
    flag: str | None = None

    @property
    def is_proportion(self) -> bool:
        """True for rates of events among an audience: binomial statistics apply."""
        return self.kind == "rate"


MPP_FLAG: Final = (
    "Opens are inflated by Apple Mail Privacy Protection (since September 2021 every Apple Mail "
    "recipient registers an open), so open rates overstate real reading."
)

AUDIENCE: Final = MetricDef(
    "audience",
    "Audience",
    "delivered (else sent) | impressions (else reach) for ads | reach (else impressions) for posts | sessions",
    "count",
    "audience",
    "",
    "What the channel's rates are per: delivered emails (else sent) for email and SMS, impressions (else "
    "reach) for ads, reach (else impressions) for organic posts, summed over posts (not unique people), "
    "sessions for web traffic. The basis is reported with the number.",
)

METRICS: Final[dict[str, MetricDef]] = {
    m.name: m
    for m in (
        MetricDef(
            "click_rate",
            "Click rate",
            "clicks / audience",
            "rate",
            "clicks",
            "audience",
            "Unique clicks (link clicks for ads) per person reached.",
        ),
        MetricDef(
            "interaction_rate",
            "Interaction rate",
            "interactions / audience",
            "rate",
            "interactions",
            "audience",
            "Social: the platform's engagements per person reached. Email: unique clicks per delivered "
            "email (opens only when asked, since opens are inflated).",
        ),
        MetricDef(
            "open_rate",
            "Open rate",
            "opens / audience",
            "rate",
            "opens",
            "audience",
            "Unique opens per delivered email (email only).",
            flag=MPP_FLAG,
        ),
        MetricDef(
            "conversion_rate",
            "Conversion rate",
            "conversions / audience",
            "rate",
            "conversions",
            "audience",
            "Conversions (purchases the source attributes; orders when the source reports no "
            "conversions) per person reached.",
        ),
        MetricDef(
            "click_to_conversion",
            "Click-to-conversion",
            "conversions / clicks",
            "rate",
            "conversions",
            "clicks",
            "Conversions per click: how well the clicks the channel brings turn into sales.",
        ),
        MetricDef(
            "revenue_per_1000",
            "Revenue per 1,000 reached",
            "1000 × revenue / audience",
            "per_1000",
            "revenue",
            "audience",
            "Attributed revenue for every 1,000 people reached, in the currency.",
        ),
        MetricDef(
            "cost_per_conversion",
            "Cost per conversion",
            "cost / conversions",
            "money",
            "cost",
            "conversions",
            "Spend (plus any effort cost entered) per conversion.",
            higher_is_better=False,
        ),
        MetricDef(
            "roas",
            "ROAS",
            "revenue / cost",
            "ratio",
            "revenue",
            "cost",
            "Attributed revenue per unit of spend (plus any effort cost entered).",
        ),
    )
}

#: Not compared between channels (it is the platforms' own average order, set against the store's in share
#: of sales), but paired like every metric: the funnel's step from conversions to revenue.
REVENUE_PER_CONVERSION: Final = MetricDef(
    "revenue_per_conversion",
    "Revenue per conversion",
    "revenue / conversions",
    "money",
    "revenue",
    "conversions",
    "Attributed revenue per conversion, over the rows that report both.",
)
#: Every numerator/denominator pair the campaign table carries: the metrics and the funnel's last step.
PAIRS: Final[dict[str, MetricDef]] = {**METRICS, REVENUE_PER_CONVERSION.name: REVENUE_PER_CONVERSION}

#: Every definition shown to the user (tooltips, report Definitions sheet), audience first.
DEFINITIONS: Final[dict[str, MetricDef]] = {"audience": AUDIENCE, **METRICS}

#: channel -> measures tried in order for the audience.
_EMAIL_LIKE = (*EMAIL_CHANNELS, "sms")
_PAID_LIKE = ("paid_social", "paid_search", "display")
_POST_LIKE = ("organic_social",)
#: Sessions close every list: a channel seen only in web analytics (GA4's "Email" row) is still measured.
_AUDIENCE_BASES: Final = {
    **{c: ("delivered", "sent", "sessions") for c in _EMAIL_LIKE},
    **{c: ("impressions", "reach", "sessions") for c in _PAID_LIKE},
    **{c: ("reach", "impressions", "sessions") for c in _POST_LIKE},
}
_WEB_BASES: Final = ("sessions",)
_SCALE: Final = {"per_1000": 1000.0}


def audience_bases(channel: str) -> tuple[str, ...]:
    """The measures that make a channel's audience, most preferred first."""
    return _AUDIENCE_BASES.get(channel, _WEB_BASES)


_BASIS_NAMES: Final = ("", "delivered", "sent", "reach", "impressions", "sessions")


def audience(records: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Per row: the audience and the name of the measure it came from ("" when unknown, categorical)."""
    channel = records["channel"]
    groups = (
        (channel.isin(_EMAIL_LIKE).to_numpy(), _AUDIENCE_BASES["email"]),
        (channel.isin(_PAID_LIKE).to_numpy(), _AUDIENCE_BASES["paid_social"]),
        (channel.isin(_POST_LIKE).to_numpy(), _AUDIENCE_BASES["organic_social"]),
        (~channel.isin([*_AUDIENCE_BASES]).to_numpy(), _WEB_BASES),
    )
    conditions, values, codes = [], [], []
    for in_group, bases in groups:
        for measure in bases:  # np.select takes the first true condition: the preferred basis
            column = records[measure].to_numpy()
            conditions.append(in_group & ~np.isnan(column))
            values.append(column)
            codes.append(_BASIS_NAMES.index(measure))
    value = np.select(conditions, values, default=np.nan)
    code = np.select(conditions, codes, default=0)
    basis = pd.Categorical.from_codes(code.astype(np.int8), categories=pd.Index(_BASIS_NAMES))
    return pd.Series(value, index=records.index), pd.Series(basis, index=records.index)


def interactions(records: pd.DataFrame, *, opens_as_interactions: bool = False) -> pd.Series:
    """Per row: engagements for social and other channels, unique clicks (or opens) for email and SMS."""
    email_like = records["channel"].isin(_EMAIL_LIKE)
    email_measure = records["opens"] if opens_as_interactions else records["clicks"]
    return email_measure.where(email_like, records["engagements"])


def conversions(records: pd.DataFrame) -> pd.Series:
    """Per row: conversions, else orders when the source reports orders but no conversions."""
    return records["conversions"].fillna(records["orders"])


def measure_table(records: pd.DataFrame, *, opens_as_interactions: bool = False) -> pd.DataFrame:
    """The derived measures every metric is built from: audience, basis, interactions, conversions."""
    value, basis = audience(records)
    return pd.DataFrame(
        {
            "audience": value,
            "audience_basis": basis,
            "clicks": records["clicks"],
            "interactions": interactions(records, opens_as_interactions=opens_as_interactions),
            "opens": records["opens"].where(records["channel"].isin(_EMAIL_LIKE)),
            "conversions": conversions(records),
            "revenue": records["revenue"],
            "cost": records["cost"],
        },
        index=records.index,
    )


def paired(measures: pd.DataFrame, metric: MetricDef) -> tuple[pd.Series, pd.Series]:
    """Numerator and denominator of `metric` per row, both NaN unless both are known."""
    numerator, denominator = measures[metric.numerator], measures[metric.denominator]
    known = numerator.notna() & denominator.notna()
    return numerator.where(known), denominator.where(known)


def scale(kind: str) -> float:
    """The factor a metric's ratio is multiplied by (1000 for per-1,000 metrics, else 1)."""
    return _SCALE.get(kind, 1.0)


def ratio_values(
    numerator: pd.Series | np.ndarray, denominator: pd.Series | np.ndarray, kind: str
) -> np.ndarray:
    """numerator / denominator (× 1000 for per-1,000 metrics); NaN where the denominator is 0 or unknown."""
    num = np.asarray(numerator, dtype=np.float64)
    den = np.asarray(denominator, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = scale(kind) * num / den
    return np.where(den > 0, out, np.nan)


def campaign_metrics(records: pd.DataFrame, *, opens_as_interactions: bool = False) -> pd.DataFrame:
    """The records with audience, audience_basis, interactions and one column per metric, per row."""
    measures = measure_table(records, opens_as_interactions=opens_as_interactions)
    out = records.copy()
    out["audience"] = measures["audience"]
    out["audience_basis"] = measures["audience_basis"].astype("str")
    out["interactions"] = measures["interactions"]
    for name, metric in METRICS.items():
        out[name] = ratio_values(*paired(measures, metric), metric.kind)
    return out
