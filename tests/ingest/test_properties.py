"""Property tests: any text, any bytes, never a crash, every span valid."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.ingest import IngestError, parse_article
from briefing.ingest.decode import decode_bytes

TEXT = st.text(
    alphabet=st.sampled_from(
        list("ab C.\n\n\"'\u201c\u201d#-*>:,?!0123456789\u3010\u3011By()\t\r")
    ),
    max_size=400,
)


def check_spans(article) -> None:
    body = article.body
    for paragraph in article.paragraphs:
        assert 0 <= paragraph.start < paragraph.end <= len(body)
    for sentence in article.sentences:
        paragraph = article.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end


@settings(max_examples=300, deadline=None)
@given(TEXT, st.sampled_from(["a.txt", "a.md"]))
def test_any_text_parses_with_valid_spans(text, name):
    try:
        article = parse_article(text, Path(name), "a")
    except IngestError:
        return
    check_spans(article)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["a.txt", "a.md"]))
def test_any_bytes_never_crash(data, name):
    try:
        article = parse_article(decode_bytes(data), Path(name), "a")
    except IngestError:
        return
    check_spans(article)
