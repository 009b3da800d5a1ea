"""Quarters and the year before: "the fourth quarter", "the July-September quarter",
"Q2 2024", "the year-earlier period"; which quarter a story reports."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.time_context import (
    FIGURES_WORDS,
    MONTH_COUNTS,
    NOT_FINAL,
    YEAR_EARLIER_RELATIONS,
)
from briefing.analysis.lexicon.time_words import (
    MONTH_DAY_YEAR,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
)
from briefing.analysis.rule_chain import NO_ANSWER, first_answer
from briefing.analysis.time.calendar import YEAR_STEP, possessive
from briefing.analysis.time.reference import FUTURE, PAST, choose_year, tense_near
from briefing.analysis.time.values import (
    Context,
    Groups,
    Resolved,
    valid_date,
    year_text,
)

_ENDED_ON = re.compile(rf"\s+(?:that\s+)?(?P<verb>ended|ending)\s+{MONTH_DAY_YEAR}", re.IGNORECASE)


_QUARTER_TALK = re.compile(r"\bquarter|\bperiod\b|\bthree months\b", re.IGNORECASE)


# Figures a results story compares, and spans of time other than a quarter it may give them for
_A_QUARTER = re.compile(r"\bquarter", re.IGNORECASE)


_FIGURES = re.compile(rf"[$#%\u00a3\u20ac]|\b(?:{either(FIGURES_WORDS)})\b", re.IGNORECASE)


_OTHER_SPAN = re.compile(
    rf"\b(?:{either(MONTH_COUNTS)}) months\b|\bhalf\b|\bfiscal\b|\bthe year\b|\bfull year\b"
    r"|\bannual",
    re.IGNORECASE,
)


# A full stop, question or exclamation mark ending a sentence: a capital or quote follows
_SENTENCE_END = re.compile(
    r"(?P<word>[A-Za-z.]*)[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018`(]*[A-Z0-9])"
)


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
        return _Final(("DATE", year_text(year), None))
    if ctx.last_quarter is None:
        return _Final(("DATE", year_text(year), None))  # "the equivalent 1986 period"
    return (year, ctx.last_quarter[1])


def _relative_year(site: _QuarterSite) -> object:
    """ "next year's first quarter"."""
    ry, ctx = site.m["ry"], site.ctx
    if not (ry and site.ordinal and ctx.ref.year is not None):
        return NO_ANSWER
    return (ctx.ref.year + YEAR_STEP[ry.lower()], ORDINALS[site.ordinal])


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
    if site.rel not in YEAR_EARLIER_RELATIONS:
        return NO_ANSWER
    ctx = site.ctx
    if ctx.last_quarter is None:
        return _Final(("DATE", year_text(ctx.ref.year - 1 if ctx.ref.year else None) + "-QX", None))
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
    if site.rel != "this" or last is None or not possessive(site.ctx.text, site.end):
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


def resolve_quarter(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
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
        return ("DATE", f"{year_text(year)}-QX", None)
    _remember_quarter(site, year, quarter)
    return ("DATE", f"{year_text(year)}-Q{quarter}", None)


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
        site.rel not in YEAR_EARLIER_RELATIONS
        and not comparison
        and (not _ahead(ctx, year, quarter) or tense_near(ctx.text, start, end) == PAST)
    ):
        ctx.last_quarter = (year_text(year), quarter)
    ctx.named_quarter = (year_text(year), quarter)


def _closing_date(ctx: Context, end: int) -> tuple[int, int, int] | None:
    """The date a period closes on when the text gives it ("quarter ended Sept. 30")."""
    found = _ENDED_ON.match(ctx.text, end)
    if found is None:
        return None
    month, day = MONTHS[found["month"].lower().rstrip(".")], int(found["d"])
    tense = PAST if found["verb"].lower() == "ended" else None
    year = int(found["y"]) if found["y"] else choose_year(ctx.ref, month, day, tense)
    return (year, month, day) if year is not None and valid_date(year, month, day) else None


def _ahead(ctx: Context, year: int | None, quarter: int) -> bool:
    """Whether a quarter lies after the reference's own (a forecast, which "the year-ago
    period" and "the quarter" do not refer back to)."""
    current_year, current = _quarter_of(ctx)
    if year is None or current_year is None or not current:
        return False
    return (year, quarter) >= (current_year, current)  # the current one is not over yet


def resolve_month_quarter(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
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
    ctx.named_quarter = (year_text(year), quarter)
    return ("DATE", f"{year_text(year)}-Q{quarter}", None)


def resolve_q_short(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    year = int(m["y"]) if m["y"] else _quarter_of(ctx)[0]
    ctx.last_quarter = (year_text(year), int(m["q"]))
    return ("DATE", f"{year_text(year)}-Q{m['q']}", None)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int, int]:
    """Where the sentence holding ``start``-``end`` begins, where the one before it in its
    paragraph begins, and where the sentence ends (each looked for within a few hundred
    characters)."""
    floor = max(text.rfind("\n", 0, start) + 1, start - 700)
    starts = [floor]
    starts.extend(
        boundary.end()
        for boundary in _SENTENCE_END.finditer(text, floor, start)
        if boundary.group("word").lower() not in NOT_FINAL
    )
    ceiling = text.find("\n", end, end + 400)
    close = min(end + 400 if ceiling == -1 else ceiling, len(text))
    for boundary in _SENTENCE_END.finditer(text, end, close):
        if boundary.group("word").lower() not in NOT_FINAL:
            close = boundary.end()
            break
    return (starts[-1], starts[-2] if len(starts) > 1 else floor, close)


def quarter_in_talk(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
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
    latest, resolve_quarter = _quarter_of(ctx, -1)
    return year - 1 if latest is None or year >= latest else year


def resolve_year_ago(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    if m["months"]:  # "the year-earlier nine months": a span as long as the one reported
        word = m["months"].split()[0].lower()
        count = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        return ("DURATION", f"P{count}M", None) if count else None
    quarter = quarter_in_talk(ctx, start, end)
    if quarter is not None:
        return ("DATE", f"{_year_before(ctx, quarter[0])}-Q{quarter[1]}", None)
    return ("DATE", year_text(ctx.ref.year - 1 if ctx.ref.year is not None else None), None)
