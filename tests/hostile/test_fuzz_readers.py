"""Fuzzing the readers: any front matter, any body, any bytes; every input is read (or is
one IngestError) within a time bound of its own, and what is read analyses without error."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.analysis.pipeline import analyze_article
from briefing.ingest import IngestError, read_article

PER_INPUT_MS = 3000

KEYS = st.sampled_from(["title", "date", "source", "url", "authors", "author", "x"])
VALUES = st.one_of(
    st.sampled_from(
        [
            "2024-02-30",
            "0000-00-00",
            "2024-1-5",
            "[a, [b]]",
            "{a: 1}",
            "&a [x]",
            "*a",
            "!!binary x",
            "'unclosed",
            '"x\\ny"',
            "~",
            "null",
            "12345678901234567890",
            "- a\n  - b",
            "|\n  block",
            "2025-10-28T10:00:00+09:00",
            "\x1b]0;x\x07",
            "[@click=app.quit]x[/]",
        ]
    ),
    st.text(alphabet=st.sampled_from(list("ab:- [],{}&*!'\"#|>\n")), max_size=30),
)
PIECES = st.sampled_from(
    list("abc XYZ.,;:!?\"'\u201c\u201d()[]{}#*_-|>`\n\t0123456789$%\u3010\u3011\x1b\x07")
    + ["\n\n", "By ", "LONDON (Reuters) - ", "Monday", "said", "Mr. ", "U.S.", "2024",
       "http://a.b/c", "Smith", "Japan"]
)  # fmt: skip
BODY = st.lists(PIECES, max_size=200).map("".join)


@st.composite
def articles(draw) -> tuple[bytes, str]:
    front = ""
    if draw(st.booleans()):
        pairs = draw(st.lists(st.tuples(KEYS, VALUES), max_size=5))
        front = "---\n" + "".join(f"{key}: {value}\n" for key, value in pairs) + "---\n"
    body = draw(BODY)
    suffix = draw(st.sampled_from([".txt", ".md", ".markdown"]))
    data = (front + body).encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 9)) == 0:
        data = draw(st.binary(max_size=200))
    return data, suffix


@settings(max_examples=150, deadline=PER_INPUT_MS,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(articles())
def test_any_file_reads_in_time_or_is_one_clear_error(tmp_path, theme, article):
    data, suffix = article
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        read = read_article(Path(path), "fuzz")
    except IngestError as error:
        assert str(error) and "\n" not in str(error)
        return
    analysed = analyze_article(read, theme)
    assert analysed.body == read.body
    for span in (*analysed.timexes, *analysed.mentions, *analysed.quotes, *analysed.figures):
        assert 0 <= span.start <= span.end <= len(analysed.body)


MARKUP = st.sampled_from(
    ["<html>", "<head>", "<title>", "</title>", "<body>", "<p>", "</p>", "<h2>", "<script>",
     "</script>", "<![CDATA[", "]]>", "<rss version='2.0'>", "<channel>", "<item>", "<title>",
     "</item>", "<feed xmlns='http://www.w3.org/2005/Atom'>", "<entry>", "&amp;", "&#0;",
     "<meta property='article:published_time' content='9999-99-99'>", "\x1b[31m", "\u202e",
     '{"version": "https://jsonfeed.org/version/1.1", "items": [', '{"title": 1}', "]}",
     "%PDF-1.4\n", "1 0 obj", "<< /Type /Page >>", "endobj", "trailer", "%%EOF"]
    + list("abc .,\"'<>/=\n")
)  # fmt: skip


@settings(max_examples=120, deadline=PER_INPUT_MS,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(st.lists(MARKUP, max_size=80).map("".join),
       st.sampled_from([".html", ".rss", ".xml", ".json", ".pdf", ".txt"]))  # fmt: skip
def test_any_page_feed_or_pdf_reads_in_time_or_is_one_clear_error(tmp_path, theme, text, suffix):
    from briefing.ingest import load_articles

    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    articles, failures = load_articles([path])
    for failure in failures:
        assert failure.reason and "\n" not in failure.reason
    for read in articles:
        analysed = analyze_article(read, theme)
        for span in (*analysed.timexes, *analysed.mentions, *analysed.quotes):
            assert 0 <= span.start <= span.end <= len(analysed.body)
