"""``attrib check FILE|-``: the report of one article."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from ..lang import SUPPORTED
from . import app
from ._common import fail, open_output, read_article, unexpected


class Format(str, Enum):
    rich = "rich"
    json = "json"
    markdown = "markdown"
    html = "html"


@app.command()
def check(
    path: str = typer.Argument(..., help="An article: a .txt or .html file, or - for stdin."),
    lang: Optional[str] = typer.Option(None, "--lang", help=f"Language code ({', '.join(SUPPORTED)}); detected if omitted."),
    fmt: Optional[Format] = typer.Option(None, "--format", "-f",
                                         help="rich on a terminal, json when piped, html for an -o "
                                              "file ending in .html, unless given."),
    max_bytes: int = typer.Option(20 * 1024 * 1024, "--max-bytes", min=1, help="Refuse larger inputs."),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1, help="Seconds allowed to fetch a URL."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    debug: bool = typer.Option(False, "--debug", help="Show a traceback on errors (for bug reports)."),
    graph: Optional[Path] = typer.Option(None, "--graph", help="Also write the claim–source graph: "
                                         "GraphML (.graphml) or node-link JSON (.json)."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", metavar="FLAG[,FLAG]",
                                          help="Exit 1, listing the claims, when a claim carries one of "
                                               "these flags (e.g. anonymous,unattributed)."),
) -> None:
    """Report who says what in an article."""
    from .. import analyze
    from ..errors import AttribError

    fail_flags = _parse_flags(fail_on) if fail_on else set()
    if graph is not None and graph.suffix.lower() not in (".graphml", ".json"):
        fail(f"--graph {graph}: use a .graphml or .json file name")
    if fmt is None and output is not None and output.suffix.lower() in (".html", ".htm"):
        fmt = Format.html
    if fmt is Format.html and output is None and sys.stdout.isatty():
        # a whole page on a terminal helps nobody: it belongs in a file or a pipe
        fail("--format html writes a web page: give -o FILE.html or redirect the output")
    try:
        text = read_article(path, max_bytes, timeout=timeout)
        report = analyze(text, language=lang)
    except AttribError as e:
        if debug:
            raise
        fail(str(e))
    except Exception as e:  # a bug: one line, exit 1; --debug shows the traceback
        unexpected(e, debug)
    fmt = fmt or (Format.rich if sys.stdout.isatty() and output is None else Format.json)
    if fmt is Format.json:
        from ..render.json import render_json

        out = render_json(report)
    elif fmt is Format.markdown:
        from ..render.markdown import render_markdown

        out = render_markdown(report)
    elif fmt is Format.html:
        from ..render.html import render_html

        out = render_html(report, title="standard input" if path == "-" else
                          path if "://" in path else Path(path).name)
    else:
        from ..render.console import print_report

        out = None
        if output:
            with open_output(output) as fh:
                print_report(report, file=fh)
        else:
            print_report(report)
    if out is not None and output:
        with open_output(output) as fh:
            fh.write(out + "\n")
    elif out is not None:
        typer.echo(out)
    if graph is not None:
        from ..graph import write_graph

        try:
            write_graph(report, graph)
        except (AttribError, OSError) as e:
            fail(f"cannot write the graph: {e}")
    if fail_flags:
        _fail_on(report, fail_flags)


def _parse_flags(value: str) -> set[str]:
    """``anonymous,unattributed`` → the flag names; exit 2 naming the valid ones otherwise."""
    from ..model import Flag

    names = {f.strip().lower().replace("-", "_") for f in value.split(",") if f.strip()}
    valid = {f.value for f in Flag}
    bad = sorted(names - valid)
    if bad or not names:
        fail(f"--fail-on: unknown flag {', '.join(bad) or repr(value)}; use one or more of "
             f"{', '.join(sorted(valid))}")
    return names


def _fail_on(report, flags: set[str]) -> None:
    """Exit 1 listing the claims that carry one of ``flags`` (an editorial check in CI)."""
    hits = [c for c in report.claims if flags & {f.value for f in c.flags}]
    if not hits:
        return
    typer.echo(f"attrib: {len(hits)} claim(s) flagged {', '.join(sorted(flags))}:", err=True)
    for c in hits:
        text = " ".join(c.text.split())
        text = text if len(text) <= 70 else text[:69] + "…"
        typer.echo(f"  {c.id} [{', '.join(sorted(flags & {f.value for f in c.flags}))}] {text}", err=True)
    raise typer.Exit(1)
