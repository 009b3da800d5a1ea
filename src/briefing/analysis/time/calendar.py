"""Resolvers of calendar expressions: dates, months, years, decades, quarters, halves,
seasons, holidays and years spelled out."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from briefing.analysis.lexicon.time_words import (
    MONTH_DAY_YEAR,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    SEASONS,
)
from briefing.analysis.rule_chain import NO_ANSWER, first_answer
from briefing.analysis.time.reference import FUTURE, PAST, choose_year, tense_near
from briefing.analysis.time.values import (
    Context,
    Groups,
    Resolved,
    _iso_week,
    _mod,
    _set_anchor,
    _valid,
    _with_part,
    _y,
    _ymd,
)

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}  # "last year's", "this year through"...


_RANGE_JOIN = re.compile(r"\s*(?:-|\u2013|/|to|through|until|and)\s*", re.IGNORECASE)
# "by", "until", "to" before a month: the next one ("extended to the end of May")
_TOWARD_A_MONTH = re.compile(
    r"(?<!\byear )(?<!\bmonths )(?<!\bweeks )(?<!\bquarter )"  # "the year to June" has closed
    r"\b(?:by|until|till|through|to|before)\s+$",
    re.IGNORECASE,
)
# "since August", "since shortly after the Oct. 23 attack": the last one
_SINCE_BEFORE = re.compile(
    r"\bsince\s+(?:(?:shortly|just|soon|right|immediately)\s+)?(?:(?:after|before)\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# "this year through August": the month of the year just named
_YEAR_THROUGH = re.compile(
    r"\b(?P<rel>this|last|next) year\s+(?:through|to|until|till|in)\s+$", re.IGNORECASE
)
_ENDED_ON = re.compile(rf"\s+(?:that\s+)?(?P<verb>ended|ending)\s+{MONTH_DAY_YEAR}", re.IGNORECASE)
_EVERY_BEFORE = re.compile(r"\b(?:each|every)\s+$", re.IGNORECASE)
_QUARTER_TALK = re.compile(r"\bquarter|\bperiod\b|\bthree months\b", re.IGNORECASE)
# Figures a results story compares, and spans of time other than a quarter it may give them for
_A_QUARTER = re.compile(r"\bquarter", re.IGNORECASE)
_FIGURES = re.compile(r"[$#%\u00a3\u20ac]|\b(?:cents?|pence|million|billion)\b", re.IGNORECASE)
_OTHER_SPAN = re.compile(
    r"\b(?:nine|six|twelve|9|6|12) months\b|\bhalf\b|\bfiscal\b|\bthe year\b|\bfull year\b"
    r"|\bannual",
    re.IGNORECASE,
)
# A full stop, question or exclamation mark ending a sentence: a capital or quote follows
_SENTENCE_END = re.compile(
    r"(?P<word>[A-Za-z.]*)[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018`(]*[A-Z0-9])"
)
_NOT_FINAL = frozenset(
    "mr mrs ms dr st jr sr gen sen rep gov rev prof no co corp inc ltd u.s u.k "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def _iso(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    if not _valid(year, month, day):
        return None
    _set_anchor(ctx, (year, month, day), end)
    if m["hh"]:
        return ("TIME", f"{_ymd(year, month, day)}T{m['hh']}:{m['mm']}", None)
    return ("DATE", _ymd(year, month, day), None)


def _numeric(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    first, second, year = int(m["a"]), int(m["b"]), int(m["y"])
    if len(m["y"]) == 2:
        year += 2000 if year < 50 else 1900
    month, day = (first, second) if first <= 12 else (second, first)
    if not (1 <= month <= 12) or not _valid(year, month, day):
        return None
    _set_anchor(ctx, (year, month, day), end)
    return ("DATE", _ymd(year, month, day), None)


def _month_day(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    month = MONTHS[m["month"].lower().rstrip(".")]
    day = int(m["d"])
    year = int(m["y"]) if m["y"] else None
    if not 1 <= day <= 31 or not _valid(year, month, day):
        return None
    if year is None:
        rel = (m["rel"] or "").lower()
        if _SINCE_BEFORE.search(ctx.text, max(0, start - 40), start):
            rel = "last"
        tense = {"last": PAST, "next": FUTURE}.get(rel) or tense_near(ctx.text, start, end)
        year = choose_year(ctx.ref, month, day, tense)
    _set_anchor(ctx, (year, month, day), end)
    return _with_part(ctx, m, (year, month, day))


def _month_year(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    month = MONTHS[m["month"].lower().rstrip(".")]
    ctx.last_year, ctx.last_year_end = int(m["y"]), end
    return ("DATE", _ymd(int(m["y"]), month), _mod(m))


def _month(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    month = MONTHS[m["month"].lower().rstrip(".")]
    if _EVERY_BEFORE.search(ctx.text, max(0, start - 8), start):
        return ("SET", f"XXXX-{month:02d}", None)  # "march each July": every year's
    rel = (m["rel"] or "").lower()
    ref = ctx.ref
    relative_year = (m["ry"] or "").lower()
    if relative_year and ref.year is not None:
        step = _YEAR_STEP[relative_year]
        return ("DATE", _ymd(ref.year + step, month), _mod(m))
    if ref.year is None or ref.month is None:
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
        year = ref.year + _YEAR_STEP[through["rel"].lower()]
    elif _TOWARD_A_MONTH.search(ctx.text, max(0, start - 12), start) and not _possessive(
        ctx.text, end
    ):
        year = choose_year(ref, month, 15, FUTURE)  # "extended to the end of May": the next one
    elif _SINCE_BEFORE.search(ctx.text, max(0, start - 40), start):
        year = choose_year(ref, month, None, PAST)  # "since August": the last one
    else:
        year = choose_year(ref, month, None, tense_near(ctx.text, start, end, 110))
    ctx.last_month = (year, month, end)
    return ("DATE", _ymd(year, month), _mod(m))


def _possessive(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is a possessive ("a revision to December's figures")."""
    return text.startswith(("'s", "\u2019s"), end)


