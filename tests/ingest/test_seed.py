"""The seed article: metadata, paragraph kinds and spans."""

from __future__ import annotations

from tests.conftest import SEED


def test_seed_metadata(seed_article):
    assert seed_article.source == "Observer Net"
    assert seed_article.authors == ("Wang Kaiwen",)
    assert seed_article.url == "https://www.toutiao.com/article/7566178562336735744/"
    assert seed_article.date is None


def test_seed_byline_is_its_own_span(seed_article):
    first, second = seed_article.paragraphs[:2]
    assert (first.kind, seed_article.text(first.start, first.end)) == (
        "byline",
        "\u3010By Observer Net, Wang Kaiwen\u3011",
    )
    assert second.kind == "body"
    assert seed_article.text(second.start, second.end).startswith("According to a report")


def test_seed_caption(seed_article):
    captions = [p for p in seed_article.paragraphs if p.kind == "caption"]
    assert len(captions) == 1
    text = seed_article.text(captions[0].start, captions[0].end)
    assert text.startswith("On September 4 local time")
    assert text.endswith("Rutherford's X account")


def test_seed_boilerplate(seed_article):
    notices = [
        seed_article.text(p.start, p.end)
        for p in seed_article.paragraphs
        if p.kind == "boilerplate"
    ]
    assert len(notices) == 3
    assert notices[0].startswith("This article is an exclusive piece")
    assert notices[1] == "Original: https://www.toutiao.com/article/7566178562336735744/"
    assert notices[2].startswith("Statement: The article represents")


def test_seed_counts(seed_article):
    kinds = [p.kind for p in seed_article.paragraphs]
    assert kinds.count("body") == 22
    assert len(seed_article.paragraphs) == 27


def test_seed_body_is_the_file_text(seed_article):
    assert seed_article.body == SEED.read_text(encoding="utf-8")


def test_seed_spans_are_valid(seed_article):
    body = seed_article.body
    for p in seed_article.paragraphs:
        assert 0 <= p.start < p.end <= len(body)
        assert body[p.start : p.end] == body[p.start : p.end].strip()
    for s in seed_article.sentences:
        paragraph = seed_article.paragraphs[s.paragraph]
        assert paragraph.start <= s.start < s.end <= paragraph.end


def test_seed_quoted_sentence_stays_whole(seed_article):
    texts = [seed_article.text(s.start, s.end) for s in seed_article.sentences]
    assert (
        '"This is a huge project. Who can take it? It\'s certainly Japan," Rutherford said.'
        in texts
    )
    assert texts[2].startswith("He specifically mentioned the Alaska")
