"""Who said what: direct quotations and reported claims, with their speakers."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from briefing.analysis.mention_index import MentionIndex
from briefing.analysis.names.gazetteer import GAZETTEER
from briefing.analysis.quotes.spans import (
    CUES,
    continues_a_quote,
    is_a_title,
    is_partial,
    is_scare_quote,
    quoted_spans,
)
from briefing.analysis.span_mask import SortedSpans
from briefing.model import Article, Mention, Paragraph, Quote

_NAME_CHARS = r"(?:[^,.;:!?\"\u201c\u201d\n]|\.(?=\s?[A-Z(]|\))|,\s*\d{1,3},)"
_SUBJECT = rf"{_NAME_CHARS}{{1,80}}?(?:,\s+[^,\"\u201c\u201d\n]{{1,140}},)?"
# Where a name after its cue ends: punctuation, but not the full stop of a title or an
# initial inside it ("said Sen. Lindsey Graham", "said Kevin D. Williamson").
_NAME_STOP = (
    r"(?:[,;:!?]|\.(?!\s?[A-Z(])|(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt))"
    r"(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Sgt|Amb))(?<!\bCapt)\.)"
)
_AFTER_INVERTED = re.compile(
    rf"\s*[,\u2014\u2015-]*\s*(?P<cue>{CUES})\s+(?P<subj>{_NAME_CHARS}{{1,80}}?)"
    rf"(?={_NAME_STOP}|\s+(?:on|in|at|during|after|before|from|to|when|as|about|who)\b|$)"
)
_AFTER_NORMAL = re.compile(
    rf"\s*[,\u2014\u2015-]*\s*(?P<subj>{_SUBJECT})\s+(?:\w+ly\s+)?(?:"
    rf"(?P<cue>{CUES})\b|(?!(?:this|his|its|has|was|does|is|as|us|yes|thus|plus|less)\b)"
    r"(?P<verb>[a-z]{3,}(?:ed|es|s))(?=\s*[,.;:!?\u2014]|\s*$|\s+(?:on|in|at|during)\s))"
)
_AFTER_DASH = re.compile(r"\s*[\u2014\u2015\u2013-]+\s*(?P<subj>[^\n\"\u201c\u201d]{2,80}?)\s*$")
_COLON_BEFORE = re.compile(r"(?P<subj>[^,.;:\"\u201c\u201d]{1,100}?):\s*$")
_COLON_AFTER_APPOSITION = re.compile(
    r"(?P<subj>(?:[^.;:\"\u201c\u201d\n]|\.(?=\s?[A-Z(,])){1,160}?):\s*$"
)
_CUE_BEFORE = re.compile(
    rf"(?P<subj>(?:[^.;:\"\u201c\u201d]|\.(?=\s?[A-Z(])){{1,140}}?)\s+(?:\w+ly\s+)?"
    rf"(?P<cue>{CUES})\b"
    rf"(?P<rest>[^\"\u201c\u201d]{{0,160}})$"
)
_ACCORDING = re.compile(r"\b[Aa]ccording to (?P<subj>[^,.;:\"\u201c\u201d]{2,80}?),\s*")
_REPORTED = re.compile(
    r"\s(?P<cue>reported|noted|revealed|said|says|told \w+|warned|mentioned|commented|"
    r"pointed out|announced|argued|claimed|stated|wrote|added|"
    r"cited (?:\w+ )?sources(?: [^,.;]{0,40}?)? saying)\s+"
    r"(?:(?:on|in|at|during|earlier|late|last) [^,.;\"\u201c\u201d]{0,40}?\s+)?that\s+"
)
PRONOUNS = {"he": "PER", "she": "PER", "him": "PER", "her": "PER", "they": "ORG", "it": "ORG"}
_GROUPS = re.compile(
    r"\b(?:officials|sources|analysts|people|experts|executives|diplomats|lawmakers|"
    r"economists|investors|critics|residents|witnesses|spokesman|spokeswoman|spokesperson)$",
    re.IGNORECASE,
)
# A speaker's turn in a transcript: the name in capitals, a colon, what they said
_TRANSCRIPT_TURN = re.compile(
    r"[\"\u201c`']*(?P<subj>[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,2}):\s"
)
_CLAUSE_OPENERS = frozenset("when if as after once before while although though since".split())
# What no speaker's words start with ("said that ...", "-- and, when asked, asserting")
_SUBJECT_START = re.compile(
    r"(?!(?i:that|how|what|whether|if|when|why|to|in|on|at|for|with|by|from|about|of|as)\b)"
    r"(?!(?:and|but|or|so)\b)"  # "But Ms. Capito said" still may speak
)
_DESCRIBED_NAME = re.compile(r"(?:an?|the)(?:\s+[a-z-]+){1,2}\s+[A-Z][\w'\u2019-]+")
_TITLE_WORDS = re.compile(r"(?:\s+[A-Z][\w.'\u2019-]*){1,4}\s+")
_CLAUSE_BOUNDARY = re.compile(r",\s+|\b(?:as|while|when|and|but|after|before|because)\s+")
_LEADING_WORD = re.compile(r"\s*(?P<according>[Aa]ccording to\s+)?(?P<who>[\w.'\u2019-]+)")
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose)\b.*,$")
_CUE_RIGHT_BEFORE = re.compile(rf"\b(?:{CUES})\b(?:\s+[\w'\u2019.-]+){{0,4}}\s*:\s*$")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s+[A-Z\"\u201c]|\s*$)")
_INTRODUCES = re.compile(
    r"(?:[ \t]+(?!(?:as|while|when|and|but|after|before)\b)[\w'\u2019-]+){0,5}[ \t]*:"
)
_AUXILIARY_END = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|were|will|would|could|should|may|might|must|also|"
    r"then|later|earlier|again|been|now|since|already|once|still|even|just|never|often))+$"
)
_STOP_AFTER = re.compile(r"\s?[.!?](?:\s|$)")
_JOINING_WORD = re.compile(r"(?:and|but|or|so|yet|then)(?:\s+|$)", re.IGNORECASE)


def find_quotes(article: Article) -> list[Quote]:
    """Direct quotations (kind ``direct``) and reported claims (kind ``reported``)."""
    body = article.body
    mentions = MentionIndex(m for m in article.mentions if m.type in ("PER", "ORG"))
    sentence_starts = [s.start for s in article.sentences]
    quotes: list[Quote] = []
    previous: Quote | None = None
    for paragraph in article.paragraphs:
        if paragraph.kind in ("byline", "boilerplate", "heading"):
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
        quote = _attribute(
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


@dataclass
class QuoteSite:
    """One quotation and what its speaker may be found in: the paragraph, the sentence, the
    other quotations of the paragraph, the article's names."""

    body: str
    start: int
    end: int
    sentence_start: int
    para_start: int
    para_end: int
    spans: SortedSpans
    mentions: MentionIndex

    @property
    def text(self) -> str:
        return self.body[self.start : self.end]

    @property
    def begin(self) -> int:
        """Where the text before the quotation starts: after the paragraph's last quotation."""
        return self.spans.last_end(self.start, self.para_start)

    @property
    def clause_start(self) -> int:
        """Where a cue before the quotation may start: its sentence, after other quotations."""
        return max(self.sentence_start, self.begin)

    def quote(self, speaker: str | None, cue: str | None, words: str | None,
              span: tuple[int, int] | None) -> Quote:  # fmt: skip
        return Quote(self.start, self.end, self.text, "direct", speaker, cue, words, span)

    def speaker(self, s_start: int, s_end: int, first: bool):
        return _speaker(self.body, s_start, s_end, self.start, self.mentions, first=first)


