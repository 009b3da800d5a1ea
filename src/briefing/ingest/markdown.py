"""Markdown articles: front matter, then paragraphs and headings via markdown-it-py."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from briefing.ingest.document import join_blocks
from briefing.ingest.errors import IngestError

_PARSER = MarkdownIt("commonmark").use(front_matter_plugin).enable("table")
_BLOCK_MARKERS = re.compile(r"[ \t]*(?:(?:>|[*+-]|\d{1,9}[.)])[ \t]+)*")
_ATX_OPEN = re.compile(r"[ \t]*#{1,6}[ \t]*")
_ATX_CLOSE = re.compile(r"(?:[ \t]+#+)?[ \t]*$")


def read_markdown(text: str) -> tuple[str | None, str, list[tuple[int, int, str]]]:
    """The front-matter block (or None), the body after its closing line, and the spans of
    the body's paragraphs and headings: one parse of the whole text."""
    tokens = _PARSER.parse(text)
    if tokens and tokens[0].type == "front_matter":
        lines = text.split("\n")
        end_line = tokens[0].map[1] if tokens[0].map else 0
        if end_line > len(lines) or lines[end_line - 1].strip() != "---":
            raise IngestError("malformed front matter: no closing '---' line")
        offset = sum(len(line) + 1 for line in lines[:end_line])
        body = text[offset:]
        return tokens[0].content, body, _blocks(body, tokens[1:], end_line)
    if text.startswith("---\n"):
        raise IngestError("malformed front matter: no closing '---' line")
    return None, text, _blocks(text, tokens, 0)


def _blocks(body: str, tokens: list[Token], first_line: int) -> list[tuple[int, int, str]]:
    """Block spans from parsed tokens whose line numbers start ``first_line`` lines before
    the body."""
    line_starts = [0]
    for match in re.finditer("\n", body):
        line_starts.append(match.end())
    line_starts.append(len(body) + 1)
    blocks: list[tuple[int, int, str]] = []
    for token in tokens:
        if token.type not in ("paragraph_open", "heading_open") or not token.map:
            continue
        first, last = token.map[0] - first_line, token.map[1] - first_line
        start = line_starts[first]
        end = min(line_starts[last] - 1, len(body))
        if token.type == "heading_open":
            if token.markup.startswith("#"):
                start = _BLOCK_MARKERS.match(body, start, end).end()  # type: ignore[union-attr]
                opening = _ATX_OPEN.match(body, start, end)
                start = opening.end() if opening else start
                close = _ATX_CLOSE.search(body, start, end)
                end = close.start() if close else end
            else:
                end = line_starts[last - 1] - 1
            kind = "heading"
        else:
            start = _BLOCK_MARKERS.match(body, start, end).end()  # type: ignore[union-attr]
            kind = "body"
        while end > start and body[end - 1].isspace():
            end -= 1
        if end > start:
            blocks.append((start, end, kind))
    return blocks


def plain_markdown(
    body: str, blocks: list[tuple[int, int, str]]
) -> tuple[str, list[tuple[int, int, str]], tuple[str, ...]]:
    """The body as plain text when its blocks carry inline Markdown (a link keeps its words,
    an image and emphasis marks go), with the blocks' spans into that text and the links'
    addresses; a body without inline Markdown comes back as it is."""
    converted = []
    links: list[str] = []
    changed = False
    for start, end, kind in blocks:
        raw = body[start:end]
        text = _inline_text(raw, links)
        changed = changed or text != raw
        converted.append((text, kind))
    if not changed:
        return body, blocks, ()
    plain, spans = join_blocks(converted, one_line=False)
    return plain, spans, tuple(dict.fromkeys(links))


_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\((\S*?)(?:\s+\"[^\"\n]*\")?\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")


def _inline_text(raw: str, links: list[str]) -> str:
    """One block's inline Markdown as the words a reader sees: images go, a link keeps its
    words, strong and emphasis marks go. Only these: code spans, entities and inline HTML
    stay as written (news text in ``.md`` files uses ``quotes'' and &#233; as they are)."""
    if "[" not in raw and "*" not in raw and "__" not in raw:
        return raw
    text = _IMAGE.sub("", raw)

    def link(found: re.Match[str]) -> str:
        if found.group(2).startswith(("http://", "https://")):
            links.append(found.group(2))
        return found.group(1)

    text = _LINK.sub(link, text)
    text = _STRONG.sub(lambda found: found.group(2), text)
    text = _EMPHASIS.sub(lambda found: found.group(1), text)
    return text.strip() if text != raw else raw
