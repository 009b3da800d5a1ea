"""The list of articles: title, outlet, date, topics and a read mark; sorted by date, outlet
or title, filtered as you type; Enter opens one in the reader."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input

from briefing.model import ArticleHeader
from briefing.tui.widgets.article_rows import (
    SORTS,
    ArticleRow,
    ArticleRows,
    article_rows,
    matching,
    sorted_rows,
)
from briefing.tui.widgets.list_pane import ListPane
from briefing.tui.widgets.live_filter import LiveFilter


class ArticleList(ModalScreen[int | None]):
    """Every article; the answer is the corpus index of the one chosen, or None."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="articles.cancel"),
        Binding("ctrl+s", "next_sort", "Sort", id="articles.sort"),
        Binding("down", "move(1)", "Down", show=False, priority=True, id="articles.down"),
        Binding("up", "move(-1)", "Up", show=False, priority=True, id="articles.up"),
        Binding(
            "pagedown", "move(10)", "Page down", show=False, priority=True, id="articles.page_down"
        ),
        Binding("pageup", "move(-10)", "Page up", show=False, priority=True, id="articles.page_up"),
    ]

    def __init__(
        self,
        headers: Sequence[ArticleHeader],
        read: set[str],
        colours: dict[str, str],
        focus: str | None,
        current: int | None = None,
        sort: str = "date",
    ) -> None:
        super().__init__()
        self.all_rows = article_rows(headers)
        self.read = read
        self.colours = colours
        self.focus_year = focus
        self.current = current
        self.sort = sort
        self.shown: list[ArticleRow] = []
        self._sorted: tuple[str, list[ArticleRow]] | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="articles-box"):
            hint = "Filter: words of the title, outlet, topic or date"
            yield LiveFilter(self.filter_changed, placeholder=hint, id="articles-filter")
            yield ArticleRows(self.colours, self.focus_year, self.read, id="articles-rows")

    def on_mount(self) -> None:
        self.refill(keep=self.current)
        self.query_one(Input).focus()

    @property
    def rows_pane(self) -> ArticleRows:
        return self.query_one(ArticleRows)

    def refill(self, keep: int | None = None) -> None:
        """Show the rows the filter keeps, in the chosen order; the cursor stays on article
        ``keep`` when it is shown, else goes to the first row."""
        query = self.query_one(Input).value
        if self._sorted is None or self._sorted[0] != self.sort:
            self._sorted = (self.sort, sorted_rows(self.all_rows, self.sort))  # once per order
        self.shown = matching(self._sorted[1], query)
        pane = self.rows_pane
        pane.set_rows(self.shown)
        place = next((i for i, r in enumerate(self.shown) if r.index == keep), 0)
        if self.shown:
            pane.move_quietly(place)
        read = sum(1 for row in self.shown if pane.is_read(row))
        box = self.query_one("#articles-box")
        box.border_title = (
            f"Articles \u00b7 {len(self.shown)} of {len(self.all_rows)} \u00b7 {read} read"
            f" \u00b7 sorted by {self.sort} (ctrl+s)"
        )
        box.border_subtitle = "Enter opens \u00b7 Esc closes \u00b7 \u2022 not yet read"

    def filter_changed(self, _value: str) -> None:
        """Filter as the reader types (called while the letter is handled)."""
        current = self.rows_pane.current
        self.refill(keep=current.index if current is not None else None)

    @on(Input.Submitted, "#articles-filter")
    def filter_submitted(self) -> None:
        self.choose(self.rows_pane.current)

    @on(ListPane.Selected)
    def row_selected(self, message: ListPane.Selected) -> None:
        message.stop()
        self.choose(self.shown[message.index] if 0 <= message.index < len(self.shown) else None)

    def choose(self, row: ArticleRow | None) -> None:
        if row is not None:
            self.dismiss(row.index)

    def action_move(self, step: int) -> None:
        """Move the list's cursor while the filter keeps the keyboard."""
        pane = self.rows_pane
        if pane.rows:
            pane.highlighted = (pane.highlighted or 0) + step

    def action_next_sort(self) -> None:
        """Sort by the next of date, outlet and title."""
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        current = self.rows_pane.current
        self.refill(keep=current.index if current is not None else None)

    def action_cancel(self) -> None:
        """Close without opening an article."""
        self.dismiss(None)
