"""Weekdays, days of the month and clock times: "on Tuesday", "the 14th", "at 4:30 p.m.",
"noon on Friday"."""

from __future__ import annotations

import datetime as dt
import re

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.tense_words import (
    AHEAD_OF_WORDS,
    DEGREE_WORDS,
    LOOKING_AHEAD,
    NOT_FINITE_WORDS,
    STILL_WORDS,
)
from briefing.analysis.lexicon.time_context import (
    AFTER_NOON_PARTS,
    IRREGULAR_PAST_VERBS,
    PLAN_GONE_WORDS,
    PRESENT_FUTURE_WORDS,
    WHEN_BEFORE_WORDS,
)
from briefing.analysis.lexicon.time_words import (
    DAY_PARTS,
    MODALS,
    MONTH_DAY_YEAR,
    MONTH_PATTERN,
    MONTHS,
    PARTS_OF_DAY,
    WEEKDAY_NAMES,
    WEEKDAY_PATTERN,
    WEEKDAYS,
)
from briefing.analysis.time.amounts import (
    ANCHOR_REACH,
)
from briefing.analysis.time.direction import points_ahead
from briefing.analysis.time.patterns import YEAR
from briefing.analysis.time.reference import (
    ED_FORM,
    FUTURE,
    choose_year,
    past_between,
    past_in_clause,
    present_passive,
    scheduled_ahead,
    tense_near,
)
from briefing.analysis.time.values import (
    Context,
    Groups,
    Resolved,
    ref_tuple,
    set_anchor,
    shifted,
    valid_date,
    with_part,
    year_text,
    ymd,
)

# A date named right after a weekday: "Monday, Oct. 26", "Saturday, April 25, 1998".
_DATE_NAMED_AFTER = re.compile(rf",\s+{MONTH_DAY_YEAR}")


# Future wording in the present ("plans to", not "planned to", which may be the day's plan).
_PRESENT_FUTURE = re.compile(
    rf"\b(?:{either(PRESENT_FUTURE_WORDS)})\b|'ll\b",
    re.IGNORECASE,
)


_PLAN_BEFORE = re.compile(
    r"\b(?:plann(?:ed|ing)|plans?|scheduled|slated) (?:to |a |an |the )[^,.;:\"\u201c\u201d]{0,60}$"
)


# "had been scheduled", "previously planned": a plan overtaken, not one ahead
_PLAN_GONE = re.compile(rf"\b(?:{either(PLAN_GONE_WORDS)})\s+(?:been\s+)?$", re.IGNORECASE)


# A weekday opening its sentence: "On Tuesday, ..."
_FRONTED = re.compile(r"(?:^|[.!?]['\"”]?\s+|\n)(?:(?:On|Early|Late)\s+)?$")


_WEEKDAY_AFTER_CLOCK = re.compile(
    rf"\s*(?:\([^()\n]{{1,24}}\)\s*)?,?\s*(?:on\s+)?(?P<wd>{WEEKDAY_PATTERN})\b"
)


_JOINED_TO_NIGHTS = re.compile(
    rf"\s*(?:,|and|or)\s+(?:(?:{either(WEEKDAY_NAMES)})\s*(?:,|and|or)"
    rf"\s+)*(?:{either(WEEKDAY_NAMES)})\s+(?P<part>(?i:{either(DAY_PARTS)})"
    rf")s\b"
)


_PAST_VERB_BEFORE = re.compile(
    rf"\b(?:{ED_FORM}|{either(IRREGULAR_PAST_VERBS)})\s+(?:(?:on|late|early)\s+)?$"
)


# "will be held Monday", "to hold it Monday": not a past verb
_BE_BEFORE = re.compile(rf"\b(?:{either(NOT_FINITE_WORDS)}|{MODALS})\s+$")


_WHEN_BEFORE = re.compile(rf"\b(?:{either(WHEN_BEFORE_WORDS)})\b[^.;,]*$", re.I)


_DAY_IN_BRACKETS = re.compile(
    rf"\s*\([^()\n]{{0,24}}\b(?P<wd>{WEEKDAY_PATTERN})\b[^()\n]{{0,12}}\)"
)


_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|by)\s+$", re.IGNORECASE)
# An event of a day the telling looks ahead to: "ahead of Friday's jobs report".
# "Well ahead of", "2% ahead of Friday's close": a figure above another, not a day to come.
_DEGREE_BEFORE = re.compile(rf"(?:\b(?:{either(DEGREE_WORDS)})|\d%?|percent)\s+$", re.I)
_POSSESSIVE = re.compile(r"\w+['\u2019]s\b")
_AHEAD_OF_BEFORE = re.compile(rf"\b(?:{either(AHEAD_OF_WORDS)})\s+$", re.IGNORECASE)
# Put off or kept on until a day: that day lies ahead, whatever the tense ("the vote was
# delayed until Friday", "has been extended until Sunday").
_PUT_OFF_UNTIL = re.compile(
    rf"\b(?:{either(sorted(LOOKING_AHEAD))})\s+(?:until|till)\s+$", re.IGNORECASE
)


