"""The learned topic model: its arithmetic, theme files that name it, and what it files."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from briefing.analysis.pipeline import build_corpus
from briefing.analysis.topics.features import feature_counts
from briefing.analysis.topics.filing import assign_topics
from briefing.analysis.topics.linear import (
    load_model,
    margin,
    phrase_feature,
    probability,
    word_count,
)
from briefing.analysis.topics.phrases import tokens
from briefing.analysis.topics.themes import ThemeError, load_theme
from briefing.export.json import corpus_to_json
from briefing.ingest import parse_article
from briefing.library.index import theme_hash
from briefing.resources import themes_dir

# News written for these tests: everyday stories that are no topic of the theme.
EVERYDAY = {
    "rugby": "Wales fly-half Owen Price has been out of action since 1 January with a hamstring "
    "injury.\nThe coach hoped Price would return for the Six Nations opener against Scotland "
    "next month, and the squad trained in Cardiff on Tuesday.\n",
    "virus": "A new computer virus is spreading through e-mail attachments, security firms "
    "warned.\nThe worm copies itself to every address in a victim's contact list and can slow "
    "down corporate networks, experts said.\n",
    "card fraud": "Card fraud cost British banks more than 400 million pounds last year, an "
    "industry body said.\nCriminals copied the magnetic strips of cards at cash machines and "
    "in shops, and online fraud rose sharply.\n",
    "poll": "A new opinion poll puts the Conservatives three points ahead of Labour before the "
    "general election.\nThe survey of 1,000 voters found that the economy and the health "
    "service were the issues that mattered most.\n",
    "film": "The film took 40 million dollars at the box office in its first weekend, beating "
    "the studio's forecasts.\nIts star said the shoot in New Zealand had been the hardest of "
    "her career.\n",
}
OIL = (
    "Oil prices rose above 60 dollars a barrel after OPEC agreed to cut crude output by one "
    "million barrels a day.\nTraders said stocks of refined fuel in the United States were "
    "lower than expected.\n"
)
STEEL = (
    "The European Union imposed tariffs of up to 25 percent on imports of American steel in "
    "retaliation for US duties.\nThe trade dispute threatens exports worth billions of euros.\n"
)


@pytest.fixture(scope="module")
def theme():
    return load_theme(themes_dir())


def analyse(text: str, theme):
    return assign_topics(parse_article(text, Path("a.txt"), "a"), theme)


@pytest.mark.parametrize("story", sorted(EVERYDAY))
def test_everyday_news_is_under_no_topic(theme, story):
    article = analyse(EVERYDAY[story], theme)
    assert article.topics == ()
    assert [p.topics for p in article.paragraphs] == [(), ()]


def test_oil_news_is_energy_and_a_tariff_story_is_tariffs(theme):
    oil = analyse(OIL, theme)
    assert oil.topics == ("energy",)
    assert [s.topic for s in oil.sections] == ["energy"]
    steel = analyse(STEEL, theme)
    assert steel.topics[0] == "tariffs"
    assert "tariffs" in steel.paragraphs[0].topics and "tariffs" in steel.paragraphs[1].topics


def test_every_article_topic_has_a_section(theme):
    article = analyse(OIL, theme)
    for key in article.topics:
        assert any(key in p.topics for p in article.paragraphs)


def write_model(path: Path) -> Path:
    path.write_text(
        json.dumps(
            {
                "format": "briefing-topic-model/1",
                "features": ["oil", "price", "oil price", "film"],
                "idf": [2.0, 1.0, 3.0, 2.5],
                "topics": {
                    "energy": {
                        "intercept": -1.0,
                        "phrase_weight": 0.5,
                        "threshold": 0.0,
                        "paragraph_threshold": 0.5,
                        "indices": [0, 2, 3],
                        "weights": [2.0, 1.5, -4.0],
                    }
                },
            }
        ),
        encoding="utf-8",
    )
    return path


def test_vector_and_margin_are_the_documented_arithmetic(tmp_path):
    model = load_model(write_model(tmp_path / "m.json"))
    stream = tokens("Oil price, oil price and the oil.")
    assert feature_counts(stream)["oil price"] == 2
    vector = model.vector(stream)
    raw = {"oil": (1 + math.log(3)) * 2.0, "price": (1 + math.log(2)) * 1.0,
           "oil price": (1 + math.log(2)) * 3.0}  # fmt: skip
    norm = math.sqrt(sum(v * v for v in raw.values()))
    assert {f: round(v, 9) for f, (v, _) in vector.items()} == {
        f: round(v / norm, 9) for f, v in raw.items()
    }
    expected = -1.0 + 2.0 * raw["oil"] / norm + 1.5 * raw["oil price"] / norm + 0.5 * 3.0
    assert margin(model.topics["energy"], vector, 3.0) == pytest.approx(expected)
    assert vector["oil"][1] == [0, 2, 6]  # the token where each occurrence starts
    assert phrase_feature(2.0, word_count(tokens("word " * 400))) == pytest.approx(1.0)
    assert probability(0.0) == 0.5 and probability(1e9) == 1.0


THEME_ON_TOP = """name = "mine"
model = "m.json"

[[topic]]
key = "energy"
label = "Energy"
color = "#a8741a"

[[topic]]
key = "ports"
label = "Ports"
color = "#16838e"

