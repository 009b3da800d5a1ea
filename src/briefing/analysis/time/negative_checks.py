"""The negative checks of the time families: each keeps numbers, names and verbs from
becoming dates, says why in its docstring, and has examples of what it rejects.

A check returns True (no time expression), False (surely one) or None (the next check of the
family decides). ``REJECTS`` holds each check's examples: (sentence, the span it keeps from
being found); they run as tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.time_checks import (
    A_NOUN_AFTER_WORDS,
    ANCHORED_PERIODS,
    BEFORE_A_DAY_WORDS,
    CAPITALISED_STARTERS,
    COUNTED_AFTER_WORDS,
    COUNTED_NOUNS,
    DEGREES_WORDS,
    DETERMINER_BEFORE_WORDS,
    GENERIC_DAY_AFTER_WORDS,
    MONTH_AS_MODIFIER_WORDS,
    MONTH_CONTEXT_WORDS,
    MONTHS_AS_FIRST_NAMES,
    MONTHS_NEEDING_CONTEXT,
    PLURAL_AFTER_WORDS,
    PROGRAMME_AFTER_WORDS,
    STREET_AFTER_WORDS,
    YEAR_AFTER_ALL_WORDS,
    YEAR_EVIDENCE_BEFORE_WORDS,
    YEARISH_BEFORE_WORDS,
)
from briefing.analysis.lexicon.time_words import MONTH_PATTERN, MONTHS, WEEKDAYS
from briefing.analysis.time.family import Verdict
from briefing.analysis.time.values import Groups

_PRE_POST = re.compile(r"\b(?i:pre|post)-$")
_COUNTED_AFTER = re.compile(
    rf"\s+(?!(?:{either(COUNTED_AFTER_WORDS)})\b)(?:[a-z]+s|{either(COUNTED_NOUNS)})\b"
)
_TO_THE_SAME = re.compile(r"-to-", re.IGNORECASE)
_MONTH_CONTEXT = re.compile(
    rf"(?:\b(?:{either(MONTH_CONTEXT_WORDS)})\s+|mid-)$",
    re.IGNORECASE,
)
_A_NOUN_AFTER = re.compile(
    rf" (?!(?:{either(A_NOUN_AFTER_WORDS)})\b)(?:[a-z]{{3,}}|[A-Z][a-z]+)\b"
)  # a noun the word describes ("quarterly dividend"), not the next clause
_YEARISH_BEFORE = re.compile(rf"\b(?i:{either(YEARISH_BEFORE_WORDS)})\s+$")
_THE_BEFORE = re.compile(r"\b(?i:the)\s+$")
# A lower-case noun after "the May": the month's ("the May elections"), but not a march's
# way or a leader's government ("the march on Rome", "the May government")
_MONTH_AS_MODIFIER = re.compile(rf"\s+(?!(?:{either(MONTH_AS_MODIFIER_WORDS)})\b)[a-z]{{3,}}\b")
_NOT_A_YEAR_BEFORE = re.compile(
    r"(?:[$\u00a3\u20ac\u00a5#]|\bNo\.?|\bNos\.?|\bSection|\bArticle|\bRule|\bForm|\bFlight|"
    r"\bModel|\bRoute|\bRoom|\bResolution|\bChapter|\bPage|\bpage|\bBill|\bH\.R\.|\bS\.|"
    r"\bnumber|\bto|\bof|\bversus|\bvs\.?|-|\d[,.]?)\s*$"
)
# Where "to", "of" or a comma before a number still leave it a year: "from 1991 to 1997",
# "dating back to 1994", "the first nine months of 1997", "in 1994, 1995 and 1997".
_YEAR_AFTER_ALL = re.compile(
    rf"(?:\b(?:1[6-9]|20)\d\d(?:,|\s+(?:to|and|or|through))|\b(?:dat(?:ing|es|"
    rf"ed)|back)\s+to|\b(?:{either(YEAR_AFTER_ALL_WORDS)})\s+of)\s*$"
)
# A year names the thing after it ("the 1992 protests"); a count would be "the 1,992 ...".
_DETERMINER_BEFORE = re.compile(rf"\b(?i:{either(DETERMINER_BEFORE_WORDS)})\s+$")
_PLURAL_AFTER = re.compile(rf"\s+(?!(?:{either(PLURAL_AFTER_WORDS)})\b)[a-z]+s\b")
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'\u201d]?\s+|\n\s*|[\"\u201c`]\s*)$")
_CAPITALISED_BEFORE = re.compile(r"(?:\b[A-Z][A-Za-z]*|\w['\u2019]s)\s+$")
_STREET_AFTER = re.compile(rf"\s+(?:[A-Z][a-z]+\s+){{1,3}}(?:{either(STREET_AFTER_WORDS)})(?!\w)")
_NAME_AFTER = re.compile(r" [A-Z][a-z]")
# "today's youth", "the people of tomorrow": the present or the future in general, no day
_GENERIC_DAY_AFTER = re.compile(
    rf"['\u2019]s\s+(?:{either(GENERIC_DAY_AFTER_WORDS)})\b",
    re.IGNORECASE,
)
_GENERIC_DAY_BEFORE = re.compile(r"\bthe\s+[a-z]+\s+of\s+$")
_OF_THE = re.compile(r"\s+of\s+the\b", re.IGNORECASE)  # "the last half of the '80s"
_DEGREES = re.compile(rf"\b(?:{either(DEGREES_WORDS)})\s+(?:the\s+)?$")
_OF_A_MONTH = re.compile(r"\s+of\s+" + MONTH_PATTERN)
_BEFORE_A_DAY = re.compile(rf"\b(?:{either(BEFORE_A_DAY_WORDS)})\s+$", re.IGNORECASE)
_PROGRAMME_AFTER = re.compile(rf"\s+(?:{either(PROGRAMME_AFTER_WORDS)})\b")
_NEXT_WORD = re.compile(r"\s+([A-Z][\w.]*)")
_YEAR_EVIDENCE_BEFORE = re.compile(
    rf"(?:\b(?i:{either(YEAR_EVIDENCE_BEFORE_WORDS)})|{MONTH_PATTERN}\.?|\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|[(\u2013\u2014/-]|['\u2019]s|,)\s*$"
)
# After a number, what says it is a year: a possessive, a verb it is the subject of, another
# year it is listed or ranged with, a bracket, "1998-99", or a word it names the year of: a
# singular noun or a name ("2016 campaign", "2016 GOP"), where a count takes a plural
# ("1998 cars", "2010 points").
_YEAR_EVIDENCE_AFTER = re.compile(
    r"(?:['\u2019]s\b|\)|[-\u2013/]\d\d\b|,|\.|\s+(?i:was|were|is|has|had|saw|marked|brought|"
    r"will|would|began|ended|proved|to be)\b|\s+(?:and|or|to|through|until|till)\s+"
    r"(?:1[6-9]|20)\d\d\b|\s+(?!(?:people|men|women|children|staff|police|head|"
    r"personnel|cattle|sheep|feet|to|and|or|of|in|on|at|by|for|with|from|than|as|per|"
    r"against|over|under|into)\b)(?:[A-Z][\w-]*|[a-z]+[^s\W]|[a-z]+ss)\b"
    rf"|\s+(?:{either(PLURAL_AFTER_WORDS)})\b)"
)
_TO_A_NUMBER = re.compile(r"\s+(?:to|-)\s+\d")  # "1998 to 1200": a score, a range of counts
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


@dataclass(frozen=True, slots=True)
class CandidateSite:
    """A candidate as its checks see it: its family's groups, the text, its span."""

    match: Groups
    text: str
    start: int
    end: int

    @property
    def before(self) -> str:
        return self.text[max(0, self.start - 20) : self.start]