def _transcript_turn(site: QuoteSite) -> Quote | None:
    """ "PENCE: Well, look, ...": a transcript names who speaks inside the marks (the Mike
    Pence the story names)."""
    turn = _TRANSCRIPT_TURN.match(site.body, site.start, site.end)
    if not turn:
        return None
    speaker, words, span = site.speaker(*turn.span("subj"), first=True)
    if not words:
        return None
    named = site.mentions.of_type("PER").first_with_surname(words.split()[-1].lower())
    if speaker is None and named is not None:
        speaker = named.entity
    return site.quote(speaker, ":", words, span)


def _cue_after(site: QuoteSite) -> Quote | None:
    """'"...," said Smith', '"...," Smith said', '"..." -- Smith'. Not for the second half
    of an interrupted quotation ('"My hope," she said, "is that ..."'), after a full stop
    that ends the sentence ('it is "appraising offers". Chief executive Peter McGuigan
    said'), or after a quotation a cue and colon introduced."""
    body, start, end, para_start = site.body, site.start, site.end, site.para_start
    if continues_a_quote(body, start, para_start) or _STOP_AFTER.match(body, end):
        return None
    if ":" in body[max(para_start, start - 4) : start] and _CUE_RIGHT_BEFORE.search(
        body, max(para_start, start - 60), start
    ):
        return None
    limit = site.spans.next_start(end, site.para_end)
    for pattern in (_AFTER_INVERTED, _AFTER_NORMAL, _AFTER_DASH):
        after = pattern.match(body, end, limit)
        if not after:
            continue
        s_start, s_end = after.span("subj")
        subject = body[s_start:s_end].strip(" ,\u2014\u2015-")
        if not _SUBJECT_START.match(subject):
            continue  # "'I don't like it,' adding that ...": no one is "that" or "and, when"
        if after.groupdict().get("verb") and not (
            (subject[:1].isupper() and len(subject.split()) <= 4)
            or subject.lower() in PRONOUNS
            or _DESCRIBED_NAME.fullmatch(subject)  # "an angry Hollande retaliated"
        ):
            continue  # not "She will wait to see how she recovers"
        if pattern is not _AFTER_DASH and _INTRODUCES.match(body, after.end()):
            continue  # '"... for it." Andy Parfitt said: "We ...': his cue opens the next one
        speaker, words, span = site.speaker(s_start, s_end, first=True)
        if words:
            cue = after.groupdict().get("cue") or after.groupdict().get("verb") or "\u2014"
            return site.quote(speaker, cue, words, span)
    return None


