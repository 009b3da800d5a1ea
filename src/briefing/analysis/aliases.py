"""Mentions merged into entities: aliases, surnames, countries; never over-merged."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from briefing.analysis.gazetteer import GAZETTEER
from briefing.analysis.roles import role_after, role_before
from briefing.model import Article, Entity, Mention

_SLUG = re.compile(r"[^a-z0-9]+")
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def name_key(mention: Mention) -> str:
    """The text a mention is merged by: countries canonical, 'the' and possessives gone."""
    text = _POSSESSIVE.sub("", " ".join(mention.text.split()))
    lower = text.lower()
    if mention.type == "LOC":
        country = GAZETTEER.countries.get(lower) or GAZETTEER.countries.get(
            lower.removeprefix("the ")
        )
        if country:
            return country
    if lower.startswith("the "):
        text = text[4:]
    return text


@dataclass
class _Draft:
    type: str
    name: str
    forms: Counter[str] = field(default_factory=Counter)
    roles: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    count: int = 0


def _majority_types(mentions: Sequence[Mention]) -> dict[str, str]:
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        votes[name_key(mention).lower()][mention.type] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def _surname_owner(mentions: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Single-word person names that name exactly one longer name of the same text."""
    full_names = {name for kind, name in mentions if kind == "PER" and len(name.split()) > 1}
    owners: dict[str, set[str]] = defaultdict(set)
    for name in full_names:
        parts = name.split()
        owners[parts[-1]].add(name)
        owners[parts[0]].add(name)
    return {part: next(iter(names)) for part, names in owners.items() if len(names) == 1}


def resolve_entities(articles: Iterable[Article]) -> tuple[list[Article], list[Entity]]:
    """Give every mention an entity id and build the corpus's entities."""
    drafts: dict[tuple[str, str], _Draft] = {}
    result: list[Article] = []
    pending: list[tuple[Article, list[tuple[Mention, tuple[str, str]]]]] = []
    for article in articles:
        types = _majority_types(article.mentions)
        keyed = []
        for mention in article.mentions:
            key = name_key(mention)
            kind = types.get(key.lower(), mention.type)
            keyed.append((replace(mention, type=kind), (kind, key)))
        owners = _surname_owner([identity for _, identity in keyed])
        spans = [(m.start, m.end) for m, (kind, _) in keyed if kind == "PER"]
        for index, (mention, (kind, key)) in enumerate(keyed):
            if kind == "PER" and len(key.split()) == 1 and key in owners:
                keyed[index] = (mention, (kind, owners[key]))
        for mention, identity in keyed:
            draft = drafts.setdefault(identity, _Draft(identity[0], identity[1]))
            draft.forms[_POSSESSIVE.sub("", mention.text)] += 1
            draft.count += 1
            if article.id not in draft.articles:
                draft.articles.append(article.id)
            if identity[0] == "PER":
                others = [span for span in spans if span != (mention.start, mention.end)]
                for role in (role_before(article.body, mention.start, others),
                             role_after(article.body, mention.end)):  # fmt: skip
                    if role and role not in draft.roles:
                        draft.roles.append(role)
        pending.append((article, keyed))
    _merge_corpus_surnames(drafts)
    _merge_contained_names(drafts)
    ids = {identity: _entity_id(identity) for identity in drafts}
    for article, keyed in pending:
        mentions = tuple(
            replace(mention, entity=ids[_target(drafts, identity)]) for mention, identity in keyed
        )
        result.append(replace(article, mentions=mentions))
    entities = [
        Entity(
            id=ids[identity],
            name=draft.name,
            type=draft.type,
            aliases=tuple(sorted(form for form in draft.forms if form != draft.name)),
            roles=tuple(draft.roles),
            articles=tuple(draft.articles),
            mention_count=draft.count,
        )
        for identity, draft in drafts.items()
        if draft.count
    ]
    entities.sort(key=lambda e: (-e.mention_count, e.type, e.name))
    return result, entities


def _merge_corpus_surnames(drafts: dict[tuple[str, str], _Draft]) -> None:
    """A one-word person left on its own joins the one full name across the corpus it ends."""
    owners = _surname_owner(list(drafts))
    for identity, draft in list(drafts.items()):
        kind, name = identity
        if kind != "PER" or len(name.split()) != 1 or name not in owners:
            continue
        target = drafts[("PER", owners[name])]
        target.forms.update(draft.forms)
        target.count += draft.count
        target.roles.extend(role for role in draft.roles if role not in target.roles)
        target.articles.extend(a for a in draft.articles if a not in target.articles)
        draft.count = 0
        draft.name = owners[name]


def _merge_contained_names(drafts: dict[tuple[str, str], _Draft]) -> None:
    """An organisation or place whose name ends one longer name of the same type joins it
    ("Department of Commerce" -> "U.S. Department of Commerce"), and a place written as its
    adjective ("Alaskan") joins the place."""
    longer_names: dict[tuple[str, str], list[str]] = defaultdict(list)
    for kind, name in drafts:
        if kind not in ("ORG", "LOC"):
            continue
        words = name.split()
        for index in range(1, len(words)):
            longer_names[(kind, " ".join(words[index:]))].append(name)
        longer_names[(kind, name + "n")].append(name)
        longer_names[(kind, name + "an")].append(name)
    for (kind, name), draft in list(drafts.items()):
        if kind not in ("ORG", "LOC") or draft.count == 0:
            continue
        longer = [
            other for other in longer_names.get((kind, name), ()) if drafts[(kind, other)].count
        ]
        if len(longer) != 1 or len(name.split()) < (2 if kind == "ORG" else 1):
            continue
        target = drafts[(kind, longer[0])]
        target.forms.update(draft.forms)
        target.count += draft.count
        target.articles.extend(a for a in draft.articles if a not in target.articles)
        draft.count = 0
        draft.name = longer[0]


def _target(drafts: dict[tuple[str, str], _Draft], identity: tuple[str, str]) -> tuple[str, str]:
    draft = drafts[identity]
    if draft.count == 0 and (identity[0], draft.name) in drafts:
        return (identity[0], draft.name)
    return identity


def _entity_id(identity: tuple[str, str]) -> str:
    kind, name = identity
    return f"{kind.lower()}:{_SLUG.sub('-', name.lower()).strip('-') or 'x'}"
