"""Find time expressions in English news text and normalise them to TimeML values.

Two passes: every pattern family proposes spans, the longest non-overlapping ones win;
then, in reading order, each is resolved against the reference date (deictic words:
"yesterday", "last month") or the last date the text gave (anaphora: "two days later").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from briefing.analysis.reference import FUTURE, PAST, RefDate, choose_year, tense_near
from briefing.analysis.temporal_lexicon import (
    MODIFIERS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
)
from briefing.analysis.temporal_rules import COMPILED, DIGIT_LED, DIGIT_RUN, STEMS, WORD_LED
from briefing.model import TimeExpr

Resolved = tuple[str, str, str | None] | None  # (type, value, mod)

_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|last|this|next|early|mid|late|of|through|from|to|during|"
    r"before|after|end|beginning|start|and|or|between|following|each|every)\s+|mid-)$",
    re.IGNORECASE,
)
_NOT_A_YEAR_BEFORE = re.compile(
    r"(?:[$\u00a3\u20ac\u00a5#]|\bNo\.?|\bNos\.?|\bSection|\bArticle|\bRule|\bForm|\bFlight|"
    r"\bModel|\bRoute|\bRoom|\bResolution|\bChapter|\bPage|\bpage|\bBill|\bH\.R\.|\bS\.|"
    r"\bnumber|\bto|\bof|\bversus|\bvs\.?|-|\d[,.]?)\s*$"
)
_PLURAL_AFTER = re.compile(r"\s+(?!(?:elections|olympics|games|levels|talks|figures)\b)[a-z]+s\b")
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
_NEXT_WORD = re.compile(r"\s+([A-Z][\w.]*)")
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_QUARTER_TALK = re.compile(r"\bquarter|\bperiod\b|\bthree months\b", re.IGNORECASE)
_MONEY_BEFORE = re.compile(
    r"(?:\d[\d,.]*\s*(?:%|percent|[a-z]*illion|thousand|hundred|dollars?|yen|euros?|"
    r"pounds?|cents?|tons?|barrels?|times)?|\bper)\s*$",
    re.IGNORECASE,
)
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_CAPITALISED_STARTERS = frozenset(
    "The A An In On At By For From Since Until Last This Next Early Late Mid And But Or "
    "As After Before During Through Between To Of Until Till Around About By".split()
)


@dataclass
class _Context:
    text: str
    ref: RefDate
    anchor: tuple[int | None, int | None, int | None] | None = None
    anchor_end: int = -1
    last_quarter: tuple[str, int] | None = None


def find_time_expressions(text: str, reference: RefDate | None = None) -> list[TimeExpr]:
    """Every DATE, TIME, DURATION and SET expression of ``text``, in reading order."""
    ref = reference or RefDate()
    candidates = _candidates(text)
    ctx = _Context(text, ref)
    found: list[TimeExpr] = []
    for start, end, name, groups in candidates:
        resolved = _RESOLVERS[name](groups, ctx, start, end)
        if resolved is None:
            continue
        kind, value, mod = resolved
        found.append(TimeExpr(start, end, text[start:end], kind, value, mod))
    return found


class Groups(dict[str, Any]):
    """Named groups of a core match and its prefix; a missing group is None."""

    def __missing__(self, key: str) -> None:
        return None


def _core_matches(text: str) -> Iterator[tuple[int, str, re.Match[str]]]:
    """Every match of a family's core, with the family's rank and name."""
    for rank, (name, _prefix, core) in enumerate(COMPILED):
        if name not in WORD_LED and name not in DIGIT_LED:
            for found in core.finditer(text):
                yield rank, name, found
    for run in DIGIT_RUN.finditer(text):
        position = run.start()
        for rank in _DIGIT_RANKS:
            at_digits = COMPILED[rank][2].match(text, position)
            if at_digits is not None:
                yield rank, COMPILED[rank][0], at_digits
    lowered = text.lower()
    for stem, ranks in _STEM_RANKS:
        position = lowered.find(stem)
        while position != -1:
            if not position or not lowered[position - 1].isalnum():
                for rank in ranks:
                    match = COMPILED[rank][2].match(text, position)
                    if match is not None:
                        yield rank, COMPILED[rank][0], match
            position = lowered.find(stem, position + 1)


def _candidates(text: str) -> list[tuple[int, int, str, Groups]]:
    proposals: list[tuple[int, int, int, str, Groups]] = []
    for rank, name, match in _core_matches(text):
        start, end = match.span()
        if start and text[start].isalnum() and text[start - 1].isalnum():
            continue
        groups = Groups((k, v) for k, v in match.groupdict().items() if v is not None)
        prefix = COMPILED[rank][1]
        if prefix is not None and _may_have_prefix(text, start):
            before = prefix.search(text, max(0, start - 48), start)
            if before is not None and before.start() < start:
                for key, value in before.groupdict().items():
                    if value is not None:
                        groups[key] = value
                start = before.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end - start < 2 or _rejected(name, groups, text, start, end):
            continue
        proposals.append((start, end, rank, name, groups))
    proposals.sort(key=lambda p: (p[0] - p[1], p[2], p[0]))
    taken: list[tuple[int, int, str, Groups]] = []
    occupied: list[tuple[int, int]] = []
    for start, end, _rank, name, groups in proposals:
        if any(start < right and left < end for left, right in occupied):
            continue
        occupied.append((start, end))
        taken.append((start, end, name, groups))
    taken.sort(key=lambda item: item[0])
    return taken


def _may_have_prefix(text: str, start: int) -> bool:
    """Whether the word before ``start`` could begin or continue a prefix."""
    end = start
    while end > 0 and text[end - 1] in " \t\n-":
        end -= 1
    if end == start:
        return False
    begin = end
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "'-"):
        begin -= 1
    word = text[begin:end].lower()
    return word in _PREFIX_WORDS or word[:1].isdigit()


_RANK = {name: rank for rank, (name, _prefix, _core) in enumerate(COMPILED)}
_DIGIT_RANKS = tuple(_RANK[name] for name in sorted(DIGIT_LED, key=_RANK.__getitem__))
_STEM_RANKS = tuple((stem, tuple(_RANK[name] for name in names)) for stem, names in STEMS.items())
_PREFIX_WORDS = frozenset(
    "the end beginning start middle close of early mid late last this next earlier later "
    "fiscal fy calendar year past coming previous current following same prior over another full "
    "first second third fourth latest year-earlier year-ago every each other 1st 2nd 3rd 4th "
    "a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty several few "
    "dozen couple many some half".split()
)


def _rejected(name: str, match: Groups, text: str, start: int, end: int) -> bool:
    """Cheap checks that keep numbers, names and verbs from becoming dates."""
    before = text[max(0, start - 20) : start]
    if name == "month":
        token = match["month"]
        if token == "Jan":  # a month has a day or a period; "Jan" alone is a first name
            return True
        if token in ("May", "March", "Mar.") and not match["rel"] and not match["mod"]:
            return not _MONTH_CONTEXT.search(before)
        after = text[end : end + 2]
        return (
            token in ("May", "March", "April", "June", "August")
            and after[:1] == " "
            and (after[1:2].isupper() and not _MONTH_CONTEXT.search(before))
        )
    if name == "year":
        if match["fiscal"] or match["mod"]:
            return False
        if _NOT_A_YEAR_BEFORE.search(before):
            return True
        word = _WORD_BEFORE.search(before)
        if (
            word
            and word.group(1) not in _CAPITALISED_STARTERS
            and word.group(1).lower() not in (MONTHS)
        ):
            return True
        return bool(_PLURAL_AFTER.match(text, end))
    if name == "season":
        return not (match["rel"] or match["y"])
    if name == "half":
        return not match["h"]
    if name == "nth":  # "the 11th Circuit", "1st Nationwide Bank": an ordinal in a name
        following = _NEXT_WORD.match(text, end)
        if following is None:
            return False
        return following.group(1).rstrip(".").lower() not in _CALENDAR_WORDS
    if name == "quarter":
        if match["word"].lower() == "period":
            allowed = ("year-earlier", "year-ago", "latest", "same")
            return not (match["py"] or match["rel"] in allowed)
        return not (match["q"] or match["rel"] or text[start : start + 3].lower() == "the")
    if name == "unit" and (match["n"] or "").lower() in ("some", "many"):
        return True
    return False


# ---------------------------------------------------------------- value formatting


def _y(year: int | None) -> str:
    return f"{year:04d}" if year is not None else "XXXX"


def _ymd(year: int | None, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return _y(year)
    if day is None:
        return f"{_y(year)}-{month:02d}"
    return f"{_y(year)}-{month:02d}-{day:02d}"


def _mod(match: Groups) -> str | None:
    raw = match["mod"]
    if not raw:
        return None
    for word, mod in MODIFIERS.items():
        if word in raw.lower():
            return mod
    return None


def _shift(
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


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return False
    return True


def _set_anchor(ctx: _Context, date: tuple[int | None, int | None, int | None], end: int) -> None:
    if date[1] is not None and date[2] is not None:
        ctx.anchor = date
        ctx.anchor_end = end


def _ref_tuple(ctx: _Context) -> tuple[int | None, int | None, int | None]:
    return (ctx.ref.year, ctx.ref.month, ctx.ref.day)


def _with_part(
    ctx: _Context, match: Groups, date: tuple[int | None, int | None, int | None]
) -> Resolved:
    part = match["part"]
    value = _ymd(*date) if date[1] is not None else _y(date[0])
    if part and date[2] is not None:
        return ("TIME", f"{value}T{PARTS_OF_DAY[part.lower()]}", None)
    return ("DATE", value, _mod(match))


# ---------------------------------------------------------------- resolvers


def _iso(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    if not _valid(year, month, day):
        return None
    _set_anchor(ctx, (year, month, day), end)
    if m["hh"]:
        return ("TIME", f"{_ymd(year, month, day)}T{m['hh']}:{m['mm']}", None)
    return ("DATE", _ymd(year, month, day), None)


def _numeric(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    first, second, year = int(m["a"]), int(m["b"]), int(m["y"])
    if len(m["y"]) == 2:
        year += 2000 if year < 50 else 1900
    month, day = (first, second) if first <= 12 else (second, first)
    if not (1 <= month <= 12) or not _valid(year, month, day):
        return None
    _set_anchor(ctx, (year, month, day), end)
    return ("DATE", _ymd(year, month, day), None)


def _month_day(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    month = MONTHS[m["month"].lower().rstrip(".")]
    day = int(m["d"])
    year = int(m["y"]) if m["y"] else None
    if not 1 <= day <= 31 or not _valid(year, month, day):
        return None
    if year is None:
        year = choose_year(ctx.ref, month, day, tense_near(ctx.text, start, end))
    _set_anchor(ctx, (year, month, day), end)
    return _with_part(ctx, m, (year, month, day))


def _month_year(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    month = MONTHS[m["month"].lower().rstrip(".")]
    return ("DATE", _ymd(int(m["y"]), month), _mod(m))


def _month(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    month = MONTHS[m["month"].lower().rstrip(".")]
    rel = (m["rel"] or "").lower()
    ref = ctx.ref
    relative_year = (m["ry"] or "").lower()
    if relative_year and ref.year is not None:
        step = {"last": -1, "this": 0, "next": 1}[relative_year]
        return ("DATE", _ymd(ref.year + step, month), _mod(m))
    if ref.year is None or ref.month is None:
        year = ref.year
    elif rel.endswith("last"):
        year = ref.year if month < ref.month else ref.year - 1
    elif rel.endswith("next"):
        year = ref.year if month > ref.month else ref.year + 1
    elif rel.endswith("this"):
        year = ref.year
    else:
        year = choose_year(ref, month, None, tense_near(ctx.text, start, end, 110))
    return ("DATE", _ymd(year, month), _mod(m))


def _year(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    return ("DATE", m["y"], _mod(m))


def _decade(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    if m["dec"]:
        return ("DATE", m["dec"], _mod(m))
    century = (ctx.ref.year // 100) if ctx.ref.year else 19
    return ("DATE", f"{century}{m['short']}", _mod(m))


def _quarter_of(ctx: _Context, offset: int = 0) -> tuple[int | None, int]:
    """The quarter ``offset`` quarters from the reference's own."""
    ref = ctx.ref
    if ref.month is None:
        return (ref.year, 0)
    index = (ref.year or 2000) * 4 + (ref.month - 1) // 3 + offset
    year, quarter = divmod(index, 4)
    return (year if ref.year is not None else None, quarter + 1)


