"""Article text, titles, file names and config values reach the reader's screen as plain
text: never markup, never an escape sequence, whatever they hold."""

from __future__ import annotations

from textual.command import CommandPalette

from briefing.config import Settings
from tests.tui.test_app import SIZE, _text, ready

CLICK_TITLE = "[@click=app.screenshot('victim.txt','DIR')]Tariffs rise[/]"


def _article(tmp_path, name: str, title: str) -> None:
    (tmp_path / name).write_text(
        f'---\ntitle: "{title}"\n---\nTariffs rose on Monday, the minister said.\n',
        encoding="utf-8",
    )


async def _palette_prompts(app, pilot, query: str) -> list[str]:
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*query)
    await pilot.pause(0.5)
    palette = app.screen
    assert isinstance(palette, CommandPalette)
    options = palette.query_one("CommandList")
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_a_title_with_click_markup_is_shown_as_written_and_runs_nothing(make_app, tmp_path):
    _article(tmp_path, "click.md", CLICK_TITLE)
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        prompts = await _palette_prompts(app, pilot, "Tariffs rise")
        assert any(CLICK_TITLE in prompt for prompt in prompts)
        await pilot.press("enter")  # opening the article is all the entry does
        await pilot.pause()
    assert not (tmp_path / "DIR").exists() and not list(tmp_path.glob("victim*"))


async def test_a_title_with_a_stray_closing_tag_does_not_crash_the_palette(make_app, tmp_path):
    _article(tmp_path, "tag.md", "Tariffs [/i] rise")
    _article(tmp_path, "video.md", "Budget [VIDEO]")
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        prompts = await _palette_prompts(app, pilot, "article")
        assert any("Tariffs [/i] rise" in prompt for prompt in prompts)
        assert any("Budget [VIDEO]" in prompt for prompt in prompts)


async def test_escape_sequences_in_a_title_never_reach_the_screen(make_app, tmp_path):
    (tmp_path / "esc.txt").write_text(
        "Tariffs \x1b]0;owned\x07rise \x1b[2J again\n\nTariffs rose on Monday, he said.\n",
        encoding="utf-8",
    )
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        text = _text(app)
        assert "\x07" not in text and "]0;owned" in text.replace("\ufffd", "")
        assert "\x1b]0" not in app.screen._compositor.render_update(full=True).render_segments(
            app.console
        )


async def test_a_theme_name_with_markup_is_a_plain_warning(make_app):
    app = make_app(settings=Settings(theme="[/bold]nope[@click=app.quit]"))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ready(app, pilot)
        await pilot.pause(0.2)
        assert "Unknown colour theme '[/bold]nope[@click=app.quit]'" in _text(app)


async def test_the_export_dialog_shows_a_hostile_folder_name_neutralised(
    make_app, tmp_path, monkeypatch
):
    from briefing.tui.screens.export_dialog import ExportDialog

    folder = tmp_path / "briefs\x1b]0;owned\x07\x1b[2J"
    folder.mkdir()
    monkeypatch.chdir(folder)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        shown = str(app.screen.query_one("#export-path").render())
        assert "\x1b" not in shown and "\x07" not in shown
        assert "briefs\ufffd]0;owned\ufffd\ufffd[2J" in shown
        await pilot.press("w")
        await pilot.pause()
    assert (folder / "brief.md").read_text().startswith("# Brief: All topics\n")
