"""``attrib evaluate brat DIR`` / ``attrib evaluate bilou FILE``: accuracy on annotated corpora."""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from . import app
from ._common import fail

if TYPE_CHECKING:
    from ..evaluate import Evaluation

evaluate_app = typer.Typer(no_args_is_help=True,
                           help="Score attrib on an annotated corpus: P/R/F1 per element and words/s.")
app.add_typer(evaluate_app, name="evaluate")

LIMIT = typer.Option(0, "--limit", "-n", min=0, help="Only the first N documents (0: all).")
JSON_OUT = typer.Option(None, "--json", help="Write the figures as JSON (the reference scorers' keys).")
ERRORS_OUT = typer.Option(None, "--errors", help="Write every miss and false positive as JSONL.")
MATCH = {"exact": "strict", "overlap": "overlap", "jaccard50": "loose (J≥.5)"}


@evaluate_app.command("brat")
def brat(
    folder: Path = typer.Argument(..., help="A brat corpus: text/*.txt and attributions/*.ann (PolNeAR)."),
    lang: str = typer.Option("en", "--lang", help="The corpus's language."),
    limit: int = LIMIT,
    json_out: Optional[Path] = JSON_OUT,
    errors_out: Optional[Path] = ERRORS_OUT,
) -> None:
    """Source, cue, content and relation P/R/F1 on a brat standoff corpus (all and speech)."""
    from ..evaluate import evaluate_brat, read_brat

    if not (folder / "attributions").is_dir() or not (folder / "text").is_dir():
        fail(f"{folder} is not a brat corpus: it needs text/ and attributions/ folders")
    try:
        docs = read_brat(folder, limit)
    except (OSError, ValueError) as e:  # a .ann without its text, a malformed line
        fail(f"{folder} could not be read as a brat corpus ({e})")
    ev = _run(len(docs), lambda system, progress: evaluate_brat(
        folder, errors=errors_out is not None, system=system, progress=progress, docs=docs), lang)
    _show(ev, "words")
    _write(ev, json_out, errors_out)


@evaluate_app.command("bilou")
def bilou(
    path: Path = typer.Argument(..., help="A BILOU file: one token and its tag per line (PFSA-ID)."),
    lang: str = typer.Option("id", "--lang", help="The corpus's language."),
    limit: int = LIMIT,
    json_out: Optional[Path] = JSON_OUT,
    errors_out: Optional[Path] = ERRORS_OUT,
) -> None:
    """Statement, cue, source, relation P/R/F1 and speaker accuracy on a BILOU quote corpus."""
    from ..evaluate import evaluate_bilou, read_bilou

    if not path.is_file():
        fail(f"{path} is not a file")
    try:
        docs = read_bilou(path, limit)
    except (OSError, ValueError) as e:  # UnicodeDecodeError is a ValueError
        fail(f"{path} is not a BILOU file ({e})")
    ev = _run(len(docs), lambda system, progress: evaluate_bilou(
        path, errors=errors_out is not None, system=system, progress=progress, docs=docs), lang)
    _show(ev, "tokens")
    _write(ev, json_out, errors_out)


def _run(total: int, evaluate: Callable, lang: str) -> Evaluation:
    """Load attrib for ``lang``, then run ``evaluate`` under a progress bar."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from ..errors import AttribError
    from ..evaluate import attrib_system

    try:
        system = attrib_system(lang)
    except AttribError as e:
        fail(str(e))
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("analysing", total=total)
        return evaluate(system, lambda n: bar.advance(task, n))


def _show(ev: Evaluation, unit: str) -> None:
    """The figures as a rich table, then the speed and the offset check."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"{ev.corpus}: {ev.documents} documents", title_justify="left")
    for col in ("subset", "element", "match"):
        table.add_column(col)
    for col in ("P", "R", "F1", "pred", "gold"):
        table.add_column(col, justify="right")
    for subset, scorers in ev.scorers.items():
        for i, s in enumerate(scorers):
            p = s.prf
            table.add_row(subset if i == 0 else "", s.name, MATCH[s.how], f"{100 * p.p:.1f}",
                          f"{100 * p.r:.1f}", f"[bold]{100 * p.f:.1f}[/]", str(p.n_p), str(p.n_g),
                          end_section=i == len(scorers) - 1)
    if "speaker_n" in ev.extra:
        hits, n = ev.extra["speaker_hits"], ev.extra["speaker_n"]
        # speaker accuracy: "pred" counts the gold statements whose speaker attrib found
        table.add_row("", "speaker", "accuracy", "", "", f"[bold]{ev.result['speaker_acc']:.1f}[/]",
                      str(hits), str(n))
    console.print(table)
    console.print(f"{ev.words_per_s:,.0f} {unit}/s ({ev.words:,} {unit} in {ev.seconds:.1f} s); "
                  f"offsets that do not reproduce their text: {ev.extra['bad_offsets']}")


def _write(ev: Evaluation, json_out: Path | None, errors_out: Path | None) -> None:
    if json_out:
        json_out.write_text(json.dumps(ev.result, indent=1) + "\n", encoding="utf-8")
    if errors_out:
        with errors_out.open("w", encoding="utf-8") as f:
            for e in ev.errors:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
