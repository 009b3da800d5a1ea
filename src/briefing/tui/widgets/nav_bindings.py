"""Vim-style movement bindings shared by the list panes."""

from __future__ import annotations

from textual.binding import Binding, BindingType

NAV_BINDINGS: list[BindingType] = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
    Binding("g", "first", "First", show=False),
    Binding("G", "last", "Last", show=False),
]