def _quarter(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    rel = (m["rel"] or "").lower()
    ordinal = (m["q"] or "").lower() or (rel if rel in ORDINALS else "")
    explicit = m["y"] or m["py"]
    if explicit and (ordinal or m["word"].lower() == "quarter"):
        year: int | None = int(explicit)
        quarter = ORDINALS.get(ordinal, 0)
        if not quarter and ctx.last_quarter is not None:
            quarter = ctx.last_quarter[1]
    elif explicit:
        year = int(explicit)
        quarter = ctx.last_quarter[1] if ctx.last_quarter is not None else 0
    elif rel in ("year-earlier", "year-ago", "same"):
        if ctx.last_quarter is None:
            return ("DATE", _y(ctx.ref.year - 1 if ctx.ref.year else None) + "-QX", None)
        previous_year = ctx.last_quarter[0]
        year = int(previous_year) - 1 if previous_year.isdigit() else None
        quarter = ctx.last_quarter[1]
        if rel == "same":
            year = year + 1 if year is not None else None
    elif ordinal:
        quarter = ORDINALS[ordinal]
        year, current = _quarter_of(ctx)
        tense = tense_near(ctx.text, start, end)
        if year is not None and current and quarter > current and tense == PAST:
            year -= 1
    elif rel in ("this", "current"):
        year, quarter = _quarter_of(ctx)
    elif rel == "next":
        year, quarter = _quarter_of(ctx, 1)
    elif ctx.last_quarter is not None and rel not in ("last", "previous", "latest"):
        year = int(ctx.last_quarter[0]) if ctx.last_quarter[0].isdigit() else None
        quarter = ctx.last_quarter[1]
    else:
        year, quarter = _quarter_of(ctx, -1)
    if not quarter:
        return ("DATE", f"{_y(year)}-QX", None)
    if rel not in ("year-earlier", "year-ago", "same"):
        ctx.last_quarter = (_y(year), quarter)
    return ("DATE", f"{_y(year)}-Q{quarter}", None)


def _q_short(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    year = int(m["y"]) if m["y"] else _quarter_of(ctx)[0]
    ctx.last_quarter = (_y(year), int(m["q"]))
    return ("DATE", f"{_y(year)}-Q{m['q']}", None)


def _half(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    year = int(m["y"]) if m["y"] else ctx.ref.year
    return ("DATE", f"{_y(year)}-H{1 if m['h'].lower() == 'first' else 2}", None)


def _season(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    season = SEASONS[(m["season"] or m["season2"]).lower()]
    explicit = m["y"] or m["y2"]
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


def _deictic(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    word = m["word"].lower()
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    date = _shift(_ref_tuple(ctx), days=offset)
    _set_anchor(ctx, date, end)
    if word in ("tonight", "overnight"):
        return ("TIME", f"{_ymd(*date)}TNI", None)
    return _with_part(ctx, m, date)


def _unit(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    """Everything built on a unit word: durations, "ago", "last week", "the next day", sets."""
    unit_word = m["unit"].lower()
    plural = unit_word.endswith("s") and unit_word not in ("days",) or unit_word == "days"
    singular = unit_word[:-1] if plural else unit_word
    singular = "century" if singular == "centurie" else singular
    rel = " ".join((m["rel"] or "").lower().split())
    if m["every"]:
        return _every(singular)
    if m["n"] is not None:
        if m["dir"]:
            return _ago(m, ctx, start, end, singular)
        return _duration(m, ctx, start, singular)
    if plural or m["dir"]:
        return None
    if rel in (
        "the previous",
        "the following",
        "the next",
        "the same",
        "the prior",
        "previous",
        "following",
        "same",
        "prior",
    ):
        return _anaphor(rel.split()[-1], singular, ctx, end)
    if rel in ("the", "the full") and singular == "year" and m["unit"].islower():
        return _relative("this", "year", m, ctx, start, end)  # "for the year", in reports
    if rel == "the" and singular != "weekend":
        return None
    if not rel and not m["mod"]:
        return None
    return _relative(rel.split()[-1] if rel else "this", singular, m, ctx, start, end)


def _every(unit: str) -> Resolved:
    if unit in PARTS_OF_DAY:
        return ("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", None)
    code = {"day": "1D", "week": "1W", "month": "1M", "year": "1Y", "weekend": "1WE",
            "decade": "10Y", "century": "100Y", "hour": "T1H", "minute": "T1M"}  # fmt: skip
    return ("SET", f"P{code[unit]}", None)


def _relative(rel: str, unit: str, m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    step = -1 if rel in ("last", "past") else 1 if rel in ("next", "coming") else 0
    ref = ctx.ref
    mod = _mod(m)
    if unit == "year":
        return ("DATE", _y(ref.year + step if ref.year is not None else None), mod)
    if unit == "month":
        if ref.month is None:
            return ("DATE", f"{_y(ref.year)}-XX", mod)
        year, month, _ = _shift((ref.year, ref.month, None), months=step)
        return ("DATE", _ymd(year, month), mod)
    if unit == "decade":
        return ("DATE", _y(ref.year)[:3] if ref.year and step == 0 else "XXX", mod)
    if unit == "century":
        return ("DATE", _y(ref.year)[:2] if ref.year and step == 0 else "XX", mod)
    if unit in ("morning", "afternoon", "evening", "night"):
        if step != 0 or rel not in ("this", ""):
            return None
        return ("TIME", f"{_ymd(*_ref_tuple(ctx))}T{PARTS_OF_DAY[unit]}", None)
    if unit not in ("week", "weekend"):
        return None
    date = ref.date
    if date is None:
        return ("DATE", f"{_y(ref.year)}-WXX" + ("-WE" if unit == "weekend" else ""), mod)
    if unit == "weekend" and rel == "the":
        future = tense_near(ctx.text, start, end) == FUTURE
        step = 0 if future or date.isoweekday() >= 5 else -1
    iso = (date + dt.timedelta(weeks=step)).isocalendar()
    week = f"{iso[0]:04d}-W{iso[1]:02d}"
    return ("DATE", week + ("-WE" if unit == "weekend" else ""), mod)


def _number(raw: str) -> float | None:
    raw = " ".join(raw.lower().split())
    if raw in NUMBER_WORDS:
        return NUMBER_WORDS[raw]
    try:
        return float(raw)
    except ValueError:
        return None


def _ago(m: Groups, ctx: _Context, start: int, end: int, unit_word: str) -> Resolved:
    amount = _number(m["n"] or "")
    unit = UNITS.get(unit_word)
    direction = (m["dir"] or "").lower()
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    deictic = direction in ("ago", "from now", "hence")
    if amount is None or unit is None:
        return ("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None)
    base = _ref_tuple(ctx) if deictic or ctx.anchor is None else ctx.anchor
    steps = int(amount) * sign
    if unit == "Y":
        if deictic or direction == "earlier":
            quarter = _quarter_in_talk(ctx, start, end)
            if quarter is not None:
                return ("DATE", f"{quarter[0] + steps}-Q{quarter[1]}", None)
        return ("DATE", _y(base[0] + steps if base[0] is not None else None), None)
    if unit == "DE":
        return ("DATE", _y(base[0] + 10 * steps if base[0] is not None else None)[:3], None)
    if unit == "M":
        year, month, _ = _shift((base[0], base[1], None), months=steps)
        return ("DATE", _ymd(year, month) if month else _y(year), None)
    if unit in ("W", "D"):
        if base[1] is None or base[2] is None:
            return ("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None)
        date = _shift(base, days=steps * (7 if unit == "W" else 1))
        if unit == "D":
            _set_anchor(ctx, date, end)
            return ("DATE", _ymd(*date), None)
        if date[0] is None or date[1] is None or date[2] is None:
            return ("DATE", "XXXX-WXX", None)
        iso = dt.date(date[0], date[1], date[2]).isocalendar()
        return ("DATE", f"{iso[0]:04d}-W{iso[1]:02d}", None)
    return None


def _duration(m: Groups, ctx: _Context, start: int, unit_word: str) -> Resolved:
    amount = _number(m["n"] or "")
    unit = UNITS.get(unit_word)
    if unit is None or unit == "WE":
        return None
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


def _anaphor(word: str, unit: str, ctx: _Context, end: int) -> Resolved:
    sign = -1 if word in ("previous", "prior") else 0 if word == "same" else 1
    base = ctx.anchor or _ref_tuple(ctx)
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
    iso = (dt.date(base[0], base[1], base[2]) + dt.timedelta(weeks=sign)).isocalendar()
    return ("DATE", f"{iso[0]:04d}-W{iso[1]:02d}", None)


def _weekday(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    weekday = WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    ref = ctx.ref.date
    if ref is None:
        return ("DATE", f"XXXX-WXX-{weekday}", None)
    gap = (ref.isoweekday() - weekday) % 7
    ahead = (weekday - ref.isoweekday()) % 7
    if rel == "last" or rel == "past":
        target = ref - dt.timedelta(days=gap or 7)
    elif rel in ("next", "coming"):
        target = ref + dt.timedelta(days=ahead or 7)
    elif rel == "this" or tense_near(ctx.text, start, end, 45, strict=True) == FUTURE:
        target = ref + dt.timedelta(days=ahead)
    else:
        target = ref - dt.timedelta(days=gap)
    date = (target.year, target.month, target.day)
    _set_anchor(ctx, date, end)
    return _with_part(ctx, m, date)


def _quarter_in_talk(ctx: _Context, start: int, end: int) -> tuple[int, int] | None:
    """The quarter a sentence about quarterly results compares with, if it is one."""
    left = ctx.text.rfind(". ", max(0, start - 250), start)
    right = ctx.text.find(". ", end, end + 150)
    if not _QUARTER_TALK.search(ctx.text, left + 1, right if right != -1 else end + 150):
        return None
    if ctx.last_quarter and ctx.last_quarter[0].isdigit():
        return (int(ctx.last_quarter[0]), ctx.last_quarter[1])
    year, quarter = _quarter_of(ctx, -1)
    return (year, quarter) if year is not None and quarter else None


def _year_ago(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    quarter = _quarter_in_talk(ctx, start, end)
    if quarter is not None:
        return ("DATE", f"{quarter[0] - 1}-Q{quarter[1]}", None)
    return ("DATE", _y(ctx.ref.year - 1 if ctx.ref.year is not None else None), None)


def _nth(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    day = int(m["d"])
    ref = ctx.ref
    if not 1 <= day <= 31:
        return None
    if ref.month is None:
        return ("DATE", f"{_y(ref.year)}-XX-{day:02d}", None)
    year: int | None = ref.year
    month: int | None = ref.month
    if ref.day is not None and day > ref.day + 1 and tense_near(ctx.text, start, end) != FUTURE:
        year, month, _ = _shift((year, month, None), months=-1)
    if month is None or not _valid(year, month, day):
        return None
    _set_anchor(ctx, (year, month, day), end)
    return ("DATE", _ymd(year, month, day), None)


def _clock_date(
    ctx: _Context, start: int, m: Groups | None = None
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


def _time_value(ctx: _Context, start: int, hour: int, minute: int, m: Groups | None = None) -> str:
    year, month, day = _clock_date(ctx, start, m)
    date = _ymd(year, month, day) if month and day else "XXXX-XX-XX"
    return f"{date}T{hour:02d}:{minute:02d}"


def _clock(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    hour, minute = int(m["h"]), int(m["mi"] or 0)
    if not 1 <= hour <= 12:
        return None
    if m["ampm"].lower().startswith("p") and hour != 12:
        hour += 12
    elif m["ampm"].lower().startswith("a") and hour == 12:
        hour = 0
    return ("TIME", _time_value(ctx, start, hour, minute, m), None)


def _clock24(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    return ("TIME", _time_value(ctx, start, int(m["h"]), int(m["mi"])), None)


def _noon(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    hour = 24 if m["word"].lower() == "midnight" else 12
    return ("TIME", _time_value(ctx, start, hour, 0, m), None)


def _ref(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    word = " ".join(m["word"].lower().split())
    pre = " ".join((m["pre"] or "").lower().split())
    if word == "present":
        return ("DATE", "PRESENT_REF", None) if pre in ("the", "at") else None
    if word == "future":
        return ("DATE", "FUTURE_REF", None) if pre in ("the", "in the", "the near") else None
    if word == "past":
        return ("DATE", "PAST_REF", None) if pre in ("the", "in the") else None
    if word in ("near term", "short term"):
        return ("DATE", "FUTURE_REF", None) if pre in ("the", "in the") else None
    if word in ("now", "currently", "nowadays", "these days"):
        return ("DATE", "PRESENT_REF", None)
    return ("DATE", "PAST_REF", None)


def _set(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    value = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
             "yearly": "P1Y", "quarterly": "P3M", "nightly": "XXXX-XX-XXTNI"}  # fmt: skip
    return ("SET", value[m["adv"].lower()], None)


def _every_weekday(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    return ("SET", f"XXXX-WXX-{WEEKDAYS[m['what'].lower()]}", None)


def _holiday(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    name = m["word"]
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


_HOLIDAYS = {
    "Christmas": (12, 25), "Christmas Eve": (12, 24), "New Year's": (1, 1),
    "New Year's Eve": (12, 31), "Thanksgiving": (11, -44), "Independence": (7, 4),
    "Fourth of July": (7, 4), "Labor": (9, -11), "Memorial": (5, -19),
    "Valentine's": (2, 14), "Halloween": (10, 31), "Veterans": (11, 11),
    "Election": (11, -21), "Boxing": (12, 26),
}  # fmt: skip
_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
         "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}  # fmt: skip
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10}  # fmt: skip


def _spelled_year(m: Groups, ctx: _Context, start: int, end: int) -> Resolved:
    words = re.split(r"[\s-]+", m["word"].lower())
    if words[0] == "two":
        rest = [w for w in words[2:] if w != "and"]
        return ("DATE", f"{2000 + (_ONES.get(rest[0], 0) if rest else 0)}", None)
    year = 1900 + _TENS.get(words[1], 0) + (_ONES.get(words[2], 0) if len(words) > 2 else 0)
    return ("DATE", str(year), None)


_RESOLVERS = {
    "iso": _iso,
    "numeric": _numeric,
    "month_day": _month_day,
    "day_month": _month_day,
    "month_year": _month_year,
    "month": _month,
    "year": _year,
    "decade": _decade,
    "quarter": _quarter,
    "q_short": _q_short,
    "half": _half,
    "season": _season,
    "deictic": _deictic,
    "weekday": _weekday,
    "unit": _unit,
    "year_ago": _year_ago,
    "nth": _nth,
    "clock": _clock,
    "clock24": _clock24,
    "noon": _noon,
    "ref": _ref,
    "set": _set,
    "every_weekday": _every_weekday,
    "holiday": _holiday,
    "spelled_year": _spelled_year,
}

__all__ = ["PAST", "FUTURE", "RefDate", "find_time_expressions"]
