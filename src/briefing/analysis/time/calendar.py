"""Resolvers of calendar expressions: dates, months, years, decades, quarters, halves,
seasons, holidays and years spelled out."""

from __future__ import annotations

import datetime as dt
import re

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.time_context import (
    RANGE_WORDS,
    SINCE_BEFORE_WORDS,
    THROUGH_WORDS,
    TOWARD_A_MONTH_WORDS,
)
from briefing.analysis.lexicon.time_words import (
    DECADE_NAMES,
    DEICTIC_STEPS,
    MONTHS,
    SEASONS,
)
from briefing.analysis.time.direction import points_ahead
from briefing.analysis.time.patterns import YEAR, M
from briefing.analysis.time.reference import FUTURE, PAST, choose_year, tense_near
from briefing.analysis.time.values import (
    Context,
    Groups,
    Resolved,
    iso_week,
    set_anchor,
    timeml_mod,
    valid_date,
    with_part,
    year_text,
    ymd,
)

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
YEAR_STEP = {"last": -1, "this": 0, "next": 1}  # "last year's", "this year through"...


_RANGE_JOIN = re.compile(rf"\s*(?:-|\u2013|/|{either(RANGE_WORDS)})\s*", re.IGNORECASE)
# "by", "until", "to" before a month: the next one ("extended to the end of May")
_TOWARD_A_MONTH = re.compile(
    (
        r"(?<!\byear )(?<!\bmonths )(?<!\bweeks )(?<!\bquarter )"
        rf"\b(?:{either(TOWARD_A_MONTH_WORDS)})\s+$"
    ),
    re.IGNORECASE,
)
# "since August", "since shortly after the Oct. 23 attack": the last one
_SINCE_BEFORE = re.compile(
    (
        rf"\bsince\s+(?:(?:{either(SINCE_BEFORE_WORDS)})\s+)?(?:(?:after|before)\s+)"
        rf"?(?:the\s+)?$"
    ),
    re.IGNORECASE,
)
# "this year through August": the month of the year just named
_YEAR_THROUGH = re.compile(
    (
        rf"\b(?P<rel>{either(DEICTIC_STEPS)}) year\s+(?:{either(THROUGH_WORDS)})"
        rf"\s+$"
    ),
    re.IGNORECASE,
)
_EVERY_BEFORE = re.compile(r"\b(?:each|every)\s+$", re.IGNORECASE)
# Months and days joined in a list or a range share the year the last of them states: "March
# and April 2024", "May 2 and June 9, 2024", "March 3 and 4, 2021" (a list of six at most)
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_JOIN = (
    rf"(?:\s*,)?\s*(?:-|\u2013|\u2014|/|&|,|\b(?i:{either((*RANGE_WORDS, 'or'))})\b)\s*"
    r"(?:(?i:in|on)\s+)?"
)
_SHARED_YEAR = re.compile(
    rf"(?:{_JOIN}(?:{M}(?:\s*{_DAY})?|{_DAY}(?:\s+(?:of\s+)?{M})?)(?![\w.]\w)){{1,6}}"
    rf",?\s+(?P<y>{YEAR})\b(?!\s*(?:%|percent))"
)
_MONTH_NAME = re.compile(M)


