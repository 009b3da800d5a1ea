"""The ``briefing`` command: open the reader, analyse, export.

Each command imports what it needs when it runs: ``--help`` and ``search`` never load the
analysis engine, the readers of pages and feeds, or Textual.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing import __version__
from briefing.console.lines import guarded, say, warn
from briefing.resources import seeds_dir, themes_dir

if TYPE_CHECKING:
    from briefing.analysis.topics.themes import Theme
    from briefing.model import Article, Corpus, Snapshot

COMMANDS = ("analyze", "open", "export", "index", "search")


def _date(text: str) -> str:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date of the form YYYY-MM-DD") from None


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    parser.add_argument(
        "--date", type=_date, metavar="YYYY-MM-DD", help="document date for articles with none"
    )
    parser.add_argument(
        "--themes", metavar="PATH", help="theme file or folder (replaces the bundled themes/)"
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="A terminal briefing reader for policy and economic news.",
        epilog="With no command, opens the reader on PATH... (the bundled seeds when none).",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    open_parser = commands.add_parser("open", help="open the reader (the default)")
    _common(open_parser)
    open_parser.add_argument("--db", metavar="PATH", help="the database (default: per user)")
    index = commands.add_parser("index", help="analyse folders into the database, in parallel")
    _common(index)
    index.add_argument("--db", metavar="PATH", help="the database (default: per user)")
    index.add_argument("--jobs", type=int, default=0, help="worker processes (default: cores)")
    index.add_argument("--rehash", action="store_true",
                       help="read and hash every file (else one whose size and modification "
                            "time are unchanged is taken as unchanged)")  # fmt: skip
    search = commands.add_parser("search", help="full-text search of the indexed articles")
    search.add_argument("query", nargs="+")
    search.add_argument("--db", metavar="PATH", help="the database (default: per user)")
    analyze = commands.add_parser("analyze", help="analyse articles and print the result")
    _common(analyze)
    analyze.add_argument("--json", action="store_true", help="print the briefing/1 JSON object")
    export = commands.add_parser("export", help="write the Markdown brief (or briefing/1 JSON)")
    _common(export)
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="'-' for stdout")
    export.add_argument("--topic", action="append", default=[], metavar="T")
    export.add_argument("--entity", action="append", default=[], metavar="NAME")
    export.add_argument("--since", type=_date, metavar="YYYY-MM-DD")
    export.add_argument("--until", type=_date, metavar="YYYY-MM-DD")
    export.add_argument("--format", choices=("md", "json"), default="md")
    export.add_argument("--force", action="store_true", help="overwrite an existing file")
    export.add_argument("--db", metavar="PATH", help="the database (default: per user)")
    export.add_argument("--full", action="store_true",
                        help="every claim, quote and source (default: a digest)")  # fmt: skip
    return parser


def _view_words(args: argparse.Namespace) -> str:
    """The filters as the command gave them, for a message."""
    words = [f"--topic {t}" for t in args.topic] + [f"--entity {e}" for e in args.entity]
    words += [f"--since {args.since}"] if args.since else []
    return " ".join(words + ([f"--until {args.until}"] if args.until else []))


def write_export(
    args: argparse.Namespace,
    corpus: Corpus,
    theme: Theme,
    pinned: frozenset[str] = frozenset(),
    notes: tuple[tuple[str, str], ...] = (),
) -> int:
    """Write the brief or the JSON to ``args.output``; never overwrite without --force."""
    unknown = [t for t in args.topic if theme.topic(t) is None]
    if unknown:
        known = ", ".join(topic.key for topic in theme.topics)
        warn(f"unknown topic '{unknown[0]}'; the topics are: {known}")
        return 2
    if args.since and args.until and args.since > args.until:
        warn(f"--since {args.since} is after --until {args.until}")
        return 2
    from briefing.export.view import BriefView, covers_an_article, narrowed

    view = BriefView(tuple(args.topic), tuple(args.entity), args.since, args.until, pinned,
                     notes, full=args.full)  # fmt: skip
    if view.filtered and not covers_an_article(corpus, view):
        warn("no article matches the view (" + _view_words(args) + "); nothing written")
        return 1
    if args.format == "json":
        from briefing.export.json import corpus_to_json

        text = corpus_to_json(narrowed(corpus, view))
    else:
        from briefing.export.markdown import render_brief

        text = render_brief(corpus, theme, view)
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    from briefing.export.files import WriteRefused, check_target, write_atomically

    target = Path(args.output)
    try:
        write_atomically(check_target(target, args.force), text)
    except WriteRefused as refused:
        warn(f"{target}: {refused}")
        return 2
    except OSError as error:
        warn(f"{target}: {error.strerror or error}")
        return 2
    warn(f"wrote {target}")
    return 0


def load_corpus(
    paths: Sequence[str], default_date: str | None = None, theme: Theme | None = None
) -> tuple[Corpus, int]:
    """Load and analyse ``paths``; report failures on stderr; return the exit status."""
    from briefing.analysis.pipeline import build_corpus
    from briefing.ingest import load_articles

    articles, failures = load_articles(paths or [seeds_dir()])
    for failure in failures:
        warn(f"{failure.path}: {failure.reason}")
    corpus = build_corpus(articles, failures, default_date=default_date, theme=theme)
    if not articles:
        return corpus, 2
    return corpus, 1 if any(not failure.notice for failure in failures) else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``briefing`` command; returns the exit status."""
    return guarded(lambda: run(argv))


