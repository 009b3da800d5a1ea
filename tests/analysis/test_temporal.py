"""Time expressions: every family with exact TimeML values, against a fixed reference."""

from __future__ import annotations

import pytest

from briefing.analysis.time.expressions import find_time_expressions
from briefing.analysis.time.reference import RefDate

REF = RefDate(2025, 10, 28)  # a Tuesday


def timexes(text: str, ref: RefDate = REF) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_time_expressions(text, ref)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spoke on October 27 in Tokyo.", ("October 27", "DATE", "2025-10-27")),
        ("It was signed Oct. 27, 2025, in Tokyo.", ("Oct. 27, 2025", "DATE", "2025-10-27")),
        ("It was signed 27 October 2025.", ("27 October 2025", "DATE", "2025-10-27")),
        ("The filing is dated 2025-10-27.", ("2025-10-27", "DATE", "2025-10-27")),
        ("The filing is dated 10/27/2025.", ("10/27/2025", "DATE", "2025-10-27")),
        ("Talks resumed in mid-October.", ("mid-October", "DATE", "2025-10")),
        ("Output should recover in early 2026.", ("early 2026", "DATE", "2026")),
        ("Prices were low in the 1990s.", ("the 1990s", "DATE", "199")),
        ("The budget for fiscal 2025 was cut.", ("fiscal 2025", "DATE", "2025")),
        ("Profit rose in the third quarter.", ("the third quarter", "DATE", "2025-Q3")),
        ("They met Tuesday night.", ("Tuesday night", "TIME", "2025-10-28TNI")),
        ("Trading halted at 3 p.m. EST.", ("3 p.m. EST", "TIME", "2025-10-28T15:00")),
        (
            "It opened at 3 p.m. on October 27.",
            ("3 p.m. on October 27", "TIME", "2025-10-27T15:00"),
        ),
        ("They met Monday evening.", ("Monday evening", "TIME", "2025-10-27TEV")),
        ("He said so on the 27th.", ("the 27th", "DATE", "2025-10-27")),
        ("Exports fell last month.", ("last month", "DATE", "2025-09")),
        ("Exports fell this year.", ("this year", "DATE", "2025")),
        ("It closes by the end of this year.", ("the end of this year", "DATE", "2025")),
        ("The minister resigned yesterday.", ("yesterday", "DATE", "2025-10-27")),
        ("The board will meet next week.", ("next week", "DATE", "2025-W45")),
        ("Prices rose earlier this month.", ("earlier this month", "DATE", "2025-10")),
        ("The plant closed a year ago.", ("a year ago", "DATE", "2024")),
        ("Exports rose this summer.", ("this summer", "DATE", "2025-SU")),
        ("His first visit in six years.", ("six years", "DURATION", "P6Y")),
        ("The strike lasted three hours.", ("three hours", "DURATION", "PT3H")),
        ("The review takes one week.", ("one week", "DURATION", "P1W")),
        ("The market opens every Tuesday.", ("every Tuesday", "SET", "XXXX-WXX-2")),
        ("Rates are high now.", ("now", "DATE", "PRESENT_REF")),
        ("Rates rose recently.", ("recently", "DATE", "PAST_REF")),
        ("Rates may fall in the future.", ("the future", "DATE", "FUTURE_REF")),
        (
            "Demand collapsed in the second half of 2024.",
            ("the second half of 2024", "DATE", "2024-H2"),
        ),
        ("Sales were flat in Q3 2025.", ("Q3 2025", "DATE", "2025-Q3")),
        ("Shops were busy at Christmas.", ("Christmas", "DATE", "2024-12-25")),
    ],
)
def test_expression_families(text, expected):
    assert timexes(text) == [expected]


def test_weekday_in_the_future_tense_is_the_coming_one():
    assert timexes("The cabinet will meet on Friday.") == [("Friday", "DATE", "2025-10-31")]


def test_weekday_in_a_report_is_the_past_one():
    assert timexes("The cabinet met on Friday.") == [("Friday", "DATE", "2025-10-24")]


def test_anaphora_resolve_against_the_last_date_given():
    text = (
        "The talks began on October 20. Two days later they collapsed. The previous day was calm."
    )
    assert timexes(text) == [
        ("October 20", "DATE", "2025-10-20"),
        ("Two days later", "DATE", "2025-10-22"),
        ("The previous day", "DATE", "2025-10-21"),
    ]


def test_past_report_of_late_december_in_early_january_is_last_year():
    ref = RefDate(2026, 1, 3)
    assert timexes("The ministry said the deal was signed on December 30.", ref) == [
        ("December 30", "DATE", "2025-12-30")
    ]


def test_future_date_next_month_stays_in_this_year():
    assert timexes("The minister will visit on November 12.") == [
        ("November 12", "DATE", "2025-11-12")
    ]


def test_no_reference_keeps_the_year_unknown():
    ref = RefDate()
    assert timexes("He spoke on October 27. Last month he was in Rome.", ref) == [
        ("October 27", "DATE", "XXXX-10-27"),
        ("Last month", "DATE", "XXXX-XX"),
    ]


def test_mod_is_recorded():
    (timex,) = find_time_expressions("It closes by the end of this year.", REF)
    assert timex.mod == "END"


@pytest.mark.parametrize(
    "text",
    [
        "a 1,300-kilometer pipeline",
        "a $55 billion fund",
        "a 15% tariff",
        "his second term",
        "10 to 12 companies",
        "he lives at No. 10",
        "a Boeing 737 jet",
        "a 5-4 vote",
        "the COVID-19 pandemic",
        "under Section 232 of the act",
        "the G7 summit",
        "arresting 475 people",
        "about 2000 workers",
        "it may fall",
        "a quarter of the population",
        "an appeal to the 11th Circuit Court of Appeals",
        "an executive at 1st Nationwide Bank",
        "a 5th grade class",
        "Foreign Minister Jan Kavan said",
    ],
)
def test_numbers_and_names_are_not_dates(text):
    assert [t for t in timexes(text) if t[1] in ("DATE", "TIME")] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nikkei Asia mentioned on the 28th saying that", "2025-10-28"),
        ("signed on the 27th of October", "2025-10-27"),
        ("it closes on the 27th. Markets", "2025-10-27"),
        ("talks on the 26th October in Tokyo", "2025-10-26"),
    ],
)
def test_ordinal_days_are_still_dates(text, value):
    assert [t.value for t in find_time_expressions(text, REF)] == [value]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sales for the full year were $6.6 billion.", [("the full year", "2025")]),
        ("For the year, volume was flat.", [("the year", "2025")]),
        ("In the past, Russia has claimed it.", [("the past", "PAST_REF")]),
        ("the challenges of the near term.", [("the near term", "FUTURE_REF")]),
        ("Player of the Year awards", []),
    ],
)
def test_reference_years_and_vague_times(text, found):
    assert [(t.text, t.value) for t in find_time_expressions(text, REF)] == found


