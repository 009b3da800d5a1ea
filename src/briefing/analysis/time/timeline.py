"""Events: dated sentences, ordered into one timeline for the corpus."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

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
_MOD_ORDER = {"START": 0.0, "MID": 0.5, None: 0.0, "END": 1.0}


def fits_timeline(timex: TimeExpr) -> bool:
    """A DATE or TIME that names a point on the calendar (not a vague or unknown one)."""
    if timex.type not in ("DATE", "TIME"):
        return False
    match = _VALUE.match(timex.value)
    if match is None:
        return False
    if match.group("year") == "XXXX" and not (match.group("part") or timex.mod):
        return False
    return match.group("part") not in ("XX",) and "WXX" not in timex.value


def counts_from_reference(timex: TimeExpr) -> bool:
    """Whether a time expression's value was counted from the article's date ("last year",
    "on Tuesday") rather than written out in full ("June 2, 2014")."""
    alone = find_time_expressions(timex.text, RefDate())
    return not alone or alone[0].value != timex.value


def _year_counted(timex: TimeExpr) -> bool:
    """A year counted from an inferred article date (a value without one already says so)."""
    return not timex.value.startswith("XXXX") and counts_from_reference(timex)


def find_events(article: Article) -> list[Event]:
    """One event per sentence that carries a date fit for the timeline (its first one)."""
    events: list[Event] = []
    timexes = [t for t in article.timexes if fits_timeline(t)]
    guessed = article.date_basis == "inferred"
    position = 0
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
            )
        )
    return events


def sort_key(value: str, mod: str | None = None, year_guess: int | None = None) -> tuple:
    """Chronological key of a TimeML value; a year not known sorts as ``year_guess``."""
    match = _VALUE.match(value)
    if match is None:
        return (float("inf"), 0.0, 0.0, "")
    raw_year = match.group("year")
    if raw_year == "XXXX":
        year = float(year_guess) if year_guess is not None else float("-inf")
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


def build_timeline(articles: Iterable[Article]) -> list[Event]:
    """Every article's events in date order; near-identical events of several articles
    (same date, most entities shared) become one event with several sources."""
    keyed = []
    for order, article in enumerate(articles):
        reference = article.date_reference or ""
        guess = int(reference[:4]) if reference[:4].isdigit() else None
        for event in find_events(article):
            keyed.append((sort_key(event.date, event.mod, guess), order, event.timex[0], event))
    keyed.sort(key=lambda item: item[:3])
    merged: list[Event] = []
    for _key, _order, _start, event in keyed:
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
    for index in range(len(events) - 1, max(-1, len(events) - 40), -1):
        other = events[index]
        if other.date != event.date:
            break
        if event.article in other.sources or len(event.entities) < 2:
            continue
        shared = set(other.entities) & set(event.entities)
        union = set(other.entities) | set(event.entities)
        if union and len(shared) * 2 > len(union):
            return index, other
    return None
