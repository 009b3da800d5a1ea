"""Positions already claimed by a span, tested in time linear in the span's length.

Passes that keep the first of overlapping candidates used to test each new candidate against
every span kept so far, which grows with the square of the matches on a hostile text (a line
of 20,000 repeated words). A mask answers the same question by looking at the span's own
positions only.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class SpanMask:
    """A set of claimed positions in ``range(size)``; spans are half-open ``(start, end)``."""

    __slots__ = ("_mask",)

    def __init__(self, size: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._mask = bytearray(max(size, 0) + 1)
        for start, end in spans:
            self.claim(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any position of ``[start, end)`` is claimed."""
        return start < end and self._mask.find(1, max(start, 0), end) != -1

    def covers(self, position: int) -> bool:
        """Whether ``position`` is claimed."""
        return 0 <= position < len(self._mask) and self._mask[position] == 1

    def claim(self, start: int, end: int) -> None:
        """Mark every position of ``[start, end)`` as claimed."""
        start = max(start, 0)
        end = min(end, len(self._mask))
        if start < end:
            self._mask[start:end] = b"\x01" * (end - start)


class SortedSpans:
    """Disjoint spans in reading order (a paragraph's quotations), searched by bisection."""

    __slots__ = ("_starts", "_ends")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._ends = [end for _, end in ordered]

    def covers(self, position: int) -> bool:
        """Whether a span holds ``position``."""
        index = bisect_right(self._starts, position) - 1
        return index >= 0 and position < self._ends[index]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span shares a position with ``[start, end)``."""
        index = bisect_right(self._ends, start)
        return index < len(self._starts) and self._starts[index] < end

    def next_start(self, position: int, default: int) -> int:
        """The first start at or after ``position``, else ``default``."""
        index = bisect_left(self._starts, position)
        return self._starts[index] if index < len(self._starts) else default

    def last_end(self, position: int, default: int) -> int:
        """The last end at or before ``position``, else ``default`` (the larger of the two)."""
        index = bisect_right(self._ends, position) - 1
        return max(self._ends[index], default) if index >= 0 else default
