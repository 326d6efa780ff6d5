"""The terminal view (rich): the only module that imports rich for the report.

:class:`ReportView` renders a summary panel, the claims in article order (short text,
sources, coloured flag badges and their explanations), a sources tree and the non-responses.
It reads well at 80 columns; on a file or a pipe rich writes plain text.
"""
from __future__ import annotations

from typing import IO

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from ..model import Claim, Flag, Report, Source

FLAG_STYLES = {
    Flag.UNATTRIBUTED: "black on yellow",
    Flag.SINGLE_SOURCE: "white on magenta",
    Flag.ANONYMOUS: "white on red",
    Flag.CORROBORATED: "black on green",
    Flag.DISPUTED: "bold white on red",
    Flag.DENIAL: "white on blue",
    Flag.PRIOR_REPORTING: "black on cyan",
    Flag.HEDGED: "black on bright_yellow",
}
RESPONSE_LABELS = {"declined": "declined to comment", "no_response": "did not respond",
                   "unreachable": "could not be reached"}


def shorten(text: str, limit: int = 160) -> str:
    """One line of at most ``limit`` characters, cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    return text[:cut if cut > limit // 2 else limit - 1].rstrip(" ,;:") + "…"


def badge(flag: Flag) -> Text:
    return Text(f" {flag.value} ", style=FLAG_STYLES.get(flag, "reverse"))


def _share(n: int, total: int) -> str:
    return f"{n} ({100 * n / total:.0f}%)" if total else str(n)


class ReportView:
    """A rich renderable over a Report: ``Console().print(ReportView(report))``."""

    def __init__(self, report: Report, *, claim_chars: int = 160):
        self.report = report
        self.claim_chars = claim_chars

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.summary()
        yield self.claims()
        yield self.sources()
        if self.report.responses:
            yield self.responses()

    # --- parts ------------------------------------------------------------------------------
    def summary(self) -> Panel:
        s = self.report.summary
        n = s["claims"]
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold")
        grid.add_column()
        grid.add_row("claims", f"{n} ({s['attributed']} attributed)")
        grid.add_row("unattributed", _share(s["unattributed"], n))
        grid.add_row("single-source", _share(s["single_source"], n))
        grid.add_row("anonymous", _share(s["anonymous"], n))
        grid.add_row("corroborated", _share(s["corroborated"], n))
        grid.add_row("disputed", _share(s["disputed"], n))
        grid.add_row("sources", f"{s['sources']} ({s['named_sources']} named, "
                                f"{s['anonymous_sources']} anonymous)")
        grid.add_row("non-responses", str(s["responses"]))
        from ..lang import language_name

        lang = language_name(self.report.language)
        return Panel(grid, title=f"attrib report · {lang}", title_align="left", expand=False)

    def claims(self) -> Table:
        t = Table(title="Claims", title_justify="left", show_header=False, box=None,
                  padding=(0, 1, 1, 0), expand=True)
        t.add_column("id", style="bold", no_wrap=True, width=4)
        t.add_column("claim", ratio=1, overflow="fold")
        for c in self.report.claims:
            t.add_row(c.id, self.claim(c))
        return t

    def claim(self, c: Claim) -> Group:
        head = Text(shorten(c.text, self.claim_chars))
        parts = [head]
        if c.attributions:
            who = Text("← ", style="dim")
            for k, a in enumerate(c.attributions):
                if k:
                    who.append("; ", style="dim")
                src = self.report.source(a.source)
                label = a.mention.text if a.mention else (src.label if src else "?")
                who.append(label, style="bold")
                if src is not None and a.mention and src.label != a.mention.text:
                    who.append(f" = {src.name or src.label}", style="dim")
                if a.cue:
                    who.append(f" ({a.cue.text}", style="dim")
                    who.append(f", {a.stance.value})" if a.stance.value != "asserts" else ")", style="dim")
            parts.append(who)
        if c.flags:
            badges = Text("" if c.kind.value == "unattributed" else f"{c.kind.value} ", style="dim")
            for f in c.flags:
                badges.append_text(badge(f))
                badges.append(" ")
            parts.append(badges)
            why = Table.grid(padding=(0, 1))
            why.add_column(style="dim", no_wrap=True)
            why.add_column(ratio=1, style="italic")
            for f in c.flags:
                if c.explanations.get(f.value):
                    why.add_row("·", c.explanations[f.value])
            parts.append(why)
        return Group(*parts)

    def sources(self) -> Tree:
        tree = Tree(Text("Sources", style="bold"))
        members: dict[str, list[Source]] = {}
        for s in self.report.sources:
            if s.member_of:
                members.setdefault(s.member_of, []).append(s)
        for s in self.report.sources:
            if s.member_of and self.report.source(s.member_of) is not None:
                continue
            self._source(tree, s, members)
        return tree

    def _source(self, parent: Tree, s: Source, members: dict[str, list[Source]]) -> None:
        line = Text(f"{s.id} ", style="bold")
        line.append(s.name or s.label)
        facts = [s.kind.value]
        if s.count is not None:
            facts.append(f"count {s.count}")
        facts.append("anonymous" if s.anonymous else ("named" if s.named else "unnamed"))
        line.append(f"  ({', '.join(facts)})", style="red" if s.anonymous else "dim")
        node = parent.add(line)
        if s.role or s.affiliation:
            node.add(Text(" · ".join(x for x in (s.role, s.affiliation) if x), style="cyan"))
        if s.mentions:
            seen: list[str] = []
            for m in s.mentions:
                if m.text not in seen:
                    seen.append(m.text)
            node.add(Text(f"mentions ×{len(s.mentions)}: " + ", ".join(f"‘{t}’" for t in seen),
                          style="dim"))
        for sub in members.get(s.id, []):
            self._source(node, sub, members)

    def responses(self) -> Table:
        t = Table(title="Non-responses", title_justify="left", show_header=False, box=None,
                  padding=(0, 1), expand=True)
        t.add_column("party", style="bold", no_wrap=True)
        t.add_column("kind", style="yellow", no_wrap=True)
        t.add_column("text", ratio=1)
        for r in self.report.responses:
            src = self.report.source(r.party)
            t.add_row(src.name or src.label if src else r.party, RESPONSE_LABELS.get(r.kind.value, r.kind.value),
                      shorten(r.text, 120))
        return t


def print_report(report: Report, file: IO[str] | None = None, *, console: Console | None = None) -> None:
    """Print the report; to ``file`` (plain text) when given."""
    if console is None:
        console = Console(file=file) if file is not None else Console()
    console.print(ReportView(report))
