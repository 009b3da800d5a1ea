"""Who said a quotation: an ordered sieve of named strategies over one ``QuoteSite`` (a
transcript turn, a cue after, a cue before, a colon, a colon ending the paragraph before,
"according to"); the first that answers, answers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.speech import (
    AFTER_INVERTED_WORDS,
    AFTER_NORMAL_WORDS,
    CLAUSE_BOUNDARY_WORDS,
    CLAUSE_OPENERS,
    INTRODUCES_WORDS,
    NAME_STOP_WORDS,
    SUBJECT_START_WORDS,
)
from briefing.analysis.mention_index import MentionIndex
from briefing.analysis.quotes.spans import (
    CUES,
    continues_a_quote,
)
from briefing.analysis.quotes.speakers import (
    PRONOUNS,
    person_after_title,
    subject_speaker,
)
from briefing.analysis.span_mask import SortedSpans
from briefing.model import Mention, Quote

ACCORDING_TO = re.compile(r"\b[Aa]ccording to (?P<subj>[^,.;:\"\u201c\u201d]{2,80}?),\s*")
_NAME_CHARS = r"(?:[^,.;:!?\"\u201c\u201d\n]|\.(?=\s?[A-Z(]|\))|,\s*\d{1,3},)"


_SUBJECT = rf"{_NAME_CHARS}{{1,80}}?(?:,\s+[^,\"\u201c\u201d\n]{{1,140}},)?"


# Where a name after its cue ends: punctuation, but not the full stop of a title or an
# initial inside it ("said Sen. Lindsey Graham", "said Kevin D. Williamson").
_NAME_STOP = (
    rf"(?:[,;:!?]|\.(?!\s?[A-Z(])|(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt))"
    rf"(?<!\b(?:{either(NAME_STOP_WORDS)}))(?<!\bCapt)\.)"
)


_AFTER_INVERTED = re.compile(
    rf"\s*[,\u2014\u2015-]*\s*(?P<cue>{CUES})\s+(?P<subj>{_NAME_CHARS}{{1,80}}?)"
    rf"(?={_NAME_STOP}|\s+(?:{either(AFTER_INVERTED_WORDS)})\b|$)"
)


_AFTER_NORMAL = re.compile(
    rf"\s*[,\u2014\u2015-]*\s*(?P<subj>{_SUBJECT})\s+(?:\w+ly\s+)?(?:(?P<cue>{CUES})"
    rf"\b|(?!(?:{either(AFTER_NORMAL_WORDS)})\b)(?P<verb>[a-z]{{3,}}(?:ed|es|"
    rf"s))(?=\s*[,.;:!?\u2014]|\s*$|\s+(?:on|in|at|during)\s))"
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


# A speaker's turn in a transcript: the name in capitals, a colon, what they said
_TRANSCRIPT_TURN = re.compile(
    r"[\"\u201c`']*(?P<subj>[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,2}):\s"
)


# What no speaker's words start with ("said that ...", "-- and, when asked, asserting")
# ("But Ms. Capito said" still may speak)
_SUBJECT_START = re.compile(rf"(?!(?i:{either(SUBJECT_START_WORDS)})\b)(?!(?:and|but|or|so)\b)")


_DESCRIBED_NAME = re.compile(r"(?:an?|the)(?:\s+[a-z-]+){1,2}\s+[A-Z][\w'\u2019-]+")


_CLAUSE_BOUNDARY = re.compile(rf",\s+|\b(?:{either(CLAUSE_BOUNDARY_WORDS)})\s+")


_LEADING_WORD = re.compile(r"\s*(?P<according>[Aa]ccording to\s+)?(?P<who>[\w.'\u2019-]+)")


_CUE_RIGHT_BEFORE = re.compile(rf"\b(?:{CUES})\b(?:\s+[\w'\u2019.-]+){{0,4}}\s*:\s*$")


_INTRODUCES = re.compile(
    rf"(?:[ \t]+(?!(?:{either(INTRODUCES_WORDS)})\b)[\w'\u2019-]+){{0,5}}[ \t]*:"
)


_STOP_AFTER = re.compile(r"\s?[.!?](?:\s|$)")


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
        return subject_speaker(self.body, s_start, s_end, self.start, self.mentions, first=first)


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
        and before.group("subj").strip().lower() in CLAUSE_OPENERS
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
    according = ACCORDING_TO.search(site.body, site.clause_start, site.start)
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


def attribute(
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
        return subject_speaker(body, begin, lead.end("who"), quote_start, mentions, first=True)
    named = [m for m in mentions.starting_at(begin) if m.end <= s_end]
    if named:
        chosen = person_after_title(body, named[0], mentions)
        return chosen.entity, chosen.text, (chosen.start, chosen.end)
    return None, None, None
