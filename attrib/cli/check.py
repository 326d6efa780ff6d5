"""``attrib check FILE|-``: the report of one article."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from . import app
from ._common import fail, read_article


class Format(str, Enum):
    rich = "rich"
    json = "json"
    markdown = "markdown"


@app.command()
def check(
    path: str = typer.Argument(..., help="An article: a .txt or .html file, or - for stdin."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language code (en, id); detected if omitted."),
    fmt: Optional[Format] = typer.Option(None, "--format", "-f",
                                         help="rich on a terminal, json when piped, unless given."),
    max_bytes: int = typer.Option(20 * 1024 * 1024, "--max-bytes", help="Refuse larger inputs."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    debug: bool = typer.Option(False, "--debug", help="Show a traceback on errors (for bug reports)."),
) -> None:
    """Report who says what in an article."""
    from .. import analyze
    from ..errors import AttribError

    try:
        text = read_article(path, max_bytes)
        report = analyze(text, language=lang)
    except AttribError as e:
        if debug:
            raise
        fail(str(e))
    fmt = fmt or (Format.rich if sys.stdout.isatty() and output is None else Format.json)
    if fmt is Format.json:
        from ..render.json import render_json

        out = render_json(report)
    elif fmt is Format.markdown:
        from ..render.markdown import render_markdown

        out = render_markdown(report)
    else:
        from ..render.console import print_report

        print_report(report, file=output)
        return
    if output:
        output.write_text(out + "\n", encoding="utf-8")
    else:
        typer.echo(out)
