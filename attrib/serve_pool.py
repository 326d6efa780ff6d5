"""Where ``attrib serve`` runs its analyses: worker processes with a time budget each, a bounded
number at once and a bounded queue before them (the guarantees are listed in :mod:`attrib.serve`)."""
from __future__ import annotations

import queue
import threading
from http import HTTPStatus
from typing import Callable

from .errors import AttribError, InputError
from .model import Report

DEFAULT_TIME_LIMIT = 30.0
DEFAULT_MAX_ANALYSES = 2  # one long article leaves the other slot free
QUEUE_PER_ANALYSIS = 4  # requests that may wait for each analysis slot
Analyze = Callable[[str, "str | None"], Report]


class RequestError(Exception):
    """A request the server refuses: its HTTP status and a message for the page."""

    def __init__(self, status: HTTPStatus, message: str):
        super().__init__(message)
        self.status = status


def default_analyze(text: str, language: str | None) -> Report:
    """:func:`attrib.analyze` in this process, one request at a time: a spaCy pipeline is not
    meant to be shared between threads. (The server itself uses :class:`ProcessAnalyses`.)"""
    from . import analyze

    with _ANALYZE_LOCK:
        return analyze(text, language=language)


_ANALYZE_LOCK = threading.Lock()


def _busy(waited: float | None) -> RequestError:
    why = (f"it waited {waited:g} s for a free analysis" if waited is not None
           else "too many articles are already waiting")
    return RequestError(HTTPStatus.SERVICE_UNAVAILABLE,
                        f"The server is busy with other articles: try again in a moment ({why}).")


def _too_slow(time_limit: float) -> RequestError:
    return RequestError(HTTPStatus.SERVICE_UNAVAILABLE,
                        f"The analysis took longer than this server's limit of {time_limit:g} s and "
                        f"was stopped: submit a shorter text (or start the server with a larger "
                        f"--time-limit).")


class _Slots:
    """Admission: at most ``size`` analyses at once, ``4 × size`` requests waiting for one
    (each for at most ``time_limit`` seconds); anything beyond is refused with 503 at once."""

    def __init__(self, size: int, time_limit: float):
        self.size = max(1, size)
        self.time_limit = time_limit
        self._admitted = threading.BoundedSemaphore(self.size * (1 + QUEUE_PER_ANALYSIS))
        self._running = threading.BoundedSemaphore(self.size)

    def run(self, work: Callable[[], Report]) -> Report:
        if not self._admitted.acquire(blocking=False):
            raise _busy(None)
        try:
            if not self._running.acquire(timeout=self.time_limit):
                raise _busy(self.time_limit)
            try:
                return work()
            finally:
                self._running.release()
        finally:
            self._admitted.release()


class ThreadAnalyses:
    """An ``analyze`` function (a test's, or one supplied by a program embedding the server)
    behind the same admission and budget; over budget, the request answers 503 and the
    function is left to finish in its thread (a thread cannot be stopped)."""

    def __init__(self, analyze: Analyze, size: int = DEFAULT_MAX_ANALYSES,
                 time_limit: float = DEFAULT_TIME_LIMIT):
        self.analyze = analyze
        self.slots = _Slots(size, time_limit)

    def __call__(self, text: str, language: str | None) -> Report:
        return self.slots.run(lambda: self._timed(text, language))

    def _timed(self, text: str, language: str | None) -> Report:
        out: dict[str, object] = {}

        def work() -> None:
            try:
                out["report"] = self.analyze(text, language)
            except BaseException as e:  # noqa: BLE001  handed to the request's thread
                out["error"] = e

        thread = threading.Thread(target=work, name="attrib-analysis", daemon=True)
        thread.start()
        thread.join(self.slots.time_limit)
        if thread.is_alive():
            raise _too_slow(self.slots.time_limit)
        if "error" in out:
            raise out["error"]  # type: ignore[misc]
        return out["report"]  # type: ignore[return-value]

    def close(self) -> None:
        pass


