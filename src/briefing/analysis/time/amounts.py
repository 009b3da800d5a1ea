"""Amounts of time: counted back or on from a base ("three years ago", "two days later"),
how long something lasts ("for two weeks"), and the same unit again ("that day")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.time_context import AMOUNT_UNITS, BACKWARD_DIRECTIONS, DAY_UNITS
from briefing.analysis.lexicon.time_words import (
    NUMBER_WORDS,
    PARTS_OF_DAY,
    UNITS,
)
from briefing.analysis.time.quarters import quarter_in_talk
from briefing.analysis.time.values import (
    Context,
    Groups,
    Resolved,
    iso_week,
    ref_tuple,
    set_anchor,
    shifted,
    year_text,
    ymd,
)

_MONEY_BEFORE = re.compile(
    rf"(?:\d[\d,.]*\s*(?:%|percent|[a-z]*illion|{either(AMOUNT_UNITS)})?|\bper)\s*$",
    re.IGNORECASE,
)


def number_value(raw: str) -> float | None:
    """The count a number phrase gives ("5 1/2", "twenty-four", "one and a half"), or None
    for a vague one ("several")."""
    raw = " ".join(raw.lower().replace("-", " ").split())
    half = 0.0
    for ending in (" and a half", " 1/2", "\u00bd"):
        if raw.endswith(ending):
            raw, half = raw.removesuffix(ending).strip(), 0.5
    if raw in NUMBER_WORDS:
        value = NUMBER_WORDS[raw]
        return None if value is None else value + half
    tens, _, ones = raw.partition(" ")
    if ones and tens in NUMBER_WORDS and ones in NUMBER_WORDS:  # "twenty four"
        first, second = NUMBER_WORDS[tens], NUMBER_WORDS[ones]
        return None if first is None or second is None else first + second + half
    try:
        return float(raw) + half
    except ValueError:
        return None


def counted_from(m: Groups, ctx: Context, start: int, end: int, unit_word: str) -> Resolved:
    amount = number_value(m["n"] or "")
    unit = UNITS.get(unit_word)
    direction = (m["dir"] or "").lower()
    sign = -1 if direction in BACKWARD_DIRECTIONS else 1
    deictic = direction in ("ago", "from now", "hence")
    if unit is not None and amount is None and not deictic:
        return ("DURATION", f"PX{unit}", None)  # "a few days later": how long, after what
    if amount is None or unit is None:
        return ("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None)
    far = ctx.anchor is None or start - ctx.anchor_end > ANCHOR_REACH
    base = ref_tuple(ctx) if deictic or ctx.anchor is None else ctx.anchor
    if not deictic and far:
        near_year = ctx.last_year is not None and start - ctx.last_year_end <= ANCHOR_REACH
        if sign > 0 and unit == "Y" and near_year:
            base = (ctx.last_year, None, None)  # "In 2002 the law passed. Two years later"
        elif unit in ("W", "D") or (sign > 0 and unit in ("Y", "M")):
            # "three days later", "thirteen years later" far from any date: later than what
            # is not known (not the story's own date), so it is only how long, as TimeML
            # writes it
            return ("DURATION", f"P{amount:g}{unit}", None)
    shift = _Shift(ctx, start, end, base, int(amount) * sign, sign, deictic, direction)
    count_from = _COUNT_FROM.get(unit)
    return count_from(shift) if count_from is not None else None


@dataclass(frozen=True, slots=True)
class _Shift:
    """ "N units ago / later / earlier / from now", its base date and its signed count."""

    ctx: Context
    start: int
    end: int
    base: tuple[int | None, int | None, int | None]
    steps: int
    sign: int
    deictic: bool
    direction: str


def _years_from(shift: _Shift) -> Resolved:
    """ "two years ago", "a year earlier" (in a story about a quarter: that quarter then)."""
    if shift.deictic or shift.direction == "earlier":
        quarter = quarter_in_talk(shift.ctx, shift.start, shift.end)
        if quarter is not None:
            return ("DATE", f"{quarter[0] + shift.steps}-Q{quarter[1]}", None)
    year = shift.base[0]
    return ("DATE", year_text(year + shift.steps if year is not None else None), None)


def _decades_from(shift: _Shift) -> Resolved:
    """ "two decades ago": the decade."""
    year = shift.base[0]
    return ("DATE", year_text(year + 10 * shift.steps if year is not None else None)[:3], None)


def _months_from(shift: _Shift) -> Resolved:
    """ "three months ago": that month."""
    year, month, _ = shifted((shift.base[0], shift.base[1], None), months=shift.steps)
    return ("DATE", ymd(year, month) if month else year_text(year), None)


def _days_or_weeks_from(shift: _Shift, days: int) -> Resolved:
    """ "three days later": that day (the next anchor); "two weeks ago": that week."""
    base = shift.base
    if base[1] is None or base[2] is None:
        return ("DATE", "PAST_REF" if shift.sign < 0 else "FUTURE_REF", None)
    date = shifted(base, days=shift.steps * days)
    if days == 1:
        set_anchor(shift.ctx, date, shift.end)
        return ("DATE", ymd(*date), None)
    if date[0] is None or date[1] is None or date[2] is None:
        return ("DATE", "XXXX-WXX", None)
    return ("DATE", iso_week(dt.date(date[0], date[1], date[2])), None)


_COUNT_FROM: dict[str, Callable[[_Shift], Resolved]] = {
    "Y": _years_from,
    "DE": _decades_from,
    "M": _months_from,
    "W": lambda shift: _days_or_weeks_from(shift, 7),
    "D": lambda shift: _days_or_weeks_from(shift, 1),
}


def duration(m: Groups, ctx: Context, start: int, unit_word: str) -> Resolved:
    if (m["adj"] or "").lower() == "old":
        return None  # "the 6-year-old": an age, not a span of time the story gives
    amount = number_value(m["n"] or "")
    if amount is not None and m["half"]:
        amount += 0.5  # "a minute and a half"
    unit = UNITS.get(unit_word)
    if unit is None or unit == "WE":
        return None
    if amount is not None and amount != int(amount) and unit in _SMALLER:
        return _with_fraction(amount, unit)
    count = "X" if amount is None else f"{amount:g}"
    if (m["n"] or "").lower() in ("a", "an") and not m["rel"] and not m["adj"]:
        if _MONEY_BEFORE.search(ctx.text, max(0, start - 40), start):
            return ("SET", f"P1{unit if unit in 'YMWD' else 'Y'}", None)
    if unit == "DE":
        unit, count = "Y", "X" if amount is None else f"{amount * 10:g}"
    elif unit == "CE":
        unit, count = "Y", "X" if amount is None else f"{amount * 100:g}"
    if unit in ("H", "MIN", "S"):
        return ("DURATION", f"PT{count}{unit[0]}", None)
    if unit in ("MO", "AF", "EV", "NI"):
        return None
    return ("DURATION", f"P{count}{unit}", None)


# A unit, the one below it and how many of those it holds (TimeML writes 5 1/2 hours as
# PT5H30M, half a year as P6M)
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60),
            "MIN": ("S", 60), "DE": ("Y", 10), "CE": ("Y", 100)}  # fmt: skip


def _with_fraction(amount: float, unit: str) -> Resolved:
    """A duration of a whole number of ``unit`` and a part of the next unit down."""
    smaller, per = _SMALLER[unit]
    whole, part = int(amount), (amount - int(amount)) * per
    if unit in ("DE", "CE"):
        return ("DURATION", f"P{amount * per:g}Y", None)
    timed = unit in ("H", "MIN") or (unit == "D" and whole == 0)
    big = f"{whole}{unit[0]}" if whole else ""
    # ISO 8601 allows a fraction in the last part: "P2W3.5D"
    small = f"{round(part, 2):g}{smaller[0]}"
    if unit == "D":
        return ("DURATION", f"P{big}T{small}", None)
    return ("DURATION", f"P{'T' if timed else ''}{big}{small}", None)


def _given_since_the_anchor(ctx: Context, given_end: int | None, end: int) -> bool:
    """Whether a month or year the text gave, ending at ``given_end``, is near ``end`` and
    later than the day last given (the one "the month before" is counted from)."""
    if given_end is None or given_end < 0 or end - given_end > ANCHOR_REACH:
        return False
    return ctx.anchor is None or given_end > ctx.anchor_end


def anaphor(word: str, unit: str, ctx: Context, end: int) -> Resolved:
    sign = -1 if word in ("previous", "prior") else 0 if word == "same" else 1
    if unit == "month" and _given_since_the_anchor(ctx, ctx.last_month and ctx.last_month[2], end):
        # "In March, it got an offer. The following month, ...": April
        assert ctx.last_month is not None
        year, month, _ = shifted((ctx.last_month[0], ctx.last_month[1], None), months=sign)
        return ("DATE", ymd(year, month), None)
    if unit == "year" and ctx.last_year and _given_since_the_anchor(ctx, ctx.last_year_end, end):
        return ("DATE", year_text(ctx.last_year + sign), None)  # "last year ... the year before"
    if ctx.anchor is None or end - ctx.anchor_end > ANCHOR_REACH:
        return None  # "the next day" far from any date: the day it follows is not known
    base = ctx.anchor
    if unit in DAY_UNITS:
        if base[1] is None or base[2] is None:
            return None
        date = shifted(base, days=sign)
        set_anchor(ctx, date, end)
        if unit != "day":
            return ("TIME", f"{ymd(*date)}T{PARTS_OF_DAY[unit]}", None)
        return ("DATE", ymd(*date), None)
    if unit == "year":
        return ("DATE", year_text(base[0] + sign if base[0] is not None else None), None)
    if unit == "month":
        year, month, _ = shifted((base[0], base[1], None), months=sign)
        return ("DATE", ymd(year, month) if month else f"{year_text(year)}-XX", None)
    if unit != "week":
        return None
    if base[0] is None or base[1] is None or base[2] is None:
        return ("DATE", f"{year_text(base[0])}-WXX", None)
    return ("DATE", iso_week(dt.date(base[0], base[1], base[2]) + dt.timedelta(weeks=sign)), None)


# How far back (in characters) "the next day", "the previous week" look for their date.
ANCHOR_REACH = 400
