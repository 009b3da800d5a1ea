"""Sentence spans inside paragraphs, aware of abbreviations, initials and quotes."""

from __future__ import annotations

import re

from briefing.model import Paragraph, Sentence

# Abbreviations after which a sentence never ends (a name or number follows).
_NEVER_FINAL = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev hon pres st mt ft "
    "no nos vol pp art sec fig jan feb mar apr jun jul aug sep sept oct nov dec "
    "jr sr messrs mme mlle vs v cf approx est dept univ assn bros etc. op".split()
)
# Abbreviations that may end a sentence, but usually do not before a capitalised name.
_MAYBE_FINAL = frozenset("inc corp co ltd llc plc bhd jr sr etc al ave blvd rd".split())
_SENTENCE_STARTERS = frozenset(
    "the a an he she it they we i you this that these those there his her its their our "
    "but and yet so in on at for after before when while if as since although though "
    "however meanwhile still also some many most one two three no not what who why how "
    "according earlier later last next then now today yesterday".split()
)
_CANDIDATE = re.compile(r"[.!?\u3002\uff01\uff1f]+[\"'\u201d\u2019)\]]*(?=\s+|$)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NEXT_WORD = re.compile(r"\s+([\"'\u201c\u2018(\[]*)(\S+)")


def split_sentences(body: str, paragraphs: tuple[Paragraph, ...]) -> tuple[Sentence, ...]:
    """All sentences of the body, paragraph by paragraph."""
    sentences: list[Sentence] = []
    for paragraph in paragraphs:
        for start, end in sentence_spans(body, paragraph.start, paragraph.end):
            sentences.append(Sentence(start, end, paragraph.index))
    return tuple(sentences)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the sentences in ``text[start:end]``, trimmed of surrounding space."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    quotes = _OpenQuotes(text, start, end)
    for match in _CANDIDATE.finditer(text, start, end):
        if match.end() >= end:
            break
        if quotes.inside(match.end()):
            continue
        if _is_boundary(text, match, end):
            spans.append((begin, match.end()))
            begin = match.end()
            quotes.restart(begin)
    spans.append((begin, end))
    trimmed = []
    for left, right in spans:
        while left < right and text[left].isspace():
            left += 1
        while right > left and text[right - 1].isspace():
            right -= 1
        if right > left:
            trimmed.append((left, right))
    return trimmed


class _OpenQuotes:
    """Whether a position sits inside a quotation that closes later in the paragraph,
    counted as the positions move forward: the marks since the sentence began and the next
    closing mark are kept, so a paragraph of many full stops costs its length, not its
    square."""

    __slots__ = ("_text", "_end", "_begin", "_scanned", "_curly", "_straight", "_next")

    def __init__(self, text: str, begin: int, end: int) -> None:
        self._text = text
        self._end = end
        self._next: dict[str, int] = {}
        self.restart(begin)

    def restart(self, begin: int) -> None:
        """Count again from ``begin``, where a new sentence starts."""
        self._begin = self._scanned = begin
        self._curly = 0  # opening minus closing curly marks since ``begin``
        self._straight = 0

    def inside(self, at: int) -> bool:
        """Whether ``at`` (at or after every position asked before) is inside a quotation."""
        text = self._text
        self._curly += text.count("\u201c", self._scanned, at) - text.count(
            "\u201d", self._scanned, at
        )
        self._straight += text.count('"', self._scanned, at)
        self._scanned = at
        if at > self._begin and text[at - 1] in ('"', "\u201d"):
            return False
        if self._curly > 0:
            return self._closes_after("\u201d", at)
        if self._straight % 2 == 1:
            return self._closes_after('"', at)
        return False

    def _closes_after(self, mark: str, at: int) -> bool:
        found = self._next.get(mark)
        if found is None or (found != -1 and found < at):
            found = self._next[mark] = self._text.find(mark, at, self._end)
        return found != -1


def _is_boundary(text: str, match: re.Match[str], end: int) -> bool:
    punct = match.group()
    following = _NEXT_WORD.match(text, match.end(), end)
    if not following:
        return True
    opener, word = following.groups()
    first = word[:1]
    if first.islower() and not opener:
        return False
    if first.isdigit() and punct[0] == "." and not opener:
        return False
    if punct[0] != "." or len(punct.rstrip("\"'\u201d\u2019)]")) > 1:
        return True
    if punct != ".":
        return True  # a closing quote or bracket after the period
    before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
    if not before:
        return True
    token = before.group(1)
    lower = token.lower().rstrip(".")
    if lower in _NEVER_FINAL:
        return False
    if len(token) == 1 and token.isupper():
        return False  # an initial: "J. Smith"
    if "." in token:  # U.S., U.N., a.m.
        return word.lower().strip("\"'\u201c\u2018,") in _SENTENCE_STARTERS
    if lower in _MAYBE_FINAL:
        return word.lower() in _SENTENCE_STARTERS
    return True
