"""Named mentions: a CRF tagger trained on CoNLL-2003, corrected by rules and name lists."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.gazetteer import (
    COMPANY_WORDS,
    DEMONYMS,
    FAITHS,
    GAZETTEER,
    ORG_WORDS,
    PARTIES,
    PERSON_TITLES,
)
from briefing.analysis.lexicon.name_words import COMPASS_WORDS
from briefing.analysis.names.cleaning import NOT_NAMES, WORD, after_last_title, clean_name
from briefing.analysis.names.line_breaks import split_at_line_ends
from briefing.analysis.names.listed_names import (
    PLACES_AND_PEOPLES,
    after_a_title,
    known_organisations_missed,
    outlets_whole,
    titled_people,
)
from briefing.analysis.names.tagger_features import Token, document_context, tokenize
from briefing.analysis.span_mask import SpanMask
from briefing.model import Article, Mention

if TYPE_CHECKING:
    from briefing.analysis.names.window_tagger import WindowTagger

WEIGHTS_PATH = Path(__file__).resolve().parent / "data" / "ner-weights.gz"
SKIPPED_KINDS = ("boilerplate",)

_COMPASS = re.compile(rf"(?:{either(COMPASS_WORDS)})\s+$")


@lru_cache(maxsize=1)
def _tagger() -> WindowTagger:
    # numpy is imported with the tagger: an open that reads cached analyses never needs it
    from briefing.analysis.names.window_tagger import WindowTagger, read_weights

    return WindowTagger(read_weights(WEIGHTS_PATH))


def sentence_tokens(article: Article) -> list[list[Token]]:
    """The tokens of every sentence the tagger reads (notices are skipped)."""
    kinds = {p.index: p.kind for p in article.paragraphs}
    result = []
    for sentence in article.sentences:
        if kinds.get(sentence.paragraph) in SKIPPED_KINDS:
            continue
        tokens = tokenize(article.body, sentence.start, sentence.end)
        if tokens:
            result.append(tokens)
    return result


def find_mentions(article: Article) -> list[Mention]:
    """Every name the tagger finds, typed PER, ORG, LOC or MISC, cleaned by rules."""
    sentences = sentence_tokens(article)
    sentence_words = [[word for word, _, _ in tokens] for tokens in sentences]
    document = document_context(sentence_words)
    # a sentence with no capital but an opener's holds nothing for the tagger to find
    readable = [i for i, words in enumerate(sentence_words) if _may_hold_a_name(words)]
    tagged = _tagger().tag([sentence_words[i] for i in readable], document)
    mentions: list[Mention] = []
    for number, windows in zip(readable, tagged, strict=True):
        for (start, end), labels in windows:
            mentions.extend(_spans(article.body, sentences[number][start:end], labels))
    mentions = _join_possessive_companies(
        article.body, [part for mention in mentions for part in _split_joined(mention)]
    )
    mentions = split_at_line_ends(article, mentions)
    cleaned = [m for m in (clean_name(article.body, m) for m in mentions) if m is not None]
    lower_words = {word for tokens in sentences for word, _, _ in tokens if word.islower()}
    found = _drop_common_words(_repair(article.body, cleaned), lower_words)
    found = _headline_names_in_story(article, titled_people(article.body, found))
    found = _surnames_again(article, found, sentences, lower_words)
    found = known_organisations_missed(article.body, found, sentences)
    return outlets_whole(article.body, found, sentences)


def _headline_names_in_story(article: Article, mentions: list[Mention]) -> list[Mention]:
    """A headline's "names" cut to the words the story's own names use ("Clinton Should Be
    Criminally Investigated" is Clinton), and dropped when it uses none ("Disgusting Fraud"):
    title case makes phrases look like names. Countries and peoples stay as they are."""
    headings = [p for p in article.paragraphs if p.kind == "heading"]
    if not headings:
        return mentions

    def in_heading(mention: Mention) -> bool:
        return any(p.start <= mention.start < p.end for p in headings)

    story = [m for m in mentions if not in_heading(m)]
    story_words = {_bare(w) for m in story for w in m.text.split()}
    if not story_words:
        return mentions  # a headline alone, or a story that names no one: nothing to confirm
    types = {m.text: m.type for m in story}
    kept = []
    for mention in mentions:
        if not in_heading(mention) or _place_or_people(mention.text):
            kept.append(mention)
            continue
        run = _longest_run(article.body, mention, story_words)
        if run is not None:
            text = article.body[run[0] : run[1]]
            kept.append(Mention(run[0], run[1], text, types.get(text, mention.type)))
    return kept


def _bare(word: str) -> str:
    """A word as a headline's and a story's names are compared: lower case, no stops."""
    return word.lower().strip(".")


def _place_or_people(text: str) -> bool:
    """Whether a name is a country's, a place's or a people's ("Iraqis": a people's plural)."""
    lower = text.lower()
    return bool(GAZETTEER.tags(lower) & PLACES_AND_PEOPLES) or (
        lower.endswith("s") and bool(GAZETTEER.tags(lower[:-1]) & PLACES_AND_PEOPLES)
    )


def _longest_run(body: str, mention: Mention, known: set[str]) -> tuple[int, int] | None:
    """The span of the longest run of a mention's words that are all in ``known``."""
    best: tuple[int, int] | None = None
    run: tuple[int, int] | None = None
    for word in WORD.finditer(body, mention.start, mention.end):
        if _bare(word.group()) in known:
            run = (run[0] if run else word.start(), word.end())
            if best is None or run[1] - run[0] > best[1] - best[0]:
                best = run
        else:
            run = None
    return best


