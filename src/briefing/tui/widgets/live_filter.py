"""A filter box whose list follows each letter in the frame that draws the letter.

Textual's ``Input.Changed`` arrives a message later, after the box has been repainted with
the new letter; the list then waits for the next frame, one to two frame periods on. A
watcher runs while the key is handled, so the box and its list reach the screen together.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input


class LiveFilter(Input):
    """An input that calls ``follow`` with its value as soon as the value changes."""

    def __init__(self, follow: Callable[[str], None], **kwargs) -> None:
        super().__init__(**kwargs)
        self._follow = follow

    def watch_value(self, value: str) -> None:
        self._follow(value)
