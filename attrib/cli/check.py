"""``attrib check FILE|URL|- …``: the report of one article, or one line per article for many."""
from __future__ import annotations

import glob
import sys
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, List, Optional

import typer

from ..lang import SUPPORTED
from . import app
from ._common import (DEFAULT_MAX_CHARS, EXIT_BAD_INPUT, analysis_status, echo_output, fail,
                      load_article, open_output, unexpected, warn)

if TYPE_CHECKING:
    from ..errors import UnsupportedLanguage
    from ..model import Report


class Format(str, Enum):
    rich = "rich"
    json = "json"
    markdown = "markdown"
    html = "html"
    csv = "csv"


CSV_COLUMNS = ("id", "text", "kind", "sources", "flags", "disputed_by")


@app.command()
def check(
    paths: List[str] = typer.Argument(..., metavar="FILE|URL|-...",
                                      help="Articles: .txt or .html files, http(s) URLs, globs "
                                           "(\"news/*.html\"), or - for stdin."),
    lang: Optional[str] = typer.Option(None, "--lang", metavar="|".join(SUPPORTED),
                                       help="The article's language; detected if omitted."),
    ui_lang: Optional[str] = typer.Option(None, "--ui-lang", metavar="en|id",
                                          help="The report's language (headings, findings, "
                                               "explanations); default: the article's."),
    fmt: Optional[Format] = typer.Option(None, "--format", "-f",
                                         help="rich on a terminal, json when piped, html for an -o "
                                              "file ending in .html, unless given; csv: one row per claim."),
    full: bool = typer.Option(False, "--full", help="With several articles: every full report "
                                                     "after the one-line summaries."),
    max_bytes: int = typer.Option(20 * 1024 * 1024, "--max-bytes", min=1, metavar="BYTES",
                                  help="Refuse larger inputs."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", min=1, metavar="CHARS",
                                  help="Refuse longer texts (after HTML extraction): about a minute "
                                       "of English."),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1, metavar="SECONDS",
                                  help="Seconds allowed to fetch a URL."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE",
                                          help="Write the report to this file."),
    debug: bool = typer.Option(False, "--debug", help="Show a traceback on errors (for bug reports)."),
    graph: Optional[Path] = typer.Option(None, "--graph", metavar="FILE.graphml|FILE.json",
                                         help="Also write the claim–source graph (one article)."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", metavar="FLAG[,FLAG]",
                                          help="Exit 1, listing the claims, when a claim of any "
                                               "article carries one of these flags (e.g. "
                                               "anonymous,unattributed)."),
) -> None:
    """Report who says what in an article: a file, a URL (http/https) or stdin.

    With several articles (or a glob), one line each: claims, unattributed, anonymous,
    disputed, exit status; --full adds the reports.
    """
    fail_flags = _parse_flags(fail_on) if fail_on else set()
    if ui_lang is not None:
        ui_lang = _parse_ui_lang(ui_lang)
    names = _expand(paths)
    if graph is not None and graph.suffix.lower() not in (".graphml", ".json"):
        fail(f"--graph {graph}: use a .graphml or .json file name")
    if fmt is None and output is not None and output.suffix.lower() in (".html", ".htm"):
        fmt = Format.html
    if len(names) > 1:
        if graph is not None:
            fail("--graph writes the graph of one article: give one article")
        if fmt is Format.html:
            fail("--format html writes one page per article: give one article")
        _check_many(names, lang, ui_lang, fmt, full, max_bytes, max_chars, timeout, output, debug,
                    fail_flags)
        return
    if fmt is Format.html and output is None and sys.stdout.isatty():
        # a whole page on a terminal helps nobody: it belongs in a file or a pipe
        fail("--format html writes a web page: give -o FILE.html or redirect the output")
    path = names[0]
    report = _analyze(path, lang, ui_lang, max_bytes, max_chars, timeout, debug)
    fmt = fmt or (Format.rich if sys.stdout.isatty() and output is None else Format.json)
    if fmt is Format.rich:
        from ..render.console import print_report

        if output:
            with open_output(output) as fh:
                print_report(report, file=fh, ui_language=ui_lang)
        else:
            print_report(report, ui_language=ui_lang)
    else:
        out = _render(report, fmt, path, ui_lang)
        if output:
            with open_output(output) as fh:
                fh.write(out + ("" if out.endswith("\n") else "\n"))
        else:
            echo_output(out if out.endswith("\n") else out + "\n", nl=False)
    if graph is not None:
        from ..errors import AttribError
        from ..graph import write_graph

        try:
            write_graph(report, graph)
        except (AttribError, OSError) as e:
            fail(f"cannot write the graph: {e}")
    if fail_flags and _flagged(report, fail_flags, path if len(paths) > 1 else None):
        raise typer.Exit(1)