def _cue_before(site: QuoteSite) -> Quote | None:
    """'Smith said: "..."', 'Smith said "..."', 'When asked, he said: "..."'; a participle's
    speaker is its clause's subject ("X met Y before saying, ...")."""
    body, start = site.body, site.start
    before = _CUE_BEFORE.search(body, site.clause_start, start)
    while (
        before
        and before.group("subj").strip().lower() in _CLAUSE_OPENERS
        and (later := _CUE_BEFORE.search(body, before.end("cue"), start))
    ):
        before = later  # "When asked about it, he said:": "When" asked nothing
    if not before:
        return None
    s_start, s_end = before.span("subj")
    nearest = _nearest_cue(body, before, start, site.mentions)
    if nearest is not None:  # "Cruz said as the heckler yelled: ...": the heckler's
        before, s_start = nearest
        s_end = before.end("subj")
    participle = before.group("cue").endswith("ing")
    speaker, words, span = site.speaker(s_start, s_end, first=participle)
    opening = body[s_start:s_end].lstrip(" ,-\u2014\u2013")[:1]
    begin = site.begin
    if participle and begin > site.sentence_start and opening.islower():
        # "Trump tweeting that it was a "disaster" for Clinton and asking, ...": the
        # sentence's subject, before the earlier quotation
        person = _first_person(site.mentions, site.sentence_start, begin, site.spans)
        if person is not None:
            speaker, words = person.entity, person.text
            span = (person.start, person.end)
    return site.quote(speaker, before.group("cue"), words, span) if words else None


def _colon_before(site: QuoteSite) -> Quote | None:
    """'Mitch McConnell, R-Ky., delivered a blunt message to Trump: "..."', 'She then
    addressed the crowd: "..."', 'According to HuffPo: "..."'."""
    body, clause_start, start = site.body, site.clause_start, site.start
    colon = _COLON_BEFORE.search(body, clause_start, start)
    if colon and colon.group("subj").lstrip()[:1].islower():
        colon = _COLON_AFTER_APPOSITION.search(body, clause_start, start) or colon
    if not colon:
        return None
    s_start, s_end = colon.span("subj")
    speaker, words, span = site.speaker(s_start, s_end, first=True)
    if not speaker:
        speaker, words, span = _leading_speaker(body, s_start, s_end, start, site.mentions)
    return site.quote(speaker, ":", words, span) if speaker else None


