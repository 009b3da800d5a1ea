"""Names the tagger calls people that are films, books, games or programs ("the British
film Vera Drake", "Sideways star Thomas Haden Church", "the Internet Explorer browser"),
found across every article loaded from each mention's cues (see :mod:`.evidence`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from briefing.analysis.names.evidence import POSSESSIVE_END, SAYS_PERSON, SAYS_WORK, NameEvidence


def works_named_as_people(evidence: Sequence[NameEvidence]) -> frozenset[str]:
    """The names the tagger calls people that the articles write as works: named with a
    kind of work or a work's parts at least twice and more than twice as often as with
    words that say a person ("Foxx, who", "Mr Leigh"). Where a name stands typed a thing
    counts too: a story read alone may already have typed it a work."""
    work: Counter[str] = Counter()
    person: Counter[str] = Counter()
    for article in evidence:
        for mention, cues in zip(article.mentions, article.cues, strict=True):
            if mention.type not in ("PER", "MISC"):
                continue
            name = POSSESSIVE_END.sub("", mention.text)
            if cues & SAYS_WORK:
                work[name] += 1
            person[name] += bool(cues & SAYS_PERSON)
    return frozenset(
        name for name, count in work.items() if count >= 2 and count > 2 * person[name]
    )
