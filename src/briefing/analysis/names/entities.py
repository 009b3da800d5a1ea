"""Named mentions: a CRF tagger trained on CoNLL-2003, corrected by rules and name lists."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from briefing.analysis.lexicon.time_words import WEEKDAYS
from briefing.analysis.names.gazetteer import (
    ADHERENTS,
    AWARDS,
    COMPANY_WORDS,
    DEMONYMS,
    FAITHS,
    GAZETTEER,
    HONORIFICS,
    NAMED_AFTER,
    ORG_WORDS,
    OUTLETS,
    PARTIES,
    PLATFORMS,
    STATE_ABBREVIATIONS,
    TITLES,
)
from briefing.analysis.names.tagger_features import (
    Token,
    capitalised_elsewhere,
    sentence_features,
    tokenize,
)
from briefing.analysis.rule_chain import NO_ANSWER, first_answer
from briefing.analysis.span_mask import SpanMask
from briefing.model import Article, Mention

MODEL_PATH = Path(__file__).resolve().parent / "data" / "ner.crfsuite"
SKIPPED_KINDS = ("boilerplate",)

# Capitalised words that open sentences and clauses but are not names.
NOT_NAMES = frozenset(
    "however according last currently subsequently additionally statement original earlier "
    "later meanwhile moreover furthermore also the a an this that these those it its he she "
    "they we i you his her their our but and or so yet as in on at by for from with after "
    "before when while if although though since until because many most some several "
    "aside besides despite during once still then there here what who why how today "
    "yesterday tomorrow tonight now mr mrs ms dr sir madam whatever whenever wherever "
    "whoever whichever whether where which when unless even only perhaps maybe".split()
)
# Acronyms of things, not of names.
NOT_NAMES |= frozenset("lng gdp gnp cpi ceo cfo ipo vat ai ev evs tv pc dna ok".split())
# Abbreviations of financial tables ("Qtr", "Avg", "Shr", "Dlrs").
NOT_NAMES |= frozenset("qtr qtrs avg oper shr shrs cts dlrs mln bln pct revs".split())
_COMPASS = re.compile(
    r"(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|"
    r"north-?western|south-?eastern|south-?western)\s+$"
)
CALENDAR_NAMES = frozenset(WEEKDAYS) | {"christmas", "easter", "thanksgiving"}
_QUOTE_MARKS = "\"'`\u201c\u201d\u2018\u2019"
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_AWARD_DETERMINERS = frozenset(
    "a an the his her their its this that two three four five six seven eight nine ten "
    "first second third multiple main ever best film picture actor actress director design "
    "artist song album supporting".split()
)
_AWARD_NOUN_AFTER = re.compile(
    r"[\s-]+(?:nominations?|nominees?|nominated|winners?|winning|hopefuls|ceremony|race|field|"
    r"contenders?|voters|glory|night|categor(?:y|ies)|success|awards?|coverage|favourites?|"
    r"presenters?|rules|gods|statuette|campaign|buzz|season|party|parties)\b",
    re.IGNORECASE,
)
_PLACES_AND_PEOPLES = frozenset(("country", "demonym", "state", "outlet"))
_WORD = re.compile(r"\S+")
_CONTRACTION = re.compile(r"n['\u2019]t$|^(?:won|can)['\u2019]t$", re.IGNORECASE)
# Verbs of title-case headlines that the tagger reads as part of a name ("Clinton Goes").
_HEADLINE_VERBS = frozenset(
    "Says Said Is Are Was Were Has Have Had Will Would Goes Gets Calls Wants Tells Thinks "
    "Knows Does Did Slams Blasts Urges Vows Warns Seeks Makes Takes Gives Shows".split()
)
_ABBREVIATED_END = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Bros|Cos)$")
_JOB_TITLES = (
    TITLES
    - HONORIFICS
    - frozenset("king queen prince princess emperor pope sir lord lady dame".split())
)
_BRACKETED = re.compile(r"^[\[(\u3010].*[\])\u3011]$")


@lru_cache(maxsize=1)
def _tagger() -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    return tagger


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


# No name runs to this many words; longer "names" are title-case lines the tagger read whole.
MAX_NAME_WORDS = 20


def find_mentions(article: Article) -> list[Mention]:
    """Every name the tagger finds, typed PER, ORG, LOC or MISC, cleaned by rules."""
    sentences = sentence_tokens(article)
    caps = capitalised_elsewhere([[w for w, _, _ in tokens] for tokens in sentences])
    tagger = _tagger()
    mentions: list[Mention] = []
    for tokens in sentences:
        words = [word for word, _, _ in tokens]
        if not _may_hold_a_name(words):
            continue  # no capital but an opener's: nothing for the tagger to find
        labels = tagger.tag(sentence_features(words, caps))
        mentions.extend(_spans(article.body, tokens, labels))
    mentions = _join_possessive_companies(
        article.body, [part for mention in mentions for part in _split_joined(mention)]
    )
    cleaned = [m for m in (_clean(article.body, m) for m in mentions) if m is not None]
    lower_words = {word for tokens in sentences for word, _, _ in tokens if word.islower()}
    found = _drop_common_words(_repair(article.body, cleaned), lower_words)
    return _surnames_again(
        article, _headline_names_in_story(article, found), sentences, lower_words
    )


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
    story_words = {w for m in story for w in m.text.lower().split()}
    if not story_words:
        return mentions  # a headline alone, or a story that names no one: nothing to confirm
    types = {m.text: m.type for m in story}
    kept = []
    for mention in mentions:
        known = GAZETTEER.tags(mention.text.lower()) & _PLACES_AND_PEOPLES
        if not in_heading(mention) or known:
            kept.append(mention)
            continue
        run = _longest_run(article.body, mention, story_words)
        if run is not None:
            text = article.body[run[0] : run[1]]
            kept.append(Mention(run[0], run[1], text, types.get(text, mention.type)))
    return kept


def _longest_run(body: str, mention: Mention, known: set[str]) -> tuple[int, int] | None:
    """The span of the longest run of a mention's words that are all in ``known``."""
    best: tuple[int, int] | None = None
    run: tuple[int, int] | None = None
    for word in _WORD.finditer(body, mention.start, mention.end):
        if word.group().lower().strip(".") in known:
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
    ("Collins" after "Mark Collins"), and so is one it typed as an organisation or a thing."""
    surnames = {
        last
        for m in mentions
        if m.type == "PER" and " " in m.text
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
        Mention(m.start, m.end, m.text, "PER")
        if m.text in surnames and m.type in ("ORG", "MISC")
        else m
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


def _repair(body: str, mentions: list[Mention]) -> list[Mention]:
    """Fix what the tagger gets wrong in context: a title tagged as an organisation before a
    person's name, and a place after a compass word ("the southern Nikiski port")."""
    people = {m.text for m in mentions if m.type == "PER" and " " not in m.text}
    repaired = []
    for mention in mentions:
        words = mention.text.split()
        if mention.type != "PER" and len(words) > 1 and words[-1] in people:
            start = mention.end - len(words[-1])
            repaired.append(Mention(start, mention.end, words[-1], "PER"))
            continue
        after_compass = _COMPASS.search(body, max(0, mention.start - 20), mention.start)
        if mention.type == "MISC" and after_compass:
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


