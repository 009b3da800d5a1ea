"""The article list driven by Pilot: rows, filter as you type, sorting, opening, read marks."""

from __future__ import annotations

from briefing.store import Store
from briefing.tui.screens.article_list import ArticleList, ArticleRows
from briefing.tui.widgets.reader_pane import ReaderPane
from tests.tui.test_app import SIZE, ready

FOLDER = {
    "port-strike-talks-collapse.md": (
        "---\ntitle: Port strike talks collapse\ndate: 2025-03-02\nsource: Harbour Daily\n"
        "---\nDock workers walked out on Monday.\n"
    ),
    "steel.md": (
        "---\ntitle: Steel tariffs widen\ndate: 2025-05-10\nsource: Metals Wire\n---\n"
        "Tariffs on steel rose to 25% on Friday.\n"
    ),
    "visa.md": (
        "---\ntitle: Visa rules eased for engineers\ndate: 2024-11-20\nsource: Anchor Post\n"
        "---\nThe ministry eased visa rules for engineers.\n"
    ),
}


def write_folder(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in FOLDER.items():
        (folder / name).write_text(text)
    return folder


def titles(screen) -> list[str]:
    return [row.header.title for row in screen.query_one(ArticleRows).rows]


async def test_l_lists_articles_newest_first_and_ctrl_s_sorts_by_outlet_then_title(
    make_app, tmp_path
):
    app = make_app([write_folder(tmp_path)])
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("l")
        await pilot.pause()
        listing = app.screen
        assert isinstance(listing, ArticleList)
        assert titles(listing) == [
            "Steel tariffs widen", "Port strike talks collapse", "Visa rules eased for engineers"
        ]  # fmt: skip
        first = listing.query_one(ArticleRows).row_text(0, 80).plain
        assert first.startswith("\u2022 10 May ")  # not yet read, dated
        assert "Steel tariffs widen" in first and first.rstrip().endswith("Metals Wire")
        await pilot.press("ctrl+s")
        assert titles(listing) == [
            "Visa rules eased for engineers", "Port strike talks collapse", "Steel tariffs widen"
        ]  # fmt: skip
        await pilot.press("ctrl+s")
        assert titles(listing) == [
            "Port strike talks collapse", "Steel tariffs widen", "Visa rules eased for engineers"
        ]  # fmt: skip
        assert "sorted by title" in str(listing.query_one("#articles-box").border_title)


async def test_typing_filters_and_enter_opens_the_article_which_is_then_marked_read(
    make_app, tmp_path
):
    app = make_app([write_folder(tmp_path)])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("l", *"harbour")
        await pilot.pause()
        assert titles(app.screen) == ["Port strike talks collapse"]
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.article.title == "Port strike talks collapse"
        assert screen.query_one(ReaderPane).has_focus
        await pilot.press("l")
        await pilot.pause()
        rows = app.screen.query_one(ArticleRows)
        marks = {row.header.title: row.read for row in rows.rows}
        assert marks["Port strike talks collapse"] is True
        await pilot.press("q")  # a letter typed into the filter never quits
        await pilot.pause()
        assert isinstance(app.screen, ArticleList)
        assert app.screen.query_one("#articles-filter").value == "q"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
    keys = Store(tmp_path / "data" / "briefing.db").read()
    assert any(key.endswith("port-strike-talks-collapse.md") for key in keys)


async def test_the_list_opens_on_the_article_in_the_reader_and_down_moves_from_it(
    make_app, tmp_path
):
    app = make_app([write_folder(tmp_path)])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert screen.article.title == "Port strike talks collapse"
        await pilot.press("l", "down", "enter")  # the filter keeps the keyboard
        await pilot.pause()
        assert screen.article.title == "Visa rules eased for engineers"


async def test_t_shows_counts_and_filters_every_pane(make_app, tmp_path):
    from briefing.tui.screens.dialogs import TopicPicker
    from briefing.tui.widgets.entity_sidebar import EntitySidebar

    folder = write_folder(tmp_path)
    (folder / "visa.md").write_text(
        "---\ntitle: Visa rules eased for engineers\ndate: 2024-11-20\nsource: Anchor Post\n"
        "---\nThe ministry of Ruritania eased visa rules and work permits for foreign "
        "engineers, immigration officials said on Monday.\n"
    )
    app = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert screen.article.title == "Port strike talks collapse"
        await pilot.press("t")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, TopicPicker)
        articles, events = picker.counts["visas"]
        assert (articles, events) == (1, 1)
        screen.set_topic("visas")
        app.pop_screen()
        await pilot.pause()
        assert screen.article.title == "Visa rules eased for engineers"  # the reader follows
        assert all("visas" in e.topics for e in screen.visible_events())
        sidebar = screen.query_one(EntitySidebar)
        shown = [
            node.data.name
            for group in sidebar.root.children
            for node in group.children
            if node.data is not None
        ]
        assert "Ruritania" in shown
        assert all(
            any(a == "visa" for a in e.articles) for e in screen.corpus.entities if e.name in shown
        )
        await pilot.press("right_curly_bracket")  # no other article on visas: it stays
        assert screen.article.title == "Visa rules eased for engineers"
