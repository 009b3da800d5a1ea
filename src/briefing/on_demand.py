"""A sequence whose items are made only when first asked for, then kept; or, for one look
over them all (an export), made and let go."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar, overload

T = TypeVar("T")


class OnDemand(Sequence[T]):
    """``length`` items, the one at an index made by :meth:`make` on first use and kept."""

    def __init__(self, length: int, made: dict[int, T] | None = None) -> None:
        self._length = length
        self._made: dict[int, T] = dict(made or {})

    def make(self, index: int) -> T:
        """The item at ``index`` (0 <= index < len), made afresh."""
        raise NotImplementedError

    def make_passing(self, index: int) -> T:
        """The item at ``index`` made afresh for one look; an item made from another
        sequence's reads that one with :func:`look_at`, so neither keeps it."""
        return self.make(index)

    def look(self, index: int) -> T:
        """The item at ``index`` (0 <= index < len), kept only if it was kept already."""
        made = self._made.get(index)
        return made if made is not None else self.make_passing(index)

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        item = self._made.get(index)
        if item is None:
            item = self._made[index] = self.make(index)
        return item

    def __iter__(self) -> Iterator[T]:
        for index in range(len(self)):
            yield self[index]


def look_at(items: Sequence[T], index: int) -> T:
    """The item at ``index``, kept only if it was kept already (see :class:`OnDemand`)."""
    return items.look(index) if isinstance(items, OnDemand) else items[index]


def pass_over(items: Sequence[T]) -> Iterator[T]:
    """Each of ``items`` in order, none kept that was not kept already: a look over a lazy
    corpus's every article holds one at a time, not all of them."""
    if isinstance(items, OnDemand):
        return (items.look(index) for index in range(len(items)))
    return iter(items)
