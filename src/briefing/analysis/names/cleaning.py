"""Cleaning a tagged name: an ordered list of named rules (``CLEANING_RULES``) that trim it,
retype it or drop it ("Chelsea's" is Chelsea, "Nobel Prize" no person, "May" no name)."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.gazetteer import (
    ADHERENTS,
    AWARDS,
    COMPANY_WORDS,
    DEMONYMS,
    FAITHS,
    GAZETTEER,
    HONORIFICS,
    NAMED_AFTER,
    OUTLETS,
    PARTIES,
    PLATFORMS,
    STATE_ABBREVIATIONS,
    TITLES,
    UNIONS_OF_COUNTRIES,
)
from briefing.analysis.lexicon.name_words import (
    ABBREVIATED_END_WORDS,
    AWARD_DETERMINERS,
    AWARD_NOUN_AFTER_WORDS,
    CALENDAR_NAMES,
    HEADLINE_VERBS,
    NOT_NAMES,
    PERSON_NEVER_OPENS,
    ROYAL_AND_NOBLE_TITLES,
    TITLE_ABBREVIATIONS,
)
from briefing.analysis.rule_chain import NO_ANSWER, first_answer
from briefing.model import Mention

WORD = re.compile(r"\S+")


_QUOTE_MARKS = "\"'`\u201c\u201d\u2018\u2019"


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


_AWARD_NOUN_AFTER = re.compile(
    rf"[\s-]+(?:{either(AWARD_NOUN_AFTER_WORDS)})\b",
    re.IGNORECASE,
)


_CONTRACTION = re.compile(r"n['\u2019]t$|^(?:won|can)['\u2019]t$", re.IGNORECASE)


_ABBREVIATED_END = re.compile(rf"\b(?:{either(ABBREVIATED_END_WORDS)})$")


_JOB_TITLES = TITLES - HONORIFICS - ROYAL_AND_NOBLE_TITLES


_BRACKETED = re.compile(r"^[\[(\u3010].*[\])\u3011]$")


# No name runs to this many words; longer "names" are title-case lines the tagger read whole.
MAX_NAME_WORDS = 20


def _trimmed(body: str, mention: Mention) -> Mention | None:
    """A name without the quotation marks, contractions and headline verbs the tagger took
    in ("\u201cThe Hispanics", "Obama doesn't", "Obama Says African-American Museum ...").
    A finite verb is part of no person's, organisation's or place's name; a work's title
    may hold one ("What Is Love")."""
    start, end = mention.start, mention.end
    while start < end and body[start] in _QUOTE_MARKS + " ":
        start += 1
    while end > start and body[end - 1] in _QUOTE_MARKS + " ":
        end -= 1
    for place, word in enumerate(WORD.finditer(body, start, end)):
        if _CONTRACTION.search(word.group()) or (
            place and mention.type != "MISC" and word.group() in HEADLINE_VERBS
        ):  # a verb follows a name: a first word is the name's own ("Will Smith")
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
    Antonin Scalia", "Prime Minister Ito", "Appeals Court Judge JoAnne Kloppenburg": the
    name follows the last title): a title is a role, not part of the name. Ranks that are
    how royalty and clergy are named ("Prince Harry", "Pope Francis") stay."""
    words = list(WORD.finditer(body, start, end))
    after = after_last_title(words, _JOB_TITLES)
    if after is None or not words[after].group()[:1].isupper():
        return start
    return words[after].start()


def after_last_title(words: Sequence[re.Match[str]], titles: Container[str]) -> int | None:
    """The place of the word after the last of a name's words (but its last) that is a
    title ("Court Judge JoAnne Kloppenburg": JoAnne), or None when none is."""
    for index in range(len(words) - 2, -1, -1):
        if words[index].group().lower().rstrip(".") in titles:
            return index + 1
    return None


