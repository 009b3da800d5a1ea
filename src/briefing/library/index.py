"""Analyse files through the cache: only new or changed content is analysed again."""

from __future__ import annotations

import hashlib
import json
import pickle
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

from briefing.analysis.topics.themes import Theme, load_theme_files
from briefing.analysis.version import ASSEMBLY_VERSION, ENGINE_VERSION
from briefing.ingest import IngestError, find_article_files
from briefing.ingest.loader import article_parts, parse_document, read_bytes, unique_id
from briefing.model import Article, LoadFailure
from briefing.store import article_key, file_hash, record_json
from briefing.store.interface import CorpusStore
from briefing.store.records import article_from_record, part_json

Progress = Callable[[int, int], None]
Decode = Callable[[dict[str, Any]], Article]  # a cached record to the article it holds


@dataclass
class IndexResult:
    """Articles in input order, failures, and how many came from the cache."""

    articles: list[Article] = field(default_factory=list)
    failures: list[LoadFailure] = field(default_factory=list)
    cached: int = 0
    analysed: int = 0


def theme_hash(theme: Theme) -> str:
    """A hash of the theme files' and their models' contents: the cache is invalid when
    they change."""
    digest = hashlib.sha256()
    for source in (*theme.sources, *(model.path for model in theme.models)):
        digest.update(Path(source).read_bytes())
    return digest.hexdigest()[:16]


def _date_option(key: str, default_date: str | None, user_dates: dict[str, str]) -> str:
    user = user_dates.get(key)
    return f"user:{user}" if user else (default_date or "")


@dataclass(frozen=True)
class Entry:
    """One readable article file as the cache knows it; ``data`` is None for a file known
    by its size and modification time, not read this time (see :func:`with_data`)."""

    path: Path
    article_id: str
    key: str
    data: bytes | None
    digest: str
    option: str
    kind: str = "text"  # how to read ``data`` (see ``ingest.loader.kind_of``)
    size: int = 0  # bytes (of ``data`` when it is given)

    def __post_init__(self) -> None:
        if self.data is not None:
            object.__setattr__(self, "size", len(self.data))

    def content(self) -> bytes:
        """The file's bytes (read now when the walk did not)."""
        return self.data if self.data is not None else read_bytes(self.path)


def with_data(entry: Entry) -> Entry:
    """``entry`` with its bytes, read if need be (and hashed again: the file may have changed
    while its size and time stayed)."""
    if entry.data is not None:
        return entry
    data = entry.content()
    return replace(entry, data=data, digest=file_hash(data))


def analyse_file(entry: Entry, theme: Theme) -> Article:
    """Analyse one read file with its date option (a reader-set date, or the default)."""
    from briefing.analysis.pipeline import analyze_article  # only when there is work to do

    option = entry.option
    article = parse_document(entry.content(), entry.path, entry.article_id, entry.kind)
    if option.startswith("user:"):
        article = replace(article, date=option[5:], date_basis="user")
        return analyze_article(article, theme)
    return analyze_article(article, theme, option or None)


def index_paths(
    paths: Sequence[str | Path],
    theme: Theme,
    store: CorpusStore,
    default_date: str | None = None,
    jobs: int = 1,
    on_progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
    walked: tuple[list[Entry], list[LoadFailure]] | None = None,
    decode: Decode = article_from_record,
    keep: int | None = None,
) -> IndexResult:
    """Every article under ``paths``, in input order: from the cache when its content, the
    engine, the themes and the date are unchanged, else analysed (in ``jobs`` processes)
    and cached. ``decode`` makes the articles given from their records (for example only
    what assembly reads: :func:`briefing.store.records.assembly_article_from_record`);
    only the first ``keep`` are given (all when None), the rest only counted."""
    result = IndexResult()
    walked = walked if walked is not None else walk(paths, store, default_date)
    steps = iter_index(paths, theme, store, default_date, jobs, should_stop, walked, decode,
                       keep)  # fmt: skip
    for step in steps:
        if step.article is not None:
            result.articles.append(step.article)
        if step.article is not None or step.counted:
            result.cached += step.cached
            result.analysed += not step.cached
        if step.failure is not None:
            result.failures.append(step.failure)
        if on_progress:
            on_progress(step.done, step.total)
    result.articles = in_input_order(result.articles, walked[0])
    return result


