"""Names and numbers as the report's language writes them: channel labels, percentages, amounts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from channelcompare.compare import ChannelSummary, Comparison, Finding
from channelcompare.model import CHANNELS
from channelcompare.report.i18n import Words
from channelcompare.report.styles import CURRENCY_SYMBOLS
from channelcompare.wording import in_sentence


def groups(comparison: Comparison) -> Iterator[tuple[str, ChannelSummary]]:
    """Every channel, each followed by its platforms when the engine split it (key "channel/platform").

    The baseline comes first, then the channels in the model's order (email, automations, SMS, social,
    search, ...), so every sheet lists them the same way."""
    rank = {channel: index for index, channel in enumerate(CHANNELS)}
    ordered = sorted(
        comparison.channels.items(),
        key=lambda item: (item[0] != comparison.baseline, rank.get(item[0], len(rank)), item[0]),
    )
    for key, summary in ordered:
        yield key, summary
        for platform_key, platform in comparison.platforms.items():
            if platform_key.split("/", 1)[0] == key:
                yield platform_key, platform


def group_label(words: Words, summary: ChannelSummary) -> str:
    """ "Instagram" for a platform, the channel's name in the report's language otherwise."""
    is_platform_name = summary.platform is not None or (
        summary.label and summary.label != words_en_channel(summary.channel)
    )
    if is_platform_name and summary.label:
        return summary.label
    key = f"channel.{summary.channel}"
    return words.get(key) if words.has(key) else summary.label or summary.channel


def channel_order(comparison: Comparison, channels: Iterable[str]) -> list[str]:
    """`channels` in the order `groups` lists them (the app's order), unknown ones last."""
    rank = {key: index for index, (key, _) in enumerate(groups(comparison)) if "/" not in key}
    return sorted(channels, key=lambda channel: (rank.get(channel, len(rank)), channel))


def group_role(summary: ChannelSummary) -> str:
    """The cell style of a row's name: a platform is indented under its channel."""
    return "platform" if summary.platform else "label"


def words_en_channel(channel: str) -> str:
    english = Words("en")
    key = f"channel.{channel}"
    return english.get(key) if english.has(key) else channel


def yes_no(words: Words, value: bool | None) -> str | None:
    """A yes-or-no answer in the report's language (empty when there is no answer)."""
    return None if value is None else words.get("yes" if value else "no")


def finding_key(finding: Finding) -> str:
    return f"{finding.channel}/{finding.platform}" if finding.platform else finding.channel


def number(value: float, decimals: int, lang: str) -> str:
    text = f"{value:,.{decimals}f}"
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def percent(value: float, lang: str) -> str:
    scaled = value * 100
    decimals = 2 if scaled == 0 or abs(scaled) >= 0.01 else 4
    return number(scaled, decimals, lang) + ("\u00a0%" if lang == "fr" else "%")


def money(value: float, currency: str | None, lang: str) -> str:
    decimals = 2 if abs(value) < 100 else 0
    amount = number(value, decimals, lang)
    symbol = CURRENCY_SYMBOLS.get((currency or "").upper(), currency or "")
    if lang == "fr" or symbol == currency:
        return f"{amount}\u00a0{symbol}".rstrip()
    return f"{symbol}{amount}"


def value_text(value: float, kind: str, currency: str | None, lang: str) -> str:
    """A metric value as a sentence writes it."""
    if kind == "rate":
        return percent(value, lang)
    if kind in ("money", "per_1000"):
        return money(value, currency, lang)
    return number(value, 2, lang)


def p_value_fr(p_value: float | None) -> str | None:
    """A p-value as a sentence writes it ("< 0,0001" for tiny ones)."""
    if p_value is None:
        return None
    return "< 0,0001" if p_value < 0.0001 else number(p_value, 4, "fr").rstrip("0").rstrip(",")


def basis_label(words: Words, basis: str | None) -> str | None:
    """ "delivered emails", or "impressions, reach" when a channel mixes bases, in the report's language."""
    if not basis:
        return None
    parts = [words.get(f"basis.{p}") if words.has(f"basis.{p}") else p for p in basis.split(", ")]
    return ", ".join(parts)


def day_text(day: date, lang: str) -> str:
    return day.strftime("%d/%m/%Y") if lang == "fr" else day.strftime("%d %b %Y")


def period_text(words: Words, period: tuple[date, date] | None) -> str:
    """ "01 Sep 2026 – 30 Sep 2026" (French: "01/09/2026 – 30/09/2026"), or that nothing is dated."""
    if not period:
        return words.get("period.unknown")
    return f"{day_text(period[0], words.lang)} – {day_text(period[1], words.lang)}"


def report_title(words: Words, comparison: Comparison) -> str:
    """The title names the baseline the figures are set against: "… against paid social" when it is."""
    if comparison.baseline == "email":
        return words.get("title")
    key = f"channel.{comparison.baseline}"  # the channel, even when named after its one platform elsewhere
    name = words.get(key) if words.has(key) else comparison.baseline
    return words.get("title.baseline", baseline=in_sentence(name) if words.lang == "en" else name)
