"""Roles of people: titles before a name and appositions after it, and what is neither."""

from __future__ import annotations

import pytest

from briefing.analysis.names.roles import in_a_headline, role_after, role_before, tidy_role


def _after(text: str, name: str, others: tuple[tuple[int, int], ...] = ()) -> str | None:
    return role_after(text, text.index(name) + len(name), others)


def test_a_title_before_and_an_apposition_after():
    text = "Finance Minister Elena Duarte, a former economist at the bank, resigned."
    assert role_before(text, text.index("Elena")) == "Finance Minister"
    assert _after(text, "Elena Duarte") == "former economist at the bank"


@pytest.mark.parametrize(
    "text",
    [
        "Ted Cruz, but Sen. Marco Rubio did not.",
        "Scott Walker, he would have to consider Rep. Ryan.",
        "Jeff Weaver, speaking to CNN after the senator spoke.",
        "Gary Johnson, particularly in the general election.",
    ],
)
def test_a_clause_after_a_name_is_not_its_role(text):
    name = text.split(",")[0]
    assert _after(text, name) is None


def test_another_person_after_a_name_is_not_its_role():
    text = "Hillary Clinton, former president Bill Clinton, and others came."
    bill = text.index("Bill Clinton")
    assert _after(text, "Hillary Clinton", ((bill, bill + len("Bill Clinton")),)) is None


def test_a_title_case_headline_gives_no_roles():
    text = "American Refugees Fleeing President Trump Find Doors Shut\n\nThe report said more."
    assert in_a_headline(text, text.index("Trump"))
    assert role_before(text, text.index("Trump")) is None
    assert not in_a_headline(text, text.index("report"))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a preposition, an auxiliary, a verb in -ing or a dateline's dash ends the title
        ("Like President Obama, I believe in it.", "Obama", "President"),
        ("Voters Fleeing President Trump moved north.", "Trump", "President"),
        ("WASHINGTON -- President Obama spoke.", "Obama", "President"),
        ("What Would Prime Minister Ito Do about it?", "Ito", "Prime Minister"),
        # words that belong to a title stay
        ("Florida Senator Marco Rubio spoke.", "Marco", "Florida Senator"),
        ("U.S. Commerce Secretary Gina Raimondo spoke.", "Gina", "U.S. Commerce Secretary"),
    ],
)
def test_where_a_title_before_a_name_begins(text, name, role):
    assert role_before(text, text.index(name)) == role


def test_a_title_before_the_next_name_is_not_an_apposition():
    text = "Kasich is in the race, while Trump, Sen. Ted Cruz and others lead."
    cruz = text.index("Ted Cruz")
    assert _after(text, "Trump", ((cruz, cruz + len("Ted Cruz")),)) is None


@pytest.mark.parametrize(
    ("role", "name", "tidied"),
    [
        ("now foreign secretary", "Ana Ruiz", "foreign secretary"),
        ("Chief Justice Ana", "Ana Ruiz", "Chief Justice"),  # her given name, left out
        ("Tomas Ortega and Prime Minister", "Ana Ruiz", "Prime Minister"),
        ("chief secretary to the Treasury in a statement", "Ana Ruiz",
         "chief secretary to the Treasury"),
        ("director of the opera house since 2002", "Ana Ruiz", "director of the opera house"),
        ("One of President", "Ana Ruiz", None),
        ("known as Queen of the Desert", "Ana Ruiz", None),
        ("Saturday of Justice", "Ana Ruiz", None),
        ("Secretary of State", "Kerry", "Secretary of State"),
        ("Work and Pensions Secretary", "Ana Ruiz", "Work and Pensions Secretary"),
        ("governor there", "Ana Ruiz", "governor"),
        ("finance minister at the time", "Ana Ruiz", "finance minister"),
    ],
)  # fmt: skip
def test_a_role_is_a_title_or_a_position_never_a_clause_or_a_name(role, name, tidied):
    assert tidy_role(role, name, {"Tomas Ortega", "Ana Ruiz"}) == tidied
