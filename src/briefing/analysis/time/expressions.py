"""Find time expressions in English news text and normalise them to TimeML values.

Two passes: every pattern family proposes spans, the longest non-overlapping ones win;
then, in reading order, each is resolved against the reference date (deictic words:
"yesterday", "last month") or the last date the text gave (anaphora: "two days later").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from briefing.analysis.lexicon.time_words import (
    MODALS,
    MONTH_PATTERN,
    MONTHS,
    WEEKDAYS,
)
from briefing.analysis.span_mask import SpanMask
from briefing.analysis.time.calendar import (
    _century,
    _decade,
    _decade_word,
    _half,
    _holiday,
    _iso,
    _month,
    _month_day,
    _month_quarter,
    _month_year,
    _numeric,
    _q_short,
    _quarter,
    _season,
    _spelled_year,
    _week_of,
    _year,
    _year_ago,
    _year_end,
)
from briefing.analysis.time.patterns import COMPILED, DIGIT_LED, DIGIT_RUN, STEMS, WORD_LED
from briefing.analysis.time.reference import FUTURE, PAST, RefDate
from briefing.analysis.time.relative import (
    _clock,
    _clock24,
    _current,
    _day_of,
    _deictic,
    _elided_last,
    _every_weekday,
    _noon,
    _nth,
    _ref,
    _set,
    _unit,
    _weekday,
)
from briefing.analysis.time.values import Context, Groups, _valid
from briefing.model import TimeExpr

# The other day of a range in one month: "April 24 and 25", "24-25", "24 and 25 April"
_DAY_AFTER = re.compile(
    r"\s*(?:-|\u2013|and\b|to\b|through\b|or\b)\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b"
    r"(?![-\u2013.,:/]?\d|\s*(?:%|percent|per\b)|\s+(?!(?:in|at|on|and|or|to|for|with|when|as|"
    r"after|before|the|this|that|while|but|from|of|is|was|will|were|are|had|has)\b)[a-z])"
)
_DAY_BEFORE = re.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|\u2013|and|or|to)\s*$")
_HEDGE_BEFORE = re.compile(r"\b(?i:about|almost|roughly|some|around|approximately)\s+$")
_DAY_SHIFT_BEFORE = re.compile(r"\b(?:(?i:the)\s+)?(?i:day)\s+(?P<dir>(?i:before|after))\s+$")
_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_BOUND_BEFORE = re.compile(r"\b(?i:nearly|at least|less than|more than|up to)\s+$")
_THE_BEFORE_A_MODIFIER = re.compile(r"(?i:the) (?=[\w']+-[\w-]+$)")
_PRE_POST = re.compile(r"\b(?i:pre|post)-$")
_COUNTED_AFTER = re.compile(
    r"\s+(?!(?:has|was|is|does|as|this|his|its|thus|plus|unless)\b)(?:[a-z]+s|year|more|other)\b"
)
_TO_THE_SAME = re.compile(r"-to-", re.IGNORECASE)
_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|last|this|next|early|mid|late|of|through|from|to|during|"
    r"before|after|end|beginning|start|and|or|between|following|each|every)\s+|mid-)$",
    re.IGNORECASE,
)
_A_NOUN_AFTER = re.compile(
    r" (?!(?:and|or|but|the|for|with|from|than|while|since|until|after|before|because|are|"
    r"was|were|will|would|has|have|had|through|into|over|under|basis)\b)(?:[a-z]{3,}|[A-Z][a-z]+)\b"
)  # a noun the word describes ("quarterly dividend"), not the next clause
_LAST_AS_A_VERB = re.compile(rf"\b(?i:to|{MODALS})\s+$")
_YEARISH_BEFORE = re.compile(r"\b(?i:the|in|of|since|during)\s+$")
_THE_BEFORE = re.compile(r"\b(?i:the)\s+$")
# A lower-case noun after "the May": the month's ("the May elections"), but not a march's
# way or a leader's government ("the march on Rome", "the May government")
_MONTH_AS_MODIFIER = re.compile(
    r"\s+(?!(?:of|on|to|in|for|from|through|toward|towards|against|past|government|"
    r"administration|cabinet|era|years|ministry|premiership|team|camp|deal|plan)\b)[a-z]{3,}\b"
)
_NOT_A_YEAR_BEFORE = re.compile(
    r"(?:[$\u00a3\u20ac\u00a5#]|\bNo\.?|\bNos\.?|\bSection|\bArticle|\bRule|\bForm|\bFlight|"
    r"\bModel|\bRoute|\bRoom|\bResolution|\bChapter|\bPage|\bpage|\bBill|\bH\.R\.|\bS\.|"
    r"\bnumber|\bto|\bof|\bversus|\bvs\.?|-|\d[,.]?)\s*$"
)
# Where "to", "of" or a comma before a number still leave it a year: "from 1991 to 1997",
# "dating back to 1994", "the first nine months of 1997", "in 1994, 1995 and 1997".
_YEAR_AFTER_ALL = re.compile(
    r"(?:\b(?:1[6-9]|20)\d\d(?:,|\s+(?:to|and|or|through))|\b(?:dat(?:ing|es|ed)|back)\s+to|"
    r"\b(?:months?|weeks?|days?|quarters?|half|end|beginning|start|middle|rest|remainder|"
    r"part|most|much|spring|summer|fall|autumn|winter|Act|class|course)\s+of)\s*$"
)
# A year names the thing after it ("the 1992 protests"); a count would be "the 1,992 ...".
_DETERMINER_BEFORE = re.compile(r"\b(?i:the|its|his|her|their|that|this)\s+$")
_PLURAL_AFTER = re.compile(r"\s+(?!(?:elections|olympics|games|levels|talks|figures)\b)[a-z]+s\b")
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'\u201d]?\s+|\n\s*|[\"\u201c`]\s*)$")
_CAPITALISED_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z]*|\w['\u2019]s)\s+$")
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Avenue|Ave\.|Street|St\.|Road|Rd\.|Boulevard|Blvd\.|"
    r"Drive|Lane|Place|Plaza|Square|Court|Parkway|Highway)(?!\w)"
)
_NAME_AFTER = re.compile(r" [A-Z][a-z]")
# "today's youth", "the people of tomorrow": the present or the future in general, no day
_GENERIC_DAY_AFTER = re.compile(
    r"['\u2019]s\s+(?:world|youth|society|generation|children|kids|young|economy|culture|"
    r"standards|terms|dollars|prices|technology|families|workers|students|consumers|"
    r"personal|modern|global|fast-paced)\b",
    re.IGNORECASE,
)
_GENERIC_DAY_BEFORE = re.compile(r"\bthe\s+[a-z]+\s+of\s+$")
_OF_THE = re.compile(r"\s+of\s+the\b", re.IGNORECASE)  # "the last half of the '80s"
_DEGREES = re.compile(r"\b(?:low|high|upper|lower|temperatures?|degrees)\s+(?:the\s+)?$")
_OF_A_MONTH = re.compile(r"\s+of\s+" + MONTH_PATTERN)
_BEFORE_A_DAY = re.compile(
    r"\b(?:on|by|until|till|since|from|before|after|and|or|to|through)\s+$", re.IGNORECASE
)
_PROGRAMME_AFTER = re.compile(r"\s+(?:programme|program|show|newspaper)\b")
_NEXT_WORD = re.compile(r"\s+([A-Z][\w.]*)")
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_CAPITALISED_STARTERS = frozenset(
    "The A An In On At By For From Since Until Last This Next Early Late Mid And But Or "
    "As After Before During Through Between To Of Until Till Around About By That Its His Her "
    "Their This".split()
)


def find_time_expressions(text: str, reference: RefDate | None = None) -> list[TimeExpr]:
    """Every DATE, TIME, DURATION and SET expression of ``text``, in reading order."""
    ref = reference or RefDate()
    candidates = _candidates(text)
    ctx = Context(text, ref)
    found: list[TimeExpr] = []
    taken_until = 0
    for start, end, name, groups in candidates:
        if start < taken_until:
            continue  # inside the other day of a range already found
        resolved = _RESOLVERS[name](groups, ctx, start, end)
        if resolved is None:
            continue
        kind, value, mod = resolved
        start, end = _trimmed_span(text, start, end, name)
        expr = TimeExpr(start, end, text[start:end], kind, value, mod)
        partner = _other_day(text, expr) if name in ("month_day", "day_month") else None
        if partner is None and (shifted := _day_before_or_after(text, expr)) is not None:
            while found and found[-1].end > shifted.start:
                found.pop()  # "the day" of "the day before Tuesday" is this expression's
            expr = shifted
        if partner is not None and partner.start < start:
            if not found or found[-1].end <= partner.start:  # "the 26th and 28th of October"
                found.append(partner)
        found.append(expr)
        if partner is not None and partner.start > start:
            found.append(partner)
            taken_until = partner.end
    return found


def _trimmed_span(text: str, start: int, end: int, name: str) -> tuple[int, int]:
    """The span TimeML gives an expression: with the bound of an amount ("nearly four years
    ago", "at least 72 hours"), without a possessive ("Sunday's" is Sunday),
    without "in" before "the past" or "the future" and "over" before "the past four months",
    and without "the" before a hyphened modifier ("the third-quarter results": "the" is the
    results')."""
    if text[end - 2 : end] in ("'s", "\u2019s"):
        end -= 2
    if name == "unit" and (bound := _BOUND_BEFORE.search(text, max(0, start - 12), start)):
        return bound.start(), end  # "nearly four years ago", "at least 72 hours"
    if name == "unit" and text[end - 4 : end] == " ago":
        if hedge := _HEDGE_BEFORE.search(text, max(0, start - 15), start):
            return hedge.start(), end  # "almost two years ago"; but "about two hours" long
    if name == "ref" and text[start : start + 4].lower() == "the " and text[end - 2 : end] == "ly":
        return start + 4, end  # "the recently passed law": "the" is the law's
    if name == "ref" and text[start : start + 7].lower() in ("in the ", "at a la", "at a fu"):
        start += 3  # "in the past" is "the past", "at a later date" "a later date"
    elif text[start : start + 9].lower() == "over the ":
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
    if not valid or not _valid(year, int(expr.value[5:7]), other):
        return None
    value = f"{expr.value[:8]}{other:02d}"
    return TimeExpr(start, end, text[start:end], "DATE", value, None)


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
            if at_digits is None and position and text[position - 1] in "'\u2019":
                at_digits = COMPILED[rank][2].match(text, position - 1)  # "the '80s"
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
        if name == "unit" and groups["dir"] in ("after", "before"):
            # "next year after the vote": "after" belongs to the phrase, not the date
            end = match.start("dir")
            groups["dir"] = None
            groups["relational"] = True
        prefix = COMPILED[rank][1]
        if prefix is not None and _may_have_prefix(text, start):
            before = prefix.search(text, max(0, start - 48), start)
            if before is not None and before.start() < start:
                for key, value in before.groupdict().items():
                    if value is not None:
                        groups[key] = value
                start = before.start()
        if (
            name == "unit"
            and (groups["rel"] or "").lower() == "last"
            and _LAST_AS_A_VERB.search(text, max(0, start - 10), start)
        ):  # "is expected to last six weeks": "last" is the verb, "six weeks" how long
            groups["rel"] = None
            start += 4
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end - start < 2 or _rejected(name, groups, text, start, end):
            continue
        proposals.append((start, end, rank, name, groups))
    proposals.sort(key=lambda p: (p[0] - p[1], p[2], p[0]))
    taken: list[tuple[int, int, str, Groups]] = []
    occupied = SpanMask(len(text))
    for start, end, _rank, name, groups in proposals:
        if occupied.overlaps(start, end):
            continue
        occupied.claim(start, end)
        taken.append((start, end, name, groups))
    taken.sort(key=lambda item: item[0])
    return taken


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


_RANK = {name: rank for rank, (name, _prefix, _core) in enumerate(COMPILED)}
_DIGIT_RANKS = tuple(_RANK[name] for name in sorted(DIGIT_LED, key=_RANK.__getitem__))
_STEM_RANKS = tuple((stem, tuple(_RANK[name] for name in names)) for stem, names in STEMS.items())
_PREFIX_WORDS = (
    frozenset(
        "the that end beginning start middle close of early mid late last this next earlier later "
        "fiscal fy calendar year past coming recent previous current following same prior over "
        "another full morning afternoon evening night near then year's corresponding comparable "
        "first second third fourth latest year-earlier year-ago every each other 1st 2nd 3rd 4th "
        "a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty several few "
        "dozen couple many some half".split()
    )
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | {"year\u2019s"}
)  # "January nineteen ninety-seven", "Monday, Oct. 26"


# A negative check looks at one candidate and says it is no time expression (True), that it
# surely is one (False), or nothing (None: the next check of its family decides).
Verdict = bool | None


@dataclass(frozen=True, slots=True)
class _Site:
    """A candidate as its checks see it: its family's groups, the text, its span."""

    match: Groups
    text: str
    start: int
    end: int

    @property
    def before(self) -> str:
        return self.text[max(0, self.start - 20) : self.start]


def _month_not_a_date(site: _Site) -> Verdict:
    """ "Jan" alone is a first name; "May", "March" need a context ("in May", "the May
    elections"); "June Carter" is a person."""
    match, text, end, before = site.match, site.text, site.end, site.before
    token = match["month"]
    if token == "Jan":
        return True
    if token in ("May", "March", "Mar.") and not match["rel"] and not match["mod"]:
        if _THE_BEFORE.search(before) and _MONTH_AS_MODIFIER.match(text, end):
            return False
        return not _MONTH_CONTEXT.search(before)
    after = text[end : end + 2]
    return (
        token in ("May", "March", "April", "June", "August")
        and after[:1] == " "
        and (after[1:2].isupper() and not _MONTH_CONTEXT.search(before))
    )


def _year_not_a_year(site: _Site) -> Verdict:
    """ "fiscal 1988", "mid-1990" are years; "No. 1988", "Boeing 1990s", "1600 Pennsylvania
    Avenue" and "1990 votes" are not."""
    match, text, end, before = site.match, site.text, site.end, site.before
    if match["fiscal"] or match["mod"] or _PRE_POST.search(before):
        return False
    if _NOT_A_YEAR_BEFORE.search(before) and not _YEAR_AFTER_ALL.search(before):
        return True
    word = _WORD_BEFORE.search(before)
    if word and word.group(1) not in _CAPITALISED_STARTERS and word.group(1).lower() not in MONTHS:
        return True
    if _STREET_AFTER.match(text, end):
        return True
    return bool(_PLURAL_AFTER.match(text, end)) and not _DETERMINER_BEFORE.search(before)


def _clock_repeated_or_a_year(site: _Site) -> Verdict:
    """ "10:35 a.m. (0735 GMT)": the same time again; "in 1945 GMT...": a year."""
    before = site.before
    if before.endswith("(") or (site.match["h4"] and _YEARISH_BEFORE.search(before)):
        return True
    return None


def _set_as_a_kind(site: _Site) -> Verdict:
    """ "its quarterly dividend": the dividend's kind; "the daily Granma": a newspaper."""
    if not _A_NOUN_AFTER.match(site.text, site.end):
        return None
    word = site.match["adv"].lower()
    if word == "quarterly" or (
        word == "daily" and site.text[site.end + 1 : site.end + 2].isupper()
    ):
        return True
    return None


def _spelled_count(site: _Site) -> Verdict:
    """ "two thousand years", "nineteen twenty people": a count."""
    return True if _COUNTED_AFTER.match(site.text, site.end) else None


def _to_the_same(site: _Site) -> Verdict:
    """ "the quarter-to-quarter comparison", "year-to-year": a comparison, not a time."""
    return True if _TO_THE_SAME.match(site.text, site.end) else None


def _century_company(site: _Site) -> Verdict:
    """ "21st Century Fox": a company."""
    text = site.text
    if _NAME_AFTER.match(text, site.end) and "Century" in text[site.start : site.end]:
        return True
    return None


def _season_without_anchor(site: _Site) -> Verdict:
    """A season counts only with "last", "this"... or a year ("summer" alone is general)."""
    return not (site.match["rel"] or site.match["y"])


def _half_not_the_years(site: _Site) -> Verdict:
    """ "the second half of September" is the month's; "the last two quarters" are the latest
    two unless "of 1990" follows; "the first three months" is a span unless a year follows."""
    match, text, end = site.match, site.text, site.end
    if match["pair"]:
        return match["pair"].lower() == "last" and not (match["y"] or match["ry"])
    if match["span"]:
        return not (match["y"] or match["ry"])
    return not match["h"] or bool(_OF_A_MONTH.match(text, end) or _OF_THE.match(text, end))


def _decade_word_an_age(site: _Site) -> Verdict:
    """ "the sixties" is a decade; "in his sixties" an age, "the low sixties" degrees."""
    text = site.text[site.start : site.end].lower()
    return not text.startswith("the") or bool(_DEGREES.search(site.before))


def _ordinal_not_a_day(site: _Site) -> Verdict:
    """ "Hartson (12th, 56th minutes)": a bare ordinal counts; "the 11th Circuit": a name;
    "the 4th of July", "on the 12th" are days."""
    text, end = site.text, site.end
    if not text[site.start : end].lower().startswith("the") and not _BEFORE_A_DAY.search(
        site.before
    ):
        return True
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    return following.group(1).rstrip(".").lower() not in _CALENDAR_WORDS


def _quarter_without_anchor(site: _Site) -> Verdict:
    """ "the quarter", "the fourth quarter" are; "a quarter of the shares" is not; "the
    period" only as "the year-earlier period", "that period", "the same period"..."""
    match = site.match
    if match["word"].lower() == "period":
        allowed = ("year-earlier", "year-ago", "latest", "same", "corresponding", "comparable")
        return not (match["py"] or match["that"] or match["ago"] or match["rel"] in allowed)
    return not (
        match["q"]
        or match["rel"]
        or match["that"]
        or match["ry"]
        or site.text[site.start : site.start + 3].lower() == "the"
    )


def _vague_count(site: _Site) -> Verdict:
    """ "some years", "many months": no amount of time to resolve."""
    return True if (site.match["n"] or "").lower() in ("some", "many") else None


def _generic_day(site: _Site) -> Verdict:
    """ "today's teenagers", "the world of tomorrow": the present and future in general."""
    if site.match["word"].lower() not in ("today", "tomorrow"):
        return None
    if _GENERIC_DAY_AFTER.match(site.text, site.end) or _GENERIC_DAY_BEFORE.search(site.before):
        return True
    return None


def _title_word(site: _Site) -> Verdict:
    """ "USA Today", ABC's "This Week": a capitalised time word inside a name."""
    return True if _in_a_title(site.match, site.text, site.start, site.end) else None


def _high_noon(site: _Site) -> Verdict:
    """ "High Noon", "high noon comes today": the idiom."""
    return True if site.before.lower().endswith("high ") else None


# Each family's negative checks, in order: the first that decides, decides.
NEGATIVE_CHECKS: dict[str, tuple[Callable[[_Site], Verdict], ...]] = {
    "month": (_month_not_a_date,),
    "year": (_year_not_a_year,),
    "clock24": (_clock_repeated_or_a_year,),
    "set": (_set_as_a_kind,),
    "spelled_year": (_spelled_count,),
    "quarter": (_to_the_same, _quarter_without_anchor),
    "unit": (_to_the_same, _vague_count, _title_word),
    "century": (_century_company,),
    "season": (_season_without_anchor,),
    "half": (_half_not_the_years,),
    "decade_word": (_decade_word_an_age,),
    "nth": (_ordinal_not_a_day,),
    "deictic": (_generic_day, _title_word),
    "noon": (_high_noon,),
}


def _rejected(name: str, match: Groups, text: str, start: int, end: int) -> bool:
    """Cheap checks that keep numbers, names and verbs from becoming dates."""
    checks = NEGATIVE_CHECKS.get(name)
    if not checks:
        return False
    site = _Site(match, text, start, end)
    for check in checks:
        verdict = check(site)
        if verdict is not None:
            return verdict
    return False


def _in_a_title(match: Groups, text: str, start: int, end: int) -> bool:
    """A capitalised time word inside a name: "USA Today", ABC's "This Week"."""
    if match["unit"] is not None:  # prose writes "this week"; a title "This Week"
        return match["unit"].istitle()
    word = match["word"] or ""
    if not word.istitle():
        return False
    if _PROGRAMME_AFTER.match(text, end):
        return True  # "the Today programme"
    if _SENTENCE_START.search(text, max(0, start - 4), start):
        return False
    return bool(_CAPITALISED_BEFORE.search(text, max(0, start - 30), start))


# ---------------------------------------------------------------- value formatting


# ---------------------------------------------------------------- resolvers


_RESOLVERS = {
    "iso": _iso,
    "numeric": _numeric,
    "month_day": _month_day,
    "day_month": _month_day,
    "month_year": _month_year,
    "month": _month,
    "year": _year,
    "decade": _decade,
    "decade_word": _decade_word,
    "century": _century,
    "quarter": _quarter,
    "month_quarter": _month_quarter,
    "q_short": _q_short,
    "half": _half,
    "season": _season,
    "deictic": _deictic,
    "weekday": _weekday,
    "unit": _unit,
    "year_ago": _year_ago,
    "week_of": _week_of,
    "year_end": _year_end,
    "nth": _nth,
    "clock": _clock,
    "clock24": _clock24,
    "noon": _noon,
    "ref": _ref,
    "current": _current,
    "set": _set,
    "day_of": _day_of,
    "elided_last": _elided_last,
    "every_weekday": _every_weekday,
    "holiday": _holiday,
    "spelled_year": _spelled_year,
}

__all__ = ["PAST", "FUTURE", "RefDate", "find_time_expressions"]
