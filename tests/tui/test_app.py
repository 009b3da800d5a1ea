"""The reader driven by Pilot: every binding, the linking both ways, state and screen."""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import Input

from briefing.config import Settings
from briefing.tui.screens.dialogs import DateDialog, TopicPicker, WhyDialog
from briefing.tui.screens.export_dialog import ExportDialog
from briefing.tui.screens.help import HelpScreen
from briefing.tui.screens.main import MainScreen
from briefing.tui.screens.search_hits import HitRows, SearchHits
from briefing.tui.widgets.entity_sidebar import EntitySidebar
from briefing.tui.widgets.quote_panel import QuotePanel
from briefing.tui.widgets.reader_pane import ReaderPane
from briefing.tui.widgets.timeline_pane import TimelinePane
from tests.conftest import SEED

SIZE = (120, 40)


async def ready(app, pilot) -> MainScreen:
    await app.workers.wait_for_complete()
    for _ in range(200):  # the worker's last message may still be on its way
        screen = app.screen
        if (
            isinstance(screen, MainScreen)
            and screen.corpus is not None
            and (screen.progress_counts[0] == screen.progress_counts[1])
        ):
            break
        await pilot.pause(0.02)
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, MainScreen)
    return screen


async def searched(app, pilot) -> None:
    """Wait for the search worker and the list of hits it opens."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def _text(app) -> str:
    lines = app.screen._compositor.render_update(full=True).render_segments(app.console)
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", lines)


async def test_opens_on_the_seed_with_timeline_sidebar_and_sections(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert len(screen.corpus.articles) == 1
        assert len(screen.query_one(TimelinePane).events) == 12
        text = _text(app)
        for word in ("Rutherford", "Trump", "Taro Kishida", "\u258cINVESTMENT", "26 Oct?"):
            assert word in text
        reader = screen.query_one(ReaderPane)
        last = reader.get_option_at_index(reader.option_count - 1).prompt
        assert last.plain.endswith("clicking on the [Up/Down] buttons below.")


async def test_next_and_previous_date_walk_the_timeline_and_the_reader_follows(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        dates = []
        for _ in range(4):
            await pilot.press("right_square_bracket")
            await pilot.pause()
            dates.append(screen.selected.date)
            reader = screen.query_one(ReaderPane)
            assert reader.current.start <= screen.selected.sentence[0] < reader.current.end
        assert dates == ["XXXX-09", "XXXX-09-04", "XXXX-10-26", "XXXX-10-27"]
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert screen.selected.date == "XXXX-10-26"


async def test_j_k_g_G_move_in_the_timeline(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        timeline = screen.query_one(TimelinePane)
        await pilot.press("G")
        assert timeline.highlighted == 11
        assert screen.selected.date == "2029-01"
        await pilot.press("k")
        assert timeline.highlighted == 10
        await pilot.press("g")
        assert timeline.highlighted == 0
        await pilot.press("j", "down")
        assert timeline.highlighted == 2


async def test_enter_on_an_event_focuses_the_reader_on_its_sentence(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("G", "enter")
        await pilot.pause()
        assert app.focused is screen.query_one(ReaderPane)
        assert screen.query_one(ReaderPane).current.index == 20


async def test_reader_cursor_selects_the_event_of_its_paragraph(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("2")
        reader = screen.query_one(ReaderPane)
        assert app.focused is reader
        reader.show_paragraph(16)  # "On October 28 local time, Trump held talks..."
        await pilot.pause()
        assert screen.selected.date == "XXXX-10-28"
        timeline = screen.query_one(TimelinePane)
        assert timeline.current == screen.selected


async def test_j_in_the_reader_scrolls_its_paragraph_into_view_and_draws_the_cursor(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("2")
        reader = screen.query_one(ReaderPane)
        for _ in range(12):
            await pilot.press("j")
        await pilot.pause()
        passed = [index for index in reader.order[: reader.highlighted + 1] if index is not None]
        assert len(passed) == 12  # the first j lands on the first paragraph, past its heading
        below = reader.highlighted
        assert reader.scroll_y > 0  # the cursor left the first screenful: the pane followed
        cursor_style = reader.get_component_rich_style("option-list--option-highlighted")
        lines = [reader.render_line(y) for y in range(reader.size.height)]
        drawn = [
            line for line in lines
            if any(seg.style and seg.style.bgcolor == cursor_style.bgcolor for seg in line)
        ]  # fmt: skip
        assert drawn  # the highlighted paragraph is on the screen, in the cursor's colour
        await pilot.press("k")
        await pilot.pause()
        assert reader.highlighted == below - 1 - (reader.order[below - 1] is None)


async def test_choosing_an_entity_filters_timeline_and_quotes(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("3")
        sidebar = screen.query_one(EntitySidebar)
        assert app.focused is sidebar
        node = next(n for n in sidebar.root.children[0].children if n.data.name == "Taro Kishida")
        sidebar.move_cursor(node)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.entity == "per:taro-kishida"
        assert [e.date for e in screen.query_one(TimelinePane).events] == ["XXXX-10-28", "2029-01"]
        assert "entity: Taro Kishida" in _text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert screen.entity is None
        assert len(screen.query_one(TimelinePane).events) == 12


async def test_choosing_a_quote_jumps_to_its_sentence(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("4")
        quotes = screen.query_one(QuotePanel)
        assert app.focused is quotes
        assert len(quotes.quotes) == 14
        await pilot.press("G", "enter")
        await pilot.pause()
        article, quote = quotes.quotes[-1]
        reader = screen.query_one(ReaderPane)
        assert app.focused is reader
        assert reader.current.start <= quote.start < reader.current.end


async def test_tab_moves_between_panes(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert app.focused is screen.query_one(TimelinePane)
        await pilot.press("tab")
        assert app.focused is screen.query_one(ReaderPane)
        await pilot.press("shift+tab")
        assert app.focused is screen.query_one(TimelinePane)


async def test_search_finds_visa_and_n_N_cycle(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash")
        assert app.focused is screen.query_one("#search", Input)
        await pilot.press(*"visa", "enter")
        await searched(app, pilot)
        hits = app.screen
        assert isinstance(hits, SearchHits)
        rows = hits.query_one(HitRows)
        assert len(rows.rows) == 3
        first_row = rows.row_text(0, 100)
        assert first_row.plain.startswith("undated    US-Japan investment deal")
        found = [
            first_row.plain[span.start : span.end]
            for span in first_row.spans
            if "reverse" in str(span.style)
        ]
        assert [word.lower() for word in found] == ["visa"]
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert len(screen.matches) == 3
        assert screen.match_position == 0
        assert "search 'visa': 1/3" in _text(app)
        first = screen.query_one(ReaderPane).current.index
        await pilot.press("n")
        assert screen.match_position == 1
        await pilot.press("N", "N")
        assert screen.match_position == 2
        assert first == 12
        await pilot.press("escape")
        assert screen.matches == []


async def test_topic_filter_from_the_picker(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TopicPicker)
        await pilot.press("down", "down", "down", "enter")  # All, tariffs, investment, visas
        await pilot.pause()
        assert screen.topic == "visas"
        assert {e.date for e in screen.query_one(TimelinePane).events} == {"XXXX-09", "XXXX-10-28"}
        assert "topic: Visas & immigration" in _text(app)
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("j", "j", "k", "enter")  # the picker moves like the panes
        await pilot.pause()
        assert screen.topic == "tariffs"


async def test_pin_the_selected_event_and_a_quote(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("G", "p")
        assert screen.pinned == {screen.selected.id}
        await pilot.press("4", "p")
        assert len(screen.pinned) == 2
        assert "2 pinned" in _text(app)
        await pilot.press("p")
        assert len(screen.pinned) == 1


async def test_set_the_article_date_resolves_its_dates(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DateDialog)
        await pilot.press(*"2025-10-28", "enter")
        await pilot.pause()
        assert screen.article.date == "2025-10-28"
        assert screen.article.date_basis == "user"
        assert screen.corpus.timeline[0].date == "2025-09"


async def test_a_date_set_reopens_the_folder_through_the_database_reading_lazily(
    make_app, tmp_path
):
    from briefing.library.lazy_corpus import LazyArticles

    for name, text in (("a.txt", "Steel rose on Monday."), ("b.txt", "Copper fell on Friday.")):
        (tmp_path / name).write_text(f"{text}\n")
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("d", *"2025-10-28", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(screen.base_corpus.articles, LazyArticles)  # not every article read
        assert screen.article.date == "2025-10-28" and screen.article.date_basis == "user"
        assert [e.date for e in screen.corpus.timeline if e.article == screen.article.id] == [
            "2025-10-27"
        ]


async def test_a_date_the_reader_set_is_cleared_and_stays_cleared(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        own = (screen.article.date, screen.article.date_basis, screen.corpus.timeline[0].date)
        assert own[1] != "user"
        await pilot.press("d", *"2025-10-28", "enter")
        await pilot.pause()
        assert screen.article.date_basis == "user"
        await pilot.press("d")
        await pilot.pause()
        field = app.screen.query_one("#date-input", Input)
        assert field.value == "2025-10-28"
        assert "empty clears" in str(app.screen.query_one(".dialog").border_title)
        field.value = ""
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        article = screen.article
        assert (article.date, article.date_basis, screen.corpus.timeline[0].date) == own
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        screen = await ready(again, pilot)
        article = screen.article
        assert (article.date, article.date_basis, screen.corpus.timeline[0].date) == own


async def test_bad_date_is_refused_in_the_dialog(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press(*"28/10", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DateDialog)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_sections_and_reading_order(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        reader = screen.query_one(ReaderPane)
        assert reader.order[0] is None  # a topic heading comes first
        await pilot.press("s")
        await pilot.pause()
        assert screen.sections is False
        assert reader.order == list(range(27))


async def test_why_shows_the_evidence(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        screen.query_one(ReaderPane).show_paragraph(14)
        await pilot.press("2", "w")
        await pilot.pause()
        assert isinstance(app.screen, WhyDialog)
        assert "tariff \u00d73" in _text(app)
        assert "model's terms" in _text(app) and "import \u00d71" in _text(app)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_help_lists_every_binding(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = _text(app)
        for words in ("Next date", "Prev article", "Search all articles", "List of articles",
                      "Filter every pane by topic", "Pin the event", "Topic sections",
                      "Why the paragraph", "Go to the timeline", "Quit"):  # fmt: skip
            assert words in text
        listed = {title: dict((label, keys) for keys, label in rows)
                  for title, rows in app.screen.sections}  # fmt: skip
        assert list(listed) == ["Everywhere", "Main screen", "Moving in any pane", "Timeline",
                                "Reader", "Entities", "Quotes", "Articles", "Palette",
                                "Dates"]  # fmt: skip
        assert listed["Moving in any pane"]["Down"] == "\u2193 j"
        assert listed["Articles"] == {"Open the article in the reader": "\u23ce"}
        assert listed["Main screen"]["Go to the articles (wide terminal; else the list)"] == "5"
        assert listed["Timeline"] == {"Open the event in the reader": "\u23ce"}
        assert listed["Entities"]["Fold or unfold"] == "space"
        assert listed["Entities"]["Merge the entity into another (kept)"] == "m"
        assert listed["Entities"]["Split an alias off the entity (kept)"] == "u"
        assert listed["Entities"]["Your corrections: Enter undoes one"] == "U"
        every = " ".join(label for rows in listed.values() for label in rows)
        for internal in ("Page Left", "Scroll Right", "Cursor to next ancestor", "sibling"):
            assert internal not in every
        assert "help_quit" not in text and "How to quit" not in text  # Ctrl+C quits
        assert re.search(r"\^c q\s+Quit", text)
        assert "^c super+c" not in text  # ctrl+c quits: no other row claims it
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_export_previews_then_writes_the_view_with_pins(make_app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        screen.set_topic("visas")
        await pilot.pause()
        await pilot.press("4", "p", "x")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        assert app.screen.path == tmp_path / "brief-visas.md"
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        brief = (tmp_path / "brief-visas.md").read_text()
        assert brief.startswith("# Brief: Visas & immigration\n")
        assert "(pinned)" in brief
        await pilot.press("x", "w")
        await pilot.pause()
        label = app.screen.query_one("#export-path")
        assert "exists: press o to overwrite" in str(label.render())
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_next_article_with_two_articles(make_app, tmp_path):
    (tmp_path / "b.txt").write_text("The port of Felixstowe reopened on Monday.\n")
    app = make_app([Path(__file__).parents[2] / "seeds", tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert screen.article_index == 0
        await pilot.press("right_curly_bracket")
        assert screen.article_index == 1
        await pilot.press("left_curly_bracket")
        assert screen.article_index == 0


async def test_bad_files_are_listed_and_the_rest_opens(make_app, tmp_path):
    (tmp_path / "good.txt").write_text("Tariffs rose on Monday.\n")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01")
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert [a.id for a in screen.corpus.articles] == ["good"]
        assert any("bad.txt: binary file" in str(n.message) for n in app._notifications)


async def test_control_characters_are_neutralised(make_app, tmp_path):
    (tmp_path / "evil.txt").write_text(
        "Bold [b]claim[/b] \x1b[31mred\x1b[0m and [link=x]y[/link].\n"
    )
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        text = _text(app)
        assert "[b]claim[/b]" in text
        assert "\ufffd[31mred" in text


async def test_keys_remap_from_settings(make_app):
    app = make_app(settings=Settings(keys={"timeline.next_date": "ctrl+n"}))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("ctrl+n")
        assert screen.selected.date == "XXXX-09"


async def test_narrow_terminal_keeps_entities_reachable(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(app, pilot)
        sidebar = screen.query_one(EntitySidebar)
        assert not sidebar.display or sidebar.styles.display == "none"
        await pilot.press("3")
        await pilot.pause()
        assert sidebar.styles.display == "block"
        assert app.focused is sidebar


async def test_q_quits(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("q")
    assert app.return_code == 0


async def test_focus_keys_1_to_4(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        for key, kind in (("4", QuotePanel), ("3", EntitySidebar), ("2", ReaderPane),
                          ("1", TimelinePane)):  # fmt: skip
            await pilot.press(key)
            assert app.focused is screen.query_one(kind)


async def test_palette_jumps_to_an_entity(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"entity: Taro")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.entity == "per:taro-kishida"


def highlighted_line(screen) -> str:
    """The text of the reader's highlighted row."""
    reader = screen.query_one(ReaderPane)
    return reader.get_option_at_index(reader.highlighted).prompt.plain