def _may_hold_a_name(words: list[str]) -> bool:
    """Whether a sentence has a capitalised word other than an opener ("The", "But")."""
    for index, word in enumerate(words):
        if word[:1].isupper() and (index or word.lower() not in NOT_NAMES):
            return True
    return False


def _surnames_again(
    article: Article,
    mentions: list[Mention],
    sentences: list[list[Token]],
    lower_words: set[str],
) -> list[Mention]:
    """A person's surname the tagger missed later in the same story is that person again
    ("Collins" after "Mark Collins"), and so is one it typed as an organisation or a thing;
    so is a one-word name the story once writes as a person after a title ("President
    Trump", then "the Trump administration")."""
    surnames = {
        last
        for m in mentions
        if m.type == "PER" and (" " in m.text or after_a_title(article.body, m.start))
        for last in m.text.split()[-1:]
        if len(last) > 2
        and last[0].isupper()
        and last.lower() not in NOT_NAMES
        and last.lower() not in lower_words
        and not GAZETTEER.tags(last.lower())
        and not GAZETTEER.tags(last.lower().removesuffix("s"))  # "Americans"
        and last.lower() not in FAITHS
    }
    if not surnames:
        return mentions
    by_span = {(m.start, m.end): m for m in mentions}
    named = SpanMask(len(article.body), by_span)
    result = [
        Mention(m.start, m.end, m.text, "PER") if m.text in surnames and m.type != "PER" else m
        for m in mentions
    ]
    for tokens in sentences:
        for word, start, end in tokens:
            if word not in surnames or (start, end) in by_span:
                continue
            if named.overlaps(start, end):
                continue  # inside a longer name ("Collins Stewart")
            result.append(Mention(start, end, article.body[start:end], "PER"))
    result.sort(key=lambda m: (m.start, m.end))
    return result


def _drop_common_words(mentions: list[Mention], lower_words: set[str]) -> list[Mention]:
    """A one-word "person" the same story also writes in lower case ("Sugar", "Period" in a
    capitalised table) is a word, not a name, unless it ends a fuller name there."""
    name_parts = {
        word for m in mentions if m.type == "PER" and " " in m.text for word in m.text.split()
    }
    return [
        m
        for m in mentions
        if not (
            m.type == "PER"
            and " " not in m.text
            and m.text.lower() in lower_words
            and m.text not in name_parts
        )
    ]


def _join_possessive_companies(body: str, mentions: list[Mention]) -> list[Mention]:
    """ "McDonald's Corp", which the tagger cuts at the possessive, is one company."""
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and body[previous.end : mention.start] in ("'s ", "\u2019s ")
            and mention.text.lower() in COMPANY_WORDS
        ):
            text = body[previous.start : mention.end]
            joined[-1] = Mention(previous.start, mention.end, text, "ORG")
            continue
        joined.append(mention)
    return joined


