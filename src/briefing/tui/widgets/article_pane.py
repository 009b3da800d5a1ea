"""The articles beside the timeline on a wide terminal: under the reader's filters, in the
article list's order, the reader's article under the cursor; Enter opens one."""

from __future__ import annotations

from collections.abc import Collection

from textual.message import Message

from briefing.model import article_key
from briefing.tui.widgets.article_rows import ArticleRow, ArticleRows
from briefing.tui.widgets.list_pane import ListPane


class ArticlePane(ArticleRows):
    """A pane of articles; Enter posts :class:`ArticlePane.ArticleChosen`."""

    BORDER_TITLE = "Articles"

    class ArticleChosen(Message):
        """The reader chose the article at corpus index ``index``."""

        def __init__(self, index: int) -> None:
            self.index = index
            super().__init__()

    def __init__(self, colours: dict[str, str], read: Collection[str], **kwargs: object) -> None:
        super().__init__(colours, None, read, **kwargs)
        self._keys: frozenset[str] = frozenset()  # the rows' article keys, once per list

    def show_articles(
        self, rows: list[ArticleRow], place: int | None, sort: str, focus: str | None
    ) -> None:
        """Show ``rows`` with the cursor on row ``place`` (the reader's article, when it is
        among them)."""
        self.focus_year = focus
        new = rows is not self.rows  # the screen keeps one list per order and filter
        if new:
            self.set_rows(rows)
            self._keys = frozenset(article_key(row.header.path) for row in rows)
        if place is not None:
            self.forget_rows(place)  # its read mark, now that it is open
            self.move_quietly(place)
            if new:
                self.centre_cursor()
        # the read among the rows: a set meet, as long as the read marks (not every row's
        # key made again at every key the reader presses)
        read = len(self._keys.intersection(self.read))
        self.border_title = f"Articles \u00b7 {len(self.rows):,} \u00b7 {read:,} read"
        self.border_subtitle = f"by {sort}"

    def on_resize(self) -> None:
        self.centre_cursor()  # a pane just shown had no height to scroll in

    def centre_cursor(self) -> None:
        """Scroll the cursor's row to the middle of the pane."""
        if self.highlighted is not None:
            middle = self.highlighted - self.scrollable_content_region.height // 2
            self.scroll_to(y=max(0, middle), animate=False, immediate=True)

    def on_list_pane_highlighted(self, message: ListPane.Highlighted) -> None:
        message.stop()
        self.draw_cursor()

    def on_list_pane_selected(self, message: ListPane.Selected) -> None:
        message.stop()
        if 0 <= message.index < len(self.rows):
            self.post_message(self.ArticleChosen(self.rows[message.index].index))
