"""Resolvers of expressions relative to the reference date or to the last date the text
gave: today, last week, two days later, Tuesday, the 27th, times of day, vague references."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.time_context import (
    ANAPHORIC_RELATIONS,
    CALENDAR_UNITS,
    DAY_UNITS,
    NOT_A_TIME_AFTER_WORDS,
    SPAN_WORDS,
)
from briefing.analysis.lexicon.time_words import (
    MODALS,
    MONTH_PATTERN,
    NUMBER_PATTERN,
    PARTS_OF_DAY,
    UNITS,
    WEEKDAYS,
)
from briefing.analysis.rule_chain import NO_ANSWER, first_answer
from briefing.analysis.time.amounts import (
    ANCHOR_REACH,
    anaphor,
    counted_from,
    duration,
    number_value,
)
from briefing.analysis.time.reference import FUTURE, tense_near
from briefing.analysis.time.values import (
    Context,
    Groups,
    Resolved,
    iso_week,
    ref_tuple,
    set_anchor,
    shifted,
    timeml_mod,
    with_part,
    year_text,
    ymd,
)

_NOT_A_TIME_AFTER = re.compile(rf"[-\s]+(?:{either(NOT_A_TIME_AFTER_WORDS)})\b", re.IGNORECASE)
_LATER_IN = re.compile(r"\b(?:later|earlier)\s+in\s+$", re.IGNORECASE)
_TODAY_IS = re.compile(r"\b(?:(?i:today|this|it)\s+is|(?i:it)['\u2019]s)\s+$")
_COMPARED_WITH_LAST = re.compile(
    rf"\b(?i:this|the\s+current)\s+(?P<unit>(?i:{either(CALENDAR_UNITS)})"
    rf")\b[^.;]*\b(?i:as|than)\s+$"
)
_COUNT_AFTER = re.compile(rf"\s+(?:{NUMBER_PATTERN})\s+[a-z]")
_MODAL_BEFORE = re.compile(rf"\b(?i:{MODALS})\s+$")
_OF_AFTER = re.compile(r"\s+of\b")
_PERIOD_ENDED = re.compile(
    rf"\s+(?:(?:that\s+)?end(?:ed|ing|s)\b|to\s+(?:the\s+end\s+of\s+)?{MONTH_PATTERN})",
    re.IGNORECASE,
)  # "the year ended March 31", "the year to June": twelve months, not a calendar year


def resolve_deictic(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    word = m["word"].lower()
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    date = shifted(ref_tuple(ctx), days=offset)
    set_anchor(ctx, date, end)
    if word in ("tonight", "overnight"):
        day = ymd(*date) if date[2] is not None else f"{year_text(date[0])}-XX-XX"
        return ("TIME", f"{day}TNI", None)
    if m["lead"] and not m["part"]:  # "mid-afternoon yesterday"
        m["part"] = m["lead"]
    return with_part(ctx, m, date)


@dataclass
class _UnitSite:
    """An expression built on a unit word ("three weeks", "last year", "the next day")."""

    m: Groups
    ctx: Context
    start: int
    end: int
    singular: str  # the unit in the singular: "week", "century"
    plural: bool
    rel: str  # the words before it, lower case and single-spaced: "the next", "last"


UnitRule = Callable[[_UnitSite], object]
_ANAPHORIC = frozenset(ANAPHORIC_RELATIONS)


def _quarters(site: _UnitSite) -> object:
    """ "the past two quarters": how long; "coming quarters": ahead; "three quarters of" the
    vote is a share."""
    if site.singular != "quarter":
        return NO_ANSWER
    m, text = site.m, site.ctx.text
    if m["every"] or _OF_AFTER.match(text, site.end) or "-" in text[site.start : site.end]:
        return None
    if m["n"] is None:
        return ("DATE", "FUTURE_REF", None) if site.rel.endswith("coming") else None
    return NO_ANSWER


def _every_unit(site: _UnitSite) -> object:
    """ "every day", "every six weeks", "every other week"; "every few weeks" says no period."""
    m = site.m
    if not m["every"]:
        return NO_ANSWER
    count = number_value(m["n"]) if m["n"] else 1
    if count is None or count != int(count):
        return None
    return _every(site.singular, int(count) * (2 if m["other"] else 1))


def _counted(site: _UnitSite) -> object:
    """ "three years ago", "two weeks": a distance or a duration; "will one day": ahead."""
    m, ctx, start = site.m, site.ctx, site.start
    if m["n"] is None:
        return NO_ANSWER
    if m["dir"]:
        return counted_from(m, ctx, start, site.end, site.singular)
    if (
        site.singular == "day"
        and m["n"].lower() == "one"
        and not site.rel
        and _MODAL_BEFORE.search(ctx.text, max(0, start - 12), start)
    ):
        return ("DATE", "FUTURE_REF", None)  # "Islam will one day be": some day ahead
    return duration(m, ctx, start, site.singular)


def _recent_span(site: _UnitSite) -> object:
    """ "in recent weeks", "in the coming months": how long; "in recent years": the past."""
    if not (site.plural and site.rel in SPAN_WORDS):
        return NO_ANSWER
    unit = UNITS.get(site.singular)
    if unit == "Y" and ("recent" in site.rel or site.rel == "past"):
        return ("DATE", "PAST_REF", None)
    return ("DURATION", f"PX{unit}", None) if unit in ("D", "W", "M", "Y") else None


def _the_unit_before_or_after(site: _UnitSite) -> object:
    """ "The day before", "the week after", standing alone (a phrase after it keeps its
    "before": "the day before the vote"): next to the date just given ("The vote was on
    March 3. He left the day before.")."""
    direction = (site.m["dir"] or "").lower()
    if site.rel != "the" or site.plural or direction not in ("before", "after"):
        return NO_ANSWER
    return anaphor("previous" if direction == "before" else "following", site.singular,
                   site.ctx, site.end)  # fmt: skip


def _plural_or_directed(site: _UnitSite) -> object:
    """Other plurals ("years of talks") and a direction with no count are no time."""
    return None if site.plural or site.m["dir"] else NO_ANSWER


def _long_span(site: _UnitSite) -> object:
    """ "over the next decade": how long."""
    if site.singular in ("decade", "century") and site.rel in ("the next", "the coming",
                                                               "the last"):  # fmt: skip
        return ("DURATION", f"P{10 if site.singular == 'decade' else 100}Y", None)
    return NO_ANSWER


def _anaphoric(site: _UnitSite) -> object:
    """ "the next day", "the previous week", "the same month": from the date just given."""
    if site.rel not in _ANAPHORIC:
        return NO_ANSWER
    return anaphor(site.rel.split()[-1], site.singular, site.ctx, site.end)


def _that_unit(site: _UnitSite) -> object:
    """ "that year", "that day": the one the text last gave."""
    return _that(site.singular, site.ctx, site.end) if site.rel == "that" else NO_ANSWER


def _counted_from_an_event(site: _UnitSite) -> object:
    """ "her first year in office": counted from an event, not a date."""
    return None if site.rel in ("first", "the first") else NO_ANSWER


def _latest(site: _UnitSite) -> object:
    """ "sales in the latest fiscal year": the last one closed (the rules after decide)."""
    if site.rel not in ("latest", "the latest"):
        return NO_ANSWER
    if site.singular not in CALENDAR_UNITS:
        return None
    site.rel = "last"
    return NO_ANSWER


def _another(site: _UnitSite) -> object:
    """ "requested another month": one more month."""
    if site.rel != "another":
        return NO_ANSWER
    return duration(Groups(n="one"), site.ctx, site.start, site.singular)


def _relational(site: _UnitSite) -> object:
    """ "the year before the war": anchored to an event the text names; "Oct. 12, the day
    before the crash": the date just given."""
    if not (site.m["relational"] and site.rel in ("the", "the full", "")):
        return NO_ANSWER
    if site.singular == "day" and site.rel == "the" and _right_after_a_date(site.ctx, site.start):
        return anaphor("same", "day", site.ctx, site.end)
    return None


def _the_year(site: _UnitSite) -> object:
    """ "for the year", in reports: this year; "for the year ended March 31": twelve months."""
    m, ctx = site.m, site.ctx
    if not (site.rel in ("the", "the full") and site.singular == "year" and m["unit"].islower()):
        return NO_ANSWER
    if _PERIOD_ENDED.match(ctx.text, site.end):
        return ("DURATION", "P1Y", None)
    return _relative("this", "year", m, ctx, site.start, site.end)


def _the_week(site: _UnitSite) -> object:
    """ "the week": one of the year's."""
    if site.rel == "the" and site.singular == "week" and site.m["unit"].islower():
        return ("DATE", f"{year_text(site.ctx.ref.year)}-WXX", None)
    return NO_ANSWER


def _later_in_the_day(site: _UnitSite) -> object:
    """ "arrived later in the day": the day the text is telling of."""
    ctx, start, end = site.ctx, site.start, site.end
    if not (
        site.rel == "the"
        and site.singular == "day"
        and _LATER_IN.search(ctx.text, max(0, start - 12), start)
    ):
        return NO_ANSWER
    if ctx.anchor is not None and end - ctx.anchor_end <= ANCHOR_REACH:
        return anaphor("same", "day", ctx, end)
    return (
        "DATE",
        ymd(*ref_tuple(ctx)) if ctx.ref.day else f"{year_text(ctx.ref.year)}-XX-XX",
        None,
    )


def _no_relation(site: _UnitSite) -> object:
    """ "the day", "year" with nothing that places them: no time (but "the weekend" is)."""
    if site.rel == "the" and site.singular != "weekend":
        return None
    if not site.rel and not site.m["mod"]:
        return None
    return NO_ANSWER


def _relative_to_now(site: _UnitSite) -> object:
    """ "last week", "next month", "this year", "the weekend": counted from the reference.
    A year so given is the one "the year before" counts from ("last year ... the year before")."""
    rel = site.rel.split()[-1] if site.rel else "this"
    answer = _relative(rel, site.singular, site.m, site.ctx, site.start, site.end)
    if site.singular == "year" and answer and answer[1].isdigit() and len(answer[1]) == 4:
        site.ctx.last_year, site.ctx.last_year_end = int(answer[1]), site.end
    return answer


# Everything built on a unit word, in order: the first rule that answers decides.
UNIT_RULES: tuple[UnitRule, ...] = (
    _quarters,
    _every_unit,
    _counted,
    _recent_span,
    _the_unit_before_or_after,
    _plural_or_directed,
    _long_span,
    _anaphoric,
    _that_unit,
    _counted_from_an_event,
    _latest,
    _another,
    _relational,
    _the_year,
    _the_week,
    _later_in_the_day,
    _no_relation,
    _relative_to_now,
)


def resolve_unit(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    """Everything built on a unit word: durations, "ago", "last week", "the next day", sets."""
    unit_word = m["unit"].lower()
    plural = unit_word.endswith("s") and unit_word not in ("days",) or unit_word == "days"
    singular = unit_word[:-1] if plural else unit_word
    singular = "century" if singular == "centurie" else singular
    rel = " ".join((m["rel"] or "").lower().split())
    answer = first_answer(UNIT_RULES, _UnitSite(m, ctx, start, end, singular, plural, rel))
    return None if answer is NO_ANSWER else answer  # type: ignore[return-value]


def _right_after_a_date(ctx: Context, start: int) -> bool:
    """Whether the words at ``start`` stand in apposition to the date just given."""
    return ctx.anchor is not None and ctx.text[ctx.anchor_end : start].strip() == ","


def _that(unit: str, ctx: Context, end: int) -> Resolved:
    """ "That year", "that day": the year or the date the text last gave."""
    if unit == "year":
        return ("DATE", year_text(ctx.last_year), None) if ctx.last_year is not None else None
    if unit in DAY_UNITS:
        return anaphor("same", unit, ctx, end) if ctx.anchor is not None else None
    return None


def _every(unit: str, count: int = 1) -> Resolved:
    """ "Every day", "each weekend", "every six weeks": a SET of that period."""
    if unit in PARTS_OF_DAY:
        return ("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", None) if count == 1 else None
    if unit == "weekend":
        return ("SET", "P1WE", None) if count == 1 else None
    code = {"day": (1, "D"), "week": (1, "W"), "month": (1, "M"), "year": (1, "Y"),
            "decade": (10, "Y"), "century": (100, "Y"), "hour": (1, "TH"),
            "minute": (1, "TM")}  # fmt: skip
    size, letter = code[unit]
    if letter.startswith("T"):
        return ("SET", f"PT{size * count}{letter[1]}", None)
    return ("SET", f"P{size * count}{letter}", None)


@dataclass(frozen=True, slots=True)
class _Deictic:
    """ "last week", "this year", "next month": a unit counted ``step`` from the reference."""

    rel: str
    unit: str
    step: int  # -1 for last/past, 1 for next/coming, 0 for this
    m: Groups
    ctx: Context
    start: int
    end: int


def _relative(rel: str, unit: str, m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    step = -1 if rel in ("last", "past") else 1 if rel in ("next", "coming") else 0
    count = _DEICTIC_UNITS.get(unit)
    return count(_Deictic(rel, unit, step, m, ctx, start, end)) if count is not None else None


def _deictic_year(d: _Deictic) -> Resolved:
    year = d.ctx.ref.year
    return ("DATE", year_text(year + d.step if year is not None else None), timeml_mod(d.m))


def _deictic_month(d: _Deictic) -> Resolved:
    ref = d.ctx.ref
    if ref.month is None:
        return ("DATE", f"{year_text(ref.year)}-XX", timeml_mod(d.m))
    year, month, _ = shifted((ref.year, ref.month, None), months=d.step)
    return ("DATE", ymd(year, month), timeml_mod(d.m))


def _deictic_decade_or_century(d: _Deictic) -> Resolved:
    """ "over the past decade": the ten years up to now, not the 1980s; "this century"."""
    if d.step != 0:
        return ("DURATION", "P10Y" if d.unit == "decade" else "P100Y", None)
    year = d.ctx.ref.year
    digits = 3 if d.unit == "decade" else 2
    return ("DATE", year_text(year)[:digits] if year else "X" * digits, timeml_mod(d.m))


def _deictic_part_of_day(d: _Deictic) -> Resolved:
    """ "this morning", "last night" (yesterday's); not "next evening" or "last morning"."""
    if d.step > 0 or (d.step < 0 and d.unit != "night") or d.rel not in ("this", "", "last"):
        return None
    night = shifted(ref_tuple(d.ctx), days=d.step)
    day = ymd(*night) if night[2] is not None else f"{year_text(night[0])}-XX-XX"
    return ("TIME", f"{day}T{PARTS_OF_DAY[d.unit]}", None)


def _deictic_week(d: _Deictic) -> Resolved:
    """ "last week" (the past week: the seven days up to now, mostly); "the weekend": the
    coming one in future talk or late in the week, else the one just gone."""
    date, weekend = d.ctx.ref.date, "-WE" if d.unit == "weekend" else ""
    if date is None:
        return ("DATE", f"{year_text(d.ctx.ref.year)}-WXX" + weekend, timeml_mod(d.m))
    step = d.step
    if d.unit == "weekend" and d.rel == "the":
        future = tense_near(d.ctx.text, d.start, d.end) == FUTURE
        step = 0 if future or date.isoweekday() >= 5 else -1
    shift = dt.timedelta(weeks=step)
    if d.unit == "week" and step < 0 and " " in " ".join((d.m["rel"] or "").split()):
        shift = dt.timedelta(days=-3)
    return ("DATE", iso_week(date + shift) + weekend, timeml_mod(d.m))


_DEICTIC_UNITS: dict[str, Callable[[_Deictic], Resolved]] = {
    "year": _deictic_year,
    "month": _deictic_month,
    "decade": _deictic_decade_or_century,
    "century": _deictic_decade_or_century,
    "morning": _deictic_part_of_day,
    "afternoon": _deictic_part_of_day,
    "evening": _deictic_part_of_day,
    "night": _deictic_part_of_day,
    "week": _deictic_week,
    "weekend": _deictic_week,
}


def resolve_ref(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    word = " ".join(m["word"].lower().split())
    pre = " ".join((m["pre"] or "").lower().split())
    if word == "present":
        return ("DATE", "PRESENT_REF", None) if pre in ("the", "at") else None
    if word == "future":
        if _OF_AFTER.match(ctx.text, end):
            return None  # "the future of our peoples": their fate, not a time
        ahead = ("the", "in the", "the near", "in the near")
        return ("DATE", "FUTURE_REF", None) if pre in ahead else None
    if word == "past":
        if _COUNT_AFTER.match(ctx.text, end):
            return None  # "the past three summers": a count of them, not the past at large
        return ("DATE", "PAST_REF", None) if pre in ("the", "in the") else None
    if word in ("coming quarters", "future quarters", "a later date", "a future date"):
        return ("DATE", "FUTURE_REF", None)
    if word in ("near term", "short term"):
        return ("DATE", "FUTURE_REF", None) if pre in ("the", "in the") else None
    if word in ("now", "currently", "nowadays", "these days"):
        return ("DATE", "PRESENT_REF", None)
    return ("DATE", "PAST_REF", None)


def resolve_current(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    """ "The current crisis": the present ("the then current chief": the past); not "the
    current account" or "currently"."""
    if _NOT_A_TIME_AFTER.match(ctx.text, end):
        return None
    return ("DATE", "PAST_REF" if m["then"] else "PRESENT_REF", None)


def resolve_set(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    value = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
             "yearly": "P1Y", "quarterly": "P3M", "nightly": "XXXX-XX-XXTNI"}  # fmt: skip
    return ("SET", value[m["adv"].lower()], None)


def resolve_day_of(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    """ "Today is the eighth day of the strike": the day the story is written."""
    if not _TODAY_IS.search(ctx.text, max(0, start - 16), start) or ctx.ref.day is None:
        return None
    return ("DATE", ymd(*ref_tuple(ctx)), None)


def resolve_elided_last(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    """ "Higher this year than last": the unit the comparison names, one back."""
    compared = _COMPARED_WITH_LAST.search(ctx.text, max(0, start - 80), start)
    if compared is None:
        return None
    return _relative("last", compared["unit"].lower(), Groups(), ctx, start, end)


def resolve_every_weekday(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    return ("SET", f"XXXX-WXX-{WEEKDAYS[m['what'].lower()]}", None)