# --- one article ------------------------------------------------------------------------------

def _analyze(path: str, lang: str | None, ui_lang: str | None, max_bytes: int, max_chars: int,
             timeout: float, debug: bool) -> Report:
    """The report of one article; a bad input fails with one line (exit 2)."""
    try:
        return _analyze_or_raise(path, lang, ui_lang, max_bytes, max_chars, timeout)
    except _Refused as e:
        if debug:  # the library's own exception, with its traceback
            raise e.__cause__ from None
        fail(str(e))
    except Exception as e:  # a bug: one line, exit 70; --debug shows the traceback
        unexpected(e, debug)


class _Refused(Exception):
    """An article the CLI cannot analyse, with the message for the user."""


def _analyze_or_raise(path: str, lang: str | None, ui_lang: str | None, max_bytes: int,
                      max_chars: int, timeout: float) -> Report:
    from .. import analyze
    from ..errors import AttribError, UnsupportedLanguage

    try:
        article = load_article(path, max_bytes, timeout=timeout, max_chars=max_chars)
        if lang is not None:
            _warn_if_other_language(article.text, lang, path)
        # ui_language only when asked for: analyze(text, language=) is the call every caller knows
        with analysis_status(article.text):
            report = analyze(article.text, language=lang, **({"ui_language": ui_lang} if ui_lang else {}))
    except UnsupportedLanguage as e:
        raise _Refused(_language_message(e, lang)) from e
    except AttribError as e:
        # the library speaks of language=; here the user types --lang
        raise _Refused(str(e).replace("pass language=", "use --lang")) from e
    return replace(report, headline=article.headline) if article.headline else report


def _language_message(e: UnsupportedLanguage, lang: str | None) -> str:
    """--lang fr: what attrib supports; a text detected as another language: how to force one."""
    supported = ", ".join(e.supported)
    if lang is not None:
        return f"--lang {lang}: attrib has no language pack for it; attrib supports {supported}"
    return (f"unsupported language {e.language!r}: attrib supports {supported} (if the text is "
            f"in one of them, say which with --lang)")


def _warn_if_other_language(text: str, lang: str, path: str) -> None:
    """``--lang id`` on an English text gives no sources and every claim unattributed: say so
    when the forced language contradicts what detection finds."""
    from ..errors import AttribError
    from ..lang import SUPPORTED
    from ..langdetect import detect

    code = lang.strip().lower()
    if code not in SUPPORTED or not text.strip():
        return  # an unsupported code fails next, with its own message
    try:
        found = detect(text, SUPPORTED)
    except AttribError:
        return
    if found != code:
        where = "" if path == "-" else f"{path}: "
        warn(f"{where}--lang {code}, but the text looks like {found!r}; the report may find no "
             f"sources (leave --lang out to detect the language)")


def _render(report: Report, fmt: Format, path: str, ui_lang: str | None) -> str:
    if fmt is Format.json:
        from ..render.json import render_json

        return render_json(report, ui_language=ui_lang)
    if fmt is Format.markdown:
        from ..render.markdown import render_markdown

        return render_markdown(report, ui_language=ui_lang)
    if fmt is Format.csv:
        return _csv([(path, report)], with_article=False)
    from ..render.html import render_html

    return render_html(report, ui_language=ui_lang,
                       title="standard input" if path == "-" else path if "://" in path else Path(path).name)


def _csv(reports: list[tuple[str, Report]], *, with_article: bool) -> str:
    """One row per claim: id, text, kind, sources (labels), flags, disputed_by (ids); with
    ``with_article`` an ``article`` column first."""
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow((("article",) if with_article else ()) + CSV_COLUMNS)
    for path, r in reports:
        for c in r.claims:
            sources = "; ".join(dict.fromkeys(
                _label(r, a.source) or (a.mention.text if a.mention else "?") for a in c.attributions))
            row = (c.id, " ".join(c.text.split()), c.kind.value, sources,
                   ",".join(f.value for f in c.flags), ",".join(c.disputed_by))
            w.writerow(((path,) if with_article else ()) + row)
    return buf.getvalue()


def _label(report: Report, sid: str | None) -> str | None:
    s = report.source(sid)
    return None if s is None else (s.name or s.label)


# --- many articles ----------------------------------------------------------------------------

