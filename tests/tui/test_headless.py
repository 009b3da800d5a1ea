"""The reader's headless parts: the selection, the reader's marks and the pane views, with
no screen; and the house rules of the widgets (every binding has an id)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from dataclasses import replace

import pytest
from textual.binding import Binding

import briefing.tui
from briefing.model import Event, article_key, note_target
from briefing.store import Store
from briefing.tui.annotations import Annotations
from briefing.tui.selection import Selection
from briefing.tui.views import quotes_view, status_parts

EVENT = Event("a:e1", "a", "2025-10-27", (0, 10), (0, 40), "Talks resumed on October 27.")


@pytest.mark.parametrize(
    ("change", "panes"),
    [
        ({"topic": "visas"}, ("entities", "timeline", "reader", "articles", "quotes", "status")),
        ({"entity": "per:x"}, ("entities", "timeline", "reader", "articles", "quotes", "status")),
        ({"article_index": 2}, ("reader", "articles", "quotes", "status")),
        ({"sections": False}, ("reader",)),
        ({"event": EVENT}, ("quotes", "status")),
        ({"event": EVENT, "marked": EVENT}, ("reader", "quotes", "status")),
        ({"query": "visa", "matches": ((0, 1, 5),), "match_position": 0}, ("reader", "status")),
        ({"match_position": 3}, ("status",)),
        ({}, ()),
    ],
)
def test_a_change_redraws_only_the_panes_that_show_it(change, panes):
    before = Selection()
    assert replace(before, **change).panes_to_redraw(before) == panes


def test_matches_in_one_article():
    selection = Selection(matches=((0, 1, 5), (1, 2, 4), (0, 9, 12)))
    assert selection.matches_in(0) == [(1, 5), (9, 12)]
    assert selection.matches_in(2) == []


def test_annotations_save_through_the_store_and_hold_without_one(tmp_path):
    store = Store(tmp_path / "briefing.db")
    marks = Annotations(store)
    assert marks.toggle_pin("a:e1") is True
    note = marks.add_note(tmp_path / "a.txt", 3, "check the order")
    assert note.target == note_target(tmp_path / "a.txt", 3)
    assert marks.notes_by_paragraph(article_key(tmp_path / "a.txt")) == {3: ["check the order"]}
    again = Annotations(Store(tmp_path / "briefing.db"))
    assert again.pinned == {"a:e1"}
    assert [n.text for n in again.notes] == ["check the order"]
    assert again.toggle_pin("a:e1") is False
    alone = Annotations()
    alone.add_note(tmp_path / "b.txt", 0, "mine")
    assert alone.notes_by_paragraph(article_key(tmp_path / "b.txt")) == {0: ["mine"]}
    assert marks.latest_note(tmp_path / "a.txt", 2) is None
    marks.edit_note(marks.latest_note(tmp_path / "a.txt", 3), "check the date")
    assert [n.text for n in Annotations(Store(tmp_path / "briefing.db")).notes] == [
        "check the date"
    ]
    marks.edit_note(marks.latest_note(tmp_path / "a.txt", 3), "")
    assert marks.notes == [] and Store(tmp_path / "briefing.db").notes() == []


def test_status_and_quotes_views(seed_article):
    from briefing.analysis.pipeline import build_corpus
    from briefing.analysis.topics.themes import load_theme
    from briefing.library.query import Reading
    from briefing.resources import themes_dir

    theme = load_theme(themes_dir())
    seed_corpus = build_corpus([seed_article], default_date="2025-10-28", theme=theme)
    reading = Reading(seed_corpus)
    article = seed_corpus.articles[0]
    selection = Selection(topic="visas", query="visa", matches=((0, 1, 5),), match_position=0)
    parts = status_parts(seed_corpus, selection, (1, 1), theme, reading.names, 2)
    assert parts[0] == "briefing"
    assert parts[-3:] == ["topic: Visas & immigration", "search 'visa': 1/1", "2 pinned"]
    quotes, title = quotes_view(reading, article, Selection(), theme)
    assert (title, len(quotes)) == ("this article", len(article.quotes))
    assert quotes_view(None, None, selection, theme) == ([], "none")


def test_every_binding_of_the_reader_has_an_id():
    missing = []
    for module in pkgutil.walk_packages(briefing.tui.__path__, "briefing.tui."):
        loaded = importlib.import_module(module.name)
        for _name, cls in inspect.getmembers(loaded, inspect.isclass):
            if cls.__module__ != loaded.__name__:
                continue
            for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", ())):
                if not binding.id:
                    missing.append(f"{cls.__name__}: {binding.key}")
    assert missing == []
