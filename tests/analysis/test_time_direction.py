"""Open dates (a weekday, a month, a day without a year): the two readings, the features the
learned direction model reads, the model's say when weights are shipped, and the trainer's
labels from a gold folder written here."""

from __future__ import annotations

import hashlib
import json

import pytest

from briefing.analysis.time import direction
from briefing.analysis.time.expressions import find_time_expressions
from briefing.analysis.time.reference import RefDate
from briefing.training.train_time_direction import Example, accuracy, gold_examples

REF = RefDate.parse("2025-10-29")  # a Wednesday


def recorded(text: str, ref: RefDate = REF) -> list[direction.Decision]:
    direction.recording = []
    try:
        find_time_expressions(text, ref)
        return direction.recording
    finally:
        direction.recording = None


def values(text: str) -> list[str]:
    return [t.value for t in find_time_expressions(text, REF)]


def test_a_bare_weekday_is_a_decision_between_the_last_and_the_next_such_day():
    (decision,) = recorded("The ministers met on Monday.")
    assert (decision.kind, decision.back, decision.ahead) == ("weekday", "2025-10-27", "2025-11-03")
    assert decision.rule_ahead is False
    assert "weekday:back=2" in decision.features and "tense=PAST" in decision.features
    assert "w-1=on" in decision.features and "w-2=met" in decision.features


def test_a_planned_weekday_is_ahead_by_the_rules():
    (decision,) = recorded("The talks will resume on Friday.")
    assert (decision.back, decision.ahead, decision.rule_ahead) == (
        "2025-10-24",
        "2025-10-31",
        True,
    )
    assert "strict=FUTURE" in decision.features


def test_the_reports_own_weekday_and_a_named_relation_are_no_decision():
    assert recorded("He spoke on Wednesday.") == []
    assert recorded("They meet next Monday and met last Friday.") == []


def test_a_month_and_a_day_without_a_year_have_a_reading_each_side_of_the_report():
    (month,) = recorded("Exports fell in March.")
    assert (month.kind, month.back, month.ahead) == ("month", "2025-03", "2026-03")
    assert "month:back=year" in month.features  # seven months back
    (near,) = recorded("Exports fell in August.")
    assert "month:back=quarter" in near.features  # two months back
    (day,) = recorded("The vote is set for Dec. 4.")
    assert (day.kind, day.back, day.ahead, day.rule_ahead) == (
        "day",
        "2024-12-04",
        "2025-12-04",
        True,
    )
    assert "day:back=year" in day.features


def test_the_reports_own_month_is_no_decision():
    assert recorded("Prices rose in October.") == []


def test_a_quotation_opened_before_the_date_is_a_feature():
    (decision,) = recorded('"We will sign it on Friday," she said.')
    assert "quoted" in decision.features
    (plain,) = recorded("She said they would sign it on Friday.")
    assert "quoted" not in plain.features


def test_without_weights_the_rules_decide(monkeypatch):
    monkeypatch.setattr(direction, "_model", lambda: None)
    assert values("The ministers met on Monday. The talks will resume on Friday.") == [
        "2025-10-27",
        "2025-10-31",
    ]


def test_shipped_weights_have_the_last_word(monkeypatch):
    # weights that always point ahead, and ones that always point back
    monkeypatch.setattr(direction, "_model", lambda: {"bias": 5.0})
    assert values("The ministers met on Monday. Exports fell in March.") == [
        "2025-11-03",
        "2026-03",
    ]
    monkeypatch.setattr(direction, "_model", lambda: {"bias": -5.0})
    assert values("The talks will resume on Friday.") == ["2025-10-24"]


def test_a_weights_file_of_another_format_is_refused(monkeypatch, tmp_path):
    wrong = tmp_path / "direction.json"
    wrong.write_text(json.dumps({"format": "other/1", "weights": {}}), encoding="utf-8")
    monkeypatch.setattr(direction, "MODEL_FILE", wrong)
    direction._model.cache_clear()
    try:
        with pytest.raises(ValueError, match="not a briefing-time-direction/1 file"):
            direction._model()
    finally:
        direction._model.cache_clear()


def _gold_document(folder, stem: str, body: str, date: str, timexes: list[tuple[str, str]]):
    (folder / f"{stem}.md").write_text(
        f'---\ntitle: "{stem}"\ndate: {date}\n---\n{body}', encoding="utf-8"
    )
    gold = []
    for text, value in timexes:
        start = body.index(text)
        gold.append({"start": start, "end": start + len(text), "text": text, "type": "DATE",
                     "value": value})  # fmt: skip
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    (folder / f"{stem}.gold.json").write_text(
        json.dumps({"id": stem, "body_sha256": digest, "timex": gold}), encoding="utf-8"
    )


def test_the_trainer_labels_each_decision_by_the_gold_reading(tmp_path):
    _gold_document(tmp_path, "timebank-one", "The ministers met on Monday.\n", "2025-10-29",
                   [("Monday", "2025-10-27")])  # fmt: skip
    _gold_document(tmp_path, "aquaint-two", "The board meets on Friday.\n", "2025-10-29",
                   [("Friday", "2025-10-31")])  # fmt: skip
    _gold_document(tmp_path, "timebank-three", "Sales rose in May.\n", "2025-10-29",
                   [("May", "XXXX-05")])  # neither reading: no label  # fmt: skip
    parts = gold_examples(tmp_path)
    assert [(e.document, e.ahead, e.rule_ahead) for e in parts["tune"]] == [
        ("timebank-one", False, False)
    ]
    assert [(e.document, e.ahead) for e in parts["check"]] == [("aquaint-two", True)]
    assert accuracy(parts["tune"] + parts["check"], None) == 1.0


def test_accuracy_counts_the_model_against_the_gold():
    examples = [
        Example("a", ("bias", "rule=True"), ahead=True, rule_ahead=True),
        Example("b", ("bias", "rule=False"), ahead=True, rule_ahead=False),
    ]
    assert accuracy(examples, None) == 0.5
    assert accuracy(examples, {"bias": 1.0}) == 1.0
    assert accuracy(examples, {"bias": -1.0}) == 0.0
