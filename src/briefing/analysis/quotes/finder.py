"""Who said what: direct quotations and reported claims, with their speakers."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.gazetteer import GAZETTEER
from briefing.analysis.lexicon.speech import REPORTED_WORDS, REPORTING_VERBS
from briefing.analysis.mention_index import MentionIndex
from briefing.analysis.quotes.attribution import ACCORDING_TO, attribute
from briefing.analysis.quotes.spans import (
    is_a_title,
    is_partial,
    is_scare_quote,
    quoted_spans,
)
from briefing.analysis.quotes.speakers import (
    GROUP_WORDS,
    PRONOUNS,
    pronoun_pools,
    pronoun_speaker,
    subject_speaker,
)
from briefing.analysis.span_mask import SortedSpans
from briefing.model import UNQUOTED_KINDS, Article, Paragraph, Quote

_REPORTED = re.compile(
    rf"\s(?P<cue>{either(REPORTING_VERBS)}|told \w+|"
    r"cited (?:\w+ )?sources(?: [^,.;]{0,40}?)? saying)"
    rf"\s+(?:(?:{either(REPORTED_WORDS)})"
    rf" [^,.;\"\u201c\u201d]{{0,40}}?\s+)?that\s+"
)
_SENTENCE_STOP = re.compile(r"[.!?](?=\s+[A-Z\"\u201c]|\s*$)")


def find_quotes(article: Article) -> list[Quote]:
    """Direct quotations (kind ``direct``) and reported claims (kind ``reported``)."""
    body = article.body
    mentions = MentionIndex(m for m in article.mentions if m.type in ("PER", "ORG"))
    sentence_starts = [s.start for s in article.sentences]
    quotes: list[Quote] = []
    previous: Quote | None = None
    for paragraph in article.paragraphs:
        if paragraph.kind in UNQUOTED_KINDS:
            continue
        direct = _direct_quotes(body, paragraph, sentence_starts, mentions, previous)
        last_direct = [q for q in direct if q.kind == "direct"]
        previous = last_direct[-1] if last_direct and last_direct[-1].speaker_text else None
        kept = SortedSpans((q.start, q.end) for q in direct)
        quotes += direct
        quotes += _reported(body, paragraph.start, paragraph.end, kept, mentions)
    places = MentionIndex(m for m in article.mentions if m.type == "LOC")
    quotes = [_place_speaking(quote, places) for quote in quotes]
    pools = pronoun_pools(article, mentions)
    quotes = [
        replace(quote, speaker=pronoun_speaker(body, quote, *pools))
        if quote.speaker_text and quote.speaker_text.lower() in PRONOUNS
        else quote
        for quote in quotes
    ]
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


def _direct_quotes(
    body: str,
    paragraph: Paragraph,
    sentence_starts: Sequence[int],
    mentions: MentionIndex,
    previous: Quote | None,
) -> list[Quote]:
    """A paragraph's quotations with their speakers. One with no cue of its own is said by
    the paragraph's speaker before it, or (opening the paragraph) by the last paragraph's;
    one nobody is said to have said is a title or a scare quote, not a source quote."""
    found: list[Quote] = []
    spans = SortedSpans(marks := quoted_spans(body, paragraph.start, paragraph.end))
    for start, end in marks:
        if is_scare_quote(body, start, end) or is_a_title(body, start, end):
            continue
        at = bisect_right(sentence_starts, start) - 1
        sentence_start = max(sentence_starts[at] if at >= 0 else paragraph.start,
                             paragraph.start)  # fmt: skip
        quote = attribute(
            body, start, end, sentence_start, paragraph.start, paragraph.end, spans, mentions
        )
        if quote.speaker_text is None:
            if found:  # every quote kept has its speaker's words
                quote = _with_speaker(quote, found[-1])
            elif previous and start == paragraph.start:
                quote = _with_speaker(quote, previous)
        quote = replace(quote, partial=is_partial(body, start))
        if quote.speaker_text is not None:
            found.append(quote)
    return found


_STATES = frozenset(("country", "state"))


def _place_speaking(quote: Quote, places: MentionIndex) -> Quote:
    """A quote whose speaker is a place named alone ("The White House said", "Japan said"):
    the place speaks, as its government; a place inside a longer subject ("an official in
    Tokyo") does not."""
    if quote.speaker is not None or quote.speaker_span is None or quote.speaker_text is None:
        return quote
    words = quote.speaker_text
    article = words[:4].lower() == "the "
    if article:
        words = words[4:]
    known = words.lower() in GAZETTEER.countries or GAZETTEER.tags(words.lower()) & _STATES
    if not (known or (article and " " in words)):
        return quote  # "Gatland said": a person the tagger took for a place, not a place
    start, end = quote.speaker_span
    for place in places.inside(start, end):
        if place.text == words:
            return replace(quote, speaker=place.entity)
    return quote


def _with_speaker(quote: Quote, source: Quote) -> Quote:
    return replace(
        quote,
        speaker=source.speaker,
        cue=source.cue,
        speaker_text=source.speaker_text,
        speaker_span=source.speaker_span,
    )


def _reported(
    body: str,
    para_start: int,
    para_end: int,
    spans: SortedSpans,
    mentions: MentionIndex,
) -> list[Quote]:
    """Reported claims: "X reported that ...", "According to X, ..."."""
    found: list[Quote] = []
    for pattern, cue_name in ((_REPORTED, None), (ACCORDING_TO, "according to")):
        for match in pattern.finditer(body, para_start, para_end):
            clause_start = match.end()
            if cue_name is None:
                s_end = match.start()
                s_start = max(para_start, s_end - 100)
                for stop in (". ", "; ", ": ", '"', "\u201d", "\u201c"):
                    found_stop = body.rfind(stop, s_start, s_end)
                    if found_stop != -1:
                        s_start = found_stop + len(stop)
            else:
                s_start, s_end = match.span("subj")
            sentence_end = _sentence_end(body, clause_start, para_end)
            if spans.overlaps(clause_start, sentence_end) or spans.covers(match.start()):
                continue
            cut = max(body.rfind(", ", s_start, s_end) + 2, body.rfind(". ", s_start, s_end) + 2)
            s_start = max(s_start, cut)
            speaker, words, span = subject_speaker(
                body, s_start, s_end, clause_start, mentions, False
            )
            if words is None or (speaker is None and not GROUP_WORDS.search(words)):
                continue
            clause_end = sentence_end
            while clause_end > clause_start and body[clause_end - 1].isspace():
                clause_end -= 1
            if clause_end - clause_start < 12:
                continue
            cue = cue_name or " ".join(match.group("cue").split()[:1])
            found.append(
                Quote(
                    clause_start,
                    clause_end,
                    body[clause_start:clause_end],
                    "reported",
                    speaker,
                    cue,
                    words,
                    span,
                )  # fmt: skip
            )
    return found


def _sentence_end(body: str, start: int, limit: int) -> int:
    match = _SENTENCE_STOP.search(body, start, limit)
    return match.end() if match else limit
