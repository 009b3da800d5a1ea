"""Snapshots of the main screen on the seed (dark and light) and of the help screen."""

from __future__ import annotations

SIZE = (120, 40)


async def settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.press("right_square_bracket", "right_square_bracket")
    await pilot.pause()


def test_main_screen_dark(make_app, snap_compare):
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=settle)


def test_main_screen_light(make_app, snap_compare):
    async def light(pilot) -> None:
        pilot.app.theme = "textual-light"
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=light)


def test_help_screen(make_app, snap_compare):
    async def help_screen(pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=help_screen)
