"""The terminal view (rich): the only module that imports rich for the report."""
from __future__ import annotations

from typing import IO

from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table

from ..model import Report


class ReportView:
    def __init__(self, report: Report):
        self.report = report

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        t = Table(title="Claims", show_lines=False)
        t.add_column("#")
        t.add_column("claim", ratio=3)
        t.add_column("sources", ratio=2)
        t.add_column("flags")
        for c in self.report.claims:
            srcs = ", ".join(a.mention.text if a.mention else "?" for a in c.attributions) or "—"
            t.add_row(c.id, c.text[:120], srcs, " ".join(f.value for f in c.flags))
        yield t


def print_report(report: Report, file: IO[str] | None = None) -> None:
    console = Console(file=file) if file is not None else Console()
    console.print(ReportView(report))
