"""Who the subject of a speech cue is: a name past its title, a pronoun's antecedent, a
described group, or no one."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.speech import (
    AUXILIARY_END_WORDS,
    JOINING_WORD_WORDS,
    PRONOUNS,
    RELATIVE_CLAUSE_WORDS,
    SPEAKING_GROUPS,
)
from briefing.analysis.mention_index import MentionIndex
from briefing.analysis.quotes.spans import (
    quoted_spans,
)
from briefing.model import UNQUOTED_KINDS, Article, Mention, Quote

GROUP_WORDS = re.compile(
    rf"\b(?:{either(SPEAKING_GROUPS)})$",
    re.IGNORECASE,
)


_TITLE_WORDS = re.compile(r"(?:\s+[A-Z][\w.'\u2019-]*){1,4}\s+")


_RELATIVE_CLAUSE = re.compile(rf",\s+(?:{either(RELATIVE_CLAUSE_WORDS)})\b.*,$")


_AUXILIARY_END = re.compile(rf"(?:\s+(?:{either(AUXILIARY_END_WORDS)}))+$")


# Words between two names that make them two subjects, or the second no head of the first
_NOT_A_DESCRIPTION = frozenset(
    "and or nor with of for to from by at in on as than about after before against over "
    "under into told asked".split()
)
_JOINING_WORD = re.compile(rf"(?:{either(JOINING_WORD_WORDS)})(?:\s+|$)", re.IGNORECASE)


Speaker = tuple[str | None, str | None, tuple[int, int] | None]  # entity, words, span


_NO_SPEAKER: Speaker = (None, None, None)


def subject_speaker(
    body: str,
    s_start: int,
    s_end: int,
    quote_start: int,
    mentions: MentionIndex,
    first: bool,
) -> Speaker:
    """The entity (if any), the words and the span of the subject of a cue."""
    s_start, words, apposition = _subject_words(body, s_start, s_end)
    if apposition:
        first = True  # "Mr MacDonell, political editor of The Scotsman,": the head speaks
    tail = words.rpartition(", ")[2]
    tail_start = s_start + len(words) - len(tail)
    named_tail = tail.lower() in PRONOUNS or bool(mentions.starting_at(tail_start))
    if tail != words and named_tail and not apposition:
        s_start, words = tail_start, tail  # "When asked about it, he": the subject is "he"
    if len(words.split()) > 12:
        return _one_person_in(body, s_start, s_end, mentions)
    if not words:
        return _NO_SPEAKER
    s_end = s_start + len(words)
    if words.lower() in PRONOUNS:
        # the last one named before the pronoun, not inside the quotation it speaks
        # ('"Quiet," he demanded': "Quiet" is no one)
        earlier = mentions.of_type(PRONOUNS[words.lower()]).ending_by(min(s_start, quote_start))
        found = _antecedent(body, earlier)
        return (found.entity if found is not None else None), words, (s_start, s_end)
    inside = mentions.inside(s_start, s_end)
    owners = [m for m in inside if not _possessive(body, m)]
    inside = owners or inside  # "Sanders' comments": a possessive names no speaker
    if inside:
        return _named_subject(body, s_start, s_end, words, inside, first)
    return _unnamed_subject(s_start, s_end, words, first)


def _subject_words(body: str, s_start: int, s_end: int) -> tuple[int, str, bool]:
    """Where the subject starts, its words, and whether they end in an apposition."""
    while s_start < s_end and body[s_start] in " ,\u2014-":
        s_start += 1
    joined = _JOINING_WORD.match(body, s_start, s_end)
    if joined:  # "But he added", "and concluded": the conjunction is not the speaker
        s_start = joined.end()
    words = _AUXILIARY_END.sub("", body[s_start:s_end].strip())  # "the Executive has" insisted
    relative = _RELATIVE_CLAUSE.search(words)
    if relative:  # "Umbro, which is to be paid by Chelsea,": the subject is Umbro
        words = words[: relative.start()]
    return s_start, words, words.endswith(",") and ", " in words


def _one_person_in(body: str, s_start: int, s_end: int, mentions: MentionIndex) -> Speaker:
    """A long clause before the cue ("much of the debate was so subdued that Mr. Trump was
    prompted to say"): its one person, when it names only one."""
    people = [m for m in mentions.of_type("PER").inside(s_start, s_end) if not _possessive(body, m)]
    if len({m.entity for m in people}) != 1:
        return _NO_SPEAKER
    return people[0].entity, people[0].text, (people[0].start, people[0].end)


def _named_subject(
    body: str, s_start: int, s_end: int, words: str, inside: list[Mention], first: bool
) -> Speaker:
    """A subject that names someone: the first name (or, after a clause, the last), past a
    title; the last keeps "the" before it ("the minister Ana Ruiz"). A name that describes
    the one named after it is not the speaker ("Trump lawyer Marc Kasowitz")."""
    if first:
        inside = _past_describing_names(body, inside)
    chosen = person_after_title(body, inside[0] if first else inside[-1], MentionIndex(inside))
    if first:
        return chosen.entity, words, (s_start, s_end)
    begin = chosen.start
    if body[max(s_start, begin - 4) : begin].lower() == "the ":
        begin -= 4
    return chosen.entity, body[begin:s_end].strip(), (begin, s_end)


def _past_describing_names(body: str, inside: list[Mention]) -> list[Mention]:
    """The mentions from the person a noun phrase is about: in English its head comes last,
    so a name before lower-case nouns and another person's name only describes that person
    ("Snyder spokesman Dave Murray", "Acme chief executive Ana Ruiz" are Murray and Ruiz);
    "Ruiz and Murray" names two, and the first still leads."""
    for index in range(len(inside) - 1, 0, -1):
        head = inside[index]
        if head.type != "PER":
            continue
        between = body[inside[0].end : head.start].split()
        if 0 < len(between) <= 3 and all(_describes(word) for word in between):
            return inside[index:]
    return inside


def _describes(word: str) -> bool:
    """Whether a word between two names may be a noun that tells what the second one is
    ("lawyer", "press secretary"): lower case, no conjunction or preposition, no verb form
    ("deflected questions about Donald Trump")."""
    return word.islower() and word not in _NOT_A_DESCRIPTION and not word.endswith(("ed", "ing"))


def _unnamed_subject(s_start: int, s_end: int, words: str, first: bool) -> Speaker:
    """A subject that names no one: a short one or a described group still speaks ("a
    spokesman", "officials"); a lower-case clause does not."""
    if first and len(words.split()) <= 8:
        return None, words, (s_start, s_end)
    lower = words.lower()
    if (
        words[:1].islower()
        and not GROUP_WORDS.search(words)
        and not lower.startswith(("the ", "a ", "an ", "one", "another"))
    ):
        return _NO_SPEAKER
    return None, words, (s_start, s_end)


def quotation_spans(article: Article) -> list[tuple[int, int]]:
    """Every quotation's span (marks included) in the paragraphs quotes are looked for in."""
    return [
        span
        for paragraph in article.paragraphs
        if paragraph.kind not in UNQUOTED_KINDS
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


def person_after_title(body: str, chosen: Mention, mentions: MentionIndex) -> Mention:
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