def test_a_year_ago_of_a_comparison_period_is_that_period():
    text = (
        "Net income for the third quarter rose 12%. In the 1988 period, the company earned "
        "$4 million. The year-ago quarter included a gain."
    )
    found = [(t.text, t.value) for t in find_time_expressions(text, RefDate(1989, 11, 2))]
    assert found == [
        ("the third quarter", "1989-Q3"),
        ("the 1988 period", "1988-Q3"),
        ("The year-ago quarter", "1988-Q3"),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a results story: a comparison of figures further on is with the year-ago quarter,
        # however far back the quarter was named ("Co." does not end a sentence)
        (
            "Acme Co. posted a second-quarter loss. The Dutch maker of Widget Co. parts, "
            "based in Delft, said sales fell to 12 million guilders from 15 million guilders "
            "a year ago.",
            [("second-quarter", "1989-Q2"), ("a year ago", "1988-Q2")],
        ),
        # figures for nine months, or no figures at all: a year, not the quarter
        (
            "Acme posted a third-quarter loss. For the nine months, it earned $2 million, "
            "down from $3 million a year earlier.",
            [("third-quarter", "1989-Q3"), ("the nine months", "P9M"), ("a year earlier", "1988")],
        ),
        (
            "Acme posted a third-quarter loss. It has 13 plants, up from seven a year ago.",
            [("third-quarter", "1989-Q3"), ("a year ago", "1988")],
        ),
        # no quarter reported before: a year
        ("Sales rose to $5 million from $4 million a year ago.", [("a year ago", "1988")]),
        # "the latest period" is the quarter the story reports
        (
            "Acme reported second-quarter net of $4 million. Sales in the latest period rose 5%.",
            [("second-quarter", "1989-Q2"), ("the latest period", "1989-Q2")],
        ),
        # a quarter reported as past is over, even when the calendar's quarter has its name
        (
            "Acme reported a decline in fourth-quarter earnings. It earned $5 million, "
            "compared with $8 million a year earlier. Sales in the latest period rose 5%.",
            [
                ("fourth-quarter", "1989-Q4"),
                ("a year earlier", "1988-Q4"),
                ("the latest period", "1989-Q4"),
            ],
        ),
        # the year-ago period the story compares with is not the quarter it reports
        (
            "Acme earned $5 million in the second quarter. In the 1988 period, it earned "
            "$3 million. Acme had expected to break even for the quarter.",
            [
                ("the second quarter", "1989-Q2"),
                ("the 1988 period", "1988-Q2"),
                ("the quarter", "1989-Q2"),
            ],
        ),
    ],
)
def test_quarters_and_a_year_ago_in_a_quarterly_results_story(text, found):
    got = [(t.text, t.value) for t in find_time_expressions(text, RefDate(1989, 11, 2))]
    assert got == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tests ran from 1991 to 1997 in Ohio.", [("1991", "1991"), ("1997", "1997")]),
        ("shootings dating back to 1994 were", [("1994", "1994")]),
        (
            "after the first nine months of 1997.",
            [("the first nine months", "P9M"), ("1997", "1997")],
        ),
        ("under the Reform Act of 1989, he said", [("1989", "1989")]),
        (
            "in 1994, 1995 and 1997 he crossed",
            [("1994", "1994"), ("1995", "1995"), ("1997", "1997")],
        ),
        ("leaders of the 1992 protests left", [("1992", "1992")]),
        ("That 1978 resolution calls for peace.", [("1978", "1978")]),
        ("up to 2000 workers", []),
        ("one of 2000 people", []),
    ],
)
def test_years_after_to_of_a_comma_or_a_determiner(text, found):
    assert [(t.text, t.value) for t in find_time_expressions(text, REF)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("a referendum next year after the vote", [("next year", "DATE", "2026")]),
        ("the year before the war", []),
        ("three days after the vote", [("three days", "DURATION", "P3D")]),
        ("CBS first reported last night that", [("last night", "TIME", "2025-10-27TNI")]),
        ("She spoke this morning.", [("this morning", "TIME", "2025-10-28TMO")]),
        ("she is a 20th century democrat", [("20th century", "DATE", "19")]),
        ("the fabled 11th-century temple", [("11th-century", "DATE", "10")]),
        ("built in the late 19th century.", [("the late 19th century", "DATE", "18")]),
    ],
)
def test_relational_phrases_nights_and_centuries(text, found):
    assert timexes(text) == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The team planned to leave Nairobi on Thursday.", "2025-10-30"),
        ("The group could arrive as early as Friday.", "2025-10-31"),
        ("Peace talks are set to resume Monday in Belfast.", "2025-11-03"),
        ("They have until Thursday to sign.", "2025-10-30"),
        ("The cabinet met Thursday.", "2025-10-23"),
        (
            "Unions planned a large demonstration in the old harbour district on Saturday.",
            "2025-11-01",
        ),
        ("The vote had been scheduled for a session on Friday.", "2025-10-24"),
    ],
)
def test_weekday_direction_from_plans_and_deadlines(text, value):
    assert [t.value for t in find_time_expressions(text, REF)] == [value]


def test_a_participle_after_be_is_not_the_past():
    ref = RefDate(1999, 2, 10)
    text = "He added that a ceremony would still be held at the summit on April 24."
    assert [t.value for t in find_time_expressions(text, ref)] == ["1999-04-24"]


def test_last_with_a_month_and_day_is_the_past_one():
    ref = RefDate(1999, 4, 19)
    text = "He was shot to death last Oct. 23 at his home."
    assert [(t.text, t.value) for t in find_time_expressions(text, ref)] == [
        ("last Oct. 23", "1998-10-23")
    ]


def test_that_year_and_that_day_refer_back():
    text = (
        "He moved to Miami in 1998. Later that year he married. The bomb went off on "
        "Oct. 23, 2001. Earlier that day he had called."
    )
    assert [(t.text, t.value) for t in find_time_expressions(text, REF)] == [
        ("1998", "1998"),
        ("Later that year", "1998"),
        ("Oct. 23, 2001", "2001-10-23"),
        ("Earlier that day", "2001-10-23"),
    ]


