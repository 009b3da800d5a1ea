"""The main screen's search: find words in every article and step through the matches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.screen import Screen
from textual.widgets import Input

from briefing.tui.widgets.reader_pane import ReaderPane

if TYPE_CHECKING:
    from briefing.library.query import Reading
    from briefing.store import Store


class SearchActions(Screen[None]):
    """Search for the main screen, which holds the state below and redraws the panes."""

    if TYPE_CHECKING:
        reading: Reading | None
        store: Store | None
        article_index: int
        matches: list[tuple[int, int, int]]  # (article index, start, end)
        match_position: int
        query_text: str

        def refresh_reader(self) -> None: ...
        def update_status(self) -> None: ...

    def action_search(self) -> None:
        """Open the search line."""
        search = self.query_one("#search", Input)
        search.display = True
        search.value = self.query_text
        search.focus()

    @on(Input.Submitted, "#search")
    def search_submitted(self, message: Input.Submitted) -> None:
        self.run_search(message.value.strip())
        message.input.display = False
        self.query_one(ReaderPane).focus()

    def run_search(self, query: str) -> None:
        """Find ``query`` (case-insensitive) in every body and go to the first match."""
        self.query_text = query
        self.matches = self.reading.find(query, self.store) if self.reading else []
        self.match_position = -1
        if self.matches:
            self.goto_match(0)
        else:
            self.refresh_reader()
            self.update_status()
        self.refresh_bindings()

    def goto_match(self, position: int) -> None:
        """Show match ``position`` (wrapping round) in the reader."""
        self.set_class(False, "-show-entities")
        self.match_position = position % len(self.matches)
        index, start, _end = self.matches[self.match_position]
        if index != self.article_index:
            self.article_index = index
        else:
            self.refresh_reader()
        self.query_one(ReaderPane).show_offset(start)
        self.update_status()

    def action_next_match(self) -> None:
        """The next search match."""
        if self.matches:
            self.goto_match(self.match_position + 1)

    def action_previous_match(self) -> None:
        """The previous search match."""
        if self.matches:
            self.goto_match(self.match_position - 1)
