"""Events: dated sentences, ordered into one timeline for the corpus."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Protocol

from briefing.analysis.lexicon.time_context import SKIPPED_KINDS
from briefing.analysis.time.expressions import find_time_expressions
from briefing.analysis.time.reference import RefDate
from briefing.model import Article, Event, TimeExpr

_VALUE = re.compile(
    r"^(?P<year>\d{4}|XXXX|\d{3}|\d{2})"
    r"(?:-(?P<part>\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI|W\d{2}|XX))?"
    r"(?:-(?P<day>\d{2}|WE|XX))?"
    r"(?:T(?P<time>\d{2}:\d{2}|MO|AF|EV|NI))?$"
)
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_TIME_OF_DAY = {"MO": "08:00", "AF": "14:00", "EV": "19:00", "NI": "22:00"}
BACKGROUND_YEARS = 10  # a date ending over a decade before its article's is history
CENTURY_YEARS = 100
_MOD_ORDER = {"START": 0.0, "MID": 0.5, None: 0.0, "END": 1.0}


class Dated(Protocol):
    """What ordering a corpus's events reads of each article: its dates."""

    @property
    def date(self) -> str | None: ...
    @property
    def date_basis(self) -> str | None: ...
    @property
    def date_reference(self) -> str | None: ...


def fits_timeline(timex: TimeExpr) -> bool:
    """A DATE or TIME that names a point on the calendar (not a vague or unknown one); a year
    counted from an article's unknown one ("last year") is placed against it."""
    if timex.type not in ("DATE", "TIME"):
        return False
    match = _VALUE.match(timex.value)
    if match is None:
        return False
    unplaced = timex.year_offset is None and not timex.mod  # "this year" of no known year
    if match.group("year") == "XXXX" and not match.group("part") and unplaced:
        return False
    return match.group("part") not in ("XX",) and "WXX" not in timex.value


def counts_from_reference(timex: TimeExpr) -> bool:
    """Whether a time expression's value was counted from the article's date ("last year",
    "on Tuesday") rather than written out in full ("June 2, 2014")."""
    return _value_alone(timex.text) != timex.value


@lru_cache(maxsize=4096)  # a corpus writes "last year" and "on Monday" thousands of times
def _value_alone(text: str) -> str | None:
    """The value of a time expression's text read with no date to count from."""
    alone = find_time_expressions(text, RefDate())
    return alone[0].value if alone else None


def _year_counted(timex: TimeExpr) -> bool:
    """A year counted from an inferred article date (a value without one already says so)."""
    return not timex.value.startswith("XXXX") and counts_from_reference(timex)


def find_events(article: Article) -> list[Event]:
    """One event per sentence that carries a date fit for the timeline (its first one)."""
    events: list[Event] = []
    timexes = [t for t in article.timexes if fits_timeline(t)]
    guessed = article.date_basis == "inferred"
    position = 0
    quote_starts = sorted(q.start for q in article.quotes)
    for sentence in article.sentences:
        if article.paragraphs[sentence.paragraph].kind in SKIPPED_KINDS:
            continue
        while position < len(timexes) and timexes[position].start < sentence.start:
            position += 1
        if position >= len(timexes) or timexes[position].start >= sentence.end:
            continue
        timex = timexes[position]
        paragraph = article.paragraphs[sentence.paragraph]
        entities = sorted(
            {m.entity for m in article.mentions_in(sentence.start, sentence.end) if m.entity}
        )
        events.append(
            Event(
                id=f"{article.id}:e{len(events) + 1}",
                article=article.id,
                date=timex.value,
                timex=(timex.start, timex.end),
                sentence=(sentence.start, sentence.end),
                text=article.body[sentence.start : sentence.end],
                topics=paragraph.topics,
                entities=tuple(entities),
                sources=(article.id,),
                mod=timex.mod,
                inferred=guessed and _year_counted(timex),
                year_offset=timex.year_offset,
                quoted=bisect_left(quote_starts, sentence.end)
                - bisect_left(quote_starts, sentence.start),
            )
        )
    return events


# Where years of an article whose own year is unknown sort, in their order: before every
# known year, or after them (``unknown_last``: in a corpus of dated news)
_UNKNOWN_YEARS = 1e9


def sort_key(
    value: str,
    mod: str | None = None,
    year_guess: int | None = None,
    year_offset: int = 0,
    unknown_last: bool = False,
) -> tuple:
    """Chronological key of a TimeML value; a year not known sorts as ``year_guess`` plus
    ``year_offset`` (with no guess, before every known year or, ``unknown_last``, after
    them; still in order)."""
    match = _VALUE.match(value)
    if match is None:
        return (float("inf"), 0.0, 0.0, "")
    raw_year = match.group("year")
    if raw_year == "XXXX":
        unknown = _UNKNOWN_YEARS if unknown_last else -_UNKNOWN_YEARS
        base = float(year_guess) if year_guess is not None else unknown
        year = base + year_offset
    elif len(raw_year) == 4:
        year = float(raw_year)
    else:
        year = float(raw_year.ljust(4, "0"))
    part = match.group("part") or ""
    day_raw = match.group("day") or ""
    shift = _MOD_ORDER.get(mod, 0.0)
    if not part:
        return (year, shift * 13, 0.0, "")
    if part.isdigit():
        month = float(part)
    elif part[0] == "Q":
        month = 3.0 * (int(part[1]) - 1) + 1
    elif part[0] == "H":
        month = 1.0 if part == "H1" else 7.0
    elif part in _SEASON_MONTH:
        month = float(_SEASON_MONTH[part])
    else:  # an ISO week
        month = (int(part[1:]) - 1) / 4.35 + 1
    if not day_raw.isdigit():
        return (year, month, shift * 32, "")
    time = match.group("time") or ""
    return (year, month, float(day_raw), _TIME_OF_DAY.get(time, time))


