"""Metadata a text carries itself: bylines, datelines, closing links, notices, captions.

Every rule here is general (shapes of news text), never keyed to one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.ingest.page_lines import date_line, is_clutter, is_link_line, opens_related_block

Block = tuple[int, int, str]

_OUTLET_WORDS = re.compile(
    r"\b(?:News|Net|Times|Post|Press|Agency|Daily|Journal|Network|TV|Radio|Media|Herald|"
    r"Tribune|Gazette|Observer|Reuters|AP|AFP|UPI|Xinhua|Bloomberg|Guardian|Telegraph|"
    r"Independent|Economist|Wire|Online|Weekly|Magazine|Review|Report|Chronicle|Asia|"
    r"Broadcasting|BBC|CNN|NHK|Kyodo|Yonhap|Nikkei|Politico|Insider|Mail|Express|Star|"
    r"Sun|Globe|Mirror|Standard|Monitor|Bulletin|Courier|Dispatch|Examiner|Inquirer|"
    r"Ledger|Sentinel|Service|Channel|Group|\.com|Newspaper|Daily|Info)\b"
)
_BRACKET_BYLINE = re.compile(
    r"\s*(?:\u3010([^\u3011\n]{2,120})\u3011|[\[(\uff08]\s*((?:By|BY)\s[^\])\uff09\n]{2,120})"
    r"[\])\uff09])\s*"
)
_BY_LINE = re.compile(r"(?:By|BY)\s+([A-Z][^\n]{1,100})")
_DATELINE = re.compile(
    r"(?:(?P<place>[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    r"(?:,\s*(?P<monthday>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?\s*)?"
    r"\((?P<outlet>[A-Z][A-Za-z\-]{1,20}(?:\s[A-Z][A-Za-z]+){0,2})\)\s*(?:[-\u2013\u2014_]+|:)\s*"
)
_DATE_LINE = re.compile(r"[A-Z][A-Z.'\- ]{1,40},?\s+(?P<date>\d{4}-\d{2}-\d{2})\s*")
_CLOSING_URL = re.compile(
    r"(?:Original(?:\s+(?:link|article|text))?|Source|Link|Read more|Via|\u539f\u6587)"
    r"\s*[:\uff1a]\s*<?(https?://[^\s>]+)>?\s*",
    re.IGNORECASE,
)
_NOTICE = re.compile(
    r"reproduc|copyright|\u00a9|\(c\)\s*\d{4}|all rights reserved|exclusive (?:piece|article|"
    r"report|content)|views? of the author|views expressed|disclaimer|^statement\s*[:\uff1a]|"
    r"not necessarily (?:reflect|represent)|^editor\s*[:\uff1a]|responsible editor|"
    r"^follow us|^subscribe|click (?:here|on the)|without (?:permission|authori[sz]ation)|"
    r"^(?:additional )?reporting by|^editing by|^writing by|^contact\s*[:\uff1a]",
    re.IGNORECASE,
)
_PHOTO_MARK = re.compile(
    r"(?:^|\s|\()(?:Photo|Image|Picture|Pictured|File photo|Credit|Photograph)"
    r"(?:\s+by|\s*[:/])|\((?:AP|AFP|Reuters|Getty)[^)]*Photo",
    re.IGNORECASE,
)
_CREDIT_WORD = re.compile(
    r"\b(?:account|photo|photos|photograph|image|images|credit|courtesy|handout|screenshot|"
    r"file|via|pool|stringer|footage|video|weibo|twitter|instagram|facebook)\b|/",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\u3002][\"'\u201d\u2019)]*(?=\s)")


@dataclass
class TextMetadata:
    """What the text says about itself."""

    blocks: list[Block]
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    date: str | None = None
    place: str | None = None


def read_text_metadata(body: str, blocks: list[Block]) -> TextMetadata:
    """Mark bylines, datelines, closing notices and captions; collect metadata."""
    meta = TextMetadata(blocks=list(blocks))
    _find_clutter(body, meta)
    _find_opening(body, meta)
    _find_closing(body, meta)
    _find_captions(body, meta)
    return meta


def _split_credit(text: str) -> tuple[str | None, list[str]]:
    """Split 'Outlet, Author' or 'Author, Outlet' (or a plain author list)."""
    text = re.sub(r"^(?:By|BY)\s+", "", text.strip())
    parts = [part.strip() for part in re.split(r",|\band\b|\||/|\u3001|\uff0c", text)]
    parts = [part for part in parts if part]
    outlets = [part for part in parts if _OUTLET_WORDS.search(part)]
    source = outlets[0] if outlets else None
    authors = [
        _name_case(part)
        for part in parts
        if part is not source and _looks_like_name(part) and part.lower() not in _NO_AUTHOR
    ]
    return source, authors


_NO_AUTHOR = frozenset(("no author", "unknown", "anonymous", "staff", "admin", "editor"))


def _name_case(name: str) -> str:
    """A name printed in capitals as a name is written ("MARA LIND" is Mara Lind)."""
    return name.title() if name.isupper() and len(name) > 3 else name


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and all(word[:1].isupper() for word in words)


OPENING_BLOCKS = 8  # where bylines and date lines are looked for: ``presentation.BYLINES_WITHIN``


def _find_opening(body: str, meta: TextMetadata) -> None:
    """Bylines, datelines and date lines in the opening paragraphs (never past the first
    few: a reader's paragraph numbers count on it). Past the first paragraph of the story
    (a standfirst, a caption) only bylines and date lines are looked for; a related-stories
    block ends the search, so a date is never read from it. The publication date wins
    over an update's."""
    in_story = False
    updated: str | None = None
    position = 0
    while position < min(OPENING_BLOCKS, len(meta.blocks)):
        start, end, kind = meta.blocks[position]
        position += 1
        if kind != "body":
            continue
        text = body[start:end]
        if opens_related_block(text):
            break
        dated = date_line(text)
        if dated is not None:
            day, is_update = dated
            if is_update:
                updated = updated or day
            else:
                meta.date = meta.date or day
            meta.blocks[position - 1] = (start, end, "byline")
            continue
        if _byline(body, meta, position - 1):
            continue
        if in_story:
            opening = _DATELINE.match(body, start, end)  # "NEW YORK (Reuters) - ..." after
            if opening and meta.source is None:  # a standfirst: the story's outlet
                meta.source = opening.group("outlet")
            continue
        bracket = _BRACKET_BYLINE.match(body, start, end)
        if bracket:
            credit = bracket.group(1) or bracket.group(2)
            source, authors = _split_credit(credit)
            meta.source = meta.source or source
            meta.authors.extend(authors)
            close = bracket.end()
            while close > start and body[close - 1].isspace():
                close -= 1
            rest = bracket.end()
            replacement = [(start, close, "byline")]
            if rest < end:
                replacement.append((rest, end, "body"))
            meta.blocks[position - 1 : position] = replacement
            position += len(replacement) - 1
            in_story = True
            continue
        date_line_with_place = _DATE_LINE.fullmatch(body, start, end)
        if date_line_with_place:
            meta.date = meta.date or date_line_with_place.group("date")
            meta.blocks[position - 1] = (start, end, "byline")
            continue
        dateline = _DATELINE.match(body, start, end)
        if dateline:
            meta.source = meta.source or dateline.group("outlet")
            if dateline.group("place"):
                meta.place = dateline.group("place").strip()
            if dateline.end() >= end or not body[dateline.end() : end].strip():
                meta.blocks[position - 1] = (start, end, "byline")
                continue
            in_story = True
            continue
        if position == 1 and is_headline(text):
            meta.blocks[position - 1] = (start, end, "heading")
            continue
        in_story = True
    if meta.date is None:
        meta.date = updated


def _byline(body: str, meta: TextMetadata, position: int) -> bool:
    """A "By Name" line at ``position``: set apart as a byline, its names kept."""
    start, end, _kind = meta.blocks[position]
    line = _BY_LINE.fullmatch(body, start, end)
    if not line or len(line.group(1).split()) > 12 or _SENTENCE_END.search(line.group(1)):
        return False
    source, authors = _split_credit(line.group(1))
    meta.source = meta.source or source
    meta.authors.extend(author for author in authors if author not in meta.authors)
    meta.blocks[position] = (start, end, "byline")
    return True


def is_headline(text: str) -> bool:
    """A short line with no sentence-final punctuation: a title, not a paragraph."""
    words = text.split()
    return (
        1 <= len(words) <= 16
        and "\n" not in text
        and not text.rstrip().endswith((".", "!", "?", ":", ",", ";", '"', "\u201d"))
        and words[0][:1].isupper()
    )


def _find_clutter(body: str, meta: TextMetadata) -> None:
    """Page clutter saved with the text (share bars, reading times, comment counts,
    sign-in prompts) and related-stories blocks (the heading and the links under it) are
    set apart as boilerplate."""
    in_related = False
    for position, (start, end, kind) in enumerate(meta.blocks):
        if kind not in ("body", "heading"):
            in_related = False
            continue
        text = body[start:end]
        if opens_related_block(text):
            in_related = True
        elif in_related and is_link_line(text):
            pass
        elif is_clutter(text):
            in_related = False
        else:
            in_related = False
            continue
        meta.blocks[position] = (start, end, "boilerplate")


def _find_closing(body: str, meta: TextMetadata) -> None:
    """Closing source links and notices about reproduction, copyright and views."""
    position = len(meta.blocks) - 1
    while position >= max(1, len(meta.blocks) - 6):
        start, end, kind = meta.blocks[position]
        text = body[start:end]
        if kind not in ("body", "boilerplate") or len(text.split()) > 60:
            break
        url = _CLOSING_URL.fullmatch(text)
        if url:
            meta.url = meta.url or url.group(1)
        elif not _NOTICE.search(text):
            break
        meta.blocks[position] = (start, end, "boilerplate")
        position -= 1


def _find_captions(body: str, meta: TextMetadata) -> None:
    """Short paragraphs that end in a credit instead of a sentence, or carry a photo mark."""
    for position, (start, end, kind) in enumerate(meta.blocks):
        if kind != "body":
            continue
        text = body[start:end]
        words = len(text.split())
        if words > 60 or words < 3:
            continue
        if _PHOTO_MARK.search(text) or _ends_in_credit(text):
            meta.blocks[position] = (start, end, "caption")


def _ends_in_credit(text: str) -> bool:
    """A sentence, then a short unpunctuated tail that names who took or owns the picture."""
    ends = list(_SENTENCE_END.finditer(text))
    if not ends:
        return False
    tail = text[ends[-1].end() :].strip()
    if not tail or tail[-1] in ".!?:;,\"'\u201d\u2019)\u3002":
        return False
    tail_words = tail.split()
    if not 1 <= len(tail_words) <= 6 or not tail_words[0][:1].isupper():
        return False
    if any(char.isdigit() for char in tail):
        return False
    for word in tail_words:
        if not word[:1].isupper() and not _CREDIT_WORD.fullmatch(word) and word not in _LINKS:
            return False
    return bool(_CREDIT_WORD.search(tail))


_LINKS = frozenset(("of", "by", "and", "the", "on", "from"))
