"""The main screen: owns the corpus and one :class:`Selection`, and pushes it to the panes.

Every change of what the reader looks at is one new ``selection``; its watcher redraws the
panes that show what changed (``Selection.panes_to_redraw``). Changes of the data (a batch
loaded, a pin, a note, a new date) redraw the panes that show them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Footer
from textual.worker import Worker, WorkerState, get_current_worker

from briefing.analysis.topics.themes import Theme
from briefing.library.query import Match, Reading
from briefing.model import Article, Corpus, Event, LoadFailure, article_key
from briefing.presentation import date_note
from briefing.safe_text import plain
from briefing.store import Store, StoreError
from briefing.tui.annotations import Annotations
from briefing.tui.collector import IdleCollector
from briefing.tui.colours import reader_styles
from briefing.tui.screens.article_list import ArticleList
from briefing.tui.screens.correcting import Correcting
from briefing.tui.screens.dialogs import TopicPicker
from briefing.tui.screens.export_dialog import export_brief
from briefing.tui.screens.marking import Marking
from briefing.tui.screens.search_hits import SearchHits
from briefing.tui.selection import PANES, Selection
from briefing.tui.views import quotes_view, status_parts
from briefing.tui.widgets.article_pane import ArticlePane
from briefing.tui.widgets.article_rows import ArticleRow, article_rows, sorted_rows
from briefing.tui.widgets.corpus_loader import CorpusLoader
from briefing.tui.widgets.entity_sidebar import EntitySidebar
from briefing.tui.widgets.quote_panel import QuotePanel
from briefing.tui.widgets.reader_pane import Marks, ReaderPane
from briefing.tui.widgets.search_bar import SearchBar
from briefing.tui.widgets.status_bar import StatusBar
from briefing.tui.widgets.timeline_pane import TimelinePane

NARROW_BELOW = 100  # columns under which the entity sidebar takes the timeline's place
WIDE_FROM = 160  # columns from which the articles pane shows beside the timeline


class MainScreen(Screen[None]):
    """Timeline, reader, entities and quotes; the selection drives them all."""

    BINDINGS = [
        Binding("right_square_bracket", "next_date", "Next date", id="timeline.next_date"),
        Binding(
            "left_square_bracket",
            "previous_date",
            "Prev date",
            id="timeline.previous_date",
            show=False,
        ),  # fmt: skip
        Binding(
            "right_curly_bracket",
            "next_article",
            "Next article",
            id="reader.next_article",
            show=False,  # the article list (l) holds them all; the footer fits 80 columns
        ),
        Binding(
            "left_curly_bracket",
            "previous_article",
            "Prev article",
            id="reader.previous_article",
            show=False,
        ),  # fmt: skip
        Binding("l", "article_list", "Articles", id="main.articles"),
        Binding("slash", "search", "Search", id="main.search"),
        Binding("n", "next_match", "Next match", id="main.next_match", show=False),
        Binding("N", "previous_match", "Prev match", id="main.previous_match", show=False),
        Binding("t", "pick_topic", "Topic", id="main.topic"),
        Binding("escape", "clear", "Clear", id="main.clear", show=False),
        Binding("p", "pin", "Pin", id="main.pin"),
        Binding("a", "add_note", "Note", id="reader.add_note", show=False),
        Binding("d", "set_date", "Date", id="reader.set_date", show=False),
        Binding("x", "export_brief", "Export", id="main.export"),
        Binding("s", "toggle_sections", "Sections", id="reader.sections", show=False),
        Binding("w", "why", "Why", id="reader.why", show=False),
        Binding("c", "copy_cited", "Copy with citation", id="main.copy", show=False),
        Binding("o", "open_address", "Open URL", id="reader.open", show=False),
        Binding("1", "focus_pane('timeline')", "Timeline", id="main.focus_timeline", show=False),
        Binding("2", "focus_pane('reader')", "Reader", id="main.focus_reader", show=False),
        Binding("3", "focus_pane('entities')", "Entities", id="main.focus_entities", show=False),
        Binding("4", "focus_pane('quotes')", "Quotes", id="main.focus_quotes", show=False),
        Binding("5", "focus_pane('articles')", "Articles", id="main.focus_articles", show=False),
    ]

    # What the reader looks at: one value, replaced whole (see ``select``).
    selection: var[Selection] = var(Selection(), init=False)

    def __init__(
        self,
        paths: Sequence[str | Path],
        theme: Theme,
        default_date: str | None,
        db: Path | None = None,
    ):
        super().__init__()
        self.db = db
        self.annotations = Annotations()
        self.marking = Marking(self)
        self.correcting = Correcting(self)
        self.paths = list(paths)
        self.theme = theme
        self.default_date = default_date
        self.corpus: Corpus | None = None
        self.base_corpus: Corpus | None = None  # as assembled, before the corrections
        self.reading: Reading | None = None
        self.progress_counts = (0, 0)
        self.article_sort = "date"
        self.busy: dict[str, str] = {}  # work running in a worker: what the status says
        self._article_rows: tuple[object, list[ArticleRow]] = (None, [])
        self._article_places: dict[int, int] = {}  # corpus index: place in those rows

    # ------------------------------------------------------------------ the selection

    def select(self, **changes: object) -> None:
        """Change what the reader looks at; the panes that show it redraw."""
        self.selection = replace(self.selection, **changes)  # type: ignore[arg-type]

    def watch_selection(self, before: Selection, after: Selection) -> None:
        self.redraw(*after.panes_to_redraw(before))

    # The selection's parts and the reader's marks, as the panes and the tests ask for them.
    selected = property(lambda self: self.selection.event)
    topic = property(lambda self: self.selection.topic)
    entity = property(lambda self: self.selection.entity)
    article_index = property(lambda self: self.selection.article_index)
    sections = property(lambda self: self.selection.sections)
    matches = property(lambda self: list(self.selection.matches))
    match_position = property(lambda self: self.selection.match_position)
    pinned = property(lambda self: self.annotations.pinned)
    notes = property(lambda self: self.annotations.notes)

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        with Horizontal(id="panes"):
            yield ArticlePane(self.colours(), self.annotations.read, id="articles")
            yield TimelinePane(id="timeline")
            yield ReaderPane(id="reader")
            yield EntitySidebar(id="entities")
        yield QuotePanel(id="quotes")
        yield SearchBar(id="search")
        yield Footer(compact=True)
        yield CorpusLoader(self.paths, self.theme, self.db, self.default_date,
                           lambda: self.annotations.corrections_in_order)  # fmt: skip

    def on_mount(self) -> None:
        store = self._open_store()
        self.annotations = Annotations(store)
        self.update_status()
        self.query_one(CorpusLoader).load(checked=store is not None)
        self.query_one(TimelinePane).focus()

    def _open_store(self) -> Store | None:
        """The reader's database, or None (said in a notification) when it cannot open."""
        if self.db is None:
            return None
        try:
            store = Store(self.db)
        except StoreError as error:
            self.notify(str(error), title="No database", severity="warning")
            return None
        for notice in store.notices:
            self.notify(notice, title="Database", severity="warning", timeout=10)
        return store

    def on_resize(self) -> None:
        narrow = self.size.width < NARROW_BELOW
        self.set_class(narrow, "-narrow")
        wide = self.size.width >= WIDE_FROM
        if wide != self.has_class("-wide"):
            self.set_class(wide, "-wide")
            self.draw_articles()
        # on a narrow terminal every key's label fits only without the palette's (^p still
        # opens it, and the help lists it)
        self.query_one(Footer).show_command_palette = not narrow

    # ------------------------------------------------------------------ loading

    def set_corpus(self, corpus: Corpus, base: Corpus | None = None) -> None:
        """Take a new corpus (``base``: as assembled, before the reader's corrections of
        the entities) and index it for the panes."""
        self.corpus = corpus
        self.base_corpus = base if base is not None else corpus
        self.reading = Reading(corpus)

    def report_failures(self, failures: list[LoadFailure]) -> None:
        """One notification listing the files that could not be read, and one for the notices
        (files of unknown kind skipped)."""
        for notice in (f for f in failures if f.notice):
            self.notify(plain(f"{notice.path}: {notice.reason}"), title="Skipped",
                        timeout=10, markup=False)  # fmt: skip
        failures = [f for f in failures if not f.notice]
        if failures:
            lines = "\n".join(plain(f"{f.path}: {f.reason}") for f in failures[:10])
            more = f"\n\u2026 and {len(failures) - 10} more" if len(failures) > 10 else ""
            self.notify(lines + more, title="Some files could not be read",
                        severity="warning", timeout=10, markup=False)  # fmt: skip

    @on(CorpusLoader.Progress)
    def progress(self, message: CorpusLoader.Progress) -> None:
        self.progress_counts = (message.done, message.total)
        self.update_status()

    @on(CorpusLoader.Loaded)
    def loaded(self, message: CorpusLoader.Loaded) -> None:
        self.progress_counts = (message.done, message.total)
        if message.done == message.total:
            self.report_failures(list(message.corpus.failures))
        self.set_corpus(message.corpus, message.base)
        if message.done == message.total and not message.corpus.articles:
            self.notify("No article could be loaded.", severity="error")
        last = max(0, len(message.corpus.articles) - 1)
        self.selection = replace(self.selection, article_index=min(self.article_index, last))
        self.redraw_all()
        self.refresh_bindings()  # keys that depend on the corpus (export, articles) wake up
        if message.done == message.total:
            # The corpus lives as long as the screen: keep the collector from walking its
            # objects again and again, and its full passes out of the keys (see collector).
            collector = getattr(self.app, "collector", None)
            if isinstance(collector, IdleCollector):
                collector.settle()

    def set_busy(self, group: str, message: str | None) -> None:
        """Say in the status line that work of ``group`` runs (None: it ended)."""
        if message is None:
            self.busy.pop(group, None)
        else:
            self.busy[group] = message
        self.update_status()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state in (WorkerState.ERROR, WorkerState.CANCELLED) and event.worker.group:
            self.set_busy(event.worker.group, None)
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.notify(plain(f"{event.worker.error}"), title="Analysis failed",
                        severity="error", markup=False)  # fmt: skip

    # ------------------------------------------------------------------ derived views

    @property
    def article(self) -> Article | None:
        """The article in the reader."""
        if self.corpus is None or not self.corpus.articles:
            return None
        return self.corpus.articles[self.article_index]

    def visible_events(self) -> list[Event]:
        """Timeline events under the topic and entity filters."""
        return self.reading.events(self.topic, self.entity) if self.reading else []

    def entity_names(self) -> dict[str, str]:
        """Entity names by id (made once per corpus)."""
        return self.reading.names if self.reading else {}

    def colours(self) -> dict[str, str]:
        return {topic.key: topic.color for topic in self.theme.topics}

    def labels(self) -> dict[str, str]:
        return {topic.key: topic.label for topic in self.theme.topics}

    # ------------------------------------------------------------------ drawing the panes

    def redraw_all(self) -> None:
        """Push the corpus and the selection down to every pane."""
        self.redraw(*PANES)

    def redraw(self, *panes: str) -> None:
        """Push the selection down to the named panes, in order."""
        draw = {"entities": self.draw_entities, "timeline": self.draw_timeline,
                "reader": self.draw_reader, "articles": self.draw_articles,
                "quotes": self.draw_quotes,
                "status": self.update_status}  # fmt: skip
        for pane in panes:
            draw[pane]()

    def draw_entities(self, keep: str | None = None) -> None:
        if self.corpus is not None:
            within = None
            if self.topic is not None:
                within = {h.id for h in self.corpus.headers if self.topic in h.topics}
            self.query_one(EntitySidebar).show_entities(
                self.corpus.entities, self.entity, within, keep
            )

    def draw_timeline(self) -> None:
        reading = self.reading
        if reading is None:
            return
        sources = reading.labels if len(reading.corpus.headers) > 1 else {}
        keep = self.selected.id if self.selected else None
        self.query_one(TimelinePane).show_events(
            self.visible_events(), reading.focus, sources, self.colours(), self.pinned, keep
        )

    def draw_reader(self) -> None:
        article = self.article
        if article is None:
            return
        styles = reader_styles(self.app.theme_variables)
        marked = self.selection.marked
        sentence = marked.sentence if marked is not None and marked.article == article.id else None
        notes = self.annotations.notes_by_paragraph(article_key(article.path))
        matches = self.selection.matches_in(self.article_index)
        marks = Marks(sentence, self.entity, matches, styles, notes)
        self.query_one(ReaderPane).show_article(
            article, self.sections, self.labels(), self.colours(), marks
        )
        self.annotations.mark_read(article.path)

    def draw_articles(self) -> None:
        """The articles pane, shown on a wide terminal only (else nothing to do)."""
        if self.reading is None or not self.has_class("-wide"):
            return
        rows = self.article_rows()
        pane = self.query_one(ArticlePane)
        pane.read = self.annotations.read  # the marks of the database opened at mount
        place = self._article_places.get(self.article_index)
        pane.show_articles(rows, place, self.article_sort, self.reading.focus)

    def article_rows(self) -> list[ArticleRow]:
        """The articles under the topic and entity filters, in the list's order (one list
        per order and filters, kept until the corpus changes)."""
        assert self.reading is not None
        key = (self.reading, self.article_sort, self.topic, self.entity)
        if self._article_rows[0] != key:
            ordered = sorted_rows(article_rows(self.reading.corpus.headers), self.article_sort)
            if self.topic is not None:
                ordered = [r for r in ordered if self.topic in r.header.topics]
            if self.entity is not None:
                entity = self.reading.entities_by_id.get(self.entity)
                within = set(entity.articles) if entity is not None else set()
                ordered = [r for r in ordered if r.header.id in within]
            self._article_rows = (key, ordered)
            self._article_places = {row.index: place for place, row in enumerate(ordered)}
        return self._article_rows[1]

    @on(ArticlePane.ArticleChosen)
    def article_chosen(self, message: ArticlePane.ArticleChosen) -> None:
        self.open_article(message.index, event=None, marked=None)
        self.query_one(ReaderPane).focus()

    def draw_quotes(self) -> None:
        quotes, title = quotes_view(self.reading, self.article, self.selection, self.theme)
        labels = self.reading.labels if self.reading else {}
        self.query_one(QuotePanel).show_quotes(
            quotes, self.entity_names(), self.pinned, title, labels
        )

    def update_status(self) -> None:
        names, pinned = self.entity_names(), len(self.pinned)
        parts = status_parts(self.corpus, self.selection, self.progress_counts, self.theme,
                             names, pinned)  # fmt: skip
        parts.extend(self.busy.values())
        article = self.article
        self.query_one(StatusBar).show(parts, date_note(article) if article is not None else "")

    # ------------------------------------------------------------------ pane messages

    @on(TimelinePane.EventHighlighted)
    def event_highlighted(self, message: TimelinePane.EventHighlighted) -> None:
        self.query_one(TimelinePane).draw_cursor()  # in the same frame as the reader
        self.select_event(message.event)

    @on(TimelinePane.EventChosen)
    def event_chosen(self, message: TimelinePane.EventChosen) -> None:
        self.set_class(False, "-show-entities")
        self.select_event(message.event)
        self.query_one(ReaderPane).focus()

    def select_event(self, event: Event) -> None:
        """Make ``event`` the selection: reader on its sentence, quotes of its date."""
        if self.reading is None:
            return
        index = self.reading.index_by_id[event.article]
        self.select(event=event, marked=event, article_index=index)
        self.query_one(ReaderPane).show_offset(event.sentence[0])

    @on(ReaderPane.ParagraphHighlighted)
    def paragraph_highlighted(self, message: ReaderPane.ParagraphHighlighted) -> None:
        """Moving through the reader selects the timeline event of that paragraph."""
        paragraph = message.paragraph
        candidates = (
            self.reading.events_in(message.article.id, self.topic, self.entity)
            if self.reading
            else []
        )
        events = [
            e for e in candidates
            if e.article == message.article.id
            and paragraph.start <= e.sentence[0] < paragraph.end
        ]  # fmt: skip
        if events and events[0] != self.selected:
            self.select(event=events[0])  # the reader stays as it is, scroll and mark
            self.query_one(TimelinePane).select_event(events[0].id)
        self.query_one(ReaderPane).draw_cursor()  # in the same frame as the rest

    @on(EntitySidebar.EntityChosen)
    def entity_chosen(self, message: EntitySidebar.EntityChosen) -> None:
        self.choose_entity(message.entity.id)

    def choose_entity(self, entity_id: str) -> None:
        """Filter to an entity (choosing it again clears the filter)."""
        entity = None if self.entity == entity_id else entity_id
        self.select(event=None, marked=None, entity=entity)

    @on(EntitySidebar.CorrectionAsked)
    def correction_asked(self, message: EntitySidebar.CorrectionAsked) -> None:
        self.correcting.asked(message.action, message.entity)

    def show_corrected(self, corpus: Corpus, message: str, keep: str) -> None:
        """Take the corpus with the reader's corrections made, say what changed, and keep
        the entities' cursor on entity ``keep``."""
        self.set_corpus(corpus, self.base_corpus)
        listed = {entity.id for entity in corpus.entities}
        entity = self.entity if self.entity in listed else None
        self.selection = replace(self.selection, event=None, marked=None, entity=entity)
        self.notify(message, markup=False)
        self.redraw(*(pane for pane in PANES if pane != "entities"))
        self.draw_entities(keep)

    @on(QuotePanel.QuoteChosen)
    def quote_chosen(self, message: QuotePanel.QuoteChosen) -> None:
        self.set_class(False, "-show-entities")
        index = self.reading.index_by_id.get(message.article.id, 0) if self.reading else 0
        self.open_article(index)
        self.query_one(ReaderPane).show_offset(message.quote.start)
        self.query_one(ReaderPane).focus()

    def open_article(self, index: int, **changes: object) -> None:
        """Show article ``index`` in the reader."""
        if self.corpus is None or not self.corpus.articles:
            return
        index = max(0, min(index, len(self.corpus.articles) - 1))
        self.select(article_index=index, **changes)

    def set_topic(self, key: str | None) -> None:
        """Filter every pane by a topic ("" or None: all topics): the timeline, the quotes
        and the entities to it, and the reader to an article with a section on it."""
        topic = key or None
        index = self.article_index
        if topic is not None and self.corpus is not None:
            headers = self.corpus.headers
            if not 0 <= index < len(headers) or topic not in headers[index].topics:
                index = next((i for i, h in enumerate(headers) if topic in h.topics), index)
        self.select(event=None, marked=None, topic=topic, article_index=index)
        self.show_topic_in_reader()

    def show_topic_in_reader(self) -> None:
        """Scroll the reader to the first paragraph under the topic filter."""
        article = self.article
        if article is None or self.topic is None:
            return
        first = next((p for p in article.paragraphs if self.topic in p.topics), None)
        if first is not None:
            self.query_one(ReaderPane).show_offset(first.start)

    # ------------------------------------------------------------------ actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next_match", "previous_match") and not self.selection.matches:
            return None
        if action in ("export_brief", "article_list") and (
            self.corpus is None or not self.corpus.articles
        ):
            return None
        if action in ("next_article", "previous_article") and (
            self.corpus is None or len(self.corpus.articles) < 2
        ):
            return None
        return True

    def action_focus_pane(self, name: str) -> None:
        """Focus a pane (1-5); on a narrow terminal, the sidebar takes the timeline's place;
        the articles pane shows on a wide one only (else the list of articles opens)."""
        if name == "articles" and not self.has_class("-wide"):
            self.action_article_list()
            return
        self.set_class(name == "entities", "-show-entities")
        self.query_one(f"#{name}").focus()

    def action_next_date(self) -> None:
        """The first event of the next date."""
        self.query_one(TimelinePane).step_date(1)

    def action_previous_date(self) -> None:
        """The first event of the previous date."""
        self.query_one(TimelinePane).step_date(-1)

    def action_next_article(self) -> None:
        """The next article of the article list's order, under the topic and entity filters."""
        self.open_article(self.article_step(1), event=None, marked=None)
        self.show_topic_in_reader()

    def action_previous_article(self) -> None:
        """The previous article of the article list's order, under the filters."""
        self.open_article(self.article_step(-1), event=None, marked=None)
        self.show_topic_in_reader()

    def article_step(self, step: int) -> int:
        """The corpus index of the next (1) or previous (-1) article in the article list's
        order under the filters (the first or last when the reader's is not among them)."""
        if self.reading is None:
            return self.article_index
        rows = self.article_rows()
        if not rows:
            return self.article_index
        place = self._article_places.get(self.article_index)
        if place is None:
            return rows[0 if step > 0 else -1].index
        return rows[min(max(place + step, 0), len(rows) - 1)].index

    def action_toggle_sections(self) -> None:
        """Switch between topic sections and reading order."""
        self.select(sections=not self.sections)

    def action_clear(self) -> None:
        """Stop a search or a brief still running; else clear the search and every filter."""
        if self.busy:
            for group in list(self.busy):
                self.workers.cancel_group(self, group)
                self.set_busy(group, None)
            return
        self.query_one(SearchBar).close()
        self.set_class(False, "-show-entities")
        before = self.selection
        self.select(event=None, marked=None, topic=None, entity=None, query="", matches=(),
                    match_position=-1)  # fmt: skip
        if self.selection == before:
            self.redraw_all()
        self.refresh_bindings()

    def action_pick_topic(self) -> None:
        """Choose a topic filter."""
        topics = [(t.key, t.label, t.color) for t in self.theme.topics]
        counts = self.topic_counts()

        def chosen(key: str | None) -> None:
            if key is not None:
                self.set_topic(key)

        self.app.push_screen(TopicPicker(topics, self.topic, counts), chosen)

    def topic_counts(self) -> dict[str, tuple[int, int]]:
        """Articles and timeline events under each topic."""
        counts: dict[str, list[int]] = {t.key: [0, 0] for t in self.theme.topics}
        if self.corpus is not None:
            for header in self.corpus.headers:
                for topic in header.topics:
                    counts.setdefault(topic, [0, 0])[0] += 1
            for event in self.corpus.timeline:
                for topic in event.topics:
                    counts.setdefault(topic, [0, 0])[1] += 1
        return {key: (articles, events) for key, (articles, events) in counts.items()}

    # ------------------------------------------------------------------ the article list

    def action_article_list(self) -> None:
        """Open the list of articles; Enter there opens one in the reader."""
        if self.corpus is None or self.reading is None:
            return
        chooser = ArticleList(self.corpus.headers, self.annotations.read, self.colours(),
                              self.reading.focus, self.article_index,
                              self.article_sort)  # fmt: skip

        def chosen(index: int | None) -> None:
            if chooser.sort != self.article_sort:
                self.article_sort = chooser.sort
                self.draw_articles()
            if index is not None:
                self.set_class(False, "-show-entities")
                self.open_article(index, event=None, marked=None)
                self.query_one(ReaderPane).focus()

        self.app.push_screen(chooser, chosen)

    # ------------------------------------------------------------------ search

    def action_search(self) -> None:
        """Open the search line."""
        self.query_one(SearchBar).open(self.selection.query)

    @on(SearchBar.Searched)
    def searched(self, message: SearchBar.Searched) -> None:
        self.run_search(message.query)
        self.query_one(ReaderPane).focus()

    @on(SearchBar.Closed)
    def search_closed(self) -> None:
        self.query_one(ReaderPane).focus()

    def run_search(self, query: str) -> None:
        """Find ``query`` (case-insensitive) in every body, in a worker: the full-text index
        names the articles to read, the worker reads them; then the hits are listed and the
        reader shows the first. Esc cancels a search still running."""
        self.workers.cancel_group(self, "search")
        if self.reading is None or not query:
            self.select(query=query, matches=(), match_position=-1)
            self.refresh_bindings()
            return
        reading = self.reading
        # the index's text of each article it finds: the worker decodes no article
        candidates, bodies = reading.candidate_bodies(query, self.annotations.store)
        self.set_busy("search", f"searching '{query}'\u2026 Esc cancels")

        def search() -> None:
            worker = get_current_worker()
            matches = reading.find_in(
                query, candidates, stop=lambda: worker.is_cancelled, bodies=bodies
            )
            if not worker.is_cancelled:
                self.app.call_from_thread(self.show_hits, reading, query, tuple(matches))

        self.run_worker(search, name="search", group="search", thread=True, exclusive=True)

    def show_hits(self, reading: Reading, query: str, matches: tuple[Match, ...]) -> None:
        """Take a finished search's hits: the reader on the first, the list of them above."""
        self.set_busy("search", None)
        if reading is not self.reading:
            return  # the corpus changed while it ran
        self.select(query=query, matches=matches, match_position=-1)
        self.refresh_bindings()
        if not matches:
            self.notify(plain(f"No match for '{query}'."), markup=False)
            return
        self.goto_match(0)

        def chosen(position: int | None) -> None:
            if position is not None:
                self.goto_match(position)
            self.query_one(ReaderPane).focus()

        self.app.push_screen(SearchHits(reading, query, matches), chosen)

    def goto_match(self, position: int) -> None:
        """Show match ``position`` (wrapping round) in the reader."""
        self.set_class(False, "-show-entities")
        matches = self.selection.matches
        position %= len(matches)
        index, start, _end = matches[position]
        self.select(match_position=position, article_index=index)
        self.query_one(ReaderPane).show_offset(start)

    def action_next_match(self) -> None:
        """The next search match."""
        if self.selection.matches:
            self.goto_match(self.match_position + 1)

    def action_previous_match(self) -> None:
        """The previous search match."""
        if self.selection.matches:
            self.goto_match(self.match_position - 1)

    # ------------------------------------------------------------------ the reader's marks

    def action_pin(self) -> None:
        """Pin (or unpin) the selected event or quote for the brief."""
        self.marking.pin()

    def action_add_note(self) -> None:
        """Add a note of your own to the paragraph under the reader's cursor."""
        self.marking.add_note()

    def action_set_date(self) -> None:
        """Set the current article's date; its dates are resolved again."""
        self.marking.set_date()

    def action_copy_cited(self) -> None:
        """Copy the focused quote, the selected event or the paragraph, with its citation."""
        self.marking.copy()

    def action_open_address(self) -> None:
        """Open the current article's web address in the browser."""
        self.marking.open_address()

    def action_why(self) -> None:
        """Show why the paragraph under the reader's cursor sits under its topics."""
        self.marking.why()

    def show_redated(self, corpus: Corpus, base: Corpus, message: str) -> None:
        """Take the corpus with an article's new dates (``base``: before the reader's
        corrections of the entities), and say what changed."""
        self.set_corpus(corpus, base)
        self.selection = replace(self.selection, event=None, marked=None)
        self.notify(message)
        self.redraw_all()

    # ------------------------------------------------------------------ export

    def action_export_brief(self) -> None:
        """Preview and write the brief of the current view (filters and pins)."""
        export_brief(self)
