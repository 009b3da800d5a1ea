"""Names the tagger calls people that are films, books, games or programs ("the British
film Vera Drake", "Sideways star Thomas Haden Church", "the Internet Explorer browser"),
found across every article loaded."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.name_words import WORK_AFTER_WORDS, WORK_BEFORE_WORDS, WORK_KINDS
from briefing.analysis.names.company_names import POSSESSIVE_END, name_cues
from briefing.model import Article

# A kind of work right before the name: "the movie Vera Drake", "the game Halo 2".
_WORK_BEFORE = re.compile(
    (rf"\b(?:{either(WORK_KINDS)}|(?:{either(WORK_BEFORE_WORDS)})\s+in)\s+$"),
    re.IGNORECASE,
)
# What follows a work's name: "Sideways star", "the Harry Potter DVD", "Vera Drake's director".
_WORK_AFTER = re.compile(
    rf"(?:['\u2019]s)?\s+(?:{either(WORK_AFTER_WORDS)})\b",
    re.IGNORECASE,
)


def works_named_as_people(articles: Sequence[Article]) -> frozenset[str]:
    """The names the tagger calls people that the articles write as works: named with a
    kind of work or a work's parts at least twice and more than twice as often as with
    words that say a person ("Foxx, who", "Mr Leigh"). Where a name stands typed a thing
    counts too: a story read alone may already have typed it a work."""
    work: Counter[str] = Counter()
    person: Counter[str] = Counter()
    for article in articles:
        body = article.body
        for mention in article.mentions:
            if mention.type not in ("PER", "MISC"):
                continue
            name = POSSESSIVE_END.sub("", mention.text)
            before = body[max(0, mention.start - 28) : mention.start]
            if _WORK_BEFORE.search(before) or _WORK_AFTER.match(body, mention.end):
                work[name] += 1
            says_person, _says_company = name_cues(body, mention.start, mention.end)
            person[name] += says_person
    return frozenset(
        name for name, count in work.items() if count >= 2 and count > 2 * person[name]
    )