def in_input_order(articles: list[Article], entries: Sequence[Entry]) -> list[Article]:
    """``articles`` (cache hits first, big files last) back in the order of ``entries``."""
    position = {entry.article_id: index for index, entry in enumerate(entries)}
    return sorted(articles, key=lambda article: position.get(article.id, len(position)))


@dataclass(frozen=True)
class Step:
    """One file dealt with: its article (or failure), and how far the whole run is."""

    article: Article | None
    failure: LoadFailure | None
    cached: bool
    done: int
    total: int
    slow_next: bool = False  # a big file comes next: what is done may be shown first
    counted: bool = False  # an article dealt with, not given (past the ``keep`` asked for)


def walk(
    paths: Sequence[str | Path], store: CorpusStore, default_date: str | None, rehash: bool = False
) -> tuple[list[Entry], list[LoadFailure]]:
    """Every article file under ``paths``, and the files that failed. A file of one article
    whose size and modification time are those it had when last read is not read again
    (its hash is the one kept); ``rehash`` reads and hashes every file."""
    files, failures = find_article_files(paths)
    user_dates = store.dates()
    known = {} if rehash else store.known_files()
    entries: list[Entry] = []
    read: list[tuple[str, int, int, str, str]] = []
    used: set[str] = set()
    for path in files:
        key = article_key(path)
        try:
            stat = path.stat()
        except OSError:
            stat = None  # reading it says why
        seen = known.get(key)
        option = _date_option(key, default_date, user_dates)
        if stat is not None and seen is not None and seen[:2] == (stat.st_size, stat.st_mtime_ns):
            _, _, kind, digest = seen
            entries.append(Entry(path, unique_id(path, used), key, None, digest, option, kind,
                                 stat.st_size))  # fmt: skip
            continue
        failed = len(failures)
        parts = list(article_parts([path], failures, used))
        for part_path, article_id, kind, data in parts:
            part_key = key if part_path == path else article_key(part_path)
            part_option = (
                option if part_path == path else _date_option(part_key, default_date, user_dates)
            )
            entry = Entry(part_path, article_id, part_key, data, file_hash(data), part_option,
                          kind)  # fmt: skip
            entries.append(entry)
        single = len(parts) == 1 and parts[0][0] == path and len(failures) == failed
        if single and stat is not None:  # a feed's items or a file with notices: read again
            read.append((key, stat.st_size, stat.st_mtime_ns, entries[-1].kind, entries[-1].digest))
    store.remember_files(read)
    return entries, failures


def corpus_key(entries: Sequence[Entry], themes: str) -> str:
    """The key of the assembled corpus of exactly these files, engine, assembly, themes and
    dates."""
    digest = hashlib.sha256(f"{ENGINE_VERSION}\0{ASSEMBLY_VERSION}\0{themes}".encode())
    for entry in entries:
        digest.update(f"\0{entry.key}\0{entry.digest}\0{entry.option}\0{entry.article_id}".encode())
    return digest.hexdigest()


SAVE_BATCH = 64  # analyses written per transaction while indexing