def month_not_a_date(site: CandidateSite) -> Verdict:
    """ "Jan" alone is a first name; "May", "March" need a context ("in May", "the May
    elections"); "June Carter" is a person."""
    match, text, end, before = site.match, site.text, site.end, site.before
    token = match["month"]
    if token == "Jan":
        return True
    if token in MONTHS_NEEDING_CONTEXT and not match["rel"] and not match["mod"]:
        if _THE_BEFORE.search(before) and _MONTH_AS_MODIFIER.match(text, end):
            return False
        return not _MONTH_CONTEXT.search(before)
    after = text[end : end + 2]
    return (
        token in MONTHS_AS_FIRST_NAMES
        and after[:1] == " "
        and (after[1:2].isupper() and not _MONTH_CONTEXT.search(before))
    )


def year_not_a_year(site: CandidateSite) -> Verdict:
    """ "fiscal 1988", "mid-1990" are years; "No. 1988", "Boeing 1990s", "1600 Pennsylvania
    Avenue" and "1990 votes" are not."""
    match, text, end, before = site.match, site.text, site.end, site.before
    if match["fiscal"] or match["mod"] or _PRE_POST.search(before):
        return False
    if _NOT_A_YEAR_BEFORE.search(before) and not _YEAR_AFTER_ALL.search(before):
        return True
    word = _WORD_BEFORE.search(before)
    if word and word.group(1) not in CAPITALISED_STARTERS and word.group(1).lower() not in MONTHS:
        return True
    if _STREET_AFTER.match(text, end):
        return True
    return bool(_PLURAL_AFTER.match(text, end)) and not _DETERMINER_BEFORE.search(before)


