"""Roles of people: titles before a name and appositions after it, and what is neither."""

from __future__ import annotations

import pytest

from briefing.analysis.names.roles import in_a_headline, role_after, role_before


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
