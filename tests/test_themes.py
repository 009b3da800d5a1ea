"""Theme files: loading, validation errors by message, and --themes on the command line."""

from __future__ import annotations

import pytest

from briefing.analysis.topics.themes import ThemeError, contrast_ratio, load_theme
from briefing.cli import main
from briefing.resources import themes_dir
from tests.conftest import SEEDS

GOOD = """name = "t"

[[topic]]
key = "ports"
label = "Ports"
color = "#16838e"

[topic.phrases]
"port" = 1.0
"""


def write(tmp_path, text, name="t.toml"):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_default_theme_has_the_topics_the_reader_is_built_around():
    theme = load_theme(themes_dir())
    keys = [topic.key for topic in theme.topics]
    for key in ("tariffs", "investment", "visas", "minerals", "energy", "shipbuilding",
                "semiconductors", "defense", "diplomacy"):  # fmt: skip
        assert key in keys
    for topic in theme.topics:
        assert contrast_ratio(topic.color, "#000000") >= 3.0
        assert contrast_ratio(topic.color, "#ffffff") >= 3.0


def test_good_file_loads(tmp_path):
    theme = load_theme(write(tmp_path, GOOD))
    (topic,) = theme.topics
    assert (topic.key, topic.label, topic.color, topic.phrases) == (
        "ports", "Ports", "#16838e", (("port", 1.0),),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD.replace('"port" = 1.0', '"port" = '), r"t\.toml:9: Invalid value"),
        ("extra = 1\n" + GOOD, r"t\.toml:1: unknown key 'extra'"),
        ('name = "t"\n', r"t\.toml: no topics \(add \[\[topic\]\] tables\)"),
        (
            GOOD.replace('label = "Ports"', 'label = "Ports"\nshade = 2'),
            r"t\.toml:6: topic 'ports': unknown key 'shade'",
        ),
        (GOOD.replace("#16838e", "teal"), r"t\.toml:4: topic 'ports': color 'teal' is not of"),
        (GOOD.replace("#16838e", "#ffff00"), r"color #ffff00 is hard to read on a dark or a light"),
        (GOOD.replace('"port" = 1.0', ""), r"t\.toml:4: topic 'ports' has no phrases"),
        (GOOD.replace("1.0", '"high"'), r"t\.toml:9: topic 'ports': weight of 'port' must be a"),
        (GOOD.replace('key = "ports"', 'key = "Ports!"'), r"topic key 'Ports!' must be lower"),
    ],
)
def test_theme_errors_name_file_line_and_fault(tmp_path, text, message):
    with pytest.raises(ThemeError, match=message):
        load_theme(write(tmp_path, text))


def test_duplicate_topic_across_files(tmp_path):
    write(tmp_path, GOOD, "a.toml")
    write(tmp_path, GOOD, "b.toml")
    with pytest.raises(ThemeError, match=r"b\.toml: topic 'ports' is already defined in .*a\.toml"):
        load_theme(tmp_path)


def test_themes_option_replaces_the_default(tmp_path, capsys):
    import json

    path = write(tmp_path, GOOD.replace('"port" = 1.0', '"tariff" = 1.0'))
    assert main(["analyze", str(SEEDS), "--json", "--themes", str(path)]) == 0
    article = json.loads(capsys.readouterr().out)["articles"][0]
    assert article["topics"] == ["ports"]
    assert {s["topic"] for s in article["sections"]} == {"ports"}


def test_bad_themes_option_is_one_line_and_status_2(tmp_path, capsys):
    path = write(tmp_path, "[[topic]\n")
    assert main(["analyze", str(SEEDS), "--themes", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"briefing: {path}:1: ")
    assert err.count("\n") == 1