# A deed said to come, told in the past: "he said he would resign on Friday" (not "would
# have", a deed undone; not "said on Monday it would", where the day is the saying's).
_WOULD_BEFORE = re.compile(
    r"\bwould\s+(?!have\b|not\b)[a-z]+(?:\s+[\w'\u2019-]+){0,3}?\s+(?:on\s+)?$"
)
# A day said to be the one of a thing, in the present: "the deadline is Friday".
_PRESENT_BE_BEFORE = re.compile(rf"\b(?:is|are)\s+(?:(?:{either(STILL_WORDS)})\s+)?(?:on\s+)?$")
# A day a plan is set for or moved to: "the vote is set for Sunday", "moved to Tuesday".
_PLANNED_FOR = re.compile(rf"\b(?:{either(sorted(LOOKING_AHEAD))})\s+(?:for|to)\s+$", re.IGNORECASE)


def resolve_weekday(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
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
        if valid_date(year, month, day):
            return with_part(ctx, m, (year, month, day))
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
    elif rel == "this":
        target = ref + dt.timedelta(days=ahead)
    elif gap == 0:  # the report's own day, whichever way
        target = ref
    else:
        rule = _ahead_of_report(ctx.text, start, end) or _joined_ahead(ctx, start)
        back, forward = ref - dt.timedelta(days=gap), ref + dt.timedelta(days=ahead)
        readings = (back.isoformat(), forward.isoformat())
        chosen = points_ahead("weekday", ctx.text, (start, end), rule, gap, readings)
        target = forward if chosen else back
    date = (target.year, target.month, target.day)
    set_anchor(ctx, date, end)
    return with_part(ctx, m, date)


def _weekday_from_anchor(m: Groups, ctx: Context, weekday: int, rel: str, end: int) -> Resolved:
    """ "The previous Friday", "the following Monday": the weekday before or after the date the
    text gave last, when one is near; else not a date anyone can place."""
    if ctx.anchor is None or end - ctx.anchor_end > ANCHOR_REACH:
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
    set_anchor(ctx, date, end)
    return with_part(ctx, m, date)


def _ahead_of_report(text: str, start: int, end: int) -> bool:
    """Whether a bare weekday lies ahead: a plan, a deadline or a diary entry. The checks
    of ``AHEAD_SIEVE`` are asked in order; the first that answers decides, else it is past."""
    for check in AHEAD_SIEVE:
        answer = check(text, start, end)
        if answer is not None:
            return answer
    return False


def _told_in_the_past(text: str, start: int, end: int) -> bool | None:
    """ "The trial opened Monday and is expected to...": the day it opened; but "to buy as
    soon as trading opened Monday" tells of a day ahead of the one it was said on."""
    verb = _PAST_VERB_BEFORE.search(text, max(0, start - 30), start)
    if (
        verb is not None
        and not _BE_BEFORE.search(text, max(0, verb.start() - 8), verb.start())
        and not _WHEN_BEFORE.search(text, max(0, verb.start() - 30), verb.start())
    ):
        return False
    return None


def _said_to_come(text: str, start: int, end: int) -> bool | None:
    """Unmistakable future wording around it: "will", "is to", "scheduled"."""
    return True if tense_near(text, start, end, 45, strict=True) == FUTURE else None


def _a_plan_for_it(text: str, start: int, end: int) -> bool | None:
    """ "Protesters planned a large demonstration on Saturday", "the vote is set for
    Sunday", "delayed until Friday"; not a plan overtaken ("had been scheduled")."""
    plan = _PLAN_BEFORE.search(text, max(0, start - 80), start)
    if plan and not _PLAN_GONE.search(text, max(0, plan.start() - 30), plan.start()):
        return True
    if _PUT_OFF_UNTIL.search(text, max(0, start - 30), start):
        return True
    planned = _PLANNED_FOR.search(text, max(0, start - 30), start)
    if planned and not _PLAN_GONE.search(text, max(0, planned.start() - 30), planned.start()):
        return True
    return None


def _fronted_plan(text: str, start: int, end: int) -> bool | None:
    """ "On Tuesday, the league plans to hold a news conference": the clause after it."""
    if _FRONTED.search(text, max(0, start - 12), start) and text.startswith(",", end):
        clause = text[end + 1 : end + 120].split(". ", 1)[0]
        if _PRESENT_FUTURE.search(clause):
            return True
    return None


def _deadline(text: str, start: int, end: int) -> bool | None:
    """ "By Wednesday", "the deadline is Friday": ahead unless told in the past ("had
    filed reports by Wednesday")."""
    if _DEADLINE_BEFORE.search(text, max(0, start - 12), start) or _PRESENT_BE_BEFORE.search(
        text, max(0, start - 20), start
    ):
        return not past_in_clause(text, start, end)
    return None


def _event_looked_ahead_to(text: str, start: int, end: int) -> bool | None:
    """ "Ahead of Friday's jobs report"; not a figure above another ("well ahead of")."""
    ahead_of = _AHEAD_OF_BEFORE.search(text, max(0, start - 24), start)
    if (
        ahead_of
        and _POSSESSIVE.match(text, start, end + 2)
        and not _DEGREE_BEFORE.search(text, max(0, ahead_of.start() - 16), ahead_of.start())
    ):
        return True
    return None


def _in_the_diary(text: str, start: int, end: int) -> bool | None:
    """The present of a diary: "markets are closed on Friday", "the team plays Saturday",
    and a deed said to come, "he said he would resign on Friday"."""
    if present_passive(text, start):
        return True
    would = _WOULD_BEFORE.search(text, max(0, start - 48), start)
    if would and not past_between(text, would.start(), start):
        return True
    return True if scheduled_ahead(text, start, end) else None


AHEAD_SIEVE = (
    _told_in_the_past,
    _said_to_come,
    _a_plan_for_it,
    _fronted_plan,
    _deadline,
    _event_looked_ahead_to,
    _in_the_diary,
)


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


_SHARED_MONTH = re.compile(
    r"\s*(?:and|or|to|-|\u2013)\s*(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?("
    + MONTH_PATTERN
    + rf")(?:,?\s+(?P<y>{YEAR})\b(?!\s*(?:%|percent)))?",
    re.IGNORECASE,
)


_JOINED = re.compile(r"\s*(?:,|and|or|to|through|-)\s*(?:on\s+)?", re.IGNORECASE)


def resolve_nth(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    day = int(m["d"])
    ref = ctx.ref
    if not 1 <= day <= 31:
        return None
    year: int | None = ref.year
    month: int | None = ref.month
    shared = _SHARED_MONTH.match(ctx.text, end)
    if shared is not None:  # "the 26th and 28th of October (2024)": the month named after both
        month = MONTHS[shared.group(1).lower().rstrip(".")]
        year = (int(shared["y"]) if shared["y"]
                else choose_year(ref, month, day, tense_near(ctx.text, start, end)))  # fmt: skip
    elif ref.month is None:
        return ("DATE", f"{year_text(ref.year)}-XX-{day:02d}", None)
    elif ref.day is not None and day > ref.day + 1 and tense_near(ctx.text, start, end) != FUTURE:
        year, month, _ = shifted((year, month, None), months=-1)
    if month is None or not valid_date(year, month, day):
        return None
    set_anchor(ctx, (year, month, day), end)
    return ("DATE", ymd(year, month, day), None)


def _clock_date(
    ctx: Context, start: int, m: Groups | None = None
) -> tuple[int | None, int | None, int | None] | str:
    """The day a clock time falls on, or a weekday's open value when the report's date is
    unknown ("0619 GMT on Tuesday" in an undated story: ``XXXX-WXX-2``)."""
    if m is not None and m["wd"]:
        resolved = resolve_weekday(Groups(wd=m["wd"]), ctx, start, start)
        if resolved and resolved[1][:4].isdigit():
            parts = resolved[1][:10].split("-")
            return (int(parts[0]), int(parts[1]), int(parts[2]))
        if resolved:
            return resolved[1]
    if m is not None and m["month"] and m["d"]:
        month = MONTHS[m["month"].lower().rstrip(".")]
        day = int(m["d"])
        if valid_date(None, month, day):
            year = choose_year(ctx.ref, month, day, tense_near(ctx.text, start, start))
            return (year, month, day)
    if ctx.anchor is not None and start - ctx.anchor_end < 120:
        return ctx.anchor
    return ref_tuple(ctx)


def _time_value(ctx: Context, start: int, hour: int, minute: int, m: Groups | None = None) -> str:
    found = _clock_date(ctx, start, m)
    if isinstance(found, str):
        return f"{found}T{hour:02d}:{minute:02d}"
    year, month, day = found
    date = ymd(year, month, day) if month and day else "XXXX-XX-XX"
    return f"{date}T{hour:02d}:{minute:02d}"


def resolve_clock(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    hour, minute = int(m["h"]), int(m["mi"] or 0)
    if not 1 <= hour <= 12:
        return None
    half = m["ampm"].lower()
    if (half.startswith("p") or half.endswith(AFTER_NOON_PARTS)) and hour != 12:
        hour += 12
    elif half.startswith("a") and hour == 12:
        hour = 0
    if not (m["wd"] or m["month"]) and (
        day := _WEEKDAY_AFTER_CLOCK.match(ctx.text, end) or _DAY_IN_BRACKETS.match(ctx.text, end)
    ):
        m = Groups(m, wd=day["wd"])  # "10:35 a.m. (0735 GMT) Friday": Friday's
    return ("TIME", _time_value(ctx, start, hour, minute, m), None)


def resolve_clock24(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    return ("TIME", _time_value(ctx, start, int(m["h"] or m["h4"]), int(m["mi"]), m), None)


def resolve_noon(m: Groups, ctx: Context, start: int, end: int) -> Resolved:
    hour = 24 if m["word"].lower() == "midnight" else 12
    return ("TIME", _time_value(ctx, start, hour, 0, m), None)