def run(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments and run the command they name."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (
        args_list[0] not in COMMANDS and args_list[0] not in ("-h", "--help", "--version")
    ):
        args_list.insert(0, "open")
    args = build_parser().parse_args(args_list)
    if args.command == "search":
        return run_search(args)
    from briefing.analysis.topics.themes import ThemeError, load_theme

    try:
        theme = load_theme(args.themes or themes_dir())
    except ThemeError as error:
        warn(str(error))
        return 2
    if args.command == "index":
        return run_index(args, theme)
    if args.command == "open":
        missing = [path for path in args.paths if not Path(path).exists()]
        if missing and len(missing) == len(args.paths):
            for path in missing:
                warn(f"{path}: no such file or directory")
            return 2
        return open_reader(args.paths or [str(seeds_dir())], theme, args.date, args.db)
    if args.command == "export":
        return run_export(args, theme)
    corpus, status = load_corpus(args.paths, args.date, theme)
    if status == 2:
        warn("no article could be loaded")
        return status

    if args.command == "analyze" and args.json:
        from briefing.export.json import corpus_to_json

        sys.stdout.write(corpus_to_json(corpus))
        return status
    from briefing.console.summary import print_summary

    print_summary(corpus)
    return status


def run_export(args: argparse.Namespace, theme: Theme) -> int:
    """``briefing export``: the corpus through the reader's database (its cached analyses,
    its dates, pins and notes), then the brief; without a usable database, from the files."""
    from briefing.store import StoreError

    store = open_store(args.db)
    if store is None:
        corpus, status = load_corpus(args.paths, args.date, theme)
        if status == 2:
            warn("no article could be loaded")
            return status
        return write_export(args, corpus, theme) or status
    try:
        corpus = _stored(args, theme, store)
        for failure in corpus.failures:
            warn(f"{failure.path}: {failure.reason}")
        if not corpus.articles:
            warn("no article could be loaded")
            return 2
        status = 1 if any(not failure.notice for failure in corpus.failures) else 0
        pins, notes = store.pins(), tuple((n.target, n.text) for n in store.notes())
        return write_export(args, corpus, theme, frozenset(pins), notes) or status
    except StoreError as error:
        warn(str(error))
        return 2
    finally:
        store.close()


def _stored(args: argparse.Namespace, theme: Theme, store) -> Corpus:
    """The corpus through the store, with a progress bar on a terminal."""
    from briefing.library.open_folder import stored_corpus

    paths = args.paths or [str(seeds_dir())]
    if not sys.stderr.isatty():
        return stored_corpus(paths, theme, store, args.date)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress

    with Progress("{task.description}", BarColumn(), MofNCompleteColumn(),
                  console=Console(stderr=True), transient=True) as progress:  # fmt: skip
        task = progress.add_task("reading", total=None)
        return stored_corpus(paths, theme, store, args.date,
                             lambda done, total: progress.update(task, completed=done,
                                                                 total=total))  # fmt: skip


