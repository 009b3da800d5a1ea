"""Python's full cycle collections, run while the reader is idle rather than inside a key.

Every repaint leaves cyclic garbage behind (Textual's strips hold caches that point back at
them), so full collections come every dozen keys or so. A full pass frees thousands of
objects at once and held a key up by 20-60 ms at 10,000 articles. Once the corpus is in,
what exists is frozen (the collector no longer walks the corpus) and the young generations
are still collected as usual (about a millisecond a pass); the full pass waits until no key
or click has come for ``IDLE_SECONDS``, or until so much is pending that memory would grow
(``MOST_PENDING`` young passes). It also waits while work runs in the background (a
search, an export: a full pass would walk what they are building) and spends at most a
tenth of the time in full passes (a pass of 50 ms, then none for half a second). While a
corpus loads, Python's own rule stays.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

IDLE_SECONDS = 0.4  # no input for this long: the reader is idle
MOST_PENDING = 200  # young passes since the last full one: collect even while keys come
TICK_SECONDS = 0.2  # how often the app asks
SHARE = 0.1  # at most this share of the time goes to full passes
_NEVER = 1 << 30  # a full-pass threshold the young passes never reach


class IdleCollector:
    """Holds the automatic full passes off while it runs, and runs them when idle."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        busy: Callable[[], bool] = lambda: False,
    ) -> None:
        self._clock = clock
        self._busy = busy  # whether work runs in the background
        self._last_input = clock()
        self._next_pass = clock()  # no full pass before this (see SHARE)
        self._threshold: tuple[int, int, int] | None = None

    @property
    def running(self) -> bool:
        """Whether the automatic full passes are held off."""
        return self._threshold is not None

    def settle(self) -> None:
        """The corpus is in and lives as long as the reader: freeze what exists, so no pass
        walks it again, and hold the automatic full passes off."""
        gc.freeze()
        self.start()

    def start(self) -> None:
        """Hold the automatic full passes off (the young ones go on as before)."""
        if self._threshold is None:
            self._threshold = gc.get_threshold()
            young, middle, _ = self._threshold
            gc.set_threshold(young, middle, _NEVER)

    def stop(self) -> None:
        """Give the collector its own thresholds back."""
        if self._threshold is not None:
            gc.set_threshold(*self._threshold)
            self._threshold = None

    def saw_input(self) -> None:
        """A key or a click came: the reader is not idle."""
        self._last_input = self._clock()

    def tick(self) -> bool:
        """Run a full pass if one is due and the reader is idle (or much is pending);
        whether it ran."""
        pending = gc.get_count()[2]
        if not self.running or not pending or not gc.isenabled():
            return False
        began = self._clock()
        if began < self._next_pass:
            return False
        idle = began - self._last_input >= IDLE_SECONDS and not self._busy()
        if not idle and pending < MOST_PENDING:
            return False
        gc.collect()
        ended = self._clock()
        self._next_pass = ended + (ended - began) / SHARE
        return True
