"""Vim-style movement bindings shared by the list panes."""

from __future__ import annotations

from textual.binding import Binding, BindingType

NAV_BINDINGS: list[BindingType] = [
    Binding("j", "cursor_down", "Down", show=False, id="nav.cursor_down"),
    Binding("k", "cursor_up", "Up", show=False, id="nav.cursor_up"),
    Binding("g", "first", "First", show=False, id="nav.first"),
    Binding("G", "last", "Last", show=False, id="nav.last"),
]
