"""Texts shaped to make a pass slower than linear: each is a size in words and a builder.

Used by the linearity test and by ``benchmarks/linearity.py``; none is taken from news."""

from __future__ import annotations

from collections.abc import Callable

SHAPES: dict[str, Callable[[int], str]] = {
    "one repeated word": lambda n: " ".join(["tariff"] * n) + "\n",
    "repeated topic phrases": lambda n: " ".join(["tariffs trade investment visa"] * (n // 4)),
    "one long run of capitals": lambda n: " ".join(["Big"] * n) + "\n",
    "many names, one line": lambda n: " ".join(f"John Smith{i % 50} said." for i in range(n // 4)),
    "full stops, no sentence": lambda n: "a. " * n + "\n",
    "a quotation never closed": lambda n: '"' + "x. " * n + "\n",
    "tiny paragraphs": lambda n: "\n".join(f"Para {i}." for i in range(n // 2)) + "\n",
    "one name per line": lambda n: "\n".join("Trump said" for _ in range(n // 2)) + "\n",
    "quotes on every line": lambda n: "\n".join(
        f'"Yes," he said on Monday {i}.' for i in range(n // 7)
    ),
    "weekdays": lambda n: " ".join(["Monday"] * n) + "\n",
    "years": lambda n: " ".join(str(1900 + i % 120) for i in range(n)) + "\n",
    "figures": lambda n: " ".join(["$5 billion"] * (n // 2)) + "\n",
    "speech cues": lambda n: " ".join(['Smith said "a." '] * (n // 4)) + "\n",
    "dated quotes per line": lambda n: "\n".join(
        f'On May {1 + i % 28} {i} people said "yes," Smith said.' for i in range(n // 9)
    ),
    "open brackets": lambda n: "(" * n + "\n",
}


def as_paragraphs(text: str, words: int = 40) -> str:
    """The same words in ordinary paragraphs of ``words`` words: the fair comparison."""
    tokens = text.split()
    return (
        "\n\n".join(
            " ".join(tokens[start : start + words]) for start in range(0, len(tokens), words)
        )
        + "\n"
    )