def _expand(paths: list[str]) -> list[str]:
    """The articles named: a glob the shell did not expand ("news/*.html" in quotes, or on
    Windows) is expanded here, sorted; a pattern matching nothing fails (exit 2)."""
    out: list[str] = []
    for p in paths:
        if p != "-" and "://" not in p and any(ch in p for ch in "*?[") and not Path(p).exists():
            hits = sorted(glob.glob(p, recursive=True))
            if not hits:
                fail(f"{p}: no file matches this pattern")
            out += hits
        else:
            out.append(p)
    if out.count("-") > 1:
        fail("stdin (-) can be read once")
    return out


def _check_many(names: list[str], lang: str | None, ui_lang: str | None, fmt: Format | None,
                full: bool, max_bytes: int, max_chars: int, timeout: float, output: Path | None, debug: bool,
                fail_flags: set[str]) -> None:
    """One line per article (claims, unattributed, anonymous, disputed, exit status), then the
    full reports with ``--full``; json is one report per line (JSON Lines), csv one row per claim."""
    done: list[tuple[str, Report | None, int, str]] = []  # path, report, exit status, error
    for path in names:
        try:
            report = _analyze_or_raise(path, lang, ui_lang, max_bytes, max_chars, timeout)
        except _Refused as e:
            done.append((path, None, EXIT_BAD_INPUT, str(e)))
            continue
        except Exception as e:  # a bug in one article: said, and the others go on
            if debug:
                raise
            done.append((path, None, 70, f"unexpected {type(e).__name__}: {e}"))
            continue
        hit = bool(fail_flags) and any(fail_flags & {f.value for f in c.flags} for c in report.claims)
        done.append((path, report, 1 if hit else 0, ""))
    ok = [(p, r) for p, r, _, _ in done if r is not None]
    if fmt is Format.csv:
        out = _csv(ok, with_article=True)
    elif fmt is Format.json:
        from ..render.json import render_json

        out = "".join(render_json(r, indent=None, ui_language=ui_lang) + "\n" for _, r in ok)
    else:
        out = _table(done)
        if full:
            for path, r in ok:
                out += "\n" + _full(r, fmt or Format.rich, path, ui_lang)
    if output:
        with open_output(output) as fh:
            fh.write(out)
    else:
        echo_output(out, nl=False)
    for path, r, status, error in done:
        if error:
            warn(f"{path}: {error}")
        elif status == 1:
            _flagged(r, fail_flags, path)
    raise typer.Exit(max(status for _, _, status, _ in done))


def _table(done: list[tuple[str, Report | None, int, str]]) -> str:
    """The one-line-per-article table, aligned, plain text."""
    head = ("article", "lang", "claims", "unattributed", "anonymous", "disputed", "exit")
    rows = [head]
    for path, r, status, error in done:
        if r is None:
            rows.append((path, "-", "-", "-", "-", "-", str(status)))
        else:
            s = r.summary
            rows.append((path, r.language, str(s["claims"]), str(s["unattributed"]),
                         str(s["anonymous"]), str(s["disputed"]), str(status)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in
                       enumerate(zip(row, widths))).rstrip() for row in rows]
    return "\n".join(lines) + "\n"


def _full(report: Report, fmt: Format, path: str, ui_lang: str | None) -> str:
    """One full report as text, headed by its path."""
    if fmt is Format.rich:
        import io

        from rich.console import Console

        from ..render.console import print_report

        buf = io.StringIO()
        print_report(report, console=Console(file=buf, width=100, color_system=None), ui_language=ui_lang)
        body = buf.getvalue()
    else:
        body = _render(report, fmt, path, ui_lang)
    return f"== {path} ==\n{body}" + ("" if body.endswith("\n") else "\n")


# --- options ----------------------------------------------------------------------------------

def _parse_ui_lang(value: str) -> str:
    """``--ui-lang``: a language with a message catalogue; exit 2 naming them otherwise."""
    from ..lang.messages import languages

    code = value.strip().lower()
    if code not in languages():
        fail(f"--ui-lang {value}: the report can be shown in {', '.join(languages())}")
    return code


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


def _flagged(report: Report, flags: set[str], path: str | None = None) -> bool:
    """List on stderr the claims that carry one of ``flags`` (an editorial check in CI);
    whether there are any."""
    hits = [c for c in report.claims if flags & {f.value for f in c.flags}]
    if not hits:
        return False
    where = f"{path}: " if path else ""
    typer.echo(f"attrib: {where}{len(hits)} claim(s) flagged {', '.join(sorted(flags))}:", err=True)
    for c in hits:
        text = " ".join(c.text.split())
        text = text if len(text) <= 70 else text[:69] + "…"
        typer.echo(f"  {c.id} [{', '.join(sorted(flags & {f.value for f in c.flags}))}] {text}", err=True)
    return True