def _split_joined(mention: Mention) -> list[Mention]:
    """Two names the tagger joined are two: parties, countries or organisations joined by
    "and" ("Tories and Labour", "FBI and Justice Department"), a place after a country's
    possessive ("Turkey's Syria policy")."""
    head, the, tail = mention.text.partition(" The ")
    if the and head:  # "Enter The Washington Post", "Yellen The Federal Reserve"
        tail_start = mention.start + len(head) + 1
        return [Mention(tail_start, mention.end, mention.text[len(head) + 1 :], mention.type)]
    owner, mark, owned = mention.text.partition("\u2019s ")
    if not mark:
        owner, mark, owned = mention.text.partition("'s ")
    if mark and mention.type == "LOC" and owner.lower() in GAZETTEER.countries:
        owned_start = mention.start + len(owner) + len(mark)
        return [
            Mention(mention.start, mention.start + len(owner), owner, "LOC"),
            Mention(owned_start, mention.end, owned, "LOC"),
        ]
    left, joint, right = mention.text.partition(" and ")
    if not joint or mention.text.lower() in GAZETTEER.countries:  # "Trinidad and Tobago"
        return [mention]
    if not all(_known_name(part) for part in (left, right)):
        return [mention]
    right_start = mention.start + len(left) + len(joint)
    return [
        Mention(mention.start, mention.start + len(left), left, _known_type(left)),
        Mention(right_start, mention.end, right, _known_type(right)),
    ]


def _known_name(text: str) -> bool:
    """A party, a country, an acronym, or an organisation by its last word ("Lomak
    Petroleum Inc", "Justice Department")."""
    lower = text.lower()
    words = lower.split()
    organisation = len(words) > 1 and (words[-1] in COMPANY_WORDS or words[-1] in ORG_WORDS)
    acronym = 2 <= len(text) <= 6 and text.isupper() and text.isalpha()
    return organisation or acronym or lower in PARTIES or lower in GAZETTEER.countries


def _known_type(text: str) -> str:
    return "LOC" if text.lower() in GAZETTEER.countries else "ORG"


def _after_last_title(body: str, mention: Mention) -> int:
    """Where the person named at the end of a span the tagger took whole begins: after
    the last title of an office ("Justice Antonin Scalia": Antonin Scalia), else at its
    last word."""
    words = list(WORD.finditer(body, mention.start, mention.end))
    after = after_last_title(words, PERSON_TITLES)
    return words[after if after is not None else -1].start()


def _repair(body: str, mentions: list[Mention]) -> list[Mention]:
    """Fix what the tagger gets wrong in context: a title tagged as an organisation before a
    person's name, and a place after a compass word ("the southern Nikiski port"; but "a
    southern Austrian motorway" is a people's adjective)."""
    people = {m.text for m in mentions if m.type == "PER" and " " not in m.text}
    repaired = []
    for mention in mentions:
        words = mention.text.split()
        if mention.type != "PER" and len(words) > 1 and words[-1] in people:
            start = _after_last_title(body, mention)
            repaired.append(Mention(start, mention.end, body[start : mention.end], "PER"))
            continue
        after_compass = _COMPASS.search(body, max(0, mention.start - 20), mention.start)
        if mention.type == "MISC" and after_compass and mention.text.lower() not in DEMONYMS:
            repaired.append(Mention(mention.start, mention.end, mention.text, "LOC"))
            continue
        repaired.append(mention)
    return repaired


def _spans(body: str, tokens: list[Token], labels: list[str]) -> list[Mention]:
    spans: list[Mention] = []
    current: list[int] | None = None
    kind = ""
    for index, label in enumerate([*labels, "O"]):
        inside = label.startswith("I-") and current is not None and label[2:] == kind
        if current is not None and not inside:
            start, end = tokens[current[0]][1], tokens[current[-1]][2]
            spans.append(Mention(start, end, body[start:end], kind))
            current = None
        if label.startswith(("B-", "I-")) and current is None:
            current, kind = [index], label[2:]
        elif inside and current is not None:
            current.append(index)
    return spans
