"""The name tagger's features: word clusters, the document's evidence, and the rules that
read a title or a country around a name."""

from __future__ import annotations

from briefing.analysis.names.cleaning import clean_name
from briefing.analysis.names.clusters import UNKNOWN, cluster_table, clusters_of
from briefing.analysis.names.listed_names import titled_people
from briefing.analysis.names.tagger_features import (
    NO_DOCUMENT,
    document_context,
    name_windows,
    sentence_features,
    windowed_features,
)
from briefing.model import Mention


def test_the_shipped_cluster_table_puts_like_names_together():
    assert len(cluster_table()) == 100_000
    assert clusters_of("clinton") == clusters_of("obama")  # two presidents
    assert clusters_of("clinton")[2] != clusters_of("london")[2]
    assert [feature.split("=")[0] for feature in clusters_of("london")] == [
        "c64",
        "c256",
        "c1024",
    ]
    assert clusters_of("zzkishidaqq") == UNKNOWN == ("c=none",)


def contexts(features):
    return sorted(feature for feature in features if feature.startswith("a"))


def test_a_capitalised_word_reads_the_contexts_of_its_other_occurrences():
    sentences = [["Mr", "Kishida", "spoke", "."], ["Kishida", "left", "Tokyo", "."]]
    document = document_context(sentences)
    first = sentence_features(sentences[0], document)
    second = sentence_features(sentences[1], document)
    # each occurrence sees the other's neighbours, never its own
    assert contexts(first[1]) == ["a+1=left"]
    assert contexts(second[0]) == ["a+1=spoke", "a-1=mr"]
    # a word written once, and a word in lower case, get none
    assert contexts(second[2]) == []
    assert contexts(second[1]) == []
    assert "capselsewhere" in second[0]  # "Kishida" is capitalised off a sentence start too


def test_a_context_written_twice_stays_with_each_occurrence():
    sentences = [["Mr", "Abe", "said", "."], ["Mr", "Abe", "left", "."]]
    document = document_context(sentences)
    assert contexts(sentence_features(sentences[0], document)[1]) == [
        "a+1=left",
        "a-1=mr",
    ]


def test_the_window_and_clusters_are_in_each_row_and_the_edges_are_marked():
    row = sentence_features(["Kishida", "said"], NO_DOCUMENT)[0]
    assert {"w=kishida", "first", "-2w=<edge>", "-1w=<edge>", "1w=said", "2w=<edge>"} <= set(row)
    assert "w|+1w=kishida|said" in row
    assert "c=none" in row  # not in the table
    assert "1" + clusters_of("said")[1] in row  # the next word's finer cluster


def test_features_are_the_same_for_the_same_document():
    sentences = [["Mr", "Kishida", "spoke", "."], ["Kishida", "left", "."]]
    assert [sentence_features(s, document_context(sentences)) for s in sentences] == [
        sentence_features(s, document_context(sentences)) for s in sentences
    ]


def test_a_name_after_a_person_s_title_is_a_person():
    body = "U.S. President Trump met Senator Vance and Mr. Ishiba in Japan."
    mentions = [
        Mention(body.index("Trump"), body.index("Trump") + 5, "Trump", "ORG"),
        Mention(body.index("Vance"), body.index("Vance") + 5, "Vance", "LOC"),
        Mention(body.index("Ishiba"), body.index("Ishiba") + 6, "Ishiba", "MISC"),
        Mention(body.index("Japan"), body.index("Japan") + 5, "Japan", "LOC"),
    ]
    assert [(m.text, m.type) for m in titled_people(body, mentions)] == [
        ("Trump", "PER"),
        ("Vance", "PER"),
        ("Ishiba", "PER"),
        ("Japan", "LOC"),
    ]
    # a company's name after a word that also opens companies' names stays as it was
    body = "General Motors said so."
    motors = Mention(8, 14, "Motors", "ORG")
    assert titled_people(body, [motors]) == [motors]


def test_a_country_starting_a_title_phrase_is_the_only_name_in_it():
    body = "U.S. Commerce Secretary Ruth Rutherford spoke."
    cleaned = clean_name(body, Mention(0, 13, "U.S. Commerce", "ORG"))
    assert cleaned == Mention(0, 4, "U.S.", "LOC")
    # without a title after it, the name stays whole
    body = "U.S. Steel said so."
    assert clean_name(body, Mention(0, 10, "U.S. Steel", "ORG")) == Mention(
        0, 10, "U.S. Steel", "ORG"
    )


def test_a_state_abbreviation_keeps_its_full_stop():
    body = "PHOENIX, Ariz., March 3"
    assert clean_name(body, Mention(9, 13, "Ariz", "LOC")) == Mention(9, 14, "Ariz.", "LOC")


def test_the_tagger_reads_the_runs_of_words_near_a_capital_with_the_sentence_s_features():
    words = "the bank said on monday that shares in Acme rose , and that it was a long day".split()
    assert name_windows(words) == [(5, 12)]
    assert name_windows(["IBM", "rose", "."]) == [(0, 3)]
    assert name_windows(["prices", "rose", "."]) == []
    document = document_context([words])
    whole = sentence_features(words, document)
    ((window, rows),) = windowed_features(words, document)
    assert window == (5, 12) and rows == whole[5:12]


def test_a_city_s_name_is_a_feature_of_its_words():
    from briefing.analysis.names.city_names import city_features

    assert city_features("nagoya") == ("g=city",)
    assert city_features("aires") == ("g=city_part",)  # Buenos Aires
    assert city_features("tariff") == ()
    assert "g=city" in sentence_features(["Nagoya", "grew"])[0]


def test_an_outlet_is_made_whole_unless_a_longer_name_holds_it():
    from briefing.analysis.names.listed_names import outlets_whole
    from briefing.analysis.names.tagger_features import tokenize

    body = "Nikkei Asia said so, and the Nikkei Asia Review agreed."
    split = [
        Mention(0, 6, "Nikkei", "ORG"),
        Mention(7, 11, "Asia", "LOC"),
        Mention(29, 47, "Nikkei Asia Review", "ORG"),
    ]
    assert outlets_whole(body, split, [tokenize(body)]) == [
        Mention(0, 11, "Nikkei Asia", "ORG"),
        Mention(29, 47, "Nikkei Asia Review", "ORG"),
    ]
    # passed over by the tagger: found all the same
    assert outlets_whole(body, [], [tokenize(body)]) == [
        Mention(0, 11, "Nikkei Asia", "ORG"),
        Mention(29, 40, "Nikkei Asia", "ORG"),
    ]
