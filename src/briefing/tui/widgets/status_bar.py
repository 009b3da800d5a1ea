"""The one-line status bar: what is loaded and which filters are on."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget


class StatusBar(Widget):
    """Shows a line of plain text; changing it repaints the bar without a new layout."""

    line: reactive[Text] = reactive(Text, layout=False)

    def render(self) -> Text:
        return self.line
