"""Assembling again from the last assembly's memo: the bytes of a whole assembly, with only
the parts of the changed articles (and of those their change reached) read."""

from __future__ import annotations

import json

import pytest

from briefing.analysis.parts import part_of
from briefing.analysis.reassembly import Source, assemble
from briefing.analysis.version import ASSEMBLY_VERSION, ENGINE_VERSION
from briefing.library.index import index_paths, theme_hash, walk
from briefing.store import Store
from briefing.store.memo_records import (
    article_memo_json,
    corpus_memo_json,
    memo_from_records,
)
from briefing.store.records import snapshot_pieces
from tests.conftest import SEED
from tests.store.test_assembly_parts import SAID, SHARES, STEEL, from_parts, types_of, whole


@pytest.fixture
def parts_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The row ids of the assembly parts every store reads from now on."""
    reads: list[int] = []
    parts = Store.parts

    def counted(self: Store, row_ids, *args):
        reads.extend(row_ids)
        return parts(self, row_ids, *args)

    monkeypatch.setattr(Store, "parts", counted)
    return reads


def names_of(rows: list[int], folder, theme, store: Store) -> list[str]:
    """The file names of the analyses in these rows."""
    entries = walk([folder], store, None)[0]
    cached = store.cached_ids([(e.key, e.digest, e.option) for e in entries], ENGINE_VERSION,
                              theme_hash(theme))  # fmt: skip
    by_row = {row: entry.path.name for entry, row in zip(entries, cached, strict=True)}
    return sorted(by_row[row] for row in rows)


def same_bytes(one, other) -> bool:
    return b"".join(snapshot_pieces(one)) == b"".join(snapshot_pieces(other))


@pytest.fixture
def folder(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(SAID)
    (articles / "c.txt").write_text(STEEL)
    (articles / "d.txt").write_text(
        "Verlan told reporters in Oslo on Friday that prices would fall, and Verlan expects more.\n"
    )
    return articles


def test_a_change_reads_the_parts_of_what_it_touches_and_assembles_the_same_bytes(
    tmp_path, folder, theme, parts_read
):
    store = Store(tmp_path / "db.sqlite")
    first, _ = from_parts(folder, theme, store)
    assert same_bytes(first, whole(folder, theme, tmp_path, "first"))
    assert names_of(parts_read, folder, theme, store) == ["a.txt", "c.txt", "d.txt"]
    assert types_of(first, "Verlan") == ["PER"]

    parts_read.clear()
    again, _ = from_parts(folder, theme, store)  # nothing changed: no part read
    assert parts_read == [] and same_bytes(again, first)

    (folder / "b.txt").write_text(SHARES)  # Verlan becomes a company: a.txt and d.txt name it
    added, _ = from_parts(folder, theme, store)
    assert same_bytes(added, whole(folder, theme, tmp_path, "added"))
    assert types_of(added, "Verlan") == ["ORG"]
    assert names_of(parts_read, folder, theme, store) == ["a.txt", "b.txt", "d.txt"]

    parts_read.clear()
    (folder / "c.txt").write_text(STEEL.replace("Monday", "Friday"))  # touches no other
    changed, _ = from_parts(folder, theme, store)
    assert same_bytes(changed, whole(folder, theme, tmp_path, "changed"))
    assert names_of(parts_read, folder, theme, store) == ["c.txt"]

    parts_read.clear()
    (folder / "b.txt").unlink()  # Verlan is a person again, where it is named
    removed, _ = from_parts(folder, theme, store)
    assert same_bytes(removed, whole(folder, theme, tmp_path, "removed"))
    assert types_of(removed, "Verlan") == ["PER"]
    assert names_of(parts_read, folder, theme, store) == ["a.txt", "d.txt"]
    store.close()


def test_the_memo_comes_back_from_its_records_as_it_was_made(folder, theme, tmp_path):
    (folder / "seed.txt").write_text(SEED.read_text(encoding="utf-8"))
    result = index_paths([folder], theme, Store(tmp_path / "db.sqlite"))
    parts = [part_of(article) for article in result.articles]
    sources = [
        Source(
            (f"{n}:x:", part.id, part.header.path),
            None,
            lambda part=part: part,
            lambda article=article: article,
        )  # fmt: skip
        for n, (part, article) in enumerate(zip(parts, result.articles, strict=True))
    ]
    _snapshot, memo = assemble(sources)
    assert any(article.events for article in memo.articles)
    assert any(any(article.names.roles) for article in memo.articles)
    records = [(a.source, json.loads(article_memo_json(a))) for a in memo.articles]
    assert memo_from_records(json.loads(corpus_memo_json(memo)), records) == memo


def test_a_memo_is_used_only_for_its_own_engine_and_themes(tmp_path, folder, theme, parts_read):
    store = Store(tmp_path / "db.sqlite")
    reference, _ = from_parts(folder, theme, store)
    key = f"{ASSEMBLY_VERSION}:{ENGINE_VERSION}:{theme_hash(theme)}"
    assert store.memo(key, []) is not None
    assert store.memo(f"another:{ENGINE_VERSION}:{theme_hash(theme)}", []) is None
    kept = store.cache.execute("SELECT count(*) FROM memo_articles").fetchone()[0]
    assert kept == 3
    store.cache.execute("UPDATE memos SET assembly='another'")  # as an older engine left it
    store.cache.commit()
    parts_read.clear()
    again, _ = from_parts(folder, theme, store)  # assembled whole, and the memo made anew
    assert same_bytes(again, reference) and len(parts_read) == 3
    assert store.cache.execute("SELECT assembly FROM memos").fetchall() == [(key,)]
    store.close()


def test_a_memo_that_no_longer_reads_is_left_and_the_corpus_assembled_whole(
    tmp_path, folder, theme, parts_read
):
    store = Store(tmp_path / "db.sqlite")
    reference, _ = from_parts(folder, theme, store)
    store.cache.execute("UPDATE memo_articles SET record='[1, 2'")  # cut short
    store.cache.commit()
    parts_read.clear()
    again, _ = from_parts(folder, theme, store)
    assert same_bytes(again, reference) and len(parts_read) == 3
    parts_read.clear()
    assert same_bytes(from_parts(folder, theme, store)[0], reference) and parts_read == []
    store.close()


def test_an_article_whose_name_now_ends_in_another_entity_is_linked_again(
    tmp_path, folder, theme, parts_read
):
    (folder / "e.txt").write_text(
        "Berg told the Commerce Ministry on Monday that talks went well. "
        '"We will act," Berg said.\n'
    )
    store = Store(tmp_path / "db.sqlite")
    first, _ = from_parts(folder, theme, store)
    assert {"per:berg", "per:anna-berg"} <= {entity.id for entity in first.entities}
    parts_read.clear()
    (folder / "g.txt").write_text("Anna Berg of the Commerce Ministry spoke in Oslo on Monday.\n")
    added, _ = from_parts(folder, theme, store)  # e.txt's Berg is Anna Berg now
    assert same_bytes(added, whole(folder, theme, tmp_path, "added"))
    assert "per:berg" not in {entity.id for entity in added.entities}
    assert names_of(parts_read, folder, theme, store) == ["e.txt", "g.txt"]
    store.close()
