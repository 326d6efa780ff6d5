"""The batch: documents in, one outcome per document out, committed to a store as they come.

    corpus ──▶ dispatch (skip done ids, catch duplicates, chunks) ──▶ engine ──▶ store.write

Engines run :func:`analyze_chunk` somewhere: :class:`LocalEngine` in this process
(``workers=1``) or in a pool of worker processes, :class:`DaskEngine` on a Dask cluster. In
every worker, :func:`attrib.load` keeps one analyzer per language for the life of the process.
At most a few chunks per worker are in flight, so memory does not grow with the corpus.

A document that fails (undecodable, empty, unsupported language, or a bug) becomes an error
outcome and the batch goes on.
"""
from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import AttribError
from ..ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS
from .inputs import Document, document_meta, document_text
from .store import DONE, SEEN, Outcome

# one analysis at a time per process: a spaCy pipeline (and the lazily filled Indonesian
# tokenizer) is not made for concurrent use, and Dask workers may run several threads
_ANALYSIS = threading.Lock()


def analyze_document(doc: Document, language: str | None = None,
                     max_bytes: int = DEFAULT_MAX_BYTES,
                     max_chars: int | None = DEFAULT_MAX_CHARS) -> Outcome:
    """The outcome of one document: its report, or the reason it has none (never raises)."""
    from .. import load
    from ..lang import SUPPORTED
    from ..langdetect import detect

    meta = doc.meta
    try:
        meta = document_meta(doc)
        text = document_text(doc, max_bytes, max_chars)
        lang = language or detect(text, SUPPORTED)
        with _ANALYSIS:
            report = load(lang).analyze(text)
        return Outcome(doc.id, meta, report.to_dict())
    except AttribError as e:
        return Outcome(doc.id, meta, error=" ".join(str(e).split()))
    except MemoryError:
        return Outcome(doc.id, meta, error="not enough memory to analyse it (lower --max-bytes "
                                           "or use fewer --workers)")
    except RecursionError:
        return Outcome(doc.id, meta, error="nested too deeply to analyse (RecursionError)")
    except Exception as e:  # a bug: recorded with its type, the batch goes on
        return Outcome(doc.id, meta, error=f"unexpected {type(e).__name__}: {e} (a bug in attrib)")


def analyze_chunk(docs: list[Document], language: str | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES,
                  max_chars: int | None = DEFAULT_MAX_CHARS) -> list[Outcome]:
    """:func:`analyze_document` over a chunk (the unit of work sent to a worker)."""
    return [analyze_document(d, language, max_bytes, max_chars) for d in docs]


def _failed_chunk(docs: list[Document], error: BaseException) -> list[Outcome]:
    """Every document of a chunk whose worker died, as error outcomes."""
    message = f"the worker analysing it failed: {type(error).__name__}: {error}"
    return [Outcome(d.id, d.meta, error=message) for d in docs]


def _ignore_sigint() -> None:
    """Worker initializer: Ctrl-C is the parent's to handle (it terminates the pool)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


class LocalEngine:
    """This machine: in this process (``workers=1``) or a pool of ``workers`` processes."""

    name = "local"

    def __init__(self, workers: int = 1, *, language: str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int | None = DEFAULT_MAX_CHARS):
        self.workers = max(1, workers)
        self.language = language
        self.max_bytes = max_bytes
        self.max_chars = max_chars
        self._pool = None
        if self.workers > 1:
            import multiprocessing

            # forkserver: workers start from a clean process (no threads, no open database)
            # with attrib's batch module already imported; each loads its analyzers once
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(["attrib.archive.batch"])
            self._pool = ctx.Pool(self.workers, initializer=_ignore_sigint)

    def map(self, chunks: Iterator[list[Document]]) -> Iterator[Outcome]:
        """Outcomes in input order; at most ``4 × workers`` chunks in flight."""
        if self._pool is None:
            for chunk in chunks:
                yield from analyze_chunk(chunk, self.language, self.max_bytes, self.max_chars)
            return
        pending: deque[tuple[list[Document], Any]] = deque()
        window = 4 * self.workers
        for chunk in chunks:
            pending.append((chunk, self._pool.apply_async(
                analyze_chunk, (chunk, self.language, self.max_bytes, self.max_chars))))
            while len(pending) >= window:
                yield from self._get(*pending.popleft())
        while pending:
            yield from self._get(*pending.popleft())

    @staticmethod
    def _get(chunk: list[Document], result: Any) -> list[Outcome]:
        try:
            return result.get()
        except Exception as e:  # noqa: BLE001  e.g. an outcome that cannot be pickled back
            return _failed_chunk(chunk, e)

    def close(self, *, terminate: bool = False) -> None:
        """Stop the workers: at once (``terminate``, after Ctrl-C) or when they are done."""
        if self._pool is not None:
            if terminate:
                self._pool.terminate()
            else:
                self._pool.close()
            self._pool.join()
            self._pool = None


class DaskEngine:
    """A Dask cluster: ``scheduler`` (``tcp://HOST:PORT``) or, without one, a local cluster of
    ``workers`` processes. Each Dask worker process keeps one analyzer per language."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int = 2, *,
                 language: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 timeout: float = 30.0, max_chars: int | None = DEFAULT_MAX_CHARS):
        from distributed import Client, LocalCluster

        self.language = language
        self.max_bytes = max_bytes
        self.max_chars = max_chars
        self._cluster = None
        if scheduler:
            self.client = Client(scheduler, timeout=timeout)
        else:
            # loopback only; the scheduler's HTTP server binds port 8787 even with
            # dashboard_address=None, so it gets a free loopback port instead
            self._cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                         processes=True, host="127.0.0.1",
                                         dashboard_address="127.0.0.1:0")
            self.client = Client(self._cluster)
        workers_now = len(self.client.scheduler_info().get("workers", {})) or 1
        self.window = 4 * workers_now

    def map(self, chunks: Iterator[list[Document]]) -> Iterator[Outcome]:
        """Outcomes as chunks complete; at most ``4 × workers`` chunks in flight."""
        from distributed import as_completed

        futures = as_completed()
        docs: dict[str, list[Document]] = {}
        for chunk in chunks:
            future = self.client.submit(analyze_chunk, chunk, self.language, self.max_bytes,
                                        self.max_chars, pure=False)
            docs[future.key] = chunk
            futures.add(future)
            while futures.count() >= self.window:
                yield from self._get(next(futures), docs)
        for future in futures:
            yield from self._get(future, docs)

    @staticmethod
    def _get(future: Any, docs: dict[str, list[Document]]) -> list[Outcome]:
        chunk = docs.pop(future.key)
        try:
            return future.result()
        except Exception as e:  # noqa: BLE001  a worker lost (KilledWorker) or a transfer error
            return _failed_chunk(chunk, e)

    def close(self, *, terminate: bool = False) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