def _colon_ending_the_paragraph_before(site: QuoteSite) -> Quote | None:
    """A quotation that opens its paragraph, after one that ends in "X said:"."""
    body, para_start = site.body, site.para_start
    if site.start != para_start or para_start < 2:
        return None
    previous_end = body.rfind("\n", 0, para_start - 1)
    while previous_end > 0 and body[previous_end - 1] == "\n":
        previous_end -= 1
    head = body.rfind("\n", 0, max(previous_end, 0)) + 1
    colon = _COLON_BEFORE.search(body, head, max(previous_end, head))
    if not colon:
        return None
    speaker, words, span = site.speaker(*colon.span("subj"), first=True)
    return site.quote(speaker, ":", words, span) if words else None


def _according_to(site: QuoteSite) -> Quote | None:
    """'According to the minister, "..."'."""
    according = _ACCORDING.search(site.body, site.clause_start, site.start)
    if not according:
        return None
    speaker, words, span = site.speaker(*according.span("subj"), first=False)
    return site.quote(speaker, "according to", words, span)


# Who said a quotation: the first of these strategies that finds a speaker, in this order.
ATTRIBUTION_SIEVE: tuple[Callable[[QuoteSite], Quote | None], ...] = (
    _transcript_turn,
    _cue_after,
    _cue_before,
    _colon_before,
    _colon_ending_the_paragraph_before,
    _according_to,
)


def _attribute(
    body: str,
    start: int,
    end: int,
    sentence_start: int,
    para_start: int,
    para_end: int,
    spans: SortedSpans,
    mentions: MentionIndex,
) -> Quote:
    site = QuoteSite(body, start, end, sentence_start, para_start, para_end, spans, mentions)
    for strategy in ATTRIBUTION_SIEVE:
        found = strategy(site)
        if found is not None:
            return found
    return site.quote(None, None, None, None)


def _speaker(
    body: str,
    s_start: int,
    s_end: int,
    quote_start: int,
    mentions: MentionIndex,
    first: bool,
) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """The entity (if any), the words and the span of the subject of a cue."""
    while s_start < s_end and body[s_start] in " ,\u2014-":
        s_start += 1
    joined = _JOINING_WORD.match(body, s_start, s_end)
    if joined:  # "But he added", "and concluded": the conjunction is not the speaker
        s_start = joined.end()
    words = _AUXILIARY_END.sub("", body[s_start:s_end].strip())  # "the Executive has" insisted
    relative = _RELATIVE_CLAUSE.search(words)
    if relative:  # "Umbro, which is to be paid by Chelsea,": the subject is Umbro
        words = words[: relative.start()]
    apposition = words.endswith(",") and ", " in words
    if apposition:
        first = True  # "Mr MacDonell, political editor of The Scotsman,": the head speaks
    tail = words.rpartition(", ")[2]
    tail_start = s_start + len(words) - len(tail)
    named_tail = tail.lower() in PRONOUNS or bool(mentions.starting_at(tail_start))
    if tail != words and named_tail and not apposition:
        s_start, words = tail_start, tail  # "When asked about it, he": the subject is "he"
    if len(words.split()) > 12:
        # a long clause before the cue ("much of the debate was so subdued that Mr. Trump
        # was prompted to say"): its one person, when it names only one
        people = [
            m for m in mentions.of_type("PER").inside(s_start, s_end) if not _possessive(body, m)
        ]
        if len({m.entity for m in people}) != 1:
            return None, None, None
        return people[0].entity, people[0].text, (people[0].start, people[0].end)
    if not words:
        return None, None, None
    s_end = s_start + len(words)
    lower = words.lower()
    if lower in PRONOUNS:
        kind = PRONOUNS[lower]
        # the last one named before the pronoun, not inside the quotation it speaks
        # ('"Quiet," he demanded': "Quiet" is no one)
        found = _antecedent(body, mentions.of_type(kind).ending_by(min(s_start, quote_start)))
        speaker = found.entity if found is not None else None
        return speaker, words, (s_start, s_end)
    inside = mentions.inside(s_start, s_end)
    owners = [m for m in inside if not _possessive(body, m)]
    inside = owners or inside  # "Sanders' comments": a possessive names no speaker
    if inside:
        chosen = _person_after_title(body, inside[0] if first else inside[-1], MentionIndex(inside))
        if not first:
            begin = chosen.start
            if body[max(s_start, begin - 4) : begin].lower() == "the ":
                begin -= 4
            return chosen.entity, body[begin:s_end].strip(), (begin, s_end)
        return chosen.entity, words, (s_start, s_end)
    if first and len(words.split()) <= 8:
        return None, words, (s_start, s_end)
    if (
        words[:1].islower()
        and not _GROUPS.search(words)
        and not lower.startswith(("the ", "a ", "an ", "one", "another"))
    ):
        return None, None, None
    return None, words, (s_start, s_end)


