"""The session's choices are the engine's options plus the charted metric, declared once."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from channelcompare.options import CompareOptions
from session.state import Choices, Session, Source
from tests.channelcompare.workspace.conftest import daily_export


def test_choices_are_compare_options_plus_the_metric_and_nothing_else() -> None:
    options = {f.name for f in dataclasses.fields(CompareOptions)}
    assert {f.name for f in dataclasses.fields(Choices)} == options | {"metric"}
    choices = Choices(baseline="paid_social", channels=("email",), metric="interaction_rate")
    assert isinstance(choices, CompareOptions)
    assert choices.filter_kwargs()["channels"] == ("email",)


def test_a_reimported_file_replaces_its_source_and_the_records_follow() -> None:
    session = Session()
    session.add(Source(Path("/exports/week.csv"), daily_export("week.csv", range(1, 8))))
    before = session.version
    session.add(Source(Path("/exports/week.csv"), daily_export("week.csv", range(1, 3))))
    assert len(session.sources) == 1 and session.version == before + 1
    assert len(session.records()) == 2 * 2  # two days of two campaigns, not nine days
    session.set_channel(Path("/exports/week.csv"), "organic_social")
    assert set(session.records()["channel"]) == {"organic_social"}
