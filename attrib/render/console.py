"""The terminal view (rich): the only module that imports rich for the report.

:class:`ReportView` renders a summary panel, the claims in article order (short text,
sources, coloured flag badges and their explanations), a sources tree and the non-responses.
It opens with the editor's summary (:mod:`attrib.findings`); every word comes from the
message catalogue of the UI language (:mod:`attrib.lang.messages`). It reads well at 80
columns; on a file or a pipe rich writes plain text.
"""
from __future__ import annotations

from typing import IO

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from ..lang.messages import Catalogue, catalogue, ui_language as _ui_language
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
def shorten(text: str, limit: int = 160) -> str:
    """One line of at most ``limit`` characters, cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    return text[:cut if cut > limit // 2 else limit - 1].rstrip(" ,;:") + "…"


def badge(flag: Flag, t: Catalogue | None = None) -> Text:
    """The flag's coloured badge, named in the UI language."""
    return Text(f" {(t or catalogue('en'))(f'flagname.{flag.value}')} ", style=FLAG_STYLES.get(flag, "reverse"))


def _share(n: int, total: int) -> str:
    return f"{n} ({100 * n / total:.0f}%)" if total else str(n)


class ReportView:
    """A rich renderable over a Report: ``Console().print(ReportView(report))``."""

    def __init__(self, report: Report, *, claim_chars: int = 160, ui_language: str | None = None):
        self.report = report
        self.claim_chars = claim_chars
        self.t = catalogue(_ui_language(report.language, ui_language))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if self.report.headline:
            yield Text(self.report.headline, style="bold")
        yield self.findings()
        yield self.summary()
        yield self.claims()
        yield self.sources()
        if self.report.responses:
            yield self.responses()

    # --- parts ------------------------------------------------------------------------------
    def findings(self) -> Panel:
        """The editor's summary: one sentence per finding, most serious first."""
        t = self.t
        lines = Table.grid(padding=(0, 1))
        lines.add_column(no_wrap=True)
        lines.add_column(ratio=1)
        for f in self.report.findings(t.code):
            mark = "•" if f.kind != "none" else "✓"
            lines.add_row(Text(mark, style="bold red" if f.kind in ("disputed", "anonymous") else "bold"),
                          Text(f.text))
        from ..lang import language_name

        code = self.report.language
        lang = t(f"language.{code}") if f"language.{code}" in t else language_name(code)
        return Panel(lines, title=t("report.title_language", language=lang) + " · " + t("heading.findings"),
                     title_align="left")

    def summary(self) -> Panel:
        t = self.t
        s = self.report.summary
        n = s["claims"]
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold")
        grid.add_column()
        grid.add_row(t("summary.claims"), f"{n} ({t('summary.attributed', n=s['attributed'])})")
        for key in ("unattributed", "single_source", "anonymous", "corroborated", "disputed"):
            grid.add_row(t(f"summary.{key}"), _share(s[key], n))
        grid.add_row(t("summary.sources"), f"{s['sources']} (" + t(
            "summary.sources_detail", named=s["named_sources"], anonymous=s["anonymous_sources"]) + ")")
        grid.add_row(t("summary.responses"), str(s["responses"]))
        return Panel(grid, title=t("heading.summary"), title_align="left", expand=False)

    def claims(self) -> Table:
        t = Table(title=self.t("heading.claims"), title_justify="left", show_header=False, box=None,
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
                # "ujarnya": a cue that carries its source is the mention already; not twice
                if a.cue and not (a.mention and (a.mention.start, a.mention.end) == (a.cue.start, a.cue.end)):
                    who.append(f" ({a.cue.text}", style="dim")
                    who.append(f", {self.t('stance.' + a.stance.value)})" if a.stance.value != "asserts"
                               else ")", style="dim")
            parts.append(who)
        if c.flags:
            badges = Text("" if c.kind.value == "unattributed" else f"{self.t('kind.' + c.kind.value)} ",
                          style="dim")
            for f in c.flags:
                badges.append_text(badge(f, self.t))
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
        tree = Tree(Text(self.t("heading.sources"), style="bold"))
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
        t = self.t
        facts = [t(f"source_kind.{s.kind.value}")]
        if s.count is not None:
            facts.append(t("status.count", n=s.count))
        facts.append(t("status.anonymous") if s.anonymous else t("status.named" if s.named else "status.unnamed"))
        line.append(f"  ({', '.join(facts)})", style="red" if s.anonymous else "dim")
        node = parent.add(line)
        if s.role or s.affiliation:
            node.add(Text(" · ".join(x for x in (s.role, s.affiliation) if x), style="cyan"))
        if s.mentions:
            seen: list[str] = []
            for m in s.mentions:
                if m.text not in seen:
                    seen.append(m.text)
            node.add(Text(t("mentions", n=len(s.mentions)) + ": " + ", ".join(f"‘{m}’" for m in seen),
                          style="dim"))
        for sub in members.get(s.id, []):
            self._source(node, sub, members)

    def responses(self) -> Table:
        t = Table(title=self.t("heading.responses"), title_justify="left", show_header=False, box=None,
                  padding=(0, 1), expand=True)
        t.add_column("party", style="bold", no_wrap=True)
        t.add_column("kind", style="yellow", no_wrap=True)
        t.add_column("text", ratio=1)
        for r in self.report.responses:
            src = self.report.source(r.party)
            t.add_row(src.name or src.label if src else r.party, self.t(f"response.{r.kind.value}"),
                      shorten(r.text, 120))
        return t


def print_report(report: Report, file: IO[str] | None = None, *, console: Console | None = None,
                 ui_language: str | None = None) -> None:
    """Print the report; to ``file`` (plain text) when given; in ``ui_language`` (a code with a message catalogue;
    default: the article's language)."""
    if console is None:
        console = Console(file=file) if file is not None else Console()
    console.print(ReportView(report, ui_language=ui_language))
