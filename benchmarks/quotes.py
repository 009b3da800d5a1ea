"""Direct-quote figures on a PolNeAR-style gold folder: detection, speaker, attribution.

Usage: python benchmarks/quotes.py GOLD_DIR [--errors FILE] [--runs N]

A predicted direct quote matches a gold one when their spans overlap (one to one). Its
speaker is right when the predicted speaker's words overlap a gold speaker mention, or when
the predicted speaker's name and the gold speaker share a word ("Trump", "Donald Trump").
Speaker accuracy is over matched quotes whose gold speaker is a name.

As in the corpus, a direct quotation is one whose whole content sits inside the marks: the
partial quotes briefing also reports (a fragment woven into the writer's sentence, flagged
``partial``) are left out of the comparison.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import gold_documents, match_overlapping, prf  # noqa: E402
from briefing.analysis.names.aliases import resolve_entities  # noqa: E402
from briefing.analysis.names.entities import find_mentions  # noqa: E402
from briefing.analysis.quotes.finder import find_quotes  # noqa: E402
from briefing.analysis.quotes.speakers import PRONOUNS  # noqa: E402

_STOP = {"the", "a", "an", "of", "and", "mr", "mrs", "ms", "dr", "said", "for", "in", "on"}


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP and len(w) > 1}


def is_name(text: str) -> bool:
    return text.lower() not in PRONOUNS and any(
        w[:1].isupper()
        for w in text.split()[1:]
        + [text.split()[0] if text.split() and text.split()[0].lower() not in ("the", "a") else ""]
    )


def analyse(article):
    article = replace(article, mentions=tuple(find_mentions(article)))
    (article,), entities = resolve_entities([article])
    names = {entity.id: entity.name for entity in entities}
    return replace(article, quotes=tuple(find_quotes(article))), names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir")
    parser.add_argument("--errors", help="write misses, false alarms and wrong speakers here")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    documents = [d for d in gold_documents(args.gold_dir) if d.gold.get("quotes") is not None]
    print(f"{len(documents)} documents with quote annotations in {args.gold_dir}")
    found = gold_total = matched = named = named_right = attributed = 0
    errors: list[str] = []
    for document in documents:
        article, names = analyse(document.article)
        body = article.body
        predicted = [q for q in article.quotes if q.kind == "direct" and not q.partial]
        gold = document.gold["quotes"]
        found += len(predicted)
        gold_total += len(gold)
        pairs = match_overlapping(
            [(q.start, q.end) for q in predicted], [(g["start"], g["end"]) for g in gold]
        )
        matched += len(pairs)
        for i, j in pairs:
            quote, truth = predicted[i], gold[j]
            name = names.get(quote.speaker or "", quote.speaker_text or "")
            span_right = quote.speaker_span is not None and any(
                quote.speaker_span[0] < m["end"] and m["start"] < quote.speaker_span[1]
                for m in truth["speaker_mentions"]
            )
            name_right = bool(name) and bool(words(name) & words(truth["speaker"] or ""))
            right = span_right or name_right
            attributed += right
            if truth["speaker"] and is_name(truth["speaker"]):
                named += 1
                named_right += right
            if not right:
                errors.append(
                    f"SPEAKER {article.id} {quote.text[:50]!r} -> {name!r} "
                    f"gold {truth['speaker']!r}"
                )
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        errors += [
            f"FP {article.id} {q.text[:70]!r}"
            for i, q in enumerate(predicted)
            if i not in matched_p
        ]
        errors += [
            f"FN {article.id} {g['text'][:70]!r} ctx {body[g['end'] : g['end'] + 40]!r}"
            for j, g in enumerate(gold)
            if j not in matched_g
        ]
    p, r, f = prf(matched, found, gold_total)
    print(f"detection:   P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {gold_total}, found {found})")
    accuracy = named_right / named if named else 0.0
    print(
        f"speaker accuracy on matched quotes with a named gold speaker: {accuracy:.3f} "
        f"({named_right}/{named})"
    )
    p, r, f = prf(attributed, found, gold_total)
    print(f"attribution: P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    if args.errors:
        Path(args.errors).write_text("\n".join(sorted(errors)) + "\n", encoding="utf-8")
    total_words = sum(len(d.article.body.split()) for d in documents)
    rates = []
    for _ in range(args.runs):
        started = time.perf_counter()
        for document in documents:
            analyse(document.article)
        rates.append(total_words / (time.perf_counter() - started))
    print(
        f"speed (names + quotes): {statistics.median(rates):,.0f} words/s "
        f"(median of {args.runs} runs)"
    )


if __name__ == "__main__":
    main()