def test_a_forecast_quarter_is_not_what_the_year_ago_period_compares_with():
    text = (
        "Third-quarter profit fell 54%. Analysts expect losses through the third quarter of "
        "1990. In the year-ago period, the company earned $101 million."
    )
    found = [(t.text, t.value) for t in find_time_expressions(text, RefDate(1989, 10, 26))]
    assert found == [
        ("Third-quarter", "1989-Q3"),
        ("the third quarter of 1990", "1990-Q3"),
        ("the year-ago period", "1988-Q3"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "This is VOA Today.",
        "USA Today reported the figures.",
        'Baker said on ABC\'s "This Week" that talks failed.',
        "a picture from the film High Noon",
        "He told BBC Radio 4's Today programme that aid must rise.",
        "Britain was the 4th richest country but only the 11th most generous donor.",
    ],
)
def test_time_words_inside_names_are_not_dates(text):
    assert timexes(text) == []


def test_a_sentence_may_still_start_with_today():
    assert timexes("Shares rose. Today they fell.") == [("Today", "DATE", "2025-10-28")]


def test_diary_verbs_schedule_and_a_joined_day_follows():
    ref = RefDate(1987, 3, 25)  # a Wednesday
    text = "The federation meets on Monday and Tuesday in conciliation."
    assert [t.value for t in find_time_expressions(text, ref)] == ["1987-03-30", "1987-03-31"]


def test_a_deadline_in_the_past_tense_is_behind():
    ref = RefDate(1987, 3, 25)
    text = "Until Thursday, they had not called him a suspect."
    assert [t.value for t in find_time_expressions(text, ref)] == ["1987-03-19"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("during her first year at the State Department in 2009", [("2009", "DATE", "2009")]),
        ("his first month in office", []),
        ("the department requested another month", [("another month", "DURATION", "P1M")]),
    ],
)
def test_counted_periods_are_not_the_current_one(text, found):
    assert timexes(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It revised its April-June estimate.", [("April", "1987-04"), ("June", "1987-06")]),
        (
            "Exports rose from November to February.",
            [("November", "1986-11"), ("February", "1987-02")],
        ),
        ("They agreed to extend the deal to the end of May.", [("the end of May", "1987-05")]),
        ("A dividend payable April one to holders.", [("April", "1987-04")]),
        ("It corrects the period to 4th qtr from 3rd qtr.", []),
    ],
)
def test_month_ranges_deadlines_and_payment_dates(text, found):
    ref = RefDate(1987, 3, 20)
    assert [(t.text, t.value) for t in find_time_expressions(text, ref)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Scorers: Hartson (12th, 56th and 83rd minutes), Young (24th)", []),
        ("a boost in the second half of September", [("September", "1996-09")]),
        (
            "talks between the 26th and 28th of October",
            [("the 26th", "1996-10-26"), ("28th of October", "1996-10-28")],
        ),
        ("It was signed on the 27th.", [("the 27th", "1996-08-27")]),
    ],
)
def test_ordinals_that_count_and_days_that_share_a_month(text, found):
    ref = RefDate(1996, 8, 30)
    assert [(t.text, t.value) for t in find_time_expressions(text, ref)] == found


def test_since_a_month_is_behind_and_by_a_month_is_ahead():
    text = "Shares have halved since August, as the thrift would be forced to sell."
    assert [t.value for t in find_time_expressions(text, RefDate(1989, 10, 26))] == ["1989-08"]
    text = "Qantas will double its flights to India by August."
    assert [t.value for t in find_time_expressions(text, RefDate(1998, 2, 13))] == ["1998-08"]


def test_previously_planned_is_not_a_plan_ahead():
    text = "Mr. Bush let the offensive begin as previously planned Saturday night."
    found = find_time_expressions(text, RefDate(1991, 2, 25))
    assert [t.value for t in found] == ["1991-02-23TNI"]


@pytest.mark.parametrize(
    ("text", "ref", "found"),
    [
        (
            "Sales in the current fiscal year will rise.",
            (1989, 10, 26),
            [("the current fiscal year", "1989")],
        ),
        ("Staff will be cut by year-end.", (1989, 10, 26), [("year-end", "1989")]),
        ("Net income at year-end rose 5%.", (1990, 2, 10), [("year-end", "1989")]),
    ],
)
def test_fiscal_years_and_year_ends(text, ref, found):
    assert [(t.text, t.value) for t in find_time_expressions(text, RefDate(*ref))] == found


def test_the_next_day_far_from_any_date_is_not_resolved():
    filler = "The talks went on without a break and nobody left the room. " * 8
    text = "The talks began on October 20. " + filler + "The next day they collapsed."
    assert [(t.text, t.value) for t in find_time_expressions(text, REF)] == [
        ("October 20", "2025-10-20")
    ]
    assert timexes("The previous day was calm.") == []


def test_days_later_with_no_date_near_is_only_a_length_of_time():
    assert timexes("Three days later, he left the party.") == [
        ("Three days later", "DURATION", "P3D")
    ]


@pytest.mark.parametrize(
    ("text", "ref", "found"),
    [
        # a weekday followed by its date is one expression, that date, not the last such
        # weekday; with a part of the day it is that date's
        (
            "The council wrote in a letter on Monday, Nov. 3: the plan stands.",
            RefDate(2025, 11, 2),
            [("Monday, Nov. 3", "2025-11-03")],
        ),
        (
            "The mill burned on the night of Friday, Oct. 10, 2025.",
            REF,
            [("Friday, Oct. 10, 2025", "2025-10-10")],
        ),
        ("Funds left Friday Oct. 10 alone.", REF, [("Friday Oct. 10", "2025-10-10")]),
        ("It opens on Thursday 6 November.", REF, [("Thursday 6 November", "2025-11-06")]),
        (
            "Shots rang out on Monday night, Oct. 6.",
            REF,
            [("Monday night", "2025-10-06TNI"), ("Oct. 6", "2025-10-06")],
        ),
        # a fronted weekday whose clause plans ahead lies ahead; a past plan does not
        (
            "On Thursday, the union plans to hold a rally downtown.",
            REF,
            [("Thursday", "2025-10-30")],
        ),
        (
            "On Thursday, the union planned to hold a rally downtown.",
            REF,
            [("Thursday", "2025-10-23")],
        ),
        # "had been scheduled to" is no plan ahead
        (
            "The offer had been scheduled to expire at midnight Friday.",
            RefDate(2025, 10, 27),
            [("midnight Friday", "2025-10-24T24:00")],
        ),
        # "the following Monday": the Monday after the date just given; with none, no date
        (
            "Talks opened on Oct. 22. The following Monday, they broke down.",
            REF,
            [("Oct. 22", "2025-10-22"), ("The following Monday", "2025-10-27")],
        ),
        ("Shares fell 4% from the previous Friday.", REF, []),
    ],
)
def test_weekdays_named_dates_fronted_plans_and_old_schedules(text, ref, found):
    assert [(t.text, t.value) for t in find_time_expressions(text, ref)] == found


