"""Panes of a fixed size whose content height changes often, without a new layout.

Textual lays the whole screen out again whenever a widget's virtual (scrollable) size
changes; for a pane whose own size the layout fixes, only its scrollbar needs to know.
A new layout happens still when the scrollbar appears or goes (that changes the pane).
"""

from __future__ import annotations

from typing import Any

from textual.geometry import Size
from textual.reactive import Reactive


class SteadySize:
    """Mix in before a scrolling widget: content-height changes only update the scrollbar."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    def watch_virtual_size(self: Any, size: Size) -> None:
        self._scroll_update(size)  # the scrollbar; the content refreshes itself
