"""One person per person: the most mentioned people of a folder, and who is left apart.

Usage: python benchmarks/people.py FOLDER [--part tune|check|all] [--top 100]

Reads every article of FOLDER (a corpus folder such as PolNeAR's US political news),
keeps the ``--part`` of them (tune and check are the halves by a hash of the file's name,
``briefing.training.folds``), assembles the corpus as the reader does, and prints, among
the ``--top`` most mentioned people, each one-word person left apart from the full name
that plainly owns it (the full name of a person ending or beginning with that word that
holds seven in ten of such full names' mentions), and how many entity ids are not unique.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from briefing.analysis.pipeline import build_corpus  # noqa: E402
from briefing.ingest import load_articles  # noqa: E402
from briefing.model import Entity  # noqa: E402
from briefing.training.folds import fold_of  # noqa: E402

PARTS = {"tune": 0, "check": 1}
PLAINLY = 0.7


def in_part(path: Path, part: str) -> bool:
    """Whether a file belongs to the part asked for (halves by a hash of its name)."""
    return part == "all" or fold_of(path.stem, 2) == PARTS[part]


def owners(people: list[Entity]) -> dict[str, Entity]:
    """Each word's plain owner: the full name ending or beginning with it that holds seven
    in ten of the mentions of such full names."""
    holding: dict[str, list[Entity]] = defaultdict(list)
    for person in people:
        words = person.name.split()
        if len(words) > 1:
            holding[words[-1]].append(person)
            if words[0] != words[-1]:
                holding[words[0]].append(person)
    found = {}
    for word, names in holding.items():
        best = max(names, key=lambda e: (e.mention_count, e.name))
        if best.mention_count >= PLAINLY * sum(e.mention_count for e in names):
            found[word] = best
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--part", choices=["tune", "check", "all"], default="tune")
    parser.add_argument("--top", type=int, default=100)
    args = parser.parse_args()
    paths = [p for p in sorted(args.folder.glob("*.md")) if in_part(p, args.part)]
    articles, failures = load_articles(paths)
    corpus = build_corpus(articles, failures)
    ids = Counter(e.id for e in corpus.entities)
    people = [e for e in corpus.entities if e.type == "PER"]
    owned = owners(people)
    top = people[: args.top]
    apart = [e for e in top if len(e.name.split()) == 1 and e.name in owned]
    print(f"{len(articles)} articles ({args.part}) of {args.folder}; {len(people)} people")
    print(f"one-word people left apart among the top {args.top}: {len(apart)}")
    for person in apart:
        owner = owned[person.name]
        print(f"  {person.name} ({person.mention_count}) apart from {owner.name} "
              f"({owner.mention_count})")  # fmt: skip
    repeated = sum(1 for count in ids.values() if count > 1)
    print(f"entity ids given to more than one entity: {repeated}")


if __name__ == "__main__":
    main()