def _an_award(body: str, mention: Mention) -> bool:
    """Whether a one-word award name is the award: plural, counted or determined before it
    ("an Oscar", "six Oscar nominations", "this year's Oscar"), or a noun of awards after it
    ("Oscar hopefuls"); "Oscar scored twice" is a player's name."""
    if mention.text.lower().endswith("s"):
        return True
    before = body[max(0, mention.start - 24) : mention.start].split()
    if before and (before[-1].lower() in AWARD_DETERMINERS or before[-1].endswith(("'s", "’s"))):
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
    """A common word, a title written short ("Sen" of "Sen. Cruz"), a bracketed notice, no
    letter at all, a run of capitals too long to be a name (a title-case line or shouting),
    or a path ("news/world")."""
    text = name.mention.text
    if name.lower in NOT_NAMES or _BRACKETED.match(text) or not any(c.isalpha() for c in text):
        return None
    if name.lower.rstrip(".") in TITLE_ABBREVIATIONS:
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
    """ "Before Christmas", "Unlike Dana Whitfield": an opener, not part of a name; the rest
    is cleaned again."""
    words, mention, body = name.words, name.mention, name.body
    if len(words) < 2 or words[0].rstrip(".") in HONORIFICS:
        return NO_ANSWER
    if words[0] not in NOT_NAMES and not (mention.type == "PER" and words[0] in PERSON_NEVER_OPENS):
        return NO_ANSWER
    start = mention.start + len(mention.text.split()[0]) + 1
    while start < mention.end and body[start].isspace():
        start += 1
    return clean_name(body, Mention(start, mention.end, body[start : mention.end], mention.type))


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
    """A "person" or an "organisation" that is a faith or people ("Sunni Muslims") or an
    award ("an Oscar nomination"), a "place" that is a people ("Austrian"), and a "person"
    that is a thing named after someone ("Clinton Foundation", "Clinton Plan")."""
    words = name.words
    if name.mention.type == "LOC":
        # a people is no place ("Austrian" LOC), unless its word names a country too
        if all(w in DEMONYMS for w in words) and name.lower not in GAZETTEER.countries:
            return name.typed("MISC")
        return NO_ANSWER
    if name.mention.type not in ("PER", "ORG"):
        return NO_ANSWER
    # a faith, a people or an award is no organisation either ("Sunni Muslims" ORG)
    if words[-1] in ADHERENTS or all(w in FAITHS or w in DEMONYMS for w in words):
        return name.typed("MISC")
    if name.lower in AWARDS and _an_award(name.body, name.mention):
        return name.typed("MISC")
    if name.mention.type != "PER":
        return NO_ANSWER
    if words[-1] in NAMED_AFTER:
        return name.typed(NAMED_AFTER[words[-1]])
    return NO_ANSWER


_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")


def _country_of_a_title(name: _Name) -> object:
    """ "U.S. Commerce Secretary Rutherford", "Japanese Finance Minister Aso": a title
    phrase, whose only name is the country the tagger's "U.S. Commerce" starts with."""
    words, mention = name.words, name.mention
    if len(words) < 2 or mention.type == "PER" or words[0] not in GAZETTEER.countries:
        return NO_ANSWER
    follower = _NEXT_WORD.match(name.body, mention.end)
    if follower is None or follower.group(1).lower() not in _JOB_TITLES:
        return NO_ANSWER
    country = mention.text.split()[0]
    return Mention(mention.start, mention.start + len(country), country, "LOC")


def _outlet_or_country(name: _Name) -> object:
    """An outlet is an organisation; a country is a place, whatever the tagger said; a
    union of countries ("the EU said") is an organisation."""
    lower = name.lower
    if lower in OUTLETS or lower.removeprefix("the ") in OUTLETS:
        return name.typed("ORG")
    if GAZETTEER.countries.get(lower) in UNIONS_OF_COUNTRIES:
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
    _country_of_a_title,
    _outlet_or_country,
)


def clean_name(body: str, mention: Mention) -> Mention | None:
    """Drop openers and bracketed notices; type outlets ORG and countries LOC."""
    if (
        body[mention.end : mention.end + 1] == "."
        and body[mention.end + 1 : mention.end + 2] not in ("\n", "")
        and (
            _ABBREVIATED_END.search(mention.text)
            or mention.text.lower() + "." in STATE_ABBREVIATIONS
        )
    ):
        # "Barnett Banks Inc. Trading was calm", "Phoenix, Ariz., said": the full stop is the
        # abbreviation's; one that ends a line or the text closes the sentence
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
