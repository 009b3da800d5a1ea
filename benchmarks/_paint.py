"""When the screen was last drawn: keypress-to-repaint is measured up to the last screen
update a key caused, not to the end of Pilot's own waits for the app to go idle."""

from __future__ import annotations

import time

from textual._compositor import Compositor

_last = [0.0]
_render_update = Compositor.render_update


def _timed_render_update(self, *args, **kwargs):
    update = _render_update(self, *args, **kwargs)
    if update is not None:  # something was drawn
        _last[0] = time.perf_counter()
    return update


Compositor.render_update = _timed_render_update  # type: ignore[method-assign]


def forget() -> None:
    """Start a new measurement."""
    _last[0] = 0.0


def since(begun: float) -> float:
    """Milliseconds from ``begun`` to the last screen update (0 when nothing was drawn)."""
    return max(0.0, _last[0] - begun) * 1000 if _last[0] else 0.0
