"""The reader's marks, as the main screen's keys make them: pins, notes, dates, and why a
paragraph sits under its topics. A helper the screen holds (composition): it asks the
screen what is selected and saves through the screen's :class:`Annotations`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from textual.worker import get_current_worker

from briefing.analysis.names.corrections import apply_corrections
from briefing.analysis.pipeline import analyze_article, assemble_corpus
from briefing.ingest.errors import IngestError
from briefing.ingest.loader import article_parts, parse_document
from briefing.library.open_folder import Opened, open_corpus
from briefing.model import Article, LoadFailure, Paragraph, quote_key
from briefing.presentation import shorten
from briefing.store import StoreError
from briefing.tui.citing import cited, openable
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

    def copy(self) -> None:
        """Copy, with its citation, the focused quote, else the selected event's sentence,
        else the paragraph under the reader's cursor."""
        screen = self.screen
        focused = screen.focused
        if isinstance(focused, QuotePanel) and focused.current is not None:
            article, quote = focused.current
            text = cited(quote.text, article, quote.start, quote.speaker_text)
        elif screen.selected is not None and screen.reading is not None:
            event = screen.selected
            article = screen.reading.article_by_id(event.article)  # read, not searched for
            text = cited(article.text(*event.sentence), article, event.sentence[0])
        else:
            paragraph, reading = self.under_cursor()
            if paragraph is None or reading is None:
                return
            text = cited(reading.text(paragraph.start, paragraph.end), reading, paragraph.start)
        screen.app.copy_to_clipboard(text)
        screen.notify("Copied with its citation.")

    def open_address(self) -> None:
        """Open the current article's web address in the browser."""
        screen = self.screen
        article = screen.article
        if article is None or not article.url:
            screen.notify("This article has no web address.")
        elif not openable(article.url):
            screen.notify("Only http and https addresses are opened.", severity="warning")
        else:
            screen.app.open_url(article.url)
            screen.notify("Opened in the browser.")

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
        """Ask for the current article's date, keep it, and resolve its dates again; an
        emptied date the reader had set is cleared, and the article's own date used."""
        screen = self.screen
        article = screen.article
        if article is None:
            return

        def chosen(value: str | None) -> None:
            if value is None:
                return
            if not value:
                if self.saved(lambda: screen.annotations.clear_date(article.path), "date"):
                    self._in_worker(lambda: self.undate(article))
            elif self.saved(lambda: screen.annotations.save_date(article.path, value), "date"):
                self._in_worker(lambda: self.redate(article.id, value))

        user_set = article.date_basis == "user"
        title = article.title or article.id
        screen.app.push_screen(DateDialog(title, article.date, user_set), chosen)

    def _in_worker(self, work: Callable[[], None]) -> None:
        """Run a re-dating in a thread; a newer one replaces it."""
        self.screen.run_worker(
            work, thread=True, group="redate", exclusive=True, exit_on_error=False
        )

    def undate(self, article: Article) -> None:
        """In a worker: read the article's file again, analyse it with its own date (or the
        reader's default), then put it in the corpus."""
        screen = self.screen
        if self._through_database():
            reopened = self._reopened()
            if reopened is not None:
                headers = reopened.corpus.headers
                own = next((h.date for h in headers if h.id == article.id), None)
                self._show(reopened, _cleared(own))
            return
        fresh = read_again(article)
        if isinstance(fresh, str):
            screen.app.call_from_thread(
                screen.notify, f"Your date is cleared; the article could not be read again "
                f"({fresh}): it keeps these dates until the next open.", severity="warning"
            )  # fmt: skip
            return
        analysed = analyze_article(fresh, screen.theme, screen.default_date)
        self._swap_in(analysed, _cleared(analysed.date))

    def redate(self, article_id: str, value: str) -> None:
        """In a worker: analyse one article again with the reader's date, then put it in the
        corpus."""
        if self._through_database():
            reopened = self._reopened()
            if reopened is not None:
                self._show(reopened, f"Date set to {value}.")
            return
        corpus = self.screen.base_corpus
        if corpus is None:
            return
        # found by its header: a lazy corpus reads only this article
        index = next((i for i, h in enumerate(corpus.headers) if h.id == article_id), None)
        if index is not None:
            article = corpus.articles[index]
            dated = replace(article, date=value, date_basis="user")
            self._swap_in(analyze_article(dated, self.screen.theme), f"Date set to {value}.")

    def _through_database(self) -> bool:
        """Whether the database keeps analyses, so that a re-dating can open the folder
        again through it (see :meth:`_reopened`)."""
        store = self.screen.annotations.store
        return store is not None and not store.read_only

    def _reopened(self) -> Opened | None:
        """In a worker: the folder opened again through the database, which now holds the
        reader's date; None when a newer re-dating replaced this one first. The other
        articles come from the cache, held lean, and the corpus is assembled as a cold open
        does, not from every article read whole."""
        screen = self.screen
        worker = get_current_worker()
        last = None
        for item in open_corpus(screen.paths, screen.theme, screen.db, screen.default_date,
                                should_stop=lambda: worker.is_cancelled,
                                corrections=lambda: screen.annotations.corrections_in_order,
                                checked=True, batches=False):  # fmt: skip
            if isinstance(item, Opened):
                last = item
        return last if last is not None and last.done == last.total else None

    def _show(self, opened: Opened, message: str) -> None:
        """In a worker: hand a corpus opened again to the screen, with ``message``."""
        screen = self.screen
        screen.app.call_from_thread(screen.show_redated, opened.corpus, opened.assembled, message)

    def _swap_in(self, analysed: Article, message: str) -> None:
        """In a worker: the corpus assembled again with ``analysed`` in place of the article
        of its id, the reader's corrections of the entities made, handed to the screen with
        ``message``."""
        screen = self.screen
        corpus = screen.base_corpus
        if corpus is None:
            return
        articles = [analysed if a.id == analysed.id else a for a in corpus.articles]
        redated = assemble_corpus(articles, corpus.failures)
        corrected = apply_corrections(redated, screen.annotations.corrections_in_order)
        screen.app.call_from_thread(screen.show_redated, corrected, redated, message)

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


def _cleared(own: str | None) -> str:
    """What the reader is told when the date they set is cleared."""
    if own:
        return f"Your date is cleared; the article's own, {own}, is used."
    return "Your date is cleared; the article has no date of its own."


def read_again(article: Article) -> Article | str:
    """The article read afresh from its file (a feed item from its feed), or why not."""
    failures: list[LoadFailure] = []
    source = Path(article.path.partition("#")[0])
    for part_path, _id, kind, data in article_parts([source], failures):
        if str(part_path) == article.path:
            try:
                return parse_document(data, part_path, article.id, kind)
            except IngestError as error:
                return str(error)
    return failures[0].reason if failures else "it is no longer in its file"
