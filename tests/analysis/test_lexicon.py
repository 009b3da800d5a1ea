"""The lexicon: each word list once, and the cue lists drawn from the one list of speech
verbs."""

from __future__ import annotations

import importlib
import pkgutil

import briefing.analysis.lexicon as lexicon
from briefing.analysis.lexicon import either
from briefing.analysis.lexicon.speech import PERSON_CUES, REPORTING_VERBS, SPEECH_VERBS


def word_lists() -> dict[str, frozenset[str]]:
    found = {}
    for module in pkgutil.iter_modules(lexicon.__path__):
        loaded = importlib.import_module(f"{lexicon.__name__}.{module.name}")
        for name, value in vars(loaded).items():
            if name.isupper() and isinstance(value, (tuple, frozenset, set)) and value:
                if all(isinstance(word, str) for word in value):
                    found[f"{module.name}.{name}"] = frozenset(value)
    return found


def test_each_word_list_is_defined_once():
    seen: dict[frozenset[str], str] = {}
    twice = []
    for name, words in word_lists().items():
        if words in seen:
            twice.append((seen[words], name))
        seen.setdefault(words, name)
    assert twice == []


def test_the_cue_lists_are_drawn_from_the_speech_verbs():
    assert set(PERSON_CUES) <= set(SPEECH_VERBS)
    assert set(REPORTING_VERBS) - set(SPEECH_VERBS) == {"reported"}


def test_either_keeps_the_order_of_its_words():
    assert either(("said", "says", "say")) == "said|says|say"
