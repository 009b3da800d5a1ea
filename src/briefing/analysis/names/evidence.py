"""What the corpus-wide name passes read of one article, read once from its text.

Every corpus-wide decision about a name (a company the tagger called a person, a work, a
company written as a place, a name typed apart in different stories) counts words around
its mentions. Those words are the article's own, so each mention's cues are found once
per analysis and kept with the article's mentions: assembling a corpus again (a file added
or changed) reads these, never the bodies of the articles that did not change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.gazetteer import HONORIFICS
from briefing.analysis.lexicon.name_words import (
    COMPANY_BEFORE_WORDS,
    COMPANY_NOUNS,
    COMPANY_POSSESSIONS,
    COMPANY_ROLES,
    MARKET_MOVES,
    MARKET_VERBS,
    OFFICE_TITLES,
    PERSON_AFTER_WORDS,
    TRADING_VERBS,
    WORK_AFTER_WORDS,
    WORK_BEFORE_WORDS,
    WORK_KINDS,
)
from briefing.analysis.lexicon.speech import PERSON_CUES
from briefing.model import Article, Mention

SAYS_PERSON = 1  # "Reeves, who", "Mr Reeves", "said he"
SAYS_COMPANY = 2  # "Sony's shares", "Chelsea boss", "Yukos said it"
PLACE_BEFORE = 4  # "in Leeds", "from the Hague", and the name owns nothing after it
SAYS_WORK = 8  # "the movie Vera Drake", "Sideways star"
IN_DATELINE = 16  # a place in the article's dateline ("NEW YORK (Reuters) -")


@dataclass(frozen=True)
class _WordsBefore:
    """A pattern of the words just before a name, ending where the name starts (in
    ``\\s+$``): tried only where the letters ending the last word before the name are one
    of the pattern's last words (``last_words``, or a word ``last_word`` matches whole),
    after ``strip`` (a dot, a comma) is taken off. Most names follow no such word, and a
    search anchored at the end costs a try at every place of the text before it."""

    pattern: re.Pattern[str]
    last_words: frozenset[str]
    last_word: re.Pattern[str] | None = None
    strip: str = ""

    def found(self, before: str) -> bool:
        """Whether the pattern ends ``before``."""
        stripped = before.rstrip()
        if len(stripped) == len(before):
            return False  # the pattern ends in whitespace
        if self.strip:
            stripped = stripped.rstrip(self.strip)
        last = _final_letters(stripped).casefold()
        if last not in self.last_words and not (self.last_word and self.last_word.fullmatch(last)):
            return False
        return self.pattern.search(before) is not None


def _final_letters(text: str) -> str:
    """The run of letters that ends ``text`` ("" when it ends in another character)."""
    start = len(text)
    while start and text[start - 1].isalpha():
        start -= 1
    return text[start:]


def _last_words(*groups: Iterable[str]) -> frozenset[str]:
    """The letters that end each phrase, case-folded ("Prime Minister": "minister")."""
    return frozenset(_final_letters(phrase.casefold()) for group in groups for phrase in group)


# What follows a company's or a club's name and seldom a person's: "Chelsea boss", "Sony's
# shares", "Nortel said it". Words a person's name takes too ("coach", "staff", "fans") are
# left out.
_COMPANY_AFTER = re.compile(
    (
        rf"(?:\s+(?:{either(COMPANY_ROLES)})|['\u2019]s\s+(?:{either(COMPANY_POSSESSIONS)})"
        rf"|,?\s+(?:has\s+)?said\s+its?\b|,\s+which\b|\s+(?:{either(TRADING_VERBS)})"
        rf"\s+(?:{either(MARKET_MOVES)})\b|\s+(?:stock|shares)\s+(?:{either(MARKET_VERBS)})"
        rf"\b|,\s+(?:the|a|an)\s+(?:[\w'\u2019.-]+\s+){{0,3}}(?:{either(COMPANY_NOUNS)})\b"
        rf")\b"
    ),
    re.IGNORECASE,
)
_COMPANY_BEFORE = _WordsBefore(
    re.compile(
        (
            rf"(?:\b(?:signed\s+for|moved?\s+to|shares\s+in|stake\s+in|owned\s+by|takeover\s+of|"
            rf"bid\s+for|bought\s+by|acquired\s+by|(?:analysts?|economists?|researchers?)"
            rf"\s+at|(?:{either(COMPANY_BEFORE_WORDS)})\s+firm"
            rf"|(?:{either(COMPANY_NOUNS)})(?:\s+such\s+as|\s+like|,)?)|\w-based)\s+$"
        ),
        re.IGNORECASE,
    ),
    _last_words(["for", "to", "in", "of", "by", "at", "firm", "as", "like", "based"]),
    re.compile(either(COMPANY_NOUNS), re.IGNORECASE),
    strip=",",
)
# What says a name is a person's: a form of address, "he said", an age, kin.
_PERSON_AFTER = re.compile(
    (
        rf"(?:['\u2019]s\s+(?:{either(PERSON_AFTER_WORDS)})|,\s+\d{{2}},|\s+(?:{either(PERSON_CUES)})"
        rf"\s+(?:he|she)\b|,\s+who\b|\s+(?:himself|herself)\b)"
    ),
    re.IGNORECASE,
)
_PERSON_BEFORE = _WordsBefore(
    re.compile(
        r"\b(?:"
        + "|".join(sorted(word.capitalize() for word in HONORIFICS))
        + "|"
        + either(OFFICE_TITLES)
        + r")\.?\s+$"
    ),
    _last_words(HONORIFICS, OFFICE_TITLES),
    strip=".",
)
POSSESSIVE_END = re.compile(r"['\u2019]s?$")  # "Sony's", "Jones'": the name is "Sony", "Jones"
# A preposition of place just before a name ("in Leeds", "from the Hague").
_PLACES = ("in", "at", "from", "near", "across", "into", "outside", "around", "throughout")
_PLACE_BEFORE = _WordsBefore(
    re.compile(rf"\b(?:{either(_PLACES)})\s+(?:the\s+)?$", re.IGNORECASE),
    _last_words(_PLACES, ["the"]),
)
# A kind of work right before the name: "the movie Vera Drake", "the game Halo 2".
_WORK_BEFORE = _WordsBefore(
    re.compile(
        rf"\b(?:{either(WORK_KINDS)}|(?:{either(WORK_BEFORE_WORDS)})\s+in)\s+$", re.IGNORECASE
    ),
    _last_words(WORK_KINDS, ["in"]),
)
# What follows a work's name: "Sideways star", "the Harry Potter DVD", "Vera Drake's director".
_WORK_AFTER = re.compile(
    rf"(?:['\u2019]s)?\s+(?:{either(WORK_AFTER_WORDS)})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class NameEvidence:
    """One article's mentions as the corpus-wide passes read them: each with its cue bits
    (:data:`SAYS_PERSON` ...), and the article's body on demand (only a person's title not
    yet found needs it, which is rare)."""

    article_id: str
    mentions: tuple[Mention, ...]
    cues: tuple[int, ...]
    body: Callable[[], str]


def mention_cues(article: Article) -> tuple[int, ...]:
    """The cue bits of each of ``article``'s mentions. A name listed beside an organisation
    ("Yahoo, Ask Jeeves and Amazon") says a company too, as the words of a company would:
    the names of a list are of one kind. A person's full name is kept from it (people are
    listed with the bands and firms they belong to)."""
    body = article.body
    datelines = [(p.start, p.end) for p in article.paragraphs if p.kind == "byline"]
    listed = _listed_with_organisations(body, article.mentions)
    found = []
    for mention, beside_a_company in zip(article.mentions, listed, strict=True):
        start, end = mention.start, mention.end
        says_person, says_company = name_cues(body, start, end)
        if beside_a_company and (
            mention.type == "LOC" or (mention.type == "PER" and " " not in mention.text.strip())
        ):
            says_company = True
        bits = SAYS_PERSON * says_person | SAYS_COMPANY * says_company
        if _PLACE_BEFORE.found(body[max(0, start - 16) : start]) and body[end : end + 2] not in (
            "'s",
            "\u2019s",
        ):
            bits |= PLACE_BEFORE
        if _WORK_BEFORE.found(body[max(0, start - 28) : start]) or _WORK_AFTER.match(body, end):
            bits |= SAYS_WORK
        if mention.type == "LOC" and any(s <= start < e for s, e in datelines):
            bits |= IN_DATELINE
        found.append(bits)
    return tuple(found)


# What joins the names of a list: commas, "and", "or" (a list holds at least one "and" or
# "or": commas alone also set a name beside its place or its employer, "Anna Berg, Reuters").
_LIST_JOINS = frozenset((", ", " and ", ", and ", " or ", ", or "))


def _listed_with_organisations(body: str, mentions: Sequence[Mention]) -> list[bool]:
    """Whether each mention stands in a list of names beside one the tagger typed an
    organisation."""
    joined = [body[a.end : b.start] in _LIST_JOINS for a, b in pairwise(mentions)]
    found = [False] * len(mentions)
    first = 0
    while first < len(mentions):
        last = first
        while last < len(joined) and joined[last]:
            last += 1
        words = {body[mentions[i].end : mentions[i + 1].start] for i in range(first, last)}
        if words - {", "}:  # a list, with its "and" or "or"
            kinds = [mentions[i].type for i in range(first, last + 1)]
            for place in range(first, last + 1):
                others = kinds[: place - first] + kinds[place - first + 1 :]
                found[place] = "ORG" in others
        first = last + 1
    return found


def name_evidence(article: Article) -> NameEvidence:
    """The evidence of an article held in memory."""
    return NameEvidence(article.id, article.mentions, mention_cues(article), lambda: article.body)


def name_cues(body: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether the words around the name at ``body[start:end]`` say a person ("Reeves, who",
    "Mr Reeves", "said he") and whether they say a company or a club ("Sony's shares",
    "Chelsea boss", "Yukos said it", "Ontario-based Magna")."""
    before = body[max(0, start - 24) : start]
    person = bool(_PERSON_AFTER.match(body, end) or _PERSON_BEFORE.found(before))
    company = bool(_COMPANY_AFTER.match(body, end) or _COMPANY_BEFORE.found(before))
    return person, company
