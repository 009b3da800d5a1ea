"""Source quotes of the current selection, with speaker, article and paragraph number."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.message import Message

from briefing.library.query import QuoteRef
from briefing.model import Article, Quote, quote_key
from briefing.presentation import paragraph_number, shorten
from briefing.safe_text import plain
from briefing.tui.widgets.list_pane import ListPane


class QuotePanel(ListPane[QuoteRef]):
    """Quotes of the selected event, entity, topic or article."""

    BORDER_TITLE = "Quotes"

    class QuoteChosen(Message):
        """Enter on a quote: open its source sentence."""

        def __init__(self, article: Article, quote: Quote) -> None:
            self.article = article
            self.quote = quote
            super().__init__()

    @property
    def quotes(self) -> Sequence[QuoteRef]:
        """The quotes shown, in order."""
        return self.rows

    def show_quotes(
        self,
        quotes: Sequence[QuoteRef],
        names: dict[str, str],
        pinned: set[str],
        title: str,
        labels: dict[str, str] | None = None,
    ) -> None:
        """Fill the panel; ``title`` says what the quotes belong to, ``labels`` how to name
        each quote's article (its source by default)."""
        self._names, self._pinned, self._labels = names, pinned, labels or {}
        self.set_rows(quotes)  # a lazy list stays lazy: only the rows shown are read
        self.border_title = Text(plain(f"Quotes \u00b7 {title} \u00b7 {len(self.quotes)}"))
        if self.rows:
            self.highlighted = 0
            self.draw_cursor()

    def row_text(self, index: int, width: int) -> Text:
        """A quote's line: pin mark, words, speaker, source and paragraph number."""
        article, quote = self.rows[index]
        width = max(30, width)
        row = Text(no_wrap=True, overflow="ellipsis")
        row.append("* " if quote_key(article.id, quote) in self._pinned else "  ", style="bold")
        speaker = self._names.get(quote.speaker or "", quote.speaker_text or "unattributed")
        room = max(20, width - 60)
        if quote.kind == "direct":
            row.append(plain(shorten(quote.text, room)), style="italic")
        else:
            row.append("(reported) ", style="dim")
            row.append(plain(shorten(quote.text, room - 11)))
        paragraph = article.paragraph_at(quote.start)
        number = paragraph_number(article, paragraph.index) if paragraph else 0
        row.append(f" \u2014 {plain(shorten(speaker, 40))}", style="bold")
        label = self._labels.get(article.id) or article.source or article.id
        row.append(f" \u00b7 {plain(shorten(label, 24))} \u00b6{number}", style="dim")
        row.truncate(width, overflow="ellipsis")
        return row

    def on_list_pane_selected(self, message: ListPane.Selected) -> None:
        message.stop()
        if self.current is not None:
            self.post_message(self.QuoteChosen(*self.current))

    def on_list_pane_highlighted(self, message: ListPane.Highlighted) -> None:
        message.stop()
        self.draw_cursor()
