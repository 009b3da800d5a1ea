"""The timeline: the corpus's events in date order, grouped by date."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text
from textual.message import Message

from briefing.model import Event
from briefing.presentation import counted_label, event_label, shorten
from briefing.safe_text import plain
from briefing.tui.widgets.list_pane import ListPane

DATE_COLUMN_MAX = 16  # the widest date column: longer labels push their own row's words
TOPICS_SHOWN = 2  # an event's first topics, as marks or words
TOPIC_MARK = "\u25cf"
WHOLE_TOPICS_WIDTH = 70  # a pane this wide names topics in words
SOURCE_WIDTH = 56  # a pane this wide names each event's article


class TimelinePane(ListPane[Event]):
    """Dated events; the highlighted one drives the reader and the quotes."""

    BORDER_TITLE = "Timeline"

    class EventHighlighted(Message):
        """The cursor moved onto an event."""

        def __init__(self, event: Event) -> None:
            self.event = event
            super().__init__()

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, TimelinePane.EventHighlighted)

    class EventChosen(Message):
        """Enter was pressed on an event."""

        def __init__(self, event: Event) -> None:
            self.event = event
            super().__init__()

    @property
    def events(self) -> Sequence[Event]:
        """The events shown, in order."""
        return self.rows

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._places: tuple[Sequence[Event] | None, dict[str, int]] = (None, {})  # event id: row

    def show_events(
        self,
        events: Sequence[Event],
        focus: str | None,
        sources: dict[str, str],
        colours: dict[str, str],
        pinned: set[str],
        keep: str | None = None,
    ) -> None:
        """Fill the pane; keep the cursor on event ``keep`` when it is still shown."""
        self._focus, self._sources, self._colours, self._pinned = focus, sources, colours, pinned
        self._labels: dict[int, str] = {}
        distinct = {(e.date, e.mod, e.year_offset, e.inferred) for e in events}
        widest = max(
            (len(counted_label(*parts[:2], focus, *parts[2:])) for parts in distinct), default=0
        )
        self._date_column = min(DATE_COLUMN_MAX, widest + 1)
        self.set_rows(list(events))
        if keep is not None:
            self.select_event(keep)

    def _label(self, index: int) -> str:
        label = self._labels.get(index)
        if label is None:
            event = self.rows[index]
            label = self._labels[index] = event_label(event, self._focus)
        return label

    def row_text(self, index: int, width: int) -> Text:
        """An event's line: pin mark, date (when it changes), topics, sentence and, where
        there is room, its article. Topics are whole words on a wide pane, else a coloured
        mark each (the highlighted event's are named below the pane)."""
        event = self.rows[index]
        label = self._label(index)
        shown = label if index == 0 or self._label(index - 1) != label else ""
        row = Text(no_wrap=True, overflow="ellipsis")
        row.append("* " if event.id in self._pinned else "  ", style="bold")
        # every date in one column; "Jan 2029" keeps a space after it
        column = max(8, self._date_column, len(shown) + 1)
        row.append(f"{shown:<{column}}", style="dim" if event.background else "bold")
        topics = event.topics[:TOPICS_SHOWN]
        if width >= WHOLE_TOPICS_WIDTH:
            for topic in topics:
                row.append(f"{topic} ", style=self._colours.get(topic, "dim"))
        elif topics:
            for topic in topics:
                row.append(TOPIC_MARK, style=self._colours.get(topic, "dim"))
            row.append(" ")
        source = Text()
        if self._sources and width >= SOURCE_WIDTH:
            title = shorten(self._sources.get(event.article, event.article), width // 4)
            source.append(f" \u00b7 {plain(title)}", "dim")
        room = max(8, width - len(row) - len(source))
        row.append(plain(shorten(event.text, room)))
        row.append_text(source)
        row.truncate(width, overflow="ellipsis")
        return row

    def draw_cursor(self) -> None:
        """Draw the cursor, and name the highlighted event's topics below the pane."""
        super().draw_cursor()
        legend = self.topics_legend(self.current)
        if legend.plain != getattr(self.border_subtitle, "plain", self.border_subtitle or ""):
            self.border_subtitle = legend

    def topics_legend(self, event: Event | None) -> Text:
        """The highlighted event's topics in words, each after its mark."""
        legend = Text()
        for topic in event.topics[:TOPICS_SHOWN] if event is not None else ():
            if legend:
                legend.append(" ")
            legend.append(TOPIC_MARK, style=self._colours.get(topic, "dim"))
            legend.append(f" {topic}")
        return legend

    def select_event(self, event_id: str) -> None:
        """Move the cursor to an event without announcing it."""
        if self._places[0] is not self.rows:  # rows are replaced whole: one map per list
            self._places = (self.rows, {event.id: index for index, event in enumerate(self.rows)})
        index = self._places[1].get(event_id)
        if index is not None:
            self.move_quietly(index)

    def step_date(self, step: int) -> None:
        """Move to the first event of the next (``step`` 1) or previous (-1) date."""
        events = self.rows
        if not events:
            return
        if self.highlighted is None:
            target = 0 if step > 0 else len(events) - 1
        else:
            current = events[self.highlighted].date
            target = self.highlighted
            while 0 <= target + step < len(events) and events[target].date == current:
                target += step
            if events[target].date == current:
                return
            while step < 0 and target > 0 and events[target - 1].date == events[target].date:
                target -= 1
        self.highlighted = target  # it scrolls when drawn, in the frame of what it changes

    def on_list_pane_highlighted(self, message: ListPane.Highlighted) -> None:
        message.stop()
        if self.current is not None:  # the screen draws the cursor with what the event changes
            self.post_message(self.EventHighlighted(self.current))
        else:
            self.draw_cursor()

    def on_list_pane_selected(self, message: ListPane.Selected) -> None:
        message.stop()
        if self.current is not None:
            self.post_message(self.EventChosen(self.current))
