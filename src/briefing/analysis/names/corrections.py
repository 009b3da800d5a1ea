"""The reader's own corrections of the merged entities, applied to an assembled corpus.

Two kinds, applied in the order the reader made them: an entity *merged* into another (its
mentions, aliases, roles and articles join the other's, which keeps its name and type), and
an alias *split* off an entity (the mentions written that way become an entity of their own,
or join the entity of that name when there is one). A correction that no longer fits the
corpus (an entity gone, an alias no longer there) is passed over, not dropped: the corpus may
fit it again.

Merges are a renaming of ids and touch no article. A split depends on how each mention is
written, so the articles of the entities it can reach are read (only those); every other
article is renamed as it is first asked for, which keeps a corpus opened from its snapshot
lazy.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from briefing.analysis.names.aliases import entity_id
from briefing.analysis.names.evidence import POSSESSIVE_END
from briefing.analysis.names.roles import tidy_role
from briefing.model import MERGE, SPLIT, Article, Corpus, Correction, Entity, Event, Mention
from briefing.on_demand import OnDemand, look_at


def written_form(mention: Mention) -> str:
    """A mention's text as an entity's aliases list it (without a possessive ending)."""
    return POSSESSIVE_END.sub("", mention.text)


def split_id(entity: Entity, alias: str) -> str:
    """The id of the entity an alias split off ``entity`` becomes."""
    new = entity_id((entity.type, alias))
    return new if new != entity.id else f"{new}-apart"


@dataclass(frozen=True, slots=True)
class _Step:
    kind: str
    entity: str
    form: str  # a split's alias; "" for a merge
    to: str


@dataclass
class _Tally:
    """What the mentions that end in one entity add up to."""

    count: int = 0
    articles: set[str] = field(default_factory=set)
    forms: dict[str, int] = field(default_factory=dict)
    roles: list[str] = field(default_factory=list)
    raw_roles: list[str] = field(default_factory=list)  # read here, tidied at the end

    def add_entity(self, entity: Entity) -> None:
        self.count += entity.mention_count
        self.articles.update(entity.articles)
        for form in (entity.name, *entity.aliases):
            self.forms[form] = self.forms.get(form, 0)
        self.roles.extend(entity.roles)

    def add_mention(self, article: str, mention: Mention) -> None:
        self.count += 1
        self.articles.add(article)
        form = written_form(mention)
        self.forms[form] = self.forms.get(form, 0) + 1
        self.raw_roles.extend(mention.roles or ())


class _Standing:
    """The entities as the corrections so far leave them, each as (type, name, written
    forms); made from the corpus's entity only when a correction names it."""

    def __init__(self, originals: dict[str, Entity]) -> None:
        self._originals = originals
        self._changed: dict[str, tuple[str, str, set[str]]] = {}
        self._gone: set[str] = set()

    def get(self, entity: str) -> tuple[str, str, set[str]] | None:
        if entity in self._gone:
            return None
        standing = self._changed.get(entity)
        if standing is None and entity in self._originals:
            e = self._originals[entity]
            standing = self._changed[entity] = (e.type, e.name, {e.name, *e.aliases})
        return standing

    def add(self, entity: str, standing: tuple[str, str, set[str]]) -> None:
        self._gone.discard(entity)
        self._changed[entity] = standing

    def drop(self, entity: str) -> None:
        self._gone.add(entity)


