"""Mentions merged into entities: aliases, surnames, countries; never over-merged."""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from briefing.analysis.lexicon.gazetteer import (
    COMPANY_WORDS,
    GAZETTEER,
    HONORIFICS,
    OUTLETS,
    PARTY_FORMS,
)
from briefing.analysis.lexicon.name_words import PARTICLES, PLACE_QUALIFIERS
from briefing.analysis.names.city_names import is_place_name
from briefing.analysis.names.company_names import cue_counts, written
from briefing.analysis.names.evidence import (
    IN_DATELINE,
    POSSESSIVE_END,
    NameEvidence,
    name_evidence,
)
from briefing.analysis.names.name_tallies import CorpusNameSets, counted
from briefing.analysis.names.roles import NamedSpans, role_after, role_before, tidy_role
from briefing.model import Article, Entity, Mention

_SLUG = re.compile(r"[^a-z0-9]+")
_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}")  # "J.", "H.W.", "D"
_MIN_SHARED_NAMES = 4  # names a lone surname's stories share with its full name's
_GREAT_MAJORITY = 0.7  # of a surname's full-name mentions, what one full name must hold
_COUNTRIES_AND_STATES = frozenset(("country", "state", "demonym"))


def name_key(mention: Mention) -> str:
    """The text a mention is merged by: countries canonical, 'the' and possessives gone."""
    return _name_key(mention.text, mention.type)


@lru_cache(maxsize=65536)
def _name_key(written: str, kind: str) -> str:
    text = POSSESSIVE_END.sub("", " ".join(written.split()))
    lower = text.lower()
    if kind in ("LOC", "ORG"):  # an organisation's: a union of countries ("EU")
        country = GAZETTEER.countries.get(lower) or GAZETTEER.countries.get(
            lower.removeprefix("the ")
        )
        if country:
            return country
    if lower.startswith("the "):
        text = text[4:]
    if kind == "PER":  # "Mr Blair" is Blair, "Sir Alex Ferguson" is Alex Ferguson
        words = text.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
            words.pop(0)
        text = " ".join(words)
    return text


@dataclass
class _Draft:
    type: str
    name: str
    forms: dict[str, int] = field(default_factory=dict)  # written forms, counted
    roles: list[str] = field(default_factory=list)
    articles: dict[str, None] = field(default_factory=dict)  # in first-seen order
    count: int = 0


def _majority_types(mentions: Sequence[tuple[Mention, str]]) -> dict[str, str]:
    """The type most mentions of each name (a mention with its lower-cased key) have in one
    article (the first one on a tie)."""
    votes: dict[str, dict[str, int]] = {}
    for mention, lower in mentions:
        counts = votes.setdefault(lower, {})
        counts[mention.type] = counts.get(mention.type, 0) + 1
    return {key: max(counts, key=counts.__getitem__) for key, counts in votes.items()}


def _company_short_forms(identities: Sequence[tuple[str, str]]) -> dict[str, str]:
    """The first words of a company's name, which name it in the same story ("Cairn" for
    "Cairn Energy"), when they start exactly one company there and are no place."""
    owners: dict[str, set[str]] = defaultdict(set)
    for kind, name in identities:
        words = name.split()
        if kind != "ORG" or len(words) < 2:
            continue
        cut = next((i for i, w in enumerate(words) if w.lower() in COMPANY_WORDS), 0)
        if cut:
            owners[" ".join(words[:cut])].add(name)
        if cut > 1 and words[0][:1].isupper() and "&" not in words[:cut]:
            owners[words[0]].add(name)  # "Magna" of "Magna International Inc"
    return {
        short: next(iter(names))
        for short, names in owners.items()
        if len(names) == 1 and not GAZETTEER.tags(short.lower()) and short.lower() not in HONORIFICS
    }


