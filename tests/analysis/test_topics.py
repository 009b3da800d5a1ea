"""Topics of the seed's paragraphs, exclusions, inflections, evidence and sections."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis.topics.filing import assign_topics
from briefing.analysis.topics.phrases import stem
from briefing.analysis.topics.themes import load_theme
from briefing.ingest import parse_article
from briefing.resources import themes_dir


@pytest.fixture(scope="module")
def theme():
    return load_theme(themes_dir())


@pytest.fixture(scope="module")
def seed(seed_article, theme):
    return assign_topics(seed_article, theme)


def paragraph_starting(article, words: str):
    (found,) = [p for p in article.paragraphs if article.body[p.start :].startswith(words)]
    return found


@pytest.mark.parametrize(
    ("opening", "topic"),
    [
        ("Aside from specific investment projects, Nikkei Asia mentioned", "visas"),
        ("Rutherford said in the interview that the U.S. may relax", "visas"),
        ("Currently, the U.S. imposes a 15% base tariff", "tariffs"),
        ("However, the report mentioned that although Japan", "tariffs"),
        ("Subsequently, the two also signed a second agreement", "minerals"),
        ("According to the memorandum of understanding, the U.S. has established", "investment"),
        ("According to a report by Nikkei Asia", "investment"),
        ("Rutherford said that the $55 billion investment plan", "investment"),
        ("He proposed that the Alaska LNG development project", "energy"),
        ("Earlier, the Financial Times reported that Trump", "energy"),
    ],
)
def test_seed_paragraph_topics(seed, opening, topic):
    assert topic in paragraph_starting(seed, opening).topics


def test_visas_and_minerals_do_not_mix(seed):
    for paragraph in seed.paragraphs:
        assert not {"visas", "minerals"} <= set(paragraph.topics)
    visa_paragraphs = [p for p in seed.paragraphs if "visas" in p.topics]
    assert len(visa_paragraphs) == 2


def test_seed_sections_exist_for_the_four_topics(seed):
    keys = [section.topic for section in seed.sections]
    assert {"tariffs", "investment", "visas", "minerals"} <= set(keys)
    assert seed.topics[0] == "investment"
    for section in seed.sections:
        assert list(section.paragraphs) == sorted(section.paragraphs)


def test_byline_caption_and_boilerplate_are_not_filed(seed):
    for paragraph in seed.paragraphs:
        if paragraph.kind in ("byline", "caption", "boilerplate"):
            assert paragraph.topics == ()


def test_evidence_spans_point_at_the_phrase(seed, theme):
    paragraph = paragraph_starting(seed, "Currently, the U.S. imposes")
    (tariffs,) = [s for s in seed.topic_scores[paragraph.index] if s.topic == "tariffs"]
    texts = [seed.body[e.start : e.end].lower() for e in tariffs.evidence if e.source == "phrase"]
    assert texts.count("tariff") == 2
    assert "tariffs" in texts
    assert tariffs.score >= theme.topic("tariffs").paragraph_threshold
    model_terms = [e for e in tariffs.evidence if e.source == "model"]
    assert {e.phrase for e in model_terms} >= {"import", "semiconductor"}
    for term in model_terms:  # each span holds the feature's words, stemmed
        assert " ".join(stem(word) for word in seed.body[term.start : term.end].split()) == (
            term.phrase
        )


def analyse(text: str, theme):
    return assign_topics(parse_article(text, Path("a.txt"), "a"), theme)


def test_excluded_phrases_do_not_count(theme):
    article = analyse(
        "Shoppers paid with Visa and Mastercard at the mall.\n"
        "The spa sells mineral water in glass bottles.\n"
        "The bonds kept their investment-grade rating.\n",
        theme,
    )
    assert [p.topics for p in article.paragraphs] == [(), (), ()]


def test_inflections_match(theme):
    article = analyse("Officials imposed new tariffs and reviewed work visas.\n", theme)
    assert set(article.paragraphs[0].topics) >= {"tariffs", "visas"}
