"""Resolvers of expressions relative to the reference date or to the last date the text
gave: today, last week, two days later, Tuesday, the 27th, times of day, vague references."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing.analysis.lexicon.time_words import (
    MODALS,
    MONTH_DAY_YEAR,
    MONTH_PATTERN,
    MONTHS,
    NUMBER_PATTERN,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    UNITS,
    WEEKDAY_PATTERN,
    WEEKDAYS,
)
from briefing.analysis.rule_chain import NO_ANSWER, first_answer
from briefing.analysis.time.calendar import _quarter_in_talk
from briefing.analysis.time.reference import FUTURE, choose_year, past_in_clause, tense_near
from briefing.analysis.time.values import (
    Context,
    Groups,
    Resolved,
    _iso_week,
    _mod,
    _ref_tuple,
    _set_anchor,
    _shift,
    _valid,
    _with_part,
    _y,
    _ymd,
)

_MONEY_BEFORE = re.compile(
    r"(?:\d[\d,.]*\s*(?:%|percent|[a-z]*illion|thousand|hundred|dollars?|yen|euros?|"
    r"pounds?|cents?|tons?|barrels?|times)?|\bper)\s*$",
    re.IGNORECASE,
)


# A date named right after a weekday: "Monday, Oct. 26", "Saturday, April 25, 1998".
_DATE_NAMED_AFTER = re.compile(rf",\s+{MONTH_DAY_YEAR}")
# Future wording in the present ("plans to", not "planned to", which may be the day's plan).
_PRESENT_FUTURE = re.compile(
    r"\b(?:will|won't|shall|plans? to|(?:is|are) (?:set |due |scheduled |expected |going |"
    r"planning )?to)\b|'ll\b",
    re.IGNORECASE,
)
_PLAN_BEFORE = re.compile(
    r"\b(?:plann(?:ed|ing)|plans?|scheduled|slated) (?:to |a |an |the )[^,.;:\"\u201c\u201d]{0,60}$"
)
# "had been scheduled", "previously planned": a plan overtaken, not one ahead
_PLAN_GONE = re.compile(r"\b(?:had|previously|originally|initially)\s+(?:been\s+)?$", re.IGNORECASE)
# A weekday opening its sentence: "On Tuesday, ..."
_FRONTED = re.compile(r"(?:^|[.!?]['\"”]?\s+|\n)(?:(?:On|Early|Late)\s+)?$")
_NOT_A_TIME_AFTER = re.compile(
    r"[-\s]+(?:accounts?|affairs|assets|liabilities|ratio)\b", re.IGNORECASE
)
_WEEKDAY_AFTER_CLOCK = re.compile(
    rf"\s*(?:\([^()\n]{{1,24}}\)\s*)?,?\s*(?:on\s+)?(?P<wd>{WEEKDAY_PATTERN})\b"
)
_LATER_IN = re.compile(r"\b(?:later|earlier)\s+in\s+$", re.IGNORECASE)
_TODAY_IS = re.compile(r"\b(?:(?i:today|this|it)\s+is|(?i:it)['\u2019]s)\s+$")
_COMPARED_WITH_LAST = re.compile(
    r"\b(?i:this|the\s+current)\s+(?P<unit>(?i:year|month|week))\b[^.;]*\b(?i:as|than)\s+$"
)
_JOINED_TO_NIGHTS = re.compile(
    r"\s*(?:,|and|or)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"\s*(?:,|and|or)\s+)*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
    r"(?P<part>(?i:morning|afternoon|evening|night))s\b"
)
_COUNT_AFTER = re.compile(rf"\s+(?:{NUMBER_PATTERN})\s+[a-z]")
_PAST_VERB_BEFORE = re.compile(
    r"\b(?:[a-z]{2,}[^e\W]ed|began|met|said|told|came|went|took|made|rose|fell|won|lost|held|left|"
    r"spoke|arrived|sent|gave|flew|struck|died|quit)\s+(?:(?:on|late|early)\s+)?$"
)
# "will be held Monday", "to hold it Monday": not a past verb
_BE_BEFORE = re.compile(rf"\b(?:be|been|being|to|{MODALS})\s+$")
_WHEN_BEFORE = re.compile(
    r"\b(?:as soon as|once|until|till|when|if|unless|before|after)\b[^.;,]*$", re.I
)
_MODAL_BEFORE = re.compile(rf"\b(?i:{MODALS})\s+$")
_OF_AFTER = re.compile(r"\s+of\b")
_DAY_IN_BRACKETS = re.compile(
    rf"\s*\([^()\n]{{0,24}}\b(?P<wd>{WEEKDAY_PATTERN})\b[^()\n]{{0,12}}\)"
)
_SPAN_WORDS = frozenset(("recent", "coming", "the coming", "the recent", "past"))
_PERIOD_ENDED = re.compile(
    rf"\s+(?:(?:that\s+)?end(?:ed|ing|s)\b|to\s+(?:the\s+end\s+of\s+)?{MONTH_PATTERN})",
    re.IGNORECASE,
)  # "the year ended March 31", "the year to June": twelve months, not a calendar year
_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|by)\s+$", re.IGNORECASE)
# A diary verb in the present tense schedules: "the federation meets on Monday".
_SCHEDULED_BEFORE = re.compile(
    r"\b(?:meets?|resumes?|opens?|begins?|starts?|convenes?|arrives?|leaves?|visits?|"
    r"travels?|reopens?|expires?|votes?)(?:\s+[a-z]+){0,2}\s+(?:on\s+)?$"
)


def _deictic(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    word = m["word"].lower()
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    date = _shift(_ref_tuple(ctx), days=offset)
    _set_anchor(ctx, date, end)
    if word in ("tonight", "overnight"):
        day = _ymd(*date) if date[2] is not None else f"{_y(date[0])}-XX-XX"
        return ("TIME", f"{day}TNI", None)
    if m["lead"] and not m["part"]:  # "mid-afternoon yesterday"
        m["part"] = m["lead"]
    return _with_part(ctx, m, date)


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
_ANAPHORIC = frozenset(
    "the previous|the following|the next|the same|the prior|previous|following|same|prior".split(
        "|"
    )
)


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
    count = _number(m["n"]) if m["n"] else 1
    if count is None or count != int(count):
        return None
    return _every(site.singular, int(count) * (2 if m["other"] else 1))


def _counted(site: _UnitSite) -> object:
    """ "three years ago", "two weeks": a distance or a duration; "will one day": ahead."""
    m, ctx, start = site.m, site.ctx, site.start
    if m["n"] is None:
        return NO_ANSWER
    if m["dir"]:
        return _ago(m, ctx, start, site.end, site.singular)
    if (
        site.singular == "day"
        and m["n"].lower() == "one"
        and not site.rel
        and _MODAL_BEFORE.search(ctx.text, max(0, start - 12), start)
    ):
        return ("DATE", "FUTURE_REF", None)  # "Islam will one day be": some day ahead
    return _duration(m, ctx, start, site.singular)


def _recent_span(site: _UnitSite) -> object:
    """ "in recent weeks", "in the coming months": how long; "in recent years": the past."""
    if not (site.plural and site.rel in _SPAN_WORDS):
        return NO_ANSWER
    unit = UNITS.get(site.singular)
    if unit == "Y" and ("recent" in site.rel or site.rel == "past"):
        return ("DATE", "PAST_REF", None)
    return ("DURATION", f"PX{unit}", None) if unit in ("D", "W", "M", "Y") else None


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
    return _anaphor(site.rel.split()[-1], site.singular, site.ctx, site.end)


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
    if site.singular not in ("year", "month", "week"):
        return None
    site.rel = "last"
    return NO_ANSWER


def _another(site: _UnitSite) -> object:
    """ "requested another month": one more month."""
    if site.rel != "another":
        return NO_ANSWER
    return _duration(Groups(n="one"), site.ctx, site.start, site.singular)


def _relational(site: _UnitSite) -> object:
    """ "the year before the war": anchored to an event the text names; "Oct. 12, the day
    before the crash": the date just given."""
    if not (site.m["relational"] and site.rel in ("the", "the full", "")):
        return NO_ANSWER
    if site.singular == "day" and site.rel == "the" and _right_after_a_date(site.ctx, site.start):
        return _anaphor("same", "day", site.ctx, site.end)
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
        return ("DATE", f"{_y(site.ctx.ref.year)}-WXX", None)
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
    if ctx.anchor is not None and end - ctx.anchor_end <= _ANCHOR_REACH:
        return _anaphor("same", "day", ctx, end)
    return ("DATE", _ymd(*_ref_tuple(ctx)) if ctx.ref.day else f"{_y(ctx.ref.year)}-XX-XX", None)


