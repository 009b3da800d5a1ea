"""Which way a date the text leaves open points: back from the report, or ahead of it.

A weekday ("on Tuesday"), a month ("in March") or a day of a month ("on Oct. 26") written
without a year or a "last"/"next" has two readings around the article's date: the one at
or before it and the one after it. The hand rules give a first answer (for a weekday the
ordered checks of ``days_and_clocks.AHEAD_SIEVE``: a past told, a plan, a deadline, the
diary present; for a month the tense cues of ``reference.tense_near``). A small logistic
model learned from TimeML news (:mod:`briefing.training.train_time_direction`) weighs
that answer with the words around the expression (the verb's tense and modality,
"since", "until", "planned to", a quotation, how far back each reading lies) and has the
last word. Its weights ship as data (``data/direction.json``) when the trainer finds they
beat the rules; with no weights the rules decide. On TempEval-3 they do not yet: the
rules choose the gold reading of 98.5% of the tune part's open dates and 98.8% of the
check part's, the model 97.5% (tune, five-fold) and 98.2% (check); on context alone,
without the rules' answer, it reaches 95% and 93%.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefing.analysis.time.reference import past_in_clause, tense_near

MODEL_FILE = Path(__file__).resolve().parent / "data" / "direction.json"
FORMAT = "briefing-time-direction/1"
TENSE_WINDOW = {"weekday": 70, "month": 110, "day": 70}  # what the rules read, by kind

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")


@dataclass(frozen=True)
class Decision:
    """One open date met while resolving a text (kept while training only)."""

    kind: str
    start: int
    end: int
    features: tuple[str, ...]
    back: str  # the value of each reading
    ahead: str
    rule_ahead: bool


# Training sets this to a list: each decision is appended to it (see train_time_direction).
recording: list[Decision] | None = None


def points_ahead(
    kind: str,
    text: str,
    span: tuple[int, int],
    rule_ahead: bool,
    back_days: int,
    readings: tuple[str, str],
) -> bool:
    """Whether the open date at ``span`` takes its reading after the report (else the one
    at or before it): ``rule_ahead`` is the hand rules' answer, ``back_days`` how many days
    back the earlier reading lies, ``readings`` the two values (back, ahead)."""
    weights = _model()
    if recording is None and weights is None:
        return rule_ahead  # no model shipped: the rules decide
    start, end = span
    features = direction_features(kind, text, start, end, rule_ahead, back_days)
    if recording is not None:
        recording.append(Decision(kind, start, end, features, *readings, rule_ahead))
        return rule_ahead
    assert weights is not None
    return score(features, weights) > 0.0


def score(features: Sequence[str], weights: dict[str, float]) -> float:
    """The model's margin for "ahead" (the bias is the feature ``bias``)."""
    return sum(weights.get(feature, 0.0) for feature in features)


def direction_features(
    kind: str, text: str, start: int, end: int, rule_ahead: bool, back_days: int
) -> tuple[str, ...]:
    """The binary features of an open date: its kind, the rules' answer, tense and modal
    cues of its clause, the words just before and after it, a quotation around it, and how
    far back its earlier reading lies."""
    found = ["bias", f"kind={kind}", f"rule={rule_ahead}", f"{kind}:rule={rule_ahead}"]
    found.append(f"tense={tense_near(text, start, end, TENSE_WINDOW[kind])}")
    found.append(f"strict={tense_near(text, start, end, 45, strict=True)}")
    if past_in_clause(text, start, end):
        found.append("past_in_clause")
    before = [w.lower() for w in _WORD.findall(text, max(0, start - 40), start)][-3:]
    for place, word in enumerate(reversed(before), start=1):
        found.append(f"w-{place}={word}")
    after = _WORD.findall(text, end, min(len(text), end + 24))[:1]
    if after:
        found.append(f"w+1={after[0].lower()}")
    if _in_quotation(text, start):
        found.append("quoted")
    found.append(f"{kind}:back={_bucket(kind, back_days)}")
    return tuple(found)


def _bucket(kind: str, days: int) -> str:
    """How far back the earlier reading lies, coarsely (weekdays: the days themselves)."""
    if kind == "weekday":
        return str(days)
    for limit, name in ((7, "week"), (31, "month"), (92, "quarter"), (183, "half")):
        if days <= limit:
            return name
    return "year"


def _in_quotation(text: str, start: int) -> bool:
    """Whether ``start`` sits inside a quotation opened earlier in its paragraph."""
    paragraph = text.rfind("\n", 0, start) + 1
    opened = False
    for char in text[paragraph:start]:
        if char == "\u201c":
            opened = True
        elif char == "\u201d":
            opened = False
        elif char == '"':
            opened = not opened
    return opened


@lru_cache(maxsize=1)
def _model() -> dict[str, float] | None:
    if not MODEL_FILE.exists():
        return None
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError(f"{MODEL_FILE}: not a {FORMAT} file")
    return {str(k): float(v) for k, v in data["weights"].items()}
