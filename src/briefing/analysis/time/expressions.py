"""Find time expressions in English news text and normalise them to TimeML values.

Two passes: every pattern family proposes spans, the longest non-overlapping ones win;
then, in reading order, each is resolved against the reference date (deictic words:
"yesterday", "last month") or the last date the text gave (anaphora: "two days later").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.time_checks import DAY_AFTER_WORDS, PREFIX_WORDS
from briefing.analysis.lexicon.time_words import MODALS, MONTHS, WEEKDAYS
from briefing.analysis.span_mask import SpanMask
from briefing.analysis.time.families import FAMILIES
from briefing.analysis.time.family import Family
from briefing.analysis.time.negative_checks import CandidateSite
from briefing.analysis.time.reference import FUTURE, PAST, RefDate
from briefing.analysis.time.values import Context, Groups, valid_date
from briefing.model import TimeExpr

# The other day of a range in one month: "April 24 and 25", "24-25", "24 and 25 April"
_DAY_AFTER = re.compile(
    rf"\s*(?:-|\u2013|and\b|to\b|through\b|or\b)\s*(?P<d>[0-3]?\d)(?:st|nd|rd|"
    rf"th)?\b(?![-\u2013.,:/]?\d|\s*(?:%|percent|per\b)|\s+(?!(?:{either(DAY_AFTER_WORDS)})"
    rf"\b)[a-z])"
)
_DAY_BEFORE = re.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|\u2013|and|or|to)\s*$")
# What may follow a phrase that stands alone: its clause ends ("He left the day before.").
_STANDS_ALONE = re.compile(r"\s*(?:[,.;:!?)\u201d\"]|$)")
_DAY_SHIFT_BEFORE = re.compile(r"\b(?:(?i:the)\s+)?(?i:day)\s+(?P<dir>(?i:before|after))\s+$")
_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_THE_BEFORE_A_MODIFIER = re.compile(r"(?i:the) (?=[\w']+-[\w-]+$)")
_LAST_AS_A_VERB = re.compile(rf"\b(?i:to|{MODALS})\s+$")


# An article whose year is unknown is read a second time as if in this year, so that "next
# year" and "last year" still land a year apart; the first reading's values stand, and each
# gets the distance from the article's own year the second reading found for the same value
# (``TimeExpr.year_offset``). No year the text writes comes near it.
ASSUMED_YEAR = 4000
_ASSUMED_REACH = 500  # years either side of ASSUMED_YEAR that can only have come from it
_YEAR_LED = re.compile(r"^(?P<y>\d{4})(?P<rest>(?:-.*)?)$")


def find_time_expressions(text: str, reference: RefDate | None = None) -> list[TimeExpr]:
    """Every DATE, TIME, DURATION and SET expression of ``text``, in reading order.

    Without the reference's year, a value counted from it keeps XXXX for its year and says how
    many years from the reference it lies ("next year": ``year_offset`` 1)."""
    ref = reference or RefDate()
    candidates = _candidates(text)
    found = _resolved(text, ref, candidates)
    if ref.year is not None or not any(expr.value.startswith("XXXX") for expr in found):
        return found
    assumed = RefDate(ASSUMED_YEAR, ref.month, ref.day, year_assumed=True)
    offsets = {
        (expr.start, expr.end, value): offset
        for expr in _resolved(text, assumed, candidates)
        if (unassumed := _without_assumed_year(expr.value)) is not None
        for value, offset in (unassumed,)
    }
    return [
        replace(expr, year_offset=offset)
        if (offset := offsets.get((expr.start, expr.end, expr.value))) is not None
        else expr
        for expr in found
    ]


def _without_assumed_year(value: str) -> tuple[str, int] | None:
    """A value found against ``ASSUMED_YEAR`` with its year unknown again, and its distance
    in years from it; None for a value whose year the text gave."""
    led = _YEAR_LED.match(value)
    if led is None or abs(int(led["y"]) - ASSUMED_YEAR) > _ASSUMED_REACH:
        return None
    return "XXXX" + led["rest"], int(led["y"]) - ASSUMED_YEAR


def _resolved(text: str, ref: RefDate, candidates: list[_Candidate]) -> list[TimeExpr]:
    """The time expressions of ``text`` (its ``candidates``) resolved against ``ref``."""
    ctx = Context(text, ref)
    found: list[TimeExpr] = []
    taken_until = 0
    for start, end, family, groups in candidates:
        if start < taken_until:
            continue  # inside the other day of a range already found
        resolved = family.resolve(groups, ctx, start, end)
        if resolved is None:
            continue
        kind, value, mod = resolved
        start, end = _trimmed_span(text, start, end, family)
        expr = TimeExpr(start, end, text[start:end], kind, value, mod)
        partner = _other_day(text, expr) if family.name in _DAY_RANGES else None
        if partner is None and (shifted := _day_before_or_after(text, expr)) is not None:
            while found and found[-1].end > shifted.start:
                found.pop()  # "the day" of "the day before Tuesday" is this expression's
            expr = shifted
        if partner is not None and partner.start < start:
            if not found or found[-1].end <= partner.start:  # "the 26th and 28th of October"
                found.append(partner)
        if found and (joined := _a_year_back(text, found[-1], expr)) is not None:
            found[-1] = joined  # "the same month" + "last year": one expression
            continue
        found.append(expr)
        if partner is not None and partner.start > start:
            found.append(partner)
            taken_until = partner.end
    return found


def _a_year_back(text: str, same: TimeExpr, after: TimeExpr) -> TimeExpr | None:
    """ "The same month last year", "the same day a year earlier": the month, week or day
    just given, a year back, as one expression."""
    if not (_SAME_UNIT.fullmatch(same.text) and _YEAR_BACK.fullmatch(after.text)):
        return None
    if text[same.end : after.start].strip() or not (led := _YEAR_LED.match(same.value)):
        return None
    value = f"{int(led['y']) - 1:04d}{led['rest']}"
    return TimeExpr(same.start, after.end, text[same.start : after.end], same.type, value, None)


_SAME_UNIT = re.compile(r"(?i:the\s+)?(?i:same)\s+(?i:month|week|day)")
_YEAR_BACK = re.compile(r"(?i:last\s+year|a\s+year\s+(?:ago|earlier|before))")


def _trimmed_span(text: str, start: int, end: int, family: Family) -> tuple[int, int]:
    """The span TimeML gives an expression: without a possessive ("Sunday's" is Sunday), as
    its family trims it (``Family.trim``), without "over" before "the past four months" and
    without "the" before a hyphened modifier ("the third-quarter results": "the" is the
    results')."""
    if text[end - 2 : end] in ("'s", "\u2019s"):
        end -= 2
    if family.trim is not None and (trimmed := family.trim(text, start, end)) is not None:
        return trimmed
    if text[start : start + 9].lower() == "over the ":
        start += 5  # "over the past four months": the span is "the past four months"
    elif _THE_BEFORE_A_MODIFIER.match(text, start, end):
        start += 4
    return start, end


def _day_before_or_after(text: str, expr: TimeExpr) -> TimeExpr | None:
    """ "The day before last Tuesday", "the day after Christmas": the date next to a date."""
    if not _FULL_DATE.fullmatch(expr.value):
        return None
    lead = _DAY_SHIFT_BEFORE.search(text, max(0, expr.start - 24), expr.start)
    if lead is None:
        return None
    step = 1 if lead["dir"].lower() == "after" else -1
    day = dt.date.fromisoformat(expr.value) + dt.timedelta(days=step)
    start = lead.start()
    return TimeExpr(start, expr.end, text[start : expr.end], "DATE", day.isoformat(), None)


def _other_day(text: str, expr: TimeExpr) -> TimeExpr | None:
    """The other day of a range that shares the month of a full date: "25" in "April 24 and
    25" or "24-25", "24" in "24 and 25 April"."""
    if len(expr.value) != 10 or expr.value[5:7] == "XX":
        return None
    day = int(expr.value[8:])
    after = _DAY_AFTER.match(text, expr.end)
    if after is not None and not expr.text[-1:].isalpha():
        other, start, end = int(after["d"]), after.start("d"), after.end("d")
        valid = day < other
    elif (before := _DAY_BEFORE.search(text, max(0, expr.start - 12), expr.start)) is not None:
        other, start, end = int(before["d"]), before.start("d"), before.end("d")
        valid = other < day and expr.text[:1].isdigit()
    else:
        return None
    year = int(expr.value[:4]) if expr.value[:4].isdigit() else None
    if not valid or not valid_date(year, int(expr.value[5:7]), other):
        return None
    value = f"{expr.value[:8]}{other:02d}"
    return TimeExpr(start, end, text[start:end], "DATE", value, None)


_Candidate = tuple[int, int, Family, Groups]


def _core_matches(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """Every match of a family's core, with the family's rank."""
    for rank in _SCANNED_RANKS:
        for found in _COMPILED[rank].core.finditer(text):
            yield rank, found
    ends: dict[int, int] = {}  # where each named family's last match ended
    for lead in _NAME_LEAD.finditer(text):
        position = lead.start()
        for rank in _RANKS_AT_NAME[lead[0]]:
            if position >= ends.get(rank, 0):  # a family's matches never overlap, as a scan's
                match = _COMPILED[rank].core.match(text, position)
                if match is not None:
                    ends[rank] = match.end()
                    yield rank, match
    for run in _DIGIT_RUN.finditer(text):
        position = run.start()
        after_a_quote = position and text[position - 1] in "'\u2019"  # "the '80s"
        for rank, core in _DIGIT_CORES:
            at_digits = core.match(text, position)
            if at_digits is None and after_a_quote:
                at_digits = core.match(text, position - 1)
            if at_digits is not None:
                yield rank, at_digits
    lowered = text.lower()
    for key, stems in _STEM_GROUPS:
        position = lowered.find(key)
        while position != -1:
            if not position or not lowered[position - 1].isalnum():
                for stem, ranks in stems:
                    if lowered.startswith(stem, position):
                        for rank in ranks:
                            match = _COMPILED[rank].core.match(text, position)
                            if match is not None:
                                yield rank, match
            position = lowered.find(key, position + 1)


def _candidates(text: str) -> list[_Candidate]:
    """The longest non-overlapping proposals of every family, in reading order."""
    proposals: list[tuple[int, int, int, Family, Groups]] = []
    for rank, match in _core_matches(text):
        proposal = _proposal(text, _COMPILED[rank], match)
        if proposal is not None:
            start, end, groups = proposal
            proposals.append((start, end, rank, _COMPILED[rank].family, groups))
    proposals.sort(key=lambda p: (p[0] - p[1], p[2], p[0]))
    taken: list[_Candidate] = []
    occupied = SpanMask(len(text))
    for start, end, _rank, family, groups in proposals:
        if occupied.overlaps(start, end):
            continue
        occupied.claim(start, end)
        taken.append((start, end, family, groups))
    taken.sort(key=lambda item: item[0])
    return taken


def _proposal(
    text: str, compiled: _CompiledFamily, match: re.Match[str]
) -> tuple[int, int, Groups] | None:
    """One core match grown by its family's prefix and trimmed of spaces, unless a negative
    check of its family rejects it."""
    start, end = match.span()
    if start and text[start].isalnum() and text[start - 1].isalnum():
        return None
    groups = Groups(match.groupdict())  # a group that did not match reads None either way
    family = compiled.family
    if compiled.prefix is not None and _may_have_prefix(text, start):
        before = compiled.prefix.search(text, max(0, start - 48), start)
        if before is not None and before.start() < start:
            groups.update((k, v) for k, v in before.groupdict().items() if v is not None)
            start = before.start()
    if family.name == "unit" and groups["dir"] in ("after", "before"):
        if not _next_to_the_date_given(text, groups, end):
            # "next year after the vote": "after" belongs to the phrase, not the date
            end = match.start("dir")
            groups["dir"] = None
            groups["relational"] = True
    if family.name == "unit" and _last_as_a_verb(text, start, groups):
        groups["rel"] = None
        start += 4
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if end - start < 2 or _rejected(family, groups, text, start, end):
        return None
    return start, end, groups


def _next_to_the_date_given(text: str, groups: Groups, end: int) -> bool:
    """ "The day before", "the week after" standing alone: the day or week next to the date
    the text gave last ("The vote was on March 3. He left the day before.")."""
    rel = (groups["rel"] or "").lower()
    return rel == "the" and groups["n"] is None and _STANDS_ALONE.match(text, end) is not None


def _last_as_a_verb(text: str, start: int, groups: Groups) -> bool:
    """ "is expected to last six weeks": "last" is the verb, "six weeks" how long."""
    return (groups["rel"] or "").lower() == "last" and bool(
        _LAST_AS_A_VERB.search(text, max(0, start - 10), start)
    )


def _rejected(family: Family, match: Groups, text: str, start: int, end: int) -> bool:
    """Whether one of the family's negative checks, in order, rejects the candidate."""
    if not family.checks:
        return False
    site = CandidateSite(match, text, start, end)
    for check in family.checks:
        verdict = check(site)
        if verdict is not None:
            return verdict
    return False


def _may_have_prefix(text: str, start: int) -> bool:
    """Whether the word before ``start`` could begin or continue a prefix."""
    end = start
    while end > 0 and text[end - 1] in " \t\n-,":
        end -= 1
    if end == start:
        return False
    begin = end
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "'-"):
        begin -= 1
    word = text[begin:end].lower()
    return word in _PREFIX_WORDS or word.rpartition("-")[2] in _PREFIX_WORDS or word[:1].isdigit()


@dataclass(frozen=True, slots=True)
class _CompiledFamily:
    family: Family
    prefix: re.Pattern[str] | None  # matched backwards from the core's start
    core: re.Pattern[str]


def _compiled(family: Family) -> _CompiledFamily:
    """A family's regexes. The core is compiled without its leading word boundary, which
    defeats the engine's quick skip to possible first characters (the caller checks the left
    boundary instead); a family led by stems matches them in any case. The prefix is searched
    for backwards from the core's start."""
    core = family.core[2:] if family.core.startswith("\\b") else family.core
    flags = re.IGNORECASE if isinstance(family.led_by, tuple) else 0
    # Every prefix starts a word (each of its parts opens with a word boundary): the search
    # skips every other place at once
    prefix = re.compile(rf"(?<!\w)(?=\w)(?:{family.prefix})$") if family.prefix else None
    return _CompiledFamily(family, prefix, re.compile(core, flags))


_COMPILED = tuple(_compiled(family) for family in FAMILIES)
_SCANNED_RANKS = tuple(rank for rank, f in enumerate(FAMILIES) if f.led_by == "scan")
_DIGIT_CORES = tuple(
    (rank, _COMPILED[rank].core) for rank, f in enumerate(FAMILIES) if f.led_by == "digits"
)
_DIGIT_RUN = re.compile(r"\d+")
# The families tried where a month's or a weekday's name may start, by the name's first
# three letters; one scan finds them all (a plain alternation: named groups slow it sevenfold)
_RANKS_AT_NAME = {
    name[:3].capitalize(): tuple(rank for rank, f in enumerate(FAMILIES) if f.led_by == lead)
    for lead, names in (("month", MONTHS), ("weekday", WEEKDAYS))
    for name in names
}
_NAME_LEAD = re.compile(either(sorted(_RANKS_AT_NAME)))


_StemGroup = tuple[str, tuple[tuple[str, tuple[int, ...]], ...]]


def _stem_groups() -> tuple[_StemGroup, ...]:
    """Each stem with the ranks of the families it may start, in order of rank, grouped by
    the stems' first four letters: the text is searched once for the letters that several
    stems share ("first day", "first six months"), once for a stem alone."""
    ranks: dict[str, list[int]] = {}
    for rank, family in enumerate(FAMILIES):
        if isinstance(family.led_by, tuple):
            for stem in family.led_by:
                ranks.setdefault(stem, []).append(rank)
    groups: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
    for stem, found in ranks.items():
        groups.setdefault(stem[:4], []).append((stem, tuple(found)))
    return tuple(
        (key if len(stems) > 1 else stems[0][0], tuple(stems)) for key, stems in groups.items()
    )


_STEM_GROUPS = _stem_groups()
_DAY_RANGES = frozenset(("month_day", "day_month"))  # families whose day may have a partner
_PREFIX_WORDS = (
    PREFIX_WORDS | frozenset(MONTHS) | frozenset(WEEKDAYS) | {"year\u2019s"}
)  # "January nineteen ninety-seven", "Monday, Oct. 26"


__all__ = ["PAST", "FUTURE", "RefDate", "find_time_expressions"]
