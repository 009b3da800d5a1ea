"""Property test: any text gives valid spans and well-formed values."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.time.expressions import find_time_expressions
from briefing.analysis.time.reference import RefDate

WORDS = st.sampled_from(
    "on the 27th October Oct. 27 , 2025 last next this month year week Friday night 3 p.m. "
    "two days later ago earlier the previous day quarter third fiscal 1990s mid- early "
    "every Tuesday now recently future in six years 10/27/2025 2025-10-27 $ 55 % No. "
    "1,300-kilometer spring fall half of Christmas noon night morning tonight that 20th century "
    "until quarters Easter week (GMT) at 4 in the morning . \n Mondays nights every other six "
    "weeks 0600 ET day before after as latest first three months of to June eighth today is "
    "decade will one March May 1988's period year-end since".split(" ")
)
VALUE = re.compile(
    r"^(?:PRESENT_REF|PAST_REF|FUTURE_REF|P[\dX.]+(?:Y|M|W|D|WE|Q)|PT[\dX.]+[HMS]|"
    r"(?:\d{2,4}|X{2,4})(?:-[\dA-Z]{2,3}(?:-[\dA-Z]{1,2}(?:T[\d:A-Z]+)?)?)?)$"
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(WORDS, max_size=40).map(" ".join),
    st.sampled_from(
        [RefDate(), RefDate(2025, 10, 28), RefDate(None, 10, 28), RefDate(2024, 2, 29)]
    ),
)
def test_any_text_valid_spans_and_values(text, ref):
    previous_end = 0
    for timex in find_time_expressions(text, ref):
        assert text[timex.start : timex.end] == timex.text
        assert timex.start >= previous_end
        previous_end = timex.end
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        assert VALUE.match(timex.value), timex.value
