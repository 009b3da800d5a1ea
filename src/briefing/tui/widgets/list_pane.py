"""A list pane: one line per item, drawn only where it shows, with vim keys and a cursor.

The pane never builds more rows than the screen shows, so a timeline of every event of a
few thousand articles fills and moves as fast as one of a dozen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import var
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.tui.widgets.nav_bindings import NAV_BINDINGS
from briefing.tui.widgets.steady import SteadySize

Row = TypeVar("Row")


class ListPane(SteadySize, ScrollView, Generic[Row], can_focus=True):
    """Rows stand for the items in ``rows``, in order; subclasses draw one with ``row_text``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *NAV_BINDINGS,
        Binding("down", "cursor_down", "Down", show=False, id="list.cursor_down"),
        Binding("up", "cursor_up", "Up", show=False, id="list.cursor_up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("home", "first", "First", show=False, id="list.first"),
        Binding("end", "last", "Last", show=False, id="list.last"),
        Binding("enter", "select", "Select", show=False, id="list.select"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"list-pane--cursor"}
    DEFAULT_CSS = """
    ListPane {
        height: auto;
        max-height: 100%;
        overflow-x: hidden;
        padding: 0 1;
        background: $surface;
        & > .list-pane--cursor {
            color: $foreground;
            background: $block-cursor-blurred-background;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus > .list-pane--cursor {
            color: $block-cursor-foreground;
            background: $block-cursor-background;
            text-style: $block-cursor-text-style;
        }
    }
    """

    highlighted: var[int | None] = var(None, always_update=True, init=False)

    class Highlighted(Message):
        """The cursor moved onto row ``index``."""

        def __init__(self, pane: ListPane[Any], index: int) -> None:
            self.pane = pane
            self.index = index
            super().__init__()

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ListPane.Highlighted) and message.pane is self.pane

    class Selected(Message):
        """Enter (or a click) on row ``index``."""

        def __init__(self, pane: ListPane[Any], index: int) -> None:
            self.pane = pane
            self.index = index
            super().__init__()

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.rows: Sequence[Row] = []
        self._texts: dict[int, Text] = {}
        self._lines: dict[int, Strip] = {}  # rows drawn without the cursor, in ``_lines_style``
        self._lines_style: Style | None = None
        self._text_width = 0
        self._undrawn: int | None = None  # a row whose cursor is still drawn

    # ------------------------------------------------------------------ content

    def row_text(self, index: int, width: int) -> Text:
        """The line of row ``index`` at ``width`` cells (subclasses draw their rows)."""
        return Text(str(self.rows[index]))

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show ``rows``; the cursor is cleared (set ``highlighted`` to place it)."""
        self.rows = rows
        self.forget_rows()
        self.set_reactive(ListPane.highlighted, None)
        self.virtual_size = Size(self.row_width, len(rows))
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    @property
    def row_width(self) -> int:
        """Cells a row may take."""
        return max(1, self.scrollable_content_region.width)

    @property
    def current(self) -> Row | None:
        """The item under the cursor."""
        if self.highlighted is None or not 0 <= self.highlighted < len(self.rows):
            return None
        return self.rows[self.highlighted]

    # ------------------------------------------------------------------ drawing

    def forget_rows(self, *indices: int) -> None:
        """Draw these rows (every row, given none) again from ``row_text`` when next shown."""
        if not indices:
            self._texts.clear()
            self._lines.clear()
        for index in indices:
            self._texts.pop(index, None)
            self._lines.pop(index, None)

    def on_resize(self) -> None:
        self.forget_rows()
        self.virtual_size = Size(self.row_width, len(self.rows))

    def render_line(self, y: int) -> Strip:
        width = self.row_width
        index = self.scroll_offset.y + y
        base = self.rich_style
        if not 0 <= index < len(self.rows):
            return Strip.blank(width, base)
        if width != self._text_width or base != self._lines_style:
            self.forget_rows()
            self._text_width, self._lines_style = width, base
        cursor = index == self.highlighted
        line = None if cursor else self._lines.get(index)
        if line is not None:
            return line
        text = self._texts.get(index)
        if text is None:
            text = self._texts[index] = self.row_text(index, width)
        segments = list(text.render(self.app.console, end=""))
        strip = Strip(segments).crop_extend(0, width, None)
        if cursor:
            strip = strip.apply_style(self.get_component_rich_style("list-pane--cursor"))
        line = Strip(Segment.apply_style(strip, base), width)
        if not cursor:
            self._lines[index] = line
        return line

    # ------------------------------------------------------------------ the cursor

    def validate_highlighted(self, value: int | None) -> int | None:
        if value is None or not self.rows:
            return None
        return max(0, min(value, len(self.rows) - 1))

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        self._undrawn = old if self._undrawn is None else self._undrawn
        if new is not None:
            self.post_message(self.Highlighted(self, new))
        else:
            self.draw_cursor()

    def draw_cursor(self) -> None:
        """Draw the cursor where it now is (and clear it where it was)."""
        for index in (self._undrawn, self.highlighted):
            if index is not None:
                self.refresh(Region(0, index - self.scroll_offset.y, self.size.width, 1))
        self._undrawn = None
        self.scroll_to_highlight()

    def scroll_to_highlight(self) -> None:
        """Scroll so the cursor's row shows."""
        if self.highlighted is None:
            return
        top = self.scroll_offset.y
        height = self.scrollable_content_region.height
        if self.highlighted < top:
            self.scroll_to(y=self.highlighted, animate=False, immediate=True)
        elif height and self.highlighted >= top + height:
            self.scroll_to(y=self.highlighted - height + 1, animate=False, immediate=True)

    def move_quietly(self, index: int) -> None:
        """Put the cursor on row ``index`` without announcing it."""
        if self._undrawn is None:
            self._undrawn = self.highlighted
        self.set_reactive(ListPane.highlighted, self.validate_highlighted(index))
        self.draw_cursor()

    def action_cursor_down(self) -> None:
        """Go down one row."""
        if self.rows:
            self.highlighted = 0 if self.highlighted is None else self.highlighted + 1

    def action_cursor_up(self) -> None:
        """Go up one row."""
        if self.rows:
            self.highlighted = 0 if self.highlighted is None else self.highlighted - 1

    def action_page_down(self) -> None:
        """Go down one screen."""
        if self.rows:
            step = max(1, self.scrollable_content_region.height - 1)
            self.highlighted = (self.highlighted or 0) + step

    def action_page_up(self) -> None:
        """Go up one screen."""
        if self.rows:
            step = max(1, self.scrollable_content_region.height - 1)
            self.highlighted = (self.highlighted or 0) - step

    def action_first(self) -> None:
        """Go to the first row."""
        if self.rows:
            self.highlighted = 0

    def action_last(self) -> None:
        """Go to the last row."""
        if self.rows:
            self.highlighted = len(self.rows) - 1

    def action_select(self) -> None:
        """Choose the row under the cursor."""
        if self.highlighted is not None:
            self.post_message(self.Selected(self, self.highlighted))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = offset.y + self.scroll_offset.y
        if 0 <= index < len(self.rows):
            self.highlighted = index
            self.post_message(self.Selected(self, index))