def quotation_spans(article: Article) -> list[tuple[int, int]]:
    """Every quotation's span (marks included) in the paragraphs quotes are looked for in."""
    return [
        span
        for paragraph in article.paragraphs
        if paragraph.kind not in ("byline", "boilerplate", "heading")
        for span in quoted_spans(article.body, paragraph.start, paragraph.end)
    ]


def pronoun_pools(
    article: Article, mentions: MentionIndex | None = None
) -> tuple[MentionIndex, MentionIndex]:
    """What a pronoun may stand for, as :func:`pronoun_speaker` takes it: the article's
    names (``mentions`` when the caller has them indexed), and those outside every
    quotation."""
    mentions = mentions if mentions is not None else MentionIndex(article.mentions)
    return mentions, MentionIndex(outside_quotations(mentions, quotation_spans(article)))


def outside_quotations(
    mentions: Iterable[Mention], quoted: Sequence[tuple[int, int]]
) -> list[Mention]:
    """The mentions that stand outside every quotation (``quoted`` in reading order)."""
    starts = [start for start, _end in quoted]
    kept = []
    for mention in mentions:
        index = bisect_right(starts, mention.start) - 1
        if index < 0 or quoted[index][1] <= mention.start:
            kept.append(mention)
    return kept


def pronoun_speaker(
    body: str, quote: Quote, mentions: MentionIndex, unquoted: MentionIndex
) -> str | None:
    """Who a quote's pronoun speaker ("he added") is: among the names of the pronoun's kind
    before it, the one :func:`_antecedent` picks. For "he" and "she" only the people named
    outside every quotation count (``unquoted``: "Smith" in a speaker's own words is not
    who "he" is); for "it" any organisation does ("Yukos" in its own statement). Run again
    once the corpus has settled every name's type (a one-word "person" the corpus shows to
    be a club is no "he")."""
    kind = PRONOUNS.get((quote.speaker_text or "").lower())
    if kind is None or quote.speaker_span is None:
        return quote.speaker
    bound = min(quote.speaker_span[0], quote.start)
    pool = unquoted if kind == "PER" else mentions
    found = _antecedent(body, pool.of_type(kind).ending_by(bound))
    return found.entity if found is not None else None


def _first_person(
    mentions: MentionIndex, start: int, end: int, spans: SortedSpans
) -> Mention | None:
    """The first person named between ``start`` and ``end`` outside any quotation."""
    for mention in mentions.of_type("PER").starting_in(start, end):
        if not spans.covers(mention.start):
            return mention
    return None


