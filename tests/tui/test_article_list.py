"""The article list driven by Pilot: rows, filter as you type, sorting, opening, read marks."""

from __future__ import annotations

from briefing.store import Store
from briefing.tui.screens.article_list import ArticleList
from briefing.tui.widgets.article_pane import ArticlePane
from briefing.tui.widgets.article_rows import ArticleRows
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
        marks = {row.header.title: rows.is_read(row) for row in rows.rows}
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


def write_many(tmp_path, count: int):
    """``count`` dated articles, the first the oldest (the last of the newest-first list)."""
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(count):
        day = f"2025-{1 + number // 28:02d}-{1 + number % 28:02d}"
        (folder / f"a{number:03d}.md").write_text(
            f"---\ntitle: Harbour report number {number}\ndate: {day}\nsource: Dock Wire\n"
            f"---\nThe port handled {number} ships on Monday.\n"
        )
    return folder


async def test_a_wide_terminal_shows_the_articles_pane_on_the_reader_article(make_app, tmp_path):
    app = make_app([write_many(tmp_path, 90)])
    async with app.run_test(size=(200, 60)) as pilot:
        screen = await ready(app, pilot)
        pane = screen.query_one(ArticlePane)
        assert pane.display and pane.region.width == 40
        assert len(pane.rows) == 90 and pane.rows[0].header.title == "Harbour report number 89"
        assert screen.article.title == "Harbour report number 0"
        assert pane.current.header.title == "Harbour report number 0"
        top = pane.scroll_offset.y
        assert top <= pane.highlighted < top + pane.scrollable_content_region.height
        assert str(pane.border_title) == "Articles \u00b7 90 \u00b7 1 read"
        await pilot.press("5")
        assert pane.has_focus
        await pilot.press("k", "k", "enter")
        await pilot.pause()
        assert screen.article.title == "Harbour report number 2"
        assert screen.query_one(ReaderPane).has_focus
        assert str(pane.border_title) == "Articles \u00b7 90 \u00b7 2 read"
        await pilot.press("right_curly_bracket")  # the next row of the pane, and its cursor
        assert screen.article.title == "Harbour report number 1"
        assert pane.current.header.title == "Harbour report number 1"
        assert pane.row_text(pane.highlighted, 36).plain.startswith("  Harbour report")
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert not pane.display
        await pilot.press("5")  # no pane to go to: the list of articles opens
        await pilot.pause()
        assert isinstance(app.screen, ArticleList)


async def test_the_articles_pane_follows_the_topic_filter(make_app, tmp_path):
    app = make_app([write_folder(tmp_path)])
    async with app.run_test(size=(200, 60)) as pilot:
        screen = await ready(app, pilot)
        pane = screen.query_one(ArticlePane)
        assert len(pane.rows) == 3
        screen.set_topic("tariffs")
        await pilot.pause()
        assert [row.header.title for row in pane.rows] == ["Steel tariffs widen"]


async def test_next_and_previous_article_follow_the_article_list_order(make_app, tmp_path):
    app = make_app([write_folder(tmp_path)])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert screen.article.title == "Port strike talks collapse"  # first file, March
        await pilot.press("right_curly_bracket")
        assert screen.article.title == "Visa rules eased for engineers"  # older: November
        await pilot.press("right_curly_bracket")  # the last of the list: it stays
        assert screen.article.title == "Visa rules eased for engineers"
        await pilot.press("left_curly_bracket", "left_curly_bracket")
        assert screen.article.title == "Steel tariffs widen"  # the newest, May
        await pilot.press("l", "ctrl+s", "escape")  # by outlet: Anchor, Harbour, Metals
        await pilot.pause()
        await pilot.press("left_curly_bracket")
        assert screen.article.title == "Port strike talks collapse"
