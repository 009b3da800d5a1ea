"""Figures: money, percentages, counts and measures, with their values."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.figure_words import (
    COUNT_WORDS,
    MEASURES_WORDS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    SYMBOLS,
    WORDS,
)
from briefing.analysis.span_mask import SpanMask
from briefing.model import Figure

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = rf"{either(SCALE_SUFFIXES)}"
_SCALES = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6,
           "mln": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3}  # fmt: skip
# fmt: skip
# fmt: skip
_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozens": 24,
                "hundreds": 200, "thousands": 2000}  # fmt: skip
_MEASURES = rf"{either(MEASURES_WORDS)}"
_MONEY_SYMBOL = re.compile(
    rf"(?P<cur>US\$|C\$|A\$|HK\$|\$|\u20ac|\u00a3|\u00a5|\u20a9|\u20b9)\s?(?P<num>{_NUMBER})"
    rf"(?:\s?(?P<scale>{_SCALE})\b)?"
    rf"(?:\s?(?:to|-|\u2013)\s?(?:US\$|\$|\u20ac|\u00a3|\u00a5)?(?P<hi>{_NUMBER})"
    rf"(?:\s?(?P<hiscale>{_SCALE})\b)?)?"
)
_MONEY_WORD = re.compile(
    rf"\b(?P<num>{_NUMBER})(?:\s(?P<scale>{either(SCALE_WORDS)}))?\s(?P<unit>{'|'.join(WORDS)})"
    rf"\b"
)
_PERCENT = re.compile(
    rf"\b(?P<num>{_NUMBER})(?:\s?(?:to|-|\u2013)\s?(?P<hi>{_NUMBER}))?\s?"
    r"(?P<unit>%|percent\b|per cent\b|percentage points?\b|pct\b)"
)
_MEASURE = re.compile(rf"\b(?P<num>{_NUMBER})(?:\s|-)(?P<unit>{_MEASURES})\b")
_COUNT = re.compile(
    rf"\b(?P<num>{_NUMBER}|{'|'.join(_COUNT_WORDS)})(?:\s(?:to|-|\u2013|or)\s(?P<hi>{_NUMBER})"
    rf")?\s(?P<unit>(?:[A-Z][a-z]+\s|[a-z]+\s){{0,2}}?(?:{either(COUNT_WORDS)})"
    rf")\b"
)


def _value(number: str, scale: str | None = None) -> float:
    if number.lower() in _COUNT_WORDS:
        return float(_COUNT_WORDS[number.lower()])
    value = float(number.replace(",", ""))
    if scale:
        value *= _SCALES[scale.lower()]
    return value


def find_figures(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Figure]:
    """Every figure of ``text`` not overlapping a span in ``taken`` (dates, say)."""
    found: list[Figure] = []
    occupied = SpanMask(len(text), taken)

    def add(match: re.Match[str], kind: str, value: float, unit: str | None,
            high: float | None = None) -> None:  # fmt: skip
        start, end = match.span()
        if occupied.overlaps(start, end):
            return
        occupied.claim(start, end)
        found.append(Figure(start, end, text[start:end], kind, value, unit, high))

    for match in _MONEY_SYMBOL.finditer(text):
        scale = match["scale"]
        high = match["hi"] and _value(match["hi"], match["hiscale"] or scale)
        add(match, "money", _value(match["num"], scale), SYMBOLS[match["cur"].lower()],
            high or None)  # fmt: skip
    for match in _MONEY_WORD.finditer(text):
        add(match, "money", _value(match["num"], match["scale"]), WORDS[match["unit"].lower()])
    for match in _PERCENT.finditer(text):
        unit = "percentage points" if "point" in match["unit"] else "%"
        high = _value(match["hi"]) if match["hi"] else None
        add(match, "percent", _value(match["num"]), unit, high)
    for match in _MEASURE.finditer(text):
        add(match, "measure", _value(match["num"]), match["unit"].lower())
    for match in _COUNT.finditer(text):
        high = _value(match["hi"]) if match["hi"] else None
        noun = match["unit"].split()[-1]
        add(match, "count", _value(match["num"]), noun, high)
    found.sort(key=lambda f: f.start)
    return found
