"""``attrib batch INPUT… -o results.sqlite``: analyse an archive into a store."""
from __future__ import annotations

import shlex
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from ..lang import SUPPORTED
from . import app
from ._common import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, fail, unexpected

EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl-C


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command()
def batch(
    inputs: list[str] = typer.Argument(..., metavar="INPUT...",
                                       help="Folders of .txt/.html files, .jsonl files "
                                            "({\"id\", \"text\"|\"html\", …metadata} per line), "
                                            ".csv files with a text column, or - (JSONL on stdin)."),
    output: Path = typer.Option(..., "--output", "-o",
                                help="The store: results.sqlite (tables, see docs/ARCHIVE-SCHEMA.md) "
                                     "or results.jsonl (one report per line)."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes (or Dask workers "
                                "of a local cluster)."),
    lang: Optional[str] = typer.Option(None, "--lang", help=f"Language of every document ({', '.join(SUPPORTED)}); "
                                       "detected per document if omitted."),
    resume: bool = typer.Option(False, "--resume", help="Continue an existing store: skip documents "
                                "with a report, retry those with an error."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace an existing store."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local (processes on this machine) or "
                                  "dask (needs attrib\\[dask])."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="tcp://HOST:PORT",
                                            help="A Dask scheduler; without it --engine dask starts a "
                                                 "local cluster of --workers processes."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, help="Seconds allowed to reach the "
                                  "Dask scheduler."),
    text_column: str = typer.Option("text", "--text-column", help="CSV column holding the text."),
    id_column: str = typer.Option("id", "--id-column", help="CSV column holding the id (row numbers "
                                  "if absent)."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1,
                                  help="Larger documents become error records."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", min=1,
                                  help="Longer texts (after HTML extraction) become error records: "
                                       "the limit that bounds each document's time and memory."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress",
                                            help="A progress bar (default: when stderr is a terminal)."),
    debug: bool = typer.Option(False, "--debug", help="Show a traceback on errors (for bug reports)."),
) -> None:
    """Analyse many articles; every document gets a report or an error record in the store."""
    import sqlite3
    from ..archive.batch import chunk_size_for, run_batch
    from ..archive.inputs import Corpus
    from ..archive.store import open_store, store_format
    from ..errors import AttribError
    from ..lang import get_pack

    if resume and overwrite:
        fail("--resume and --overwrite exclude each other: choose one")
    if scheduler and engine is not Engine.dask:
        fail("--scheduler needs --engine dask")
    try:
        if lang:
            lang = get_pack(lang).code
        corpus = Corpus(inputs, text_column=text_column, id_column=id_column, max_bytes=max_bytes)
        store_format(output)
        if output.exists() and not (resume or overwrite):
            open_store(output)  # raises the "use --resume or --overwrite" error
    except AttribError as e:
        if debug:
            raise
        fail(str(e))

    runner = store = None
    try:
        runner = _start_engine(engine, scheduler, workers, lang, max_bytes, timeout, debug, max_chars)
        store = open_store(output, resume=resume, overwrite=overwrite,
                           command=shlex.join(["attrib", *sys.argv[1:]]))
        total = corpus.count()
        size = chunk_size_for(total, workers)
        with _progress(progress, total) as tell:
            stats = run_batch(corpus, store, runner, chunk_size=size, on_document=tell)
    except KeyboardInterrupt:
        _shut(runner, store, terminate=True)
        typer.echo(f"attrib: interrupted: what was done is committed to {output}; run the same "
                   f"command with --resume to continue", err=True)
        raise typer.Exit(EXIT_INTERRUPTED)
    except typer.Exit:  # fail() in _start_engine
        _shut(runner, store, terminate=True)
        raise
    except AttribError as e:
        _shut(runner, store, terminate=True)
        if debug:
            raise
        fail(str(e))
    except (OSError, sqlite3.Error) as e:  # a full disk, a store deleted under the batch
        _shut(runner, store, terminate=True)
        if debug:
            raise
        fail(f"cannot write {output}: {e}; what was committed stays (use --resume)")
    except Exception as e:  # a bug: one line, exit 70; --debug shows the traceback
        _shut(runner, store, terminate=True)
        unexpected(e, debug)
    _shut(runner, store)
    skipped = f", {stats.skipped} already done" if resume else ""
    dups = (f" ({stats.duplicates} duplicate id{'s' if stats.duplicates > 1 else ''})"
            if stats.duplicates else "")
    typer.echo(f"attrib: {stats.analysed} analysed, {stats.errors} errors{dups}{skipped} "
               f"→ {output} ({stats.rate:.1f} docs/s)", err=True)


def _shut(runner, store, *, terminate: bool = False) -> None:
    """Stop the engine (at once after Ctrl-C or an error) and close the store: what was
    committed stays, and the file is valid."""
    import sqlite3

    if runner is not None:
        runner.close(terminate=terminate)
    if store is not None:
        try:
            store.close()
        except (OSError, sqlite3.Error):
            pass  # the write that failed already said why; committed documents stay


def _start_engine(engine: Engine, scheduler: str | None, workers: int, lang: str | None,
                  max_bytes: int, timeout: float, debug: bool, max_chars: int = DEFAULT_MAX_CHARS):
    """The engine, or exit 2 with what to install or why the scheduler cannot be reached."""
    from ..archive.batch import DaskEngine, LocalEngine

    if engine is Engine.local:
        return LocalEngine(workers, language=lang, max_bytes=max_bytes, max_chars=max_chars)
    try:
        import distributed  # noqa: F401
    except ImportError:
        fail("--engine dask needs Dask: pip install 'attrib[dask]'")
    try:
        return DaskEngine(scheduler, workers, language=lang, max_bytes=max_bytes, timeout=timeout,
                          max_chars=max_chars)
    except (OSError, TimeoutError, ValueError) as e:
        if debug:
            raise
        fail(f"cannot reach the Dask scheduler {scheduler or '(local cluster)'}: {e}")


class _progress:
    """A rich progress bar on stderr (rate and ETA when the total is known), or nothing.

    Entering gives the ``on_document`` callback of :func:`run_batch`.
    """

    def __init__(self, enabled: bool | None, total: int | None):
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.total = total
        self.errors = 0
        self.bar = None

    def __enter__(self):
        if not self.enabled:
            return lambda kind: None
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        self.bar = Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                            MofNCompleteColumn(), _rate_column(), TimeElapsedColumn(),
                            TextColumn("ETA"), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=False)
        self.bar.start()
        self.task = self.bar.add_task("analysing", total=self.total)
        return self._advance

    def _advance(self, kind: str) -> None:
        if kind == "error":
            self.errors += 1
            self.bar.update(self.task, description=f"analysing ({self.errors} errors)")
        self.bar.advance(self.task)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            if exc[0] is None:
                errors = f" ({self.errors} errors)" if self.errors else ""
                self.bar.update(self.task, description=f"done{errors}")
            self.bar.stop()


def _rate_column():
    from rich.progress import ProgressColumn
    from rich.text import Text

    class RateColumn(ProgressColumn):
        """Documents per second over the last seconds (rich's own speed estimate)."""

        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:5.1f} docs/s" if speed else "  –   docs/s", style="progress.data.speed")

    return RateColumn()

