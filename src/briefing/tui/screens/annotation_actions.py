"""The main screen's annotations: pins, the reader's notes and dates, and why a paragraph
sits under its topics."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from textual.screen import Screen

from briefing.analysis.pipeline import analyze_article, assemble_corpus
from briefing.presentation import shorten
from briefing.store import Note, StoreError, article_key
from briefing.tui.screens.dialogs import DateDialog, NoteDialog, WhyDialog
from briefing.tui.widgets.quote_panel import QuotePanel, quote_key
from briefing.tui.widgets.reader_pane import ReaderPane

if TYPE_CHECKING:
    from briefing.analysis.topics.themes import Theme
    from briefing.library.query import Reading
    from briefing.model import Article, Corpus, Event
    from briefing.store import Store


class AnnotationActions(Screen[None]):
    """Annotation for the main screen, which holds the state below and redraws the panes."""

    if TYPE_CHECKING:
        corpus: Corpus | None
        reading: Reading | None
        store: Store | None
        theme: Theme
        selected: Event | None
        pinned: set[str]
        notes: list[Note]

        @property
        def article(self) -> Article | None: ...
        def set_corpus(self, corpus: Corpus) -> None: ...
        def labels(self) -> dict[str, str]: ...
        def refresh_all(self) -> None: ...
        def refresh_timeline(self) -> None: ...
        def refresh_reader(self) -> None: ...
        def refresh_quotes(self) -> None: ...
        def update_status(self) -> None: ...

    def action_pin(self) -> None:
        """Pin (or unpin) the selected event or quote for the brief."""
        focused = self.focused
        key = None
        if isinstance(focused, QuotePanel) and focused.current is not None:
            key = quote_key(*focused.current)
        elif self.selected is not None:
            key = self.selected.id
        if key is None:
            self.notify("Select an event or a quote to pin.")
            return
        pinning = key not in self.pinned
        if not self.saved(lambda store: store.set_pin(key, pinning), "pin"):
            return
        if pinning:
            self.pinned.add(key)
            self.notify("Pinned for the brief.")
        else:
            self.pinned.discard(key)
            self.notify("Unpinned.")
        self.refresh_timeline()
        self.refresh_quotes()
        self.update_status()

    def saved(self, change: Callable[[Store], object], what: str) -> bool:
        """Save one change of the reader's state, or say why it cannot be and return False
        (before anything claims it was saved). Without a database nothing is kept, and
        the change holds for this session."""
        if self.store is None:
            return True
        try:
            change(self.store)
        except StoreError as error:
            self.notify(f"The {what} was not saved: {error}", severity="error", timeout=10)
            return False
        return True

    def action_set_date(self) -> None:
        """Set the current article's date; its dates are resolved again."""
        article = self.article
        if article is None:
            return

        def chosen(value: str | None) -> None:
            if value:
                self.redate(article.id, value)

        self.app.push_screen(DateDialog(article.title or article.id, article.date), chosen)

    def redate(self, article_id: str, value: str) -> None:
        """Analyse one article again with the reader's date and rebuild the corpus."""
        if self.corpus is None or self.reading is None:
            return
        path = self.reading.article_by_id(article_id).path
        if not self.saved(lambda store: store.set_date(path, value), "date"):
            return
        articles = []
        for article in self.corpus.articles:
            if article.id == article_id:
                article = analyze_article(
                    replace(article, date=value, date_basis="user"), self.theme
                )
            articles.append(article)
        self.set_corpus(assemble_corpus(articles, self.corpus.failures))
        self.selected = None
        self.notify(f"Date set to {value}.")
        self.refresh_all()

    def action_add_note(self) -> None:
        """Add a note of your own to the paragraph under the reader's cursor."""
        reader = self.query_one(ReaderPane)
        paragraph, article = reader.current, reader.article
        if paragraph is None or article is None:
            self.notify("Move the reader's cursor onto a paragraph first.")
            return
        target = f"{article_key(article.path)}#p{paragraph.index}"

        def written(text: str | None) -> None:
            if not text:
                return
            added: list[Note] = []
            if not self.saved(lambda store: added.append(store.add_note(target, text)), "note"):
                return
            self.notes.append(added[0] if added else Note(len(self.notes) + 1, target, text, 0))
            self.refresh_reader()
            self.notify("Note added.")

        self.app.push_screen(NoteDialog(), written)

    def action_why(self) -> None:
        """Show why the paragraph under the reader's cursor sits under its topics."""
        reader = self.query_one(ReaderPane)
        paragraph = reader.current
        article = reader.article
        if paragraph is None or article is None:
            self.notify("Move the reader's cursor onto a paragraph first.")
            return
        scores = article.topic_scores[paragraph.index] if article.topic_scores else ()
        thresholds = {t.key: t.paragraph_threshold for t in self.theme.topics}
        text = shorten(article.body[paragraph.start : paragraph.end], 300)
        self.app.push_screen(WhyDialog(text, scores, thresholds, self.labels()))
