"""A list pane: one row per item, vim keys, the item under the cursor, first and last."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from textual.widgets import OptionList

from briefing.tui.widgets.nav_bindings import NAV_BINDINGS

Row = TypeVar("Row")


class ListPane(OptionList, Generic[Row]):
    """An OptionList whose rows stand for the items in ``rows``, in the same order."""

    BINDINGS = NAV_BINDINGS

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.rows: list[Row] = []

    @property
    def current(self) -> Row | None:
        """The item under the cursor."""
        if self.highlighted is None or not 0 <= self.highlighted < len(self.rows):
            return None
        return self.rows[self.highlighted]

    def action_first(self) -> None:
        """Go to the first row."""
        if self.option_count:
            self.highlighted = 0

    def action_last(self) -> None:
        """Go to the last row."""
        if self.option_count:
            self.highlighted = self.option_count - 1
