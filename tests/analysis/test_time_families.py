"""Each time family's examples and each negative check's examples, run as tests named after
the family or the check, so a failing test says which rule broke."""

from __future__ import annotations

import re._parser as _re

import pytest

from briefing.analysis.time.expressions import find_time_expressions
from briefing.analysis.time.families import FAMILIES
from briefing.analysis.time.family import EXAMPLE_REFERENCE
from briefing.analysis.time.negative_checks import REJECTS

FAMILY_EXAMPLES = [
    pytest.param(family.name, example, id=f"{family.name}: {example[0]}")
    for family in FAMILIES
    for example in family.examples
]
CHECK_EXAMPLES = [
    pytest.param(check.__name__, example, id=f"{check.__name__}: {example[0]}")
    for check, examples in REJECTS.items()
    for example in examples
]


def found(sentence: str) -> dict[str, str]:
    return {t.text: t.value for t in find_time_expressions(sentence, EXAMPLE_REFERENCE)}


@pytest.mark.parametrize(("family", "example"), FAMILY_EXAMPLES)
def test_a_family_finds_its_examples(family, example):
    sentence, span, value = example
    assert found(sentence).get(span) == value, f"family {family!r} on {sentence!r}"


@pytest.mark.parametrize(("check", "example"), CHECK_EXAMPLES)
def test_a_negative_check_rejects_its_examples(check, example):
    sentence, span = example
    assert span not in found(sentence), f"check {check!r} on {sentence!r}"


def test_every_family_and_every_check_has_examples():
    assert [f.name for f in FAMILIES if not f.examples] == []
    used = {check for family in FAMILIES for check in family.checks}
    assert used == set(REJECTS)


def test_family_names_are_unique():
    names = [family.name for family in FAMILIES]
    assert len(names) == len(set(names)) == 33


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Sales fell in 2004.", "2004"),
        ("Profit beat 2003's figure.", "2003"),
        ("Chairman Ana Ruiz said 2004 had been a great year.", "2004"),
        ("The firm must restate 2000 and 2003 results.", "2000"),
        ("Emissions must fall below 2005 levels.", "2005"),
        ("It was his unsuccessful 1996 campaign.", "1996"),
        ("Analysts forecast 2005 revenue of $4bn.", "2005"),
        ("She backed the 2016 GOP frontrunner.", "2016"),
        ("The bonds are due 1993.", "1993"),
        ("It is written (1998) in the margin.", "1998"),
    ],
)
def test_a_year_with_evidence_is_found(sentence, year):
    assert found(sentence).get(year) == year, sentence


MONTH_FORMS = (
    "January February March April May June July August September October November December "
    "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sept. Sep. Oct. Nov. Dec. Jan Feb Apr Aug Sept Oct "
    "Nov Dec"
).split()


@pytest.mark.parametrize("month", MONTH_FORMS)
def test_every_written_form_of_a_month_leads_its_families(month):
    number = {"Sept": 9, "Sept.": 9}.get(month) or (
        [m[:3] for m in MONTH_FORMS[:12]].index(month[:3]) + 1
    )
    assert found(f"It opens on {month} 5, 2024, they said.") == {
        f"{month} 5, 2024": f"2024-{number:02d}-05"
    }
    assert found(f"It slowed in {month} 2023.") == {f"{month} 2023": f"2023-{number:02d}"}


@pytest.mark.parametrize(
    ("weekday", "value", "every"),
    [
        ("Monday", "2025-10-27", "XXXX-WXX-1"),
        ("Tuesday", "2025-10-28", "XXXX-WXX-2"),
        ("Wednesday", "2025-10-22", "XXXX-WXX-3"),
        ("Thursday", "2025-10-23", "XXXX-WXX-4"),
        ("Friday", "2025-10-24", "XXXX-WXX-5"),
        ("Saturday", "2025-10-25", "XXXX-WXX-6"),
        ("Sunday", "2025-10-26", "XXXX-WXX-7"),
    ],
)
def test_every_weekday_leads_its_families(weekday, value, every):
    assert found(f"The board met on {weekday}.") == {weekday: value}
    assert found(f"The board meets every {weekday}.") == {f"every {weekday}": every}


