"""The ``attrib`` command: argument parsing only; the work is the library's.

Each subcommand lives in its own module and registers itself on ``app``. Shell completion:
``attrib --install-completion`` (bash, zsh, fish, PowerShell) or ``--show-completion``.
"""
from __future__ import annotations

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption


class _PlainArgument(TyperArgument):
    """An argument shown as click shows it: ``FILE...`` in the usage line, not ``{path}``, and
    no ``<str>`` type beside its metavar."""

    def _usage_display_name(self) -> str:
        name = self.metavar or self.name.upper()
        name = name if self.required else f"[{name}]"
        return name + ("..." if self.nargs != 1 and not name.endswith("...") else "")

    def _rich_display_name(self) -> str:
        return self.metavar or self.name.upper()

    def display_type_rich(self, ctx):  # noqa: ANN001 (click's signature)
        return None if self.metavar else _plain_type(super().display_type_rich(ctx))


def _plain_type(shown: str | None) -> str | None:
    """``<path>`` → ``PATH``, ``<str>`` → ``TEXT``; a choice keeps its values (``rich|json``)."""
    if shown and shown.startswith("<") and shown.endswith(">"):
        inner = shown[1:-1]
        return inner if "|" in inner else {"str": "TEXT"}.get(inner, inner.upper())
    return shown


class _PlainOption(TyperOption):
    """An option shown as click shows it: a flag has no ``<bool>``; a value is ``PATH``,
    ``INTEGER RANGE`` … rather than ``<path>``."""

    def display_type_rich(self, ctx):  # noqa: ANN001
        if self.is_flag or self.count:
            return None
        return _plain_type(super().display_type_rich(ctx))


def _plain(params: list) -> list:
    """typer's parameters turned into the plain ones above (same state, other display)."""
    for p in params:
        if type(p) is TyperArgument:
            p.__class__ = _PlainArgument
        elif type(p) is TyperOption:
            p.__class__ = _PlainOption
    return params


class _Command(TyperCommand):
    def get_params(self, ctx):  # noqa: ANN001
        return _plain(super().get_params(ctx))


class _Group(TyperGroup):
    """The group and its subcommands show their parameters as click does (typer ≥ 0.2x writes
    ``{path}`` and ``<bool>``, placeholders a reader takes for syntax to type)."""

    def get_params(self, ctx):  # noqa: ANN001
        return _plain(super().get_params(ctx))

    def get_command(self, ctx, cmd_name):  # noqa: ANN001
        cmd = super().get_command(ctx, cmd_name)
        if type(cmd) is TyperCommand:
            cmd.__class__ = _Command
        return cmd


app = typer.Typer(cls=_Group, no_args_is_help=True,
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