def _trimmed(body: str, mention: Mention) -> Mention | None:
    """A name without the quotation marks, contractions and headline verbs the tagger took
    in ("\u201cThe Hispanics", "Obama doesn't", "Obama Says African-American Museum ...")."""
    start, end = mention.start, mention.end
    while start < end and body[start] in _QUOTE_MARKS + " ":
        start += 1
    while end > start and body[end - 1] in _QUOTE_MARKS + " ":
        end -= 1
    for word in _WORD.finditer(body, start, end):
        if _CONTRACTION.search(word.group()) or (
            mention.type == "PER" and word.group() in _HEADLINE_VERBS
        ):
            end = word.start()
            break
    while end > start and body[end - 1] in " ,":
        end -= 1
    if mention.type == "PER":
        start = _after_job_titles(body, start, end)
    if end <= start:
        return None
    if (start, end) == (mention.start, mention.end):
        return mention
    return Mention(start, end, body[start:end], mention.type)


def _after_job_titles(body: str, start: int, end: int) -> int:
    """Where a person's name starts after the job titles the tagger took in ("Justice
    Antonin Scalia", "Prime Minister Ito"): a title is a role, not part of the name. Ranks
    that are how royalty and clergy are named ("Prince Harry", "Pope Francis") stay."""
    words = list(_WORD.finditer(body, start, end))
    index = 0
    while index < len(words) - 1 and words[index].group().lower().rstrip(".") in _JOB_TITLES:
        index += 1
    if index == 0 or not words[index].group()[:1].isupper():
        return start
    return words[index].start()


def _an_award(body: str, mention: Mention) -> bool:
    """Whether a one-word award name is the award: plural, counted or determined before it
    ("an Oscar", "six Oscar nominations", "this year's Oscar"), or a noun of awards after it
    ("Oscar hopefuls"); "Oscar scored twice" is a player's name."""
    if mention.text.lower().endswith("s"):
        return True
    before = body[max(0, mention.start - 24) : mention.start].split()
    if before and (before[-1].lower() in _AWARD_DETERMINERS or before[-1].endswith(("'s", "’s"))):
        return True
    return bool(_AWARD_NOUN_AFTER.match(body, mention.end))


