"""The Markdown brief: every claim cites its source sentence in a footnote.

Article text is untrusted: it is written on one line and escaped, so it cannot add a link,
an image, HTML, a heading, a list, a table cell or a footnote; web addresses in it become
code spans (inert, and not auto-linked by GitHub).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from briefing.analysis.topics.themes import Theme
from briefing.export.same_story import same_stories
from briefing.export.view import (
    BriefView,
    article_in_view,
    entity_ids,
    quote_in_view,
    select_events,
)
from briefing.model import (
    BRIEF_MARK,
    Article,
    Corpus,
    Event,
    Figure,
    Quote,
    article_key,
    note_place,
    quote_key,
)
from briefing.on_demand import pass_over
from briefing.presentation import event_label, focus_year, one_line, paragraph_number, shorten
from briefing.safe_text import CONTROL_CHARACTERS

KEY_POINTS_PER_TOPIC = 2
KEY_POINTS_MAX = 10
# A digest (the default; a view's ``full`` lists everything): how much of each part it shows.
DIGEST = {"topic": 12, "timeline": 60, "speakers": 10, "quotes per speaker": 2,
          "entities": 40, "figures": 30}  # fmt: skip
_SPECIAL = re.compile(r"([\\`*_\[\]()<>|~&])")
_LEADING = re.compile(r"^(\s*)([#+\-=>]|\d+[.)])")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>`]+", re.IGNORECASE)
_SAFE_URL = re.compile(r"^https?://[^\s<>()\[\]`\"']+$", re.IGNORECASE)


def escape(text: str) -> str:
    """Article text made inert Markdown on one line."""
    text = CONTROL_CHARACTERS.sub(" ", one_line(text))
    parts = []
    position = 0
    for match in _URL.finditer(text):
        parts.append(_SPECIAL.sub(r"\\\1", text[position : match.start()]))
        parts.append(f"`{_inert_url(match.group())}`")
        position = match.end()
    parts.append(_SPECIAL.sub(r"\\\1", text[position:]))
    escaped = "".join(parts)
    return _LEADING.sub(_escape_leading, escaped)


def _escape_leading(match: re.Match[str]) -> str:
    """Escape what would open a block at the start of a line ("# ", "- ", "1. ")."""
    lead, mark = match.group(1), match.group(2)
    return lead + mark[:-1] + "\\" + mark[-1]


def link(url: str | None) -> str:
    """An article's address as an autolink when it is a plain web address, else as code."""
    if not url:
        return ""
    url = _inert_url(one_line(url))
    if _SAFE_URL.match(url):
        return f"<{url}>"
    return f"`{url}`"


def _inert_url(url: str) -> str:
    """A web address that cannot end its code span or split a table row: GitHub splits a
    row at every "|" before it reads code spans, so the pipe is written as the same
    address's percent code."""
    return url.replace("`", "").replace("|", "%7C")


class _Footnotes:
    """Footnotes numbered by first use; one per source sentence."""

    def __init__(
        self, articles: dict[str, Article], repeats: dict[str, list[Article]] | None = None
    ) -> None:
        self.articles = articles
        self.repeats = repeats or {}  # a story's first article: the others that tell it
        self.keys: dict[tuple[str, int, int], int] = {}

    def cite(self, article: Article, start: int, end: int) -> str:
        """The footnote of the sentence at ``start``, and of the same sentence wherever
        else the story ran (one claim, every outlet's footnote)."""
        sentence = article.sentence_at(start)
        span = (sentence.start, sentence.end) if sentence else (start, end)
        marks = [self._number(article.id, *span)]
        text = article.body[span[0] : span[1]]
        for other in self.repeats.get(article.id, ()):
            found = other.body.find(text)
            if found != -1:
                marks.append(self._number(other.id, found, found + len(text)))
        return "".join(f"[^{number}]" for number in marks)

    def _number(self, article_id: str, start: int, end: int) -> int:
        key = (article_id, start, end)
        if key not in self.keys:
            self.keys[key] = len(self.keys) + 1
        return self.keys[key]

    def render(self) -> list[str]:
        lines = []
        for (article_id, start, end), number in self.keys.items():
            article = self.articles[article_id]
            paragraph = article.paragraph_at(start)
            where = f"\u00b6{paragraph_number(article, paragraph.index)}" if paragraph else ""
            name = escape(article.title or article.source or article.id)
            url = link(article.url)
            parts = [name, where] + ([url] if url else [])
            quote = escape(article.body[start:end])
            lines.append(f"[^{number}]: {', '.join(p for p in parts if p)}: \u201c{quote}\u201d")
        return lines


