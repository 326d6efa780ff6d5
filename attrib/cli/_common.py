"""What the subcommands share: reading an article argument, failing with a message."""
from __future__ import annotations

import sys
from typing import NoReturn

import typer

EXIT_BAD_INPUT = 2


def fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    """One line on stderr, then exit with ``code``."""
    typer.echo(f"attrib: error: {message}", err=True)
    raise typer.Exit(code)


def read_article(path: str, max_bytes: int) -> str:
    """The text of a file, or of stdin for ``-`` (HTML reduced to its article text)."""
    from ..ingest import read_input, read_path

    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        return read_input(data, None, max_bytes)
    return read_path(path, max_bytes)
