"""HTML fragments (a feed item's content) to plain blocks: paragraphs, headings and list
items, with scripts, styles and images left out."""

from __future__ import annotations

from lxml import etree, html

_BLOCKS = {
    "p": "body", "li": "body", "blockquote": "body", "pre": "body", "dd": "body",
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
    "h6": "heading",
}  # fmt: skip
_DROPPED = ("script", "style", "noscript", "iframe", "form", "button", "svg", "figure")


def fragment_blocks(markup: str) -> list[tuple[str, str]]:
    """The (text, kind) blocks of an HTML fragment; text outside any block (a bare
    "Hello <b>there</b>") is one body block."""
    if not markup.strip():
        return []
    try:
        root = html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return [(markup, "body")]
    for element in root.iter(*_DROPPED):
        parent = element.getparent()
        if parent is not None:
            tail = element.tail
            parent.remove(element)
            if tail and tail.strip():
                parent.text = (parent.text or "") + tail
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks: list[tuple[str, str]] = []
    loose: list[str] = []
    _walk(root, blocks, loose)
    if loose and " ".join(loose).strip():
        blocks.append((" ".join(loose), "body"))
    return blocks


def _walk(element: etree._Element, blocks: list[tuple[str, str]], loose: list[str]) -> None:
    if element.text and element.text.strip():
        loose.append(element.text)
    for child in element:
        if not isinstance(child.tag, str):
            pass
        elif child.tag in _BLOCKS:
            if loose and " ".join(loose).strip():
                blocks.append((" ".join(loose), "body"))
            loose.clear()
            blocks.append((" ".join(child.itertext()), _BLOCKS[child.tag]))
        else:
            _walk(child, blocks, loose)
        if child.tail and child.tail.strip():
            loose.append(child.tail)
