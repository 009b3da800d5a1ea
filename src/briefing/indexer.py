"""Analyse files through the cache: only new or changed content is analysed again."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefing.analysis.pipeline import ENGINE_VERSION, analyze_article
from briefing.ingest import IngestError, find_article_files
from briefing.ingest.decode import MAX_BYTES, decode_bytes
from briefing.ingest.loader import parse_article, unique_id
from briefing.model import Article, LoadFailure
from briefing.serialize import article_from_record, article_to_record
from briefing.store import Store, article_key, file_hash
from briefing.themes import Theme, load_theme

Progress = Callable[[int, int], None]


@dataclass
class IndexResult:
    """Articles in input order, failures, and how many came from the cache."""

    articles: list[Article] = field(default_factory=list)
    failures: list[LoadFailure] = field(default_factory=list)
    cached: int = 0
    analysed: int = 0


def theme_hash(theme: Theme) -> str:
    """A hash of the theme files' contents: the cache is invalid when they change."""
    digest = hashlib.sha256()
    for source in theme.sources:
        digest.update(Path(source).read_bytes())
    return digest.hexdigest()[:16]


def _date_option(path: Path, default_date: str | None, user_dates: dict[str, str]) -> str:
    user = user_dates.get(article_key(path))
    return f"user:{user}" if user else (default_date or "")


def _analyse(path: Path, article_id: str, data: bytes, theme: Theme, option: str) -> Article:
    article = parse_article(decode_bytes(data), path, article_id)
    if option.startswith("user:"):
        article = replace(article, date=option[5:], date_basis="user")
        return analyze_article(article, theme)
    return analyze_article(article, theme, option or None)


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BYTES:
            size = path.stat().st_size / 1048576
            raise IngestError(f"file too large ({size:.1f} MB; the limit is 5 MB)")
        return path.read_bytes()
    except OSError as error:
        raise IngestError(error.strerror or str(error)) from None


def index_paths(
    paths: Sequence[str | Path],
    theme: Theme,
    store: Store,
    default_date: str | None = None,
    jobs: int = 1,
    on_progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> IndexResult:
    """Every article under ``paths``: from the cache when its content, the engine, the
    themes and the date are unchanged, else analysed (in ``jobs`` processes) and cached."""
    result = IndexResult()
    for step in iter_index(paths, theme, store, default_date, jobs, should_stop):
        if step.article is not None:
            result.articles.append(step.article)
            result.cached += step.cached
            result.analysed += not step.cached
        if step.failure is not None:
            result.failures.append(step.failure)
        if on_progress:
            on_progress(step.done, step.total)
    return result


@dataclass(frozen=True)
class Step:
    """One file dealt with: its article (or failure), and how far the whole run is."""

    article: Article | None
    failure: LoadFailure | None
    cached: bool
    done: int
    total: int


def iter_index(
    paths: Sequence[str | Path],
    theme: Theme,
    store: Store,
    default_date: str | None = None,
    jobs: int = 1,
    should_stop: Callable[[], bool] | None = None,
) -> Iterator[Step]:
    """Articles as they are ready: cache hits first, then analyses in input order."""
    files, failures = find_article_files(paths)
    total = len(files) + len(failures)
    done = 0
    for failure in failures:
        done += 1
        yield Step(None, failure, False, done, total)
    themes = theme_hash(theme)
    user_dates = store.dates()
    used: set[str] = set()
    pending: list[tuple[int, Path, str, bytes, str, str]] = []
    for position, path in enumerate(files):
        article_id = unique_id(path, used)
        try:
            data = _read(path)
        except IngestError as error:
            done += 1
            yield Step(None, LoadFailure(str(path), str(error)), False, done, total)
            continue
        digest = file_hash(data)
        option = _date_option(path, default_date, user_dates)
        hit = store.cached(str(path), digest, ENGINE_VERSION, themes, option)
        if hit is not None:
            done += 1
            yield Step(replace(hit, id=article_id, path=str(path)), None, True, done, total)
        else:
            pending.append((position, path, article_id, data, digest, option))
    for position, analysed, reason, digest, option in _run(pending, theme, jobs, should_stop):
        done += 1
        if reason is not None:
            path = next(item[1] for item in pending if item[0] == position)
            yield Step(None, LoadFailure(str(path), reason), False, done, total)
        elif analysed is not None:
            store.save_analysis(analysed, digest, ENGINE_VERSION, themes, option)
            yield Step(analysed, None, False, done, total)


def _run(pending, theme: Theme, jobs: int, should_stop):
    """Analyse pending files, here or in a process pool; yields results in input order."""
    if jobs <= 1 or len(pending) < 8:
        for position, path, article_id, data, digest, option in pending:
            if should_stop and should_stop():
                return
            try:
                article = _analyse(path, article_id, data, theme, option)
                yield position, article, None, digest, option
            except IngestError as error:
                yield position, None, str(error), digest, option
        return
    sources = list(theme.sources)
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                             initargs=(sources,)) as pool:  # fmt: skip
        work = [(str(path), article_id, data, option) for _, path, article_id, data, _, option
                in pending]  # fmt: skip
        outputs = pool.map(_worker, work, chunksize=16)
        for (position, _path, _id, _data, digest, option), (record, reason) in zip(
            pending, outputs, strict=True
        ):
            restored = article_from_record(record) if record is not None else None
            yield position, restored, reason, digest, option


_WORKER_THEME: Theme | None = None


def _init_worker(sources: list[str]) -> None:
    global _WORKER_THEME
    from briefing.themes import Theme as _Theme

    topics: list = []
    for source in sources:
        topics.extend(load_theme(source).topics)
    _WORKER_THEME = _Theme(tuple(topics), tuple(sources))


def _worker(item: tuple[str, str, bytes, str]) -> tuple[dict | None, str | None]:
    path, article_id, data, option = item
    assert _WORKER_THEME is not None
    try:
        article = _analyse(Path(path), article_id, data, _WORKER_THEME, option)
    except IngestError as error:
        return None, str(error)
    return article_to_record(article), None