@pytest.mark.parametrize(
    ("text", "ref", "values"),
    [
        # "since shortly after the Oct. 9 fire": the last October 9
        (
            "Police have searched since shortly after the Oct. 9 fire.",
            RefDate(2026, 5, 6),
            ["2025-10-09"],
        ),
        # "this year through August": this year's August
        ("Sales rose this year through August.", RefDate(2025, 10, 28), ["2025", "2025-08"]),
        # a possessive month after "to" is no deadline ahead
        ("A small revision to December's payrolls followed.", RefDate(2026, 2, 6), ["2025-12"]),
        # a past participle right before the date: the past
        ("Notes issued July 1 will pay less interest.", RefDate(2025, 10, 28), ["2025-07-01"]),
        # an agreement to act before the date: the act lies ahead
        ("The firm agreed to buy the mill for $9 million in February.", REF, ["2026-02"]),
        ("In February, the firm agreed to buy the mill.", REF, ["2025-02"]),
        # a present passive schedules: "when the case is heard in May" is the next May
        ("The family stays put while the case is heard in May.", RefDate(2026, 3, 29), ["2026-05"]),
    ],
)
def test_month_direction_from_since_through_participles_and_agreements(text, ref, values):
    assert [t.value for t in find_time_expressions(text, ref)] == values


def test_a_month_before_a_spelled_out_year_is_one_date():
    found = find_time_expressions("January nineteen ninety-seven. Atlanta again.", REF)
    assert [(t.text, t.value) for t in found] == [("January nineteen ninety-seven", "1997-01")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Prices soared in the nineties.", [("the nineties", "199")]),
        ("It began in the late eighties.", [("the late eighties", "198")]),
        ("Rates fell in the last half of the '80s.", [("the '80s", "198")]),
        ("Output fell in the last half of 2024.", [("the last half of 2024", "2024-H2")]),
        ("A man in his sixties was hurt.", []),
        ("Highs will be in the upper sixties.", []),
    ],
)
def test_decades_in_words_and_the_last_half(text, found):
    assert [(t.text, t.value) for t in find_time_expressions(text, REF)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a fiscal year closing on a date is a twelve-month span; "for the year" is this one
        (
            "Net rose 5% for the year ended March 31.",
            [("the year", "DURATION", "P1Y"), ("March 31", "DATE", "2025-03-31")],
        ),
        ("For the year, volume was flat.", [("the year", "DATE", "2025")]),
        # the quarter that closed on a date, no quarter named before: the calendar quarter
        # holding most of its months
        (
            "In the quarter ended July 31, sales fell.",
            [("the quarter", "DATE", "2025-Q2"), ("July 31", "DATE", "2025-07-31")],
        ),
        ("Prices rose in recent weeks.", [("recent weeks", "DURATION", "PXW")]),
        ("It will hire in the coming months.", [("the coming months", "DURATION", "PXM")]),
        ("Rents climbed in recent years.", [("recent years", "DATE", "PAST_REF")]),
    ],
)
def test_periods_that_close_on_a_date_and_recent_spans(text, found):
    assert timexes(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Sales should recover in next year's first quarter.",
            [("next year's first quarter", "2026-Q1")],
        ),
        ("Net fell from last year's third quarter.", [("last year's third quarter", "2024-Q3")]),
        (
            "Sales rose in the second quarter. That quarter was strong.",
            [("the second quarter", "2025-Q2"), ("That quarter", "2025-Q2")],
        ),
        ("He said that third-quarter profit grew.", [("third-quarter", "2025-Q3")]),
        ("They met a week or so ago.", [("a week or so ago", "2025-W43")]),
    ],
)
def test_quarters_of_a_named_year_that_quarter_and_or_so(text, found):
    assert [(t.text, t.value) for t in find_time_expressions(text, REF)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Shares fell in mid-afternoon yesterday.", [("mid-afternoon yesterday", "2025-10-27TAF")]),
        ("The talks broke up late evening tomorrow.", [("late evening tomorrow", "2025-10-29TEV")]),
        ("Hearings start the week of Nov. 10.", [("the week of Nov. 10", "2025-W46")]),
        ("It was the week's busiest session.", [("the week", "2025-WXX")]),
        ("The current rules expire.", [("current", "PRESENT_REF")]),
        ("The then-current chief resigned.", [("then-current", "PAST_REF")]),
        ("The current account deficit widened.", []),
        ("He wants to reach 1600 Pennsylvania Avenue.", []),
        ("He ran 21st Century Fox for years.", []),
        ("Rates may fall in the near future.", [("the near future", "FUTURE_REF")]),
    ],
)
def test_parts_of_yesterday_weeks_and_the_present(text, found):
    assert [(t.text, t.value) for t in find_time_expressions(text, REF)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the other day of a range in one month is a date of its own
        (
            "The summit will be held on April 24 and 25.",
            [("April 24", "DATE", "2026-04-24"), ("25", "DATE", "2026-04-25")],
        ),
        (
            "Talks will run April 24-26 in Oslo.",
            [("April 24", "DATE", "2026-04-24"), ("26", "DATE", "2026-04-26")],
        ),
        (
            "Talks will run on 24 and 25 April.",
            [("24", "DATE", "2026-04-24"), ("25 April", "DATE", "2026-04-25")],
        ),
        # but not a figure, a second day before the first or a day the month lacks
        ("Rates rose on April 24 and 25 percent fell.", [("April 24", "DATE", "2025-04-24")]),
        ("The vote on May 3-2 failed.", [("May 3", "DATE", "2026-05-03")]),
        ("It will close June 30 and 31 more open.", [("June 30", "DATE", "2026-06-30")]),
        # years after pre- and post-; counts spelled out; every July; quarter-to-quarter
        ("the post-1959 politics", [("1959", "DATE", "1959")]),
        ("Output is back at pre-1990 levels.", [("1990", "DATE", "1990")]),
        ("Families kept the secret for two thousand years.", []),
        (
            "By the year two thousand has now been dropped.",
            [
                ("the year two thousand", "DATE", "2000"),
                ("now", "DATE", "PRESENT_REF"),
            ],
        ),
        ("Bands march each July through the town.", [("July", "SET", "XXXX-07")]),
        ("The quarter-to-quarter comparison was weak.", []),
        (
            "Net for the year-earlier nine months included a gain.",
            [("the year-earlier nine months", "DURATION", "P9M")],
        ),
    ],
)
def test_day_ranges_prefixed_years_counts_and_every_month(text, found):
    assert timexes(text, RefDate(2026, 2, 10)) == found


