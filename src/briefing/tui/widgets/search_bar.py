"""The search line: a query for every article; it says what was asked and closes itself."""

from __future__ import annotations

from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """Hidden until opened; Enter posts :class:`SearchBar.Searched`, Escape closes it."""

    BINDINGS = [Binding("escape", "close", "Close", id="search.close", show=False)]

    class Searched(Message):
        """The reader asked for ``query`` (stripped; "" clears the search)."""

        def __init__(self, query: str) -> None:
            self.query = query
            super().__init__()

    class Closed(Message):
        """The search line closed without a new query."""

    def __init__(self, **kwargs) -> None:
        super().__init__(placeholder="Search all articles; Enter to find, Esc to close", **kwargs)
        self.display = False

    def open(self, query: str) -> None:
        """Show the line with the current query, ready to type."""
        self.display = True
        self.value = query
        self.focus()

    def close(self) -> None:
        """Hide the line."""
        self.display = False

    @on(Input.Submitted)
    def submitted(self, message: Input.Submitted) -> None:
        message.stop()
        self.close()
        self.post_message(self.Searched(message.value.strip()))

    def action_close(self) -> None:
        """Close without searching."""
        self.close()
        self.post_message(self.Closed())
