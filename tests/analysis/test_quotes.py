"""Quotes in the seed and in written text: speakers, cues, scare quotes, reported claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis.pipeline import build_corpus
from briefing.ingest import parse_article


@pytest.fixture(scope="module")
def seed(seed_article):
    corpus = build_corpus([seed_article], default_date="2025-10-28")
    return corpus.articles[0]


def quote_starting(article, words, kind):
    (found,) = [
        q for q in article.quotes if q.kind == kind and q.text.lstrip('"').startswith(words)
    ]
    return found


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("critical to national security", "per:rutherford"),
        ("This is a huge project. Who can take it?", "per:rutherford"),
        ("For companies investing in the U.S.", "per:rutherford"),
        ("The mission of Taro Kishida", "org:nikkei-asia"),
    ],
)
def test_seed_direct_quotes(seed, words, speaker):
    assert quote_starting(seed, words, "direct").speaker == speaker


@pytest.mark.parametrize(
    ("words", "speaker", "speaker_text"),
    [
        ("Trump tried to use tariff pressure", "org:financial-times", "the Financial Times"),
        ("the two leaders signed a pact", "org:associated-press", "Associated Press"),
        ("Japan and the U.S. will also sign", "org:reuters", "Reuters"),
        ("the $55 billion investment amount exceeds", "org:new-york-times", "the New York Times"),
        (
            "if it weren't for the pressure",
            None,
            "Japanese business people and South Korean officials",
        ),
    ],
)
def test_seed_reported_claims(seed, words, speaker, speaker_text):
    quote = quote_starting(seed, words, "reported")
    assert (quote.speaker, quote.speaker_text) == (speaker, speaker_text)
    assert seed.body[quote.start : quote.end] == quote.text


def test_scare_quotes_and_names_are_not_quotes(seed):
    texts = [q.text for q in seed.quotes if q.kind == "direct"]
    for scare in ('"golden era"', '"Investment Committee"', '"joint investment"'):
        assert scare not in texts
    assert len(texts) == 4


def test_the_partial_quote_is_flagged(seed):
    assert quote_starting(seed, "critical to national", "direct").partial
    assert not quote_starting(seed, "This is a huge", "direct").partial


def quotes_of(text):
    article = parse_article(text, Path("a.txt"), "a")
    return build_corpus([article], default_date="2025-01-10").articles[0].quotes


def test_pronoun_speaker_and_curly_quotes():
    (quote,) = quotes_of(
        "Governor Ana Reyes spoke in Lima on Monday.\n"
        "\u201cWe will not back down on the mining permits,\u201d she said.\n"
    )
    assert (quote.speaker, quote.speaker_text, quote.cue) == ("per:ana-reyes", "she", "said")


def test_inverted_cue_and_interrupted_quote():
    quotes = quotes_of(
        '"Ports are full and ships are waiting," said Tom Okafor, a union organiser. '
        '"Nobody will unload them until the pay talks end."\n'
    )
    assert [(q.speaker, q.cue) for q in quotes] == [
        ("per:tom-okafor", "said"),
        ("per:tom-okafor", "said"),
    ]


def test_a_participle_cue_speaks_for_the_subject_not_a_possessive_name():
    quotes = quotes_of(
        "Senator Jeff Weaver met Governor Rick Snyder on Monday.\n"
        "Weaver was unimpressed with Snyder's plan, telling reporters, "
        '"A lot of people said the governor should step down."\n'
        "Mitch McConnell deflected questions about Donald Trump before saying, "
        '"It is time to get on message."\n'
    )
    assert [q.speaker for q in quotes] == ["per:jeff-weaver", "per:mitch-mcconnell"]


def test_a_title_or_an_initial_does_not_end_the_speaker_and_a_conjunction_is_not_one():
    quotes = quotes_of(
        '"The plan is sound," said Sen. Maria Okafor, a Democrat.\n\n'
        '"We will vote no," said Daniel R. Whitcombe.\n\n'
        "Governor Lena Park spoke to reporters on Monday.\n\n"
        '"It is too early," she said. But she added, "We are ready."\n\n'
        'The board called the plan "reckless" and concluded it would fail.\n'
    )
    assert [(q.speaker_text, q.speaker) for q in quotes if q.kind == "direct"] == [
        ("Sen. Maria Okafor", "per:maria-okafor"),
        ("Daniel R. Whitcombe", "per:daniel-r-whitcombe"),
        ("she", "per:lena-park"),
        ("she", "per:lena-park"),
    ]


def test_party_in_brackets_sharp_cues_short_quotes_and_names_inside_the_quote():
    quotes = quotes_of(
        '"It is a dog whistle to voters," Rep. Gwen Moore (D-Wis.) said Friday.\n\n'
        "Governor Jeb Bush spoke first. Donald Trump waited on stage.\n\n"
        '"Quiet," he demanded, as Bush went on.\n\n'
        '"We will win," Jo Smith, a campaign aide, said on Monday.\n\n'
        'Mayor Ann Lee arrived late. "I met Obama today," she said.\n'
    )
    assert [(q.speaker_text, q.speaker, q.cue) for q in quotes if q.kind == "direct"] == [
        ("Rep. Gwen Moore (D-Wis.)", "per:gwen-moore", "said"),
        ("he", "per:donald-trump", "demanded"),
        ("Jo Smith, a campaign aide,", "per:jo-smith", "said"),
        ("she", "per:ann-lee", "said"),
    ]


def test_a_show_named_in_marks_is_not_a_quote():
    quotes = quotes_of(
        "Joe Scarborough, host of MSNBC\u2019s \u201cMorning Joe,\u201d said the race was over.\n\n"
        '"Jobs, jobs, jobs," Mrs. Clinton said on "The Late Show With Stephen Colbert" last '
        "month.\n"
    )
    assert [(q.text, q.speaker) for q in quotes if q.kind == "direct"] == [
        ('"Jobs, jobs, jobs,"', "per:clinton"),
    ]


def test_when_asked_the_speaker_is_the_one_who_answers():
    quotes = quotes_of(
        "Mayor Ann Lee spoke at noon.\n\n"
        "When asked whether D.C. should have a vote in the House, she said: "
        '"I think that is something that would be fine."\n\n'
        "When asked by reporters on Thursday about the plan, Tom Okafor said: "
        '"I do not believe that is a good idea."\n'
    )
    assert [(q.speaker_text, q.speaker, q.cue) for q in quotes if q.kind == "direct"] == [
        ("she", "per:ann-lee", "said"),
        ("Tom Okafor", "per:tom-okafor", "said"),
    ]


def test_a_short_quote_said_by_a_description():
    (quote,) = quotes_of('"We need change," the New York businessman said on Monday.\n')
    assert (quote.speaker_text, quote.cue) == ("the New York businessman", "said")


def test_a_transcript_names_the_speaker_of_each_turn():
    quotes = quotes_of(
        "Mike Pence spoke to Chris Wallace of Fox News on Sunday. Partial transcript:\n\n"
        '"WALLACE: Governor, do you really see those two as equivalent?\n\n'
        '"PENCE: Well, look, the question really should be something else.\n'
    )
    assert [(q.speaker_text, q.speaker, q.cue) for q in quotes if q.kind == "direct"] == [
        ("WALLACE", "per:chris-wallace", ":"),
        ("PENCE", "per:mike-pence", ":"),
    ]


def test_a_closing_mark_typed_to_open_a_paragraph_still_opens_a_quote():
    quotes = quotes_of(
        "Voters told us what they think.\n\n"
        "\u201dI am truly afraid that the wrong man will win the race.\u201d \u2015 Edwin G. "
        "Monroy\n\nShe called it \u201cfine\u201d and left.\n"
    )
    assert [(q.text, q.speaker) for q in quotes if q.kind == "direct"] == [
        (
            "\u201dI am truly afraid that the wrong man will win the race.\u201d",
            "per:edwin-g-monroy",
        )
    ]


def test_the_second_half_of_an_interrupted_quote_is_no_fragment():
    quotes = quotes_of(
        "Mayor Lena Ortiz spoke on Monday. "
        '"My hope," she said, "is that the port reopens before winter." Her rival Tom Bell '
        'said the plan was "a fantasy that nobody in this city will ever pay for" and left.\n'
    )
    assert [(q.text, q.speaker, q.partial) for q in quotes if q.kind == "direct"] == [
        ('"My hope,"', "per:lena-ortiz", False),
        ('"is that the port reopens before winter."', "per:lena-ortiz", False),
        ('"a fantasy that nobody in this city will ever pay for"', "per:tom-bell", True),
    ]


def test_a_long_clause_before_the_cue_speaks_through_its_one_person():
    (quote,) = quotes_of(
        "Governor Ana Reyes took questions on Monday. But much of the session was so calm "
        'that Ana Reyes was prompted to say, "So far, I cannot believe how civil it is."\n'
    )
    assert (quote.speaker, quote.speaker_text, quote.cue) == ("per:ana-reyes", "Ana Reyes", "say")
    two = quotes_of(
        "But much of the session was so calm after Ana Reyes and Tom Okafor spoke that the "
        'chair was prompted to say, "So far, I cannot believe how civil it is."\n'
    )
    assert [q.speaker for q in two] == []


def test_a_colon_after_a_clause_that_opens_with_a_pronoun_or_a_name():
    quotes = quotes_of(
        "Governor Ana Reyes spoke in Lima on Monday. She then addressed the crowd again: "
        "\u201cHere is what I regret. Nobody listens to anybody else.\u201d\n\n"
        "Tom Okafor then turned to the press: \u201cThe ports stay shut until the pay talks "
        "end.\u201d\n"
    )
    assert [(q.speaker, q.speaker_text, q.cue) for q in quotes] == [
        ("per:ana-reyes", "She", ":"),
        ("per:tom-okafor", "Tom Okafor then turned to the press", ":"),
    ]


def test_a_long_apposition_between_the_speaker_and_the_cue():
    quotes = quotes_of(
        "''It has the important virtue of being fiscally responsible,'' Leonard Burman, "
        "director of the centrist Urban-Brookings Tax Policy Center and a professor at the "
        "Maxwell School of Syracuse University, said of the plan. ''It does not make our "
        "problems worse.''\n"
    )
    assert [(q.speaker, q.cue) for q in quotes] == [
        ("per:leonard-burman", "said"),
        ("per:leonard-burman", "said"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In his 2002 book, ''Make Your Kid a Millionaire,'' Mr. Tom Bell suggested saving.\n",
        "At the end of the civil rights anthem ''A Change Is Gonna Come,'' she added a name.\n",
        'Callers to his "Keepin\' It Real" radio program said they had doubts.\n',
        'Ben Rhodes recalled Mr. Obama talking about "Collapse: How Societies Choose to Fail or '
        "Succeed,\" Jared Diamond's 2005 best seller, which he read.\n",
    ],
)
def test_a_work_named_in_marks_is_not_a_quote(text):
    assert quotes_of(text) == ()


def test_a_quote_inside_a_quote_closing_together_and_no_one_called_that():
    quotes = quotes_of(
        "Mayor Tom Regalado, 69, said he had angry email. ''Sometimes they say, 'Go back to "
        "your country,''' said Mr. Regalado. ''This is my country.''\n\n"
        "Mr. Trump said of the episode, ''I don't like it,'' adding that ''they have anger "
        "that's unbelievable.''\n"
    )
    assert [(q.text[-6:], q.speaker, q.speaker_text) for q in quotes] == [
        ("ry,'''", "per:tom-regalado", "Mr. Regalado"),
        ("try.''", "per:tom-regalado", "Mr. Regalado"),
        (" it,''", "per:trump", "Mr. Trump"),
        ("ble.''", "per:trump", "Mr. Trump"),
    ]


def test_the_cue_nearest_the_quote_in_a_clause_of_its_own_speaks():
    quotes = quotes_of(
        'Senator Ted Cruz spoke in Indiana. "There\'s a young man with problems," Cruz said '
        'as the heckler yelled: "You suck!"\n\n'
        "When Donald Trump suggested that Cuba would sue, Marco Rubio fired back forcefully: "
        '"If they sue us in a court in Miami, they are going to lose."\n\n'
        "Donald Trump said France had lost its identity. \u201cFrance will always be "
        "France,\u201d an angry Hollande retaliated.\n"
    )
    assert [(q.speaker_text, q.cue) for q in quotes] == [
        ("Cruz", "said"),
        ("the heckler", "yelled"),
        ("Marco Rubio", "fired back"),
        ("an angry Hollande", "retaliated"),
    ]


def test_a_colon_after_an_apposition_is_said_by_the_subject_before_it():
    (quote,) = quotes_of(
        "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Donald "
        'Trump: "It is time to quit attacking people and get on message."\n'
    )
    assert (quote.speaker, quote.cue) == ("per:mitch-mcconnell", ":")


def test_a_participle_after_an_earlier_quote_speaks_for_the_sentence_subject():
    quotes = quotes_of(
        'Republicans chimed in, with Donald Trump tweeting that it was a "disaster" for Hillary '
        'Clinton and asking, "How can someone with such bad judgement be our next president?"\n'
    )
    assert [(q.speaker, q.cue) for q in quotes if not q.partial] == [("per:donald-trump", "asking")]


def test_a_short_sentence_quoted_after_a_full_stop_is_said_not_scare_quoted():
    quotes = quotes_of(
        'Senator Jon Tester spoke on Monday. "I feel very good about our chances," Tester '
        'said. "Very good." He called the plan a "big deal" and left.\n'
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ('"I feel very good about our chances,"', "per:jon-tester"),
        ('"Very good."', "per:jon-tester"),
    ]


def test_chants_put_it_and_a_clause_that_is_no_speaker():
    quotes = quotes_of(
        'Protesters marching through the streets chanted "What curfew?" and kept going.\n\n'
        'As The Post\'s Dana Milbank puts it, "Senate Republicans are unmoved."\n\n'
        "Donald Trump hardly clarified the matter, treating the remark first as a compliment "
        "-- ''That makes me smart'' -- and, when questioned after the debate, asserting, ''Of "
        "course, I pay federal taxes.''\n"
    )
    assert [(q.text, q.speaker_text, q.cue) for q in quotes if not q.partial] == [
        ('"What curfew?"', "Protesters marching through the streets", "chanted"),
        ('"Senate Republicans are unmoved."', "Dana Milbank", "puts it"),
        ("''Of course, I pay federal taxes.''", "Donald Trump", "asserting"),
    ]


def test_a_full_stop_after_the_closing_mark_ends_the_sentence_and_its_cue():
    quotes = quotes_of(
        'Umbro, which is to receive a payment from Chelsea, said it is "appraising a number of '
        'additional investment opportunities". Chief executive Peter McGuigan said sales would '
        "grow.\n\n"
        'The economist Bernd Weidensteiner said the index showed "a very mild decline". He '
        "said the index remained high.\n"
    )
    assert [(q.speaker_text, q.cue) for q in quotes] == [
        ("Umbro", "said"),
        ("Bernd Weidensteiner", "said"),
    ]


def test_paragraphs_run_together_and_the_cue_with_a_colon_before_the_quote():
    quotes = quotes_of(
        'Hamish MacDonell, political editor of The Scotsman, said: "I think this was a very '
        'stupid remark by the first minister. "If you come out with something like this, you '
        'will be pilloried for it." Radio controller Andy Parfitt said: "We believe the DJs '
        'will thrive." Disc jockey Ian Stephens said he grew up listening to the show. She '
        'praised Parfitt, to which Tom Okafor interjected: "It is just not true." He said '
        "nothing more.\n"
    )
    assert [(q.text[:12], q.speaker) for q in quotes] == [
        ('"I think thi', "per:hamish-macdonell"),
        ('"If you come', "per:hamish-macdonell"),
        ('"We believe ', "per:andy-parfitt"),
        ('"It is just ', "per:tom-okafor"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"There is darkness in the story," Sandra Dee continues to live quietly.\n',
        '"This is the big difference between us." Despite this, Ferrero insists he is fit.\n',
        '"I am ready for a good rest now." Radcliffe decided only recently to run.\n',
        "\"Referees ask the players if they want ten yards.\" If they say 'quick', he waits.\n",
    ],
)
def test_a_verb_after_a_quote_that_leads_elsewhere_is_no_cue(text):
    assert [q.speaker_text for q in quotes_of(text)] == []


def test_an_auxiliary_before_the_cue_is_not_part_of_the_speaker():
    quotes = quotes_of(
        'But the Scottish Executive has insisted that his comments were "a recognition that '
        'people will get drunk". The executive had earlier said: "We stand by the minister."\n'
    )
    assert [q.speaker_text for q in quotes] == ["the Scottish Executive", "The executive"]


def test_an_apposition_naming_an_organisation_leaves_the_person_speaking():
    (quote,) = quotes_of(
        "Paul Boateng MP, Labour's Chief Secretary to the Treasury, said: \"The sums do not "
        'add up."\n'
    )
    assert quote.speaker == "per:paul-boateng"


def test_he_after_an_owner_is_the_subject_of_that_sentence():
    quotes = quotes_of(
        "Tory leader Michael Howard was asked about Ken Livingstone's remark. \"It is "
        'important to be civil," he said. Ken Livingstone\'s office then wrote. "We regret '
        'it," he said.\n'
    )
    # the owner is no antecedent when his sentence has a subject who is not one; when it
    # has none, the owner is still the last person named
    assert [(q.speaker, q.speaker_text) for q in quotes] == [
        ("per:michael-howard", "he"),
        ("per:ken-livingstone", "he"),
    ]


def test_a_country_or_the_white_house_named_alone_speaks_for_its_government():
    quotes = quotes_of(
        'The White House said in a statement: "The United States welcomes the deal."\n\n'
        '"We will respond," China said on Tuesday.\n\n'
        '"It is fine," an official in Tokyo said.\n'
    )
    assert [(q.speaker, q.speaker_text) for q in quotes] == [
        ("loc:white-house", "The White House"),
        ("loc:china", "China"),
        (None, "an official in Tokyo"),
    ]


def test_a_name_inside_a_quotation_is_not_who_he_is():
    quotes = quotes_of(
        'Coach Alan Ward praised the team. "I thought Wayne Rooney played very well," he '
        'said.\n\n"We will improve," he added.\n'
    )
    assert [(q.speaker, q.speaker_text) for q in quotes] == [
        ("per:alan-ward", "he"),
        ("per:alan-ward", "he"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will appeal," Reyes lawyer Tomas Okafor said on Monday. Ana Reyes was away.\n',
         "per:tomas-okafor"),
        ('"The pier is safe," Harbour Board spokesman Dale Pruitt said on Tuesday.\n',
         "per:dale-pruitt"),
        ('"We agree," Ana Reyes and Tomas Okafor said on Monday.\n', "per:ana-reyes"),
    ],
)  # fmt: skip
def test_a_speaker_described_by_another_name_is_the_one_named_last(text, speaker):
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker
