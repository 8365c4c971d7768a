"""The comparison's timing, trends and funnel tables are built when first read, once, and equal the
functions that build them."""

from __future__ import annotations

import threading
from pathlib import Path

import pandas as pd

from channelcompare import views
from channelcompare.compare import compare
from channelcompare.model import concat_records
from channelcompare.money import settle_currency
from channelcompare.prepare import campaign_table
from importers.load import import_file

DATA = Path(__file__).resolve().parent.parent / "data"


def _records() -> pd.DataFrame:
    names = ("mailchimp_campaigns.csv", "instagram_posts.csv", "meta_ads_campaigns.csv")
    return concat_records([import_file(DATA / name).records for name in names])


def test_each_table_is_built_on_first_read_then_kept(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    built: list[str] = []
    builders = {
        name: (lambda t, f=f, n=name: (built.append(n), f(t))[1])
        for name, f in views.CampaignViews._BUILDERS.items()
    }
    monkeypatch.setattr(views.CampaignViews, "_BUILDERS", builders)
    comparison = compare(_records())
    assert built == []
    trends = comparison.trends
    assert built == ["trends"] and comparison.trends is trends
    comparison.to_json()  # reads the other two
    assert sorted(built) == ["funnel", "timing", "trends"]
    assert comparison.tables._table is None  # the campaign rows are let go once all three are built


def test_the_tables_equal_their_builders_even_read_from_several_threads() -> None:
    records, _note = settle_currency(_records())  # as compare settles money without a currency
    table, _warnings = campaign_table(records, opens_as_interactions=False, effort_costs={})
    comparison = compare(records)
    results: list[pd.DataFrame] = []
    readers = [threading.Thread(target=lambda: results.append(comparison.timing)) for _ in range(4)]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    assert all(result is results[0] for result in results)
    pd.testing.assert_frame_equal(comparison.timing, views.timing(table))
    pd.testing.assert_frame_equal(comparison.trends, views.trends(table))
    pd.testing.assert_frame_equal(comparison.funnel, views.funnel(table))
    assert len(comparison.trends) > 0 and len(comparison.funnel) > 0