def test_the_other_day_of_a_range_without_a_year():
    assert timexes("The summit will be held on April 24 and 25.", RefDate()) == [
        ("April 24", "DATE", "XXXX-04-24"),
        ("25", "DATE", "XXXX-04-25"),
    ]
    assert timexes("It closed on February 28 and 29.", RefDate(2025, 3, 1)) == [
        ("February 28", "DATE", "2025-02-28"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # halves and compound numbers: the part below the unit in the next unit down
        ("It lasted 5 1/2 hours.", ("5 1/2 hours", "DURATION", "PT5H30M")),
        ("He served 2 1/2 years.", ("2 1/2 years", "DURATION", "P2Y6M")),
        ("a minute and a half", ("a minute and a half", "DURATION", "PT1M30S")),
        ("one and a half years", ("one and a half years", "DURATION", "P1Y6M")),
        ("half an hour", ("half an hour", "DURATION", "PT30M")),
        ("half a year", ("half a year", "DURATION", "P6M")),
        ("1.5 days", ("1.5 days", "DURATION", "P1DT12H")),
        ("two and a half weeks", ("two and a half weeks", "DURATION", "P2W3.5D")),
        ("2\u00bd months", ("2\u00bd months", "DURATION", "P2M15D")),
        ("a decade and a half", ("a decade and a half", "DURATION", "P15Y")),
        ("the last twenty four hours", ("the last twenty four hours", "DURATION", "PT24H")),
        ("twenty-four hours", ("twenty-four hours", "DURATION", "PT24H")),
        ("a 10-year-long fight", ("10-year-long", "DURATION", "P10Y")),
    ],
)
def test_durations_with_halves_and_compound_numbers(text, expected):
    assert timexes(text) == [expected]


def test_an_age_is_not_a_time_expression():
    assert timexes("The 6-year-old and his 44-year-old uncle met a 6-month-old.") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "later" counts from the year the text gave near it, never from the story's date
        (
            "In 2002 the law passed. Two years later, it was amended.",
            [("2002", "DATE", "2002"), ("Two years later", "DATE", "2004")],
        ),
        (
            "They planned a rewrite. Thirteen years later, it might get done.",
            [("Thirteen years later", "DURATION", "P13Y")],
        ),
        ("Six months later he resigned.", [("Six months later", "DURATION", "P6M")]),
        # "a year earlier" with no date near is the year before the story's
        ("Sales rose 5% from a year earlier.", [("a year earlier", "DATE", "2014")]),
    ],
)
def test_years_later_count_from_a_year_the_text_gave(text, found):
    assert timexes(text, RefDate(2015, 11, 30)) == found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the spans TimeML gives: no possessive, no "in" or "over" before "the past", no
        # "the" before a hyphened modifier
        ("Voters rejected it in Sunday's vote.", "Sunday"),
        ("Voters rejected it in Sunday\u2019s vote.", "Sunday"),
        ("Sales rose over the past four months.", "the past four months"),
        ("It posted the third-quarter results.", "third-quarter"),
        ("Talks set for the late-November summit.", "late-November"),
        ("Prices fell in the past.", "the past"),
        ("It began nearly four years ago.", "nearly four years ago"),
        ("It will last at least 72 hours.", "at least 72 hours"),
        ("It lasted about two hours.", "two hours"),
    ],
)
def test_spans_as_timeml_draws_them(text, span):
    assert [t.text for t in find_time_expressions(text, REF)] == [span]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a clock time takes the weekday after its bracketed other zone
        (
            "The blast came at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
            [("10:35 a.m.", "TIME", "2025-10-24T10:35"), ("Friday", "DATE", "2025-10-24")],
        ),
        # "at 4 in the morning" is a clock time; "scored 4 in the morning session" is not
        (
            "He said on Tuesday that he will leave at 4 in the morning.",
            [("Tuesday", "DATE", "2025-10-28"), ("4 in the morning", "TIME", "2025-10-28T04:00")],
        ),
        (
            "The flight left at 9 in the evening.",
            [("9 in the evening", "TIME", "2025-10-28T21:00")],
        ),
        ("She scored 4 in the morning session.", []),
        # or the weekday in brackets after it
        (
            "He will leave at 4 in the morning (4 a.m. EDT Thursday), he said.",
            [
                ("4 in the morning", "TIME", "2025-10-30T04:00"),
                ("4 a.m. EDT Thursday", "TIME", "2025-10-30T04:00"),
            ],
        ),
        # "later in the day" is the day the text tells of: the date given last, or the story's
        ("He arrived in Philadelphia later in the day.", [("the day", "DATE", "2025-10-28")]),
        (
            "On Oct. 3 he spoke. Earlier in the day, he ate.",
            [("Oct. 3", "DATE", "2025-10-03"), ("the day", "DATE", "2025-10-03")],
        ),
        ("The day was long.", []),
        # a decision or a vote to act puts the month of the act ahead
        (
            "NATO has decided to admit three states in early March, an official said.",
            [("early March", "DATE", "2026-03")],
        ),
        # "a few days later" after a month is how long, not a future moment
        (
            "In January the chief left. A few days later, earnings fell.",
            [("January", "DATE", "2025-01"), ("A few days later", "DURATION", "PXD")],
        ),
        # the past decade or century is a span up to now, not the decade before this one
        ("Prices doubled over the past decade.", [("the past decade", "DURATION", "P10Y")]),
        ("It was the worst of the past century.", [("the past century", "DURATION", "P100Y")]),
        ("Demand is weak, as in past years.", [("past years", "DATE", "PAST_REF")]),
        ("Profit will grow in coming quarters.", [("coming quarters", "DATE", "FUTURE_REF")]),
        ("It lost money in the past two quarters.", [("the past two quarters", "DURATION", "P2Q")]),
        ("Three quarters of the members and three-quarters of voters agreed.", []),
        ("Margins may shrink in future quarters.", [("future quarters", "DATE", "FUTURE_REF")]),
        # "the following month" counts from the month the text gave last
        (
            "In March, it got an offer from a group. The following month, it was put up for sale.",
            [("March", "DATE", "2025-03"), ("The following month", "DATE", "2025-04")],
        ),
    ],
)
def test_clock_days_intents_vague_later_spans_and_following_months(text, found):
    assert timexes(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Net fell in the third quarter. Sales for last year's quarter were $3 million.",
            [("the third quarter", "DATE", "2025-Q3"), ("last year's quarter", "DATE", "2024-Q3")],
        ),
        (
            "Net fell in the third quarter, against $3 million for the corresponding period "
            "last year.",
            [
                ("the third quarter", "DATE", "2025-Q3"),
                ("the corresponding period last year", "DATE", "2024-Q3"),
            ],
        ),
        (
            "Net fell in the third quarter, from $2 million in the quarter a year ago.",
            [
                ("the third quarter", "DATE", "2025-Q3"),
                ("the quarter a year ago", "DATE", "2024-Q3"),
            ],
        ),
        (
            "Net rose in the third quarter from the comparable period.",
            [
                ("the third quarter", "DATE", "2025-Q3"),
                ("the comparable period", "DATE", "2024-Q3"),
            ],
        ),
    ],
)
def test_the_year_ago_quarter_in_other_words(text, found):
    assert timexes(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "this quarter's" results are the quarter the story reports; plain "this quarter" is
        # the calendar's
        (
            "Net fell in the third quarter. This quarter's loss includes charges.",
            [("the third quarter", "DATE", "2025-Q3"), ("This quarter", "DATE", "2025-Q3")],
        ),
        (
            "Net fell in the third quarter. It expects a profit this quarter.",
            [("the third quarter", "DATE", "2025-Q3"), ("this quarter", "DATE", "2025-Q4")],
        ),
        # an earlier quarter named in passing does not become the story's quarter...
        (
            "Net rose in the third quarter. After a flat second quarter, sales rose from a "
            "year ago.",
            [
                ("the third quarter", "DATE", "2025-Q3"),
                ("second quarter", "DATE", "2025-Q2"),
                ("a year ago", "DATE", "2024-Q3"),
            ],
        ),
        # ...but "that quarter" is the one named last
        (
            "Net rose in the third quarter. The second quarter was flat; sales fell in that "
            "quarter.",
            [
                ("the third quarter", "DATE", "2025-Q3"),
                ("The second quarter", "DATE", "2025-Q2"),
                ("that quarter", "DATE", "2025-Q2"),
            ],
        ),
    ],
)
def test_this_quarters_results_and_quarters_named_in_passing(text, found):
    assert timexes(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It is for today's youth what the blockade was.", []),
        ("He would have chosen the people of tomorrow.", []),
        ("Many of today's personal computers use it.", []),
        ("Today's vote was close.", [("Today", "DATE", "2025-10-28")]),
        ("Tomorrow's meeting is off.", [("Tomorrow", "DATE", "2025-10-29")]),
        ("It matters to the future of our peoples.", []),
    ],
)
def test_today_and_the_future_in_general_are_no_time(text, found):
    assert timexes(text) == found