def _importance(event: Event, article: Article) -> tuple[int, int]:
    """The stated key-point rule: quotes, figures and names in the sentence count."""
    start, end = event.sentence
    quotes = _count_starting_in(article.quotes, start, end)
    figures = _count_starting_in(article.figures, start, end)
    return (2 * quotes + 2 * figures + len(event.entities), -len(event.text))


def _count_starting_in(spans: Sequence[Quote] | Sequence[Figure], start: int, end: int) -> int:
    """How many of ``spans`` (in reading order) start inside ``[start, end)``."""
    low = bisect_left(spans, start, key=_span_start)
    return bisect_left(spans, end, lo=low, key=_span_start) - low


def _span_start(span: Quote | Figure) -> int:
    return span.start


@dataclass
class _Brief:
    """What every section of one brief shares: the view, its events, the footnotes."""

    corpus: Corpus
    theme: Theme
    view: BriefView
    articles: dict[str, Article]  # every article the brief may cite, without its analysis
    notes: _Footnotes
    events: list[Event]
    focus: str | None
    names: dict[str, str]
    entity_ids: set[str]
    topics: list[str]
    sources: list[Article]  # the articles the view covers, each story once
    repeats: dict[str, list[Article]]  # a story's first article id: the others that tell it
    pinned_quotes: list[tuple[Article, Quote]]  # in corpus order
    noted: dict[str, Article]  # a noted article's key (its path's): the article
    named: set[str] | None  # a filtered view's sources' entities (None: not filtered)

    @cached_property
    def one_outlet(self) -> bool:
        """Whether the view's several articles all have one outlet (rows then say titles)."""
        return len(self.sources) > 1 and len({a.source for a in self.sources}) == 1

    @classmethod
    def of(cls, corpus: Corpus, theme: Theme, view: BriefView) -> _Brief:
        ids = entity_ids(corpus, view.entities)
        events = select_events(corpus, view, ids)
        found = _Found.of(corpus, view, ids, {event.article for event in events})
        first = same_stories(found.covered)
        repeats: dict[str, list[Article]] = {}
        for article in found.covered:
            if article.id in first:
                repeats.setdefault(first[article.id], []).append(article)
        sources = [a for a in found.covered if a.id not in first]
        named = None
        if view.filtered:
            named = set().union(*(found.entities[a.id] for a in sources))
        events = [e for e in events if e.article not in first]
        return cls(
            corpus=corpus,
            theme=theme,
            view=view,
            articles=found.articles,
            notes=_Footnotes(found.articles, repeats),
            events=events,
            focus=_focus(events, sources),
            names={e.id: e.name for e in corpus.entities},
            entity_ids=ids,
            topics=list(view.topics) or [t.key for t in theme.topics],
            sources=sources,
            repeats=repeats,
            pinned_quotes=found.pinned_quotes,
            noted=found.noted,
            named=named,
        )


@dataclass
class _Found:
    """What one look over the corpus's articles finds for a brief; each article it keeps is
    kept without its analysis (names, times, topic scores), all a brief's sections need of
    it is its text, its sentences, quotes and figures, so a lazy corpus of thousands of
    articles is read once, one at a time, and never held whole."""

    covered: list[Article]
    articles: dict[str, Article]
    pinned_quotes: list[tuple[Article, Quote]]
    noted: dict[str, Article]
    entities: dict[str, set[str]]  # a covered article's id: its mentions' entities

    @classmethod
    def of(cls, corpus: Corpus, view: BriefView, ids: set[str], dated: set[str]) -> _Found:
        places = (note_place(target) for target, _text in view.notes)
        noted_keys = {place[0] for place in places if place is not None}
        found = cls([], {}, [], {}, {})
        for article in pass_over(corpus.articles):
            covered = article_in_view(article, view, ids, dated)
            pinned = (
                [q for q in article.quotes if quote_key(article.id, q) in view.pinned]
                if view.pinned
                else []
            )
            key = article_key(article.path) if noted_keys else None
            if not (covered or pinned or key in noted_keys):
                continue
            slim = replace(article, mentions=(), timexes=(), topic_scores=(), sections=())
            found.articles[article.id] = slim
            found.pinned_quotes += [(slim, quote) for quote in pinned]
            if key in noted_keys:
                found.noted[key] = slim
            if covered:
                found.covered.append(slim)
                if view.filtered:
                    found.entities[article.id] = {m.entity for m in article.mentions if m.entity}
        return found