def _range_start(ctx: Context, start: int) -> tuple[int | None, int, int] | None:
    """The month that opens a range this one closes ("April-June", "March to May")."""
    last = ctx.last_month
    if last is None or not 0 <= start - last[2] <= 12:
        return None
    return last if _RANGE_JOIN.fullmatch(ctx.text, last[2], start) else None


def _week_of(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    """ "The week of March 6": the ISO week holding that day."""
    month, day = MONTHS[m["month"].lower().rstrip(".")], int(m["d"])
    year = (
        int(m["y"])
        if m["y"]
        else choose_year(ctx.ref, month, day, tense_near(ctx.text, start, end))
    )
    if year is None or not _valid(year, month, day):
        return ("DATE", "XXXX-WXX", None)
    return ("DATE", _iso_week(dt.date(year, month, day)), None)


def _year(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    ctx.last_year, ctx.last_year_end = int(m["y"]), end
    return ("DATE", m["y"], _mod(m))


def _decade(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    if m["dec"]:
        return ("DATE", m["dec"], _mod(m))
    return ("DATE", _decade_of(ctx, int(m["short"])), _mod(m))


def _decade_of(ctx: Context, decade: int) -> str:
    """The latest decade ``decade`` (0-9) that has begun by the reference ("the '80s" in 2025
    is the 1980s); without a reference year, the twentieth century's."""
    year = ctx.ref.year
    if year is None:
        return f"19{decade}"
    century = year // 100 if (year // 100) * 100 + decade * 10 <= year else year // 100 - 1
    return f"{century}{decade}"


_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                 "nineties")  # fmt: skip


def _decade_word(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    """ "The nineties": the latest nineties by the reference date."""
    return ("DATE", _decade_of(ctx, _DECADE_WORDS.index(m["word"].lower()) + 2), _mod(m))


def _year_end(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    """ "Year-end", "by year end": the end of this year, or of last year in a report of its
    results early in the next ("net income at year-end rose") or after "since"."""
    ref = ctx.ref
    if ref.year is None:
        return ("DATE", "XXXX", "END")
    if _SINCE_BEFORE.search(ctx.text, max(0, start - 40), start):
        return ("DATE", _y(ref.year - 1), "END")  # "down 3% since year-end": the last one
    early = ref.month is not None and ref.month <= 3
    past = tense_near(ctx.text, start, end) == PAST
    return ("DATE", _y(ref.year - 1 if early and past else ref.year), "END")


def _century(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    number = int(m["c"])
    if not 1 <= number <= 21:
        return None
    return ("DATE", f"{number - 1:02d}", _mod(m))


def _quarter_of(ctx: Context, offset: int = 0) -> tuple[int | None, int]:
    """The quarter ``offset`` quarters from the reference's own."""
    ref = ctx.ref
    if ref.month is None:
        return (ref.year, 0)
    index = (ref.year or 2000) * 4 + (ref.month - 1) // 3 + offset
    year, quarter = divmod(index, 4)
    return (year if ref.year is not None else None, quarter + 1)


@dataclass(frozen=True, slots=True)
class _QuarterSite:
    """A quarter expression as its rules see it."""

    m: Groups
    ctx: Context
    start: int
    end: int
    rel: str  # "year-ago" for "the corresponding period", "a year ago", "last year's"
    ordinal: str  # "first" ... "fourth", or ""
    explicit: str | None  # a year written with it ("1988", "1985's")


@dataclass(frozen=True, slots=True)
class _Final:
    """What the whole resolver gives, decided by one rule (a value, or None: no time)."""

    value: Resolved


Anchor = tuple[int | None, int]  # (year, quarter; 0 when unknown)
QuarterRule = Callable[[_QuarterSite], object]  # an Anchor, a _Final, or NO_ANSWER


def _written_year(site: _QuarterSite) -> object:
    """ "the fourth quarter of 1988", "1985's fourth quarter", "the 1988 quarter"; "the 1988
    period" is that quarter of the year when the story reports one, else the year."""
    if not site.explicit:
        return NO_ANSWER
    ctx, year = site.ctx, int(site.explicit)
    if site.ordinal or site.m["word"].lower() == "quarter":
        quarter = ORDINALS.get(site.ordinal, 0)
        if not quarter and ctx.last_quarter is not None:
            quarter = ctx.last_quarter[1]
        return (year, quarter)
    own, _previous, close = _sentence_bounds(ctx.text, site.start, site.end)
    if _OTHER_SPAN.search(ctx.text, own, close) and not _A_QUARTER.search(ctx.text, own, close):
        # "In the first nine months, net rose from $1 million in the 1988 period": that span
        return _Final(("DATE", _y(year), None))
    if ctx.last_quarter is None:
        return _Final(("DATE", _y(year), None))  # "the equivalent 1986 period"
    return (year, ctx.last_quarter[1])


def _relative_year(site: _QuarterSite) -> object:
    """ "next year's first quarter"."""
    ry, ctx = site.m["ry"], site.ctx
    if not (ry and site.ordinal and ctx.ref.year is not None):
        return NO_ANSWER
    return (ctx.ref.year + _YEAR_STEP[ry.lower()], ORDINALS[site.ordinal])


def _that_quarter(site: _QuarterSite) -> object:
    """ "that quarter": the one the text last gave (none given: no time)."""
    if not site.m["that"]:
        return NO_ANSWER
    named = site.ctx.named_quarter
    if named is None:
        return _Final(None)
    return (int(named[0]) if named[0].isdigit() else None, named[1])


def _year_earlier(site: _QuarterSite) -> object:
    """ "the year-earlier quarter", "the same period": the story's quarter a year before
    (or, for "same", again)."""
    if site.rel not in ("year-earlier", "year-ago", "same"):
        return NO_ANSWER
    ctx = site.ctx
    if ctx.last_quarter is None:
        return _Final(("DATE", _y(ctx.ref.year - 1 if ctx.ref.year else None) + "-QX", None))
    previous_year = ctx.last_quarter[0]
    year = _year_before(ctx, int(previous_year)) if previous_year.isdigit() else None
    if site.rel == "same":
        year = year + 1 if year is not None else None
    return (year, ctx.last_quarter[1])


def _closing_on_a_date(site: _QuarterSite) -> object:
    """ "the quarter ended July 31", no quarter named before: the calendar quarter that holds
    most of its months."""
    ctx = site.ctx
    if ctx.last_quarter is not None or site.ordinal or site.rel not in ("", "latest", "fiscal"):
        return NO_ANSWER
    closing = _closing_date(ctx, site.end)
    if closing is None:
        return NO_ANSWER
    middle = dt.date(*closing) - dt.timedelta(days=45)
    return (middle.year, (middle.month - 1) // 3 + 1)


def _ordinal_quarter(site: _QuarterSite) -> object:
    """ "the third quarter": this year's, or last year's while it is still ahead (unless the
    text looks ahead); "its fiscal third quarter ended April 30": that April's year."""
    if not site.ordinal:
        return NO_ANSWER
    ctx = site.ctx
    quarter = ORDINALS[site.ordinal]
    year, current = _quarter_of(ctx)
    tense = tense_near(ctx.text, site.start, site.end)
    if (closing := _closing_date(ctx, site.end)) is not None:
        year = closing[0]
    elif year is not None and current and quarter > current and tense != FUTURE:
        year -= 1
    return (year, quarter)


def _this_quarters(site: _QuarterSite) -> object:
    """ "This quarter's loss includes charges": the quarter the story reports."""
    last = site.ctx.last_quarter
    if site.rel != "this" or last is None or not _possessive(site.ctx.text, site.end):
        return NO_ANSWER
    return (int(last[0]) if last[0].isdigit() else None, last[1])


def _deictic_quarter(site: _QuarterSite) -> object:
    """ "this quarter", "the current quarter", "next quarter": counted from the reference."""
    if site.rel in ("this", "current"):
        return _quarter_of(site.ctx)
    if site.rel == "next":
        return _quarter_of(site.ctx, 1)
    return NO_ANSWER


def _the_storys_quarter(site: _QuarterSite) -> object:
    """ "the quarter" in a story that reports one: that quarter; otherwise the last one."""
    last = site.ctx.last_quarter
    if last is not None and site.rel not in ("last", "previous"):
        return (int(last[0]) if last[0].isdigit() else None, last[1])
    return _quarter_of(site.ctx, -1)


# Which quarter a quarter expression names: the first rule that applies decides.
QUARTER_RULES: tuple[QuarterRule, ...] = (
    _written_year,
    _relative_year,
    _that_quarter,
    _year_earlier,
    _closing_on_a_date,
    _ordinal_quarter,
    _this_quarters,
    _deictic_quarter,
    _the_storys_quarter,
)


def _quarter(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    rel = (m["rel"] or "").lower()
    last_years = (m["ry"] or "").lower() == "last" and not m["q"]
    if rel in ("corresponding", "comparable") or m["ago"] or last_years:
        rel = "year-ago"  # "the quarter a year ago", "the corresponding period last year"
    ordinal = (m["q"] or "").lower() or (rel if rel in ORDINALS else "")
    site = _QuarterSite(m, ctx, start, end, rel, ordinal, m["y"] or m["py"])
    found = first_answer(QUARTER_RULES, site)
    if isinstance(found, _Final):
        return found.value
    year, quarter = cast(Anchor, found)  # the last rule always gives an anchor
    if not quarter:
        return ("DATE", f"{_y(year)}-QX", None)
    _remember_quarter(site, year, quarter)
    return ("DATE", f"{_y(year)}-Q{quarter}", None)


def _remember_quarter(site: _QuarterSite, year: int | None, quarter: int) -> None:
    """Keep the quarter as the one the story reports, unless it is a comparison ("after a
    flat second quarter" in a third-quarter story; a fiscal quarter is news) or still
    ahead; and as the one "that quarter" would name."""
    ctx, start, end = site.ctx, site.start, site.end
    last = ctx.last_quarter
    comparison = (
        last is not None
        and last[0].isdigit()
        and year is not None
        and (year, quarter) < (int(last[0]), last[1])
        and (site.explicit is not None or "fiscal" not in ctx.text[start:end].lower())
    )
    if (
        site.rel not in ("year-earlier", "year-ago", "same")
        and not comparison
        and (not _ahead(ctx, year, quarter) or tense_near(ctx.text, start, end) == PAST)
    ):
        ctx.last_quarter = (_y(year), quarter)
    ctx.named_quarter = (_y(year), quarter)


def _closing_date(ctx: Context, end: int) -> tuple[int, int, int] | None:
    """The date a period closes on when the text gives it ("quarter ended Sept. 30")."""
    found = _ENDED_ON.match(ctx.text, end)
    if found is None:
        return None
    month, day = MONTHS[found["month"].lower().rstrip(".")], int(found["d"])
    tense = PAST if found["verb"].lower() == "ended" else None
    year = int(found["y"]) if found["y"] else choose_year(ctx.ref, month, day, tense)
    return (year, month, day) if year is not None and _valid(year, month, day) else None


def _ahead(ctx: Context, year: int | None, quarter: int) -> bool:
    """Whether a quarter lies after the reference's own (a forecast, which "the year-ago
    period" and "the quarter" do not refer back to)."""
    current_year, current = _quarter_of(ctx)
    if year is None or current_year is None or not current:
        return False
    return (year, quarter) >= (current_year, current)  # the current one is not over yet


def _month_quarter(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    """ "The April-June quarter": the calendar quarter those three months make."""
    first = MONTHS[m["m1"].lower().rstrip(".")]
    last = MONTHS[m["m2"].lower().rstrip(".")]
    if first % 3 != 1 or last != first + 2:
        return None  # "the February-April period": no quarter of the calendar
    if m["py"]:
        year: int | None = int(m["py"])
    else:
        year = choose_year(ctx.ref, first, None, tense_near(ctx.text, start, end))
    quarter = (first - 1) // 3 + 1
    ctx.named_quarter = (_y(year), quarter)
    return ("DATE", f"{_y(year)}-Q{quarter}", None)


def _q_short(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    year = int(m["y"]) if m["y"] else _quarter_of(ctx)[0]
    ctx.last_quarter = (_y(year), int(m["q"]))
    return ("DATE", f"{_y(year)}-Q{m['q']}", None)


def _half(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    """ "The first half", "the second half of 2024", "the last two quarters of 1990", "the
    first three months of the year" (its first quarter), "the second half of next year"."""
    year = int(m["y"]) if m["y"] else ctx.ref.year
    if m["ry"] and year is not None:
        year += _YEAR_STEP.get(m["ry"].lower(), 0)  # "of the year", "of this year": its own
    which = (m["pair"] or m["span"] or m["h"]).lower()
    if m["months"] and m["months"].lower() in ("three", "3"):
        return ("DATE", f"{_y(year)}-Q{1 if which == 'first' else 4}", None)
    return ("DATE", f"{_y(year)}-H{1 if which == 'first' else 2}", None)  # last: 2


def _season(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
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
    return ("DATE", f"{_y(year)}-{season}", None)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int, int]:
    """Where the sentence holding ``start``-``end`` begins, where the one before it in its
    paragraph begins, and where the sentence ends (each looked for within a few hundred
    characters)."""
    floor = max(text.rfind("\n", 0, start) + 1, start - 700)
    starts = [floor]
    starts.extend(
        boundary.end()
        for boundary in _SENTENCE_END.finditer(text, floor, start)
        if boundary.group("word").lower() not in _NOT_FINAL
    )
    ceiling = text.find("\n", end, end + 400)
    close = min(end + 400 if ceiling == -1 else ceiling, len(text))
    for boundary in _SENTENCE_END.finditer(text, end, close):
        if boundary.group("word").lower() not in _NOT_FINAL:
            close = boundary.end()
            break
    return (starts[-1], starts[-2] if len(starts) > 1 else floor, close)


def _quarter_in_talk(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """The quarter a comparison in a report of quarterly results is with, if it is one: the
    sentence names a quarter or period, or it gives figures for no other span of time and
    the sentence before it names one or the story has reported one."""
    own, previous, close = _sentence_bounds(ctx.text, start, end)
    if not _QUARTER_TALK.search(ctx.text, own, close):
        if ctx.last_quarter is None and not _QUARTER_TALK.search(ctx.text, previous, own):
            return None
        if _OTHER_SPAN.search(ctx.text, own, close) or not _FIGURES.search(ctx.text, own, close):
            return None
    if ctx.last_quarter and ctx.last_quarter[0].isdigit():
        return (int(ctx.last_quarter[0]), ctx.last_quarter[1])
    year, quarter = _quarter_of(ctx, -1)
    return (year, quarter) if year is not None and quarter else None


def _year_before(ctx: Context, year: int) -> int:
    """The year a year before a reported quarter of ``year``: a quarter already a year
    before the latest one ("the 1988 period" in a 1989 report) is itself the comparison."""
    latest, _quarter = _quarter_of(ctx, -1)
    return year - 1 if latest is None or year >= latest else year


def _year_ago(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    if m["months"]:  # "the year-earlier nine months": a span as long as the one reported
        word = m["months"].split()[0].lower()
        count = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        return ("DURATION", f"P{count}M", None) if count else None
    quarter = _quarter_in_talk(ctx, start, end)
    if quarter is not None:
        return ("DATE", f"{_year_before(ctx, quarter[0])}-Q{quarter[1]}", None)
    return ("DATE", _y(ctx.ref.year - 1 if ctx.ref.year is not None else None), None)


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
        return ("DATE", _iso_week(sunday) + ("-WE" if part == "weekend" else ""), None)
    shift = {"monday": 1}.get(part, -2 if m["word"].startswith("Good") else 0)
    day = sunday + dt.timedelta(days=shift)
    _set_anchor(ctx, (day.year, day.month, day.day), end)
    return ("DATE", day.isoformat(), None)


def _holiday(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
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
    _set_anchor(ctx, (year, month, day), end)
    return ("DATE", _ymd(year, month, day), None)


_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
         "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}  # fmt: skip


_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10}  # fmt: skip


def _spelled_year(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    words = re.split(r"[\s-]+", m["word"].lower())
    if words[0] == "two":
        rest = [w for w in words[2:] if w != "and"]
        year = 2000 + (_ONES.get(rest[0], 0) if rest else 0)
    else:
        year = 1900 + _TENS.get(words[1], 0) + (_ONES.get(words[2], 0) if len(words) > 2 else 0)
    if m["month"]:  # "January nineteen ninety-seven"
        return ("DATE", _ymd(year, MONTHS[m["month"].lower().rstrip(".")]), None)
    if m["season"]:  # "the winter of nineteen ninety-four"
        return ("DATE", f"{year}-{SEASONS[m['season'].lower()]}", None)
    return ("DATE", str(year), None)
