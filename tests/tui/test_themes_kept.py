"""Colour themes: one chosen at run time is kept in the config; every built-in theme keeps
the reader's marks legible."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.color import Color

from briefing.config import config_dir, load_settings, save_theme
from briefing.tui.colours import MIN_CONTRAST, contrast, reader_styles
from tests.tui.test_app import SIZE, ready

THEMES = sorted(App().available_themes)


@pytest.mark.parametrize("name", THEMES)
def test_the_readers_marks_read_against_every_built_in_theme(name):
    variables = App().available_themes[name].to_color_system().generate()
    surface = Color.parse(variables["surface"])
    styles = reader_styles(variables)
    for mark in ("date", "figure"):
        colour = Color.parse(styles[mark].split()[-1])
        assert contrast(colour, surface) >= MIN_CONTRAST, (name, mark)


async def test_a_theme_chosen_while_reading_is_kept_for_the_next_start(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        app.theme = "solarized-light"
        await pilot.pause()
    settings = load_settings()
    assert settings.theme == "solarized-light"
    again = make_app(settings=settings)
    async with again.run_test(size=SIZE) as pilot:
        await ready(again, pilot)
        assert again.theme == "solarized-light"


def test_saving_the_theme_keeps_the_rest_of_the_config():
    path = config_dir() / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text('# my settings\ntheme = "nord"\n\n[keys]\n"app.quit" = "Q"\n')
    save_theme("textual-light")
    assert path.read_text() == (
        '# my settings\ntheme = "textual-light"\n\n[keys]\n"app.quit" = "Q"\n'
    )
    assert load_settings().keys == {"app.quit": "Q"}
    path.write_text('[keys]\n"app.quit" = "Q"\n')
    save_theme('odd "name"')
    assert load_settings().theme == 'odd "name"'
