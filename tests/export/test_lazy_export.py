"""Exporting a warm-opened corpus reads each article once and keeps none of them: the brief
and the JSON are the bytes the whole corpus gives, and the reader holds no more after."""

from __future__ import annotations

import pytest

from briefing.analysis.topics.themes import load_theme
from briefing.export.json import corpus_to_json
from briefing.export.markdown import BriefView, render_brief
from briefing.export.view import covers_an_article, narrowed
from briefing.library.lazy_corpus import LazyArticles
from briefing.library.open_folder import Opened, open_corpus
from briefing.model import MERGE, Correction, note_target, quote_key
from briefing.on_demand import OnDemand, look_at, pass_over
from briefing.resources import themes_dir

STORIES = {
    "a.txt": (
        "Trade Minister Maria Lopez said on Monday, March 3, 2025, that tariffs on steel "
        "would rise by 10%.\n\n"
        '"We will not wait for the others," Lopez said in Madrid.\n'
    ),
    "b.txt": (
        "Lopez met investors in Lisbon on Tuesday, March 4, 2025, to discuss a $2 billion "
        "investment in a battery plant.\n\n"
        '"The plant will employ 900 people," said Joao Silva, the company\'s chief executive.\n'
    ),
    "c.txt": "Rain fell across the north of the country on Wednesday.\n",
}


@pytest.fixture(scope="module")
def theme():
    return load_theme(themes_dir())


def warm_and_whole(tmp_path, theme, corrections=()):
    """The folder's corpus opened warm (lazy) and the same corpus analysed here (whole)."""
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text)
    db = tmp_path / "db.sqlite"
    list(open_corpus([folder], theme, db))  # cold: analysed, the snapshot saved
    (warm,) = open_corpus([folder], theme, db, corrections=lambda: list(corrections))
    whole = list(open_corpus([folder], theme, None, corrections=lambda: list(corrections)))[-1]
    assert isinstance(warm, Opened) and isinstance(whole, Opened)
    return warm.corpus, whole.corpus


def view_with_a_pin_and_a_note(corpus, **filters) -> BriefView:
    """A view that pins the second article's quotation and notes its first paragraph."""
    second = next(a for a in corpus.articles if a.path.endswith("b.txt"))
    pin = quote_key(second.id, second.quotes[0])
    note = (note_target(second.path, 0), "Ask the ministry about the plant's site.")
    return BriefView(pinned=frozenset({pin}), notes=(note,), **filters)


def test_a_brief_of_a_warm_corpus_is_the_whole_ones_and_keeps_no_article(tmp_path, theme):
    warm, whole = warm_and_whole(tmp_path, theme)
    view = view_with_a_pin_and_a_note(whole)
    expected = render_brief(whole, theme, view)
    assert "(pinned)" in expected and "Ask the ministry" in expected
    assert isinstance(warm.articles, LazyArticles)
    assert render_brief(warm, theme, view) == expected
    assert warm.articles.opened == 0
    tariffs = BriefView(topics=("tariffs",))
    assert render_brief(warm, theme, tariffs) == render_brief(whole, theme, tariffs)
    assert warm.articles.opened == 0


def test_a_filtered_brief_keeps_the_pinned_and_noted_article_outside_its_view(tmp_path, theme):
    warm, whole = warm_and_whole(tmp_path, theme)
    view = view_with_a_pin_and_a_note(whole, entities=("Lisbon",), since="2026-01-01")
    brief = render_brief(warm, theme, view)
    assert brief == render_brief(whole, theme, view)
    assert "The plant will employ 900 people" in brief  # pinned, though out of the range
    assert "Ask the ministry" in brief
    assert warm.articles.opened == 0


def test_a_brief_through_the_readers_corrections_stays_lazy(tmp_path, theme):
    merge = [Correction(MERGE, "per:lopez", "per:maria-lopez")]
    warm, whole = warm_and_whole(tmp_path, theme, merge)
    assert not isinstance(warm.articles, LazyArticles)  # the corrections' wrapper
    view = BriefView(entities=("Maria Lopez",))
    brief = render_brief(warm, theme, view)
    assert brief == render_brief(whole, theme, view)
    assert "| Maria Lopez | PER |" in brief
    assert warm.articles.opened == 0


def test_json_and_the_empty_view_check_read_each_article_without_keeping_it(tmp_path, theme):
    warm, whole = warm_and_whole(tmp_path, theme)
    assert corpus_to_json(warm) == corpus_to_json(whole)
    rain = BriefView(since="2025-03-05")
    assert corpus_to_json(narrowed(warm, rain)) == corpus_to_json(narrowed(whole, rain))
    assert covers_an_article(warm, BriefView(topics=("investment",)))
    assert not covers_an_article(warm, BriefView(since="2030-01-01"))
    assert warm.articles.opened == 0


class Counted(OnDemand[str]):
    """Items named by their index, counting how many times each was made."""

    def __init__(self, length: int) -> None:
        super().__init__(length)
        self.made: list[int] = []

    def make(self, index: int) -> str:
        self.made.append(index)
        return f"item {index}"


def test_a_look_makes_an_item_afresh_unless_it_was_kept():
    items = Counted(3)
    kept = items[1]
    assert list(pass_over(items)) == ["item 0", "item 1", "item 2"]
    assert items.made == [1, 0, 2]  # the kept one not made again
    assert look_at(items, 1) is kept
    assert look_at(items, 2) == "item 2" and items.made == [1, 0, 2, 2]  # nor kept now
    assert look_at(["a", "b"], 1) == "b" and list(pass_over(("x", "y"))) == ["x", "y"]
