"""Word clusters from unlabelled text (GloVe vectors, k-means), read by the name tagger.

The table is built by ``briefing.training.build_clusters`` into ``data/`` (gzipped): one
line per word (lower case), then its cluster at each of :data:`GRANULARITIES`. It is not
shipped, and the tagger does not read it yet: with it, CoNLL exact F1 rose on the tune fold
and on testa, but the seed's "Trump" (a tycoon among tycoons in 2014 text) became a place;
the clusters wait for the document-level features of the names issue.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

CLUSTERS_PATH = Path(__file__).resolve().parent / "data" / "clusters.tsv.gz"
GRANULARITIES = (64, 256, 1024)


@lru_cache(maxsize=1)
def cluster_table() -> dict[str, tuple[str, ...]]:
    """Each known word's cluster features ("c64=12", ...); empty when no table ships."""
    if not CLUSTERS_PATH.exists():
        return {}
    table: dict[str, tuple[str, ...]] = {}
    with gzip.open(CLUSTERS_PATH, "rt", encoding="utf-8") as lines:
        for line in lines:
            word, *clusters = line.rstrip("\n").split("\t")
            table[word] = tuple(
                f"c{size}={cluster}" for size, cluster in zip(GRANULARITIES, clusters, strict=True)
            )
    return table