class ProcessAnalyses:
    """attrib's analyses in worker processes: at most ``size`` at once, each killed (and its
    process replaced) past ``time_limit`` seconds, so a huge or pathological article costs the
    others at most that long. Workers load both languages' models when they start, before
    their first analysis is timed, and the constructor waits for them (a few seconds)."""

    def __init__(self, size: int = DEFAULT_MAX_ANALYSES, time_limit: float = DEFAULT_TIME_LIMIT):
        self.slots = _Slots(size, time_limit)
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._workers = [_Worker() for _ in range(self.slots.size)]
        for w in self._workers:
            self._idle.put(w)
        # the server is announced once it can answer: the first request waits for no model
        for w in self._workers:
            w.wait_ready()

    def __call__(self, text: str, language: str | None) -> Report:
        return self.slots.run(lambda: self._on_worker(text, language))

    def _on_worker(self, text: str, language: str | None) -> Report:
        worker = self._idle.get()  # one per slot: never waits once a slot is held
        try:
            return worker.analyze(text, language, self.slots.time_limit)
        finally:
            self._idle.put(worker)

    def close(self) -> None:
        for w in self._workers:
            w.stop()


class _Worker:
    """One analysis process, started at once (its models load in the background) and again
    whenever it is killed; :meth:`analyze` sends it a text over a pipe."""

    START_TIMEOUT = 300.0  # loading two models on a busy machine; not part of a request's budget

    def __init__(self) -> None:
        self._process = None
        self._conn = None
        self._ready = threading.Event()
        self._start()

    def _start(self) -> None:
        import multiprocessing

        # forkserver: a clean process (the server has threads); the models load there
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["attrib.serve_pool"])
        parent, child = ctx.Pipe()
        self._process = ctx.Process(target=_worker_main, args=(child,), daemon=True,
                                    name="attrib-serve-analysis")
        self._process.start()
        child.close()
        self._conn = parent
        self._ready = threading.Event()
        conn, ready = parent, self._ready

        def wait_ready() -> None:
            try:
                if conn.poll(self.START_TIMEOUT):
                    _, sample = conn.recv()  # "ready", with a report to render once
                    if sample is not None:
                        from .render.html import render_html

                        render_html(Report.from_dict(sample))  # its lazy imports, now
            except (EOFError, OSError):
                pass
            ready.set()

        threading.Thread(target=wait_ready, daemon=True).start()

    def wait_ready(self) -> None:
        """Until the process has loaded its models (or ended, or START_TIMEOUT passed)."""
        self._ready.wait(self.START_TIMEOUT)

    def analyze(self, text: str, language: str | None, time_limit: float) -> Report:
        self.wait_ready()
        if not self._process.is_alive():
            self._restart()
            self._ready.wait(self.START_TIMEOUT)
        try:
            self._conn.send((text, language))
            answered = self._conn.poll(time_limit)
            kind, value = self._conn.recv() if answered else (None, None)
        except (EOFError, OSError):  # the process died (killed for its memory, say)
            self._restart()
            raise RequestError(HTTPStatus.SERVICE_UNAVAILABLE,
                               "The analysis stopped before it finished (its process ended); "
                               "try a shorter text.") from None
        if not answered:
            self._restart()
            raise _too_slow(time_limit)
        if kind == "ok":
            return Report.from_dict(value)
        if kind == "input":
            raise InputError(value)
        raise RuntimeError(value)  # a bug in the worker: the handler logs it, answers 500

    def _restart(self) -> None:
        self.stop()
        self._start()

    def stop(self) -> None:
        if self._process is not None and self._process.is_alive():
            self._process.kill()
            self._process.join(5)
        if self._conn is not None:
            self._conn.close()


def _worker_main(conn) -> None:
    """A worker process: load the models, say "ready", then analyse what comes, until EOF."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    from . import load
    from .lang import SUPPORTED

    sample = None
    for code in SUPPORTED:
        try:
            # a first analysis fills spaCy's lazy tables: not on a user's time budget
            sample = load(code).analyze("“It will rain,” a spokesperson said.").to_dict()
        except AttribError:  # a model not installed: that language answers 400 when asked
            pass
    from . import analyze

    try:
        conn.send(("ready", sample))
        while True:
            text, language = conn.recv()
            try:
                answer = ("ok", analyze(text, language=language).to_dict())
            except AttribError as e:
                answer = ("input", str(e))
            except Exception as e:  # noqa: BLE001  a bug: its type and message to the log
                answer = ("bug", f"{type(e).__name__}: {e}")
            conn.send(answer)
    except (EOFError, OSError):  # the server is gone (stopped, or killed): so is its worker
        return
