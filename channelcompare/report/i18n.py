"""The report's words in English and French: sheet names, headings, channel and metric names.

Kept in one table per language so a translator sees every string at once. `Words.get(key, **values)`
fills `{placeholders}`; a key missing in French falls back to English rather than failing.
"""

from __future__ import annotations

from typing import Final

from channelcompare.report.i18n_fr import FRENCH

LANGUAGES: Final = ("en", "fr")

ENGLISH: Final[dict[str, str]] = {
    "sheet.summary": "Summary",
    "sheet.channels": "Channels",
    "sheet.campaigns": "Campaigns",
    "sheet.timing": "Timing",
    "sheet.trends": "Trends",
    "sheet.sources": "Sources",
    "sheet.definitions": "Definitions",
    "title": "Channel comparison: where social stands against email",
    "title.baseline": "Channel comparison: every channel against {baseline}",
    "yes": "yes",
    "no": "no",
    "period": "Period",
    "period.unknown": "no dated records",
    "sources": "Sources",
    "sources.count": "{files} files, {rows} records",
    "baseline": "Baseline",
    "generated": "Generated",
    "metric.chosen": "Metric charted",
    "findings": "Findings",
    "findings.none": "No channel could be compared with the baseline on this metric.",
    "findings.marker": "▼ Social below email",
    "key_figures": "Key figures per channel (95% intervals)",
    "warnings": "Warnings",
    "chart.metric": "{metric} by channel, with 95% intervals",
    "chart.funnel": "Funnel step rates by channel",
    "chart.benchmark": "Published benchmark",
    "chart.trend": "Weekly {metric} by channel",
    "col.channel": "Channel",
    "col.platform": "Platform",
    "col.metric": "Metric",
    "col.value": "Value",
    "col.ci_low": "95% CI low",
    "col.ci_high": "95% CI high",
    "col.numerator": "Numerator",
    "col.denominator": "Denominator",
    "col.baseline_value": "Baseline value",
    "col.ratio": "Ratio to baseline",
    "col.ratio_low": "Ratio 95% CI low",
    "col.ratio_high": "Ratio 95% CI high",
    "col.p_value": "p-value (Holm)",
    "col.significant": "Significant",
    "col.underperforms": "Significantly worse",
    "col.verdict": "Verdict",
    "col.impact": "Impact",
    "col.finding": "Finding",
    "col.audience": "Audience",
    "col.basis": "Per (basis)",
    "col.audience_basis": "Audience basis",
    "col.campaigns": "Campaigns",
    "col.prorated": "Pro-rated",
    "col.currency": "Currency",
    "col.flag": "Social below email",
    "col.file": "File",
    "col.format": "Detected format",
    "col.rows": "Rows imported",
    "col.rejected": "Rows rejected",
    "col.line": "Line",
    "col.column": "Column",
    "col.reason": "Reason",
    "col.warning": "Warning",
    "col.first_day": "First day",
    "col.last_day": "Last day",
    "col.formula": "Formula",
    "col.kind": "Unit",
    "col.description": "What it means",
    "col.week": "Week",
    "col.weekday": "Weekday",
    "col.hour": "Hour",
    "col.records": "Campaign periods",
    "col.stage": "Stage",
    "verdict.below": "below baseline",
    "verdict.above": "above baseline",
    "verdict.no_difference": "no clear difference",
    "verdict.not_enough_data": "not enough data",
    "channels.note": "Red rows: the channel is significantly worse than the baseline on that metric "
    "(Holm-adjusted p < 0.05). Ratios below 1 mean less than the baseline.",
    "campaigns.note": "One row per campaign and period (a send, a post, a day of an ad campaign), as the "
    "comparison counts them: rows of the same campaign, period and file that differ only in their figures "
    "(one per ad in a Meta export) are summed ({records} rows).",
    "campaigns.weekly": "{records} campaign periods (a send, a post, a day of an ad campaign, as the "
    "comparison counts them) are too many to list one by one: those of the same campaign in the same file "
    "are summed per week (Monday to Sunday), giving {rows} rows. The Campaign periods column says how many "
    "each row sums.",
    "campaigns.excluded": "Store orders ({rows}) are not campaigns: they count in share of sales, not here.",
    "campaigns.analytics_excluded": "GA4 rows ({rows}) of channels that campaign exports cover are left out, "
    "as in the comparison (their sessions would count the audience twice).",
    "campaigns.split": "Excel holds 1,048,576 rows per sheet: this list continues on sheet {next}.",
    "timing.title": "{metric} by send or post time (weekday × hour, local time as exported)",
    "timing.none": "No record carries a send or post time.",
    "trends.title": "Weekly {metric} by channel (week starting Monday)",
    "trends.title.day": "Daily {metric} by channel",
    "trends.title.week": "Weekly {metric} by channel (week starting Monday)",
    "trends.title.month": "Monthly {metric} by channel (the finest period every source's rows fit in)",
    "trends.coarse": "Not drawn, their rows are longer than one period: {sources}.",
    "col.period_start": "Period starting",
    "trends.none": "No dated records to draw a weekly trend.",
    "sources.rejections": "Rejected rows",
    "sources.rejections.capped": "The first {shown:,} of {total:,} rejected rows are listed.",
    "sources.none_rejected": "No row was rejected.",
    "sources.warnings": "Warnings while importing",
    "definitions.metrics": "Metrics",
    "definitions.methods": "Statistical method",
    "kind.rate": "share of the audience",
    "kind.per_1000": "amount per 1,000 of the audience basis (delivered emails, impressions, sessions...)",
    "kind.money": "amount in the currency",
    "kind.ratio": "multiple",
    "kind.count": "count",
    "sales": "Store sales",
    "sales.share": "Share of store sales by channel",
    "sales.unattributed": "No channel signal",
    "sales.claimed": "What platforms claim against what the store observed",
    "sales.claimed.note": "Platforms credit themselves with sales under their own attribution windows; the "
    "store attributes an order to a channel by its discount code or UTM tags. Red: the platform claims more.",
    "col.orders": "Orders",
    "col.store_revenue": "Store revenue",
    "col.revenue_share": "Share of revenue",
    "col.order_share": "Share of orders",
    "col.ga4_sessions": "GA4 sessions",
    "col.ga4_revenue": "GA4 revenue",
    "col.ga4_share": "GA4 share of revenue",
    "col.claimed_revenue": "Claimed revenue",
    "col.claimed_conversions": "Claimed conversions",
    "col.observed_revenue": "Store revenue",
    "col.observed_orders": "Store orders",
    "col.claim_ratio": "Claimed ÷ store",
    "col.previous": "Previous period",
    "col.change": "Change",
    "definitions.benchmarks": "Published benchmarks (reference lines, with their source)",
    "col.source": "Source and method",
    "channel.social": "Social (all)",
    "channel.all": "All channels",
    "metric.share_of_orders": "Share of store orders",
    "metric.share_of_revenue": "Share of store revenue",
    "metric.share_of_visits": "Share of site visits",
    "col.click_through": "Click rate (rows with clicks)",
    "col.click_conversion": "Conversions ÷ clicks",
    "col.step_of": "… of",
    "col.revenue_per_conversion": "Revenue ÷ conversions",
    "funnel": "Funnel by channel",
    "channel.email": "Email",
    "channel.email_automation": "Email automations",
    "channel.email_retargeting": "Retargeted email",
    "channel.sms": "SMS",
    "channel.organic_social": "Organic social",
    "channel.paid_social": "Paid social",
    "channel.paid_search": "Paid search",
    "channel.display": "Display",
    "channel.organic_search": "Organic search",
    "channel.direct": "Direct",
    "channel.referral": "Referral",
    "channel.other": "Other",
    "basis.delivered": "delivered emails",
    "basis.sent": "sent emails",
    "basis.reach": "reach",
    "basis.impressions": "impressions",
    "basis.sessions": "sessions",
    "basis.clicks": "clicks",
    "basis.conversions": "conversions",
    "basis.cost": "cost",
    "col.campaign": "Campaign or post",
    "col.campaign_id": "Campaign ID",
    "col.start": "Start",
    "col.end": "End",
    "col.source_file": "Source file",
    "col.source_line": "First line",
    "col.attribution": "Attribution",
    "col.interactions": "Interactions",
    "measure.sent": "Sent",
    "measure.delivered": "Delivered",
    "measure.opens": "Opens",
    "measure.clicks": "Clicks",
    "measure.engagements": "Engagements",
    "measure.reach": "Reach",
    "measure.impressions": "Impressions",
    "measure.sessions": "Sessions",
    "measure.conversions": "Conversions",
    "measure.orders": "Orders",
    "measure.revenue": "Revenue",
    "measure.cost": "Cost",
}

WEEKDAYS: Final = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}

_TABLES: Final = {"en": ENGLISH, "fr": FRENCH}


class Words:
    """The report's strings in one language."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"report language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
        self.lang = lang
        self._table = _TABLES[lang]
        #: The text at the top of every printed page (title and period); `write_report` sets it.
        self.page_header = ""

    def get(self, key: str, **values: object) -> str:
        template = self._table.get(key) or ENGLISH[key]
        return template.format(**values) if values else template

    def has(self, key: str) -> bool:
        return key in self._table or key in ENGLISH

    def weekday(self, index: int) -> str:
        return WEEKDAYS[self.lang][index]
