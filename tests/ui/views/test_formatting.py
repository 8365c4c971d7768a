from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QLocale

from ui.views import formatting

EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
FR = QLocale(QLocale.Language.French, QLocale.Country.France)


def test_rates_money_and_counts_in_each_locale() -> None:
    assert formatting.percent(0.0324, EN) == "3.24%"
    assert formatting.percent(0.0324, FR) == "3,24\u202f%"
    assert formatting.percent(0.0041, EN) == "0.41%"
    assert formatting.count(18000, EN) == "18,000"
    assert formatting.count(18000, FR) == "18\u202f000"
    assert formatting.money(48, "EUR", EN) == "€48.00"
    assert formatting.money(48, "EUR", FR) == "48,00\u00a0€"
    assert formatting.metric_value(1068.12, "per_1000", "EUR", EN) == "€1,068"
    assert formatting.ratio(7.9, FR) == "7,9×"
    assert formatting.short_date(date(2026, 9, 1), FR) == "01/09/2026"


def test_missing_is_a_dash_never_zero() -> None:
    for value in (None, math.nan):
        assert formatting.percent(value, EN) == formatting.MISSING
        assert formatting.money(value, "EUR", EN) == formatting.MISSING
    assert formatting.interval(None, "rate", None, EN) == ""
    assert formatting.compact_interval((0.0292, math.nan), "rate", None, EN) == ""


def test_intervals_and_axis_ticks() -> None:
    assert formatting.compact_interval((0.0292, 0.0306), "rate", None, EN) == "2.92–3.06%"
    assert formatting.interval((0.0292, 0.0306), "rate", None, EN) == "95% CI 2.92% – 3.06%"
    # Every tick of an axis gets the decimals its spacing needs.
    assert [formatting.axis_value(v, 0.005, "rate", None, EN) for v in (0.03, 0.035)] == ["3.0%", "3.5%"]
