"""The name tagger's CRF decoded in batches: its weights read as arrays, each word's feature
weights summed once and kept, and every window of a story decoded together.

The model is a linear-chain CRF over the features of :mod:`tagger_features`, trained by
``briefing.training.train_ner`` (CRFsuite) and shipped as :func:`write_weights` gives it.
A word's own features and the features it gives its neighbours do not depend on where it
stands, so their weights are summed once per word and kept in a table; only the features
that do depend on the place (word pairs, the story's contexts, the sentence flags) are
looked up per token. The best labels are then found by Viterbi over all of a story's windows
at once, longest first. The labels are those CRFsuite's own tagger gives (tested).
"""

from __future__ import annotations

import gzip
import json
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from briefing.analysis.names.tagger_features import (
    CAPITALS_SENTENCE,
    CAPS_ELSEWHERE,
    CONTEXT_AFTER,
    CONTEXT_BEFORE,
    EDGES,
    OPENS,
    PAIR_AFTER,
    PAIR_BEFORE,
    DocumentContext,
    as_neighbour,
    mostly_capitals,
    name_windows,
    word_features,
)

FORMAT = "briefing-crf/1"
Window = tuple[int, int]


@dataclass(frozen=True)
class CrfWeights:
    """A linear-chain CRF: a weight per (attribute, label) and per (label, next label)."""

    labels: tuple[str, ...]
    attributes: dict[str, int]
    state: np.ndarray  # (attributes, labels)
    transitions: np.ndarray  # (labels, labels): from the row's label to the column's


