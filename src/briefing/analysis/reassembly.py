"""Corpus assembly that reads again only what a change touches.

Assembling a corpus merges every article's names into entities, points each article's
mentions and quotes at them and orders every article's events. An :class:`AssemblyMemo`
keeps what the last assembly found per article: how its mentions are written (what the
corpus-wide sets of names count), the names it identified (:class:`ArticleNames`), its links
and its events. Assembling again after a few files were added, changed or removed then:

- counts every article's mentions again into the corpus-wide sets (a sum: cheap), from the
  memo for the articles that did not change;
- identifies again the names of the changed articles, and of any article holding a name
  that changed set; every other article's names are the memo's;
- merges the names whole (the merge passes read only the names: a fraction of a second);
- takes an article's links and events from the memo when each of its names ended in the
  entity (and type) it ended in last time, and makes them from its part otherwise;
- orders the timeline whole from each article's events.

Only the changed articles' parts, and those of the articles their change reached, are read.
The result is the one a whole assembly gives, byte for byte (a test holds it to that).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from briefing.analysis.mention_index import MentionIndex
from briefing.analysis.names.aliases import (
    ArticleNames,
    identify,
    merge_names,
    resolved_mentions,
)
from briefing.analysis.names.evidence import NameEvidence
from briefing.analysis.names.name_tallies import CorpusNameSets, Written, count_mentions
from briefing.analysis.quotes.speakers import PRONOUNS, pronoun_pools, pronoun_speaker
from briefing.analysis.time.timeline import order_events
from briefing.cycles import no_cycle_collection
from briefing.model import (
    Article,
    ArticleHeader,
    AssemblyPart,
    Event,
    Links,
    LoadFailure,
    Mention,
    Snapshot,
)

Identity = tuple[str, str]  # a name's (type, name) in its article
Target = tuple[str, str]  # the (type, entity id) an identity ended in


@dataclass(frozen=True, slots=True)
class ArticleMemo:
    """What one assembly found of one article (see the module's docstring)."""

    source: tuple[str, str, str]  # its analysis (cache row, content, date option), id, path
    header: ArticleHeader
    date_basis: str | None
    date_reference: str | None
    written: tuple[Written, ...]  # each mention as the corpus-wide sets count it
    names: ArticleNames
    speakers: tuple[str | None, ...]
    events: tuple[Event, ...]  # as found, before the timeline merges and orders them

    @property
    def id(self) -> str:
        """The article's id."""
        return self.header.id

    @property
    def date(self) -> str | None:
        """The article's date (what the timeline's order reads)."""
        return self.header.date


@dataclass(frozen=True)
class AssemblyMemo:
    """What an assembly found: the corpus-wide sets of names, where each identity ended, and
    each article's :class:`ArticleMemo`, in corpus order."""

    sets: CorpusNameSets
    targets: dict[Identity, Target]
    articles: tuple[ArticleMemo, ...]

    def by_source(self) -> dict[tuple[str, str, str], ArticleMemo]:
        """The articles by their analysis, id and path."""
        return {article.source: article for article in self.articles}


@dataclass(frozen=True)
class Source:
    """One article to assemble: its analysis, id and path, what the last assembly found of it
    (None: new or changed), and its part and its article as analysed, read on demand."""

    key: tuple[str, str, str]
    kept: ArticleMemo | None
    part: Callable[[], AssemblyPart]
    article: Callable[[], Article]


def assemble(
    sources: Sequence[Source],
    failures: Sequence[LoadFailure] = (),
    last: AssemblyMemo | None = None,
) -> tuple[Snapshot, AssemblyMemo]:
    """The snapshot of the corpus of these articles, in their order, and its memo. ``last``
    is the memo of the assembly before (None: assemble whole)."""
    with no_cycle_collection():  # many long-lived objects, none freed in cycles
        parts: dict[int, AssemblyPart] = {}

        def part(index: int) -> AssemblyPart:
            found = parts.get(index)
            if found is None:
                found = parts[index] = sources[index].part()
            return found

        written = [_written(source, index, part) for index, source in enumerate(sources)]
        counted: dict[str, list[int]] = {}
        for mentions in written:
            count_mentions(mentions, counted)
        sets = CorpusNameSets.of(counted)
        moved = sets.changed(last.sets) if last is not None else frozenset()
        interned: dict[Identity, Identity] = {}
        names = [
            _names(source, index, part, sets, moved, interned)
            for index, source in enumerate(sources)
        ]
        merged = merge_names(names)
        targets = merged.targets
        before = last.targets if last is not None else {}
        memos: list[ArticleMemo] = []
        links: list[Links] = []
        found: list[list[Event]] = []
        pairs: dict[Target, Target] = {}  # one of each kept
        for index, (source, named) in enumerate(zip(sources, names, strict=True)):
            kept = source.kept
            if kept is None or kept.names is not named or _moved(named, targets, before):
                kept = _assembled(source, part(index), named, written[index], targets)
            memos.append(kept)
            ended = (pairs.setdefault(t, t) for t in map(targets.__getitem__, named.named))
            links.append((tuple(ended), kept.speakers))
            found.append(list(kept.events))
        parts.clear()
        snapshot = Snapshot(
            entities=tuple(merged.entities),
            timeline=tuple(order_events(memos, found)),
            headers=tuple(memo.header for memo in memos),
            links=tuple(links),
            failures=tuple(failures),
        )
        return snapshot, AssemblyMemo(sets, targets, tuple(memos))


def _written(
    source: Source, index: int, part: Callable[[int], AssemblyPart]
) -> tuple[Written, ...]:
    """Each of the article's mentions as the corpus-wide sets count it."""
    if source.kept is not None:
        return source.kept.written
    read = part(index)
    return tuple(
        (mention.text, mention.type, cues)
        for mention, cues in zip(read.mentions, read.cues, strict=True)
    )


def _names(
    source: Source,
    index: int,
    part: Callable[[int], AssemblyPart],
    sets: CorpusNameSets,
    moved: frozenset[str],
    interned: dict[Identity, Identity],
) -> ArticleNames:
    """The article's names: the memo's, unless it changed or holds a name that moved set."""
    kept = source.kept
    if kept is not None and not (moved and any(name in moved for _, name in kept.names.named)):
        return kept.names
    read = part(index)
    evidence = NameEvidence(read.id, read.mentions, read.cues, lambda: source.article().body)
    return identify(evidence, sets, interned)


def _moved(
    names: ArticleNames, targets: dict[Identity, Target], before: dict[Identity, Target]
) -> bool:
    """Whether any of an article's names ended elsewhere than at the assembly before."""
    return any(targets[identity] != before.get(identity) for identity in names.named)


def _assembled(
    source: Source,
    part: AssemblyPart,
    names: ArticleNames,
    written: tuple[Written, ...],
    targets: dict[Identity, Target],
) -> ArticleMemo:
    """What assembly finds of one article from its part: its speakers and events."""
    merged = resolved_mentions(part.mentions, names, targets)
    speakers = corpus_speakers(part.mentions, merged, part.quotes, _repicker(merged, source))
    return ArticleMemo(
        source=source.key,
        header=part.header,
        date_basis=part.date_basis,
        date_reference=part.date_reference,
        written=written,
        names=names,
        speakers=speakers,
        events=tuple(_events(part, merged)),
    )


def _events(part: AssemblyPart, merged: Sequence[Mention]) -> list[Event]:
    """The part's events as :func:`find_events` gives them for the assembled article."""
    article_id = part.id
    events = []
    for number, dated in enumerate(part.dated, start=1):
        named = {m.entity for m in merged[dated.low : dated.high] if m.entity}
        events.append(
            replace(
                dated.event,
                id=f"{article_id}:e{number}",
                article=article_id,
                entities=tuple(sorted(named)),
                sources=(article_id,),
            )
        )
    return events


def corpus_speakers(
    local: Sequence[Mention],
    merged: Sequence[Mention],
    quotes: Sequence[tuple[str | None, str | None]],
    repick: Callable[[int], str | None],
) -> tuple[str | None, ...]:
    """Quotes (speaker, speaker's words) were attributed to the article's own entities;
    point them at the corpus's. A pronoun speaker whose entity the corpus gave another type
    ("he" of a name it showed to be a club) is chosen again by ``repick(quote index)``."""
    mapping = {old.entity: new.entity for old, new in zip(local, merged, strict=True) if old.entity}
    kinds = {m.entity: m.type for m in merged if m.entity}
    speakers: list[str | None] = []
    for index, (speaker, words) in enumerate(quotes):
        if speaker:
            now = mapping.get(speaker, speaker)
            wanted = PRONOUNS.get((words or "").lower())
            if wanted is not None and now is not None and kinds.get(now) != wanted:
                now = repick(index)
            speaker = now
        speakers.append(speaker)
    return tuple(speakers)


def _repicker(merged: Sequence[Mention], source: Source) -> Callable[[int], str | None]:
    """Chooses a quote's pronoun speaker again in the assembled article (made once)."""
    made: list[tuple[Article, MentionIndex, MentionIndex]] = []

    def repick(index: int) -> str | None:
        if not made:
            assembled = replace(source.article(), mentions=tuple(merged))
            made.append((assembled, *pronoun_pools(assembled)))
        assembled, mentions, unquoted = made[0]
        return pronoun_speaker(assembled.body, assembled.quotes[index], mentions, unquoted)

    return repick