def _focus(events: list[Event], sources: list[Article]) -> str | None:
    """The year dates are shown without: the sources' year when every dated event is in
    it; none (every date with its year) when the brief spans more than one year."""
    years = {event.date[:4] for event in events if event.date[:4].isdigit()}
    focus = focus_year(sources)
    return focus if years <= {focus} else None


def render_brief(corpus: Corpus, theme: Theme, view: BriefView | None = None) -> str:
    """The whole brief as Markdown (CommonMark with GFM tables and footnotes): its sections
    in the order of :data:`SECTIONS` (footnotes are numbered by first use, in that order)."""
    brief = _Brief.of(corpus, theme, view or BriefView())
    parts: list[list[str]] = [[] for _ in SECTIONS]
    for index, (name, section) in enumerate(SECTIONS):
        if name not in ("sources", "notes"):
            parts[index] = section(brief)
    for index, (name, section) in enumerate(SECTIONS):  # what the others cited, known now
        if name in ("sources", "notes"):
            parts[index] = section(brief)
    parts.append(["", BRIEF_MARK])
    return "\n".join(line for part in parts for line in part) + "\n"


def _more(count: int, what: str) -> list[str]:
    """The line a digest ends a part with when it leaves some out."""
    if count <= 0:
        return []
    return ["", f"*{count:,} more {what} in this view; `--full` lists them.*"]


def _title(brief: _Brief) -> list[str]:
    view, theme, events, focus = brief.view, brief.theme, brief.events, brief.focus
    count = len(brief.sources)
    title = ", ".join(theme.label(t) for t in view.topics) if view.topics else "All topics"
    if view.entities:
        title += " \u00b7 " + ", ".join(escape(e) for e in view.entities)
    out = [f"# Brief: {title}", ""]
    if not events:
        return out + [f"No dated event in this view; {count} article(s)."]
    news = [event for event in events if not event.background] or events
    first, last = news[0], news[-1]
    line = (f"Covering {escape(event_label(first, focus))} to "
            f"{escape(event_label(last, focus))} \u00b7 {len(events)} "
            f"dated events from {count} article(s).")  # fmt: skip
    if any(event.date.startswith("XXXX") for event in events):
        line += " A date marked ? has no year in its article."
    if any(event.inferred for event in events):
        line += (" A date marked \u2248 was counted from an article date inferred from "
                 "its text (the article states none).")  # fmt: skip
    return out + [line]


def _sources(brief: _Brief) -> list[str]:
    out = ["", "## Sources", ""]
    cited = {article_id for article_id, _start, _end in brief.notes.keys}
    shown = brief.sources
    if not brief.view.full:
        shown = [a for a in brief.sources if a.id in cited] or brief.sources[: DIGEST["timeline"]]
    for article in shown:
        bits = [f"**{escape(article.source or 'Unknown source')}**"]
        if article.authors:
            bits.append(escape(", ".join(article.authors)))
        bits.append(escape(article.date or "undated"))
        bits.append(escape(article.title or article.id))
        if article.url:
            bits.append(link(article.url))
        also = brief.repeats.get(article.id, ())
        if also:
            names = ", ".join(_also_in(a) for a in also[:3])
            more = f" and {len(also) - 3} more" if len(also) > 3 else ""
            bits.append(f"also in {names}{more}")
        out.append("- " + " \u2014 ".join(bits))
    return out + _more(len(brief.sources) - len(shown), "articles")


def _also_in(article: Article) -> str:
    """Where else a story ran: "BBC News (2005-01-12)"."""
    where = escape(article.source or article.title or article.id)
    return f"{where} ({escape(article.date or 'undated')})"


def _key_points(brief: _Brief) -> list[str]:
    view, articles, notes, focus = brief.view, brief.articles, brief.notes, brief.focus
    out = ["", "## Key points", ""]
    out.append("*Pinned items first; then, per topic, the dated sentences that carry the most "
               "quotes, figures and names.*")  # fmt: skip
    out.append("")
    points: list[str] = []
    for event in brief.events:
        if event.id in view.pinned:
            points.append(_claim(event, articles, notes, focus, pinned=True))
    for article, quote in brief.pinned_quotes:
        points.append(_quote_line(article, quote, brief.names, notes, pinned=True))
    for topic in brief.topics:
        ranked = sorted(
            (e for e in brief.events if topic in e.topics and e.id not in view.pinned),
            key=lambda e: _importance(e, articles[e.article]),
            reverse=True,
        )
        for event in ranked[:KEY_POINTS_PER_TOPIC]:
            line = _claim(event, articles, notes, focus)
            if line not in points:
                points.append(line)
    if not points:  # the view's events carry none of the topics: its strongest, then
        ranked = sorted(brief.events, key=lambda e: _importance(e, articles[e.article]),
                        reverse=True)  # fmt: skip
        points = [_claim(event, articles, notes, focus) for event in ranked[:KEY_POINTS_MAX]]
    return out + (points[: max(KEY_POINTS_MAX, len(view.pinned))]
                  or ["- No dated claim in this view."])  # fmt: skip


