"""What the subcommands share: reading an article argument, failing with a message.

Exit codes: 0 success; 1 a claim carries a ``--fail-on`` flag; 2 bad input or usage, or a
failed write (a full disk, ``ulimit -f``), with a one-line message on stderr, never a
traceback (``--debug`` shows one); 70 an unexpected error, i.e. a bug (one line asking for a
report made with ``--debug``).
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import typer

EXIT_OK = 0
EXIT_BUG = 70  # EX_SOFTWARE (sysexits.h): 1 is --fail-on's "a flagged claim"
EXIT_BAD_INPUT = 2
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_CHARS = 1_000_000  # = ingest.DEFAULT_MAX_CHARS (not imported: a light module)
DEFAULT_TIMEOUT = 20.0
LONG_TEXT_CHARS = 100_000  # English takes seconds from here on: a status line on a terminal


def fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    """One line on stderr, then exit with ``code``."""
    typer.echo(f"attrib: error: {' '.join(str(message).split())}", err=True)
    raise typer.Exit(code)


def warn(message: str) -> None:
    """One warning line on stderr."""
    typer.echo(f"attrib: warning: {message}", err=True)


def read_article(path: str, max_bytes: int = DEFAULT_MAX_BYTES, *,
                 timeout: float = DEFAULT_TIMEOUT, max_chars: int | None = DEFAULT_MAX_CHARS) -> str:
    """The text to analyse from a file, stdin (``-``) or an http(s) URL (see :func:`load_article`)."""
    return load_article(path, max_bytes, timeout=timeout, max_chars=max_chars).text


def load_article(path: str, max_bytes: int = DEFAULT_MAX_BYTES, *,
                 timeout: float = DEFAULT_TIMEOUT, max_chars: int | None = DEFAULT_MAX_CHARS):
    """The :class:`~attrib.ingest.Article` to analyse from a file, stdin (``-``) or an http(s) URL.

    HTML is reduced to its article text. What the user should know about the reading (a
    fallback encoding, replaced bytes) is printed as warnings on stderr. Raises InputError.
    """
    from ..fetch import fetch, is_url
    from ..ingest import load_input, load_path

    if path == "-":
        # bounded read: one byte more than the limit tells a too-large input
        data = sys.stdin.buffer.read(max_bytes + 1)
        article = load_input(data, None, max_bytes, max_chars=max_chars)
    elif is_url(path):
        page = fetch(path, timeout=timeout, max_bytes=max_bytes)
        article = load_input(page.data, None, max_bytes, charset=page.charset, html=page.html,
                             max_chars=max_chars)
    else:
        article = load_path(path, max_bytes, max_chars=max_chars)
    for note in article.notes:
        warn(note)
    return article


class analysis_status:
    """``with analysis_status(text):`` a status line with the elapsed time on stderr while a
    long text (over LONG_TEXT_CHARS) is analysed, when stderr is a terminal; else nothing."""

    def __init__(self, text: str):
        self.chars = len(text)
        self.status = None

    def __enter__(self):
        if self.chars < LONG_TEXT_CHARS or not sys.stderr.isatty():
            return self
        import time

        from rich.console import Console

        started = time.monotonic()
        eta = self.chars / 20_000  # English on one core; Indonesian is far quicker

        class Elapsed:
            def __rich__(inner) -> str:  # noqa: N805
                return (f"analysing {self.chars:,} characters: {time.monotonic() - started:.0f} s "
                        f"(English takes about {eta:.0f} s)")

        self.status = Console(stderr=True).status(Elapsed())
        self.status.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.status is not None:
            self.status.stop()


class open_output:
    """``with open_output(path) as fh:`` UTF-8 text written to ``path`` whole or not at all.

    The text goes to a temporary file beside ``path``, renamed over it once written and
    flushed: a full disk or a file-size limit (``ulimit -f``) never leaves a partial report
    that looks complete. Any write failure is one line and exit 2 (1 is ``--fail-on``'s).
    """

    def __init__(self, path: Path):
        self.path = path
        self.tmp: Path | None = None
        self.fh = None

    def __enter__(self):
        import os
        import stat
        import tempfile

        try:
            mode = self.path.stat().st_mode if self.path.exists() else None
            if mode is not None and not stat.S_ISREG(mode):
                # /dev/stdout, a named pipe: written in place, never replaced by a file
                self.fh = self.path.open("w", encoding="utf-8")
                return self.fh
            fd, name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp",
                                        dir=self.path.parent)
            self.tmp = Path(name)
            # the permissions a plain open() would give (mkstemp makes it private)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(fd, stat.S_IMODE(mode) if mode is not None else 0o666 & ~umask)
            self.fh = open(fd, "w", encoding="utf-8")
        except OSError as e:
            fail(f"cannot write {self.path}: {e.strerror or e}")
        return self.fh

    def __exit__(self, kind, error, tb) -> bool:
        import os

        try:
            if error is None and self.tmp is not None:
                self.fh.flush()
                os.fsync(self.fh.fileno())
            self.fh.close()
            if error is None:
                if self.tmp is not None:
                    os.replace(self.tmp, self.path)
                return False
        except OSError as e:
            error = e
        finally:
            if self.tmp is not None and self.tmp.exists():
                self.tmp.unlink(missing_ok=True)
        if isinstance(error, OSError):
            fail(f"cannot write {self.path}: {error.strerror or error}")
        return False  # another exception (a bug) propagates, the temporary file removed


def echo_output(text: str, nl: bool = True) -> None:
    """The report on stdout; a full disk or a closed pipe is one line and exit 2."""
    try:
        typer.echo(text, nl=nl)
    except OSError as e:
        _silence_stdout()
        fail(f"cannot write the report to standard output: {e.strerror or e}")


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that Python's own flush at exit does not fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file behind stdout (tests)
        pass


def unexpected(error: BaseException, debug: bool) -> NoReturn:
    """An error attrib did not expect (a bug): one line asking for a report, exit 70.

    With ``debug`` the exception propagates, so the traceback is shown.
    """
    if debug:
        raise error
    fail(f"unexpected {type(error).__name__}: {error} (this is a bug: run again with --debug "
         f"and report the traceback)", EXIT_BUG)