class _Plan:
    """The corrections that fit, in order, and what follows from them."""

    def __init__(self, entities: Sequence[Entity], corrections: Iterable[Correction]) -> None:
        self.originals = {entity.id: entity for entity in entities}
        self.steps: list[_Step] = []
        self.made: dict[str, tuple[str, str]] = {}  # a split's new entity: (type, name)
        live = _Standing(self.originals)
        for correction in corrections:
            step = self._fitting(correction, live)
            if step is not None:
                self.steps.append(step)
        self.touched = {id_ for step in self.steps for id_ in (step.entity, step.to)}
        self.grouped = self._reached_by_splits()

    def _fitting(self, correction: Correction, live: _Standing) -> _Step | None:
        """The step a correction makes of the entities as they stand, or None."""
        source = live.get(correction.entity)
        if source is None:
            return None
        kind, name, forms = source
        if correction.kind == MERGE:
            target = live.get(correction.other)
            if target is None or correction.other == correction.entity:
                return None
            target[2].update(forms)
            live.drop(correction.entity)
            return _Step(MERGE, correction.entity, "", correction.other)
        if correction.kind != SPLIT or correction.other not in forms - {name}:
            return None
        forms.discard(correction.other)
        new = split_id(Entity(correction.entity, name, kind), correction.other)
        standing = live.get(new)
        if standing is not None:
            standing[2].add(correction.other)
        else:
            live.add(new, (kind, correction.other, {correction.other}))
            self.made.setdefault(new, (kind, correction.other))
        return _Step(SPLIT, correction.entity, correction.other, new)

    def _reached_by_splits(self) -> frozenset[str]:
        """Every id joined, through the steps, to an entity an alias is split off: only
        their mentions can end where their written form says."""
        parent: dict[str, str] = {}

        def root(id_: str) -> str:
            while parent.get(id_, id_) != id_:
                id_ = parent[id_]
            return id_

        for step in self.steps:
            parent[root(step.entity)] = root(step.to)
        split_roots = {root(step.entity) for step in self.steps if step.kind == SPLIT}
        return frozenset(id_ for id_ in self.touched if root(id_) in split_roots)

    def final_id(self, entity: str) -> str:
        """Where an entity's mentions end by the merges alone."""
        for step in self.steps:
            if step.kind == MERGE and step.entity == entity:
                entity = step.to
        return entity

    def mention_id(self, entity: str, form: str) -> str:
        """Where a mention of ``entity`` written ``form`` ends."""
        for step in self.steps:
            if step.entity == entity and (step.kind == MERGE or step.form == form):
                entity = step.to
        return entity

    def type_of(self, entity: str) -> str:
        """An entity's type: its own, or that of the entity a split made it of."""
        original = self.originals.get(entity)
        return original.type if original is not None else self.made[entity][0]


def apply_corrections(corpus: Corpus, corrections: Iterable[Correction]) -> Corpus:
    """``corpus`` with the reader's corrections made, in order (see the module's notes)."""
    plan = _Plan(corpus.entities, corrections)
    if not plan.steps:
        return corpus
    positions = {header.id: index for index, header in enumerate(corpus.headers)}
    if not positions:
        positions = {article.id: index for index, article in enumerate(corpus.articles)}
    reached_ids = {
        article
        for id_ in plan.grouped
        if id_ in plan.originals
        for article in plan.originals[id_].articles
    }
    reached = sorted(positions[a] for a in reached_ids if a in positions)
    corrected = {index: _corrected(corpus.articles[index], plan) for index in reached}
    entities = _entities(corpus, plan, [corrected[i] for i in reached], positions)
    articles = CorrectedArticles(corpus.articles, plan, corrected)
    by_id = {corpus.articles[i].id: article for i, article in corrected.items()}
    timeline = tuple(_event(event, plan, by_id) for event in corpus.timeline)
    return replace(corpus, articles=articles, entities=entities, timeline=timeline)


def _corrected(article: Article, plan: _Plan) -> Article:
    """An article's mentions and quote speakers pointed where the corrections say."""
    mentions = []
    changed = False
    for mention in article.mentions:
        entity = mention.entity
        if entity is not None and entity in plan.touched:
            entity = plan.mention_id(entity, written_form(mention))
            mention = replace(mention, entity=entity, type=plan.type_of(entity))
            changed = True
        mentions.append(mention)
    if not changed:
        return article
    spans = {(m.start, m.end): m.entity for m in mentions}
    quotes = tuple(
        replace(quote, speaker=_speaker(quote.speaker, quote.speaker_span, spans, plan))
        if quote.speaker in plan.touched
        else quote
        for quote in article.quotes
    )
    return replace(article, mentions=tuple(mentions), quotes=quotes)


def _speaker(
    speaker: str | None,
    span: tuple[int, int] | None,
    spans: dict[tuple[int, int], str | None],
    plan: _Plan,
) -> str | None:
    """A quote's speaker: the entity of the mention that names it, else (a pronoun, a
    description) where the speaker's entity went by the merges."""
    if span is not None and span in spans:
        return spans[span]
    return plan.final_id(speaker) if speaker is not None else None