@dataclass
class BatchStats:
    """What a batch did, for the final line and for tests."""

    analysed: int = 0
    errors: int = 0  # including duplicates
    duplicates: int = 0
    skipped: int = 0  # done in an earlier run (--resume)
    seconds: float = 0.0

    @property
    def handled(self) -> int:
        return self.analysed + self.errors + self.skipped

    @property
    def rate(self) -> float:
        """Documents analysed (or failed) per second."""
        done = self.analysed + self.errors
        return done / self.seconds if self.seconds > 0 else 0.0


def run_batch(corpus: Iterable[Document], store: Any, engine: LocalEngine | DaskEngine, *,
              chunk_size: int = 4, on_document: Callable[[str], None] | None = None) -> BatchStats:
    """Analyse every document of ``corpus`` with ``engine`` and commit each outcome to ``store``.

    Documents with a report from an earlier run are skipped (``store.status`` says DONE); a
    document whose id was already handled in this run, or is in flight, becomes a duplicate
    error record without being analysed. Duplicates are decided here, in input order, so the
    same inputs give the same store whatever the engine and the order in which it finishes.

    Args:
        on_document: called with ``"analysed"``, ``"error"`` or ``"skipped"`` per document
            (the CLI's progress bar).

    KeyboardInterrupt propagates: everything written so far stays committed.
    """
    stats = BatchStats()
    inflight: set[str] = set()
    tell = on_document or (lambda kind: None)
    start = time.perf_counter()

    def chunks() -> Iterator[list[Document]]:
        chunk: list[Document] = []
        for doc in corpus:
            status = store.status(doc.id)
            if status == DONE:
                stats.skipped += 1
                tell("skipped")
            elif status == SEEN or doc.id in inflight:
                store.write(Outcome(doc.id, doc.meta, error=(
                    f"duplicate id {doc.id!r}: an earlier document of this batch has it; "
                    f"this one was not analysed")))
                stats.errors += 1
                stats.duplicates += 1
                tell("error")
            else:
                inflight.add(doc.id)
                chunk.append(doc)
                if len(chunk) >= chunk_size:
                    yield chunk
                    chunk = []
        if chunk:
            yield chunk

    try:
        for outcome in engine.map(chunks()):
            _write(store, outcome)
            inflight.discard(outcome.id)
            if outcome.report is not None:
                stats.analysed += 1
                tell("analysed")
            else:
                stats.errors += 1
                tell("error")
    finally:
        stats.seconds = time.perf_counter() - start
    return stats


def _write(store: Any, outcome: Outcome) -> None:
    """Commit an outcome; one the store cannot hold (a value it cannot encode) becomes the
    document's error record, so that no single document can stop the batch. A failure of the
    store itself (OSError, sqlite3.Error: a full disk) still propagates."""
    try:
        store.write(outcome)
    except (ValueError, TypeError, RecursionError, MemoryError) as e:
        from .inputs import without_surrogates

        store.write(Outcome(without_surrogates(outcome.id), {}, error=(
            f"its outcome cannot be stored ({type(e).__name__}: {e})")))


def chunk_size_for(total: int | None, workers: int, largest: int = 4) -> int:
    """Documents per task: ``largest`` (fewer round trips), but small enough that a small
    corpus still gives every worker several tasks."""
    if not total or workers <= 1:
        return largest
    return max(1, min(largest, total // (4 * workers)))
