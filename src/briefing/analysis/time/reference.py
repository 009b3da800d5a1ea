"""The reference date relative expressions resolve against, and the tense around a phrase."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.tense_words import (
    FUTURE_CUE_WORDS,
    INFINITIVE_BEFORE_WORDS,
    INTENT_WORDS,
    LOOKING_AHEAD,
    NOT_PAST_VERBS,
    NOUN_MARKERS,
    PAST_AUXILIARIES,
    PAST_CUE_WORDS,
    SCHEDULE_VERBS,
    STRONG_FUTURE_CUE_WORDS,
)
from briefing.analysis.lexicon.time_context import IRREGULAR_PAST_VERBS
from briefing.analysis.lexicon.time_words import MODALS

PAST = "PAST"
FUTURE = "FUTURE"

_FUTURE_CUE = re.compile(
    rf"\b(?:{either(FUTURE_CUE_WORDS)})\b",
    re.IGNORECASE,
)
_STRONG_FUTURE_CUE = re.compile(
    rf"\b(?:{either(STRONG_FUTURE_CUE_WORDS)})\b",
    re.IGNORECASE,
)
# An agreement or offer to act, before the date of the act ("agreed to buy it in February").
_INTENT = re.compile(
    rf"\b(?:{either(INTENT_WORDS)}) to\b",
    re.IGNORECASE,
)
_PAST_CUE = re.compile(
    rf"\b(?:{either(PAST_CUE_WORDS)})\b",
    re.IGNORECASE,
)

# A past participle right before the date: "shares issued July 1", "launched in April".
# A verb's "-ed" form: a past tense or a participle ("lasted", "issued"; not "need", "red").
ED_FORM = r"[a-z]{2,}[^e\W]ed"
_PARTICIPLE_BEFORE = re.compile(rf"\b(?P<word>{ED_FORM})\s+(?:on\s+|in\s+)?$")

_PASSIVE_BE = re.compile(r"\b(?:be|being|is|are)\s+$", re.IGNORECASE)
_PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RefDate:
    """A reference date; any part may be unknown (None)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_assumed: bool = False  # the year stands in for one the article never gives

    @classmethod
    def parse(cls, value: str | None) -> RefDate:
        """Read ``YYYY-MM-DD``, ``XXXX-MM-DD``, ``YYYY-MM`` or ``YYYY`` (None gives all unknown)."""
        if not value:
            return cls()
        parts = value.split("-")
        numbers = [int(part) if part.isdigit() else None for part in parts[:3]]
        numbers += [None] * (3 - len(numbers))
        return cls(numbers[0], numbers[1], numbers[2])

    @property
    def date(self) -> dt.date | None:
        """The full date, when every part is known."""
        if self.year and self.month and self.day and not self.year_assumed:
            try:
                return dt.date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None

    def value(self) -> str:
        """The reference as a TimeML value (``XXXX`` for an unknown year)."""
        year = f"{self.year:04d}" if self.year is not None else "XXXX"
        if self.month is None:
            return year
        if self.day is None:
            return f"{year}-{self.month:02d}"
        return f"{year}-{self.month:02d}-{self.day:02d}"


