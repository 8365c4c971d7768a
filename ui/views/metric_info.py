"""What the views say about a metric: its name in the interface language, its formula, its unit.

Definitions come from the engine's `METRICS`; only the display names are translated here, because
the engine has no Qt and the interface must read well in French too.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from channelcompare.model import CHANNELS
from ui.views.palette import PLATFORM_LABELS, channel_label

#: Metrics the cards show, in order (cost per conversion only where known).
CARD_METRICS = (
    "click_rate",
    "interaction_rate",
    "conversion_rate",
    "revenue_per_1000",
    "cost_per_conversion",
)


def engine_metrics() -> Mapping[str, Any]:
    """The engine's metric definitions, audience first (every name the views show a tooltip for)."""
    from channelcompare.metrics import DEFINITIONS

    return DEFINITIONS


def metric_label(name: str, definition: Any | None = None) -> str:
    labels = {
        "audience": QCoreApplication.translate("metrics", "Audience"),
        "click_rate": QCoreApplication.translate("metrics", "Click rate"),
        "interaction_rate": QCoreApplication.translate("metrics", "Interaction rate"),
        "open_rate": QCoreApplication.translate("metrics", "Open rate"),
        "conversion_rate": QCoreApplication.translate("metrics", "Conversion rate"),
        "click_to_conversion": QCoreApplication.translate("metrics", "Click-to-conversion"),
        "revenue_per_1000": QCoreApplication.translate("metrics", "Revenue per 1,000"),
        "cost_per_conversion": QCoreApplication.translate("metrics", "Cost per conversion"),
        "roas": QCoreApplication.translate("metrics", "ROAS"),
    }
    if name in labels:
        return labels[name]
    return str(getattr(definition, "label", "") or name.replace("_", " ").capitalize())


def summary_label(summary: Any) -> str:
    """A channel summary's display name: the engine's label when it is a platform's brand name ("Meta
    Ads", "Instagram": never translated), else the channel's name in the interface language."""
    label = str(getattr(summary, "label", "") or "")
    if label and (getattr(summary, "platform", None) or label in PLATFORM_LABELS.values()):
        return label
    return channel_label(str(summary.channel))


def channel_order(channels: Iterable[str], baseline: str | None = None) -> list[str]:
    """Channels in the product's reading order: the baseline first, then email, automation, SMS,
    social, ads, web traffic (the order of the canonical model), unknown channels last."""
    rank = {channel: position for position, channel in enumerate(CHANNELS)}
    return sorted(channels, key=lambda c: (c != baseline, rank.get(c, len(rank)), c))


def ordered_summaries(comparison: Any) -> list[tuple[str, Any]]:
    channels = getattr(comparison, "channels", {}) or {}
    return [(c, channels[c]) for c in channel_order(channels, getattr(comparison, "baseline", None))]


def channel_names(comparison: Any) -> dict[str, str]:
    """Display name per channel key, as the Overview shows them ("Meta Ads" for paid social on Meta)."""
    channels = getattr(comparison, "channels", {}) or {}
    return {key: summary_label(summary) for key, summary in channels.items()}


def comparison_currency(comparison: Any) -> str | None:
    """The currency money metrics are in (the first channel that has one; the engine never mixes them)."""
    channels = getattr(comparison, "channels", {}) or {}
    return next((s.currency for s in channels.values() if getattr(s, "currency", None)), None)


def basis_label(basis: str | None) -> str:
    """The audience basis ("delivered", "reach", ...) as a word of the interface language."""
    words = {
        "delivered": QCoreApplication.translate("metrics", "delivered"),
        "sent": QCoreApplication.translate("metrics", "sent"),
        "reach": QCoreApplication.translate("metrics", "reached"),
        "impressions": QCoreApplication.translate("metrics", "impressions"),
        "sessions": QCoreApplication.translate("metrics", "sessions"),
    }
    # A channel pooled from sources with different bases reports them all ("impressions, reach").
    parts = [p.strip() for p in (basis or "").split(",") if p.strip()]
    return " + ".join(words.get(p, p) for p in parts)


def metric_kind(definition: Any | None) -> str:
    return str(getattr(definition, "kind", "rate") or "rate")


def metric_tooltip(name: str, definition: Any | None) -> str:
    """Rich-text tooltip: the metric's name, formula and description."""
    if definition is None:
        return f"<b>{html.escape(metric_label(name))}</b>"
    parts = [f"<b>{html.escape(metric_label(name, definition))}</b>"]
    formula = getattr(definition, "formula", "")
    if formula:
        parts.append(f"<code>{html.escape(str(formula))}</code>")
    description = getattr(definition, "description", "")
    if description:
        parts.append(html.escape(str(description)))
    flag = getattr(definition, "flag", None)
    if flag:
        parts.append(f"<i>⚠ {html.escape(str(flag))}</i>")
    return "<p style='white-space:pre-wrap'>" + "<br>".join(parts) + "</p>"


def metric_tooltips(metrics: Mapping[str, Any]) -> dict[str, str]:
    """Tooltip per metric name, for combo items."""
    return {name: metric_tooltip(name, definition) for name, definition in metrics.items()}
