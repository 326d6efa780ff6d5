"""``attrib summarize results.sqlite|results.jsonl``: how a corpus's claims are sourced."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from . import app
from ._common import fail, unexpected


class By(str, Enum):
    outlet = "outlet"
    month = "month"
    language = "language"


class Format(str, Enum):
    rich = "rich"
    json = "json"
    csv = "csv"


@app.command()
def summarize(
    store: Path = typer.Argument(..., help="A store written by attrib batch (.sqlite or .jsonl)."),
    by: Optional[By] = typer.Option(None, "--by", help="One row per outlet, month or language "
                                    "(default: one row for the whole corpus)."),
    csv_out: Optional[Path] = typer.Option(None, "--csv", help="Also write the table as CSV."),
    chart: Optional[Path] = typer.Option(None, "--chart", metavar="PATH.png|PATH.svg",
                                         help="Also draw the shares: by month, or by --by outlet|"
                                              "language (needs attrib\\[charts])."),
    fmt: Optional[Format] = typer.Option(None, "--format", "-f",
                                         help="rich on a terminal, csv when piped, unless given."),
    debug: bool = typer.Option(False, "--debug", help="Show a traceback on errors (for bug reports)."),
) -> None:
    """How a corpus's claims are sourced: a table from a batch store.

    Claims; the shares unattributed, single-source, anonymous and disputed; named and anonymous sources; non-responses; failed documents.
    """
    from ..archive.summarize import rows_json, summarize as _summarize, total, write_chart, write_csv
    from ..errors import AttribError

    if chart is not None:
        if chart.suffix.lower() not in (".png", ".svg"):
            fail(f"--chart {chart}: use a .png or .svg file name")
        try:
            import matplotlib  # noqa: F401
        except ImportError:
            fail("--chart needs matplotlib: pip install 'attrib[charts]'")
    key = by.value if by else "group"
    try:
        rows = _summarize(store, by.value if by else None)
        if csv_out is not None:
            try:
                write_csv(rows, csv_out, key)
            except OSError as e:
                fail(f"cannot write {csv_out}: {e.strerror or e}")
        if chart is not None:
            # the chart follows --by: lines over the months, bars per outlet or language
            write_chart(chart, store, by.value if by else "month")
    except AttribError as e:
        if debug:
            raise
        fail(str(e))
    except Exception as e:  # a bug: one line, exit 70
        unexpected(e, debug)
    fmt = fmt or (Format.rich if sys.stdout.isatty() else Format.csv)
    if fmt is Format.json:
        typer.echo(rows_json(rows, key))
    elif fmt is Format.csv:
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        for k, row in enumerate(rows):
            d = row.as_dict(key)
            if k == 0:
                writer.writerow(d)
            writer.writerow(d.values())
    else:
        _print_table(rows, total(rows) if by and len(rows) > 1 else None, key)


def _print_table(rows, footer, key: str, console=None) -> None:
    """The corpus table, shares as percentages, a total row when there are groups; on a
    terminal too narrow for its eleven columns (80), one block per group instead."""
    from rich import box
    from rich.console import Console
    from rich.measure import Measurement
    from rich.table import Table

    def pct(row, flag: str) -> str:
        share = row.share(flag)
        return "–" if share is None else f"{share:.1%}"

    table = Table(title="How the corpus's claims are sourced", show_footer=footer is not None,
                  box=box.SIMPLE_HEAD, pad_edge=False)
    # short headers: eleven columns fit in 80 characters
    columns = [(key, "left"), ("docs", "right"), ("claims", "right"), ("unattr.", "right"),
               ("single", "right"), ("anon.", "right"), ("disp.", "right"), ("named\nsrc", "right"),
               ("anon.\nsrc", "right"), ("no\nreply", "right"), ("errors", "right")]

    def cells(row) -> list[str]:
        return [row.group, str(row.articles), str(row.claims), pct(row, "unattributed"),
                pct(row, "single_source"), pct(row, "anonymous"), pct(row, "disputed"),
                str(row.named_sources), str(row.anonymous_sources), str(row.responses),
                str(row.errors)]

    foot = cells(footer) if footer is not None else [""] * len(columns)
    for (name, justify), f in zip(columns, foot):
        table.add_column(name, justify=justify, footer=f)
    for row in rows:
        table.add_row(*cells(row))
    if console is None:
        # off a terminal (``-f rich`` into a file) rich would assume 80 columns: too narrow
        console = Console()
        console = console if console.is_terminal else Console(width=100)
    # the width the table wants (rich clamps a plain measure to the console's width)
    wanted = Measurement.get(console, console.options.update(width=10_000), table).maximum
    if wanted > console.width:
        # the columns would be cut to "23.…" and "cla…": a vertical layout reads at any width
        _print_blocks(rows, footer, key, pct, console)
        return
    console.print(table)
    console.print("unattr., single, anon., disp.: shares of claims (unattributed, single-source, "
                  "anonymous, disputed); named/anonymous sources and non-responses (no reply): summed "
                  "over articles", highlight=False)


def _print_blocks(rows, footer, key: str, pct, console) -> None:
    """The corpus table as one short block per group (and the total), for narrow terminals."""
    from rich.text import Text

    console.print(Text("How the corpus's claims are sourced", style="italic"))
    for row in list(rows) + ([footer] if footer is not None else []):
        name = "total" if row is footer else f"{key} {row.group}" if key != "group" else row.group
        console.print(Text(f"{name}: {row.articles} articles, {row.claims} claims, {row.errors} errors",
                           style="bold"))
        console.print(f"  unattributed {pct(row, 'unattributed')} · single-source "
                      f"{pct(row, 'single_source')} · anonymous {pct(row, 'anonymous')} · disputed "
                      f"{pct(row, 'disputed')}", highlight=False)
        console.print(f"  sources: {row.named_sources} named, {row.anonymous_sources} anonymous · "
                      f"non-responses: {row.responses}", highlight=False)
