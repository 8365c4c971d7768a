"""What every column of the Parquet tables is: its type, unit and definition, said once.

The same `Field` gives the Parquet column its Arrow type and the `datapackage.json` its Frictionless Table
Schema field, so a BI tool reads what the file holds. Metric definitions come from `channelcompare.metrics`
(the single definition); measures and text columns from the canonical model (`docs/data-model.md`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from channelcompare.metrics import METRICS, MetricDef
from channelcompare.model import MONEY_MEASURES

#: Frictionless types used here (Table Schema spec); each maps to one Arrow type in `parquet.py`.
TYPES: Final = ("string", "number", "integer", "boolean", "datetime", "date")
ROW_MONEY: Final = "money in the row's currency (column currency)"
CHANNEL_MONEY: Final = "money in the channel's currency (channels table, column currency)"


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    description: str
    unit: str | None = None


def metric_unit(metric: MetricDef, money: str) -> str:
    return {
        "rate": "proportion (0 to 1; 0.031 = 3.1%)",
        "per_1000": f"{money}, per 1,000 of the audience basis (delivered emails, impressions...)",
        "money": money,
        "ratio": "currency units of revenue per currency unit of cost",
    }.get(metric.kind, "count")


def metric_fields(money: str) -> list[Field]:
    return [
        Field(m.name, "number", f"{m.label}: {m.formula}. {m.description}", metric_unit(m, money))
        for m in METRICS.values()
    ]


_MEASURES: Final = {
    "sent": "Messages sent.",
    "delivered": "Messages delivered (sent less bounces).",
    "opens": "Unique opens (inflated by Apple Mail Privacy Protection).",
    "clicks": "Unique clicks; link clicks for ads.",
    "engagements": "The platform's engagements (reactions, comments, shares, saves, clicks...).",
    "reach": "Unique people reached.",
    "impressions": "Times shown.",
    "sessions": "Web sessions.",
    "conversions": "Conversions (purchases) the source attributes to the row.",
    "orders": "Store orders.",
    "revenue": "Revenue the source attributes to the row.",
    "cost": "Spend, plus any effort cost entered.",
}


def measure_fields() -> list[Field]:
    return [
        Field(name, "number", text + " Empty when the source does not say.", ROW_MONEY if name in MONEY_MEASURES else "count")
        for name, text in _MEASURES.items()
    ]  # fmt: skip


CHANNEL: Final = Field(
    "channel", "string", "Channel: email, email_automation, email_retargeting, organic_social, paid_social..."
)
PLATFORM: Final = Field("platform", "string", "Platform of the export (mailchimp, meta, instagram...).")
CAMPAIGNS: Final = Field("campaigns", "integer", "Campaign rows pooled into the figure.", "count")
AUDIENCE: Final = Field(
    "audience", "number", "What the rates are per: delivered (else sent) for email, impressions (else "
    "reach) for ads, reach (else impressions) for organic posts, sessions for web traffic; summed over the "
    "rows (summed reach is not unique people; column audience_basis says which).", "count",
)  # fmt: skip
INTERACTIONS: Final = Field(
    "interactions", "number", "Social engagements; unique clicks for email (opens when asked).", "count"
)

CHANNEL_FIELDS: Final = [
    CHANNEL,
    Field("platform", "string", "Platform, when the row is one platform within a social channel; else empty."),
    Field("label", "string", "The channel (or platform) as the report names it."),
    Field("metric", "string", "Metric of this row (definitions: the metric columns of the campaigns table)."),
    Field("value", "number", "The metric pooled over the channel's rows: sum(numerator) / sum(denominator).",
          "as the metric: proportion for rates, money for money metrics"),
    Field("ci_low", "number", "Lower end of the 95% interval of value.", "as value"),
    Field("ci_high", "number", "Upper end of the 95% interval of value.", "as value"),
    Field("numerator", "number", "Sum of the metric's numerator over the rows where both parts are known.",
          "count or money"),
    Field("denominator", "number", "Sum of the metric's denominator over the same rows.", "count or money"),
    Field("baseline_value", "number", "The same metric for the baseline channel.", "as value"),
    Field("ratio", "number", "value / baseline_value.", "ratio"),
    Field("ratio_ci_low", "number", "Lower end of the 95% interval of ratio.", "ratio"),
    Field("ratio_ci_high", "number", "Upper end of the 95% interval of ratio.", "ratio"),
    Field("p_value", "number", "Holm-adjusted two-sided p-value of the difference from the baseline.",
          "probability"),
    Field("significant", "boolean", "Holm-adjusted p < 0.05 and, with 3+ campaigns on each side, the "
          "campaign-level interval of ratio excludes 1 (money metrics: that interval alone)."),
    Field("verdict", "string", "above, below, no_difference or not_enough_data, against the baseline."),
    Field("social_below_email", "boolean", "A social channel significantly worse than an email baseline."),
    Field("currency", "string", "ISO 4217 code of the channel's money figures."),
    AUDIENCE,
    Field("audience_basis", "string", "Which count the audience is: delivered, sent, reach, impressions..."),
    CAMPAIGNS,
]  # fmt: skip

def _paired_metric_fields(money: str, names: tuple[str, ...], unit_of_count: str) -> list[Field]:
    """Each metric of `names` with the numerator, denominator and campaigns its cell's value rests on."""
    out: list[Field] = []
    for field in metric_fields(money):
        if field.name in names:
            out += [
                field,
                Field(f"{field.name}.num", "number", f"Numerator of {field.name}, over the cell's rows that carry both parts.", "count or money"),
                Field(f"{field.name}.den", "number", f"Denominator of {field.name}, over the same rows.", "count or money"),
                Field(f"{field.name}.campaigns", "integer", f"Distinct {unit_of_count} {field.name} rests on.", "count"),
            ]  # fmt: skip
    return out


