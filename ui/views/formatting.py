"""Numbers, money, rates and intervals written the way the user's locale writes them.

Every view formats through here so that "3.24%" in English is "3,24 %" in French everywhere, and
money carries its currency symbol. Missing values (None or NaN) are shown as an en dash, never as 0.
"""

from __future__ import annotations

import math
from typing import Final

from PySide6.QtCore import QCoreApplication, QDate, QLocale

MISSING: Final = "–"
_SYMBOLS: Final = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF", "JPY": "¥", "CAD": "CA$", "AUD": "A$"}
#: Languages that put a (narrow no-break) space before the percent sign.
_SPACED_PERCENT: Final = {QLocale.Language.French, QLocale.Language.German, QLocale.Language.Swedish}


def is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _decimals_for_percent(percent: float) -> int:
    # Small rates need more digits to stay distinguishable (0.41% vs 0.47%), big ones fewer.
    size = abs(percent)
    if size == 0 or size >= 10:
        return 1
    return 2


def percent(value: float | None, locale: QLocale | None = None, decimals: int | None = None) -> str:
    """A proportion (0.0324) as a percentage ("3.24%")."""
    if is_missing(value):
        return MISSING
    locale = locale or QLocale()
    pct = float(value) * 100  # type: ignore[arg-type]
    digits = _decimals_for_percent(pct) if decimals is None else decimals
    space = "\u202f" if locale.language() in _SPACED_PERCENT else ""
    return f"{locale.toString(pct, 'f', digits)}{space}%"


def count(value: float | None, locale: QLocale | None = None) -> str:
    """A count with the locale's group separator ("18,000" / "18 000")."""
    if is_missing(value):
        return MISSING
    return (locale or QLocale()).toString(round(float(value)))  # type: ignore[arg-type]


def compact_count(value: float | None, locale: QLocale | None = None) -> str:
    """A count shortened for cards and axes: 1.2k, 3.4M (decimal separator from the locale)."""
    if is_missing(value):
        return MISSING
    locale = locale or QLocale()
    number = float(value)  # type: ignore[arg-type]
    for threshold, suffix in ((1e9, "G"), (1e6, "M"), (1e4, "k")):
        if abs(number) >= threshold:
            scaled = number / threshold
            return f"{locale.toString(scaled, 'f', 1 if abs(scaled) < 10 else 0)}{suffix}"
    return count(number, locale)


def currency_symbol(currency: str | None) -> str:
    if not currency:
        return ""
    return _SYMBOLS.get(currency.upper(), currency.upper())


def short_percent(value: float | None, locale: QLocale | None = None) -> str:
    """A percentage in as few characters as stay meaningful, for dense grids ("3.1%", "0.27%")."""
    if is_missing(value):
        return MISSING
    pct = float(value) * 100  # type: ignore[arg-type]
    return percent(value, locale, decimals=2 if abs(pct) < 1 else (1 if abs(pct) < 10 else 0))


def money(value: float | None, currency: str | None, locale: QLocale | None = None, decimals: int = 2) -> str:
    """An amount with its currency symbol, placed as the locale places it ("€48.00" / "48,00 €")."""
    if is_missing(value):
        return MISSING
    locale = locale or QLocale()
    if not currency:  # unknown currency: a plain number rather than the locale's own currency
        return locale.toString(float(value), "f", decimals)  # type: ignore[arg-type]
    return locale.toCurrencyString(float(value), currency_symbol(currency), decimals)  # type: ignore[arg-type]


def ratio(value: float | None, locale: QLocale | None = None) -> str:
    """A multiple ("7.9×")."""
    if is_missing(value):
        return MISSING
    number = float(value)  # type: ignore[arg-type]
    digits = 2 if abs(number) < 1 else 1
    return f"{(locale or QLocale()).toString(number, 'f', digits)}×"


def axis_value(
    value: float, spacing: float, kind: str, currency: str | None, locale: QLocale | None = None
) -> str:
    """A tick label: as many decimals as the tick spacing needs, the same for every tick of an axis."""
    locale = locale or QLocale()
    scale = 100 if kind == "rate" else 1
    step = abs(spacing * scale) or 1.0
    digits = max(0, min(4, -math.floor(math.log10(step)) + (0 if step >= 1 else 0)))
    if kind == "rate":
        return percent(value, locale, decimals=digits)
    if kind in ("money", "per_1000"):
        return money(value, currency, locale, decimals=digits)
    if kind == "ratio":
        return f"{locale.toString(float(value), 'f', digits)}×"
    return locale.toString(float(value), "f", digits)


def metric_value(value: float | None, kind: str, currency: str | None, locale: QLocale | None = None) -> str:
    """A metric value written according to its kind ("rate", "per_1000", "money", "ratio")."""
    if kind == "rate":
        return percent(value, locale)
    if kind in ("money", "per_1000"):
        # Cents matter on €0.45 per click, not on €1,068 per 1,000 reached.
        decimals = 2 if is_missing(value) or abs(float(value)) < 100 else 0  # type: ignore[arg-type]
        return money(value, currency, locale, decimals)
    if kind == "ratio":
        return ratio(value, locale)
    return count(value, locale)


def interval(
    ci: tuple[float, float] | None, kind: str, currency: str | None, locale: QLocale | None = None
) -> str:
    """A 95% interval in the metric's own unit ("0.36–0.47%"), or "" when there is none."""
    if ci is None or any(is_missing(bound) for bound in ci):
        return ""
    low, high = (metric_value(bound, kind, currency, locale) for bound in ci)
    return QCoreApplication.translate("formatting", "95% CI {0} – {1}").format(low, high)


def compact_interval(
    ci: tuple[float, float] | None, kind: str, currency: str | None, locale: QLocale | None = None
) -> str:
    """A 95% interval written short for cards ("3.03–3.17%"), or "" when there is none."""
    if ci is None or any(is_missing(bound) for bound in ci):
        return ""
    locale = locale or QLocale()
    if kind == "rate":
        high = percent(ci[1], locale)
        digits = _decimals_for_percent(float(ci[1]) * 100)
        return f"{locale.toString(float(ci[0]) * 100, 'f', digits)}–{high}"
    # The value beside it already shows the currency: the interval gives the numbers only.
    return f"{metric_value(ci[0], kind, None, locale)}–{metric_value(ci[1], kind, None, locale)}"


def short_date(day: object, locale: QLocale | None = None) -> str:
    """A date in the locale's short format; accepts date, datetime, pandas Timestamp or QDate."""
    if is_missing(day):
        return MISSING
    qdate = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)  # type: ignore[attr-defined]
    locale = locale or QLocale()
    return locale.toString(qdate, date_pattern(locale))


def date_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with a four-digit year (two-digit years read badly in a period)."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")
