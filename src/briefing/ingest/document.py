"""What every reader of a format gives: the plain body, its blocks, and the metadata the
file itself states (a page's, a feed item's, a PDF's). The loader makes the article."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

Block = tuple[int, int, str]  # (start, end, kind) in the body


@dataclass
class Document:
    """A file read into plain text; the metadata fields are None when the file is silent."""

    body: str
    blocks: list[Block]
    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    source: str | None = None
    url: str | None = None
    # What else the file says of itself, as (key, value) pairs in the order it says them.
    metadata: tuple[tuple[str, str], ...] = ()


def join_blocks(parts: Iterable[tuple[str, str]], one_line: bool = True) -> tuple[str, list[Block]]:
    """A body from (text, kind) blocks, one blank line between them, and their spans.
    Blank blocks are dropped; with ``one_line``, each block's inner whitespace is made single
    spaces (else its line breaks stay)."""
    body: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for text, kind in parts:
        text = " ".join(text.split()) if one_line else text.strip()
        if not text:
            continue
        if body:
            body.append("\n\n")
            offset += 2
        body.append(text)
        blocks.append((offset, offset + len(text), kind))
        offset += len(text)
    return "".join(body), blocks
