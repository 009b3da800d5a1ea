"""The date an article's relative expressions resolve against, and where it came from."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.time_context import FORWARD_WORDS
from briefing.analysis.time.expressions import find_time_expressions
from briefing.analysis.time.reference import FUTURE, RefDate, tense_near
from briefing.model import Article, TimeExpr

_FULL = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$")
_FORWARD = re.compile(rf"\b(?:{either(FORWARD_WORDS)})\s+$", re.I)


@dataclass(frozen=True, slots=True)
class DocumentDate:
    """The document date (None when no full date is known), its basis and the reference."""

    date: str | None
    basis: str | None
    reference: RefDate
    timexes: tuple[TimeExpr, ...] | None = None  # found against ``reference``, when known


def document_date(article: Article, option_date: str | None = None) -> DocumentDate:
    """The article's own date, else ``option_date``, else one inferred from its text.

    Inference takes the latest calendar date the text states outside future contexts;
    when the text never gives its year, the reference keeps the year unknown.
    """
    if article.date:
        return DocumentDate(
            article.date, article.date_basis or "metadata", RefDate.parse(article.date)
        )
    if option_date:
        return DocumentDate(option_date, "option", RefDate.parse(option_date))
    unanchored = tuple(find_time_expressions(article.body, RefDate()))
    inferred = infer_reference(article.body, unanchored)
    if inferred is None:  # the expressions just found are the article's own
        return DocumentDate(None, None, RefDate(), unanchored)
    date = inferred.value() if inferred.year is not None else None
    return DocumentDate(date, "inferred", inferred)


def infer_reference(body: str, found: Sequence[TimeExpr] | None = None) -> RefDate | None:
    """The latest explicit calendar date of ``body`` (year unknown if never given);
    ``found`` are its time expressions against no reference, if already known."""
    best: tuple[int, int, int] | None = None
    if found is None:
        found = find_time_expressions(body, RefDate())
    for timex in found:
        match = _FULL.match(timex.value)
        if timex.type != "DATE" or match is None:
            continue
        if _FORWARD.search(body, max(0, timex.start - 12), timex.start):
            continue
        if tense_near(body, timex.start, timex.end) == FUTURE:
            continue
        year = int(match.group(1)) if match.group(1).isdigit() else 0
        key = (year, int(match.group(2)), int(match.group(3)))
        if best is None or key > best:
            best = key
    if best is None:
        return None
    return RefDate(best[0] or None, best[1], best[2])
