"""When a key's response reached the screen.

Every screen update is timed and the whole screen is read back after it. Keypress-to-repaint
is the time of the first update after which the screen is as it finally settles: later
updates that change nothing visible (Textual sometimes repaints a region a frame or two
later) do not count, and neither do Pilot's own waits for the app to go idle.
"""

from __future__ import annotations

import hashlib
import time

from textual._compositor import Compositor

_paints: list[tuple[float, str]] = []
_watching = [False]  # reading the screen back costs time: only while measuring keys
_render_update = Compositor.render_update


def _screen_digest(compositor: Compositor) -> str:
    digest = hashlib.sha1()
    for strip in compositor.render_strips():
        for segment in strip:
            digest.update(segment.text.encode())
            digest.update(repr(segment.style).encode())
    return digest.hexdigest()


def _timed_render_update(self, *args, **kwargs):
    update = _render_update(self, *args, **kwargs)
    if update is not None and _watching[0]:  # something was drawn
        done = time.perf_counter()
        _paints.append((done, _screen_digest(self)))
    return update


Compositor.render_update = _timed_render_update  # type: ignore[method-assign]


def forget() -> None:
    """Start a new measurement (and from now on, time every screen update)."""
    _watching[0] = True
    _paints.clear()


def since(begun: float) -> float:
    """Milliseconds from ``begun`` to the update that left the screen as it now is (0 when
    nothing was drawn)."""
    if not _paints:
        return 0.0
    final = _paints[-1][1]
    settled = next(done for done, digest in _paints if digest == final)
    return max(0.0, settled - begun) * 1000


def last(begun: float) -> float:
    """Milliseconds from ``begun`` to the last update, whether it changed anything or not."""
    return max(0.0, _paints[-1][0] - begun) * 1000 if _paints else 0.0