def iter_index(
    paths: Sequence[str | Path],
    theme: Theme,
    store: CorpusStore,
    default_date: str | None = None,
    jobs: int = 1,
    should_stop: Callable[[], bool] | None = None,
    walked: tuple[list[Entry], list[LoadFailure]] | None = None,
    decode: Decode = article_from_record,
    keep: int | None = None,
) -> Iterator[Step]:
    """Articles as they are ready: cache hits first, then analyses in input order; each
    analysis is cached with its assembly part (:mod:`briefing.analysis.parts`).

    ``walked`` is what :func:`walk` gave for ``paths``, when the caller already has it;
    ``decode`` makes the articles given from their records, and past the first ``keep``
    articles none is given, only counted (see :func:`index_paths`)."""
    entries, failures = walked if walked is not None else walk(paths, store, default_date)
    total = len(entries) + len(failures)
    done = 0
    for failure in failures:
        done += 1
        yield Step(None, failure, False, done, total)
    themes = theme_hash(theme)
    pending: list[Entry] = []
    rows = store.cached_ids([(e.key, e.digest, e.option) for e in entries], ENGINE_VERSION,
                            themes)  # fmt: skip
    given = 0  # articles given so far (see ``keep``)
    for entry, row_id in zip(entries, rows, strict=True):
        if row_id is not None and keep is not None and given >= keep:
            done += 1  # cached: only counted, its record not even read
            yield Step(None, None, True, done, total, counted=True)
            continue
        hit = store.record(row_id, decode) if row_id is not None else None
        if hit is not None:
            done += 1
            given += 1
            yield Step(replace(hit, id=entry.article_id, path=str(entry.path)), None, True,
                       done, total)  # fmt: skip
        else:
            pending.append(entry)
    unsaved: list[tuple[Article, str, str, str, str]] = []
    # big files last, so that the others are not held behind them
    readable: list[Entry] = []
    for entry in pending:  # a file known by its size and time is read now, when it must be
        try:
            readable.append(with_data(entry))
        except IngestError as error:  # gone or unreadable since the walk
            done += 1
            yield Step(None, LoadFailure(str(entry.path), str(error)), False, done, total)
    pending = readable
    pending.sort(key=lambda entry: entry.size >= BIG_FILE_BYTES)
    for entry, outcome in _run(pending, theme, jobs, should_stop):
        if outcome is None:
            yield Step(None, None, False, done, total, slow_next=True)
            continue
        done += 1
        if isinstance(outcome, str):
            yield Step(None, LoadFailure(str(entry.path), outcome), False, done, total)
            continue
        made, article = outcome
        unsaved.append((article or made.article(entry), entry.digest, entry.option,
                        made.record, made.part))  # fmt: skip
        if len(unsaved) >= SAVE_BATCH:
            store.save_analyses(unsaved, ENGINE_VERSION, themes, ASSEMBLY_VERSION)
            unsaved = []
        if keep is not None and given >= keep:
            yield Step(None, None, False, done, total, counted=True)
            continue
        given += 1
        if article is None or decode is not article_from_record:
            article = decode(json.loads(made.record))
        yield Step(article, None, False, done, total)
    if unsaved:
        store.save_analyses(unsaved, ENGINE_VERSION, themes, ASSEMBLY_VERSION)


# A file this big is analysed in a process of its own, given FILE_BUDGET seconds: one file
# cannot hold the rest of a folder, and stopping (the reader's q) never waits for it.
BIG_FILE_BYTES = 256 * 1024
FILE_BUDGET = 60.0


class Made(NamedTuple):
    """One file's analysis as the cache keeps it: its record and its assembly part (both
    JSON), and the title and body the full-text index takes."""

    record: str
    part: str
    title: str | None
    body: str

    @classmethod
    def of(cls, article: Article) -> Made:
        """The kept forms of an analysed article."""
        from briefing.analysis.parts import part_of  # only when there is work to do

        return cls(record_json(article), part_json(part_of(article)), article.title, article.body)

    def article(self, entry: Entry) -> Article:
        """What caching reads of the article: its path, title and body (no analysis)."""
        return Article(entry.article_id, str(entry.path), self.body, (), title=self.title)


# What became of one pending file: None (a big file is next), the reason it failed, or its
# analysis as kept (with the article, when it was analysed in this process)
Outcome = str | tuple[Made, Article | None] | None


