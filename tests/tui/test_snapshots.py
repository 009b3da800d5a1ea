"""Snapshots of the main screen on the seed (dark and light) and of the help screen."""

from __future__ import annotations

SIZE = (120, 40)


async def loaded(pilot) -> None:
    """Wait until the analysed seed is on the screen (the loading worker posts it)."""
    from briefing.tui.screens.main import MainScreen
    from briefing.tui.widgets.timeline_pane import TimelinePane

    await pilot.app.workers.wait_for_complete()
    for _ in range(200):
        screen = pilot.app.screen
        if isinstance(screen, MainScreen) and screen.query_one(TimelinePane).events:
            break
        await pilot.pause(0.02)
    await pilot.pause()


async def settle(pilot) -> None:
    await loaded(pilot)
    await pilot.press("right_square_bracket")
    await pilot.pause()
    await pilot.press("right_square_bracket")
    await pilot.pause()


def test_main_screen_dark(make_app, snap_compare):
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=settle)


def test_main_screen_light(make_app, snap_compare):
    from briefing.config import Settings

    app = make_app(settings=Settings(theme="textual-light"))
    assert snap_compare(app, terminal_size=SIZE, run_before=settle)


def test_help_screen(make_app, snap_compare):
    async def help_screen(pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=help_screen)


def test_main_screen_small(make_app, snap_compare):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=settle)


def test_main_screen_large(make_app, snap_compare):
    assert snap_compare(make_app(), terminal_size=(200, 60), run_before=settle)


def test_article_list(make_app, snap_compare):
    async def article_list(pilot) -> None:
        await settle(pilot)
        await pilot.press("l")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=article_list)


def test_main_screen_solarized_light(make_app, snap_compare):
    from briefing.config import Settings

    app = make_app(settings=Settings(theme="solarized-light"))
    assert snap_compare(app, terminal_size=SIZE, run_before=settle)
