"""What the subcommands share: reading an article argument, failing with a message.

Exit codes: 0 success; 1 a claim carries a ``--fail-on`` flag; 2 bad input or usage (a
one-line message on stderr, never a traceback; ``--debug`` shows one); 70 an unexpected
error, i.e. a bug (one line asking for a report made with ``--debug``).
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
DEFAULT_TIMEOUT = 20.0


def fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    """One line on stderr, then exit with ``code``."""
    typer.echo(f"attrib: error: {' '.join(str(message).split())}", err=True)
    raise typer.Exit(code)


def warn(message: str) -> None:
    """One warning line on stderr."""
    typer.echo(f"attrib: warning: {message}", err=True)


def read_article(path: str, max_bytes: int = DEFAULT_MAX_BYTES, *,
                 timeout: float = DEFAULT_TIMEOUT) -> str:
    """The text to analyse from a file, stdin (``-``) or an http(s) URL (see :func:`load_article`)."""
    return load_article(path, max_bytes, timeout=timeout).text


def load_article(path: str, max_bytes: int = DEFAULT_MAX_BYTES, *,
                 timeout: float = DEFAULT_TIMEOUT):
    """The :class:`~attrib.ingest.Article` to analyse from a file, stdin (``-``) or an http(s) URL.

    HTML is reduced to its article text. What the user should know about the reading (a
    fallback encoding, replaced bytes) is printed as warnings on stderr. Raises InputError.
    """
    from ..fetch import fetch, is_url
    from ..ingest import load_input, load_path

    if path == "-":
        # bounded read: one byte more than the limit tells a too-large input
        data = sys.stdin.buffer.read(max_bytes + 1)
        article = load_input(data, None, max_bytes)
    elif is_url(path):
        page = fetch(path, timeout=timeout, max_bytes=max_bytes)
        article = load_input(page.data, None, max_bytes, charset=page.charset, html=page.html)
    else:
        article = load_path(path, max_bytes)
    for note in article.notes:
        warn(note)
    return article


def open_output(path: Path):
    """``path`` opened for writing UTF-8 text; an unwritable path fails with one line (exit 2)."""
    try:
        return path.open("w", encoding="utf-8")
    except OSError as e:
        fail(f"cannot write {path}: {e.strerror or e}")


def unexpected(error: BaseException, debug: bool) -> NoReturn:
    """An error attrib did not expect (a bug): one line asking for a report, exit 70.

    With ``debug`` the exception propagates, so the traceback is shown.
    """
    if debug:
        raise error
    fail(f"unexpected {type(error).__name__}: {error} (this is a bug: run again with --debug "
         f"and report the traceback)", EXIT_BUG)