def _topic_sections(brief: _Brief) -> list[str]:
    out: list[str] = []
    for topic in brief.topics:
        members = [e for e in brief.events if topic in e.topics]
        undated = (
            [] if members or brief.view.entities
            else _undated_claims(brief.sources, topic, brief.notes)
        )  # fmt: skip
        if not members and not undated:
            continue
        out += ["", f"## {escape(brief.theme.label(topic))}", ""]
        shown = members if brief.view.full else _strongest(brief, members, DIGEST["topic"])
        out += [_claim(e, brief.articles, brief.notes, brief.focus) for e in shown] + undated
        out += _more(len(members) - len(shown), "dated claims under this topic")
    return out


def _strongest(brief: _Brief, events: list[Event], limit: int) -> list[Event]:
    """The ``limit`` events that carry the most, in date order."""
    ranked = sorted(events, key=lambda e: _importance(e, brief.articles[e.article]),
                    reverse=True)[:limit]  # fmt: skip
    keep = {id(event) for event in ranked}
    return [event for event in events if id(event) in keep]


def _most_quoted(quotes: list[tuple[Article, Quote]]) -> list[tuple[Article, Quote]]:
    """A digest's quotes: the most quoted speakers' (a few each), in reading order."""
    counts: dict[str, int] = {}
    for _article, quote in quotes:
        if quote.speaker:
            counts[quote.speaker] = counts.get(quote.speaker, 0) + 1
    top = set(sorted(counts, key=lambda s: (-counts[s], s))[: DIGEST["speakers"]])
    taken: dict[str, int] = {}
    shown = []
    for article, quote in quotes:
        if quote.speaker in top and taken.get(quote.speaker, 0) < DIGEST["quotes per speaker"]:
            taken[quote.speaker] = taken.get(quote.speaker, 0) + 1  # type: ignore[index]
            shown.append((article, quote))
    return shown


def _quotes(brief: _Brief) -> list[str]:
    quotes = [
        (article, quote)
        for article in brief.sources
        for quote in article.quotes
        if quote.kind == "direct" and quote_in_view(article, quote, brief.view, brief.entity_ids)
    ]
    if not quotes:
        return []
    out = ["", "## Quotes", ""]
    every = quotes
    if not brief.view.full and len(quotes) > DIGEST["speakers"] * DIGEST["quotes per speaker"]:
        quotes = _most_quoted(quotes)
    for article, quote in quotes:
        said = quote.speaker_text or "unattributed"
        speaker = escape(brief.names.get(quote.speaker or "", said))
        out.append(f"> {escape(quote.text)}")
        out.append(f"> \u2014 {speaker}{brief.notes.cite(article, quote.start, quote.end)}")
        out.append("")
    return out[:-1] + _more(len(every) - len(quotes), "quotations")


def _your_notes(brief: _Brief) -> list[str]:
    if not brief.view.notes:
        return []
    out = ["", "## Your notes", "", "*Written by the reader, not taken from the articles.*", ""]
    for target, text in brief.view.notes:
        place = note_place(target)
        noted = brief.noted.get(place[0]) if place is not None else None
        if place is None or noted is None or place[1] >= len(noted.paragraphs):
            continue
        paragraph = noted.paragraphs[place[1]]
        number = paragraph_number(noted, paragraph.index)
        cite = brief.notes.cite(noted, paragraph.start, paragraph.end)
        out.append(f"- {escape(text)} (your note on \u00b6{number}){cite}")
    return out


_TABLE_HEAD = ["| Date | Event | Source |", "| --- | --- | --- |"]


def _timeline(brief: _Brief) -> list[str]:
    """The dated events, the news first and then, apart, the history it recalls."""
    out = ["", "## Timeline", "", *_TABLE_HEAD]
    shown = brief.events
    if not brief.view.full:
        shown = _strongest(brief, brief.events, DIGEST["timeline"])
    history = [event for event in shown if event.background]
    for event in shown:
        if event is (history[0] if history else None):
            out += ["", "### Background", "", "Dates over a decade before the articles'.", ""]
            out += _TABLE_HEAD
        article = brief.articles[event.article]
        out.append(
            f"| {escape(event_label(event, brief.focus))} "
            f"| {escape(shorten(event.text, 140))}{brief.notes.cite(article, *event.sentence)} "
            f"| {escape(_source_label(brief, article))} |"
        )
    return out + _more(len(brief.events) - len(shown), "dated events")


