"""Ordered rules where the first that answers decides: the shape the time families, the
name cleaning and the quarter resolver share. ``None`` is an answer (often "not a time" or
"drop this name"); a rule that does not apply returns :data:`NO_ANSWER`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

Site = TypeVar("Site")


class _NoAnswer:
    __slots__ = ()

    def __repr__(self) -> str:
        return "NO_ANSWER"


NO_ANSWER = _NoAnswer()


def first_answer(rules: Iterable[Callable[[Site], object]], site: Site) -> object:
    """The answer of the first rule that gives one, else :data:`NO_ANSWER`."""
    for rule in rules:
        answer = rule(site)
        if answer is not NO_ANSWER:
            return answer
    return NO_ANSWER