def _nearest_cue(
    body: str, first: re.Match[str], quote_start: int, mentions: MentionIndex
) -> tuple[re.Match[str], int] | None:
    """A later cue right before the quotation, in a clause of its own with a named or
    pronoun subject ("When Trump suggested ..., Rubio fired back:", "Cruz said as the
    heckler yelled:"), with where its subject starts; None to keep the first cue."""
    last = None
    found = _CUE_BEFORE.search(body, first.end("cue"), quote_start)
    while found is not None:
        last = found
        found = _CUE_BEFORE.search(body, found.end("cue"), quote_start)
    if last is None or len(last.group("rest").strip()) > 30:
        return None
    s_start, s_end = last.span("subj")
    adjacent = [m for m in mentions.of_type("PER").starting_in(s_start, s_end) if m.end == s_end]
    if adjacent and not last.group("cue").endswith(
        "ing"
    ):  # "..., to which O'Malley interjected:": the name right before the cue
        return last, adjacent[-1].start
    boundaries = list(_CLAUSE_BOUNDARY.finditer(body, s_start, s_end))
    if not boundaries:
        return None
    boundary = boundaries[-1]
    subject = body[boundary.end() : s_end].strip()
    begin = s_end - len(body[boundary.end() : s_end].lstrip())
    named = subject.lower() in PRONOUNS or any(m.end <= s_end for m in mentions.starting_at(begin))
    if not named and not (subject.lower().startswith(("the ", "a ")) and len(subject.split()) <= 4):
        return None
    return last, begin


def _leading_speaker(
    body: str, s_start: int, s_end: int, quote_start: int, mentions: MentionIndex
) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """The speaker a clause before a colon opens with: a pronoun or a name, after an
    "According to" ("She then addressed the crowd:", "According to HuffPo:")."""
    lead = _LEADING_WORD.match(body, s_start, s_end)
    if lead is None:
        return None, None, None
    begin = lead.start("who")
    word = lead.group("who")
    if word.lower() in PRONOUNS and not lead.group("according"):
        return _speaker(body, begin, lead.end("who"), quote_start, mentions, first=True)
    named = [m for m in mentions.starting_at(begin) if m.end <= s_end]
    if named:
        chosen = _person_after_title(body, named[0], mentions)
        return chosen.entity, chosen.text, (chosen.start, chosen.end)
    return None, None, None


def _person_after_title(body: str, chosen: Mention, mentions: MentionIndex) -> Mention:
    """The person an organisation's title introduces ("Senate Majority Leader Mitch
    McConnell", "Apple CEO Tim Cook"), else the mention itself."""
    if chosen.type != "ORG":
        return chosen
    after = mentions.of_type("PER").first_from(chosen.end)
    if after is not None and _TITLE_WORDS.fullmatch(body, chosen.end, after.start):
        return after
    return chosen


def _antecedent(body: str, earlier: Iterable[Mention]) -> Mention | None:
    """Whom a pronoun names among the names before it (``earlier``, the latest first): the
    last one, unless that one is an owner and its sentence has a subject who is not
    ("Mourinho backed Benitez's view. 'He has time,' he said": Mourinho)."""
    candidates = iter(earlier)
    last = next(candidates, None)
    if last is None or not _possessive(body, last):
        return last
    sentence_start = max(body.rfind(". ", 0, last.start), body.rfind("\n", 0, last.start))
    for mention in candidates:
        if mention.start <= sentence_start:
            break
        if not _possessive(body, mention):
            return mention
    return last


def _possessive(body: str, mention: Mention) -> bool:
    """Whether a name is written as an owner ("Sanders' comments", "Snyder's office")."""
    if mention.text.endswith(("'s", "\u2019s")):
        return True
    after = body[mention.end : mention.end + 2]
    if after[:1] not in ("'", "\u2019"):
        return False
    return after[1:2] == "s" or mention.text.endswith("s")


def _reported(
    body: str,
    para_start: int,
    para_end: int,
    spans: SortedSpans,
    mentions: MentionIndex,
) -> list[Quote]:
    """Reported claims: "X reported that ...", "According to X, ..."."""
    found: list[Quote] = []
    for pattern, cue_name in ((_REPORTED, None), (_ACCORDING, "according to")):
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
            speaker, words, span = _speaker(body, s_start, s_end, clause_start, mentions, False)
            if words is None or (speaker is None and not _GROUPS.search(words)):
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
