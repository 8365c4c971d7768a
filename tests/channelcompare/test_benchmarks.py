"""The editable benchmark file: the bundled one loads, and mistakes are reported with their line."""

from __future__ import annotations

from pathlib import Path

import pytest

from channelcompare.benchmarks import BenchmarkError, load_benchmarks, parse_benchmarks

HEADER = "metric,channel,value,source,year,method,note\n"  # the older header, still read


def test_bundled_benchmarks_load_with_source_year_and_method() -> None:
    figures = load_benchmarks()
    monetate = [b for b in figures if b.source.startswith("Monetate") and b.year == 2013 and "Q4" in b.source]
    assert sorted((b.channel, round(b.value, 6)) for b in monetate) == [
        ("email", 0.0384),
        ("organic_social", 0.0074),
    ]
    assert all(b.source and b.method for b in figures)


def test_values_are_read_as_percentages_or_plain_numbers() -> None:
    text = (
        HEADER
        + "click_rate,email,2.01%,Mailchimp,2019,unique clicks / delivered,\nroas,paid_social,3.5,X,2024,m,n\n"
    )
    first, second = parse_benchmarks(text)
    assert first.value == pytest.approx(0.0201) and second.value == 3.5


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("click_rate,email,abc,Mailchimp,2019,m,n", "line 3: value 'abc' is not a number"),
        ("clicks,email,2%,Mailchimp,2019,m,n", "line 3: unknown metric 'clicks'"),
        ("click_rate,tv,2%,Mailchimp,2019,m,n", "line 3: unknown channel 'tv'"),
        ("click_rate,email,2%,Mailchimp,19,m,n", "line 3: year '19'"),
        ("click_rate,email,2%,,2019,m,n", "line 3: the source is empty"),
        ("click_rate,email,2%,Mailchimp,2019", "line 3: expected 7 fields, found 5"),
    ],
)
def test_a_malformed_line_is_named(line: str, message: str) -> None:
    text = HEADER + "click_rate,email,2%,Mailchimp,2019,m,n\n" + line + "\n"
    with pytest.raises(BenchmarkError, match=message):
        parse_benchmarks(text, "benchmarks.csv")


def test_a_wrong_header_and_an_unreadable_file_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(BenchmarkError, match="line 1: the header must be"):
        parse_benchmarks("a,b\n")
    with pytest.raises(BenchmarkError, match="Cannot read the benchmark file"):
        load_benchmarks(tmp_path / "missing.csv")


def test_every_bundled_figure_states_its_basis() -> None:
    figures = load_benchmarks()
    assert all(b.basis for b in figures)
    opens = next(b for b in figures if b.metric == "open_rate")
    assert opens.era == "pre_mpp" and opens.basis == "delivered"


def test_a_figure_is_drawable_only_on_the_same_basis_and_era() -> None:
    from datetime import date

    from channelcompare.benchmarks import drawable

    figures = load_benchmarks()
    monetate = next(b for b in figures if b.source.startswith("Monetate") and b.channel == "email")
    assert drawable(monetate, "conversion_rate", "delivered", None) == "per sessions, not per delivered"
    assert drawable(monetate, "conversion_rate", "sessions", None) is None
    rival = next(b for b in figures if b.source.startswith("Rival IQ"))
    assert drawable(rival, "interaction_rate", "reach", None) == "per followers, not per reach"
    opens = next(b for b in figures if b.metric == "open_rate")
    assert "Apple Mail Privacy Protection" in (
        drawable(opens, "open_rate", "delivered", date(2026, 9, 30)) or ""
    )
    assert drawable(opens, "open_rate", "delivered", date(2020, 9, 30)) is None
    unstated = parse_benchmarks(HEADER + "click_rate,email,2%,Mailchimp,2019,m,n\n")[0]
    assert drawable(unstated, "click_rate", "delivered", None) == "its basis is not stated"


def test_an_unknown_basis_is_named() -> None:
    text = "metric,channel,value,source,year,method,note,basis,era\nclick_rate,email,2%,M,2019,m,n,people,\n"
    with pytest.raises(BenchmarkError, match="line 2: unknown basis 'people'"):
        parse_benchmarks(text)