def test_the_past_week_is_the_seven_days_up_to_the_story_and_last_week_the_one_before():
    friday = RefDate(2025, 10, 31)
    assert timexes("Prices rose over the past week.", friday) == [
        ("the past week", "DATE", "2025-W44")
    ]
    assert timexes("Prices rose last week.", friday) == [("last week", "DATE", "2025-W43")]
    assert timexes("Prices rose over the past week.") == [("the past week", "DATE", "2025-W43")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Pilgrims came during Easter week.", [("Easter week", "DATE", "2000-W16")]),
        ("He will be back after Easter.", [("Easter", "DATE", "2000-04-23")]),
        (
            "Shops shut on Good Friday and Easter Monday.",
            [("Good Friday", "DATE", "2000-04-21"), ("Easter Monday", "DATE", "2000-04-24")],
        ),
        ("The Easter weekend was busy.", [("Easter weekend", "DATE", "2000-W16-WE")]),
        ("Easter Island is far, and the Easter Rising was in 1916.", [("1916", "DATE", "1916")]),
        (
            "It began in the winter of nineteen ninety-four.",
            [("the winter of nineteen ninety-four", "DATE", "1994-WI")],
        ),
    ],
)
def test_easter_moves_with_the_year(text, found):
    assert timexes(text, RefDate(2000, 4, 17)) == found


