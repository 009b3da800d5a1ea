"""Plain-text articles: one paragraph per line, or hard-wrapped blocks."""

from __future__ import annotations

import re

_BLANK_SPLIT = re.compile(r"\n[ \t]*\n")
_LINE_END_PUNCT = tuple('.!?:;"\u201d\u2019)\u3011]\u3002')

ONE_PER_LINE = "lines"
WRAPPED = "wrapped"


def detect_layout(body: str) -> str:
    """Tell a one-paragraph-per-line file from one with hard-wrapped blocks."""
    inner_lines = 0
    inner_punct = 0
    longest = 0
    for block in _BLANK_SPLIT.split(body):
        lines = [line.rstrip() for line in block.strip("\n").split("\n") if line.strip()]
        for line in lines:
            longest = max(longest, len(line))
        for line in lines[:-1]:
            inner_lines += 1
            if line.endswith(_LINE_END_PUNCT):
                inner_punct += 1
    if inner_lines == 0 or longest > 200:
        return ONE_PER_LINE
    return WRAPPED if inner_punct * 2 < inner_lines else ONE_PER_LINE


def paragraph_spans(body: str, layout: str | None = None) -> list[tuple[int, int]]:
    """Spans of the paragraphs of a plain-text body, trimmed of surrounding space."""
    layout = layout or detect_layout(body)
    pattern = r"[^\n]+" if layout == ONE_PER_LINE else r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*"
    spans = []
    for match in re.finditer(pattern, body):
        start, end = match.span()
        text = match.group()
        stripped_left = len(text) - len(text.lstrip())
        stripped_right = len(text) - len(text.rstrip())
        if start + stripped_left < end - stripped_right:
            spans.append((start + stripped_left, end - stripped_right))
    return spans