def event_year(value: str) -> tuple[int, int] | None:
    """The first and last year a value covers ("1990s": 1990 to 1999; "18th c.": 1700 to
    1799), None when its year is unknown."""
    match = _VALUE.match(value)
    if match is None or not match.group("year").isdigit():
        return None
    raw = match.group("year")
    scale = 10 ** (4 - len(raw))
    return int(raw) * scale, int(raw) * scale + scale - 1


def news_year(articles: Sequence[Dated], events: Iterable[Event]) -> int | None:
    """The year a corpus's news is about, for articles without a known year of their own: the
    median of its articles' stated years (not ones inferred from a date in the text: a
    profile's "born 5 April 1920"), else of its events' years."""
    years = sorted(
        int(stated[:4])
        for article in articles
        if article.date_basis != "inferred" and (stated := article.date or "")[:4].isdigit()
    )
    if not years:
        years = sorted(
            span[0] for e in events if (span := event_year(e.date)) and span[0] == span[1]
        )
    return years[len(years) // 2] if years else None


def stated_year(events: Iterable[Event]) -> int | None:
    """The year an article's own events name most (the later of a tie), None when they name
    none: an article of unknown year is written no earlier than the news it reports."""
    counts = Counter(
        span[0]
        for e in events
        if not e.inferred and (span := event_year(e.date)) and span[0] == span[1]
    )
    return max(counts, key=lambda year: (counts[year], year)) if counts else None


def is_background(event: Event, reference_year: int | None) -> bool:
    """History: a date that begins more than ``BACKGROUND_YEARS`` before the year of its
    article and does not reach it (a past century, "the 1990s" in 2016, 1967), or a century
    that began that long before, even the article's own ("the 20th century" in 1987): a
    century is the setting of a story, never its news."""
    if event.year_offset is not None and event.year_offset < -BACKGROUND_YEARS:
        return True  # "founded 300 years ago" in an article of unknown year
    span = event_year(event.date)
    if span is None or reference_year is None:
        return False
    begins_long_before = span[0] < reference_year - BACKGROUND_YEARS
    if span[1] - span[0] >= CENTURY_YEARS - 1:
        return begins_long_before
    return begins_long_before and span[1] < reference_year


def build_timeline(articles: Iterable[Article]) -> list[Event]:
    """Every article's events in date order, history (:func:`is_background`) after the news;
    near-identical events of several articles (same date, most entities shared) become one
    event with several sources. Dates of an article of unknown year come in their order
    from it, after the dated news of a corpus that has some (else first); what is history
    is judged against the corpus's :func:`news_year` for an article whose year is unknown
    or only inferred."""
    articles = list(articles)
    return order_events(articles, [find_events(article) for article in articles])


def order_events(articles: Sequence[Dated], found: Sequence[list[Event]]) -> list[Event]:
    """The timeline of :func:`build_timeline` from each article's own events (``found``, one
    list per article, as :func:`find_events` gives them): only the articles' dates are read
    here, so they may be ones whose mentions are not yet resolved."""
    fallback = news_year(articles, (event for events in found for event in events))
    dated_news = any((a.date_reference or a.date or "")[:4].isdigit() for a in articles)
    keyed = []
    for order, (article, events) in enumerate(zip(articles, found, strict=True)):
        reference = article.date_reference or ""
        guess = int(reference[:4]) if reference[:4].isdigit() else None
        judged_by = guess
        if guess is None or (article.date_basis == "inferred" and fallback is not None):
            judged_by = max(guess or 0, fallback or 0, stated_year(events) or 0) or None
        for event in events:
            background = is_background(event, judged_by)
            if background:
                event = replace(event, background=True)
            key = sort_key(event.date, event.mod, guess, event.year_offset or 0, dated_news)
            keyed.append((background, key, order, event.timex[0], event))
    keyed.sort(key=lambda item: item[:4])
    merged: list[Event] = []
    for *_place, event in keyed:
        twin = _twin(merged, event)
        if twin is None:
            merged.append(event)
        else:
            index, other = twin
            inferred = other.inferred and event.inferred  # one source that states it will do
            merged[index] = replace(
                other, sources=other.sources + (event.article,), inferred=inferred
            )
    return merged


def _twin(events: list[Event], event: Event) -> tuple[int, Event] | None:
    """The event just merged that tells the same (same date, most names shared, another
    article), with its place; an event naming fewer than two has none."""
    if len(event.entities) < 2:
        return None
    names = set(event.entities)
    for index in range(len(events) - 1, max(-1, len(events) - 40), -1):
        other = events[index]
        if other.date != event.date or other.year_offset != event.year_offset:
            break
        if event.article in other.sources:
            continue
        if len(names.intersection(other.entities)) * 2 > len(names.union(other.entities)):
            return index, other
    return None