def year_without_evidence(site: CandidateSite) -> Verdict:
    """A four-digit number is a year only with evidence: before it a preposition of time, a
    month, a day, a determiner or a list ("in 1998", "May 1998", "his failed 1996 bid",
    "1997 and 1998"); after it a possessive, a verb, a bracket, another year, or the singular
    noun or name it dates ("2004's", "1998 was", "(1998)", "2016 campaign"). "sold 1998
    cars", "scored 2010 points" and "was 1998 to 1200" have none."""
    match, text, start, end = site.match, site.text, site.start, site.end
    before = text[max(0, start - 24) : start]
    if match["fiscal"] or match["mod"] or _YEAR_EVIDENCE_BEFORE.search(before):
        return None
    if _TO_A_NUMBER.match(text, end):
        return True
    return None if _YEAR_EVIDENCE_AFTER.match(text, end) else True


def clock_repeated_or_a_year(site: CandidateSite) -> Verdict:
    """ "10:35 a.m. (0735 GMT)": the same time again; "in 1945 GMT...": a year."""
    before = site.before
    if before.endswith("(") or (site.match["h4"] and _YEARISH_BEFORE.search(before)):
        return True
    return None


def set_as_a_kind(site: CandidateSite) -> Verdict:
    """ "its quarterly dividend": the dividend's kind; "the daily Granma": a newspaper."""
    if not _A_NOUN_AFTER.match(site.text, site.end):
        return None
    word = site.match["adv"].lower()
    if word == "quarterly" or (
        word == "daily" and site.text[site.end + 1 : site.end + 2].isupper()
    ):
        return True
    return None


def spelled_count(site: CandidateSite) -> Verdict:
    """ "two thousand years", "nineteen twenty people": a count."""
    return True if _COUNTED_AFTER.match(site.text, site.end) else None


def to_the_same(site: CandidateSite) -> Verdict:
    """ "the quarter-to-quarter comparison", "year-to-year": a comparison, not a time."""
    return True if _TO_THE_SAME.match(site.text, site.end) else None


def century_company(site: CandidateSite) -> Verdict:
    """ "21st Century Fox": a company."""
    text = site.text
    if _NAME_AFTER.match(text, site.end) and "Century" in text[site.start : site.end]:
        return True
    return None


def season_without_anchor(site: CandidateSite) -> Verdict:
    """A season counts only with "last", "this"... or a year ("summer" alone is general)."""
    return not (site.match["rel"] or site.match["y"])


