"""Word clusters from unlabelled text (GloVe vectors, k-means), read by the name tagger.

The table is built by ``briefing.training.build_clusters`` into ``data/`` (gzipped): one
line per word (lower case), then its cluster at each of :data:`GRANULARITIES`. A name the
tagger never saw in training shares these features with names it did see.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

CLUSTERS_PATH = Path(__file__).resolve().parent / "data" / "clusters.tsv.gz"
GRANULARITIES = (64, 256, 1024)
UNKNOWN = ("c=none",)


@lru_cache(maxsize=1)
def cluster_table() -> dict[str, tuple[str, ...]]:
    """Each known word's cluster features ("c64=12", ...); empty when no table ships.

    The feature strings are made once per cluster and shared by every word in it, so the
    table holds about 100,000 small tuples and a few thousand strings.
    """
    if not CLUSTERS_PATH.exists():
        return {}
    names: dict[str, str] = {}
    table: dict[str, tuple[str, ...]] = {}
    with gzip.open(CLUSTERS_PATH, "rt", encoding="utf-8") as lines:
        for line in lines:
            word, *clusters = line.rstrip("\n").split("\t")
            features = []
            for size, cluster in zip(GRANULARITIES, clusters, strict=True):
                feature = f"c{size}={cluster}"
                features.append(names.setdefault(feature, feature))
            table[word] = tuple(features)
    return table


def clusters_of(lower: str) -> tuple[str, ...]:
    """A lower-cased word's cluster features, or :data:`UNKNOWN`."""
    return cluster_table().get(lower, UNKNOWN)