def _run(
    pending: list[Entry], theme: Theme, jobs: int, should_stop
) -> Iterator[tuple[Entry, Outcome]]:
    """Analyse pending files, here or in a process pool (big files after, each in a process
    of its own with its budget); yields the pool's results in input order."""
    if jobs <= 1 or len(pending) < 8:
        yield from _run_here(pending, theme, should_stop)
        return
    small = [entry for entry in pending if entry.size < BIG_FILE_BYTES]
    big = [entry for entry in pending if entry.size >= BIG_FILE_BYTES]
    sources = list(theme.sources)
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(sources,))
    stopped = False
    try:
        work = [(str(e.path), e.article_id, e.data, e.option, e.kind) for e in small]
        outputs = pool.map(_worker, work, chunksize=16)
        for entry, output in zip(small, outputs, strict=True):
            if should_stop and should_stop():
                stopped = True
                return
            yield entry, output if isinstance(output, str) else (output, None)
    finally:
        if stopped:  # the reader quit: end the workers now, not after their queue
            for process in list(getattr(pool, "_processes", {}).values()):
                process.terminate()
        pool.shutdown(wait=not stopped, cancel_futures=True)
    yield from _run_here(big, theme, should_stop)


def _run_here(pending: list[Entry], theme: Theme, should_stop) -> Iterator[tuple[Entry, Outcome]]:
    """Analyse pending files in this process, a big one in a bounded child process."""
    for entry in pending:
        if should_stop and should_stop():
            return
        if entry.size >= BIG_FILE_BYTES:
            yield entry, None  # "a slow one next"
            output = _analyse_bounded(entry, theme, should_stop)
            if output is None:
                return  # stopped
            yield entry, output if isinstance(output, str) else (output, None)
            continue
        try:
            article = analyse_file(entry, theme)
        except IngestError as error:
            yield entry, str(error)
            continue
        yield entry, (Made.of(article), article)


_WORKER_THEME: Theme | None = None


def _init_worker(sources: list[str]) -> None:
    global _WORKER_THEME
    _WORKER_THEME = load_theme_files(sources)


def _worker(item: tuple[str, str, bytes, str, str]) -> Made | str:
    """One file's analysis as kept, or the reason it failed."""
    path, article_id, data, option, kind = item
    assert _WORKER_THEME is not None
    try:
        entry = Entry(Path(path), article_id, "", data, "", option, kind)
        article = analyse_file(entry, _WORKER_THEME)
    except IngestError as error:
        return str(error)
    return Made.of(article)


def _analyse_bounded(
    entry: Entry, theme: Theme, should_stop: Callable[[], bool] | None
) -> Made | str | None:
    """What :func:`_worker` gives, or None when stopped: one file analysed in a child
    process that is ended when it runs past :data:`FILE_BUDGET` or work stops.

    A plain subprocess, not multiprocessing: the reader's terminal has taken over standard
    error, whose descriptor multiprocessing would hand to its helper process."""
    item = (str(entry.path), entry.article_id, entry.data, entry.option, entry.kind)
    with tempfile.TemporaryFile() as payload:  # a file, not a pipe: communicate() cannot
        payload.write(pickle.dumps((item, list(theme.sources))))  # resume a large input
        payload.seek(0)
        child = subprocess.Popen(
            [sys.executable, "-c", "from briefing.library.index import child_main; child_main()"],
            stdin=payload, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )  # fmt: skip
    deadline = time.monotonic() + FILE_BUDGET
    try:
        while True:
            try:
                output, _ = child.communicate(timeout=0.05)
                break
            except subprocess.TimeoutExpired:
                pass
            if should_stop and should_stop():
                return None
            if time.monotonic() > deadline:
                return f"analysis took longer than {FILE_BUDGET:g} s; skipped"
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    if child.returncode != 0 or not output:
        return f"analysis failed (exit status {child.returncode})"
    made: Made | str = pickle.loads(output)
    return made


def child_main() -> None:
    """The child of :func:`_analyse_bounded`: one file from standard input, its record (or
    the reason it failed) to standard output."""
    item, sources = pickle.loads(sys.stdin.buffer.read())
    _init_worker(sources)
    sys.stdout.buffer.write(pickle.dumps(_worker(item)))
    sys.stdout.buffer.flush()
