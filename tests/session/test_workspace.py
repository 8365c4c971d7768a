"""The session in a workspace, without Qt: sources, choices and rules go in and come back as they were."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from channelcompare.workspace import Workspace
from session.state import Choices, Session, Source
from session.workspace import (
    CHOICES_KEY,
    choices_json,
    load_session,
    refresh_sources,
    restore_choices,
    store_choices,
    survey,
    unstored_sources,
    write_imports,
)
from tests.channelcompare.workspace.conftest import daily_export


def test_choices_go_to_json_and_back_without_the_benchmark_file_and_rates() -> None:
    choices = Choices(start=date(2026, 9, 1), platforms=("meta",), effort_costs={"email": 450.0})
    choices.benchmarks_path = Path("/somewhere/benchmarks.csv")
    data = choices_json(choices)
    assert data["start"] == "2026-09-01" and data["platforms"] == ["meta"]
    assert not {"benchmarks_path", "rates", "channel_rules"} & data.keys()
    back = Choices()
    restore_choices(back, data | {"from_a_newer_version": 1})
    assert (back.start, back.platforms, back.effort_costs) == (date(2026, 9, 1), ("meta",), {"email": 450.0})


def test_a_session_written_into_a_workspace_loads_back(tmp_path: Path) -> None:
    week = tmp_path / "week36.csv"
    week.write_text("a Meta export\n", encoding="utf-8")  # the hash is of the file, the rows come from the result
    session = Session()
    session.add(Source(week, daily_export("week36.csv", range(1, 8)), channel_override="organic_social"))
    session.choices.baseline = "paid_social"
    with Workspace.open(tmp_path / "w.ccws") as workspace:
        sources = unstored_sources(session, {}, samples=set())
        assert [s.path for s in sources] == [week]
        digest, overlaps = survey(workspace, sources[0])
        assert overlaps == []
        [(path, outcome)] = write_imports(workspace, [(week, sources[0].result, digest, "replace", None)])
        workspace.set_source_channel(outcome.source_id, "organic_social")
        store_choices(workspace, session.choices)
        assert workspace.setting(CHOICES_KEY)["baseline"] == "paid_social"
        stored = {path: (outcome.source_id, sources[0].result)}
        assert unstored_sources(session, stored, samples=set()) == []
        again = Session()
        loaded = load_session(workspace, again)
    assert [s.channel_override for s in again.sources] == ["organic_social"]
    assert again.choices.baseline == "paid_social" and len(again.records()) == 14
    assert list(loaded.values())[0][0] == outcome.source_id


def test_sources_whose_rows_were_replaced_are_read_back(tmp_path: Path) -> None:
    session = Session()
    with Workspace.open(tmp_path / "w.ccws") as workspace:
        week, month = daily_export("week.csv", range(1, 8)), daily_export("month.csv", range(1, 31))
        first = workspace.add_import(week, "h-week")
        session.add(Source(Path(week.path), week))
        stored = {Path(week.path): (first.source_id, week)}
        workspace.add_import(month, "h-month", overlap="replace")  # the month's rows replace the week's
        assert refresh_sources(workspace, session, stored, [first.source_id])
    assert len(session.records()) == 0  # the week's rows count no more: the month has them
    assert refresh_sources(workspace, session, stored, []) is False
