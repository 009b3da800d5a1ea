"""Time-expression figures on a gold folder (TempEval-3 style), and throughput.

Usage: python benchmarks/temporal.py GOLD_DIR [--runs N] [--errors FILE]

The documents are split by source, fixed: TimeBank is the tune part (read its errors), AQUAINT
the check part (never read for errors); both are reported, then all together. With --errors,
every miss and wrong value of the tune part goes to FILE and its wrong values are counted by
kind.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import gold_documents, match_overlapping, prf  # noqa: E402
from briefing.analysis.time.expressions import find_time_expressions  # noqa: E402
from briefing.analysis.time.reference import RefDate  # noqa: E402


def evaluate(documents, types, errors=None):
    counts = dict(predicted=0, gold=0, strict=0, relaxed=0, value=0)
    for document in documents:
        article = document.article
        predicted = [
            t
            for t in find_time_expressions(article.body, RefDate.parse(article.date))
            if t.type in types
        ]
        gold = [t for t in document.gold["timex"] or [] if t["type"] in types]
        counts["predicted"] += len(predicted)
        counts["gold"] += len(gold)
        gold_spans = {(g["start"], g["end"]) for g in gold}
        counts["strict"] += sum(1 for p in predicted if (p.start, p.end) in gold_spans)
        pairs = match_overlapping(
            [(p.start, p.end) for p in predicted], [(g["start"], g["end"]) for g in gold]
        )
        counts["relaxed"] += len(pairs)
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        for i, j in pairs:
            if predicted[i].value == gold[j]["value"]:
                counts["value"] += 1
            elif errors is not None:
                counts.setdefault("kinds", Counter())[
                    kind_of_miss(predicted[i].value, gold[j]["value"])
                ] += 1
                errors.append(
                    f"VALUE {article.id} {predicted[i].text!r} {predicted[i].value} "
                    f"gold {gold[j]['text']!r} {gold[j]['value']} (dct {article.date})"
                )
        if errors is not None:
            for i, p in enumerate(predicted):
                if i not in matched_p:
                    errors.append(f"FP {article.id} {p.text!r} {p.type} {p.value}")
            for j, g in enumerate(gold):
                if j not in matched_g:
                    errors.append(f"FN {article.id} {g['text']!r} {g['type']} {g['value']}")
    return counts


def part_of(document) -> str:
    """ "tune" for a TimeBank document, "check" for an AQUAINT one (by its file's id)."""
    return (
        "check"
        if str(document.gold.get("id", document.article.id)).startswith("aquaint")
        else "tune"
    )


def kind_of_miss(predicted: str, gold: str) -> str:
    """Which kind of wrong value: the part of the day, a week's convention, a coarser or finer
    value of the same time, the same shape in another place, or another."""
    if predicted[:10] == gold[:10] and bool(_PART.search(predicted)) != bool(_PART.search(gold)):
        return "part of the day (TNI or the bare day)"
    if "W" in predicted and "W" in gold and ("WXX" in gold or predicted.replace("W0", "W") == gold):
        return "week written as WXX or unpadded"
    if (
        predicted.startswith(gold)
        or gold.startswith(predicted)
        or gold.replace("-XX", "") == predicted
    ):
        return "coarser or finer (1949 / 1949-XX, 1988 / 1988-Q3)"
    if _DIGITS.sub("9", predicted) == _DIGITS.sub("9", gold):
        return "same form, another date (direction, anchor)"
    return "other"


_PART = re.compile(r"T(?:MO|AF|EV|NI)$")
_DIGITS = re.compile(r"\d")


def report(name, counts):
    print(f"{name}: gold {counts['gold']}, predicted {counts['predicted']}")
    for label in ("strict", "relaxed", "value"):
        p, r, f = prf(counts[label], counts["predicted"], counts["gold"])
        metric = "value" if label == "value" else f"{label} span"
        print(f"  {metric:12} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


def throughput(documents, runs):
    bodies = [(d.article.body, RefDate.parse(d.article.date)) for d in documents]
    words = sum(len(body.split()) for body, _ in bodies)
    rates = []
    for _ in range(runs):
        started = time.perf_counter()
        for body, ref in bodies:
            find_time_expressions(body, ref)
        rates.append(words / (time.perf_counter() - started))
    return words, rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--errors", help="write every miss and wrong value to this file")
    args = parser.parse_args()
    documents = [d for d in gold_documents(args.gold_dir) if d.gold.get("timex") is not None]
    print(f"{len(documents)} documents with timex annotations in {args.gold_dir}")
    tune = [d for d in documents if part_of(d) == "tune"]
    check = [d for d in documents if part_of(d) == "check"]
    print(f"tune: {len(tune)} TimeBank documents; check: {len(check)} AQUAINT documents")
    errors: list[str] | None = [] if args.errors else None
    counts = evaluate(tune, {"DATE", "TIME"}, errors)
    report("tune DATE+TIME", counts)
    if "kinds" in counts:
        print("  wrong values by kind (tune, DATE+TIME):")
        for kind, number in counts["kinds"].most_common():
            print(f"    {number:4d}  {kind}")
    report("check DATE+TIME", evaluate(check, {"DATE", "TIME"}))
    report("all DATE+TIME", evaluate(documents, {"DATE", "TIME"}))
    report("all types", evaluate(documents, {"DATE", "TIME", "DURATION", "SET"}))
    if args.errors and errors is not None:
        Path(args.errors).write_text("\n".join(sorted(errors)) + "\n", encoding="utf-8")
    words, rates = throughput(documents, args.runs)
    print(
        f"throughput: {statistics.median(rates):,.0f} words/s (median of {args.runs} runs over "
        f"{words:,} words; min {min(rates):,.0f}, max {max(rates):,.0f})"
    )


if __name__ == "__main__":
    main()
