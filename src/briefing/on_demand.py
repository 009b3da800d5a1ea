"""A sequence whose items are made only when first asked for, then kept."""

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
