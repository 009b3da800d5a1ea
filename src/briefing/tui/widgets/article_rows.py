"""Articles one line each (read mark, date, title, topic marks, outlet), in the order and
under the filter the reader chose: the article list's rows and the wide screen's pane."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from rich.text import Text

from briefing.model import ArticleHeader, article_key
from briefing.presentation import date_label, shorten
from briefing.safe_text import plain
from briefing.tui.widgets.list_pane import ListPane
from briefing.tui.widgets.timeline_pane import TOPIC_MARK

READ_MARK, UNREAD_MARK = " ", "\u2022"
SORTS = ("date", "outlet", "title")
OUTLET_FROM = 60  # cells from which a row names its outlet (a narrower one has no room)


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One article as a list shows it: its place in the corpus and its header."""

    index: int
    header: ArticleHeader
    words: str  # what the filter looks in: title, outlet, topics and date, lower case


def article_rows(headers: Sequence[ArticleHeader]) -> list[ArticleRow]:
    """A row for every article, in corpus order."""
    return [ArticleRow(i, h, _words(h)) for i, h in enumerate(headers)]


def sorted_rows(rows: Sequence[ArticleRow], by: str) -> list[ArticleRow]:
    """Rows by date (newest first, undated last), by outlet (then newest first) or title."""
    newest = sorted(rows, key=lambda r: r.header.date or "", reverse=True)
    dated = [r for r in newest if r.header.date] + [r for r in newest if not r.header.date]
    if by == "outlet":
        return sorted(dated, key=lambda r: (r.header.source or "\uffff").lower())
    if by == "title":
        return sorted(dated, key=lambda r: (r.header.title or r.header.id).lower())
    return dated


def matching(rows: Sequence[ArticleRow], query: str) -> list[ArticleRow]:
    """The rows that hold every word of ``query`` (case-insensitive)."""
    words = query.lower().split()
    if not words:
        return list(rows)
    return [row for row in rows if all(word in row.words for word in words)]


class ArticleRows(ListPane[ArticleRow]):
    """The articles, one line each; ``read`` is the live set of read marks."""

    def __init__(
        self, colours: dict[str, str], focus: str | None, read: Collection[str], **kwargs: object
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.colours = colours
        self.focus_year = focus
        self.read = read

    def is_read(self, row: ArticleRow) -> bool:
        """Whether the reader has opened the row's article."""
        return article_key(row.header.path) in self.read

    def row_text(self, index: int, width: int) -> Text:
        """Read mark, date, title, topic marks and outlet; in a narrow pane the title comes
        first and the date last, without the outlet."""
        row = self.rows[index]
        header = row.header
        read = self.is_read(row)
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(READ_MARK if read else UNREAD_MARK, style="bold")
        date = date_label(header.date, None, self.focus_year) if header.date else ""
        marks = Text()
        for topic in header.topics[:3]:
            marks.append(TOPIC_MARK, style=self.colours.get(topic, "dim"))
        if width < OUTLET_FROM:
            after = Text.assemble(" ", marks, (f" {date}" if date else "", "dim"))
        else:
            line.append(f" {date or 'undated':<11}", style="" if read else "bold")
            outlet = f"  {plain(shorten(header.source or '', 28))}"
            after = Text.assemble(" ", marks, (outlet, "dim"))
        room = max(10, width - len(line) - len(after) - 1)
        line.append(" " if width < OUTLET_FROM else "")
        line.append(plain(shorten(header.title or header.id, room)))
        line.append_text(after)
        line.truncate(width, overflow="ellipsis")
        return line


def _words(header: ArticleHeader) -> str:
    """What the filter finds an article by."""
    parts: list[str] = [header.title or header.id, header.source or "", header.date or ""]
    parts += header.topics
    return " ".join(parts).lower()