async def test_pins_and_notes_survive_a_restart(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("G", "p")
        pinned = set(screen.pinned)
        screen.query_one(ReaderPane).show_paragraph(14)
        await pilot.press("2", "a")
        await pilot.pause()
        await pilot.press(*"check the tariff order", "enter")
        await pilot.pause()
        assert "\u270e your note: check the tariff order" in highlighted_line(screen)
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        screen = await ready(again, pilot)
        assert screen.pinned == pinned
        assert [n.text for n in screen.notes] == ["check the tariff order"]


async def test_a_note_is_edited_and_removed_and_that_lasts(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        screen.query_one(ReaderPane).show_paragraph(14)
        await pilot.press("2", "a")
        await pilot.pause()
        await pilot.press(*"first thought", "enter")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        field = app.screen.query_one("#note-input", Input)
        assert field.value == "first thought"  # the note, ready to edit
        field.value = ""
        await pilot.press(*"second thought", "enter")
        await pilot.pause()
        assert [n.text for n in screen.notes] == ["second thought"]
        assert "\u270e your note: second thought" in highlighted_line(screen)
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        screen = await ready(again, pilot)
        assert [n.text for n in screen.notes] == ["second thought"]
        screen.query_one(ReaderPane).show_paragraph(14)
        await pilot.press("2", "a")
        await pilot.pause()
        app_field = again.screen.query_one("#note-input", Input)
        app_field.value = ""
        await pilot.press("enter")
        await pilot.pause()
        assert screen.notes == []
        assert "your note" not in highlighted_line(screen)
    third = make_app()
    async with third.run_test(size=SIZE) as pilot:
        screen = await ready(third, pilot)
        assert screen.notes == []


async def test_second_start_opens_from_the_snapshot_and_search_opens_only_hits(make_app, tmp_path):
    from briefing.library.lazy_corpus import LazyArticles

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a-steel.txt").write_text("Tariffs on steel rose on Monday, officials said.\n")
    (folder / "b-copper.txt").write_text("Copper prices fell on Friday in London.\n")
    (folder / "c-seed.txt").write_text(SEED.read_text(encoding="utf-8"))
    first_app = make_app([folder])
    async with first_app.run_test(size=SIZE) as pilot:
        first = await ready(first_app, pilot)
        timeline = first.corpus.timeline
        # the first start, once all is analysed and cached, reads articles from the cache too
        assert isinstance(first.corpus.articles, LazyArticles)
    app = make_app([folder])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        articles = screen.corpus.articles
        assert isinstance(articles, LazyArticles)
        assert screen.corpus.timeline == timeline
        assert articles.opened == 1  # the article in the reader
        await pilot.press("slash", *"copper", "enter")
        await pilot.pause()
        assert [m[0] for m in screen.matches] == [1]
        assert articles.opened == 2
        assert screen.article.id == "b-copper"


def test_the_export_preview_of_a_long_brief_is_its_start():
    from briefing.tui.screens.export_dialog import preview_of

    paragraphs = [f"Line {n}.\n" for n in range(1, 1001)]
    brief = "\n".join(paragraphs)  # 1,999 lines: a line of text, a blank line, ...
    preview = preview_of(brief, 400)
    assert preview.startswith("Line 1.\n\nLine 2.\n")
    assert "Line 200." in preview and "Line 201." not in preview
    assert preview.endswith(
        "*The preview shows the first 400 of 1,999 lines; w writes the whole brief (11 KB).*\n"
    )
    assert preview_of("short\n", 400) == "short\n"


def test_the_export_preview_shows_footnotes_as_superscripts_and_notes():
    from briefing.tui.screens.export_dialog import with_visible_footnotes

    brief = (
        "- **Sep?** \u2014 Talks began.[^1] A \\[^2\\] stays.[^12]\n\n"
        "[^1]: Source, \u00b63\n[^12]: Other\n"
    )
    assert with_visible_footnotes(brief) == (
        "- **Sep?** \u2014 Talks began.\u00b9 A \\[^2\\] stays.\u00b9\u00b2\n\n"
        "- \u00b9 Source, \u00b63\n- \u00b9\u00b2 Other\n"
    )


async def test_a_date_counted_from_an_inferred_article_date_is_marked_until_one_is_set(
    make_app, tmp_path
):
    (tmp_path / "port.txt").write_text(
        "Port deal faces delays\n\n"
        "The contract was signed on June 2, 2014, after two years of talks.\n\n"
        "Last year the operator lost money.\n"
    )
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        timeline = app.screen.query_one(TimelinePane)
        rows = [timeline.row_text(i, 60).plain for i in range(len(timeline.events))]
        assert [row[:10] for row in rows] == ["  \u22482013   ", "  2 Jun   "]
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("ctrl+u", *"2016-03-01", "enter")
        await pilot.pause()
        rows = [timeline.row_text(i, 60).plain for i in range(len(timeline.events))]
        assert [row[:12] for row in rows] == ["  2 Jun \u201914 ", "  2015      "]


async def test_the_reader_marks_dates_but_not_vague_references(make_app, tmp_path):
    (tmp_path / "vote.txt").write_text(
        "The vote was held on October 27 in Lima.\n\nPrices are high now, in the current crisis.\n"
    )
    app = make_app([tmp_path], date="2025-10-28")
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        reader = app.screen.query_one(ReaderPane)
        marked = set()
        for index in range(reader.option_count):
            prompt = reader.get_option_at_index(index).prompt
            marked |= {prompt.plain[s.start : s.end] for s in prompt.spans}
        assert "October 27" in marked
        assert not {"now", "current"} & marked


async def test_a_narrow_timeline_keeps_the_sentence_and_a_space_after_a_long_date(
    make_app, tmp_path
):
    (tmp_path / "b.txt").write_text("The port of Felixstowe reopened on Monday.\n")
    app = make_app([Path(__file__).parents[2] / "seeds", tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        timeline = app.screen.query_one(TimelinePane)
        narrow = [timeline.row_text(i, 26).plain for i in range(len(timeline.events))]
        assert not any("\u00b7" in row for row in narrow)  # no source badge when narrow
        assert [row for row in narrow if "Jan 2029" in row][0].startswith("  Jan 2029 ")
        wide = [timeline.row_text(i, 60).plain for i in range(len(timeline.events))]
        assert all("\u00b7" in row for row in wide)  # two sources: each row names its own


async def test_an_undated_articles_years_stay_apart_and_history_comes_last(make_app, tmp_path):
    (tmp_path / "outlook.txt").write_text(
        "Retailers brace for a slow start\n\n"
        "Sales rose early this year, the trade body said.\n\n"
        "It expects a recovery early next year.\n\n"
        "Stores first opened here in the 18th century.\n\n"
        "The chain was sold in 2003.\n"
    )
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        timeline = app.screen.query_one(TimelinePane)
        rows = [timeline.row_text(i, 60) for i in range(len(timeline.events))]
        assert [row.plain[2:17] for row in rows] == [
            "early yr?      ",
            "early next yr? ",
            "2003           ",
            "18th c.        ",
        ]
        date_styles = [str(row.spans[1].style) for row in rows]
        assert date_styles == ["bold", "bold", "bold", "dim"]


async def test_q_on_the_list_of_hits_closes_it_and_never_quits(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *"tariff", "enter")
        await searched(app, pilot)
        assert isinstance(app.screen, SearchHits)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen is screen and screen.match_position == 1
        await pilot.press("slash", *"quota", "enter")
        await searched(app, pilot)
        assert app.screen is screen  # no hit: a notice, no list
        assert screen.selection.query == "quota" and screen.matches == []
        assert app.is_running


def test_a_hits_excerpt_begins_at_a_word_and_keeps_the_words_found():
    from briefing.tui.screens.search_hits import excerpt

    text = "The Prime Minister Tony Blair has yet to name the date of the election."
    shown, start, end = excerpt(text, 24, 29, 30)
    assert shown == "\u2026Tony Blair has yet to name t\u2026" and len(shown) == 30
    assert shown[start:end] == "Blair"
    assert excerpt("Short line.", 0, 5, 30) == ("Short line.", 0, 5)


async def test_esc_cancels_a_brief_still_being_written_and_keeps_the_filters(make_app):
    import threading

    from briefing.tui.screens import export_dialog

    release = threading.Event()
    real = export_dialog._render

    def slow(*args):
        release.wait(5)
        real(*args)

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        screen.set_topic("visas")
        export_dialog._render = slow
        try:
            await pilot.press("x")
            await pilot.pause()
            assert "writing the brief" in _text(app)
            await pilot.press("escape")
            await pilot.pause()
            assert "writing the brief" not in _text(app)
            assert screen.topic == "visas"  # Esc stopped the work, not the filter
            release.set()
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert app.screen is screen  # no dialog for a cancelled brief
        finally:
            export_dialog._render = real