def tense_near(
    text: str, start: int, end: int, window: int = 70, strict: bool = False
) -> str | None:
    """FUTURE or PAST from the words of the clause around ``text[start:end]``, else None.

    ``strict`` asks for unmistakable future wording only (will, scheduled, is to...).
    """
    stops = _CLAUSE_STOPS + ((", ", ": ", " that ") if strict else ())
    before, after = _clause_around(text, start, end, window, stops)
    participle = None if strict else _PARTICIPLE_BEFORE.search(before)
    if (
        participle is not None
        and participle["word"].lower() not in LOOKING_AHEAD
        and not _PASSIVE_BE.search(before, 0, participle.start())
    ):  # "shares issued July 1", "launched in April"; but "will be signed in May"
        return PAST
    future = _STRONG_FUTURE_CUE if strict else _FUTURE_CUE
    best: tuple[int, str] | None = None
    for match in () if strict else _INTENT.finditer(before):  # "agreed to buy X in May"
        best = (len(before) - match.end(), FUTURE)
    for cue, tense in ((future, FUTURE), (_PAST_CUE, PAST)):
        # "will be held" is no past, "had been scheduled to" no future
        unsaid = _PASSIVE_BE if tense == PAST else _PLUPERFECT
        for match in cue.finditer(before):
            if unsaid.search(before, 0, match.start()):
                continue
            distance = len(before) - match.end()
            if best is None or distance < best[0]:
                best = (distance, tense)
        found = cue.search(after)
        while found is not None and unsaid.search(after, 0, found.start()):
            found = cue.search(after, found.end())
        if found is not None and (best is None or found.start() < best[0]):
            best = (found.start(), tense)
    if (
        best is None
        and not strict
        and (scheduled_ahead(text, start, end, singular_only=True) or present_passive(text, start))
    ):
        return FUTURE  # "the festival takes place in June", "the budget is presented in May"
    return best[1] if best else None


def scheduled_ahead(text: str, start: int, end: int, singular_only: bool = False) -> bool:
    """Whether a diary verb in the present, a few words before ``text[start:end]``, sets it
    ahead ("the team plays Saturday", "returns from recess in April"), with no verb in the
    past between them ("the heads of state met on Monday"). Not a noun ("a visit to Paris
    on Friday", "the close on Monday"), and lower case only: a headline's present tells of
    what happened ("Team Plays Saturday"). ``singular_only`` takes a base form only right
    after a plural with no modal or "to" before it ("flights resume in April"), as the base
    form may be an infinitive ("could see the deficit start down in February")."""
    found = _SCHEDULE_VERB_BEFORE.search(text, max(0, start - 48), start)
    if found is None:
        return False
    if _NOUN_BEFORE.search(text, max(0, found.start() - 12), found.start()):
        return False
    if past_between(text, found.end("verb"), start):
        return False
    before, _ = _clause_around(text, found.start(), found.start(), 40, _CLAUSE_STOPS)
    if _HAD.search(before):
        return False  # "it had been due to expire Friday": a plan gone
    if singular_only and found["verb"] not in _SINGULAR_FORMS:
        return _PLURAL_BEFORE.search(before) is not None and _INFINITIVE_CUE.search(before) is None
    return True


def present_passive(text: str, start: int) -> bool:
    """Whether a verb in the present passive, a word or two before ``start``, tells of the
    date as a day in a diary ("markets are closed on Friday", "the budget is presented in
    October"): what was done takes "was"."""
    return _PRESENT_PASSIVE_BEFORE.search(text, max(0, start - 48), start) is not None


