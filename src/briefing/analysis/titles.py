"""A title a reader recognises for an article that gives none: its file name made readable
("us-japan-investment-deal.txt": "US-Japan investment deal"), else its lead sentence, cut."""

from __future__ import annotations

import re
from pathlib import PurePath

from briefing.analysis.lexicon.gazetteer import DEMONYMS, GAZETTEER, US_STATES
from briefing.model import Article
from briefing.presentation import shorten
from briefing.safe_text import plain

# Short names written in capitals whatever a file name does with them
ACRONYMS = frozenset(
    "us usa uk eu un uae imf wto who nato opec asean g7 g8 g20 gdp ceo cfo ai nhs bbc cnn cia "
    "fbi nasa ecb ipo lng ev evs esg mp mps nafta usmca brics oecd covid".split()
)
LEAD_TITLE_WIDTH = 90
_SEPARATORS = re.compile(r"([-_\s.]+)")
_DATE_IN_NAME = re.compile(r"(?<!\d)(?:\d{4}-\d{2}-\d{2}|\d{8})(?!\d)")
_COPY_MARK = re.compile(r"\s*\(\d+\)$")  # "report (2)": a second download
_WORD = re.compile(r"[A-Za-z]+[A-Za-z0-9']*|\d+[A-Za-z]+")
_ID_LIKE = re.compile(r"^(?=.*\d)(?=.*[a-f])[0-9a-f]{8,}$", re.IGNORECASE)
MIN_WORDS = 3  # fewer words in a name say nothing ("bbc-business-001", "article-7")


def article_title(article: Article) -> str | None:
    """The article's own title, else a readable file name, else its lead sentence, cut."""
    if article.title:
        return article.title
    return readable_name(PurePath(article.path).stem) or lead_sentence(article)


def readable_name(stem: str) -> str | None:
    """A file name as a title: words in sentence case, names and acronyms capitalised, two
    names joined by a hyphen kept so ("US-Japan"); None for a name of numbers, codes or too
    few words."""
    stem = _COPY_MARK.sub("", _DATE_IN_NAME.sub(" ", stem)).strip(" -_.")
    parts = _SEPARATORS.split(stem)
    tokens, separators = parts[0::2], parts[1::2]
    while tokens and tokens[-1].isdigit():  # "report-2016-03-01-0042": the counter is no word
        tokens.pop()
    if any(_ID_LIKE.match(token) for token in tokens):
        return None  # a hash or a code in the name: not written to be read
    words = [t for t in tokens if _WORD.fullmatch(t)]
    if len(words) < MIN_WORDS or not any(len(word) >= 4 for word in words):
        return None
    names, pairs = _proper_tokens([t.lower() for t in tokens])
    shown: list[str] = []
    for index, token in enumerate(tokens):
        lower = token.lower()
        if lower in ACRONYMS:
            word = lower.upper()
        elif index in names:
            word = lower.capitalize()
        elif token.isupper() and len(token) > 1:
            word = token  # already capitals in the name: "OPEC", "NATO"
        else:
            word = lower
        if index:
            joined = (
                separators[index - 1].strip() == "-"
                and index not in pairs
                and _named(tokens, names, index)
            )
            shown.append("-" if joined else " ")
        shown.append(word)
    title = "".join(shown)
    return plain(title[:1].upper() + title[1:])


def _proper_tokens(lowered: list[str]) -> tuple[set[int], set[int]]:
    """Indexes of the tokens that are places or peoples, and of the second words of
    two-word ones ("south korea": written with a space, whatever the name did)."""
    found: set[int] = set()
    seconds: set[int] = set()
    countries = GAZETTEER.countries
    for index, word in enumerate(lowered):
        pair = " ".join(lowered[index : index + 2])
        if index + 1 < len(lowered) and (pair in countries or pair in US_STATES):
            found.update((index, index + 1))
            seconds.add(index + 1)
        elif word in countries or word in DEMONYMS or word in US_STATES:
            found.add(index)
    return found, seconds


def _named(tokens: list[str], names: set[int], index: int) -> bool:
    """Whether the tokens either side of a hyphen are both names or acronyms."""

    def proper(i: int) -> bool:
        return i in names or tokens[i].lower() in ACRONYMS

    return proper(index - 1) and proper(index)


def lead_sentence(article: Article) -> str | None:
    """The article's first body sentence, cut to ``LEAD_TITLE_WIDTH``."""
    for sentence in article.sentences:
        kind = article.paragraphs[sentence.paragraph].kind
        if kind == "body":
            return shorten(article.body[sentence.start : sentence.end], LEAD_TITLE_WIDTH)
    return None
