"""Corpus assembly from the parts the cache keeps: the same snapshot as assembling every
article whole, after files are added, changed and removed, without reading other records."""

from __future__ import annotations

import json

import pytest

from briefing.analysis.parts import part_of
from briefing.analysis.pipeline import assemble_corpus
from briefing.analysis.version import ASSEMBLY_VERSION, ENGINE_VERSION
from briefing.library.assembly import assemble_stored
from briefing.library.index import index_paths, theme_hash, walk
from briefing.model import Snapshot
from briefing.store import Store
from briefing.store.records import part_from_record, part_json
from tests.conftest import SEED

# "Verlan" is a person in the first story read alone; the shares story makes it a company
SAID = (
    "Brussels, March 3 - Verlan said on Monday it would cut prices. Verlan expects sales to "
    "rise next year, the chief executive said.\n"
)
SHARES = (
    "Shares of Verlan fell 4% on Tuesday. Verlan's shares have lost a third this year, and "
    "Verlan said it would buy back stock.\n"
)
STEEL = '"We will not back down," trade minister Anna Berg said on Monday about steel.\n'


@pytest.fixture
def folder(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(SAID)
    (articles / "c.txt").write_text(STEEL)
    (articles / "seed.txt").write_text(SEED.read_text(encoding="utf-8"))
    return articles


def from_parts(folder, theme, store):
    """The snapshot as ``briefing index`` makes it: no article held, parts assembled."""
    walked = walk([folder], store, None)
    result = index_paths([folder], theme, store, walked=walked, keep=0)
    assert result.articles == []
    return assemble_stored(walked[0], result.failures, theme, store), result


def whole(folder, theme, tmp_path, name):
    """The snapshot of every article analysed afresh and assembled whole."""
    result = index_paths([folder], theme, Store(tmp_path / f"{name}.sqlite"))
    return Snapshot.of(assemble_corpus(result.articles, result.failures))


def types_of(snapshot, name):
    return sorted(entity.type for entity in snapshot.entities if entity.name == name)


def test_parts_assemble_the_whole_corpus_after_an_add_a_change_and_a_removal(
    tmp_path, folder, theme, record_reads
):
    store = Store(tmp_path / "db.sqlite")
    first, result = from_parts(folder, theme, store)
    assert (result.analysed, result.cached) == (3, 0)
    assert first == whole(folder, theme, tmp_path, "first")
    assert types_of(first, "Verlan") == ["PER"]

    reads = record_reads
    (folder / "b.txt").write_text(SHARES)  # added: Verlan's type changes in a.txt too
    added, result = from_parts(folder, theme, store)
    assert (result.analysed, result.cached) == (1, 3) and reads == []
    assert added == whole(folder, theme, tmp_path, "added")
    assert types_of(added, "Verlan") == ["ORG"]
    assert len(added.headers) == 4

    (folder / "c.txt").write_text(STEEL.replace("Monday", "Friday"))  # changed
    changed, result = from_parts(folder, theme, store)
    assert (result.analysed, result.cached) == (1, 3) and reads == []
    assert changed == whole(folder, theme, tmp_path, "changed")
    assert changed != added

    (folder / "b.txt").unlink()  # removed: Verlan is a person again
    removed, result = from_parts(folder, theme, store)
    assert (result.analysed, result.cached) == (0, 3) and reads == []
    assert removed == whole(folder, theme, tmp_path, "removed")
    assert types_of(removed, "Verlan") == ["PER"]
    store.close()


def test_a_part_comes_back_from_the_cache_as_it_was_kept(folder, theme, tmp_path):
    result = index_paths([folder], theme, Store(tmp_path / "db.sqlite"))
    parts = [part_of(article) for article in result.articles]
    assert sum(len(part.dated) for part in parts) > 5 and any(part.quotes for part in parts)
    assert any(any(part.cues) for part in parts)
    for part in parts:
        assert part_from_record(json.loads(part_json(part)), {}) == part


def test_analyses_cached_without_parts_get_them_once(tmp_path, folder, theme, record_reads):
    store = Store(tmp_path / "db.sqlite")
    reference, _ = from_parts(folder, theme, store)
    store.cache.execute("DELETE FROM parts")  # as a cache of version 3 held its analyses
    store.cache.execute("DELETE FROM memos")
    store.cache.commit()
    reads = record_reads
    again, result = from_parts(folder, theme, store)
    assert (result.analysed, result.cached) == (0, 3) and again == reference
    assert len(reads) == 3  # each record read once, to make its part
    files = [(e.key, e.digest, e.option) for e in walk([folder], store, None)[0]]
    rows = store.cached_ids(files, ENGINE_VERSION, theme_hash(theme))
    assert len(store.parts(rows, ASSEMBLY_VERSION, {})) == 3
    reads.clear()
    assert from_parts(folder, theme, store)[0] == reference and reads == []
    assert store.parts(rows, "another assembly", {}) == {}  # kept for their version only
    store.close()
