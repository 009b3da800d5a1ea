"""Which way an open weekday or month points in news written as news is written: a
diary verb in the present ("the team plays Saturday"), a plan set for a day, a deadline in
the present, a deed said to come ("he would resign on Friday"), each against the past
tellings the same words take ("met", "was set"). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from briefing.analysis.time.expressions import find_time_expressions
from briefing.analysis.time.reference import RefDate

REF = RefDate.parse("2025-03-12")  # a Wednesday: Monday is the 10th back, the 17th ahead


def value_of(sentence: str, word: str, ref: RefDate = REF) -> str | None:
    """The value of the one expression of ``sentence`` that holds ``word``."""
    (found,) = [t.value for t in find_time_expressions(sentence, ref) if word in t.text]
    return found


AHEAD = [
    ("The vote is set for Sunday.", "Sunday", "2025-03-16"),
    ("The deadline is Friday.", "Friday", "2025-03-14"),
    ("The team plays Saturday in Leeds.", "Saturday", "2025-03-15"),
    ("Voters go to the polls on Sunday.", "Sunday", "2025-03-16"),
    ("Ministers meet again on Thursday to discuss the budget.", "Thursday", "2025-03-13"),
    ("The summit opens Monday in Geneva.", "Monday", "2025-03-17"),
    ("The court is due to rule on Tuesday.", "Tuesday", "2025-03-18"),
    ("The minister said he would resign on Friday.", "Friday", "2025-03-14"),
    ("Talks resume Thursday.", "Thursday", "2025-03-13"),
    ("The bill goes to a vote on Monday.", "Monday", "2025-03-17"),
    ("Parliament returns from recess in April.", "April", "2025-04"),
    ("The festival takes place in June.", "June", "2025-06"),
    ("The new rules come into force in November.", "November", "2025-11"),
    ("Elections are due in November.", "November", "2025-11"),
    ("Strikes are planned for Saturday.", "Saturday", "2025-03-15"),
    ("The report will be published on Thursday.", "Thursday", "2025-03-13"),
    ("Shares begin trading on Friday.", "Friday", "2025-03-14"),
    ("The ceasefire takes effect on Sunday.", "Sunday", "2025-03-16"),
    ("The president travels to Brazil on Monday.", "Monday", "2025-03-17"),
    ("The hearing has been moved to Tuesday.", "Tuesday", "2025-03-18"),
    ("Shares rose ahead of Friday's jobs report.", "Friday", "2025-03-14"),
    ("In the run-up to Sunday's vote, rallies grew.", "Sunday", "2025-03-16"),
    ("Markets are closed on Friday for the holiday.", "Friday", "2025-03-14"),
    ("The budget is presented in October.", "October", "2025-10"),
    ("The talks, which began on Monday, end on Friday.", "Friday", "2025-03-14"),
    ("England will face France on Saturday.", "Saturday", "2025-03-15"),
    ("\u201cWe will be ready on Friday,\u201d he said.", "Friday", "2025-03-14"),
    ("The offer runs until Sunday.", "Sunday", "2025-03-16"),
    (
        "The bill passed the Senate on Monday and heads to the House on Thursday.",
        "Thursday",
        "2025-03-13",
    ),
    ("The government is expected to announce the plan Thursday.", "Thursday", "2025-03-13"),
    ("The trial starts in May.", "May", "2025-05"),
    ("The new model goes on sale in June.", "June", "2025-06"),
]

BACK = [
    ("The president said on Monday that talks had stalled.", "Monday", "2025-03-10"),
    ("Police say the attack happened on Sunday.", "Sunday", "2025-03-09"),
    ("Shares fell sharply on Tuesday.", "Tuesday", "2025-03-11"),
    ("The strike began on Monday and continues.", "Monday", "2025-03-10"),
    ("Two soldiers were killed on Saturday.", "Saturday", "2025-03-08"),
    ("The company reported its results on Thursday.", "Thursday", "2025-03-06"),
    ("Inflation rose in January.", "January", "2025-01"),
    ("The law was passed in June.", "June", "2024-06"),
    ("He arrived in Paris on Sunday.", "Sunday", "2025-03-09"),
    ("Sunday's vote was a setback for the ruling party.", "Sunday", "2025-03-09"),
    ("The minister, who resigned on Friday, denied wrongdoing.", "Friday", "2025-03-07"),
    ("Talks broke down on Tuesday.", "Tuesday", "2025-03-11"),
    ("The bank cut interest rates in November.", "November", "2024-11"),
    ("Protesters gathered outside parliament on Saturday.", "Saturday", "2025-03-08"),
    ("A spokesman told reporters on Monday the plan was sound.", "Monday", "2025-03-10"),
    ("Tuesday's decision surprised investors.", "Tuesday", "2025-03-11"),
    ("Exports have grown since January.", "January", "2025-01"),
    ("Officials confirmed on Thursday that the plant would close.", "Thursday", "2025-03-06"),
    ("The deal, announced on Monday, values the firm at $2 billion.", "Monday", "2025-03-10"),
    ("Fighting flared again on Sunday, witnesses said.", "Sunday", "2025-03-09"),
    ("After Sunday's vote, the party regrouped.", "Sunday", "2025-03-09"),
    ("Monday's attack killed four people.", "Monday", "2025-03-10"),
    ("The results of Tuesday's vote were announced.", "Tuesday", "2025-03-11"),
    ("\u201cWe were ready on Friday,\u201d he said.", "Friday", "2025-03-07"),
    ("The protest lasted until Sunday.", "Sunday", "2025-03-09"),
    ("The talks, which began on Monday, ended on Friday.", "Friday", "2025-03-07"),
    ("The budget was presented in October.", "October", "2024-10"),
    # "ahead of" a figure: above it, not before a day to come
    ("The pound closed well ahead of Friday's level.", "Friday", "2025-03-07"),
]


@pytest.mark.parametrize(("sentence", "word", "value"), AHEAD)
def test_a_day_or_month_the_present_or_a_plan_sets_ahead_is_the_coming_one(sentence, word, value):
    assert value_of(sentence, word) == value


@pytest.mark.parametrize(("sentence", "word", "value"), BACK)
def test_a_day_or_month_told_in_the_past_is_the_last_one(sentence, word, value):
    assert value_of(sentence, word) == value


@pytest.mark.parametrize(
    ("sentence", "word", "value"),
    [
        # the verb's form as a noun: an article or a possessive before it
        ("He paid a visit to Leeds on Monday.", "Monday", "2025-03-10"),
        ("Trading resumed after the close on Tuesday.", "Tuesday", "2025-03-11"),
        # a hyphen makes it a word's end, not a verb ("semi-open")
        ("The only semi-open primary Tuesday was in Ohio.", "Tuesday", "2025-03-11"),
        # a verb in the past between the diary verb and the day
        ("The heads of state met on Monday.", "Monday", "2025-03-10"),
        # a plan overtaken: "had been"
        ("The offer had been due to expire Friday.", "Friday", "2025-03-07"),
        # a headline's present tells of what happened; the diary verb is read in lower case
        ("Storm Hits Coast Sunday", "Sunday", "2025-03-09"),
        # "would" after the day is the saying's, not the deed's
        ("The union said on Monday it would strike.", "Monday", "2025-03-10"),
        ("He would not resign on Friday.", "Friday", "2025-03-07"),
        # a past verb after "would" ("would offer when it announced on Monday")
        ("It said it would buy when it announced on Monday.", "Monday", "2025-03-10"),
    ],
)
def test_what_keeps_a_day_in_the_past(sentence, word, value):
    assert value_of(sentence, word) == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The festival takes place in June.", "2025-06"),  # third person: ahead
        ("We could see the deficit start down in June.", "2024-06"),  # an infinitive: no cue
        ("Flights resume in June.", "2025-06"),  # a base form right after its plural subject
        ("Schools reopen in June after the repairs.", "2025-06"),
        ("They saw prices start falling in June.", "2024-06"),  # "saw ... start": infinitive
        ("The fiscal year end is moved to June.", "2025-06"),
    ],
)
def test_a_month_takes_the_diary_present_of_a_verb_that_is_no_infinitive(sentence, value):
    assert value_of(sentence, "June") == value
