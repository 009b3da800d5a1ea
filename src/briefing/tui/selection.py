"""What the reader is looking at, as one value: the screen holds it in one reactive and
pushes it down to the panes. Headless, so it is tested without a screen."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.model import Event

Match = tuple[int, int, int]  # (article index, start, end) of a search match

# The panes a change redraws, in the order they are redrawn.
PANES = ("entities", "timeline", "reader", "articles", "quotes", "status")


@dataclass(frozen=True, slots=True)
class Selection:
    """The article in the reader, the selected event, the filters and the search.

    ``marked`` is the event whose sentence the reader marks: the selected event when it was
    chosen from the timeline; moving through the reader selects the paragraph's event but
    leaves the mark (and the reader's scroll) where they are.
    """

    article_index: int = 0
    event: Event | None = None
    marked: Event | None = None
    topic: str | None = None
    entity: str | None = None
    sections: bool = True
    query: str = ""
    matches: tuple[Match, ...] = ()
    match_position: int = -1

    def panes_to_redraw(self, before: Selection) -> tuple[str, ...]:
        """The panes that show what changed from ``before``, in ``PANES`` order."""
        changed: set[str] = set()
        if self.entity != before.entity or self.topic != before.topic:
            changed.update(PANES)
        if self.article_index != before.article_index:
            changed.update(("reader", "articles", "quotes", "status"))
        if self.marked != before.marked or self.sections != before.sections:
            changed.add("reader")
        if self.matches != before.matches:
            changed.update(("reader", "status"))
        if self.event != before.event:
            changed.update(("quotes", "status"))
        if (self.query, self.match_position) != (before.query, before.match_position):
            changed.add("status")
        return tuple(pane for pane in PANES if pane in changed)

    def matches_in(self, article_index: int) -> list[tuple[int, int]]:
        """The search matches inside one article, as (start, end)."""
        return [(start, end) for index, start, end in self.matches if index == article_index]