[topic.phrases]
"port" = 1.0
"""


def test_a_theme_file_on_top_of_a_model(tmp_path):
    write_model(tmp_path / "m.json")
    (tmp_path / "t.toml").write_text(THEME_ON_TOP)
    theme = load_theme(tmp_path / "t.toml")
    energy, ports = theme.topics
    assert energy.model is not None and ports.model is None
    assert energy.threshold == pytest.approx(0.5)  # probability of margin 0
    assert energy.paragraph_threshold == pytest.approx(probability(0.5))
    article = analyse("Oil prices fell.\nThe port reopened.\nThe film opened.\n", theme)
    assert [p.topics for p in article.paragraphs] == [("energy",), ("ports",), ()]
    (score,) = [s for s in article.topic_scores[0] if s.topic == "energy"]
    assert {e.phrase for e in score.evidence} == {"oil", "oil price"}
    assert {e.source for e in score.evidence} == {"model"}


def test_phrases_add_to_the_model_margin(tmp_path):
    write_model(tmp_path / "m.json")
    text = THEME_ON_TOP.replace(
        'color = "#a8741a"\n', 'color = "#a8741a"\n\n[topic.phrases]\n"barrel" = 4.0\n', 1
    )
    (tmp_path / "t.toml").write_text(text)
    theme = load_theme(tmp_path / "t.toml")
    article = analyse("A barrel rolled away.\n", theme)
    assert article.paragraphs[0].topics == ("energy",)  # no model feature, the phrase alone
    (score,) = article.topic_scores[0]
    stream = tokens("A barrel rolled away.")
    expected = probability(-1.0 + 0.5 * phrase_feature(4.0, word_count(stream)))
    assert score.score == pytest.approx(expected)
    assert [(e.phrase, e.source) for e in score.evidence] == [("barrel", "phrase")]


def test_without_a_model_phrases_alone_decide(tmp_path):
    (tmp_path / "t.toml").write_text(THEME_ON_TOP.replace('model = "m.json"\n', ""))
    with pytest.raises(ThemeError, match=r"t\.toml:4: topic 'energy' has no phrases"):
        load_theme(tmp_path / "t.toml")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ('model = "none.json"', r"t\.toml:2: .*none\.json: cannot be read as a topic model"),
        ("model = 3", r"t\.toml:2: model must be \"builtin\" or a model file's path"),
        ('model = "m.json"\n[x]', r"unknown key 'x'"),
    ],
)
def test_bad_model_lines_are_one_line_errors(tmp_path, change, message):
    write_model(tmp_path / "m.json")
    (tmp_path / "t.toml").write_text(THEME_ON_TOP.replace('model = "m.json"', change))
    with pytest.raises(ThemeError, match=message):
        load_theme(tmp_path / "t.toml")


def test_a_model_file_of_another_kind_is_refused(tmp_path):
    (tmp_path / "m.json").write_text('{"format": "other"}')
    (tmp_path / "t.toml").write_text(THEME_ON_TOP)
    with pytest.raises(ThemeError, match=r"not a topic model"):
        load_theme(tmp_path / "t.toml")
    (tmp_path / "m.json").write_text('{"format": "briefing-topic-model/1", "features": []}')
    load_model.cache_clear()
    with pytest.raises(ThemeError, match=r"a topic model with a missing or bad field"):
        load_theme(tmp_path / "t.toml")


def test_a_threshold_of_a_model_topic_is_a_probability(tmp_path):
    write_model(tmp_path / "m.json")
    text = THEME_ON_TOP.replace('color = "#a8741a"\n', 'color = "#a8741a"\nthreshold = 2.0\n', 1)
    (tmp_path / "t.toml").write_text(text)
    with pytest.raises(ThemeError, match=r"threshold of a topic the model scores is a prob"):
        load_theme(tmp_path / "t.toml")
    (tmp_path / "t.toml").write_text(text.replace("threshold = 2.0", "threshold = 0.9"))
    assert load_theme(tmp_path / "t.toml").topics[0].threshold == 0.9


def test_the_cache_key_follows_the_model_file(tmp_path):
    write_model(tmp_path / "m.json")
    (tmp_path / "t.toml").write_text(THEME_ON_TOP)
    before = theme_hash(load_theme(tmp_path / "t.toml"))
    data = json.loads((tmp_path / "m.json").read_text())
    data["topics"]["energy"]["intercept"] = -2.0
    (tmp_path / "m.json").write_text(json.dumps(data))
    load_model.cache_clear()
    assert theme_hash(load_theme(tmp_path / "t.toml")) != before


def test_the_json_names_where_each_piece_of_evidence_comes_from(theme):
    corpus = build_corpus([parse_article(OIL, Path("oil.txt"), "oil")], theme=theme)
    (article,) = json.loads(corpus_to_json(corpus))["articles"]
    sources = {e["source"] for scores in article["topic_evidence"] for s in scores
               for e in s["evidence"]}  # fmt: skip
    assert sources == {"phrase", "model"}


def test_the_shipped_model_says_what_it_learned_from():
    model = load_model()
    assert sorted(model.topics) == ["energy", "minerals", "shipbuilding", "tariffs"]
    assert "Reuters-21578" in model.description
    assert len(model.idf) == 5000
