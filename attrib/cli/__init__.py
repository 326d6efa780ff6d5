"""The ``attrib`` command: argument parsing only; the work is the library's.

Each subcommand lives in its own module and registers itself on ``app``.
"""
from __future__ import annotations

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="attrib: who says so, how many of them, are they named, does anyone deny it?")


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"attrib {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")) -> None:
    """attrib maps every claim in a news article to the sources it cites."""


from . import check  # noqa: E402,F401  registers `attrib check`
from . import evaluate  # noqa: E402,F401  registers `attrib evaluate`
from . import serve  # noqa: E402,F401  registers `attrib serve`
from . import batch  # noqa: E402,F401  registers `attrib batch`
from . import summarize  # noqa: E402,F401  registers `attrib summarize`


def run() -> None:
    """Console-script entry point."""
    app()