def resolve_iso(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    if not valid_date(year, month, day):
        return None
    set_anchor(ctx, (year, month, day), end)
    if m["hh"]:
        return ("TIME", f"{ymd(year, month, day)}T{m['hh']}:{m['mm']}", None)
    return ("DATE", ymd(year, month, day), None)


def resolve_numeric(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    first, second, year = int(m["a"]), int(m["b"]), int(m["y"])
    if len(m["y"]) == 2:
        year += 2000 if year < 50 else 1900
    month, day = (first, second) if first <= 12 else (second, first)
    if not (1 <= month <= 12) or not valid_date(year, month, day):
        return None
    set_anchor(ctx, (year, month, day), end)
    return ("DATE", ymd(year, month, day), None)


def resolve_month_day(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    month = MONTHS[m["month"].lower().rstrip(".")]
    day = int(m["d"])
    year = int(m["y"]) if m["y"] else None
    if not 1 <= day <= 31 or not valid_date(year, month, day):
        return None
    if year is None and not m["rel"]:
        year = shared_year(ctx.text, end, month)
    if year is None:
        rel = (m["rel"] or "").lower()
        if _SINCE_BEFORE.search(ctx.text, max(0, start - 40), start):
            rel = "last"
        tense = {"last": PAST, "next": FUTURE}.get(rel) or tense_near(ctx.text, start, end)
        year = choose_year(ctx.ref, month, day, tense)
        if not m["rel"]:
            year = open_year(ctx, (start, end), month, day, year)
    set_anchor(ctx, (year, month, day), end)
    return with_part(ctx, m, (year, month, day))


def resolve_month_year(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    month = MONTHS[m["month"].lower().rstrip(".")]
    ctx.last_year, ctx.last_year_end = int(m["y"]), end
    return ("DATE", ymd(int(m["y"]), month), timeml_mod(m))


def resolve_month(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    month = MONTHS[m["month"].lower().rstrip(".")]
    if _EVERY_BEFORE.search(ctx.text, max(0, start - 8), start):
        return ("SET", f"XXXX-{month:02d}", None)  # "march each July": every year's
    rel = (m["rel"] or "").lower()
    ref = ctx.ref
    relative_year = (m["ry"] or "").lower()
    if relative_year and ref.year is not None:
        step = YEAR_STEP[relative_year]
        return ("DATE", ymd(ref.year + step, month), timeml_mod(m))
    year: int | None
    if not rel and not relative_year and (shared := shared_year(ctx.text, end, month)):
        year = shared
    elif ref.year is None or ref.month is None:
        year = ref.year
    elif rel.endswith("last"):
        # the month just gone is "last month": "last February" written in March is a year back
        year = ref.year if month < ref.month - 1 else ref.year - 1
    elif rel.endswith("next"):
        year = ref.year if month > ref.month else ref.year + 1
    elif rel.endswith("this"):
        year = ref.year
    elif (joined := _range_start(ctx, start)) is not None:
        year = joined[0] if joined[0] is None or month >= joined[1] else joined[0] + 1
    elif (through := _YEAR_THROUGH.search(ctx.text, max(0, start - 24), start)) is not None:
        year = ref.year + YEAR_STEP[through["rel"].lower()]
    elif _TOWARD_A_MONTH.search(ctx.text, max(0, start - 12), start) and not possessive(
        ctx.text, end
    ):
        year = choose_year(ref, month, 15, FUTURE)  # "extended to the end of May": the next one
    elif _SINCE_BEFORE.search(ctx.text, max(0, start - 40), start):
        year = choose_year(ref, month, None, PAST)  # "since August": the last one
    else:
        year = choose_year(ref, month, None, tense_near(ctx.text, start, end, 110))
        year = open_year(ctx, (start, end), month, None, year)
    ctx.last_month = (year, month, end)
    return ("DATE", ymd(year, month), timeml_mod(m))


def open_year(
    ctx: Context, span: tuple[int, int], month: int, day: int | None, rule_year: int | None
) -> int | None:
    """The year of a month (or a day of it) the text gives without one, between its reading
    at or before the report and the one after it (see :mod:`.direction`); ``rule_year`` is
    the hand rules' answer, kept when the report's date leaves no such choice."""
    ref = ctx.ref
    if rule_year is None or ref.year is None or ref.month is None:
        return rule_year
    if day is None:
        if month == ref.month:
            return rule_year
        back_year = ref.year if month < ref.month else ref.year - 1
        back_days = (ref.month - month) % 12 * 30
        readings = (ymd(back_year, month), ymd(back_year + 1, month))
    else:
        if ref.day is None or (month, day) == (ref.month, ref.day):
            return rule_year
        back_year = ref.year if (month, day) < (ref.month, ref.day) else ref.year - 1
        if not (valid_date(back_year, month, day) and valid_date(back_year + 1, month, day)):
            return rule_year
        back_days = (dt.date(ref.year, ref.month, ref.day) - dt.date(back_year, month, day)).days
        readings = (ymd(back_year, month, day), ymd(back_year + 1, month, day))
    if rule_year not in (back_year, back_year + 1):
        return rule_year
    kind = "month" if day is None else "day"
    ahead = points_ahead(kind, ctx.text, span, rule_year > back_year, back_days, readings)
    return back_year + 1 if ahead else back_year


def shared_year(text: str, end: int, month: int) -> int | None:
    """The year a month (or day) ending at ``end`` takes from the list or range it opens
    ("March" in "March and April 2024"), a year back when the range crosses one ("November
    to February 2024"); None when no year closes it."""
    found = _SHARED_YEAR.match(text, end)
    if found is None:
        return None
    named = _MONTH_NAME.findall(found.group())
    last = MONTHS[named[-1].lower().rstrip(".")] if named else month
    return int(found["y"]) - (1 if last < month else 0)


def possessive(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is a possessive ("a revision to December's figures")."""
    return text.startswith(("'s", "\u2019s"), end)


def _range_start(ctx: Context, start: int) -> tuple[int | None, int, int] | None:
    """The month that opens a range this one closes ("April-June", "March to May")."""
    last = ctx.last_month
    if last is None or not 0 <= start - last[2] <= 12:
        return None
    return last if _RANGE_JOIN.fullmatch(ctx.text, last[2], start) else None


def resolve_week_of(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    """ "The week of March 6": the ISO week holding that day."""
    month, day = MONTHS[m["month"].lower().rstrip(".")], int(m["d"])
    year = (
        int(m["y"])
        if m["y"]
        else choose_year(ctx.ref, month, day, tense_near(ctx.text, start, end))
    )
    if year is None or not valid_date(year, month, day):
        return ("DATE", "XXXX-WXX", None)
    return ("DATE", iso_week(dt.date(year, month, day)), None)


def resolve_year(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    ctx.last_year, ctx.last_year_end = int(m["y"]), end
    return ("DATE", m["y"], timeml_mod(m))


def resolve_decade(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    if m["dec"]:
        return ("DATE", m["dec"], timeml_mod(m))
    return ("DATE", _decade_of(ctx, int(m["short"])), timeml_mod(m))


def _decade_of(ctx: Context, decade: int) -> str:
    """The latest decade ``decade`` (0-9) that has begun by the reference ("the '80s" in 2025
    is the 1980s); without a reference year, the twentieth century's."""
    year = ctx.ref.year
    if year is None:
        return f"19{decade}"
    century = year // 100 if (year // 100) * 100 + decade * 10 <= year else year // 100 - 1
    return f"{century}{decade}"


# fmt: skip


def resolve_decade_word(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    """ "The nineties": the latest nineties by the reference date."""
    return ("DATE", _decade_of(ctx, DECADE_NAMES.index(m["word"].lower()) + 2), timeml_mod(m))


def resolve_year_end(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    """ "Year-end", "by year end": the end of this year, or of last year in a report of its
    results early in the next ("net income at year-end rose") or after "since"."""
    ref = ctx.ref
    if ref.year is None:
        return ("DATE", "XXXX", "END")
    if _SINCE_BEFORE.search(ctx.text, max(0, start - 40), start):
        return ("DATE", year_text(ref.year - 1), "END")  # "down 3% since year-end": the last one
    early = ref.month is not None and ref.month <= 3
    past = tense_near(ctx.text, start, end) == PAST
    return ("DATE", year_text(ref.year - 1 if early and past else ref.year), "END")


def resolve_century(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    number = int(m["c"])
    if not 1 <= number <= 21:
        return None
    return ("DATE", f"{number - 1:02d}", timeml_mod(m))


def resolve_half(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    """ "The first half", "the second half of 2024", "the last two quarters of 1990", "the
    first three months of the year" (its first quarter), "the second half of next year"."""
    year = int(m["y"]) if m["y"] else ctx.ref.year
    if m["ry"] and year is not None:
        year += YEAR_STEP.get(m["ry"].lower(), 0)  # "of the year", "of this year": its own
    which = (m["pair"] or m["span"] or m["h"]).lower()
    if m["months"] and m["months"].lower() in ("three", "3"):
        return ("DATE", f"{year_text(year)}-Q{1 if which == 'first' else 4}", None)
    return ("DATE", f"{year_text(year)}-H{1 if which == 'first' else 2}", None)  # last: 2


def resolve_season(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    season = SEASONS[m["season"].lower()]
    explicit = m["y"]
    rel = (m["rel"] or "").lower()
    ref = ctx.ref
    if explicit:
        year: int | None = int(explicit)
    elif ref.year is None or ref.month is None:
        year = ref.year
    elif rel.endswith("last"):
        year = ref.year if _SEASON_START[season] + 3 <= ref.month else ref.year - 1
    elif rel.endswith("next"):
        year = ref.year if _SEASON_START[season] > ref.month else ref.year + 1
    else:
        year = ref.year
    return ("DATE", f"{year_text(year)}-{season}", None)


_HOLIDAYS = {
    "Christmas": (12, 25), "Christmas Eve": (12, 24), "New Year's": (1, 1),
    "New Year's Eve": (12, 31), "Thanksgiving": (11, -44), "Independence": (7, 4),
    "Fourth of July": (7, 4), "Labor": (9, -11), "Memorial": (5, -19),
    "Valentine's": (2, 14), "Halloween": (10, 31), "Veterans": (11, 11),
    "Election": (11, -21), "Boxing": (12, 26),
}  # fmt: skip


def _easter_sunday(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_shift) // 433
    month = (h + weekday_shift - 7 * m + 90) // 25
    day = (h + weekday_shift - 7 * m + 33 * month + 19) % 32
    return dt.date(year, month, day)


def _easter(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    """Easter, its Sunday, Monday, week or weekend, and Good Friday, in the year the tense
    points to."""
    year = choose_year(ctx.ref, 4, 10, tense_near(ctx.text, start, end))
    part = (m["easter"] or "").lower()
    if year is None:
        return ("DATE", "XXXX-WXX" if part.startswith("week") else "XXXX-XX-XX", None)
    sunday = _easter_sunday(year)
    if part in ("week", "weekend"):
        return ("DATE", iso_week(sunday) + ("-WE" if part == "weekend" else ""), None)
    shift = {"monday": 1}.get(part, -2 if m["word"].startswith("Good") else 0)
    day = sunday + dt.timedelta(days=shift)
    set_anchor(ctx, (day.year, day.month, day.day), end)
    return ("DATE", day.isoformat(), None)


def resolve_holiday(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    name = m["word"]
    if name.startswith(("Easter", "Good Friday")):
        return _easter(m, ctx, start, end)
    month, day = _HOLIDAYS.get(name.replace(" Day", "").replace("'s Eve", "'s Eve"), (0, 0))
    year = choose_year(ctx.ref, month, day or 15, tense_near(ctx.text, start, end))
    if day < 0:  # the n-th given weekday of the month: (weekday, n)
        if year is None:
            return ("DATE", f"XXXX-{month:02d}", None)
        weekday, nth = -day // 10, -day % 10
        first = dt.date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        if nth == 9:  # the last one
            last = dt.date(year, month, 31 if month in (1, 3, 5, 7, 8, 10, 12) else 30)
            day = last.day - (last.isoweekday() - weekday) % 7
        else:
            day = 1 + offset + 7 * (nth - 1)
    if month == 0:
        return None
    set_anchor(ctx, (year, month, day), end)
    return ("DATE", ymd(year, month, day), None)


_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
         "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}  # fmt: skip


_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10}  # fmt: skip


def resolve_spelled_year(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    words = re.split(r"[\s-]+", m["word"].lower())
    if words[0] == "two":
        rest = [w for w in words[2:] if w != "and"]
        year = 2000 + (_ONES.get(rest[0], 0) if rest else 0)
    else:
        year = 1900 + _TENS.get(words[1], 0) + (_ONES.get(words[2], 0) if len(words) > 2 else 0)
    if m["month"]:  # "January nineteen ninety-seven"
        return ("DATE", ymd(year, MONTHS[m["month"].lower().rstrip(".")]), None)
    if m["season"]:  # "the winter of nineteen ninety-four"
        return ("DATE", f"{year}-{SEASONS[m['season'].lower()]}", None)
    return ("DATE", str(year), None)
