"""The reader's corrections of the entities, driven by Pilot: m merges the highlighted entity
into another, u splits an alias off, U lists the corrections and undoes one; kept in the
database, made again on every open, and in the brief."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from briefing.cli import main
from briefing.tui.screens.entity_dialogs import AliasPicker, CorrectionList, MergeTargetPicker
from briefing.tui.screens.main import MainScreen
from briefing.tui.widgets.entity_sidebar import EntitySidebar
from tests.conftest import SEEDS
from tests.tui.test_app import SIZE, _text, ready


def entity(screen: MainScreen, entity_id: str):
    return next((e for e in screen.corpus.entities if e.id == entity_id), None)


async def on_entity(pilot, screen: MainScreen, entity_id: str) -> EntitySidebar:
    """Focus the sidebar (key 3) with its cursor on one entity."""
    await pilot.press("3")
    sidebar = screen.query_one(EntitySidebar)
    node = next(
        n for group in sidebar.root.children for n in group.children if n.data.id == entity_id
    )
    sidebar.move_cursor(node)
    await pilot.pause()
    return sidebar


async def keys_on(pilot, screen: MainScreen, entity_id: str, *keys: str) -> None:
    """Press ``keys`` with the sidebar's cursor on one entity."""
    await on_entity(pilot, screen, entity_id)
    await pilot.press(*keys)
    await pilot.pause()


async def settled(app, pilot) -> None:
    """Wait for the correcting worker and the corpus it hands over."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def test_m_merges_an_entity_into_the_one_picked_and_it_stays_merged(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert sum("per:trump" in e.entities for e in screen.corpus.timeline) == 4
        await keys_on(pilot, screen, "per:trump", "m")
        picker = app.screen
        assert isinstance(picker, MergeTargetPicker)
        assert "Merge Trump into" in str(picker.query_one("#merge-box").border_title)
        await pilot.press(*"ruther")
        await pilot.pause()
        assert picker.query_one("#merge-list").option_count == 1
        await pilot.press("enter")
        await settled(app, pilot)
        assert isinstance(app.screen, MainScreen)
        assert entity(screen, "per:trump") is None
        rutherford = entity(screen, "per:rutherford")
        assert (rutherford.mention_count, rutherford.aliases) == (22, ("Trump",))
        assert rutherford.roles == ("U.S. Commerce Secretary", "U.S. President")
        assert not any("per:trump" in e.entities for e in screen.corpus.timeline)
        mentions = [m for m in screen.article.mentions if m.text == "Trump"]
        assert {m.entity for m in mentions} == {"per:rutherford"} and len(mentions) == 10
        sidebar = screen.query_one(EntitySidebar)
        assert sidebar.highlighted_entity.id == "per:rutherford"  # the cursor followed
        assert "22 Rutherford" in _text(app)
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        screen = await ready(again, pilot)
        assert entity(screen, "per:trump") is None
        assert entity(screen, "per:rutherford").mention_count == 22


async def test_u_splits_an_alias_off_and_U_undoes_it(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert entity(screen, "loc:united-states").mention_count == 26
        await keys_on(pilot, screen, "loc:united-states", "u")
        assert isinstance(app.screen, AliasPicker)
        await pilot.press("enter")  # its one alias, U.S.
        await settled(app, pilot)
        assert entity(screen, "loc:united-states").mention_count == 1
        split = entity(screen, "loc:u-s")
        assert (split.name, split.type, split.mention_count) == ("U.S.", "LOC", 25)
        await pilot.press("U")
        await pilot.pause()
        listing = app.screen
        assert isinstance(listing, CorrectionList)
        line = listing.query_one("#corrections-list").get_option_at_index(0).prompt
        assert str(line) == "U.S. split off United States"
        await pilot.press("enter")
        await settled(app, pilot)
        assert entity(screen, "loc:u-s") is None
        assert entity(screen, "loc:united-states").mention_count == 26
        assert screen.annotations.corrections == []
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        screen = await ready(again, pilot)
        assert entity(screen, "loc:united-states").mention_count == 26


async def test_keys_that_cannot_correct_say_why(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await keys_on(pilot, screen, "loc:japan", "u")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("U")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        said = [n.message for n in app._notifications]
        assert "Japan has no alias to split off." in said
        assert any(m.startswith("No corrections yet") for m in said)
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert screen.annotations.corrections == []


async def test_the_merge_filter_finds_names_by_their_aliases_and_may_find_none(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await keys_on(pilot, screen, "misc:japanese", "m")
        picker = app.screen
        await pilot.press(*"u.s.")  # an alias of United States
        await pilot.pause()
        listing = picker.query_one("#merge-list")
        assert [listing.get_option_at_index(i).id for i in range(listing.option_count)] == [
            "loc:united-states",
            "org:u-s-department-of-commerce",
        ]
        picker.query_one(Input).value = "no such name"
        await pilot.pause()
        assert listing.option_count == 0
        await pilot.press("enter")  # nothing to pick: the dialog stays
        await pilot.pause()
        assert app.screen is picker


@pytest.mark.parametrize("kind", ["md", "json"])
def test_the_brief_has_the_corrections_the_reader_made(make_app, tmp_path, capsys, kind):
    import asyncio

    async def merge() -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            screen = await ready(app, pilot)
            await keys_on(pilot, screen, "per:trump", "m", *"rutherford", "enter")
            await settled(app, pilot)
            assert entity(screen, "per:trump") is None

    asyncio.run(merge())
    fmt = ["--format", "json"] if kind == "json" else []
    assert main(["export", str(SEEDS), "-o", "-", *fmt]) == 0
    brief = capsys.readouterr().out
    assert "Trump" in brief  # the name is still written in the sentences cited
    if kind == "json":
        import json

        entities = {e["id"]: e for e in json.loads(brief)["entities"]}
        assert "per:trump" not in entities
        assert entities["per:rutherford"]["mention_count"] == 22
        assert entities["per:rutherford"]["aliases"] == ["Trump"]
    else:
        assert "| Rutherford | PER | U.S. Commerce Secretary; U.S. President | 22 |" in brief
        assert "| Trump |" not in brief


async def test_a_date_set_after_a_merge_keeps_the_merge(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await keys_on(pilot, screen, "per:trump", "m", *"rutherford", "enter")
        await settled(app, pilot)
        await pilot.press("2", "d", *"2025-10-28", "enter")
        await settled(app, pilot)
        assert screen.article.date_basis == "user"
        assert entity(screen, "per:trump") is None
        assert entity(screen, "per:rutherford").mention_count == 22
        assert screen.base_corpus is not screen.corpus
        assert any(e.id == "per:trump" for e in screen.base_corpus.entities)
