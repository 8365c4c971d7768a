"""Real comparisons computed by the engine from the synthetic shop, shared by the views' tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale

from channelcompare.compare import CompareOptions, Comparison, compare
from channelcompare.model import empty_records
from tests.ui.views.synthetic import shop_records, undated

SEPTEMBER = CompareOptions(start=date(2026, 9, 1), end=date(2026, 9, 30))


@pytest.fixture(scope="session")
def records():  # type: ignore[no-untyped-def]
    return shop_records()


@pytest.fixture(scope="session")
def comparison(records) -> Comparison:  # type: ignore[no-untyped-def]
    """September against August (period over period), baseline email, with share of sales."""
    return compare(
        records, CompareOptions(start=date(2026, 9, 1), end=date(2026, 9, 30), period_over_period=True)
    )


@pytest.fixture(scope="session")
def no_timestamps(records) -> Comparison:  # type: ignore[no-untyped-def]
    return compare(undated(records), SEPTEMBER)


@pytest.fixture(scope="session")
def nothing() -> Comparison:
    return compare(empty_records(), CompareOptions())


@pytest.fixture
def english() -> Iterator[None]:
    """Numbers written the en_US way for assertions on text; the default locale is restored after."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def french() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)