def test_easter_in_other_years():
    assert timexes("It reopens at Easter.", RefDate(2026, 1, 10)) == [
        ("Easter", "DATE", "2026-04-05")
    ]
    assert timexes("It closed at Easter.", RefDate(2024, 9, 1)) == [
        ("Easter", "DATE", "2024-03-31")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the month just gone is "last month": "last September" in October is a year back
        ("Two helicopters crashed last September.", [("last September", "DATE", "2024-09")]),
        ("The plan was signed last August.", [("last August", "DATE", "2025-08")]),
        (
            "They met the day before last Tuesday.",
            [("the day before last Tuesday", "DATE", "2025-10-20")],
        ),
        (
            "Shops reopen the day after Christmas.",
            [("the day after Christmas", "DATE", "2025-12-26")],
        ),
        (
            "Losses last through the first two quarters of 2026.",
            [("first two quarters of 2026", "DATE", "2026-H1")],
        ),
        ("Sales fell in the last two quarters.", [("the last two quarters", "DURATION", "P2Q")]),
        (
            "The dividend is twice as high this year as last.",
            [("this year", "DATE", "2025"), ("last", "DATE", "2024")],
        ),
        (
            "Sales are higher this month than last.",
            [("this month", "DATE", "2025-10"), ("last", "DATE", "2025-09")],
        ),
        ("He finished last.", []),
        ("The vote will be held at a later date.", [("a later date", "DATE", "FUTURE_REF")]),
        ("Islam will one day be the second religion.", [("one day", "DATE", "FUTURE_REF")]),
        ("He had been in the job one day.", [("one day", "DURATION", "P1D")]),
        ("It ended almost two years ago.", [("almost two years ago", "DATE", "2023")]),
        ("The index is down 4% since year-end.", [("year-end", "DATE", "2024")]),
        ("The cut follows the recently passed law.", [("recently", "DATE", "PAST_REF")]),
        ("Protests grew in the past three summers.", []),
    ],
)
def test_neighbouring_days_halves_in_quarters_and_elided_units(text, found):
    assert timexes(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The shop is closed on Mondays.", [("Mondays", "SET", "XXXX-WXX-1")]),
        ("She sings on Sunday mornings.", [("Sunday mornings", "SET", "XXXX-WXX-7TMO")]),
        (
            "Flights leave on Monday and Tuesday nights.",
            [("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")],
        ),
        (
            "He left on Monday and Tuesday.",
            [("Monday", "DATE", "2025-10-27"), ("Tuesday", "DATE", "2025-10-28")],
        ),
        ("He spoke on Monday night.", [("Monday night", "TIME", "2025-10-27TNI")]),
    ],
)
def test_plural_weekdays_are_every_such_day(text, found):
    assert timexes(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The March accession will follow.", [("March", "DATE", "2026-03")]),
        ("Turnout fell after the May elections.", [("May", "DATE", "2025-05")]),
        ("The March of Dimes and the May government met.", []),
        (
            "Shares fell after Oct. 12, the day before the crash.",
            [("Oct. 12", "DATE", "2025-10-12"), ("the day", "DATE", "2025-10-12")],
        ),
        (
            "Shares fell on Oct. 12. The day before the crash, they rose.",
            [("Oct. 12", "DATE", "2025-10-12")],
        ),
    ],
)
def test_a_month_before_a_noun_and_the_day_in_apposition_to_a_date(text, found):
    assert timexes(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "In Kosovo, today is the eighth day of the offensive.",
            [("today", "DATE", "2025-10-28"), ("the eighth day", "DATE", "2025-10-28")],
        ),
        ("It's the second day of the strike.", [("the second day", "DATE", "2025-10-28")]),
        ("He will act on the first day of his term.", []),
        # "the latest" year, month or week is the last one closed
        ("Sales rose in the latest fiscal year.", [("the latest fiscal year", "DATE", "2024")]),
        ("Reserves rose in the latest week.", [("the latest week", "DATE", "2025-W43")]),
        ("It was the latest day yet.", []),
        # "the 1988 period" is the span its sentence reports, a quarter only if that is one
        (
            "Net rose in the third quarter. In the first nine months, net was $3 million, "
            "against $1 million in the 2024 period.",
            [
                ("the third quarter", "DATE", "2025-Q3"),
                ("the first nine months", "DURATION", "P9M"),
                ("the 2024 period", "DATE", "2024"),
            ],
        ),
        (
            "Net rose in the third quarter to $3 million from $1 million in the 2024 period.",
            [("the third quarter", "DATE", "2025-Q3"), ("the 2024 period", "DATE", "2024-Q3")],
        ),
        ("He left the following Monday.", []),
    ],
)
def test_the_nth_day_of_an_event_today_and_the_latest_year(text, found):
    assert timexes(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The bank meets every six weeks.", [("every six weeks", "SET", "P6W")]),
        ("The paper comes out every other week.", [("every other week", "SET", "P2W")]),
        ("Prices are reviewed every few weeks.", []),
        (
            "It reopens at 9:30 a.m. ET on Friday.",
            [("9:30 a.m. ET on Friday", "TIME", "2025-10-31T09:30")],
        ),
        ("He called at 3 p.m. AT&T said.", [("3 p.m.", "TIME", "2025-10-28T15:00")]),
        ("The ceasefire began at 0600 GMT.", [("0600 GMT", "TIME", "2025-10-28T06:00")]),
        (
            "It blew at 10:35 a.m. (0735 GMT) Friday.",
            [("10:35 a.m.", "TIME", "2025-10-24T10:35"), ("Friday", "DATE", "2025-10-24")],
        ),
        ("In 1945 GMT was the rule.", [("1945", "DATE", "1945")]),
        (
            "Growth slowed to 1.5% in the year to June.",
            [("the year", "DURATION", "P1Y"), ("June", "DATE", "2025-06")],
        ),
        (
            "The deal closes in the second half of the year.",
            [("the second half of the year", "DATE", "2025-H2")],
        ),
        (
            "Profit fell in the first three months of the year.",
            [("first three months of the year", "DATE", "2025-Q1")],
        ),
        (
            "Sales rose in the first six months of 2024.",
            [("first six months of 2024", "DATE", "2024-H1")],
        ),
        ("Sales rose in the first three months.", [("the first three months", "DURATION", "P3M")]),
    ],
)
def test_sets_of_many_periods_wire_times_and_parts_of_a_year(text, found):
    assert timexes(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The 90-day review ends in June.",
            [("90-day", "DURATION", "P90D"), ("June", "DATE", "2026-06")],
        ),
        ("The law takes effect in March.", [("March", "DATE", "2026-03")]),
        ("The lease expires in January.", [("January", "DATE", "2026-01")]),
        ("The lease was signed in January.", [("January", "DATE", "2025-01")]),
        ("Over the next decade, spending will rise.", [("the next decade", "DURATION", "P10Y")]),
    ],
)
def test_a_month_a_schedule_names_lies_ahead_and_the_next_decade_is_a_span(text, found):
    assert timexes(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "opened" right before the day outweighs a plan later in the sentence
        (
            "The trial opened Monday and is expected to last six weeks.",
            [("Monday", "DATE", "2025-10-27"), ("six weeks", "DURATION", "P6W")],
        ),
        ("The vote will be held Thursday.", [("Thursday", "DATE", "2025-10-30")]),
        # a past verb after "as soon as" tells of a day ahead of the one it was said on
        (
            "He said they would buy as soon as trading opened Thursday and is set to sign.",
            [("Thursday", "DATE", "2025-10-30")],
        ),
        ("Talks could last weeks.", []),
        ("In the last six weeks, prices fell.", [("the last six weeks", "DURATION", "P6W")]),
    ],
)
def test_last_as_a_verb_and_a_past_verb_before_a_weekday(text, found):
    assert timexes(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "It lost $3 million in 2024's fourth quarter.",
            [("2024's fourth quarter", "DATE", "2024-Q4")],
        ),
        (
            "Exports fell from 5,500 in the equivalent 2024 period.",
            [("2024 period", "DATE", "2024")],
        ),
        (
            "Net rose in the third quarter from the 2024 period.",
            [("the third quarter", "DATE", "2025-Q3"), ("the 2024 period", "DATE", "2024-Q3")],
        ),
    ],
)
def test_a_year_written_before_a_quarter_or_a_period(text, found):
    assert timexes(text) == found


