"""The one-line status bar: what is loaded and which filters are on."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from briefing.safe_text import plain


class StatusBar(Widget):
    """Shows a line of plain text; changing it repaints the bar without a new layout."""

    line: reactive[Text] = reactive(Text, layout=False)

    def render(self) -> Text:
        return self.line

    def show(self, parts: Sequence[str], right: str = "") -> None:
        """``parts`` joined on the left, ``right`` dimmed on the right; the right gives way
        first when the bar is narrow (at most two fifths of it)."""
        width = max(20, self.size.width)
        left = Text(plain(" \u00b7 ".join(parts)))
        right_text = Text(plain(right), style="dim")
        room = max(0, min(len(right_text), width - len(left) - 2, width * 2 // 5))
        right_text.truncate(room, overflow="ellipsis")
        left.truncate(max(10, width - len(right_text) - 2), overflow="ellipsis")
        gap = max(2, width - len(left) - len(right_text))
        line = Text.assemble(left, " " * gap, right_text)
        line.truncate(width, overflow="ellipsis")
        self.line = line
