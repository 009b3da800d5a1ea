"""Frozen data model shared by every layer.

Every span is a pair of offsets into ``Article.body``: ``body[start:end]`` is its text.
"""

from __future__ import annotations

import os
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

# Paragraph kinds that hold no one's words: what they quote is no quotation.
# The last line of every brief `briefing export` writes: a brief saved into the folder it
# covers is then known, and not loaded as an article of that folder next time.
BRIEF_MARK = "[//]: # (written by briefing export: not an article)"  # a link label: invisible
UNQUOTED_KINDS = ("byline", "boilerplate", "heading")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of the body: a paragraph, heading, byline, caption or notice."""

    index: int
    start: int
    end: int
    kind: str = "body"  # body, byline, caption, boilerplate or heading
    topics: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span inside one paragraph."""

    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression with its TimeML type and value."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION or SET (TimeML)
    value: str
    mod: str | None = None
    # When the article's year is unknown (the value starts XXXX): years from the article's own
    # ("next year" 1, "last year" -1, "in March" 0); None when not counted from it.
    year_offset: int | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A named mention of an entity."""

    start: int
    end: int
    text: str
    type: str  # PER, ORG, LOC or MISC
    entity: str | None = None
    roles: tuple[str, ...] | None = None  # a person's titles here (None: not looked for)


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation or a reported claim, with its speaker's entity id."""

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    cue: str | None
    speaker_text: str | None = None
    speaker_span: tuple[int, int] | None = None
    partial: bool = False


@dataclass(frozen=True, slots=True)
class Figure:
    """A number with a unit: money, percent, count or measure."""

    start: int
    end: int
    text: str
    kind: str
    value: float
    unit: str | None = None
    high: float | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """One theme phrase, or one feature of a learned model, found inside a paragraph.

    ``weight`` is the phrase's weight, or what the feature adds to the model's margin."""

    phrase: str
    start: int
    end: int
    weight: float
    source: str = "phrase"  # "phrase" (the theme's) or "model" (a learned feature)