def test_names_in_a_row_are_each_tried_by_every_family_they_lead():
    assert found("Results for the April-June quarter came on Friday, July 25.") == {
        "the April-June quarter": "2025-Q2",
        "Friday, July 25": "2025-07-25",
    }
    assert found("Prices rose on May 2 and fell on June 9.") == {
        "May 2": "2025-05-02",
        "June 9": "2025-06-09",
    }


def _opens_on_a_word_boundary(items) -> bool:
    """Whether every non-empty match of a parsed regex opens with a word boundary that a
    word character follows (the engine searches prefixes only where a word starts)."""
    for index, (op, value) in enumerate(items):
        rest = items[index + 1 :]
        if op in (_re.ASSERT, _re.ASSERT_NOT):
            continue
        if op == _re.AT:
            return value == _re.AT_BOUNDARY and _starts_with_a_word_character(rest)
        if op == _re.SUBPATTERN:
            return _opens_on_a_word_boundary([*value[3], *rest])
        if op == _re.BRANCH:
            return all(_opens_on_a_word_boundary([*branch, *rest]) for branch in value[1])
        if op in (_re.MAX_REPEAT, _re.MIN_REPEAT):
            low, _high, body = value
            taken = _opens_on_a_word_boundary([*body, *rest])
            return taken and (low > 0 or _opens_on_a_word_boundary(rest))
        return False
    return True  # matches nothing: nothing to open


def _starts_with_a_word_character(items) -> bool:
    if not items:
        return False
    op, value = items[0]
    if op == _re.SUBPATTERN:
        return _starts_with_a_word_character([*value[3], *items[1:]])
    if op == _re.BRANCH:
        return all(_starts_with_a_word_character([*b, *items[1:]]) for b in value[1])
    if op in (_re.MAX_REPEAT, _re.MIN_REPEAT):
        low, _high, body = value
        taken = _starts_with_a_word_character([*body, *items[1:]])
        return taken and (low > 0 or _starts_with_a_word_character(items[1:]))
    if op == _re.LITERAL:
        return chr(value).isalnum()
    if op == _re.IN:
        return value in ([(_re.CATEGORY, _re.CATEGORY_DIGIT)], [(_re.CATEGORY, _re.CATEGORY_WORD)])
    return False


@pytest.mark.parametrize("family", [f for f in FAMILIES if f.prefix], ids=lambda f: f.name)
def test_every_prefix_opens_where_a_word_starts(family):
    assert _opens_on_a_word_boundary(list(_re.parse(family.prefix)))


def test_a_prefix_glued_to_a_fiscal_year_is_found():
    assert found("Profit rose in the FY2024 first quarter.") == {
        "the FY2024 first quarter": "2024-Q1"
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Output rose in March and April 2024.", {"March": "2024-03", "April 2024": "2024-04"}),
        (
            "Stocks fell in January, February and March 2023.",
            {"January": "2023-01", "February": "2023-02", "March 2023": "2023-03"},
        ),
        (
            "The talks ran between May 2 and June 9, 2024.",
            {"May 2": "2024-05-02", "June 9, 2024": "2024-06-09"},
        ),
        ("It shipped on March 3 and 4, 2021.", {"March 3": "2021-03-03", "4": "2021-03-04"}),
        ("Prices held in March and in April 2019.", {"March": "2019-03", "April 2019": "2019-04"}),
        (
            "Polls open on the 3rd and 4th of May 2024.",
            {"the 3rd": "2024-05-03", "4th of May 2024": "2024-05-04"},
        ),
        (  # a range that crosses a new year starts in the year before
            "Snow fell from November to February 2024.",
            {"November": "2023-11", "February 2024": "2024-02"},
        ),
    ],
)
def test_months_and_days_joined_share_the_year_the_last_states(sentence, expected):
    assert found(sentence) == expected
    undated = {t.text: t.value for t in find_time_expressions(sentence)}
    assert undated == expected  # the text's own year: no reference needed


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In March, 1,500 people left.", {"March": "2025-03"}),
        ("Rates rose between March and 2024.", {"March": "2025-03", "2024": "2024"}),
        (
            "Pay rose between February this year and February, 1986.",
            {"February this year": "2025-02", "February, 1986": "1986-02"},
        ),
        ("It grew in March and 25 percent in 2024.", {"March": "2025-03", "2024": "2024"}),
    ],
)
def test_a_month_takes_no_year_from_what_is_not_a_joined_date(sentence, expected):
    assert found(sentence) == expected