def _surname_owner(mentions: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Single-word person names that name exactly one longer name of the same text."""
    full_names = {name for kind, name in mentions if kind == "PER" and len(name.split()) > 1}
    owners: dict[str, set[str]] = defaultdict(set)
    for name in full_names:
        parts = name.split()
        owners[parts[-1]].add(name)
        owners[parts[0]].add(name)
    return {part: next(iter(names)) for part, names in owners.items() if len(names) == 1}


@dataclass(frozen=True, slots=True)
class ArticleNames:
    """What the merge passes read of one article once its names are identified: the (type,
    name) each mention names in its article, how it writes it, the titles found beside it
    and its cue bits. Made again only when the article changes or one of its names changes
    set (:class:`CorpusNameSets`): the merge passes then run over these alone."""

    article_id: str
    named: tuple[tuple[str, str], ...]
    forms: tuple[str, ...]
    roles: tuple[tuple[str, ...] | None, ...]
    cues: tuple[int, ...]


@dataclass(frozen=True)
class MergedNames:
    """The corpus's entities, and the (type, entity id) each identity ended in."""

    entities: list[Entity]
    targets: dict[tuple[str, str], tuple[str, str]]


def resolve_entities(articles: Iterable[Article]) -> tuple[list[Article], list[Entity]]:
    """Give every mention an entity id and build the corpus's entities."""
    entities, resolved = resolve_entities_lazily(articles)
    return list(resolved), entities


def resolve_entities_lazily(
    articles: Iterable[Article],
) -> tuple[list[Entity], Iterator[Article]]:
    """The corpus's entities, and each article with its mentions' entity ids, made as they
    are asked for (what was kept for an article is let go once it is made)."""
    articles = deque(articles)
    entities, mentions = resolve_evidence([name_evidence(article) for article in articles])

    def resolved() -> Iterator[Article]:
        for found in mentions:
            yield replace(articles.popleft(), mentions=found)

    return entities, resolved()


def resolve_evidence(
    evidence: Sequence[NameEvidence],
) -> tuple[list[Entity], Iterator[tuple[Mention, ...]]]:
    """The corpus's entities from every article's evidence, and each article's mentions
    with their entity ids, in order, made as they are asked for."""
    sets = CorpusNameSets.of(counted(written(evidence)))
    interned: dict[tuple[str, str], tuple[str, str]] = {}
    names = [identify(article, sets, interned) for article in evidence]
    merged = merge_names(names)

    def resolved(queue: deque[tuple[NameEvidence, ArticleNames]]) -> Iterator[tuple[Mention, ...]]:
        while queue:
            article, named = queue.popleft()
            yield resolved_mentions(article.mentions, named, merged.targets)

    return merged.entities, resolved(deque(zip(evidence, names, strict=True)))


def resolved_mentions(
    mentions: Sequence[Mention],
    names: ArticleNames,
    targets: dict[tuple[str, str], tuple[str, str]],
) -> tuple[Mention, ...]:
    """An article's mentions with the type and entity id of the entity each ended in."""
    return tuple(
        Mention(m.start, m.end, m.text, *targets[identity], found)
        for m, identity, found in zip(mentions, names.named, names.roles, strict=True)
    )


def identify(
    article: NameEvidence,
    sets: CorpusNameSets,
    interned: dict[tuple[str, str], tuple[str, str]],
) -> ArticleNames:
    """The names of one article's mentions, given what the corpus shows of its names
    (``interned`` keeps one tuple of each identity across the corpus)."""
    keyed = _identities(article, sets.not_people, sets.works, sets.not_places)
    return ArticleNames(
        article.article_id,
        tuple(interned.setdefault(identity, identity) for _, identity in keyed),
        tuple(written_form(mention.text) for mention in article.mentions),
        tuple(_roles_found(article, keyed)),
        article.cues,
    )


def merge_names(names: Sequence[ArticleNames]) -> MergedNames:
    """The corpus's entities: each article's names counted into drafts, and the drafts
    merged (split types settled, names alike, middle names, surnames, contained names)."""
    drafts: dict[tuple[str, str], _Draft] = {}
    for article in names:
        _draft(article, drafts)
    _settle_split_types(drafts, names)
    _merge_same_ids(drafts)
    _settle_one_word_types(drafts)
    _merge_middle_names(drafts)
    named_in = {article.article_id: set(article.named) for article in names}
    _merge_corpus_surnames(drafts, named_in)
    _merge_contained_names(drafts)
    ids = {identity: entity_id(identity) for identity in drafts}
    people = {name for (kind, name), draft in drafts.items() if kind == "PER" and draft.count}
    order = {article.article_id: place for place, article in enumerate(names)}
    entities = [
        Entity(
            id=ids[identity],
            name=draft.name,
            type=draft.type,
            aliases=tuple(sorted(form for form in draft.forms if form != draft.name)),
            roles=_tidy_roles(draft, people),
            articles=tuple(sorted(draft.articles, key=order.__getitem__)),  # corpus order
            mention_count=draft.count,
        )
        for identity, draft in drafts.items()
        if draft.count
    ]
    entities.sort(key=lambda e: (-e.mention_count, e.type, e.name))
    targets = {}
    for identity in drafts:
        target = _target(drafts, identity)
        targets[identity] = (target[0], ids[target])
    return MergedNames(entities, targets)


def _tidy_roles(draft: _Draft, people: Container[str]) -> tuple[str, ...]:
    """A person's roles, each a title or position (see :func:`roles.tidy_role`), once."""
    if draft.type != "PER":
        return tuple(draft.roles)
    tidied = (tidy_role(role, draft.name, people) for role in draft.roles)
    return tuple(dict.fromkeys(role for role in tidied if role))


def _identities(
    article: NameEvidence,
    not_people: Container[str],
    works: Container[str],
    not_places: Container[str] = (),
) -> list[tuple[Mention, tuple[str, str]]]:
    """Each mention with the (type, name) of the entity it names in its article: the type
    most of its mentions have (a dateline's place stays a place, and does not vote: the
    "NEW YORK" a report was filed from is not the New York team of its table; nor does the
    vote make a place an organisation where the name is a city's, a country's or a state's:
    it stands for its team or its government in some sentences, "Boston won", and for the
    place in others, which the tagger tells apart by each sentence's words), a company's
    short form as the company, a first name or surname beside its full name as that person,
    a work or company the corpus shows a "person" or a "place" to be as that."""
    placed = [bool(cues & IN_DATELINE) for cues in article.cues]
    keys = [name_key(mention) for mention in article.mentions]
    lowers = [key.lower() for key in keys]
    types = _majority_types(
        [
            (mention, lower)
            for mention, lower, dateline in zip(article.mentions, lowers, placed, strict=True)
            if not dateline
        ]
    )
    keyed = []
    for mention, key, lower, dateline in zip(article.mentions, keys, lowers, placed, strict=True):
        kind = mention.type if dateline else types.get(lower, mention.type)
        if mention.type == "LOC" and kind == "ORG" and is_place_name(lower):
            kind = "LOC"  # a place's name standing for its team or its government elsewhere
        keyed.append((mention, (kind, key)))
    companies = _company_short_forms([identity for _, identity in keyed])
    for index, (mention, (kind, key)) in enumerate(keyed):
        if key in companies and kind != "LOC":
            keyed[index] = (mention, ("ORG", companies[key]))
    owners = _surname_owner([identity for _, identity in keyed])
    for index, (mention, (kind, key)) in enumerate(keyed):
        party = PARTY_FORMS.get(key.lower())
        # "Tory" the adjective stays a word of kind; "Tories", its members, are the party
        if party is not None and (kind != "MISC" or key.endswith("s")):
            keyed[index] = (mention, ("ORG", party))
            continue
        if kind == "LOC" and key in not_places:
            keyed[index] = (mention, ("ORG", key))  # "Wal-Mart's sales", "Nokia said it"
            continue
        if kind != "PER":
            continue
        if len(key.split()) == 1 and key in owners:
            keyed[index] = (mention, (kind, owners[key]))  # "Ray" beside "Ray Charles"
        elif key in works:
            keyed[index] = (mention, ("MISC", key))  # "the film Vera Drake"
        elif key in not_people:
            keyed[index] = (mention, ("ORG", key))  # "Sony's shares", "William Hill said it"
    return keyed


def _roles_found(
    article: NameEvidence, keyed: list[tuple[Mention, tuple[str, str]]]
) -> Iterator[tuple[str, ...] | None]:
    """The titles of each mention: those found when its article was analysed, or for a
    person not yet looked up (a name the article alone took for a company), found now."""
    people: list[NamedSpans] = []  # the people's spans, made for the first role looked up
    for mention, identity in keyed:
        found = mention.roles
        if identity[0] == "PER" and found is None:
            if not people:
                people.append(
                    NamedSpans([(m.start, m.end) for m, (kind, _) in keyed if kind == "PER"])
                )
            found = _roles(article.body(), mention, people[0])
        yield found


def _draft(article: ArticleNames, drafts: dict[tuple[str, str], _Draft]) -> None:
    """Count each of an article's mentions into its entity's draft (forms, articles, roles)."""
    article_id = article.article_id
    for identity, form, found in zip(article.named, article.forms, article.roles, strict=True):
        draft = drafts.get(identity)
        if draft is None:
            draft = drafts[identity] = _Draft(identity[0], identity[1])
        draft.forms[form] = draft.forms.get(form, 0) + 1
        draft.count += 1
        draft.articles[article_id] = None
        for role in found or ():
            if role not in draft.roles:
                draft.roles.append(role)


@lru_cache(maxsize=65536)
def written_form(written: str) -> str:
    """How a mention writes its entity's name: without a possessive ending."""
    return POSSESSIVE_END.sub("", written)


def _roles(body: str, mention: Mention, people: NamedSpans) -> tuple[str, ...]:
    """The titles written before and after a person's name (once: kept on the mention).

    A name's own span never touches the words before or after it, so ``people`` may hold it.
    """
    found = (role_before(body, mention.start, people), role_after(body, mention.end, people))
    return tuple(role for role in found if role)


def _settle_split_types(
    drafts: dict[tuple[str, str], _Draft],
    pending: Sequence[ArticleNames],
) -> None:
    """A name of several words the tagger typed a person in some stories and an organisation
    or a place in others is one entity: a person when the words around it say so ("Keanu
    Reeves, who"), a company when they say that ("Real Madrid striker"), else (and always
    when one type is a place's) the type of three in four of its mentions; with no such lead
    the drafts stay apart."""
    kinds: dict[str, list[str]] = defaultdict(list)
    for (kind, name), draft in drafts.items():
        if draft.count and kind in ("PER", "ORG", "LOC") and " " in name:
            kinds[name].append(kind)
    split = {name for name, found in kinds.items() if len(found) > 1 and "PER" in found}
    if not split:
        return
    cues = _type_cues(split, pending)
    for name in sorted(split):
        counts = {kind: drafts[(kind, name)].count for kind in kinds[name]}
        winner = _settled_type(counts, *cues[name])
        for kind in kinds[name]:
            if winner is not None and kind != winner:
                _fold(drafts[(winner, name)], drafts[(kind, name)])


def _type_cues(
    names: set[str],
    pending: Sequence[ArticleNames],
) -> dict[str, list[int]]:
    """For each name, how many of its mentions the words around call a person, a company."""
    found: dict[str, list[int]] = {name: [] for name in names}
    for article in pending:
        for cues, (_kind, key) in zip(article.cues, article.named, strict=True):
            if key in found:
                found[key].append(cues)
    return {name: list(cue_counts(cues)) for name, cues in found.items()}


def _settled_type(counts: dict[str, int], person: int, company: int) -> str | None:
    """The one type of a name typed apart, from its cues and its counts; None: no lead."""
    most = max(counts, key=lambda kind: (counts[kind], kind))
    place = "LOC" in counts  # a place's name is a person's or a club's too often to say
    if not place and person and (not company or person >= max(3, 2 * company)):
        return "PER"
    if not place and company >= 2 and not person and "ORG" in counts:
        return "ORG"
    if counts[most] >= 3 * (sum(counts.values()) - counts[most]):
        return most
    return None


def _merge_same_ids(drafts: dict[tuple[str, str], _Draft]) -> None:
    """Names of one type written alike but for case or punctuation are one entity
    ("NEW YORK" of a dateline and "New York", "Al-Qaeda" and "al Qaeda"): they join the
    form written in mixed case most often (the capitals of a headline or a dateline are
    not how the name is written)."""
    alike: dict[str, list[_Draft]] = defaultdict(list)
    for identity, draft in drafts.items():
        if draft.count:
            alike[entity_id(identity)].append(draft)
    for group in alike.values():
        if len(group) > 1:
            group.sort(key=lambda d: (d.name.isupper(), -d.count, d.name))
            for draft in group[1:]:
                _fold(group[0], draft)


def _merge_middle_names(drafts: dict[tuple[str, str], _Draft]) -> None:
    """A person written with and without middle initials is one person ("Donald J. Trump",
    "Donald Trump"; "Rodrigo de Rato"), when the shorter name has only that one longer form
    across the corpus ("George Bush" with "George W. Bush" and "George H.W. Bush" stays
    apart). A middle name is not enough: "Jerry Lee Lewis" is not "Jerry Lewis". The less
    written form joins the more written one."""
    longer: dict[str, list[str]] = defaultdict(list)
    for kind, name in drafts:
        words = name.split()
        middle = words[1:-1]
        if (
            kind == "PER"
            and middle
            and all(_INITIALS.fullmatch(word) or word in PARTICLES for word in middle)
            and drafts[(kind, name)].count
        ):
            longer[f"{words[0]} {words[-1]}"].append(name)
    for short, names in longer.items():
        if len(names) != 1 or ("PER", short) not in drafts or not drafts[("PER", short)].count:
            continue
        pair = [drafts[("PER", short)], drafts[("PER", names[0])]]
        pair.sort(key=lambda d: (-d.count, d.name))
        _fold(*pair)


def _settle_one_word_types(drafts: dict[tuple[str, str], _Draft]) -> None:
    """A one-word name the tagger typed a place, an organisation or a thing in some stories
    is a person in all of them when the corpus writes it as a person far more often,
    counting the full names it ends ("Trump" beside "Donald Trump"): the whole corpus's
    evidence decides a name's type. A country's or a state's name keeps its own type."""
    as_person: dict[str, int] = defaultdict(int)
    for (kind, name), draft in drafts.items():
        if kind == "PER" and draft.count:
            as_person[name.split()[-1]] += draft.count
    for (kind, name), draft in list(drafts.items()):
        if kind == "PER" or " " in name or not draft.count or GAZETTEER.tags(name.lower()):
            continue
        weight = as_person.get(name, 0)
        if weight < _GREAT_MAJORITY * (weight + draft.count):
            continue
        person = drafts.get(("PER", name))
        if person is None:
            person = drafts[("PER", name)] = _Draft("PER", name)
        _fold(person, draft)


def _merge_corpus_surnames(
    drafts: dict[tuple[str, str], _Draft], named_in: dict[str, set[tuple[str, str]]]
) -> None:
    """A one-word person left on its own (its stories named no full name it ends) joins a
    full name across the corpus, when they share an article or their articles name someone
    or something else in common (in a folder of many stories, "Raul" of the football
    reports is not "Raul Grijalva" of the Congress ones): the one full name it ends, else
    the one whose stories it shares, else the one that holds the great majority (seven in
    ten) of its full names' mentions ("Clinton" in a campaign's coverage, where most of the
    Clintons written in full are Hillary Clinton), else the one full name it begins
    ("Hillary")."""
    owners = _surname_owner([identity for identity, draft in drafts.items() if draft.count])
    holders: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (kind, name), draft in drafts.items():
        if kind == "PER" and draft.count and len(name.split()) > 1:
            holders[name.split()[-1]].append((kind, name))
    for identity, draft in list(drafts.items()):
        kind, name = identity
        if kind != "PER" or len(name.split()) != 1 or not draft.count:
            continue
        ending = holders[name]
        chosen: tuple[str, str] | None = None
        if len(ending) == 1:
            chosen = ending[0]
        elif ending:
            chosen = _likeliest_holder(draft, identity, ending, drafts, named_in)
            chosen = chosen or _majority_holder(ending, drafts)
        elif name in owners:
            chosen = ("PER", owners[name])
        if chosen is not None and _same_story(draft, drafts[chosen], identity, chosen, named_in):
            _fold(drafts[chosen], draft)


def _majority_holder(
    holders: Sequence[tuple[str, str]], drafts: dict[tuple[str, str], _Draft]
) -> tuple[str, str] | None:
    """The full name with the great majority of the mentions of all the full names a
    surname ends (written in full: a surname its own stories gave it does not count), if
    one has it."""
    counted = sorted(((_written_in_full(drafts[holder]), holder) for holder in holders),
                     reverse=True)  # fmt: skip
    total = sum(count for count, _ in counted)
    best, chosen = counted[0]
    return chosen if total and best >= _GREAT_MAJORITY * total else None


def _likeliest_holder(
    draft: _Draft,
    identity: tuple[str, str],
    holders: Sequence[tuple[str, str]],
    drafts: dict[tuple[str, str], _Draft],
    named_in: dict[str, set[tuple[str, str]]],
) -> tuple[str, str] | None:
    """Which of several full names a surname written alone is, when the stories it stands
    in name far more of the same people and things as one of them's than as any other's
    ("Blair" among Labour's ministers is Tony Blair, not Cherie or Ian Blair); else none."""
    around = _names_around(draft, named_in) - {identity, *holders}
    if not around:
        return None
    scores = sorted(
        ((len(around & _names_around(drafts[holder], named_in)), holder) for holder in holders),
        reverse=True,
    )
    best, chosen = scores[0]
    runner_up = scores[1][0] if len(scores) > 1 else 0
    if best < _MIN_SHARED_NAMES or best < 3 * runner_up:
        return None
    return chosen


def _written_in_full(draft: _Draft) -> int:
    """How often a person's name is written with more than one word."""
    return sum(count for form, count in draft.forms.items() if len(form.split()) > 1)


def _same_story(
    draft: _Draft,
    target: _Draft,
    identity: tuple[str, str],
    target_identity: tuple[str, str],
    named_in: dict[str, set[tuple[str, str]]],
) -> bool:
    """Whether two drafts share an article, or their articles share another name that is
    neither a place nor a news outlet (those are named in every kind of story) and the one
    word is not far more written than the full name ("Muslim" 48 times, "Muslim Americans"
    3: the tagger's slip, not a surname)."""
    if not draft.articles.keys().isdisjoint(target.articles):
        return True
    if draft.count > 2 * target.count:
        return False
    around = _names_around(draft, named_in) - {identity, target_identity}
    return not around.isdisjoint(_names_around(target, named_in))


def _names_around(draft: _Draft, named_in: dict[str, set[tuple[str, str]]]) -> set[tuple[str, str]]:
    names: set[tuple[str, str]] = set()
    for article in draft.articles:
        names.update(named_in.get(article, ()))
    return {(kind, name) for kind, name in names if kind != "LOC" and name.lower() not in OUTLETS}


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
        if kind == "LOC" and not _place_within(name, longer[0], draft.count, target.count):
            continue
        if draft.count > 2 * target.count:
            continue  # "Republican Party" is not the "South Carolina Republican Party"
        _fold(target, draft)


def _place_within(name: str, longer: str, count: int, longer_count: int) -> bool:
    """Whether a place's name ending a longer one is that longer place written short: not a
    country or state ("France" is not the Stade de France), not the place a direction or
    "New" makes another ("York" is not New York, "Edinburgh" not South West Edinburgh), and
    not written far more often on its own than the longer name is."""
    lower = name.lower()
    if lower in GAZETTEER.countries or GAZETTEER.tags(lower) & _COUNTRIES_AND_STATES:
        return False
    lead = longer[: len(longer) - len(name)].lower().split()
    if all(word in PLACE_QUALIFIERS for word in lead):
        return False
    return count <= 2 * longer_count


def _fold(target: _Draft, draft: _Draft) -> None:
    """Move a draft into the one it joins: its written forms, articles, count and roles; it
    keeps only the type and name of the one it joined (see :func:`_target`)."""
    for form, count in draft.forms.items():
        target.forms[form] = target.forms.get(form, 0) + count
    target.articles.update(draft.articles)
    target.count += draft.count
    if target.type == "PER":  # a person's titles; a company keeps none
        target.roles.extend(role for role in draft.roles if role not in target.roles)
    draft.count = 0
    draft.type, draft.name = target.type, target.name


def _target(drafts: dict[tuple[str, str], _Draft], identity: tuple[str, str]) -> tuple[str, str]:
    """The identity a draft ended in, following the folds it went through."""
    for _hop in range(len(drafts)):
        draft = drafts[identity]
        joined = (draft.type, draft.name)
        if draft.count or joined == identity or joined not in drafts:
            return identity
        identity = joined
    return identity


def entity_id(identity: tuple[str, str]) -> str:
    """The id of the entity of a (type, name) identity: ``per:hillary-clinton``."""
    kind, name = identity
    return f"{kind.lower()}:{_SLUG.sub('-', name.lower()).strip('-') or 'x'}"
