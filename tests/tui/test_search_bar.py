"""The search line is a widget of its own: Enter searches, Escape closes it and keeps the
filters; the main screen hears of it by message."""

from __future__ import annotations

from briefing.tui.widgets.reader_pane import ReaderPane
from briefing.tui.widgets.search_bar import SearchBar
from tests.tui.test_app import SIZE, ready, searched


async def test_escape_closes_the_search_line_and_keeps_the_topic(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        screen.set_topic("tariffs")
        await pilot.press("slash")
        bar = screen.query_one(SearchBar)
        assert bar.display is True and app.focused is bar
        await pilot.press(*"visa", "escape")
        assert bar.display is False
        assert app.focused is screen.query_one(ReaderPane)
        assert screen.topic == "tariffs"
        assert screen.matches == []


async def test_enter_searches_and_reopening_shows_the_query(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *" visa ", "enter")
        await searched(app, pilot)
        await pilot.press("escape")  # the list of hits
        assert screen.selection.query == "visa"
        assert len(screen.matches) == 3
        await pilot.press("slash")
        assert screen.query_one(SearchBar).value == "visa"
