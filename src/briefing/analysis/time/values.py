"""What the time-expression resolvers share: the match groups, the running context of an
article (its reference date and the last date the text gave), and TimeML value formatting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from briefing.analysis.lexicon.time_words import MODIFIERS, PARTS_OF_DAY
from briefing.analysis.time.reference import RefDate

Resolved = tuple[str, str, str | None] | None  # (type, value, mod)


@dataclass
class Context:
    """One article being resolved: its text, reference date, and the last date, year and
    quarter the text gave (what "two days later", "that year" and "the quarter" refer to)."""

    text: str
    ref: RefDate
    anchor: tuple[int | None, int | None, int | None] | None = None
    anchor_end: int = -1
    last_quarter: tuple[str, int] | None = None  # the quarter the story reports
    named_quarter: tuple[str, int] | None = None  # the quarter the text named last
    last_year: int | None = None
    last_year_end: int = -1
    last_month: tuple[int | None, int, int] | None = None  # (year, month, end) of "April-June"


class Groups(dict[str, Any]):
    """Named groups of a core match and its prefix; a missing group is None."""

    def __missing__(self, key: str) -> None:
        return None


def year_text(year: int | None) -> str:
    return f"{year:04d}" if year is not None else "XXXX"


def iso_week(date: dt.date) -> str:
    """The ISO week a date falls in, as TimeML writes it: ``2025-W44``."""
    year, week, _ = date.isocalendar()
    return f"{year:04d}-W{week:02d}"


def ymd(year: int | None, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return year_text(year)
    if day is None:
        return f"{year_text(year)}-{month:02d}"
    return f"{year_text(year)}-{month:02d}-{day:02d}"


def timeml_mod(match: Groups) -> str | None:
    raw = match["mod"]
    if not raw:
        return None
    for word, mod in MODIFIERS.items():
        if word in raw.lower():
            return mod
    return None


def shifted(
    base: tuple[int | None, int | None, int | None], days: int = 0, months: int = 0
) -> tuple[int | None, int | None, int | None]:
    """Move a possibly partial date; an unknown year is carried through as unknown."""
    year, month, day = base
    if month is None:
        return (None if year is None else year + months // 12, None, None)
    total = (year if year is not None else 2000) * 12 + month - 1 + months
    new_year, new_month = divmod(total, 12)
    new_month += 1
    if day is None or days == 0:
        return (new_year if year is not None else None, new_month, day)
    try:
        moved = dt.date(new_year, new_month, day) + dt.timedelta(days=days)
    except ValueError:
        return (new_year if year is not None else None, new_month, None)
    return (moved.year if year is not None else None, moved.month, moved.day)


def valid_date(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return False
    return True


def set_anchor(ctx: Context, date: tuple[int | None, int | None, int | None], end: int) -> None:
    if date[0] is not None:
        ctx.last_year, ctx.last_year_end = date[0], end
    if date[1] is not None and date[2] is not None:
        ctx.anchor = date
        ctx.anchor_end = end


def ref_tuple(ctx: Context) -> tuple[int | None, int | None, int | None]:
    return (ctx.ref.year, ctx.ref.month, ctx.ref.day)


def with_part(
    ctx: Context, match: Groups, date: tuple[int | None, int | None, int | None]
) -> Resolved:
    part = match["part"]
    value = ymd(*date) if date[1] is not None else year_text(date[0])
    if part and date[2] is not None:
        return ("TIME", f"{value}T{PARTS_OF_DAY[part.lower()]}", None)
    return ("DATE", value, timeml_mod(match))
