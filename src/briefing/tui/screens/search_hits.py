"""The hits of a search: each with its article's date and title and the sentence it sits in,
the words found marked; Enter opens one in the reader."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen

from briefing.library.query import Match, Reading
from briefing.presentation import date_label, shorten
from briefing.safe_text import plain
from briefing.tui.widgets.list_pane import ListPane

TITLE_WIDTH = 28


def excerpt(text: str, start: int, end: int, width: int) -> tuple[str, int, int]:
    """At most ``width`` characters of one line around ``text[start:end]``, beginning at a
    word, and where the found words sit in it."""
    line = text.replace("\n", " ")
    if len(line) <= width:
        return line, start, end
    lead = max(0, min(start - width // 3, len(line) - width))
    if lead and (space := line.find(" ", lead, start)) != -1:
        lead = space + 1
    prefix = "\u2026" if lead else ""
    room = width - len(prefix)
    suffix = "\u2026" if lead + room < len(line) else ""
    shown = prefix + line[lead : lead + room - len(suffix)] + suffix
    shift = len(prefix) - lead
    return shown, start + shift, min(end + shift, len(shown))


class HitRows(ListPane[Match]):
    """One hit a line: date, title, and the sentence with the words found marked."""

    def __init__(self, reading: Reading, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.reading = reading

    def row_text(self, index: int, width: int) -> Text:
        article_index, start, end = self.rows[index]
        header = self.reading.corpus.headers[article_index]
        article = self.reading.corpus.articles[article_index]  # opened for a row that shows
        line = Text(no_wrap=True, overflow="ellipsis")
        date = date_label(header.date, None, self.reading.focus) if header.date else "undated"
        line.append(f"{date:<10} ", style="bold")
        title = shorten(header.title or header.id, TITLE_WIDTH)
        line.append(f"{plain(title):<{TITLE_WIDTH}}  ", style="dim")
        starts = [sentence.start for sentence in article.sentences]
        at = bisect_right(starts, start) - 1
        if 0 <= at < len(article.sentences):
            sentence = article.sentences[at]
            low, high = sentence.start, max(sentence.end, end)
        else:
            low, high = max(0, start - 60), min(len(article.body), end + 60)
        room = max(10, width - len(line))
        shown, found_start, found_end = excerpt(
            article.body[low:high], start - low, end - low, room
        )
        words = Text(plain(shown))
        words.stylize("reverse bold", max(0, found_start), max(0, found_end))
        line.append_text(words)
        line.truncate(width, overflow="ellipsis")
        return line


class SearchHits(ModalScreen[int | None]):
    """The hits of ``query``; the answer is the position of the one chosen, or None."""

    BINDINGS = [Binding("escape,q", "cancel", "Close", id="hits.close")]

    def __init__(
        self, reading: Reading, query: str, matches: Sequence[Match], position: int = 0
    ) -> None:
        super().__init__()
        self.reading = reading
        self.query_text = query
        self.matches = list(matches)
        self.position = position

    def compose(self) -> ComposeResult:
        articles = len({index for index, _, _ in self.matches})
        with Vertical(classes="dialog wide", id="hits-box") as box:
            box.border_title = plain(
                f"'{self.query_text}' \u00b7 {len(self.matches)} hit(s) in {articles} article(s)"
            )
            box.border_subtitle = "Enter opens \u00b7 n/N in the reader \u00b7 Esc closes"
            yield HitRows(self.reading, id="hits-rows")

    def on_mount(self) -> None:
        rows = self.query_one(HitRows)
        rows.set_rows(self.matches)
        if self.matches:
            rows.move_quietly(self.position)
        rows.focus()

    @on(ListPane.Selected)
    def chosen(self, message: ListPane.Selected) -> None:
        message.stop()
        self.dismiss(message.index)

    def action_cancel(self) -> None:
        """Close; the reader stays on the hit it showed."""
        self.dismiss(None)
