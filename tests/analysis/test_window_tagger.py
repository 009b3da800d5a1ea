"""The name tagger's CRF decoded in batches gives the labels CRFsuite's own tagger gives."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pycrfsuite
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.names.entities import WEIGHTS_PATH
from briefing.analysis.names.tagger_features import (
    document_context,
    sentence_features,
    windowed_features,
)
from briefing.analysis.names.window_tagger import (
    CrfWeights,
    WindowTagger,
    read_weights,
    weights_from_crfsuite,
    write_weights,
)

# A few sentences of my own, labelled, to train a small model on.
TRAINING = [
    ("Mr Tanaka met Maria Lopez in Osaka on Monday .", "O B-PER O B-PER I-PER O B-LOC O O O"),
    ("Acme Corp said profits rose in Japan .", "B-ORG I-ORG O O O O B-LOC O"),
    ("The Bank of Japan left rates unchanged .", "O B-ORG I-ORG I-ORG O O O O"),
    ("Lopez told Reuters that Acme would grow .", "B-PER O B-ORG O B-ORG O O O"),
    ("SHARES IN ACME FELL IN TOKYO", "O O B-ORG O O B-LOC"),
    ("Tanaka , a former minister , spoke .", "B-PER O O O O O O O"),
    ("prices rose in the Osaka market on news from Europe .", "O O O O B-LOC O O O O B-LOC O"),
    ("the European Union and Japan signed a deal .", "O B-ORG I-ORG O B-LOC O O O O"),
]

WORDS = [
    *"Mr Tanaka Maria Lopez Osaka Acme Corp Japan Bank Reuters Europe TOKYO ACME".split(),
    *"the of in on met said rose left rates a , . told that would signed deal".split(),
]


@pytest.fixture(scope="module")
def crfsuite_model(tmp_path_factory) -> Path:
    trainer = pycrfsuite.Trainer(verbose=False)
    stories = [sentence.split() for sentence, _ in TRAINING]
    document = document_context(stories)
    for words, (_, labels) in zip(stories, TRAINING, strict=True):
        trainer.append(sentence_features(words, document), labels.split())
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 60})
    trainer.set_params({"feature.possible_transitions": True})
    path = tmp_path_factory.mktemp("crf") / "small.crfsuite"
    trainer.train(str(path))
    return path


def crfsuite_labels(model: Path, sentences: list[list[str]]) -> list[list[tuple]]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    document = document_context(sentences)
    return [
        [(window, tagger.tag(rows)) for window, rows in windowed_features(words, document)]
        for words in sentences
    ]


def test_the_labels_are_crfsuite_s_own_for_a_story(crfsuite_model):
    story = [
        "Maria Lopez of Acme Corp met Mr Tanaka in Osaka , then flew to Europe .".split(),
        "Tanaka said the Bank of Japan would act .".split(),
        "rates were left where they were for a long while , it said .".split(),
        "ACME SHARES ROSE IN TOKYO".split(),
    ]
    tagger = WindowTagger(weights_from_crfsuite(crfsuite_model))
    found = tagger.tag(story, document_context(story))
    assert found == crfsuite_labels(crfsuite_model, story)
    assert found[2] == []  # no capital but an opener's: no window
    assert [window for window, _ in found[0]] == [(0, 16)]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25), min_size=1, max_size=6))
def test_the_labels_are_crfsuite_s_own_for_any_sentences(crfsuite_model, sentences):
    tagger = WindowTagger(weights_from_crfsuite(crfsuite_model), table_words=8)
    assert tagger.tag(sentences, document_context(sentences)) == crfsuite_labels(
        crfsuite_model, sentences
    )


def random_weights(sentences: list[list[str]], seed: int) -> CrfWeights:
    """Weights for every feature the sentences have, drawn at random: every feature then
    moves the labels."""
    document = document_context(sentences)
    names = sorted(
        {
            feature
            for words in sentences
            for _, rows in windowed_features(words, document)
            for row in rows
            for feature in row
        }
    )
    labels = ("O", "B-PER", "I-PER", "B-LOC")
    generator = np.random.default_rng(seed)
    state = generator.normal(size=(len(names), len(labels)))
    transitions = generator.normal(size=(len(labels), len(labels)))
    return CrfWeights(labels, {name: i for i, name in enumerate(names)}, state, transitions)


def defined_labels(weights: CrfWeights, sentences: list[list[str]]) -> list[list[tuple]]:
    """The CRF's labels by its definition: each token's features' weights summed, then the
    best path by Viterbi, one window at a time."""
    document = document_context(sentences)
    size = len(weights.labels)
    found = []
    for words in sentences:
        tagged = []
        for window, rows in windowed_features(words, document):
            scores = [
                [sum(weights.state[weights.attributes[f], y] for f in row) for y in range(size)]
                for row in rows
            ]
            best, back = scores[0], []
            for row in scores[1:]:
                moves = [
                    [best[i] + weights.transitions[i, j] for i in range(size)] for j in range(size)
                ]
                back.append([max(range(size), key=column.__getitem__) for column in moves])
                best = [max(column) + row[j] for j, column in enumerate(moves)]
            path = [max(range(size), key=best.__getitem__)]
            for pointers in reversed(back):
                path.append(pointers[path[-1]])
            tagged.append((window, [weights.labels[y] for y in reversed(path)]))
        found.append(tagged)
    return found


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=20), min_size=1, max_size=5),
    st.integers(0, 1000),
)
def test_every_feature_counts_as_the_crf_defines_it(sentences, seed):
    weights = random_weights(sentences, seed)
    tagger = WindowTagger(weights, table_words=8)
    assert tagger.tag(sentences, document_context(sentences)) == defined_labels(weights, sentences)


def test_a_full_word_table_starts_again_and_keeps_the_labels(crfsuite_model):
    weights = weights_from_crfsuite(crfsuite_model)
    story = [sentence.split() for sentence, _ in TRAINING]
    document = document_context(story)
    roomy = WindowTagger(weights).tag(story, document)
    small = WindowTagger(weights, table_words=4)  # fewer words than one story has
    assert small.tag(story, document) == roomy
    assert small.tag(story[:2], document_context(story[:2])) == WindowTagger(weights).tag(
        story[:2], document_context(story[:2])
    )


def test_weights_are_written_with_the_same_bytes_and_read_back_whole(crfsuite_model, tmp_path):
    weights = weights_from_crfsuite(crfsuite_model)
    first, second = tmp_path / "a.gz", tmp_path / "b.gz"
    write_weights(weights, first)
    write_weights(weights_from_crfsuite(crfsuite_model), second)
    assert first.read_bytes() == second.read_bytes()
    again = read_weights(first)
    assert again.labels == weights.labels and again.attributes == weights.attributes
    assert np.array_equal(again.state, weights.state)
    assert np.array_equal(again.transitions, weights.transitions)


def test_a_file_that_is_not_weights_is_refused(tmp_path):
    import gzip

    path = tmp_path / "other.gz"
    path.write_bytes(gzip.compress(b'{"format": "something else"}\n'))
    with pytest.raises(ValueError, match="other.gz: not a briefing-crf/1 weights file"):
        read_weights(path)


def test_the_shipped_weights_tag_a_story_s_names():
    weights = read_weights(WEIGHTS_PATH)
    assert weights.labels[0] == "O" and len(weights.labels) == 9
    story = ["Prime Minister Taro Kishida met executives of Toyota in Nagoya .".split()]
    ((window, labels),) = WindowTagger(weights).tag(story, document_context(story))[0]
    assert window == (0, 11)
    assert labels == ["O", "O", "B-PER", "I-PER", "O", "O", "O", "B-ORG", "O", "B-LOC", "O"]
