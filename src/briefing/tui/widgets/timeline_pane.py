"""The timeline: the corpus's events in date order, grouped by date."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.model import Event
from briefing.presentation import date_label, shorten
from briefing.safe_text import plain
from briefing.tui.widgets.list_pane import ListPane


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
    def events(self) -> list[Event]:
        """The events shown, in order."""
        return self.rows

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
        self._shown = (events, focus, sources, colours, pinned)
        self.rows = list(events)
        width = max(16, (self.scrollable_content_region.width or self.size.width or 40) - 2)
        options: list[Option] = []
        previous = None
        for event in self.events:
            label = date_label(event.date, event.mod, focus)
            row = Text(no_wrap=True, overflow="ellipsis")
            row.append("* " if event.id in pinned else "  ", style="bold")
            column = 10 if width >= 36 else 8
            row.append(f"{label if label != previous else '':<{column}}", style="bold")
            previous = label
            badges = Text()
            for topic in event.topics[: 1 if width >= 36 else 0]:
                badges.append(f" {topic[:5]}", style=colours.get(topic, "dim"))
            if len(sources) > 1:
                badges.append(f" \u00b7 {plain(sources.get(event.article, event.article))}", "dim")
            room = max(8, width - len(row) - min(len(badges), width // 3))
            row.append(plain(shorten(event.text, room)))
            row.append_text(badges)
            row.truncate(width, overflow="ellipsis")
            options.append(Option(row, id=event.id))
        with self.prevent(OptionList.OptionHighlighted):
            self.set_options(options)
            if keep is not None:
                self.select_event(keep)

    def on_resize(self) -> None:
        if getattr(self, "_shown", None):
            current = self.current
            self.show_events(*self._shown, keep=current.id if current else None)

    def select_event(self, event_id: str) -> None:
        """Move the cursor to an event without announcing it."""
        for index, event in enumerate(self.events):
            if event.id == event_id:
                with self.prevent(OptionList.OptionHighlighted):
                    self.highlighted = index
                self.scroll_to_highlight()
                return

    def on_option_list_option_highlighted(self, message: OptionList.OptionHighlighted) -> None:
        message.stop()
        if self.current is not None:
            self.post_message(self.EventHighlighted(self.current))

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        message.stop()
        if self.current is not None:
            self.post_message(self.EventChosen(self.current))
