"""Names in the seed: types, merged aliases, roles; and the alias rules on written text."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefing.analysis.names.aliases import resolve_entities
from briefing.analysis.names.cleaning import clean_name
from briefing.analysis.names.entities import find_mentions
from briefing.analysis.pipeline import assemble_corpus, build_corpus
from briefing.analysis.quotes.finder import find_quotes
from briefing.ingest import parse_article
from briefing.model import Mention


@pytest.fixture(scope="module")
def seed_corpus(seed_article):
    return build_corpus([seed_article], default_date="2025-10-28")


def entity(corpus, name):
    (found,) = [e for e in corpus.entities if e.name == name]
    return found


@pytest.mark.parametrize(
    ("name", "kind", "roles", "aliases"),
    [
        ("Rutherford", "PER", ("U.S. Commerce Secretary",), ()),
        ("Trump", "PER", ("U.S. President",), ()),
        ("Taro Kishida", "PER", ("Japanese new Prime Minister",), ("Kishida",)),
        (
            "Akizuki",
            "PER",
            ("Japanese Minister for Economic Revitalization", "Japanese Chief Trade Negotiator"),
            (),
        ),
        ("Nikkei Asia", "ORG", (), ()),
        ("Financial Times", "ORG", (), ()),
        ("Associated Press", "ORG", (), ()),
        ("Reuters", "ORG", (), ()),
        ("New York Times", "ORG", (), ()),
        ("Hyundai Motor", "ORG", (), ()),
        ("U.S. Department of Commerce", "ORG", (), ("Department of Commerce",)),
        ("United States", "LOC", (), ("U.S.",)),
        ("Japan", "LOC", (), ()),
        ("Georgia", "LOC", (), ()),
        ("Nikiski", "LOC", (), ()),
        ("Alaska", "LOC", (), ("Alaskan",)),
        ("Tokyo", "LOC", (), ()),
        ("Washington", "LOC", (), ()),
        ("South Korea", "LOC", (), ()),
    ],
)
def test_seed_entities(seed_corpus, name, kind, roles, aliases):
    found = entity(seed_corpus, name)
    assert (found.type, found.roles, found.aliases) == (kind, roles, aliases)


def test_seed_counts_merge_mentions(seed_corpus):
    assert entity(seed_corpus, "Rutherford").mention_count == 12
    assert entity(seed_corpus, "Taro Kishida").mention_count == 3


def test_no_sentence_opener_or_notice_is_an_entity(seed_corpus):
    names = {e.name for e in seed_corpus.entities} | {
        alias for e in seed_corpus.entities for alias in e.aliases
    }
    for word in ("However", "According", "Last", "Currently", "Subsequently", "Additionally",
                 "Statement", "Original", "Up/Down", "[Up/Down]", "He", "LNG"):  # fmt: skip
        assert word not in names


def test_department_of_commerce_does_not_count_the_country(seed_corpus):
    article = seed_corpus.articles[0]
    (ministry,) = [m for m in article.mentions if m.text == "U.S. Department of Commerce"]
    inside = [m for m in article.mentions if ministry.start <= m.start < ministry.end]
    assert [m.text for m in inside] == ["U.S. Department of Commerce"]


def test_mentions_point_at_their_text(seed_corpus):
    article = seed_corpus.articles[0]
    ids = {e.id for e in seed_corpus.entities}
    for mention in article.mentions:
        assert article.body[mention.start : mention.end] == mention.text
        assert mention.entity in ids


def names_in(text):
    """(text, type) of each name one article of ``text`` gives."""
    article = parse_article(text, Path("a.txt"), "a")
    return [(m.text, m.type) for m in find_mentions(article)]


def corpus_of(*texts):
    articles = [
        parse_article(text, Path(f"a{index}.txt"), f"a{index}") for index, text in enumerate(texts)
    ]
    return build_corpus(articles, default_date="2025-01-10")


def test_country_names_merge():
    corpus = corpus_of(
        "The United States and Japan met in Geneva. The US delegation left early. "
        "America wants a deal, a U.S. official said.\n"
    )
    (usa,) = [e for e in corpus.entities if e.name == "United States"]
    assert set(usa.aliases) == {"US", "America", "U.S."}
    assert usa.mention_count == 4


def test_a_name_in_capitals_is_the_same_entity_called_as_written_in_mixed_case():
    corpus = corpus_of(
        "Port workers in Lisbon struck on Monday, officials said.\n",
        "Dockers in LISBON returned to work on Tuesday, the union said.\n",
        "Ministers met in Lisbon on Friday.\n",
    )
    lisbon = [e for e in corpus.entities if e.id == "loc:lisbon"]
    assert [(e.name, e.aliases, e.mention_count) for e in lisbon] == [("Lisbon", ("LISBON",), 3)]
    assert lisbon[0].articles == ("a0", "a1", "a2")
    ids = [e.id for e in corpus.entities]
    assert len(ids) == len(set(ids))


def test_ambiguous_surname_is_not_merged():
    corpus = corpus_of(
        "John Carver and Mary Carver opened the plant in Ohio on Monday. "
        "Carver said the plant would hire 200 workers.\n"
    )
    people = sorted(e.name for e in corpus.entities if e.type == "PER")
    assert people == ["Carver", "John Carver", "Mary Carver"]


def test_unambiguous_surname_merges_across_articles_of_one_story():
    corpus = corpus_of(
        "Finance Minister Elena Duarte of the Socialist Party resigned on Monday in Lisbon.\n",
        "On Tuesday, Duarte said that she had no regrets about the Socialist Party.\n",
    )
    (duarte,) = [e for e in corpus.entities if e.type == "PER"]
    assert (duarte.name, duarte.aliases, duarte.roles) == (
        "Elena Duarte", ("Duarte",), ("Finance Minister",),
    )  # fmt: skip
    assert duarte.articles == ("a0", "a1")


def test_a_surname_in_an_unrelated_story_is_not_the_full_name():
    corpus = corpus_of(
        "Congressman Raul Grijalva of the Natural Resources Committee spoke on Monday.\n",
        "Real Madrid beat Valencia 2-0 on Sunday. Raul scored both goals, and coach Mariano "
        "Garcia Remon praised Raul.\n",
    )
    people = sorted(e.name for e in corpus.entities if e.type == "PER")
    assert people == ["Mariano Garcia Remon", "Raul", "Raul Grijalva"]


def test_a_middle_initial_is_the_same_person_across_articles():
    corpus = corpus_of(
        "Finance Minister Elena M. Duarte resigned on Monday in Lisbon.\n",
        "On Tuesday, Elena Duarte said that she had no regrets. Duarte left.\n",
        "Elena Duarte spoke again in Porto on Friday.\n",
    )
    (duarte,) = [e for e in corpus.entities if e.type == "PER"]
    assert (duarte.name, duarte.aliases) == ("Elena Duarte", ("Duarte", "Elena M. Duarte"))
    assert duarte.articles == ("a0", "a1", "a2")  # in the corpus's order


def test_a_middle_name_or_two_middle_forms_keep_people_apart():
    corpus = corpus_of(
        "Jerry Lee Lewis played in Memphis on Monday.\n",
        "Jerry Lewis told jokes in Las Vegas on Monday.\n",
        "George W. Bush and George H.W. Bush met George Bush in Texas on Monday.\n",
    )
    people = sorted(e.name for e in corpus.entities if e.type == "PER")
    assert people == [
        "George Bush", "George H.W. Bush", "George W. Bush", "Jerry Lee Lewis", "Jerry Lewis",
    ]  # fmt: skip


def test_a_form_of_address_is_neither_the_name_nor_a_role():
    corpus = corpus_of(
        "Prime Minister Tony Blair met TUC leaders in London on Monday.\n",
        "Mr Blair told the TUC on Tuesday that the talks, led by Mr Brown, would go on. "
        "Chancellor Gordon Brown agreed.\n",
    )
    people = {e.name: e for e in corpus.entities if e.type == "PER"}
    assert sorted(people) == ["Gordon Brown", "Tony Blair"]
    assert people["Tony Blair"].aliases == ("Mr Blair",)
    assert people["Tony Blair"].roles == ("Prime Minister",)
    assert people["Gordon Brown"].roles == ("Chancellor",)


def test_assemble_is_deterministic(seed_corpus):
    again = assemble_corpus(seed_corpus.articles)
    assert again.entities == seed_corpus.entities


def test_a_party_is_never_a_person():
    article = parse_article('"We will fight on," Tory said.\n', Path("a.txt"), "a")
    assert [(m.text, m.type) for m in find_mentions(article)] == [("Tory", "ORG")]


def test_a_company_is_an_organisation_and_its_first_word_names_it():
    corpus = corpus_of(
        "Shares in Cairn Energy jumped 6% after the firm found more oil. Cairn said drilling "
        'had produced "very strong results".\n'
    )
    companies = [e for e in corpus.entities if e.name == "Cairn Energy"]
    assert [(e.type, e.aliases) for e in companies] == [("ORG", ("Cairn",))]
    assert not [e for e in corpus.entities if e.name == "Cairn"]


def test_an_opening_word_and_a_holiday_are_not_names():
    article = parse_article(
        "Before Christmas, the company revealed that drilling had been disappointing.\n",
        Path("a.txt"),
        "a",
    )
    assert find_mentions(article) == []


def test_two_parties_joined_by_the_tagger_are_two_names():
    article = parse_article("The Tories and Labour clashed over tax.\n", Path("a.txt"), "a")
    assert [(m.text, m.type) for m in find_mentions(article)] == [
        ("Tories", "ORG"),
        ("Labour", "ORG"),
    ]


def test_a_state_abbreviation_is_a_place_and_a_company_keeps_its_short_name():
    corpus = corpus_of(
        "PHOENIX, Ariz., March 3 - Carrolton Inc said it agreed to buy a unit. Carrolton said "
        "the price was not disclosed.\n"
    )
    found = {(e.name, e.type) for e in corpus.entities}
    assert ("Ariz.", "LOC") in found
    assert ("Carrolton Inc", "ORG") in found
    assert not [name for name, kind in found if name == "Carrolton" or kind == "PER"]


def test_two_companies_joined_by_the_tagger_are_two_and_keep_their_short_names():
    corpus = corpus_of(
        "Lomak Petroleum Inc and Strata Corp, based in Columbus, Ohio, said they agreed to a "
        "merger for Strata to become a unit of Lomak.\n"
    )
    companies = {e.name: e.aliases for e in corpus.entities if e.type == "ORG"}
    assert companies["Strata Corp"] == ("Strata",)
    assert "Lomak Petroleum Inc" in companies
    assert not [e for e in corpus.entities if e.type == "PER"]


def test_a_one_word_person_the_story_also_writes_in_lower_case_is_a_word():
    article = parse_article(
        "Sugar said output rose. Brazil's sugar exports fell, traders said.\n", Path("a.txt"), "a"
    )
    assert [m.text for m in find_mentions(article) if m.type == "PER"] == []


def test_a_surname_the_tagger_missed_later_is_the_person_again():
    corpus = corpus_of(
        "Striker Mark Collins scored twice for the club on Saturday. Collins now has "
        "nine goals this season.\n"
    )
    people = [(e.name, e.mention_count) for e in corpus.entities if e.type == "PER"]
    assert people == [("Mark Collins", 2)]


def test_a_company_abbreviation_keeps_its_full_stop_at_a_sentence_end():
    article = parse_article(
        "Shares rose at Barnett Banks Inc. Trading was calm.\n", Path("a.txt"), "a"
    )
    assert [(m.text, m.type) for m in find_mentions(article)][:1] == [("Barnett Banks Inc.", "ORG")]


def test_a_full_stop_that_ends_a_line_closes_the_sentence_not_the_name():
    from briefing.analysis.names.cleaning import clean_name

    body = "Shares rose at Barnett Banks Inc.\nThey fell in Phoenix, Ariz."
    inc = body.index("Barnett")
    ariz = body.index("Ariz")
    company = clean_name(body, Mention(inc, inc + 17, "Barnett Banks Inc", "ORG"))
    state = clean_name(body, Mention(ariz, ariz + 4, "Ariz", "LOC"))
    assert company is not None and company.text == "Barnett Banks Inc"
    assert state is not None and state.text == "Ariz"
    middle = "Barnett Banks Inc. said so."
    kept = clean_name(middle, Mention(0, 17, "Barnett Banks Inc", "ORG"))
    assert kept is not None and kept.text == "Barnett Banks Inc."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most of the Syrian refugees are Sunni Muslims.", ("Sunni Muslims", "MISC")),
        ("Clinton Plan for Taxes Is Expansive but Complex.", ("Clinton Plan", "MISC")),
    ],
)
def test_a_group_or_a_thing_named_after_someone_is_not_a_person(text, expected):
    article = parse_article(text + "\n", Path("a.txt"), "a")
    assert expected in [(m.text, m.type) for m in find_mentions(article)]


def test_a_first_name_spelt_as_a_headline_verb_stays_in_the_name():
    body = "Will Dunham and Mr Grant wrote the report."
    assert clean_name(body, Mention(0, 11, "Will Dunham", "PER")) == Mention(
        0, 11, "Will Dunham", "PER"
    )


@pytest.mark.parametrize(
    ("headline", "people"),
    [
        ("Senator Warren Endorses Governor Ito for Mayor", ["Warren", "Ito"]),
        ("Tanaka Denies Report of Osaka Deal", ["Tanaka"]),
    ],
)
def test_a_headline_s_verb_is_no_part_of_the_name_before_it(headline, people):
    assert [text for text, kind in names_in(headline + "\n") if kind == "PER"] == people


def test_a_headline_verb_ends_any_name_but_a_work_s():
    # a title-case line the tagger reads as one organisation's name runs across "Says"
    found = [text for text, _kind in names_in("Obama Says Iran Deal Is Good for America\n")]
    assert found == ["Obama", "America"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This notion that Barack Obama doesn't know what he's doing is wrong.",
            ("Barack Obama", "PER"),
        ),
        ("Twitter said it would review the posts.", ("Twitter", "ORG")),
        ("Clinton Goes After Trump On Taxes", ("Clinton", "PER")),
    ],
)
def test_contractions_headline_verbs_and_platforms_are_not_part_of_a_person(text, expected):
    article = parse_article(text + "\n", Path("a.txt"), "a")
    found = [(m.text, m.type) for m in find_mentions(article)]
    assert expected in found
    assert not [m for m in found if "'" in m[0] or m[0].endswith(" Goes")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The FBI and Justice Department declined to comment.",
            [("FBI", "ORG"), ("Justice Department", "ORG")],
        ),
        ("He criticised Turkey\u2019s Syria policy.", [("Turkey", "LOC"), ("Syria", "LOC")]),
        ("Shares of McDonald's Corp rose.", [("McDonald's Corp", "ORG")]),
        ("Enter The Washington Post newsletter here.", [("Washington Post", "ORG")]),
    ],
)
def test_names_joined_or_cut_at_the_wrong_place(text, expected):
    article = parse_article(text + "\n", Path("a.txt"), "a")
    assert [(m.text, m.type) for m in find_mentions(article)] == expected


def test_turkey_is_a_country_whatever_the_standard_now_calls_it():
    corpus = corpus_of(
        "Officials in Turkey said talks would resume. T\u00fcrkiye has asked for more time.\n"
    )
    places = [(e.name, e.aliases) for e in corpus.entities if e.type == "LOC"]
    assert places == [("Turkey", ("T\u00fcrkiye",))]


def test_a_sentence_without_a_capital_past_its_opener_is_not_tagged_but_names_still_are():
    article = parse_article(
        "The talks went on all night. But nobody spoke. Minister Ana Reyes left at dawn.\n",
        Path("a.txt"),
        "a",
    )
    assert [(m.text, m.type) for m in find_mentions(article)] == [("Ana Reyes", "PER")]


@pytest.mark.parametrize(
    ("headline", "named"),
    [
        ("# Critics Call Donor Scheme A Disgusting Fraud", []),
        ("# Sanders: Clinton Should Be Criminally Investigated Over Emails", [("Clinton", "PER")]),
        ("# Two Instances Where Cruz Got It Wrong", [("Cruz", "PER")]),
    ],
)
def test_a_headline_name_is_cut_to_the_words_the_story_names_or_dropped(headline, named):
    text = (
        f"{headline}\n\n"
        "Senator Ruth Adler attacked the budget on Monday in Ohio.\n\n"
        "Adler said Hillary Clinton had misled voters, and Ted Cruz agreed.\n"
    )
    article = parse_article(text, Path("a.md"), "a")
    heading_end = text.index("\n")
    found = [(m.text, m.type) for m in find_mentions(article) if m.start < heading_end]
    assert found == named


def test_a_job_title_the_tagger_took_in_is_a_role_not_the_name():
    corpus = corpus_of(
        "Justice Clarence Thomas and Justice Samuel Alito agreed with the majority.\n"
    )
    people = {e.name: e for e in corpus.entities if e.type == "PER"}
    assert sorted(people) == ["Clarence Thomas", "Samuel Alito"]
    assert people["Clarence Thomas"].roles == ("Justice",)
    assert people["Samuel Alito"].roles == ("Justice",)


def tagged_article(index, text, names):
    """An article whose mentions are ``names`` in order, each tagged a person."""
    parsed = parse_article(text, Path(f"a{index}.txt"), f"a{index}")
    mentions = []
    for name in names:
        start = text.index(name, mentions[-1].end if mentions else 0)
        mentions.append(Mention(start, start + len(name), name, "PER"))
    return replace(parsed, mentions=tuple(mentions))


def test_a_word_written_far_more_than_the_full_name_is_not_its_surname():
    article = tagged_article
    story = "Patriot met Acme. Patriot left Acme. Patriot sold Acme. Patriot won.\n"
    articles = [
        article(0, story, ["Patriot", "Patriot", "Patriot", "Patriot"]),
        article(1, "Acme hired Dan Patriot on Monday.\n", ["Dan Patriot"]),
        article(2, "Dan Patriot left Acme. Patriot was sad.\n", ["Dan Patriot", "Patriot"]),
    ]
    _, entities = resolve_entities(articles)
    counts = {e.name: e.mention_count for e in entities}
    assert counts == {"Patriot": 4, "Dan Patriot": 3}


def test_a_one_word_person_the_articles_write_as_a_company_is_an_organisation():
    articles = [
        tagged_article(
            0,
            "Vantora's shares fell on Monday. Vantora said it would cut jobs.\n",
            ["Vantora", "Vantora"],
        ),
        tagged_article(1, "Vantora chairman Ivo Bell quit. Vantora won.\n", ["Vantora", "Vantora"]),
        # a surname the articles give a first name stays a person, company words or not
        tagged_article(
            2,
            "Anna Keller spoke. Keller's shares rose and Keller's board met. Keller said it.\n",
            ["Anna Keller", "Keller", "Keller", "Keller"],
        ),
        # as does a name the articles also show as a person ("Mr Doran")
        tagged_article(
            3,
            "Doran's shares fell. Doran said it was fine. Mr Doran, who is 60, left. "
            "Doran, who spoke, added that Doran's family was well.\n",
            ["Doran", "Doran", "Doran", "Doran", "Doran"],
        ),
    ]
    resolved, entities = resolve_entities(articles)
    kinds = {(e.name, e.type, e.mention_count) for e in entities}
    assert kinds == {("Vantora", "ORG", 4), ("Anna Keller", "PER", 4), ("Doran", "PER", 5)}
    assert {m.type for m in resolved[0].mentions} == {"ORG"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hilary Swank won her second best actress Oscar for the film.",
            [("Hilary Swank", "PER"), ("Oscar", "MISC")],
        ),
        (
            "Jamie Foxx was nominated for an Oscar last week.",
            [("Jamie Foxx", "PER"), ("Oscar", "MISC")],
        ),
        ("The Oscar nominations were announced on Tuesday.", [("Oscar", "MISC")]),
        # a player known by one name is still a person
        (
            "Oscar scored twice as Chelsea beat Arsenal. The midfielder Oscar joined in 2012.",
            [("Oscar", "PER"), ("Chelsea", "ORG"), ("Arsenal", "ORG"), ("Oscar", "PER")],
        ),
        (
            "The Muslim Council said the Muslim community was angry.",
            [("Muslim Council", "ORG"), ("Muslim", "MISC")],
        ),
        ("Sales of PCs rose while MPs debated the bill.", []),
        (
            "Ken Livingstone insulted a Jewish reporter, said Mark Jewish of the board.",
            [("Ken Livingstone", "PER"), ("Jewish", "MISC"), ("Mark Jewish", "PER")],
        ),
    ],
)
def test_awards_faiths_and_plural_abbreviations_are_not_people(text, expected):
    article = parse_article(text + "\n", Path("a.txt"), "a")
    assert [(m.text, m.type) for m in find_mentions(article)] == expected


def test_he_said_after_a_name_the_corpus_shows_to_be_a_company_is_the_person_before_it():
    def analysed(index, text, names):
        (article,), _ = resolve_entities([tagged_article(index, text, names)])
        return replace(article, quotes=tuple(find_quotes(article)))

    articles = [
        analysed(0, "Vantora's shares fell on Monday. Vantora won.\n", ["Vantora", "Vantora"]),
        analysed(1, "Vantora chairman Ivo Bell quit. Vantora won.\n", ["Vantora", "Vantora"]),
        analysed(
            2,
            'Ivo Bell spoke on Monday. Vantora beat the forecast. "It was a good year," he said.\n',
            ["Ivo Bell", "Vantora"],
        ),
    ]
    # no one article shows Vantora to be a company: alone, the "he" is Vantora's
    assert articles[2].quotes[0].speaker == "per:vantora"
    corpus = assemble_corpus(articles)
    (quote,) = corpus.articles[2].quotes
    assert (quote.speaker, quote.speaker_text) == ("per:ivo-bell", "he")


def test_a_country_or_a_place_another_word_makes_new_is_not_a_longer_place_written_short():
    text = (
        "France won at the Stade de France. York beat New York. Edinburgh voted and South "
        "West Edinburgh voted. Troops left Gaza City and Gaza.\n"
    )
    places = ["France", "Stade de France", "York", "New York", "Edinburgh",
              "South West Edinburgh", "Gaza City", "Gaza"]  # fmt: skip
    mentions, position = [], 0
    for name in places:
        start = text.index(name, position)
        mentions.append(Mention(start, start + len(name), name, "LOC"))
        position = start + len(name)
    article = replace(parse_article(text, Path("a.txt"), "a"), mentions=tuple(mentions))
    _, entities = resolve_entities([article])
    assert sorted((e.name, e.mention_count) for e in entities) == [
        ("Edinburgh", 1),
        ("France", 1),
        ("Gaza", 1),
        ("Gaza City", 1),
        ("New York", 1),
        ("South West Edinburgh", 1),
        ("Stade de France", 1),
        ("York", 1),
    ]


def test_a_surname_of_several_full_names_joins_the_one_whose_stories_name_the_same_people():
    cabinet = ["Gordon Brown", "John Prescott", "Jack Straw", "Alan Milburn"]
    articles = [
        tagged_article(0, "Tony Blair met " + ", ".join(cabinet) + ".\n", ["Tony Blair", *cabinet]),
        tagged_article(1, "Cherie Blair met Sarah Jones.\n", ["Cherie Blair", "Sarah Jones"]),
        tagged_article(2, "Blair told " + ", ".join(cabinet) + ".\n", ["Blair", *cabinet]),
    ]
    resolved, entities = resolve_entities(articles)
    counts = {e.name: e.mention_count for e in entities if e.name.endswith("Blair")}
    assert counts == {"Tony Blair": 2, "Cherie Blair": 1}
    assert resolved[2].mentions[0].entity == "per:tony-blair"
    # a story that names too few of the same people tells nothing
    articles[2] = tagged_article(2, "Blair met Gordon Brown.\n", ["Blair", "Gordon Brown"])
    _, entities = resolve_entities(articles)
    counts = {e.name: e.mention_count for e in entities if e.name.endswith("Blair")}
    assert counts == {"Tony Blair": 1, "Cherie Blair": 1, "Blair": 1}


def test_a_company_written_short_after_its_legal_or_longer_name_is_that_company():
    text = (
        "Magna International Inc bought it. Magna rose. Pirelli SpA sold cables. Pirelli fell. "
        "Johnson & Johnson Inc grew. Johnson spoke.\n"
    )
    typed = [("Magna International Inc", "ORG"), ("Magna", "PER"), ("Pirelli SpA", "ORG"),
             ("Pirelli", "PER"), ("Johnson & Johnson Inc", "ORG"), ("Johnson", "PER")]  # fmt: skip
    mentions, position = [], 0
    for name, kind in typed:
        start = text.index(name, position)
        mentions.append(Mention(start, start + len(name), name, kind))
        position = start + len(name)
    article = replace(parse_article(text, Path("a.txt"), "a"), mentions=tuple(mentions))
    (resolved,), _ = resolve_entities([article])
    assert [(m.text, m.entity) for m in resolved.mentions] == [
        ("Magna International Inc", "org:magna-international-inc"),
        ("Magna", "org:magna-international-inc"),
        ("Pirelli SpA", "org:pirelli-spa"),
        ("Pirelli", "org:pirelli-spa"),
        ("Johnson & Johnson Inc", "org:johnson-johnson-inc"),
        ("Johnson", "per:johnson"),  # a name joined by "&" is two people's, not one's short form
    ]


def test_stock_moves_and_a_base_say_a_one_word_person_is_a_company():
    articles = [
        tagged_article(
            0,
            "Ontario-based Corvane won. Corvane was up 1/8 at the close.\n",
            ["Corvane", "Corvane"],
        ),  # fmt: skip
    ]
    _, entities = resolve_entities(articles)
    assert [(e.name, e.type) for e in entities] == [("Corvane", "ORG")]


def test_a_name_typed_two_ways_across_stories_takes_the_type_its_context_shows():
    def typed(index, text, names):
        mentions, position = [], 0
        for name, kind in names:
            start = text.index(name, position)
            mentions.append(Mention(start, start + len(name), name, kind))
            position = start + len(name)
        return replace(parse_article(text, Path(f"a{index}.txt"), f"a{index}"),
                       mentions=tuple(mentions))  # fmt: skip

    articles = [
        typed(0, "Keanu Reeves, who starred, spoke.\n", [("Keanu Reeves", "PER")]),
        typed(
            1,
            "Keanu Reeves presented it. Keanu Reeves left.\n",
            [("Keanu Reeves", "ORG"), ("Keanu Reeves", "ORG")],
        ),  # fmt: skip
        typed(2, "Real Madrid striker Raul scored.\n", [("Real Madrid", "ORG"), ("Raul", "PER")]),
        typed(
            3,
            "He signed for Real Madrid. Real Madrid won.\n",
            [("Real Madrid", "PER"), ("Real Madrid", "PER")],
        ),  # fmt: skip
        # a place's name stays split unless three in four mentions agree
        typed(4, "Downing Street said he would go.\n", [("Downing Street", "PER")]),
        typed(5, "He left Downing Street.\n", [("Downing Street", "LOC")]),
    ]
    resolved, entities = resolve_entities(articles)
    assert sorted((e.name, e.type, e.mention_count) for e in entities) == [
        ("Downing Street", "LOC", 1),
        ("Downing Street", "PER", 1),
        ("Keanu Reeves", "PER", 3),
        ("Raul", "PER", 1),
        ("Real Madrid", "ORG", 3),
    ]
    assert [m.type for m in resolved[3].mentions] == ["ORG", "ORG"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Whatever Kilroy-Silk says, the party is split.", [("Kilroy-Silk", "PER")]),
        ("Only Smith knew.", [("Smith", "PER")]),
    ],
)
def test_an_opening_whatever_or_only_is_not_part_of_the_name(text, expected):
    article = parse_article(text + "\n", Path("a.txt"), "a")
    assert [(m.text, m.type) for m in find_mentions(article)] == expected


def test_a_bank_holding_company_is_named_by_the_words_before_bancshares():
    text = "Mercer Bankshares grew. Mercer did not comment.\n"
    mentions = (Mention(0, 17, "Mercer Bankshares", "ORG"), Mention(24, 30, "Mercer", "PER"))
    article = replace(parse_article(text, Path("a.txt"), "a"), mentions=mentions)
    (resolved,), _ = resolve_entities([article])
    assert [(m.text, m.type, m.entity) for m in resolved.mentions] == [
        ("Mercer Bankshares", "ORG", "org:mercer-bankshares"),
        ("Mercer", "ORG", "org:mercer-bankshares"),
    ]


def test_a_name_the_articles_write_as_a_film_or_a_program_is_not_a_person():
    articles = [
        tagged_article(
            0,
            "The British film Vera Drake won. Vera Drake star Imelda Staunton wept.\n",
            ["Vera Drake", "Vera Drake", "Imelda Staunton"],
        ),  # fmt: skip
        tagged_article(
            1,
            "Staunton had a role in Vera Drake, Mike Leigh's film.\n",
            ["Staunton", "Vera Drake", "Mike Leigh"],
        ),  # fmt: skip
        # a person named once beside a work stays a person
        tagged_article(2, "Leigh, who made the film, spoke.\n", ["Leigh"]),
    ]
    _, entities = resolve_entities(articles)
    kinds = {(e.name, e.type) for e in entities}
    assert ("Vera Drake", "MISC") in kinds
    assert ("Imelda Staunton", "PER") in kinds
    assert ("Mike Leigh", "PER") in kinds


def test_a_name_of_several_words_the_articles_write_as_a_company_is_one_unless_addressed():
    articles = [
        tagged_article(
            0,
            "William Hill's shares rose. William Hill said it would grow.\n",
            ["William Hill", "William Hill"],
        ),  # fmt: skip
        tagged_article(
            1, "Mr Jobs said it was fine. Mr Jobs's shares rose.\n", ["Mr Jobs", "Mr Jobs"]
        ),  # fmt: skip
    ]
    _, entities = resolve_entities(articles)
    assert sorted((e.name, e.type) for e in entities) == [("Jobs", "PER"), ("William Hill", "ORG")]


def test_analysts_at_a_firm_and_a_research_firm_name_a_company():
    articles = [
        tagged_article(
            0,
            "Analysts at Gartnor expect growth. Gartnor analyst Ann Lee agreed.\n",
            ["Gartnor", "Gartnor", "Ann Lee"],
        ),  # fmt: skip
    ]
    _, entities = resolve_entities(articles)
    assert sorted((e.name, e.type) for e in entities) == [("Ann Lee", "PER"), ("Gartnor", "ORG")]


def test_a_surname_alone_joins_the_full_name_with_the_great_majority_of_its_mentions():
    campaign = "Maria Delgado campaigned in Ohio with the Rivera Institute on {day}.\n"
    corpus = corpus_of(
        *(
            campaign.format(day=day)
            for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Sunday")
        ),
        "Rafael Delgado, her cousin, ran a bakery in Ohio. Delgado baked bread on Friday.\n",
        "Delgado spoke to the Rivera Institute on Saturday about taxes.\n",
    )
    people = {e.name: e for e in corpus.entities if e.type == "PER"}
    assert sorted(people) == ["Maria Delgado", "Rafael Delgado"]
    assert people["Maria Delgado"].articles == ("a0", "a1", "a2", "a3", "a4", "a6")
    assert people["Rafael Delgado"].articles == ("a5",)  # his story keeps its Delgado his
    assert people["Rafael Delgado"].mention_count == 2


def test_a_surname_shared_evenly_by_full_names_stays_apart():
    corpus = corpus_of(
        "Maria Delgado campaigned in Ohio with the Rivera Institute on Monday.\n",
        "Rafael Delgado spoke to the Rivera Institute on Tuesday.\n",
        "Delgado spoke to the Rivera Institute on Saturday about taxes.\n",
    )
    people = sorted(e.name for e in corpus.entities if e.type == "PER")
    assert people == ["Delgado", "Maria Delgado", "Rafael Delgado"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Unlike Dana Whitfield, the senator voted against the bill on Monday.\n",
         "Dana Whitfield"),
        ("Both Tomas Ortega and the union rejected the offer on Monday.\n", "Tomas Ortega"),
        ("Without Priya Raman the committee could not meet on Monday.\n", "Priya Raman"),
    ],
)  # fmt: skip
def test_a_person_s_name_never_opens_with_a_preposition_or_a_quantifier(text, name):
    corpus = corpus_of(text)
    assert [e.name for e in corpus.entities if e.type == "PER"] == [name]


def test_a_party_s_names_and_its_members_name_are_one_party():
    corpus = corpus_of(
        "The Tories met in Leeds on Monday. The Conservative Party chairman spoke.\n",
        "Labour attacked the Conservatives on Tuesday; the Labour Party said it would win.\n",
    )
    parties = {e.name: e for e in corpus.entities if e.type == "ORG"}
    assert set(parties["Conservative Party"].aliases) >= {"Tories", "Conservatives"}
    assert parties["Conservative Party"].articles == ("a0", "a1")
    assert parties["Labour Party"].mention_count == 2
    assert "Tories" not in parties and "Labour" not in parties


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Harlow Square", "LOC"), ("Mercer Street", "LOC"), ("Prairie Bowl", "MISC"),
        ("Kestrel Cup", "MISC"), ("Nimbus Live", "MISC"), ("Orbit Messenger", "MISC"),
        ("Dana Lane", "PER"),  # a noun that is a surname often enough keeps the person
    ],
)  # fmt: skip
def test_a_name_headed_by_a_place_event_or_service_noun_is_not_a_person(name, kind):
    from briefing.analysis.names.cleaning import clean_name
    from briefing.model import Mention

    body = f"Crowds came to {name} on Monday."
    start = body.index(name)
    cleaned = clean_name(body, Mention(start, start + len(name), name, "PER"))
    assert cleaned is not None and (cleaned.text, cleaned.type) == (name, kind)


def test_a_company_the_tagger_calls_a_place_is_the_company_when_the_corpus_says_so():
    from briefing.analysis.names.company_names import companies_named_as_places
    from briefing.analysis.names.evidence import name_evidence
    from briefing.model import Mention

    texts = [
        "Shoppers left Brandmart, the largest US retailer, on Monday.",
        "Rivals such as Kelso and retailers such as Brandmart cut prices.",
        "Online retailer Brandmart said it would hire 500 people in Leeds.",
        "Shoppers in Leeds queued on Tuesday.",
    ]
    articles = []
    for number, text in enumerate(texts):
        article = parse_article(text + "\n", Path(f"a{number}.txt"), f"a{number}")
        mentions = tuple(
            Mention(i, i + len(name), name, "LOC")
            for name in ("Brandmart", "Leeds")
            for i in [text.find(name)]
            if i >= 0
        )
        articles.append(replace(article, mentions=mentions))
    found = companies_named_as_places([name_evidence(a) for a in articles])
    assert found == frozenset({"Brandmart"})


def typed_article(index, text, typed):
    """An article whose mentions are the (name, type) pairs ``typed``, in order."""
    parsed = parse_article(text, Path(f"a{index}.txt"), f"a{index}")
    mentions, position = [], 0
    for name, kind in typed:
        start = text.index(name, position)
        mentions.append(Mention(start, start + len(name), name, kind))
        position = start + len(name)
    return replace(parsed, mentions=tuple(mentions))


def test_a_one_word_name_the_corpus_mostly_writes_as_a_person_is_that_person_everywhere():
    articles = [
        typed_article(
            0,
            "Donald Trump spoke in Ohio for Acme. Trump left. Trump won. Trump lost.\n",
            [("Donald Trump", "PER"), ("Ohio", "LOC"), ("Acme", "ORG")] + [("Trump", "PER")] * 3,
        ),
        # the tagger typed him a place in a story that never gives his full name
        typed_article(
            1,
            "Crowds cheered Trump in Ohio at Acme on Monday.\n",
            [("Trump", "LOC"), ("Ohio", "LOC"), ("Acme", "ORG")],
        ),
        # a state's name keeps its type, however many people it ends
        typed_article(
            2, "Governor Ann Ohio spoke. Ohio voted.\n", [("Ann Ohio", "PER"), ("Ohio", "LOC")]
        ),
    ]
    resolved, entities = resolve_entities(articles)
    kinds = {(e.name, e.type, e.mention_count) for e in entities}
    assert ("Donald Trump", "PER", 5) in kinds
    assert not [e for e in entities if e.name == "Trump"]
    assert [(m.text, m.entity) for m in resolved[1].mentions] == [
        ("Trump", "per:donald-trump"),
        ("Ohio", "loc:ohio"),
        ("Acme", "org:acme"),
    ]
    assert ("Ohio", "LOC", 3) in kinds


def test_an_organisation_written_far_more_on_its_own_does_not_join_a_longer_name():
    text = (
        "The Republican Party met. The Republican Party voted. The Republican Party won. "
        "The South Carolina Republican Party agreed.\n"
    )
    typed = [("Republican Party", "ORG")] * 3 + [("South Carolina Republican Party", "ORG")]
    _, entities = resolve_entities([typed_article(0, text, typed)])
    counts = {e.name: e.mention_count for e in entities}
    assert counts == {"Republican Party": 3, "South Carolina Republican Party": 1}
    # while a department written once beside its full name joins it
    text = "The U.S. Department of Commerce said so. The Department of Commerce agreed.\n"
    typed = [("U.S. Department of Commerce", "ORG"), ("Department of Commerce", "ORG")]
    _, entities = resolve_entities([typed_article(0, text, typed)])
    assert [(e.name, e.mention_count) for e in entities] == [("U.S. Department of Commerce", 2)]


def test_a_party_s_members_named_without_the_tagger_are_the_party():
    corpus = corpus_of("Labour attacked the Conservatives and the Democrats on Tuesday.\n")
    found = {(e.name, e.type) for e in corpus.entities}
    assert {("Conservative Party", "ORG"), ("Democratic Party", "ORG")} <= found


def test_the_european_union_is_one_organisation_however_written():
    corpus = corpus_of("EU ministers met in Brussels. The European Union said it would act.\n")
    union = entity(corpus, "European Union")
    assert (union.type, union.aliases, union.mention_count) == ("ORG", ("EU",), 2)


@pytest.mark.parametrize(
    "text",
    [
        "Nikkei Asia reported on Monday that the talks had ended.\n",
        "The talks had ended, Nikkei Asia reported on Monday.\n",
        "According to Observer Net, the talks had ended.\n",
    ],
)
def test_an_outlet_named_in_several_words_is_one_organisation(text):
    article = parse_article(text, Path("a.txt"), "a")
    outlets = [(m.text, m.type) for m in find_mentions(article) if m.type == "ORG"]
    assert outlets in ([("Nikkei Asia", "ORG")], [("Observer Net", "ORG")])


def test_a_dateline_s_place_stays_a_place_beside_a_team_of_that_name():
    text = (
        "Baseball results\n\nNEW YORK 1996-08-22\n\nNEW YORK beat BOSTON 5-3. NEW YORK won again.\n"
    )
    typed = [("NEW YORK", "LOC"), ("NEW YORK", "ORG"), ("BOSTON", "ORG"), ("NEW YORK", "ORG")]
    (resolved,), _ = resolve_entities([typed_article(0, text, typed)])
    assert [m.type for m in resolved.mentions] == ["LOC", "ORG", "ORG", "ORG"]


def test_a_city_standing_for_its_team_does_not_make_the_city_a_team():
    text = (
        "Leeds beat Quellford 2-1. Leeds lead the league. Fans filled the streets of Leeds. "
        "Quellford won last week.\n"
    )
    typed = [("Leeds", "ORG"), ("Quellford", "ORG"), ("Leeds", "ORG"), ("Leeds", "LOC"),
             ("Quellford", "ORG")]  # fmt: skip
    (resolved,), entities = resolve_entities([typed_article(0, text, typed)])
    assert [m.type for m in resolved.mentions] == ["ORG", "ORG", "ORG", "LOC", "ORG"]
    assert sorted((e.name, e.type, e.mention_count) for e in entities) == [
        ("Leeds", "LOC", 1),
        ("Leeds", "ORG", 2),
        ("Quellford", "ORG", 2),
    ]


def test_a_name_that_is_no_place_takes_the_vote_of_its_story():
    # "Quellford" names no city, country or state: the tagger's one "place" joins the club
    text = "Quellford beat Leeds. Quellford lead the league. Fans of Quellford cheered.\n"
    typed = [("Quellford", "ORG"), ("Leeds", "ORG"), ("Quellford", "ORG"), ("Quellford", "LOC")]
    (resolved,), _ = resolve_entities([typed_article(0, text, typed)])
    assert [m.type for m in resolved.mentions] == ["ORG", "ORG", "ORG", "ORG"]


def test_the_vote_still_gives_a_name_its_majority_type_other_than_a_place_s():
    text = "Corvel hired staff. Corvel said it grew. Analysts praised Corvel.\n"
    typed = [("Corvel", "ORG"), ("Corvel", "ORG"), ("Corvel", "PER")]
    (resolved,), _ = resolve_entities([typed_article(0, text, typed)])
    assert [m.type for m in resolved.mentions] == ["ORG", "ORG", "ORG"]


@pytest.mark.parametrize(
    ("name", "place"),
    [("leeds", True), ("kansas city", True), ("france", True), ("ohio", True),
     ("quellford", False), ("manchester united", False)],
)  # fmt: skip
def test_place_names_are_cities_countries_and_states(name, place):
    from briefing.analysis.names.city_names import is_place_name

    assert is_place_name(name) is place


def test_a_company_s_cues_count_where_its_own_story_already_typed_it_a_company():
    from briefing.analysis.names.company_names import companies_named_as_people
    from briefing.analysis.names.evidence import name_evidence

    articles = [
        # read alone, this story's cues made the name a company already
        typed_article(
            0,
            "US aircraft firm Vantair has unveiled a plane. Vantair said it expected orders.\n",
            [("Vantair", "ORG"), ("Vantair", "ORG")],
        ),
        # a story that says nothing of what it is: the tagger's person
        typed_article(
            1, "Vantair won a contract. Vantair hired staff.\n", [("Vantair", "PER")] * 2
        ),
    ]
    assert "Vantair" in companies_named_as_people([name_evidence(a) for a in articles])


def test_a_work_s_cues_count_where_its_own_story_already_typed_it_a_work():
    from briefing.analysis.names.evidence import name_evidence
    from briefing.analysis.names.work_names import works_named_as_people

    articles = [
        typed_article(
            0,
            "The film Tessa Vane opened. The movie Tessa Vane drew crowds.\n",
            [("Tessa Vane", "MISC"), ("Tessa Vane", "MISC")],
        ),
        typed_article(1, "Tessa Vane won three awards.\n", [("Tessa Vane", "PER")]),
    ]
    assert "Tessa Vane" in works_named_as_people([name_evidence(a) for a in articles])


def test_a_people_is_no_place():
    from briefing.analysis.names.cleaning import clean_name
    from briefing.analysis.names.entities import _repair

    body = "Trucks crashed on a southern Austrian motorway near the northern Kestrel port.\n"
    austrian = body.index("Austrian")
    kestrel = body.index("Kestrel")
    as_a_place = clean_name(body, Mention(austrian, austrian + 8, "Austrian", "LOC"))
    assert as_a_place is not None and as_a_place.type == "MISC"
    france = clean_name("In France.\n", Mention(3, 9, "France", "LOC"))
    assert france is not None and france.type == "LOC"
    repaired = _repair(
        body,
        [Mention(austrian, austrian + 8, "Austrian", "MISC"),
         Mention(kestrel, kestrel + 7, "Kestrel", "MISC")],
    )  # fmt: skip
    # after a compass word a name is a place, but a people's adjective stays what it is
    assert [m.type for m in repaired] == ["MISC", "LOC"]


def test_a_name_ending_in_an_industry_word_is_a_company():
    from briefing.analysis.names.cleaning import clean_name

    body = "Quellford Coal cut 300 jobs.\n"
    company = clean_name(body, Mention(0, 14, "Quellford Coal", "PER"))
    assert company is not None and company.type == "ORG"


def test_a_headline_keeps_a_peoples_plural_and_a_name_with_an_initial():
    article = parse_article(
        "# Iraqis Vote as Mary J. Blige Sings in Baghdad\n\nVoters went to the polls in "
        "Baghdad on Sunday, and the singer Mary J. Blige performed for troops there.\n",
        Path("a.md"),
        "a",
    )
    heading = article.paragraphs[0]
    assert [(m.text, m.type) for m in find_mentions(article) if m.start < heading.end] == [
        ("Iraqis", "MISC"),
        ("Mary J. Blige", "PER"),
        ("Baghdad", "LOC"),
    ]


def test_a_person_the_tagger_took_in_with_the_title_is_named_whole():
    # the tagger reads "Justice Antonin Scalia" as one organisation; its last word is a
    # person elsewhere in the story, and the person begins after the title
    text = (
        "The death of conservative Justice Antonin Scalia left the court split. "
        "Scalia had served for decades.\n"
    )
    assert names_in(text) == [
        ("Antonin Scalia", "PER"),
        ("Scalia", "PER"),
    ]


def test_a_partnership_s_first_word_names_it_in_the_story():
    corpus = corpus_of(
        "Kestrel Partners advised Acme Corp on the sale. Kestrel earned a fee of $5 million "
        "for the work, and Kestrel said it would hire more bankers.\n"
    )
    firms = {e.name: e for e in corpus.entities if e.type == "ORG"}
    assert firms["Kestrel Partners"].aliases == ("Kestrel",)
    assert "Kestrel" not in {e.name for e in corpus.entities}


@pytest.mark.parametrize("title", ["Sen", "Rep.", "Gov"])
def test_a_title_written_short_is_no_name_alone(title):
    body = f"A donor to {title} Marco Rubio gave more."
    start = body.index(title)
    assert clean_name(body, Mention(start, start + len(title), title, "LOC")) is None


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Springfield Mayor Ana Ortiz", "Ana Ortiz"),
        ("Appeals Court Judge Lena Park", "Lena Park"),
        ("Rear Admiral Tomas Berg", "Tomas Berg"),
    ],
)
def test_a_person_s_name_follows_the_last_title_taken_in(written, name):
    body = f"{written} said the plan was sound."
    cleaned = clean_name(body, Mention(0, len(written), written, "PER"))
    assert cleaned is not None and cleaned.text == name


@pytest.mark.parametrize(
    ("written", "kind"),
    [("Ortiz University", "ORG"), ("Berg Museum", "ORG"), ("Park Stadium", "LOC")],
)
def test_a_place_or_a_school_named_after_someone_is_no_person(written, kind):
    body = f"Students sued {written} on Monday."
    start = body.index(written)
    cleaned = clean_name(body, Mention(start, start + len(written), written, "PER"))
    assert cleaned is not None and (cleaned.text, cleaned.type) == (written, kind)