def past_between(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a verb in the past ("met", "announced", "was")."""
    return _PAST_WORD.search(text, start, end) is not None


def present_forms(base: str) -> tuple[str, str]:
    """A verb's base form and its third person singular ("go", "goes"; "fly", "flies"),
    the first word inflected when the verb is a phrase ("take place", "takes place")."""
    head, _, rest = base.partition(" ")
    if head.endswith(("s", "sh", "ch", "x", "o")):
        third = head + "es"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        third = head[:-1] + "ies"
    else:
        third = head + "s"
    return base, f"{third} {rest}".rstrip()


def _verb_before(forms: list[str]) -> re.Pattern[str]:
    """One of ``forms`` and up to three words before a date (and its "on", "in", "for")."""
    return re.compile(
        rf"(?<![\w-])(?P<verb>{either(forms)})\b"
        r"(?:\s+[\w'\u2019-]+){0,3}?\s+(?:on\s+|in\s+|for\s+)?$"
    )


_SCHEDULE_VERB_BEFORE = _verb_before([f for verb in SCHEDULE_VERBS for f in present_forms(verb)])
_SINGULAR_FORMS = frozenset(present_forms(verb)[1] for verb in SCHEDULE_VERBS)
# A plural right before a verb (its subject: "flights resume"), and what makes a base form
# an infinitive ("to", a modal, "see the deficit start").
_PLURAL_BEFORE = re.compile(r"\b[A-Za-z]+[^s'\u2019\W]s\s+$")
_INFINITIVE_CUE = re.compile(rf"\b(?:{either(INFINITIVE_BEFORE_WORDS)}|{MODALS})\b", re.I)
# What makes the verb's form a noun: an article, a possessive, a preposition before it.
_NOUN_BEFORE = re.compile(rf"\b(?:{either(NOUN_MARKERS)})\s+$", re.IGNORECASE)
_PRESENT_PASSIVE_BEFORE = re.compile(
    rf"\b(?:is|are)\s+(?:{ED_FORM})(?:\s+[\w'\u2019-]+){{0,2}}?\s+(?:on|in)\s+$"
)
_HAD = re.compile(r"\bhad\b", re.IGNORECASE)
# A word in the past: an "-ed" form, an auxiliary's past, an irregular past.
_PAST_WORD = re.compile(
    rf"\b(?:{ED_FORM}|{either(PAST_AUXILIARIES)}|{either(IRREGULAR_PAST_VERBS)})\b"
)


def past_in_clause(text: str, start: int, end: int, window: int = 45) -> bool:
    """Whether the clause around ``text[start:end]`` has a past-tense cue, or a verb in the
    past before it ("the meeting lasted until Tuesday", "stayed in Paris until Friday")."""
    before, after = _clause_around(text, start, end, window, _CLAUSE_STOPS)
    if any(
        not _PASSIVE_BE.search(part, 0, match.start())
        for part in (before, after)
        for match in _PAST_CUE.finditer(part)
    ):
        return True
    return any(
        match["word"].lower() not in LOOKING_AHEAD
        and match["word"].lower() not in NOT_PAST_VERBS
        and not _NOT_FINITE_BEFORE.search(before, 0, match.start())
        for match in _PAST_VERB.finditer(before)
    )


# A verb in the past by its ending ("lasted", "stayed"), and what makes such a word no verb
# in the past: a passive or an infinitive ("will be closed", "to be extended").
_PAST_VERB = re.compile(rf"\b(?P<word>{ED_FORM})\b")
_NOT_FINITE_BEFORE = re.compile(
    r"\b(?:be|being|been|to|will|would|shall|can|could|may|might|must|should)\s+$",
    re.IGNORECASE,
)


_CLAUSE_STOPS = (". ", "; ", "\n")


def _clause_around(
    text: str, start: int, end: int, window: int, stops: tuple[str, ...]
) -> tuple[str, str]:
    """The words before and after ``text[start:end]`` up to ``window`` characters, cut at
    the first of ``stops`` on either side."""
    before = text[max(0, start - window) : start]
    after = text[end : min(len(text), end + window)]
    for stop in stops:
        cut = before.rfind(stop)
        if cut != -1:
            before = before[cut + len(stop) :]
        cut = after.find(stop)
        if cut != -1:
            after = after[:cut]
    return before, after


def choose_year(ref: RefDate, month: int, day: int | None, tense: str | None) -> int | None:
    """The year of a month (and day) the text gives without one, by tense, near ``ref``.

    The nearest occurrence wins, unless the tense says otherwise and the nearest one lies
    more than a month on the wrong side; a month without a day leans to the past.
    """
    if ref.year is None:
        return None
    if ref.month is None:
        return ref.year
    if day is None and month == ref.month:
        return ref.year
    if day is None and tense is None:
        tense = PAST
    ref_ordinal = ref.month * 31 + (ref.day or 15)
    deltas = {
        year: (year - ref.year) * 372 + month * 31 + (day or 15) - ref_ordinal
        for year in (ref.year - 1, ref.year, ref.year + 1)
    }
    nearest = min(deltas, key=lambda year: abs(deltas[year]))
    if day is None and tense == FUTURE and (nearest, month) < (ref.year, ref.month):
        # a month said to come cannot be one wholly gone: "will be signed in February",
        # written in March (a past verb may tell of a month ahead: "told of cuts in May")
        return nearest + 1
    if tense == PAST and deltas[nearest] > 31:
        return nearest - 1
    if tense == FUTURE and deltas[nearest] < -31:
        return nearest + 1
    return nearest
