"""Where quotations sit in a paragraph, the cue words that introduce them, and which
quotation marks hold a title, a scare quote or a fragment rather than words someone said."""

from __future__ import annotations

import re

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.speech import (
    SPEECH_VERBS,
    TITLE_SMALL_WORDS,
    TITLING_WORDS,
    WORKS_IN_MARKS,
)

CUES = rf"{either(SPEECH_VERBS)}"
_SCARE_WORDS = 5
_WORKS = either(WORKS_IN_MARKS) + r"|best[- ]?seller"
_BEFORE_A_TITLE = re.compile(r"(?:\b(?:of|on)|['\u2019]s)\s*$", re.IGNORECASE)
_WORK_BEFORE = re.compile(rf"\b(?:{_WORKS}|{either(TITLING_WORDS)}),?\s*$", re.IGNORECASE)
# "'Keepin' It Real' radio program", "'Collapse,' Jared Diamond's 2005 best seller"
_AFTER_A_TITLE = re.compile(
    rf"[,\s]*(?:(?:radio|television|TV)\s+)?(?:{_WORKS})\b"
    rf"|,?\s+(?:[A-Z][\w.-]*\s+){{1,3}}?[A-Z][\w-]*['\u2019]s\s+(?:\d{{4}}\s+)?(?:{_WORKS})\b"
)
# A cue a few words after a short quotation, an apposition allowed ("Jo Smith, an aide, said")
_CUE_SOON_AFTER = re.compile(
    rf"\s*,?\s*(?:[\w.'\u2019-]+\s+){{0,5}}(?:[\w.'\u2019-]+,[^,\"\u201c\u201d\n]{{1,60}},\s+)?"
    rf"(?:{CUES})\b"
)
_CUE_JUST_BEFORE = re.compile(rf"\b(?:{CUES})[,:]?\s*$")
# Between the halves of an interrupted quotation: '," he said, ' / ",'' Mr. Trump wrote, '
_INTERRUPTED_BEFORE = re.compile(
    rf"(?:,[\"\u201d]|,'')\s+[^\"\u201c\u201d.!?\n]{{0,60}}?\b(?:{CUES})\b"
    rf"[^\"\u201c\u201d.!?\n]{{0,60}},\s*$"
)
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?][\"'\u201d]*\s+|\n)$")
_A_SENTENCE = re.compile(r"[A-Z][^.!?]*\s[^.!?]*[.!?]|[A-Z][\w'\u2019-]*[!?]")
_SENTENCE_END_BEFORE = re.compile(r"[.!?]\s+$")
_OPENERS = ("``", "''", "\u201c", '"')
_CLOSERS = ("''", "\u201d", '"')
_MARKS = re.compile("``|''|[\u201c\u201d\"]")


def quoted_spans(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of quotations (marks included) in ``body[start:end]``; one left open runs to
    the end of the paragraph (a quotation that goes on in the next one). Straight, curly
    and doubled-apostrophe marks may be mixed, as careless copy often mixes them."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for found in _MARKS.finditer(body, start, end):
        mark = found.group()
        position = found.start()
        opens = mark in _OPENERS or (  # a closing mark typed for an opening one, at the start
            mark == "\u201d" and (position == start or body[position - 1] == "\n")
        )
        if opened is None and opens and _can_open(body, position, len(mark)):
            opened = position
        elif opened is not None and _reopens(body, position, mark):
            # '... first minister. "If you come out ...': paragraphs run together, and the
            # quotation went on into a new one without a closing mark
            spans.append((opened, _end_of_text_before(body, position)))
            opened = position
        elif opened is not None and mark in _CLOSERS:
            close = found.end()
            if mark == "''" and body.startswith("'", close):
                close += 1  # "your country,'''": the single quote inside closes first
            spans.append((opened, close))
            opened = None
    if opened is not None:
        spans.append((opened, end))
    return spans


def _end_of_text_before(body: str, position: int) -> int:
    """Where the text before ``position`` ends once trailing space is left off."""
    while position > 0 and body[position - 1].isspace():
        position -= 1
    return position


def _reopens(body: str, position: int, mark: str) -> bool:
    """Whether a mark inside an open quotation opens another: after a sentence's end and a
    space, before a capital ('minister. "If you ...')."""
    if mark not in ('"', "\u201c", "``"):
        return False
    after = body[position + len(mark) : position + len(mark) + 1]
    return bool(_SENTENCE_END_BEFORE.search(body, max(0, position - 3), position)) and (
        after.isupper()
    )


def _can_open(body: str, position: int, size: int) -> bool:
    """A mark opens a quotation when text follows it and no letter touches it on the left."""
    after = body[position + size : position + size + 1]
    before = body[position - 1 : position] if position else " "
    return bool(after) and not after.isspace() and not before.isalnum()


def is_partial(body: str, start: int) -> bool:
    """A fragment woven into the writer's own sentence ('called it "a disgrace" and left'),
    not the second half of an interrupted quotation ('"My hope," he said, "is that ...')."""
    inner = body[start : start + 4].lstrip("\"'`\u201c\u2018")
    if not inner[:1].islower():
        return False
    if continues_a_quote(body, start, 0):
        return False
    before = body[max(0, start - 3) : start].rstrip(" ")
    return not (start == 0 or not before or before.endswith(("\n", ".", ":", "?", "!")))


def continues_a_quote(body: str, start: int, floor: int) -> bool:
    """Whether the quotation at ``start`` is the second half of one a cue interrupts
    ('"My hope," she said, "is that ...'), looking back no further than ``floor``."""
    begin = max(floor, start - 130)
    window = body[begin:start]
    if ',"' not in window and ",\u201d" not in window and ",''" not in window:
        return False  # no closing mark after a comma: nothing was interrupted
    return bool(_INTERRUPTED_BEFORE.search(body, begin, start))


def is_scare_quote(body: str, start: int, end: int) -> bool:
    """A few words in marks with no cue near them: the writer's irony or a term, not a
    quote ('the so-called "reform"'); a short sentence after a full stop is a quote."""
    inner = body[start:end].strip("\"'`\u201c\u201d ")
    words = inner.split()
    if len(words) >= _SCARE_WORDS or (len(words) >= 3 and inner.endswith(("?", "!"))):
        return False
    if _SENTENCE_BEFORE.search(body, max(0, start - 3), start) and _A_SENTENCE.fullmatch(inner):
        return False  # '"Very good."' after the writer's full stop: a sentence said
    after = body[end : end + 100]
    if _CUE_SOON_AFTER.match(after):
        return False
    before = body[max(0, start - 40) : start]
    return not _CUE_JUST_BEFORE.search(before)


def is_a_title(body: str, start: int, end: int) -> bool:
    """A programme's, book's or show's name in marks, not words anyone said: a few words all
    capitalised after "of", "on", a possessive or the kind of work ("host of MSNBC's "Morning
    Joe,"", "the anthem "A Change Is Gonna Come,"") or before it ("his "Keepin' It Real" radio
    programme", ""Collapse," Jared Diamond's best seller")."""
    words = body[start:end].strip("\"'`\u201c\u201d\u2018\u2019 ,.").split()
    if not words or len(words) > 12:
        return False
    if not all(word[:1].isupper() or word in TITLE_SMALL_WORDS for word in words):
        return False
    if _WORK_BEFORE.search(body, max(0, start - 16), start) or _AFTER_A_TITLE.match(body, end):
        return True
    return len(words) <= 7 and bool(_BEFORE_A_TITLE.search(body, max(0, start - 12), start))