def _source_label(brief: _Brief, article: Article) -> str:
    """How a row names its article: its outlet, or its title when every article of the view
    has the same outlet (a folder of one outlet's stories)."""
    if brief.one_outlet:
        return shorten(article.title or article.id, 60)
    return article.source or article.id


def _entities(brief: _Brief) -> list[str]:
    in_events = {entity for ev in brief.events for entity in ev.entities}
    named = brief.named
    every = [
        e for e in brief.corpus.entities
        if (not brief.view.entities or e.id in brief.entity_ids or e.id in in_events)
        and (named is None or e.id in named)
    ]  # fmt: skip
    shown = every if brief.view.full else every[: DIGEST["entities"]]
    out = [
        "",
        "## Entities",
        "",
        "| Name | Type | Roles | Mentions |",
        "| --- | --- | --- | ---: |",
    ]
    for entity in shown:
        roles = escape("; ".join(entity.roles)) or "\u2014"
        out.append(f"| {escape(entity.name)} | {entity.type} | {roles} | {entity.mention_count} |")
    return out + _more(len(every) - len(shown), "entities")


def _figures(brief: _Brief) -> list[str]:
    out = ["", "## Figures", "", "| Figure | What it measures | Source |", "| --- | --- | --- |"]
    filtered = bool(brief.view.topics or brief.view.entities)
    event_sentences = {(e.article, e.sentence) for e in brief.events}
    rows = 0
    for article in brief.sources:
        for figure in article.figures:
            sentence = article.sentence_at(figure.start)
            if sentence is None:
                continue
            if filtered and (article.id, (sentence.start, sentence.end)) not in event_sentences:
                continue
            rows += 1
            if not brief.view.full and rows > DIGEST["figures"]:
                continue
            context = shorten(article.body[sentence.start : sentence.end], 110)
            out.append(
                f"| {escape(figure.text)} | {escape(context)}"
                f"{brief.notes.cite(article, figure.start, figure.end)} "
                f"| {escape(article.source or article.id)} |"
            )
    limit = rows if brief.view.full else min(rows, DIGEST["figures"])
    return out + _more(rows - limit, "figures")


def _footnotes(brief: _Brief) -> list[str]:
    return ["", "## Notes", "", *brief.notes.render()]


# The brief's sections in order; each gives its lines (a section with nothing to say, none).
SECTIONS: tuple[tuple[str, Callable[[_Brief], list[str]]], ...] = (
    ("title", _title),
    ("sources", _sources),
    ("key points", _key_points),
    ("topics", _topic_sections),
    ("quotes", _quotes),
    ("your notes", _your_notes),
    ("timeline", _timeline),
    ("entities", _entities),
    ("figures", _figures),
    ("notes", _footnotes),
)


def _undated_claims(
    articles: Sequence[Article], topic: str, notes: _Footnotes, limit: int = 3
) -> list[str]:
    """For a topic with no dated claim: the opening sentence of its paragraphs."""
    lines: list[str] = []
    for article in articles:
        for paragraph in article.paragraphs:
            if topic not in paragraph.topics or len(lines) >= limit:
                continue
            sentence = next(s for s in article.sentences if s.paragraph == paragraph.index)
            text = escape(article.body[sentence.start : sentence.end])
            lines.append(
                f"- **undated** \u2014 {text}{notes.cite(article, sentence.start, sentence.end)}"
            )
    return lines


def _claim(
    event: Event, articles: dict[str, Article], notes: _Footnotes, focus: str | None,
    pinned: bool = False,
) -> str:  # fmt: skip
    article = articles[event.article]
    label = escape(event_label(event, focus))
    mark = " (pinned)" if pinned else ""
    return f"- **{label}**{mark} \u2014 {escape(event.text)}{notes.cite(article, *event.sentence)}"


def _quote_line(
    article: Article, quote: Quote, names: dict[str, str], notes: _Footnotes, pinned: bool
) -> str:
    speaker = escape(names.get(quote.speaker or "", quote.speaker_text or "unattributed"))
    mark = " (pinned)" if pinned else ""
    return (f"- **{speaker}**{mark}: {escape(quote.text)}"
            f"{notes.cite(article, quote.start, quote.end)}")  # fmt: skip
