"""Sentence splitting: abbreviations, initials, decimals and quotes."""

from __future__ import annotations

import pytest

from briefing.ingest.sentences import sentence_spans


def split(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Ames met Mr. J. K. Oduya at No. 10 on Jan. 5. They talked.",
            ["Dr. Ames met Mr. J. K. Oduya at No. 10 on Jan. 5.", "They talked."],
        ),
        ("Output rose 3.5 percent. Prices fell.", ["Output rose 3.5 percent.", "Prices fell."]),
        (
            "The U.S. Commerce Secretary spoke. He left.",
            ["The U.S. Commerce Secretary spoke.", "He left."],
        ),
        (
            "She moved to the U.S. The move paid off.",
            ["She moved to the U.S.", "The move paid off."],
        ),
        ('He said "it is done." Then he left.', ['He said "it is done."', "Then he left."]),
        (
            '"We are ready. Are you?" she asked. Nobody was.',
            ['"We are ready. Are you?" she asked.', "Nobody was."],
        ),
        ("Acme Inc. said it would grow.", ["Acme Inc. said it would grow."]),
        ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
    ],
)
def test_sentences(text, expected):
    assert split(text) == expected


def test_spans_are_trimmed():
    assert sentence_spans("  One.  Two.  ") == [(2, 6), (8, 12)]
