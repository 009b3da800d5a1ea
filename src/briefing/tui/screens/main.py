"""The main screen: owns the corpus and the selection, and wires the panes together."""

from __future__ import annotations

import gc
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import var
from textual.widgets import Footer, Input
from textual.worker import Worker, WorkerState, get_current_worker

from briefing.analysis.topics.themes import Theme
from briefing.library import open_folder as opening
from briefing.library.query import Reading
from briefing.model import Article, Corpus, Event, LoadFailure
from briefing.presentation import date_note, event_label
from briefing.safe_text import plain
from briefing.store import Note, Store, StoreError, article_key
from briefing.tui.colours import reader_styles
from briefing.tui.screens.annotation_actions import AnnotationActions
from briefing.tui.screens.dialogs import TopicPicker
from briefing.tui.screens.export_actions import ExportActions
from briefing.tui.screens.search_actions import SearchActions
from briefing.tui.widgets.entity_sidebar import EntitySidebar
from briefing.tui.widgets.quote_panel import QuotePanel, QuoteRef
from briefing.tui.widgets.reader_pane import Marks, ReaderPane
from briefing.tui.widgets.status_bar import StatusBar
from briefing.tui.widgets.timeline_pane import TimelinePane

if TYPE_CHECKING:
    pass


class MainScreen(SearchActions, AnnotationActions, ExportActions):
    """Timeline, reader, entities and quotes; the selection drives them all."""

    BINDINGS = [
        Binding("right_square_bracket", "next_date", "Next date", id="timeline.next_date"),
        Binding(
            "left_square_bracket",
            "previous_date",
            "Prev date",
            id="timeline.previous_date",
            show=False,
        ),
        Binding("right_curly_bracket", "next_article", "Next article", id="reader.next_article"),
        Binding(
            "left_curly_bracket",
            "previous_article",
            "Prev article",
            id="reader.previous_article",
            show=False,
        ),
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
        Binding("1", "focus_pane('timeline')", "Timeline", id="main.focus_timeline", show=False),
        Binding("2", "focus_pane('reader')", "Reader", id="main.focus_reader", show=False),
        Binding("3", "focus_pane('entities')", "Entities", id="main.focus_entities", show=False),
        Binding("4", "focus_pane('quotes')", "Quotes", id="main.focus_quotes", show=False),
    ]

    # Plain state (var): the panes redraw themselves, the whole screen never needs to.
    topic: var[str | None] = var(None, init=False)
    entity: var[str | None] = var(None, init=False)
    article_index: var[int] = var(0, init=False)
    sections: var[bool] = var(True, init=False)

    class Loaded(Message):
        """Articles were analysed (a batch, or all of them)."""

        def __init__(self, corpus: Corpus, done: int, total: int) -> None:
            self.corpus = corpus
            self.done = done
            self.total = total
            super().__init__()

    class Progress(Message):
        """How far loading has got."""

        def __init__(self, done: int, total: int) -> None:
            self.done = done
            self.total = total
            super().__init__()

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, MainScreen.Progress)

    def __init__(
        self,
        paths: Sequence[str | Path],
        theme: Theme,
        default_date: str | None,
        db: Path | None = None,
    ):
        super().__init__()
        self.db = db
        self.store: Store | None = None
        self.notes: list[Note] = []
        self.paths = list(paths)
        self.theme = theme
        self.default_date = default_date
        self.corpus: Corpus | None = None
        self.progress_counts = (0, 0)
        self.selected: Event | None = None
        self.pinned: set[str] = set()
        self.matches: list[tuple[int, int, int]] = []  # (article index, start, end)
        self.match_position = -1
        self.query_text = ""
        self.reading: Reading | None = None

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        with Horizontal(id="panes"):
            yield TimelinePane(id="timeline")
            yield ReaderPane(id="reader")
            yield EntitySidebar(id="entities")
        yield QuotePanel(id="quotes")
        yield Input(placeholder="Search all articles; Enter to find, Esc to close", id="search")
        yield Footer()

    def on_mount(self) -> None:
        if self.db is not None:
            try:
                self.store = Store(self.db)
            except StoreError as error:
                self.notify(str(error), title="No database", severity="warning")
            else:
                for notice in self.store.notices:
                    self.notify(notice, title="Database", severity="warning", timeout=10)
        if self.store is not None:
            self.pinned = self.store.pins()
            self.notes = self.store.notes()
        self.query_one("#search", Input).display = False
        self.update_status()
        self.load()
        self.query_one(TimelinePane).focus()

    def on_resize(self) -> None:
        self.set_class(self.size.width < 100, "-narrow")

    # ------------------------------------------------------------------ loading

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self) -> None:
        """Read and analyse the articles (through the cache), posting batches as they come."""
        worker = get_current_worker()
        items = opening.open_corpus(self.paths, self.theme, self.db, self.default_date,
                                    should_stop=lambda: worker.is_cancelled)  # fmt: skip
        for item in items:
            if worker.is_cancelled:
                return
            if isinstance(item, opening.Progress):
                self.post_message(self.Progress(item.done, item.total))
                continue
            if isinstance(item, opening.Notice):
                self.app.call_from_thread(self.notify, item.text, title="Database",
                                          severity="warning", timeout=10)  # fmt: skip
                continue
            if item.done == item.total:
                self.app.call_from_thread(self.report_failures, list(item.corpus.failures))
            self.post_message(self.Loaded(item.corpus, item.done, item.total))

    def set_corpus(self, corpus: Corpus) -> None:
        """Take a new corpus and index it for the panes."""
        self.corpus = corpus
        self.reading = Reading(corpus)

    def report_failures(self, failures: list[LoadFailure]) -> None:
        """One notification listing the files that could not be read."""
        if failures:
            lines = "\n".join(plain(f"{f.path}: {f.reason}") for f in failures[:10])
            more = f"\n\u2026 and {len(failures) - 10} more" if len(failures) > 10 else ""
            self.notify(lines + more, title="Some files could not be read",
                        severity="warning", timeout=10, markup=False)  # fmt: skip

    def on_main_screen_progress(self, message: Progress) -> None:
        self.progress_counts = (message.done, message.total)
        self.update_status()

    def on_main_screen_loaded(self, message: Loaded) -> None:
        self.progress_counts = (message.done, message.total)
        self.set_corpus(message.corpus)
        if message.done == message.total and not message.corpus.articles:
            self.notify("No article could be loaded.", severity="error")
        self.article_index = min(self.article_index, max(0, len(message.corpus.articles) - 1))
        self.refresh_all()
        self.refresh_bindings()  # keys that depend on the corpus (export, articles) wake up
        if message.done == message.total:
            # The corpus lives as long as the screen: keep the collector from walking its
            # objects again and again (full collections otherwise stall keys by 50 ms).
            gc.freeze()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
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

    def visible_quotes(self) -> tuple[list[QuoteRef], str]:
        """Quotes of the selection: entity, else event date, else topic, else the article."""
        reading = self.reading
        if reading is None or self.article is None:
            return [], "none"
        if self.entity:
            return reading.quotes_of(self.entity), reading.names.get(self.entity, self.entity)
        if self.selected is not None:
            return reading.quotes_on(self.selected.date), self.selected_label()
        if self.topic:
            return reading.quotes_under(self.topic), self.theme.label(self.topic)
        article = self.article
        return [(article, q) for q in article.quotes], "this article"

    def selected_label(self) -> str:
        if self.selected is None or self.reading is None:
            return ""
        return event_label(self.selected, self.reading.focus)

    def entity_names(self) -> dict[str, str]:
        """Entity names by id (made once per corpus)."""
        return self.reading.names if self.reading else {}

    def colours(self) -> dict[str, str]:
        return {topic.key: topic.color for topic in self.theme.topics}

    def labels(self) -> dict[str, str]:
        return {topic.key: topic.label for topic in self.theme.topics}

    # ------------------------------------------------------------------ rendering

    def refresh_all(self) -> None:
        """Push the corpus and the selection down to every pane."""
        self.refresh_timeline()
        self.refresh_reader()
        if self.corpus is not None:
            self.query_one(EntitySidebar).show_entities(self.corpus.entities, self.entity)
        self.refresh_quotes()
        self.update_status()

    def refresh_timeline(self) -> None:
        if self.corpus is None:
            return
        reading = self.reading
        sources = reading.labels if reading and reading.several_sources else {}
        events = self.visible_events()
        keep = self.selected.id if self.selected else None
        focus = self.reading.focus if self.reading else None
        self.query_one(TimelinePane).show_events(
            events, focus, sources, self.colours(), self.pinned, keep
        )

    def refresh_reader(self) -> None:
        article = self.article
        if article is None:
            return
        styles = reader_styles(self.app.theme_variables)
        sentence = None
        if self.selected is not None and self.selected.article == article.id:
            sentence = self.selected.sentence
        matches = [(s, e) for i, s, e in self.matches if i == self.article_index]
        key = article_key(article.path)
        notes: dict[int, list[str]] = {}
        for note in self.notes:
            where, _, index = note.target.rpartition("#p")
            if where == key and index.isdigit():
                notes.setdefault(int(index), []).append(note.text)
        marks = Marks(sentence, self.entity, matches, styles, notes)
        self.query_one(ReaderPane).show_article(
            article, self.sections, self.labels(), self.colours(), marks
        )

    def refresh_quotes(self) -> None:
        quotes, title = self.visible_quotes()
        labels = self.reading.labels if self.reading else {}
        self.query_one(QuotePanel).show_quotes(
            quotes, self.entity_names(), self.pinned, title, labels
        )

    def update_status(self) -> None:
        status = self.query_one("#status", StatusBar)
        corpus = self.corpus
        parts = ["briefing"]
        done, total = self.progress_counts
        if corpus is None or done < total:
            parts.append(f"loading {done}/{total}" if total else "loading\u2026")
        if corpus is not None:
            parts.append(f"{len(corpus.articles)} article(s)")
            parts.append(f"{len(corpus.timeline)} events")
            parts.append(f"{len(corpus.entities)} entities")
        parts.append(f"topic: {self.theme.label(self.topic) if self.topic else 'all'}")
        if self.entity:
            parts.append(f"entity: {self.entity_names().get(self.entity, self.entity)}")
        if self.query_text:
            count = len(self.matches)
            where = f"{self.match_position + 1}/{count}" if count else "no match"
            parts.append(f"search '{self.query_text}': {where}")
        if self.pinned:
            parts.append(f"{len(self.pinned)} pinned")
        article = self.article
        status.show(parts, date_note(article) if article is not None else "")

    # ------------------------------------------------------------------ reactives

    def watch_topic(self) -> None:
        self.refresh_timeline()
        self.refresh_quotes()
        self.update_status()

    def watch_entity(self) -> None:
        if self.corpus is not None:
            self.query_one(EntitySidebar).show_entities(self.corpus.entities, self.entity)
        self.refresh_timeline()
        self.refresh_reader()
        self.refresh_quotes()
        self.update_status()

    def watch_article_index(self) -> None:
        self.refresh_reader()
        self.refresh_quotes()
        self.update_status()

    def watch_sections(self) -> None:
        self.refresh_reader()

    # ------------------------------------------------------------------ pane messages

    @on(TimelinePane.EventHighlighted)
    def event_highlighted(self, message: TimelinePane.EventHighlighted) -> None:
        self.query_one(TimelinePane).draw_cursor()  # in the same frame as the reader
        self.select_event(message.event, move_reader=True)

    @on(TimelinePane.EventChosen)
    def event_chosen(self, message: TimelinePane.EventChosen) -> None:
        self.set_class(False, "-show-entities")
        self.select_event(message.event, move_reader=True)
        self.query_one(ReaderPane).focus()

    def select_event(self, event: Event, move_reader: bool) -> None:
        """Make ``event`` the selection: reader on its sentence, quotes of its date."""
        self.selected = event
        if self.corpus is None:
            return
        index = self.reading.index_by_id[event.article] if self.reading else 0
        if index != self.article_index:
            self.article_index = index  # the watcher re-renders reader, quotes and status
        else:
            self.refresh_reader()
            self.refresh_quotes()
            self.update_status()
        if move_reader:
            self.query_one(ReaderPane).show_offset(event.sentence[0])

    @on(ReaderPane.ParagraphHighlighted)
    def paragraph_highlighted(self, message: ReaderPane.ParagraphHighlighted) -> None:
        """Moving through the reader selects the timeline event of that paragraph."""
        paragraph = message.paragraph
        events = [
            e for e in self.visible_events()
            if e.article == message.article.id
            and paragraph.start <= e.sentence[0] < paragraph.end
        ]  # fmt: skip
        if events and events[0] != self.selected:
            self.selected = events[0]
            self.query_one(TimelinePane).select_event(events[0].id)
            self.refresh_quotes()

    @on(EntitySidebar.EntityChosen)
    def entity_chosen(self, message: EntitySidebar.EntityChosen) -> None:
        self.choose_entity(message.entity.id)

    def choose_entity(self, entity_id: str) -> None:
        """Filter to an entity (choosing it again clears the filter)."""
        self.selected = None
        self.entity = None if self.entity == entity_id else entity_id

    @on(QuotePanel.QuoteChosen)
    def quote_chosen(self, message: QuotePanel.QuoteChosen) -> None:
        self.set_class(False, "-show-entities")
        index = self.reading.index_by_id.get(message.article.id, 0) if self.reading else 0
        self.open_article(index)
        self.query_one(ReaderPane).show_offset(message.quote.start)
        self.query_one(ReaderPane).focus()

    def open_article(self, index: int) -> None:
        """Show article ``index`` in the reader."""
        if self.corpus is None or not self.corpus.articles:
            return
        self.article_index = max(0, min(index, len(self.corpus.articles) - 1))

    def set_topic(self, key: str | None) -> None:
        """Filter by a topic ("" or None: all topics)."""
        self.selected = None
        self.topic = key or None

    # ------------------------------------------------------------------ actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("next_match", "previous_match") and not self.matches:
            return None
        if action == "export_brief" and (self.corpus is None or not self.corpus.articles):
            return None
        if action in ("next_article", "previous_article") and (
            self.corpus is None or len(self.corpus.articles) < 2
        ):
            return None
        return True

    def action_focus_pane(self, name: str) -> None:
        """Focus a pane (1-4); on a narrow terminal, the sidebar takes the timeline's place."""
        self.set_class(name == "entities", "-show-entities")
        self.query_one(f"#{name}").focus()

    def action_next_date(self) -> None:
        """The first event of the next date."""
        self.query_one(TimelinePane).step_date(1)

    def action_previous_date(self) -> None:
        """The first event of the previous date."""
        self.query_one(TimelinePane).step_date(-1)

    def action_next_article(self) -> None:
        """The next article in the reader."""
        self.selected = None
        self.open_article(self.article_index + 1)

    def action_previous_article(self) -> None:
        """The previous article in the reader."""
        self.selected = None
        self.open_article(self.article_index - 1)

    def action_toggle_sections(self) -> None:
        """Switch between topic sections and reading order."""
        self.sections = not self.sections

    def action_clear(self) -> None:
        """Clear the search and every filter."""
        search = self.query_one("#search", Input)
        if search.display:
            search.display = False
        self.query_text = ""
        self.matches = []
        self.selected = None
        self.set_class(False, "-show-entities")
        changed = self.topic is not None or self.entity is not None
        self.topic = None
        self.entity = None
        if not changed:
            self.refresh_all()
        self.refresh_bindings()

    def action_pick_topic(self) -> None:
        """Choose a topic filter."""
        topics = [(t.key, t.label, t.color) for t in self.theme.topics]

        def chosen(key: str | None) -> None:
            if key is not None:
                self.set_topic(key)

        self.app.push_screen(TopicPicker(topics, self.topic), chosen)
