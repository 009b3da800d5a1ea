"""When a key's response reached the screen.

Every screen update is timed and the whole screen is read back after it (the time spent
reading it back is taken off every later timestamp: the measure must not slow the thing it
measures). Keypress-to-repaint
is the time of the first update after which the screen is as it finally settles: later
updates that change nothing visible (Textual sometimes repaints a region a frame or two
later) do not count, and neither do Pilot's own waits for the app to go idle.
"""

from __future__ import annotations

import time

from textual._compositor import Compositor

_paints: list[tuple[float, int]] = []
_overhead = [0.0]  # seconds spent reading the screen back since forget()
_watching = [False]  # reading the screen back costs time: only while measuring keys
_render_update = Compositor.render_update


def _screen_digest(compositor: Compositor) -> int:
    """A fingerprint of what the screen shows (text and styles; within one process)."""
    return hash(tuple(hash(tuple(strip)) for strip in compositor.render_strips()))


def _timed_render_update(self, *args, **kwargs):
    update = _render_update(self, *args, **kwargs)
    if update is not None and _watching[0]:  # something was drawn
        done = time.perf_counter()
        _paints.append((done - _overhead[0], _screen_digest(self)))
        _overhead[0] += time.perf_counter() - done
    return update


Compositor.render_update = _timed_render_update  # type: ignore[method-assign]


def forget() -> None:
    """Start a new measurement (and from now on, time every screen update)."""
    _watching[0] = True
    _paints.clear()
    _overhead[0] = 0.0


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


def p95(values: list[float]) -> float:
    """The 95th percentile of key timings (the nearest rank at or below it)."""
    ordered = sorted(values)
    return ordered[max(0, int(0.95 * len(ordered)) - 1)]