def _entities(
    corpus: Corpus, plan: _Plan, reached: list[Article], positions: dict[str, int]
) -> tuple[Entity, ...]:
    """The entities after the corrections: those no correction names stay as they are;
    of the others, those no split can reach are added up as wholes, the rest mention by
    mention from the articles read."""
    tallies: dict[str, _Tally] = {}
    kept: list[Entity] = []
    for entity in corpus.entities:
        if entity.id not in plan.touched:
            kept.append(entity)
        elif entity.id not in plan.grouped:
            tallies.setdefault(plan.final_id(entity.id), _Tally()).add_entity(entity)
    for article in reached:  # a mention counts here when the entity it came from did not
        original = corpus.articles[positions[article.id]]
        for old, new in zip(original.mentions, article.mentions, strict=True):
            if old.entity in plan.grouped and new.entity is not None:
                tallies.setdefault(new.entity, _Tally()).add_mention(article.id, new)
    named = {id_: _name(id_, tally, plan) for id_, tally in tallies.items() if tally.count}
    people: set[str] | None = None  # the corpus's people's names, once a role needs tidying
    made = []
    for id_, name in named.items():
        tally = tallies[id_]
        kind = plan.type_of(id_)
        roles = list(tally.roles)
        if kind == "PER" and tally.raw_roles:
            if people is None:
                people = {e.name for e in kept if e.type == "PER"}
                people.update(n for i, n in named.items() if plan.type_of(i) == "PER")
            roles += [r for raw in tally.raw_roles if (r := tidy_role(raw, name, people))]
        made.append(
            Entity(
                id=id_,
                name=name,
                type=kind,
                aliases=tuple(sorted(form for form in tally.forms if form != name)),
                roles=tuple(dict.fromkeys(roles)),
                articles=tuple(sorted(tally.articles, key=lambda a: positions.get(a, 0))),
                mention_count=tally.count,
            )
        )
    made.sort(key=_rank)
    return tuple(heapq.merge(kept, made, key=_rank))  # ``kept`` is in that order already


def _rank(entity: Entity) -> tuple[int, str, str]:
    """Where an entity stands in the corpus's list (as ``resolve_entities`` orders it)."""
    return (-entity.mention_count, entity.type, entity.name)


def _name(entity: str, tally: _Tally, plan: _Plan) -> str:
    """An entity keeps its name; one a split made is called by its commonest written form
    (the alias, when no form is commoner)."""
    original = plan.originals.get(entity)
    if original is not None:
        return original.name
    alias = plan.made[entity][1]
    return max(tally.forms, key=lambda form: (tally.forms[form], form == alias, form))


def _event(event: Event, plan: _Plan, reached: dict[str, Article]) -> Event:
    """An event's entities after the corrections: read again from its sentence in an
    article a split reached, else renamed by the merges."""
    article = reached.get(event.article)
    if article is not None:
        start, end = event.sentence
        found = {m.entity for m in article.mentions_in(start, end) if m.entity}
        return replace(event, entities=tuple(sorted(found)))
    if not plan.touched.intersection(event.entities):
        return event
    return replace(event, entities=tuple(sorted({plan.final_id(e) for e in event.entities})))


class CorrectedArticles(OnDemand[Article]):
    """A corpus's articles with the corrections made: those a split reached already read,
    every other one renamed when it is first asked for (a lazy corpus stays lazy)."""

    def __init__(
        self,
        base: Sequence[Article],
        plan: _Plan,
        corrected: dict[int, Article],
    ) -> None:
        super().__init__(len(base), corrected)
        self._base = base
        self._plan = plan

    def make(self, index: int) -> Article:
        return _corrected(self._base[index], self._plan)

    def make_passing(self, index: int) -> Article:
        return _corrected(look_at(self._base, index), self._plan)

    @property
    def opened(self) -> int:
        """How many of the articles underneath have been loaded (see ``LazyArticles``)."""
        return getattr(self._base, "opened", len(self._base))