def _no_relation(site: _UnitSite) -> object:
    """ "the day", "year" with nothing that places them: no time (but "the weekend" is)."""
    if site.rel == "the" and site.singular != "weekend":
        return None
    if not site.rel and not site.m["mod"]:
        return None
    return NO_ANSWER


def _relative_to_now(site: _UnitSite) -> object:
    """ "last week", "next month", "this year", "the weekend": counted from the reference."""
    rel = site.rel.split()[-1] if site.rel else "this"
    return _relative(rel, site.singular, site.m, site.ctx, site.start, site.end)


# Everything built on a unit word, in order: the first rule that answers decides.
UNIT_RULES: tuple[UnitRule, ...] = (
    _quarters,
    _every_unit,
    _counted,
    _recent_span,
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


def _unit(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
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
        return ("DATE", _y(ctx.last_year), None) if ctx.last_year is not None else None
    if unit in ("day", "morning", "afternoon", "evening", "night"):
        return _anaphor("same", unit, ctx, end) if ctx.anchor is not None else None
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
    return ("DATE", _y(year + d.step if year is not None else None), _mod(d.m))


def _deictic_month(d: _Deictic) -> Resolved:
    ref = d.ctx.ref
    if ref.month is None:
        return ("DATE", f"{_y(ref.year)}-XX", _mod(d.m))
    year, month, _ = _shift((ref.year, ref.month, None), months=d.step)
    return ("DATE", _ymd(year, month), _mod(d.m))


def _deictic_decade_or_century(d: _Deictic) -> Resolved:
    """ "over the past decade": the ten years up to now, not the 1980s; "this century"."""
    if d.step != 0:
        return ("DURATION", "P10Y" if d.unit == "decade" else "P100Y", None)
    year = d.ctx.ref.year
    digits = 3 if d.unit == "decade" else 2
    return ("DATE", _y(year)[:digits] if year else "X" * digits, _mod(d.m))


def _deictic_part_of_day(d: _Deictic) -> Resolved:
    """ "this morning", "last night" (yesterday's); not "next evening" or "last morning"."""
    if d.step > 0 or (d.step < 0 and d.unit != "night") or d.rel not in ("this", "", "last"):
        return None
    night = _shift(_ref_tuple(d.ctx), days=d.step)
    day = _ymd(*night) if night[2] is not None else f"{_y(night[0])}-XX-XX"
    return ("TIME", f"{day}T{PARTS_OF_DAY[d.unit]}", None)


def _deictic_week(d: _Deictic) -> Resolved:
    """ "last week" (the past week: the seven days up to now, mostly); "the weekend": the
    coming one in future talk or late in the week, else the one just gone."""
    date, weekend = d.ctx.ref.date, "-WE" if d.unit == "weekend" else ""
    if date is None:
        return ("DATE", f"{_y(d.ctx.ref.year)}-WXX" + weekend, _mod(d.m))
    step = d.step
    if d.unit == "weekend" and d.rel == "the":
        future = tense_near(d.ctx.text, d.start, d.end) == FUTURE
        step = 0 if future or date.isoweekday() >= 5 else -1
    shift = dt.timedelta(weeks=step)
    if d.unit == "week" and step < 0 and " " in " ".join((d.m["rel"] or "").split()):
        shift = dt.timedelta(days=-3)
    return ("DATE", _iso_week(date + shift) + weekend, _mod(d.m))


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


def _number(raw: str) -> float | None:
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


def _ago(m: Groups, ctx: Context, start: int, end: int, unit_word: str) -> Resolved:
    amount = _number(m["n"] or "")
    unit = UNITS.get(unit_word)
    direction = (m["dir"] or "").lower()
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    deictic = direction in ("ago", "from now", "hence")
    if unit is not None and amount is None and not deictic:
        return ("DURATION", f"PX{unit}", None)  # "a few days later": how long, after what
    if amount is None or unit is None:
        return ("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None)
    far = ctx.anchor is None or start - ctx.anchor_end > _ANCHOR_REACH
    base = _ref_tuple(ctx) if deictic or ctx.anchor is None else ctx.anchor
    if not deictic and far:
        near_year = ctx.last_year is not None and start - ctx.last_year_end <= _ANCHOR_REACH
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
        quarter = _quarter_in_talk(shift.ctx, shift.start, shift.end)
        if quarter is not None:
            return ("DATE", f"{quarter[0] + shift.steps}-Q{quarter[1]}", None)
    year = shift.base[0]
    return ("DATE", _y(year + shift.steps if year is not None else None), None)


def _decades_from(shift: _Shift) -> Resolved:
    """ "two decades ago": the decade."""
    year = shift.base[0]
    return ("DATE", _y(year + 10 * shift.steps if year is not None else None)[:3], None)


def _months_from(shift: _Shift) -> Resolved:
    """ "three months ago": that month."""
    year, month, _ = _shift((shift.base[0], shift.base[1], None), months=shift.steps)
    return ("DATE", _ymd(year, month) if month else _y(year), None)


def _days_or_weeks_from(shift: _Shift, days: int) -> Resolved:
    """ "three days later": that day (the next anchor); "two weeks ago": that week."""
    base = shift.base
    if base[1] is None or base[2] is None:
        return ("DATE", "PAST_REF" if shift.sign < 0 else "FUTURE_REF", None)
    date = _shift(base, days=shift.steps * days)
    if days == 1:
        _set_anchor(shift.ctx, date, shift.end)
        return ("DATE", _ymd(*date), None)
    if date[0] is None or date[1] is None or date[2] is None:
        return ("DATE", "XXXX-WXX", None)
    return ("DATE", _iso_week(dt.date(date[0], date[1], date[2])), None)


_COUNT_FROM: dict[str, Callable[[_Shift], Resolved]] = {
    "Y": _years_from,
    "DE": _decades_from,
    "M": _months_from,
    "W": lambda shift: _days_or_weeks_from(shift, 7),
    "D": lambda shift: _days_or_weeks_from(shift, 1),
}


def _duration(m: Groups, ctx: Context, start: int, unit_word: str) -> Resolved:
    if (m["adj"] or "").lower() == "old":
        return None  # "the 6-year-old": an age, not a span of time the story gives
    amount = _number(m["n"] or "")
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


def _anaphor(word: str, unit: str, ctx: Context, end: int) -> Resolved:
    sign = -1 if word in ("previous", "prior") else 0 if word == "same" else 1
    if ctx.anchor is None or end - ctx.anchor_end > _ANCHOR_REACH:
        if unit == "month" and ctx.last_month and end - ctx.last_month[2] <= _ANCHOR_REACH:
            # "In March, it got an offer. The following month, ...": April
            year, month, _ = _shift((ctx.last_month[0], ctx.last_month[1], None), months=sign)
            return ("DATE", _ymd(year, month), None)
        return None  # "the next day" far from any date: the day it follows is not known
    base = ctx.anchor
    if unit in ("day", "morning", "evening", "night", "afternoon"):
        if base[1] is None or base[2] is None:
            return None
        date = _shift(base, days=sign)
        _set_anchor(ctx, date, end)
        if unit != "day":
            return ("TIME", f"{_ymd(*date)}T{PARTS_OF_DAY[unit]}", None)
        return ("DATE", _ymd(*date), None)
    if unit == "year":
        return ("DATE", _y(base[0] + sign if base[0] is not None else None), None)
    if unit == "month":
        year, month, _ = _shift((base[0], base[1], None), months=sign)
        return ("DATE", _ymd(year, month) if month else f"{_y(year)}-XX", None)
    if unit != "week":
        return None
    if base[0] is None or base[1] is None or base[2] is None:
        return ("DATE", f"{_y(base[0])}-WXX", None)
    return ("DATE", _iso_week(dt.date(base[0], base[1], base[2]) + dt.timedelta(weeks=sign)), None)


def _weekday(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    weekday = WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    part = m["part"]
    if not part and (joined := _JOINED_TO_NIGHTS.match(ctx.text, end)):
        part = joined["part"]  # "Monday and Tuesday nights": each Monday night too
    elif not (m["plural"] or m["parts"]):
        part = None
    if part is not None or m["plural"]:  # "on Mondays", "Tuesday nights": each such day
        time = f"T{PARTS_OF_DAY[part.lower()]}" if part else ""
        return ("SET", f"XXXX-WXX-{weekday}{time}", None)
    ref = ctx.ref.date
    named = _DATE_NAMED_AFTER.match(ctx.text, end)
    if named is not None:
        # "on Monday night, Oct. 26": the day is the date that follows it
        month, day = MONTHS[named["month"].lower().rstrip(".")], int(named["d"])
        year = int(named["y"]) if named["y"] else choose_year(ctx.ref, month, day, None)
        if _valid(year, month, day):
            return _with_part(ctx, m, (year, month, day))
    if rel.startswith("the "):  # "the following Monday": counted from the date last given
        return _weekday_from_anchor(m, ctx, weekday, rel, end)
    if ref is None:
        return ("DATE", f"XXXX-WXX-{weekday}", None)
    gap = (ref.isoweekday() - weekday) % 7
    ahead = (weekday - ref.isoweekday()) % 7
    if rel == "last" or rel == "past":
        target = ref - dt.timedelta(days=gap or 7)
    elif rel in ("next", "coming"):
        target = ref + dt.timedelta(days=ahead or 7)
    elif rel == "this" or _ahead_of_report(ctx.text, start, end) or _joined_ahead(ctx, start):
        target = ref + dt.timedelta(days=ahead)
    else:
        target = ref - dt.timedelta(days=gap)
    date = (target.year, target.month, target.day)
    _set_anchor(ctx, date, end)
    return _with_part(ctx, m, date)


def _weekday_from_anchor(m: Groups, ctx: Context, weekday: int, rel: str, end: int) -> Resolved:
    """ "The previous Friday", "the following Monday": the weekday before or after the date the
    text gave last, when one is near; else not a date anyone can place."""
    if ctx.anchor is None or end - ctx.anchor_end > _ANCHOR_REACH:
        return None
    year, month, day = ctx.anchor
    if year is None or month is None or day is None:
        return None
    base = dt.date(year, month, day)
    if rel == "the previous":
        target = base - dt.timedelta(days=(base.isoweekday() - weekday) % 7 or 7)
    else:
        target = base + dt.timedelta(days=(weekday - base.isoweekday()) % 7 or 7)
    date = (target.year, target.month, target.day)
    _set_anchor(ctx, date, end)
    return _with_part(ctx, m, date)


def _ahead_of_report(text: str, start: int, end: int) -> bool:
    """Whether a bare weekday lies ahead: a plan, a deadline or a diary entry."""
    verb = _PAST_VERB_BEFORE.search(text, max(0, start - 30), start)
    if (
        verb is not None
        and not _BE_BEFORE.search(text, max(0, verb.start() - 8), verb.start())
        and not _WHEN_BEFORE.search(text, max(0, verb.start() - 30), verb.start())
    ):  # "The trial opened Monday and is expected to...": the day it opened; but "to buy
        # as soon as trading opened Monday" tells of a day ahead of the one it was said on
        return False
    if tense_near(text, start, end, 45, strict=True) == FUTURE:
        return True
    plan = _PLAN_BEFORE.search(text, max(0, start - 80), start)
    if plan and not _PLAN_GONE.search(text, max(0, plan.start() - 30), plan.start()):
        return True  # "protesters planned a large demonstration in Little Havana on Saturday"
    if _FRONTED.search(text, max(0, start - 12), start) and text.startswith(",", end):
        # "On Tuesday, the league plans to hold a news conference": the clause after it
        clause = text[end + 1 : end + 120].split(". ", 1)[0]
        if _PRESENT_FUTURE.search(clause):
            return True
    if not (
        _DEADLINE_BEFORE.search(text, max(0, start - 12), start)
        or _SCHEDULED_BEFORE.search(text, max(0, start - 40), start)
    ):
        return False
    return not past_in_clause(text, start, end)  # "had filed reports by Wednesday"


def _joined_ahead(ctx: Context, start: int) -> bool:
    """ "Monday and Tuesday": a day joined to one just found ahead lies ahead too."""
    ref = ctx.ref.date
    anchor = ctx.anchor
    if ref is None or anchor is None or not 0 <= start - ctx.anchor_end <= 12:
        return False
    if not _JOINED.fullmatch(ctx.text, ctx.anchor_end, start):
        return False
    year, month, day = anchor
    if year is None or month is None or day is None:
        return False
    return (year, month, day) > (ref.year, ref.month, ref.day)


# How far back (in characters) "the next day", "the previous week" look for their date.
_ANCHOR_REACH = 400
_SHARED_MONTH = re.compile(
    r"\s*(?:and|or|to|-|\u2013)\s*(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?("
    + MONTH_PATTERN
    + ")",
    re.IGNORECASE,
)
_JOINED = re.compile(r"\s*(?:,|and|or|to|through|-)\s*(?:on\s+)?", re.IGNORECASE)


def _nth(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    day = int(m["d"])
    ref = ctx.ref
    if not 1 <= day <= 31:
        return None
    if ref.month is None:
        return ("DATE", f"{_y(ref.year)}-XX-{day:02d}", None)
    year: int | None = ref.year
    month: int | None = ref.month
    shared = _SHARED_MONTH.match(ctx.text, end)
    if shared is not None:  # "the 26th and 28th of October": the month named after both
        month = MONTHS[shared.group(1).lower().rstrip(".")]
        year = choose_year(ref, month, day, tense_near(ctx.text, start, end))
    elif ref.day is not None and day > ref.day + 1 and tense_near(ctx.text, start, end) != FUTURE:
        year, month, _ = _shift((year, month, None), months=-1)
    if month is None or not _valid(year, month, day):
        return None
    _set_anchor(ctx, (year, month, day), end)
    return ("DATE", _ymd(year, month, day), None)


def _clock_date(
    ctx: Context, start: int, m: Groups | None = None
) -> tuple[int | None, int | None, int | None]:
    if m is not None and m["wd"]:
        resolved = _weekday(Groups(wd=m["wd"]), ctx, start, start)
        if resolved and resolved[1][:4].isdigit():
            parts = resolved[1][:10].split("-")
            return (int(parts[0]), int(parts[1]), int(parts[2]))
    if m is not None and m["month"] and m["d"]:
        month = MONTHS[m["month"].lower().rstrip(".")]
        day = int(m["d"])
        if _valid(None, month, day):
            year = choose_year(ctx.ref, month, day, tense_near(ctx.text, start, start))
            return (year, month, day)
    if ctx.anchor is not None and start - ctx.anchor_end < 120:
        return ctx.anchor
    return _ref_tuple(ctx)


def _time_value(ctx: Context, start: int, hour: int, minute: int, m: Groups | None = None) -> str:
    year, month, day = _clock_date(ctx, start, m)
    date = _ymd(year, month, day) if month and day else "XXXX-XX-XX"
    return f"{date}T{hour:02d}:{minute:02d}"


def _clock(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    hour, minute = int(m["h"]), int(m["mi"] or 0)
    if not 1 <= hour <= 12:
        return None
    half = m["ampm"].lower()
    if (half.startswith("p") or half.endswith(("afternoon", "evening", "night"))) and hour != 12:
        hour += 12
    elif half.startswith("a") and hour == 12:
        hour = 0
    if not (m["wd"] or m["month"]) and (
        day := _WEEKDAY_AFTER_CLOCK.match(ctx.text, end) or _DAY_IN_BRACKETS.match(ctx.text, end)
    ):
        m = Groups(m, wd=day["wd"])  # "10:35 a.m. (0735 GMT) Friday": Friday's
    return ("TIME", _time_value(ctx, start, hour, minute, m), None)


def _clock24(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    return ("TIME", _time_value(ctx, start, int(m["h"] or m["h4"]), int(m["mi"])), None)


def _noon(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    hour = 24 if m["word"].lower() == "midnight" else 12
    return ("TIME", _time_value(ctx, start, hour, 0, m), None)


def _ref(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
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


def _current(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    """ "The current crisis": the present ("the then current chief": the past); not "the
    current account" or "currently"."""
    if _NOT_A_TIME_AFTER.match(ctx.text, end):
        return None
    return ("DATE", "PAST_REF" if m["then"] else "PRESENT_REF", None)


def _set(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    value = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
             "yearly": "P1Y", "quarterly": "P3M", "nightly": "XXXX-XX-XXTNI"}  # fmt: skip
    return ("SET", value[m["adv"].lower()], None)


def _day_of(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    """ "Today is the eighth day of the strike": the day the story is written."""
    if not _TODAY_IS.search(ctx.text, max(0, start - 16), start) or ctx.ref.day is None:
        return None
    return ("DATE", _ymd(*_ref_tuple(ctx)), None)


def _elided_last(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    """ "Higher this year than last": the unit the comparison names, one back."""
    compared = _COMPARED_WITH_LAST.search(ctx.text, max(0, start - 80), start)
    if compared is None:
        return None
    return _relative("last", compared["unit"].lower(), Groups(), ctx, start, end)


def _every_weekday(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    return ("SET", f"XXXX-WXX-{WEEKDAYS[m['what'].lower()]}", None)
