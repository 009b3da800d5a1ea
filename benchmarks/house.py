"""Measure the house from the source: complexity, file sizes, loose modules, inline word lists.

Usage: python benchmarks/house.py [--lists]   (radon must be installed: pip install radon)

An inline word list is a literal of three or more words (a set, tuple or list of strings, a
``"a b c".split()``, or a regex alternation ``a|b|c`` of three or more plain words; a word
has three letters or more, one in lower case) in analysis code outside the lexicon package.
The model's own kinds and keys ("byline", "caption") are names, not words of English: the
constants in ``NOT_WORDS`` hold them. ``--lists`` prints where each list is.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

from radon.complexity import cc_visit

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "briefing"
# A word: three letters or more, one of them lower case (not a code such as "PER" or "FY").
WORD = re.compile(r"(?=[A-Za-z'\-]*[a-z])[A-Za-z][A-Za-z'\-]{2,}\.?")
ALTERNATION = re.compile(r"(?:[A-Za-z][A-Za-z'\\ .-]*\|){2,}[A-Za-z][A-Za-z'\\ .-]*")


def _is_word_list(node: ast.AST) -> bool:
    if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
        words = [
            e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
        ]
        return (
            len(words) >= 3
            and len(words) == len(node.elts)
            and all(WORD.fullmatch(w) for w in words)
        )
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "split"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
    ):
        return len(node.func.value.value.split()) >= 3
    return False


def _alternations(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(
            sum(1 for part in m.group().split("|") if WORD.fullmatch(part.strip())) >= 3
            for m in ALTERNATION.finditer(node.value)
        )
    return False


NOT_WORDS = frozenset(
    ("__all__", "SKIPPED_KINDS", "UNFILED_KINDS", "_THEME_KEYS", "_TOPIC_KEYS", "_STATES",
     "_PLACES_AND_PEOPLES", "_COUNTRIES_AND_STATES", "_CLAUSE_STOPS")
)  # fmt: skip


def inline_word_lists(path: Path) -> list[int]:
    """Line numbers of the word lists typed inline in one module."""
    tree = ast.parse(path.read_text())
    lines: set[int] = set()
    for top in tree.body:
        if isinstance(top, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in NOT_WORDS for t in top.targets
        ):
            continue
        for node in ast.walk(top):
            if _is_word_list(node) or _alternations(node):
                lines.add(node.lineno)
    return sorted(lines)


def private_imports() -> list[str]:
    """Where a module imports another's private name (``from x import _name``)."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("briefing"):
                for alias in node.names:
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        found.append(f"{path.relative_to(PACKAGE)}: {node.module}.{alias.name}")
    return found


def main() -> None:
    sources = sorted(PACKAGE.rglob("*.py"))
    worst = []
    for path in sources:
        for block in cc_visit(path.read_text()):
            worst.append(
                (block.complexity, f"{path.relative_to(PACKAGE)}:{block.lineno} {block.name}")
            )
    worst.sort(reverse=True)
    print(f"highest complexity: {worst[0][0]} ({worst[0][1]})")
    print(f"functions over 25: {sum(1 for c, _ in worst if c > 25)}")
    for c, where in worst:
        if c > 25:
            print(f"  {c} {where}")
    long_files = [(len(p.read_text().splitlines()), p) for p in sources]
    over = [(n, p) for n, p in long_files if n > 500]
    print(f"longest file: {max(long_files)[0]} lines; files over 500 lines: {len(over)}")
    for n, p in sorted(over, reverse=True):
        print(f"  {n} {p.relative_to(PACKAGE)}")
    loose = [
        p.name
        for p in PACKAGE.glob("*.py")
        if p.name not in ("__init__.py", "__main__.py", "cli.py")
    ]
    print(f"loose modules beside cli.py: {len(loose)} ({', '.join(sorted(loose))})")
    analysis = PACKAGE / "analysis"
    lists = [
        (p, line)
        for p in sorted(analysis.rglob("*.py"))
        if "lexicon" not in p.relative_to(analysis).parts
        for line in inline_word_lists(p)
    ]
    print(f"word lists inline in analysis code outside the lexicon: {len(lists)}")
    if "--lists" in sys.argv:
        for p, line in lists:
            print(f"  {p.relative_to(PACKAGE)}:{line}")
    crossing = private_imports()
    print(f"private names imported across modules: {len(crossing)}")
    for where in crossing:
        print(f"  {where}")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    contracts = config["tool"]["importlinter"]["contracts"]
    print(f"import contracts: {len(contracts)}")


if __name__ == "__main__":
    main()