def open_store(db: str | None):
    """The database at ``db`` or the user's; None (with a message) when it cannot be used."""
    from briefing.config import data_dir
    from briefing.store import Store, StoreError

    try:
        store = Store(db or data_dir() / "briefing.db")
    except StoreError as error:
        warn(str(error))
        return None
    for notice in store.notices:
        warn(notice)
    return store


def run_index(args: argparse.Namespace, theme: Theme) -> int:
    """``briefing index``: analyse through the cache across cores, with a progress bar."""
    from briefing.store import StoreError

    store = open_store(args.db)
    if store is None:
        return 2
    if store.read_only:
        warn("nothing can be indexed into a read-only database")
        store.close()
        return 2
    try:
        return _index_into(args, theme, store)
    except StoreError as error:
        warn(str(error))
        return 2
    finally:
        store.close()


def _index_into(args: argparse.Namespace, theme: Theme, store) -> int:
    """The indexing itself, into an open, writable store."""
    import os
    import time

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from briefing.library.index import IndexResult, index_paths, walk
    from briefing.library.lazy_corpus import ensure_snapshot, up_to_date
    from briefing.store.records import assembly_article_from_record

    seen = len(store.notices)
    jobs = args.jobs or os.cpu_count() or 1
    started = time.perf_counter()
    with Progress("[progress.description]{task.description}", BarColumn(),
                  MofNCompleteColumn(), "{task.fields[rate]}", TimeRemainingColumn(),
                  transient=False) as progress:  # fmt: skip
        task = progress.add_task("indexing", total=None, rate="")

        def advance(done: int, total: int) -> None:
            elapsed = time.perf_counter() - started
            rate = f"{done / elapsed:,.0f} articles/s" if elapsed > 0 else ""
            progress.update(task, completed=done, total=total, rate=rate)

        def lean(record: dict) -> Article:  # what caching an analysis reads of it
            return assembly_article_from_record(record, {})

        paths = args.paths or [str(seeds_dir())]
        walked = walk(paths, store, args.date, rehash=args.rehash)
        if up_to_date(walked[0], theme, store):  # nothing changed: count, decode nothing
            total = len(walked[0]) + len(walked[1])
            advance(total, total)
            result = IndexResult(cached=len(walked[0]), failures=walked[1])
        else:  # no article held: the corpus is assembled from the parts kept in the cache
            result = index_paths(paths, theme, store, args.date, jobs=jobs, on_progress=advance,
                                 walked=walked, decode=lean, keep=0)  # fmt: skip
    if result.analysed or result.cached:  # saved, so that the reader opens at once

        def assembled() -> Snapshot:
            from briefing.library.assembly import assemble_stored

            return assemble_stored(walked[0], result.failures, theme, store)

        ensure_snapshot(walked[0], theme, store, assembled)
    elapsed = time.perf_counter() - started
    failed = sum(not failure.notice for failure in result.failures)
    count = result.analysed + result.cached
    say(f"{count} articles ({result.analysed} analysed, {result.cached} "
        f"from the cache) in {elapsed:.1f} s; {failed} failed")  # fmt: skip
    for failure in result.failures:
        warn(f"{failure.path}: {failure.reason}")
    for notice in store.notices[seen:]:  # what happened to the cache while indexing
        warn(notice)
    if not count:
        return 2
    return 1 if failed else 0


def run_search(args: argparse.Namespace) -> int:
    """``briefing search QUERY``: matching indexed articles with a snippet each."""
    store = open_store(args.db)
    if store is None:
        return 2
    hits = store.search(" ".join(args.query))
    for path, snippet in hits:
        say(f"{path}: {' '.join(snippet.split())}")
    store.close()
    return 0 if hits else 1


def open_reader(
    paths: Sequence[str], theme: Theme, default_date: str | None, db: str | None = None
) -> int:
    """Open the Textual reader; returns the exit status."""
    from briefing.config import ConfigError, load_settings
    from briefing.tui.app import BriefingApp

    try:
        settings = load_settings()
    except ConfigError as error:
        warn(str(error))
        return 2
    BriefingApp(paths, theme, default_date, settings, db=db).run()
    return 0