@dataclass(frozen=True, slots=True)
class _Name:
    """A name the tagger found, as the cleaning rules see it."""

    body: str
    mention: Mention
    lower: str
    words: list[str]  # lower case

    def typed(self, kind: str) -> Mention:
        return Mention(self.mention.start, self.mention.end, self.mention.text, kind)


NameRule = Callable[[_Name], object]


def _no_name(name: _Name) -> object:
    """A common word, a bracketed notice, no letter at all, a run of capitals too long to be
    a name (a title-case line or shouting), or a path ("news/world")."""
    text = name.mention.text
    if name.lower in NOT_NAMES or _BRACKETED.match(text) or not any(c.isalpha() for c in text):
        return None
    if len(text.split(None, MAX_NAME_WORDS)) > MAX_NAME_WORDS:
        return None
    if "/" in text and " " not in text:
        return None
    return NO_ANSWER


def _party_or_platform(name: _Name) -> object:
    """A party ("Labour") or a platform ("Twitter said") the tagger took for a person."""
    if name.mention.type == "PER" and (name.lower in PARTIES or name.lower in PLATFORMS):
        return name.typed("ORG")
    return NO_ANSWER


def _opener(name: _Name) -> object:
    """ "Before Christmas": an opener, not part of a name; the rest is cleaned again."""
    words, mention, body = name.words, name.mention, name.body
    if not (len(words) > 1 and words[0] in NOT_NAMES and words[0].rstrip(".") not in HONORIFICS):
        return NO_ANSWER
    start = mention.start + len(mention.text.split()[0]) + 1
    while start < mention.end and body[start].isspace():
        start += 1
    return _clean(body, Mention(start, mention.end, body[start : mention.end], mention.type))


def _state_or_day(name: _Name) -> object:
    """ "Oshkosh, Wis.": a state; "Christmas", "Thursday": days, never names."""
    if name.lower in STATE_ABBREVIATIONS:
        return name.typed("LOC")
    return None if name.lower in CALENDAR_NAMES else NO_ANSWER


def _company_word(name: _Name) -> object:
    """A name ending in a company word ("Cairn Energy", "Acme Corp") is a company."""
    words = name.words
    if name.mention.type != "ORG" and len(words) > 1 and words[-1] in COMPANY_WORDS:
        return name.typed("ORG")
    return NO_ANSWER


def _plural_acronym(name: _Name) -> object:
    """ "PCs", "MPs": things and people in general, not a name."""
    return None if _PLURAL_ACRONYM.fullmatch(name.mention.text) else NO_ANSWER


def _person_who_is_not(name: _Name) -> object:
    """A "person" that is a faith or people ("Sunni Muslims"), an award ("an Oscar
    nomination") or a thing named after someone ("Clinton Foundation", "Clinton Plan")."""
    if name.mention.type != "PER":
        return NO_ANSWER
    words = name.words
    if words[-1] in ADHERENTS or all(w in FAITHS or w in DEMONYMS for w in words):
        return name.typed("MISC")
    if name.lower in AWARDS and _an_award(name.body, name.mention):
        return name.typed("MISC")
    if words[-1] in NAMED_AFTER:
        return name.typed(NAMED_AFTER[words[-1]])
    return NO_ANSWER


def _outlet_or_country(name: _Name) -> object:
    """An outlet is an organisation; a country is a place, whatever the tagger said."""
    lower = name.lower
    if lower in OUTLETS or lower.removeprefix("the ") in OUTLETS:
        return name.typed("ORG")
    if lower in GAZETTEER.countries and name.mention.type in ("ORG", "MISC", "PER"):
        return name.typed("LOC")
    return NO_ANSWER


# What cleans a name, in order: the first rule that answers decides; else it stays.
CLEANING_RULES: tuple[NameRule, ...] = (
    _no_name,
    _party_or_platform,
    _opener,
    _state_or_day,
    _company_word,
    _plural_acronym,
    _person_who_is_not,
    _outlet_or_country,
)


def _clean(body: str, mention: Mention) -> Mention | None:
    """Drop openers and bracketed notices; type outlets ORG and countries LOC."""
    if body[mention.end : mention.end + 1] == "." and _ABBREVIATED_END.search(mention.text):
        # "Barnett Banks Inc." at a sentence's end: the full stop is the abbreviation's too
        mention = Mention(mention.start, mention.end + 1, mention.text + ".", mention.type)
    trimmed = _trimmed(body, mention)
    if trimmed is None:
        return None
    mention = trimmed
    if mention.text.startswith(("By ", "BY ")) and len(mention.text) > 3:
        mention = Mention(mention.start + 3, mention.end, mention.text[3:], mention.type)
    lower = mention.text.lower()
    answer = first_answer(CLEANING_RULES, _Name(body, mention, lower, lower.split()))
    return mention if answer is NO_ANSWER else answer  # type: ignore[return-value]
