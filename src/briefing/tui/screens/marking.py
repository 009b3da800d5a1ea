"""The reader's marks, as the main screen's keys make them: pins, notes, dates, and why a
paragraph sits under its topics. A helper the screen holds (composition): it asks the
screen what is selected and saves through the screen's :class:`Annotations`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing.analysis.pipeline import analyze_article, assemble_corpus
from briefing.model import Article, Paragraph, quote_key
from briefing.presentation import shorten
from briefing.store import StoreError
from briefing.tui.screens.dialogs import DateDialog, NoteDialog, WhyDialog
from briefing.tui.widgets.quote_panel import QuotePanel
from briefing.tui.widgets.reader_pane import ReaderPane

if TYPE_CHECKING:
    from briefing.tui.screens.main import MainScreen


class Marking:
    """Pins, notes and dates for one main screen."""

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen

    def saved(self, change: Callable[[], object], what: str) -> bool:
        """Make one change of the reader's state, or say why it could not be saved and
        return False (before anything claims it was)."""
        try:
            change()
        except StoreError as error:
            self.screen.notify(f"The {what} was not saved: {error}", severity="error", timeout=10)
            return False
        return True

    def under_cursor(self) -> tuple[Paragraph | None, Article | None]:
        """The paragraph under the reader's cursor and its article; when there is none,
        (None, None), and the reader is told where to put the cursor."""
        reader = self.screen.query_one(ReaderPane)
        if reader.current is None or reader.article is None:
            self.screen.notify("Move the reader's cursor onto a paragraph first.")
            return None, None
        return reader.current, reader.article

    def pin(self) -> None:
        """Pin (or unpin) the focused quote, else the selected event."""
        screen = self.screen
        focused = screen.focused
        key = None
        if isinstance(focused, QuotePanel) and focused.current is not None:
            article, quote = focused.current
            key = quote_key(article.id, quote)
        elif screen.selected is not None:
            key = screen.selected.id
        if key is None:
            screen.notify("Select an event or a quote to pin.")
            return
        pinned: list[bool] = []
        if not self.saved(lambda: pinned.append(screen.annotations.toggle_pin(key)), "pin"):
            return
        screen.notify("Pinned for the brief." if pinned[0] else "Unpinned.")
        screen.redraw("timeline", "quotes", "status")

    def add_note(self) -> None:
        """Ask for a note on the paragraph under the reader's cursor, and keep it; on a
        paragraph with a note, edit its newest note (emptied: removed)."""
        screen = self.screen
        paragraph, article = self.under_cursor()
        if paragraph is None or article is None:
            return
        annotations = screen.annotations
        current = annotations.latest_note(article.path, paragraph.index)

        def written(text: str | None) -> None:
            if text is None:
                return
            if current is None:
                saved = self.saved(
                    lambda: annotations.add_note(article.path, paragraph.index, text), "note"
                )
                done = "Note added."
            else:
                saved = self.saved(lambda: annotations.edit_note(current, text), "note")
                done = "Note saved." if text else "Note removed."
            if saved:
                screen.redraw("reader")
                screen.notify(done)

        screen.app.push_screen(NoteDialog(current.text if current else None), written)

    def set_date(self) -> None:
        """Ask for the current article's date, keep it, and resolve its dates again."""
        screen = self.screen
        article = screen.article
        if article is None:
            return

        def chosen(value: str | None) -> None:
            if value and self.saved(lambda: screen.annotations.save_date(article.path, value),
                                    "date"):  # fmt: skip
                screen.run_worker(lambda: self.redate(article.id, value), thread=True,
                                  group="redate", exclusive=True, exit_on_error=False)  # fmt: skip

        screen.app.push_screen(DateDialog(article.title or article.id, article.date), chosen)

    def redate(self, article_id: str, value: str) -> None:
        """In a worker: analyse one article again with the reader's date and assemble the
        corpus again, then hand it to the screen."""
        screen = self.screen
        corpus = screen.corpus
        if corpus is None:
            return
        articles = [
            analyze_article(replace(a, date=value, date_basis="user"), screen.theme)
            if a.id == article_id else a
            for a in corpus.articles
        ]  # fmt: skip
        redated = assemble_corpus(articles, corpus.failures)
        screen.app.call_from_thread(screen.show_redated, redated, value)

    def why(self) -> None:
        """Show why the paragraph under the reader's cursor sits under its topics."""
        screen = self.screen
        paragraph, article = self.under_cursor()
        if paragraph is None or article is None:
            return
        scores = article.topic_scores[paragraph.index] if article.topic_scores else ()
        thresholds = {t.key: t.paragraph_threshold for t in screen.theme.topics}
        text = shorten(article.body[paragraph.start : paragraph.end], 300)
        screen.app.push_screen(
            WhyDialog(text, scores, thresholds, screen.labels(), paragraph.topics)
        )