def test_a_quarter_still_ahead_of_the_story_is_last_years_unless_the_text_looks_ahead():
    march = RefDate(1987, 3, 11)
    assert timexes("The fourth quarter charges included a write-off.", march) == [
        ("The fourth quarter", "DATE", "1986-Q4")
    ]
    assert timexes("Sales will rise in the fourth quarter.", march) == [
        ("the fourth quarter", "DATE", "1987-Q4")
    ]


def test_a_verb_ending_in_eed_or_after_a_modal_is_no_past_report():
    assert timexes("The trial will proceed Thursday.") == [("Thursday", "DATE", "2025-10-30")]
    assert timexes("They agreed to meet Thursday.") == [("Thursday", "DATE", "2025-10-30")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "It earned $3 million in its fiscal third quarter ended Sept. 30.",
            [("fiscal third quarter", "DATE", "2025-Q3"), ("Sept. 30", "DATE", "2025-09-30")],
        ),
        ("Sales in the April-June quarter fell.", [("the April-June quarter", "DATE", "2025-Q2")]),
        ("Costs rose in the February-April period.", []),
        ("This past weekend, thousands marched.", [("This past weekend", "DATE", "2025-W43-WE")]),
    ],
)
def test_fiscal_quarters_that_close_on_a_date_month_quarters_and_this_past_weekend(text, found):
    assert timexes(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It cut its quarterly dividend.", []),
        ("The reserve will be adjusted quarterly and published.", [("quarterly", "SET", "P3M")]),
        ("It is reviewed on a quarterly basis.", [("quarterly", "SET", "P3M")]),
        ("The Communist Party daily Granma said so.", []),
        ("The government holds rallies almost daily.", [("daily", "SET", "P1D")]),
    ],
)
def test_quarterly_before_a_noun_is_its_kind_and_a_daily_newspaper_no_time(text, found):
    assert timexes(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the verb "last" points nowhere; "will" does
        ("The talks will last until Friday.", ("Friday", "DATE", "2025-10-31")),
        # a verb in the past before "until" tells of a day gone
        ("The meeting lasted until Friday.", ("Friday", "DATE", "2025-10-24")),
        ("He stayed in Paris until Sunday.", ("Sunday", "DATE", "2025-10-26")),
        # ... unless it points ahead: "delayed until", or is a passive to come
        ("The vote was delayed until Friday.", ("Friday", "DATE", "2025-10-31")),
        ("The shops will be closed until Friday.", ("Friday", "DATE", "2025-10-31")),
        # a participle after "be" is no past: the month to come is next year's
        ("The deal will be signed in February.", ("February", "DATE", "2026-02")),
        ("The deal was signed in February.", ("February", "DATE", "2025-02")),
        ("Shares issued in December rose.", ("December", "DATE", "2024-12")),
        # a month said to come cannot be one wholly gone
        ("The plant will reopen in September.", ("September", "DATE", "2026-09")),
        ("The plant will reopen in November.", ("November", "DATE", "2025-11")),
    ],
)
def test_the_tense_of_the_clause_places_a_day_or_a_month(text, found):
    assert timexes(text) == [found]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The fire broke out on October 3. The day before, it was hot.",
            [("October 3", "DATE", "2025-10-03"), ("The day before", "DATE", "2025-10-02")],
        ),
        (
            "The vote was on October 3. He left the day after.",
            [("October 3", "DATE", "2025-10-03"), ("the day after", "DATE", "2025-10-04")],
        ),
        (
            "The vote was on October 3. The night before, crowds gathered.",
            [("October 3", "DATE", "2025-10-03"), ("The night before", "TIME", "2025-10-02TNI")],
        ),
        # "before" that opens a phrase is the phrase's: no date names the vote's day
        ("He left the day before the vote.", []),
        ("Exports rose 20% in 2019 over the previous year.",
         [("2019", "DATE", "2019"), ("the previous year", "DATE", "2018")]),
        # a year given by "last year" is the one "the year before" is counted from
        ("Cargo rose last year, against 9 million tonnes the year before.",
         [("last year", "DATE", "2024"), ("the year before", "DATE", "2023")]),
        # a month given after the day last given is the one "the previous month" follows
        ("On October 20, the bank said output fell in August from the previous month.",
         [("October 20", "DATE", "2025-10-20"), ("August", "DATE", "2025-08"),
          ("the previous month", "DATE", "2025-07")]),
        ("He spoke at 10:30 GMT on Monday.", [("10:30 GMT on Monday", "TIME", "2025-10-27T10:30")]),
        # the month or day just given, a year back, is one expression
        ("Sales in August rose 5% from the same month last year.",
         [("August", "DATE", "2025-08"), ("the same month last year", "DATE", "2024-08")]),
        ("Sales on October 3 beat the same day a year earlier.",
         [("October 3", "DATE", "2025-10-03"),
          ("the same day a year earlier", "DATE", "2024-10-03")]),
    ],
)  # fmt: skip
def test_a_day_or_year_next_to_the_one_last_given(text, found):
    assert timexes(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("TOKYO, Mar 25 - The bank held rates.", [("Mar 25", "DATE", "2025-03-25")]),
        ("Jun 5th was hot.", [("Jun 5th", "DATE", "2025-06-05")]),
        ("Mar is a name, and so is Jun Xu.", []),  # no day after it: no month
        # a decimal after a month is a figure in a table, not a day
        ("Exports: Feb 32.9, Apr 6.3, total 80.8.",
         [("Feb", "DATE", "2025-02"), ("Apr", "DATE", "2025-04")]),
    ],
)  # fmt: skip
def test_a_month_written_short_before_a_day(text, found):
    assert timexes(text) == found


def test_a_clock_on_a_weekday_in_an_undated_story_keeps_the_weekday():
    text = "At 0619 GMT on Tuesday the dollar rose; polls opened at 7 a.m. on Sunday."
    assert timexes(text, RefDate()) == [
        ("0619 GMT on Tuesday", "TIME", "XXXX-WXX-2T06:19"),
        ("7 a.m. on Sunday", "TIME", "XXXX-WXX-7T07:00"),
    ]
