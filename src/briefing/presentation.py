"""How dates, paragraph numbers and short texts are shown: shared by the app and the brief."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from briefing.model import Article, ArticleHeader, Event

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_MODS = {"START": "early", "MID": "mid", "END": "end"}
_VALUE = re.compile(
    r"^(?P<year>\d{4}|XXXX|\d{3}|\d{2})(?:-(?P<part>\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI|W\d{2}|XX))?"
    r"(?:-(?P<day>\d{2}|WE|XX))?(?:T(?P<time>.+))?$"
)
_TIMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}


def focus_year(articles: Iterable[Article | ArticleHeader]) -> str | None:
    """The year most articles are dated in: dates in it are shown without their year."""
    years = Counter((a.date or "")[:4] for a in articles if (a.date or "")[:4].isdigit())
    return years.most_common(1)[0][0] if years else None


def _ordinal(number: int) -> str:
    """ "1st", "2nd", "11th", "21st"."""
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def date_label(
    value: str, mod: str | None = None, focus: str | None = None, year_offset: int | None = None
) -> str:
    """A compact label for a TimeML value: "27 Oct", "Sep", "end 2025", "Jan 2029", "27 Oct?".

    A year the text never gives is marked with "?", and named from the article's own when
    known ("next yr?", "Jan last yr?", "Q1 yr-2?"); a year other than ``focus`` is shown.
    """
    match = _VALUE.match(value)
    if match is None:
        return value
    year, part, day, time = match.group("year", "part", "day", "time")
    unknown = year == "XXXX"
    shown_year = _relative_year(year_offset) if unknown else "" if year == focus else year
    prefix = f"{_MODS[mod]} " if mod in _MODS else ""
    mark = "?" if unknown else ""
    if not part:
        if unknown:
            if shown_year:
                return f"{prefix}{shown_year}?"
            return f"{prefix}yr?" if prefix else "this yr?"
        if len(year) == 3:
            return f"{prefix}{year}0s"
        if len(year) == 2:
            return f"{prefix}{_ordinal(int(year) + 1)} c."  # a century: "18th c."
        return f"{prefix}{year}"
    if part.isdigit():
        month = _MONTHS[int(part) - 1]
        if day and day.isdigit():
            label = f"{int(day)} {month}"
            if shown_year and not unknown:  # "2 Jun '14" near the focus year, "24 May 1917" far
                near = focus is not None and focus.isdigit() and abs(int(year) - int(focus)) < 50
                label = f"{label} \u2019{shown_year[2:]}" if near else f"{label} {shown_year}"
            elif shown_year:
                label = f"{label} {shown_year}"
            if time:
                label += " " + (_TIMES.get(time) or time)
            return label + mark
        return f"{prefix}{month} {shown_year}".strip() + mark
    if part.startswith("Q") or part.startswith("H"):
        return f"{part} {shown_year}".strip() + mark
    if part in _SEASONS:
        return f"{_SEASONS[part]} {shown_year}".strip() + mark
    return f"wk {int(part[1:])} {shown_year}".strip() + mark


def _relative_year(offset: int | None) -> str:
    """How a year counted from an article's unknown one is named: "", "last yr", "yr+2"."""
    if not offset:
        return ""
    return {-1: "last yr", 1: "next yr"}.get(offset, f"yr{offset:+d}")


_WORD = re.compile(r"\S+")
# Ingest marks bylines only among an article's opening paragraphs (see ingest.metadata).
BYLINES_WITHIN = 8


def paragraph_number(article: Article, index: int) -> int:
    """The number a reader sees for a paragraph: bylines are not counted."""
    opening = article.paragraphs[: min(index + 1, BYLINES_WITHIN)]
    return index + 1 - sum(1 for p in opening if p.kind == "byline")


def one_line(text: str) -> str:
    """Text with its line breaks and runs of space made single spaces."""
    return " ".join(text.split())


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut at a word to ``width`` characters with an ellipsis.

    Only the words that can show are joined, so shortening costs ``width``, not the text's
    length (a figures table shortens one long sentence once per figure in it)."""
    words: list[str] = []
    length = -1
    for word in _WORD.finditer(text):
        words.append(word.group())
        length += 1 + len(word.group())
        if length > width:
            break
    text = " ".join(words)
    if len(text) <= width:
        return text
    cut = text[: max(1, width - 1)]
    if not text[len(cut)].isspace() and " " in cut:
        cut = cut.rsplit(" ", 1)[0]  # drop the word the cut fell into
    return cut.rstrip(",;: ") + "\u2026"


def event_label(event: Event, focus: str | None = None) -> str:
    """An event's date label, marked ≈ when it was counted from an inferred article date."""
    return counted_label(event.date, event.mod, focus, event.year_offset, event.inferred)


def counted_label(
    value: str,
    mod: str | None,
    focus: str | None,
    year_offset: int | None = None,
    inferred: bool = False,
) -> str:
    """The label of a date as an event carries it (see :func:`event_label`)."""
    label = date_label(value, mod, focus, year_offset)
    return f"\u2248{label}" if inferred else label


def date_note(article: Article) -> str:
    """Where an article comes from and what its date rests on, for a status line."""
    source = article.source or article.id
    if article.date and article.date_basis == "inferred":
        return f"{source} \u00b7 {article.date} (inferred)"
    if article.date:
        return f"{source} \u00b7 {article.date}"
    if article.date_reference:
        guess = date_label(article.date_reference)
        return f"{source} \u00b7 undated (latest date in text: {guess})"
    return f"{source} \u00b7 date not stated"
