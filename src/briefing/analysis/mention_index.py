"""An article's names in reading order, looked up by position in logarithmic time.

Finding a quote's speaker asks which names stand inside a clause, which one starts at a
word, and which was the last before a pronoun. Scanning every name of the article for each
quote grows with the square of the article on a text of thousands of quotes; these lookups
cost only the names they return.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator

from briefing.model import Mention


class MentionIndex:
    """Mentions sorted by start (stable: mentions already in reading order keep it)."""

    __slots__ = ("items", "_starts", "_kinds", "_surnames")

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.items = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.items]
        self._kinds: dict[str, MentionIndex] = {}
        self._surnames: dict[str, Mention] | None = None

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Mention]:
        return iter(self.items)

    def of_type(self, kind: str) -> MentionIndex:
        """The mentions of one type (PER, ORG, LOC, MISC), indexed the same way."""
        found = self._kinds.get(kind)
        if found is None:
            found = self._kinds[kind] = MentionIndex(m for m in self.items if m.type == kind)
        return found

    def starting_in(self, low: int, high: int) -> list[Mention]:
        """The mentions that start at or after ``low`` and before ``high``."""
        return self.items[bisect_left(self._starts, low) : bisect_left(self._starts, high)]

    def starting_at(self, position: int) -> list[Mention]:
        """The mentions that start at ``position``."""
        return self.starting_in(position, position + 1)

    def inside(self, low: int, high: int) -> list[Mention]:
        """The mentions wholly inside ``[low, high)``."""
        return [m for m in self.starting_in(low, high) if m.end <= high]

    def first_from(self, position: int) -> Mention | None:
        """The first mention that starts at or after ``position``."""
        index = bisect_left(self._starts, position)
        return self.items[index] if index < len(self.items) else None

    def ending_by(self, bound: int) -> Iterator[Mention]:
        """The mentions that end at or before ``bound``, the latest first."""
        index = bisect_left(self._starts, bound) - 1
        while index >= 0:
            mention = self.items[index]
            if mention.end <= bound:
                yield mention
            index -= 1

    def first_with_surname(self, surname: str) -> Mention | None:
        """The first mention whose last word is ``surname`` (compared in lower case)."""
        if self._surnames is None:
            self._surnames = {}
            for mention in self.items:
                last = mention.text.split()[-1].lower() if mention.text.split() else ""
                self._surnames.setdefault(last, mention)
        return self._surnames.get(surname)