def half_not_the_years(site: CandidateSite) -> Verdict:
    """ "the second half of September" is the month's; "the last two quarters" are the latest
    two unless "of 1990" follows; "the first three months" is a span unless a year follows."""
    match, text, end = site.match, site.text, site.end
    if match["pair"]:
        return match["pair"].lower() == "last" and not (match["y"] or match["ry"])
    if match["span"]:
        return not (match["y"] or match["ry"])
    return not match["h"] or bool(_OF_A_MONTH.match(text, end) or _OF_THE.match(text, end))


def decade_word_an_age(site: CandidateSite) -> Verdict:
    """ "the sixties" is a decade; "in his sixties" an age, "the low sixties" degrees."""
    text = site.text[site.start : site.end].lower()
    return not text.startswith("the") or bool(_DEGREES.search(site.before))


def ordinal_not_a_day(site: CandidateSite) -> Verdict:
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


def quarter_without_anchor(site: CandidateSite) -> Verdict:
    """ "the quarter", "the fourth quarter" are; "a quarter of the shares" is not; "the
    period" only as "the year-earlier period", "that period", "the same period"..."""
    match = site.match
    if match["word"].lower() == "period":
        allowed = ANCHORED_PERIODS
        return not (match["py"] or match["that"] or match["ago"] or match["rel"] in allowed)
    return not (
        match["q"]
        or match["rel"]
        or match["that"]
        or match["ry"]
        or site.text[site.start : site.start + 3].lower() == "the"
    )


def vague_count(site: CandidateSite) -> Verdict:
    """ "some years", "many months": no amount of time to resolve."""
    return True if (site.match["n"] or "").lower() in ("some", "many") else None


def generic_day(site: CandidateSite) -> Verdict:
    """ "today's teenagers", "the world of tomorrow": the present and future in general."""
    if site.match["word"].lower() not in ("today", "tomorrow"):
        return None
    if _GENERIC_DAY_AFTER.match(site.text, site.end) or _GENERIC_DAY_BEFORE.search(site.before):
        return True
    return None


def title_word(site: CandidateSite) -> Verdict:
    """ "USA Today", ABC's "This Week": a capitalised time word inside a name."""
    return True if _in_a_title(site.match, site.text, site.start, site.end) else None


def high_noon(site: CandidateSite) -> Verdict:
    """ "High Noon", "high noon comes today": the idiom."""
    return True if site.before.lower().endswith("high ") else None


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


# What each check keeps from being found: (sentence, span)
REJECTS: dict[Callable[[CandidateSite], Verdict], tuple[tuple[str, str], ...]] = {
    month_not_a_date: (("May Chen spoke for the union.", "May"),),
    year_without_evidence: (
        ("The motion passed 1998 to 1200.", "1998"),
        ("The plant employs 2010 people.", "2010"),
        ("She scored 2010 points in her career.", "2010"),
    ),
    year_not_a_year: (
        ("He lives at 1600 Pennsylvania Avenue.", "1600"),
        ("Flight 1549 landed safely.", "1549"),
    ),
    clock_repeated_or_a_year: (("It began at 10:35 a.m. (0735 GMT).", "0735 GMT"),),
    set_as_a_kind: (("He pays a quarterly dividend.", "quarterly"),),
    spelled_count: (("It took two thousand years.", "two thousand"),),
    to_the_same: (("The quarter-to-quarter change was small.", "quarter"),),
    century_company: (("He works at 21st Century Fox.", "21st Century"),),
    season_without_anchor: (("Summer is hot.", "Summer"),),
    half_not_the_years: (
        ("Half of the voters stayed home.", "Half"),
        ("Rain fell in the second half of September.", "the second half"),
    ),
    decade_word_an_age: (("She is in her sixties.", "sixties"),),
    ordinal_not_a_day: (("The 11th Circuit ruled.", "The 11th"),),
    quarter_without_anchor: (("A quarter of the staff left.", "quarter"),),
    vague_count: (("Some years passed.", "Some years"),),
    generic_day: (("Today's youth vote less.", "Today"),),
    title_word: (("She reads USA Today on the train.", "Today"),),
    high_noon: (("It was high noon.", "noon"),),
}