TIMING_FIELDS: Final = [
    CHANNEL,
    Field("weekday", "integer", "Weekday of the send or post time, 0 = Monday.", "weekday"),
    Field("weekday_name", "string", "Weekday name (Monday... Sunday)."),
    Field("hour", "integer", "Hour of the send or post time, as exported (local time).", "hour 0-23"),
    *_paired_metric_fields(CHANNEL_MONEY, ("click_rate", "interaction_rate"), "sends or posts"),
]

TRENDS_FIELDS: Final = [
    CHANNEL,
    Field("period_start", "date", "First day of the bucket: the day, the Monday of the week, or the 1st of the month."),
    Field("bucket", "string", "The bucket's length: day, week or month (the finest every shown row fits in)."),
    *_paired_metric_fields(CHANNEL_MONEY, tuple(METRICS), "campaigns (campaign keys)"),
]

CAMPAIGN_FIELDS: Final = [
    CHANNEL,
    PLATFORM,
    Field("campaign_id", "string", "The platform's campaign, post, ad or flow id."),
    Field("campaign_name", "string", "Campaign, post, ad or flow name as exported."),
    Field("currency", "string", "ISO 4217 code of the row's money figures."),
    Field("attribution", "string", "The platform's attribution setting for its conversions."),
    Field("derived", "string", "Measures computed from a rate in the export (comma-separated)."),
    Field("start", "datetime", "Send or post time (then equal to end), else the start of the period."),
    Field("end", "datetime", "End of the reporting period."),
    *measure_fields(),
    Field("rows", "integer", "Imported rows summed into this line (per week beyond 20,000 lines).", "count"),
    AUDIENCE,
    Field("audience_basis", "string", "Which count the audience is: delivered, sent, reach, impressions..."),
    INTERACTIONS,
    *metric_fields(ROW_MONEY),
    Field("prorated", "string", "Empty, or how the row was cut to the window when pro-rating is on: "
          "'pro-rated: 16 of 30 days' (additive measures scaled by that share, reach unknown)."),
    Field("source_file", "string", "File the row was imported from."),
    Field("format_id", "string", "Export format recognised in that file."),
    Field(
        "source_line",
        "integer",
        "1-based line (CSV) or row (XLSX) in the source file; for summed rows, "
        "the first one's; 0 when unknown.",
    ),
]

TABLES: Final = {
    "channels": CHANNEL_FIELDS,
    "campaigns": CAMPAIGN_FIELDS,
    "timing": TIMING_FIELDS,
    "trends": TRENDS_FIELDS,
}
