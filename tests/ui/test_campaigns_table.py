"""The Campaigns table: a remembered column chooser and the name column frozen while the numbers scroll."""

from __future__ import annotations

from channelcompare.resources import sample_files
from tests.ui.helpers import new_window, wait_idle


def _campaigns(qtbot):  # type: ignore[no-untyped-def]
    window = new_window(qtbot)
    window.resize(1024, 700)
    window.imports.import_paths(sample_files())
    wait_idle(qtbot, window)
    assert window.show_tab("campaigns")
    qtbot.wait(10)
    return window


def _column(view, name: str) -> int:  # type: ignore[no-untyped-def]
    model = view.model
    return next(c for c in range(model.columnCount()) if model.column_name(c) == name)


def test_hidden_columns_are_chosen_from_the_header_and_remembered(qtbot) -> None:
    window = _campaigns(qtbot)
    view = window.campaigns
    menu = view.chooser.menu()
    by_name = {
        view.model.column_name(i): action
        for i, action in enumerate(menu.actions()[: view.model.columnCount()])
    }
    assert not by_name["campaign_name"].isEnabled()  # the name is always shown
    by_name["cost"].toggle()
    assert view.table.isColumnHidden(_column(view, "cost"))
    assert window.settings.hidden_columns("campaigns") == ["cost"]
    window.close()
    again = _campaigns(qtbot)
    assert again.campaigns.table.isColumnHidden(_column(again.campaigns, "cost"))
    show_all = again.campaigns.chooser.menu().actions()[-1]
    show_all.trigger()
    assert not again.campaigns.table.isColumnHidden(_column(again.campaigns, "cost"))
    assert again.settings.hidden_columns("campaigns") == []


def test_the_name_column_stays_in_view_while_the_table_scrolls(qtbot) -> None:
    window = _campaigns(qtbot)
    view = window.campaigns
    table, frozen = view.table, view.frozen
    assert frozen.isVisible() and frozen.width() == table.columnWidth(0)
    assert all(frozen.isColumnHidden(c) for c in range(1, view.model.columnCount()))
    left = frozen.geometry().left()
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    table.verticalScrollBar().setValue(10)
    qtbot.wait(10)
    assert table.horizontalScrollBar().value() > 0 and frozen.geometry().left() == left
    assert frozen.verticalScrollBar().value() == 10  # its rows follow the table's
    table.setColumnWidth(0, 200)
    assert frozen.width() == 200