def write_weights(weights: CrfWeights, path: Path) -> None:
    """Write ``weights`` as one gzip file with the same bytes for the same weights: a JSON
    header line, the attributes one a line in order, then the float64 arrays."""
    names = sorted(weights.attributes, key=weights.attributes.__getitem__)
    text = "\n".join(names).encode("utf-8")
    header = {"format": FORMAT, "labels": list(weights.labels), "attributes": len(names)}
    header["text_bytes"] = len(text)
    payload = b"".join(
        [
            json.dumps(header, sort_keys=True).encode("utf-8") + b"\n",
            text,
            np.ascontiguousarray(weights.state, dtype="<f8").tobytes(),
            np.ascontiguousarray(weights.transitions, dtype="<f8").tobytes(),
        ]
    )
    with path.open("wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as out:
        out.write(payload)


def read_weights(path: Path) -> CrfWeights:
    """The weights :func:`write_weights` wrote."""
    data = gzip.decompress(path.read_bytes())
    line_end = data.index(b"\n")
    header = json.loads(data[:line_end])
    if header.get("format") != FORMAT:
        raise ValueError(f"{path.name}: not a {FORMAT} weights file")
    labels = tuple(header["labels"])
    count, text_end = header["attributes"], line_end + 1 + header["text_bytes"]
    names = data[line_end + 1 : text_end].decode("utf-8").split("\n") if count else []
    arrays = np.frombuffer(data, dtype="<f8", offset=text_end).astype(np.float64)
    size = count * len(labels)
    state = arrays[:size].reshape(count, len(labels))
    transitions = arrays[size:].reshape(len(labels), len(labels))
    return CrfWeights(labels, {name: i for i, name in enumerate(names)}, state, transitions)


def weights_from_crfsuite(model_path: Path) -> CrfWeights:
    """The weights of a CRFsuite model file (build time: needs python-crfsuite)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    info = tagger.info()
    labels = tuple(sorted(info.labels, key=lambda label: int(info.labels[label])))
    column = {label: index for index, label in enumerate(labels)}
    attributes: dict[str, int] = {}
    for attribute, _label in sorted(info.state_features):
        attributes.setdefault(attribute, len(attributes))
    state = np.zeros((len(attributes), len(labels)))
    for (attribute, label), weight in info.state_features.items():
        state[attributes[attribute], column[label]] = weight
    transitions = np.zeros((len(labels), len(labels)))
    for (before, after), weight in info.transitions.items():
        transitions[column[before], column[after]] = weight
    tagger.close()
    return CrfWeights(labels, attributes, state, transitions)


# A word's five rows in the table: its own features, then the features it gives the word
# two and one places after it and one and two places before it.
OWN, GIVES_PLUS_2, GIVES_PLUS_1, GIVES_MINUS_1, GIVES_MINUS_2 = range(5)
GROUPS = 5
EDGE = 0  # the table's first word stands for the edge of a sentence
# How many words the table keeps before it starts again (about 360 bytes each).
TABLE_WORDS = 32768


class WindowTagger:
    """Labels for the :func:`name_windows` of a story's sentences, as the CRF gives them."""

    def __init__(self, weights: CrfWeights, table_words: int = TABLE_WORDS) -> None:
        self.weights = weights
        self._lookup = weights.attributes.get
        self._capacity = max(table_words, 2)
        self._table = np.zeros((self._capacity, GROUPS, len(weights.labels)))
        self._rows: dict[str, int] = {}
        self._into = np.ascontiguousarray(weights.transitions.T)
        self._none = len(weights.attributes)  # the id of a feature the model does not know
        self._pairs = _pair_ids(weights.attributes, self._none)
        self._state = np.vstack([weights.state, np.zeros((1, len(weights.labels)))])
        self._flag_scores = np.zeros((8, len(weights.labels)))  # each set of flags
        for flags in range(8):
            for flag, name in FLAG_FEATURES:
                if flags & flag and name in weights.attributes:
                    self._flag_scores[flags] += weights.state[weights.attributes[name]]
        self._start_again()

    def _start_again(self) -> None:
        """Empty the word table but for the sentence edge."""
        self._rows.clear()
        self._table[EDGE] = 0.0
        edge = ((), *(self._ids(group) for group in EDGES))
        self._add_rows([EDGE], [edge])

    def _ids(self, features: Sequence[str]) -> tuple[int, ...]:
        return tuple(i for i in map(self._lookup, features) if i is not None)

    def _word_ids(self, word: str) -> tuple[tuple[int, ...], ...]:
        """The model's attribute ids of a word's own features and of those it gives its
        neighbours (unknown features dropped: they weigh nothing)."""
        given = as_neighbour(word)
        return (self._ids(word_features(word)), *(self._ids(group) for group in given[:4]))

    def _add_rows(self, rows: list[int], ids: list[tuple[tuple[int, ...], ...]]) -> None:
        """Fill the table's rows with the summed weights of each word's features."""
        places: list[int] = []
        attributes: list[int] = []
        for row, groups in zip(rows, ids, strict=True):
            for group, group_ids in enumerate(groups):
                places.extend([row * GROUPS + group] * len(group_ids))
                attributes.extend(group_ids)
        flat = self._table.reshape(-1, len(self.weights.labels))
        flat[[row * GROUPS + group for row in rows for group in range(GROUPS)]] = 0.0
        if attributes:
            np.add.at(flat, np.array(places, np.intp), self.weights.state[attributes])

    def _word_rows(self, sentences: Sequence[Sequence[str]]) -> None:
        """Make sure every word of the sentences has its row in the table."""
        new = list(dict.fromkeys(w for words in sentences for w in words if w not in self._rows))
        if not new:
            return
        if len(self._rows) + 1 + len(new) > self._capacity:
            self._start_again()
            new = list(dict.fromkeys(w for words in sentences for w in words))
            if len(new) + 1 > self._capacity:
                self._capacity = 2 * (len(new) + 1)
                self._table = np.zeros((self._capacity, GROUPS, len(self.weights.labels)))
                self._start_again()
        first = len(self._rows) + 1
        rows = list(range(first, first + len(new)))
        self._add_rows(rows, [self._word_ids(word) for word in new])
        self._rows.update(zip(new, rows, strict=True))

    def tag(
        self, sentences: Sequence[Sequence[str]], document: DocumentContext
    ) -> list[list[tuple[Window, list[str]]]]:
        """Each sentence's name windows with their labels ("B-PER", "O", ...)."""
        self._word_rows(sentences)
        rows, lookup, none = self._rows, self._lookup, self._none
        # Per place (each sentence's words with two edges either side): the word's row and
        # the ids of the features that depend on the place; ``none`` weighs nothing.
        places: list[int] = []
        pairs_after: list[int] = []  # "w|+1w=": the word and the next
        pairs_before: list[int] = []  # "-1w|w=": the word before and the word
        flags: list[int] = []  # which of "first", "capselsewhere", "allcaps_sentence"
        tokens: list[int] = []  # the place of each token the windows hold, in order
        windows: list[tuple[int, int, int, int]] = []  # (sentence, token, start, length)
        context_tokens: list[int] = []  # the token of each story context ("a-1=mr")
        context_ids: list[int] = []
        pair_ids, no_pair = self._pairs.get, (none, none)
        story_contexts = document.contexts
        contexts: dict[str, tuple[tuple[str, int, int], ...]] = {}  # the model's, with ids
        for number, words in enumerate(sentences):
            base = len(places) + 2
            lowers = [word.lower() for word in words]
            pairs = [
                pair_ids(a + "|" + b, no_pair) for a, b in zip(lowers, lowers[1:], strict=False)
            ]
            places += (EDGE, EDGE)
            places += [rows[word] for word in words]
            places += (EDGE, EDGE)
            pairs_after += (none, none)
            pairs_after += [after for after, _ in pairs]
            pairs_after += (none, none, none)
            pairs_before += (none, none, none)
            pairs_before += [before for _, before in pairs]
            pairs_before += (none, none)
            flags += _sentence_flags(words, lowers, document)
            last = len(words) - 1
            for start, end in name_windows(words):
                windows.append((number, len(tokens), start, end - start))
                for index in range(start, end):
                    if not words[index][:1].isupper():
                        continue
                    lower = lowers[index]
                    found = contexts.get(lower)
                    if found is None:
                        found = contexts[lower] = tuple(
                            (context, count, context_id)
                            for context, count in story_contexts.get(lower, ())
                            if (context_id := lookup(context)) is not None
                        )
                    before = CONTEXT_BEFORE + lowers[index - 1] if index else ""
                    after = CONTEXT_AFTER + lowers[index + 1] if index < last else ""
                    token = len(tokens) + index - start
                    for context, count, context_id in found:
                        if count > 1 or (context != before and context != after):
                            context_tokens.append(token)
                            context_ids.append(context_id)
                tokens.extend(range(base + start, base + end))
        result: list[list[tuple[Window, list[str]]]] = [[] for _ in sentences]
        if not tokens:
            return result
        at = np.array(tokens, np.intp)
        state = self._state
        scores = self._word_scores(np.array(places, np.intp), at)
        scores += state[np.array(pairs_after, np.intp)[at]]
        scores += state[np.array(pairs_before, np.intp)[at]]
        scores += self._flag_scores[np.array(flags, np.intp)[at]]
        if context_ids:
            np.add.at(scores, np.array(context_tokens, np.intp), state[context_ids])
        paths = self._viterbi(scores, [(token, length) for _, token, _, length in windows])
        names = self.weights.labels
        for (number, _token, start, length), path in zip(windows, paths, strict=True):
            result[number].append(((start, start + length), [names[y] for y in path]))
        return result

    def _word_scores(self, places: np.ndarray, at: np.ndarray) -> np.ndarray:
        """Each token's scores from its word's own features and its four neighbours'."""
        table = self._table
        return (
            table[places[at], OWN]
            + table[places[at - 2], GIVES_PLUS_2]
            + table[places[at - 1], GIVES_PLUS_1]
            + table[places[at + 1], GIVES_MINUS_1]
            + table[places[at + 2], GIVES_MINUS_2]
        )

    def _viterbi(self, scores: np.ndarray, windows: list[tuple[int, int]]) -> list[list[int]]:
        """The best label path of each window (its first token's row in ``scores`` and its
        length), all windows stepped together, the longest first."""
        order = sorted(range(len(windows)), key=lambda i: (-windows[i][1], i))
        lengths = [windows[i][1] for i in order]
        descending = [-length for length in lengths]
        # how many windows are longer than each step: a prefix of ``order``
        active = [bisect_left(descending, -step) for step in range(lengths[0])]
        first = [windows[i][0] for i in order]
        # each step's scores, for the windows still going, one after another
        ahead = scores[[at + step for step, count in enumerate(active) for at in first[:count]]]
        into = self._into  # (label, label before): the transitions turned about
        size = len(self.weights.labels)
        # where each (window, label)'s row of moves starts in the flattened moves
        rows = (np.arange(active[0]) * size)[:, None] + np.arange(size)[None, :]
        rows *= size
        best = ahead[: active[0]]
        done = active[0]
        pointers: list[list[list[int]]] = [[]]
        last: list[int] = [0] * len(order)  # each window's last label
        for step in range(1, len(active)):
            count = active[step]
            if count < len(best):
                last[count : len(best)] = best[count:].argmax(1).tolist()
                best = best[:count]
            moves = best[:, None, :] + into  # (window, label, label before)
            back = moves.argmax(2)
            pointers.append(back.tolist())
            back += rows[:count]
            best = moves.ravel().take(back) + ahead[done : done + count]
            done += count
        last[: len(best)] = best.argmax(1).tolist()
        paths: list[list[int]] = [[] for _ in order]
        for place, window in enumerate(order):
            label = last[place]
            path = [label]
            for step in range(lengths[place] - 1, 0, -1):
                label = pointers[step][place][label]
                path.append(label)
            path.reverse()
            paths[window] = path
        return paths


def _sentence_flags(
    words: Sequence[str], lowers: list[str], document: DocumentContext
) -> list[int]:
    """The flags of each place of a sentence with its edges: its first word opens it and may
    be written capitalised elsewhere; a sentence mostly in capitals flags every word."""
    capitals = CAPITALS_FLAG if mostly_capitals(words) else 0
    opening = OPENS_FLAG | (CAPS_ELSEWHERE_FLAG if lowers[0] in document.caps else 0) | capitals
    return [0, 0, opening, *([capitals] * (len(words) - 1)), 0, 0]


def _pair_ids(attributes: dict[str, int], none: int) -> dict[str, tuple[int, int]]:
    """Each word pair the model knows ("a|b"), with the ids of its features for the first
    word ("w|+1w=a|b") and for the second ("-1w|w=a|b"), ``none`` where it has no such."""
    pairs: dict[str, tuple[int, int]] = {}
    for name, attribute in attributes.items():
        if name.startswith(PAIR_AFTER):
            pair = name[len(PAIR_AFTER) :]
            pairs[pair] = (attribute, pairs.get(pair, (none, none))[1])
        elif name.startswith(PAIR_BEFORE):
            pair = name[len(PAIR_BEFORE) :]
            pairs[pair] = (pairs.get(pair, (none, none))[0], attribute)
    return pairs


# The sentence flags as bits, to look their summed weights up at once.
OPENS_FLAG, CAPS_ELSEWHERE_FLAG, CAPITALS_FLAG = 1, 2, 4
FLAG_FEATURES = (
    (OPENS_FLAG, OPENS),
    (CAPS_ELSEWHERE_FLAG, CAPS_ELSEWHERE),
    (CAPITALS_FLAG, CAPITALS_SENTENCE),
)
