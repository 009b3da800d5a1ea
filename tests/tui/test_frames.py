"""A key's whole answer reaches the terminal in one screen update, not in two or three.

A pane that repaints its cursor before the screen has redrawn what the cursor changes
(the reader, the quotes) costs a second compositor pass over the screen and shows a
half-drawn frame in between.
"""

from __future__ import annotations

import pytest
from textual._compositor import Compositor

from briefing.tui.widgets.reader_pane import ReaderPane
from briefing.tui.widgets.timeline_pane import TimelinePane
from tests.tui.test_app import SIZE, ready


@pytest.fixture
def updates(monkeypatch):
    """How many times the screen sent something to the terminal."""
    drawn: list[int] = []
    render_update = Compositor.render_update

    def counted(self, *args, **kwargs):
        update = render_update(self, *args, **kwargs)
        if update is not None:
            drawn.append(1)
        return update

    monkeypatch.setattr(Compositor, "render_update", counted)
    return drawn


@pytest.mark.parametrize(
    ("pane", "key", "moves"),
    [
        ("1", "right_square_bracket", "event"),
        ("1", "j", "event"),
        ("1", "left_square_bracket", "event"),
        ("2", "j", "paragraph"),
    ],
)
async def test_a_key_that_moves_the_selection_is_one_screen_update(
    make_app, updates, pane, key, moves
):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press(pane, "j", "j", "j", "j")
        await pilot.pause()
        before = (screen.selected, screen.query_one(ReaderPane).highlighted)
        updates.clear()
        await pilot.press(key)
        await pilot.pause()
        await pilot.pause()
        after = (screen.selected, screen.query_one(ReaderPane).highlighted)
        assert after[0 if moves == "event" else 1] != before[0 if moves == "event" else 1]
        assert len(updates) == 1


async def test_each_date_key_is_one_update_when_it_scrolls_the_timeline(make_app, updates):
    app = make_app()
    async with app.run_test(size=(80, 16)) as pilot:  # the seed's events overflow the pane
        screen = await ready(app, pilot)
        timeline = screen.query_one(TimelinePane)
        await pilot.press("1")
        await pilot.pause()
        counts, offsets = [], []
        for _ in range(6):
            updates.clear()
            await pilot.press("right_square_bracket")
            await pilot.pause()
            await pilot.pause()
            counts.append(len(updates))
            offsets.append(timeline.scroll_offset.y)
        assert offsets[0] == 0 and offsets[-1] > 0  # it scrolled on the way
        assert counts == [1] * 6
