"""Line breaks inside a paragraph: a wrap, which a name may run across, or the end of a line
of its own (a row of a table, an item of a list, a line of results), which it may not.

Text wrapped at a width breaks a line only where its next word would not have fitted on
it; a line that stops short of that, with room for the next word, ended there. The widest
line of the paragraph stands for the width it was wrapped at.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.model import Article, Mention


def split_at_line_ends(article: Article, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, each one that runs across a line's own end cut there into its parts
    (of the same type): "Ian\\nWoosnam" in a table of results is two names."""
    body = article.body
    widths: dict[int, int] = {}  # paragraph start: its widest line
    found: list[Mention] = []
    for mention in mentions:
        if "\n" not in mention.text:
            found.append(mention)
            continue
        paragraph = article.paragraph_at(mention.start)
        if paragraph is None:
            found.append(mention)
            continue
        width = widths.get(paragraph.start)
        if width is None:
            lines = body[paragraph.start : paragraph.end].split("\n")
            width = widths[paragraph.start] = max(len(line.rstrip()) for line in lines)
        found.extend(_parts(body, mention, width))
    return found


def _parts(body: str, mention: Mention, width: int) -> list[Mention]:
    cuts = [
        at
        for at in range(mention.start, mention.end)
        if body[at] == "\n" and not wrapped_at(body, at, width)
    ]
    if not cuts:
        return [mention]
    parts = []
    starts = [mention.start, *(cut + 1 for cut in cuts)]
    for start, end in zip(starts, [*cuts, mention.end], strict=True):
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if start < end:
            parts.append(Mention(start, end, body[start:end], mention.type))
    return parts


def wrapped_at(body: str, newline: int, width: int) -> bool:
    """Whether the line break at ``newline`` wraps the text: the line before it, with the
    next line's first word, would be wider than ``width``."""
    line = body[body.rfind("\n", 0, newline) + 1 : newline].rstrip()
    next_end = body.find("\n", newline + 1)
    rest = body[newline + 1 : next_end if next_end != -1 else len(body)]
    first_word = rest.split(None, 1)[0] if rest.strip() else ""
    return len(line) + 1 + len(first_word) > width