@dataclass(frozen=True, slots=True)
class TopicScore:
    """Why a paragraph sits under a topic: its score and the phrases behind it."""

    topic: str
    score: float
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Section:
    """The paragraphs filed under one topic, in reading order."""

    topic: str
    label: str
    paragraphs: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Article:
    """One source document: its body, metadata and (after analysis) annotations."""

    id: str
    path: str
    body: str
    paragraphs: tuple[Paragraph, ...]
    title: str | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    date: str | None = None
    date_basis: str | None = None
    date_reference: str | None = None
    sentences: tuple[Sentence, ...] = ()
    timexes: tuple[TimeExpr, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    topics: tuple[str, ...] = ()
    topic_scores: tuple[tuple[TopicScore, ...], ...] = ()
    sections: tuple[Section, ...] = ()
    # What the file says of itself beyond the fields above, as (key, value) pairs in key
    # order: a feed item's link, "content": "summary only" for an item without its text.
    metadata: tuple[tuple[str, str], ...] = ()

    def text(self, start: int, end: int) -> str:
        """The body text of a span."""
        return self.body[start:end]

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph that contains ``offset``, if any (paragraphs are in reading order)."""
        index = bisect_right(self.paragraphs, offset, key=_start) - 1
        if index >= 0 and offset < self.paragraphs[index].end:
            return self.paragraphs[index]
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains ``offset``, if any (sentences are in reading order)."""
        index = bisect_right(self.sentences, offset, key=_start) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    def mentions_in(self, start: int, end: int) -> tuple[Mention, ...]:
        """The mentions that start inside ``[start, end)`` (mentions are in reading order)."""
        low = bisect_left(self.mentions, start, key=_start)
        return self.mentions[low : bisect_left(self.mentions, end, lo=low, key=_start)]


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation, place or other name, merged across mentions."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    mention_count: int = 0


MERGE = "merge"
SPLIT = "split"


@dataclass(frozen=True, slots=True)
class Correction:
    """The reader's correction of the merged entities: ``merge`` moves entity ``entity``
    into entity ``other``; ``split`` takes the alias ``other`` (a written form) off entity
    ``entity`` (see ``briefing.analysis.names.corrections``)."""

    kind: str
    entity: str
    other: str


@dataclass(frozen=True, slots=True)
class Event:
    """A dated sentence on the timeline."""

    id: str
    article: str
    date: str
    timex: tuple[int, int]
    sentence: tuple[int, int]
    text: str
    topics: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    mod: str | None = None
    inferred: bool = False  # counted from an article date the text only implies
    year_offset: int | None = None  # years from its article's unknown year (TimeExpr's)
    background: bool = False  # history far before its article's date: after the news
    quoted: int = 0  # quotes that open in its sentence (the quotes pane loads only those)


@dataclass(frozen=True, slots=True)
class Corpus:
    """Everything loaded: articles, merged entities and the timeline.

    ``articles`` may load each article only when it is first asked for (see
    ``briefing.library.lazy_corpus``);
    ``headers`` says what the panes need of every article up front.
    """

    articles: Sequence[Article] = ()
    entities: tuple[Entity, ...] = ()
    timeline: tuple[Event, ...] = ()
    failures: tuple[LoadFailure, ...] = field(default=())
    headers: tuple[ArticleHeader, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleHeader:
    """What the app needs of an article it has not opened; ``topics`` are its sections'."""

    id: str
    path: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    topics: tuple[str, ...] = ()

    @classmethod
    def of(cls, article: Article) -> ArticleHeader:
        """The header of a loaded article."""
        topics = tuple(section.topic for section in article.sections)
        return cls(article.id, article.path, article.title, article.date, article.source, topics)


# What assembly sets in one article: each mention's (type, entity), each quote's speaker
Links = tuple[tuple[tuple[str, str | None], ...], tuple[str | None, ...]]


def links_of(article: Article) -> Links:
    """What assembly set in an article: each mention's type and entity, each quote's speaker."""
    return (
        tuple((m.type, m.entity) for m in article.mentions),
        tuple(q.speaker for q in article.quotes),
    )


@dataclass(frozen=True, slots=True)
class DatedSentence:
    """One of an article's timeline events before assembly: the event (its id, article,
    sources and entities are set when assembled) and the mentions of its sentence, as the
    slice ``mentions[low:high]``."""

    event: Event
    low: int
    high: int


@dataclass(frozen=True, slots=True)
class AssemblyPart:
    """What corpus assembly reads of one analysed article, made once per analysis (see
    :mod:`briefing.analysis.parts`)."""

    header: ArticleHeader
    date_basis: str | None
    date_reference: str | None
    mentions: tuple[Mention, ...]  # as analysed: the article's own entity ids and roles
    cues: tuple[int, ...]  # each mention's cue bits
    quotes: tuple[tuple[str | None, str | None], ...]  # each quote's speaker and its words
    dated: tuple[DatedSentence, ...]

    @property
    def id(self) -> str:
        """The article's id."""
        return self.header.id

    @property
    def date(self) -> str | None:
        """The article's date (what :func:`order_events` reads of an article)."""
        return self.header.date

    def moved(self, article_id: str, path: str) -> AssemblyPart:
        """The part of the same analysis for the article at ``path``, known as ``article_id``."""
        if (article_id, path) == (self.header.id, self.header.path):
            return self
        return replace(self, header=replace(self.header, id=article_id, path=path))


@dataclass(frozen=True, slots=True)
class Snapshot:
    """An assembled corpus without its articles: what the panes need to open at once (the
    cached articles with their ``links`` give the rest)."""

    entities: tuple[Entity, ...]
    timeline: tuple[Event, ...]
    headers: tuple[ArticleHeader, ...]
    links: tuple[Links, ...]
    failures: tuple[LoadFailure, ...] = ()

    @classmethod
    def of(cls, corpus: Corpus) -> Snapshot:
        """The snapshot of an assembled corpus."""
        return cls(corpus.entities, corpus.timeline, corpus.headers,
                   tuple(links_of(article) for article in corpus.articles),
                   corpus.failures)  # fmt: skip


@dataclass(frozen=True, slots=True)
class LoadFailure:
    """A file that could not be read, and why."""

    path: str
    reason: str
    notice: bool = False  # something to say (files of unknown kind skipped), not a failure

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


# ---------------------------------------------------------------- the ids the reader keeps
# Pins and notes outlive an analysis, so they name things by what does not change with it.


def article_key(path: str | Path) -> str:
    """How the reader's state names an article: its resolved path (each path resolved once
    a run: the reader asks again for every row it draws)."""
    return _resolved(os.path.join(os.getcwd(), path))  # a relative path: from here, now


@lru_cache(maxsize=1 << 16)
def _resolved(path: str) -> str:
    folder, name = os.path.split(path)
    if name in ("", ".", ".."):
        return os.path.realpath(path)
    if os.path.islink(path):
        return _link_target(path, folder)
    return os.path.join(_resolved_folder(folder), name)  # one lstat, not one per part


def _link_target(path: str, folder: str) -> str:
    """Where a link in ``folder`` leads, its folders resolved once a run (a folder of links
    into one other folder costs a readlink each, not an lstat per part of each path)."""
    link, place = path, folder
    for _ in range(8):
        try:
            target = os.readlink(link)
        except OSError:
            break
        if ".." in target.split(os.sep):  # a climb past a link may land elsewhere
            break
        joined = os.path.normpath(os.path.join(_resolved_folder(place), target))
        head, tail = os.path.split(joined)
        if not os.path.islink(joined):
            return os.path.join(_resolved_folder(head), tail)
        link, place = joined, head
    return os.path.realpath(path)  # loops, climbs and oddities: the slow, sure way


@lru_cache(maxsize=4096)
def _resolved_folder(folder: str) -> str:
    return os.path.realpath(folder)


def quote_key(article_id: str, quote: Quote) -> str:
    """How a pin names a quotation: its article and its span."""
    return f"{article_id}:q{quote.start}-{quote.end}"


def note_target(path: str | Path, paragraph_index: int) -> str:
    """How a note names the paragraph it is on: the article's key and the paragraph."""
    return f"{article_key(path)}#p{paragraph_index}"


def note_place(target: str) -> tuple[str, int] | None:
    """The article key and paragraph index a note target names (None: not a paragraph's)."""
    where, _, index = target.rpartition("#p")
    return (where, int(index)) if where and index.isdigit() else None


def _start(span: Paragraph | Sentence | Mention) -> int:
    return span.start
