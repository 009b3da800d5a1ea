"""Names the tagger calls people that are films, books, games or programs ("the British
film Vera Drake", "Sideways star Thomas Haden Church", "the Internet Explorer browser"),
found across every article loaded from each mention's cues (see :mod:`.evidence`)."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis.names.company_names import written
from briefing.analysis.names.evidence import NameEvidence
from briefing.analysis.names.name_tallies import CorpusNameSets, counted


def works_named_as_people(evidence: Sequence[NameEvidence]) -> frozenset[str]:
    """The names the tagger calls people that the articles write as works: named with a
    kind of work or a work's parts at least twice and more than twice as often as with
    words that say a person ("Foxx, who", "Mr Leigh"). Where a name stands typed a thing
    counts too: a story read alone may already have typed it a work."""
    return CorpusNameSets.of(counted(written(evidence))).works
