"""A Markdown view, for pasting into an editor's ticket: summary, claims, sources, non-responses."""
from __future__ import annotations

from ..lang import language_name
from ..model import Report, Source

RESPONSE_LABELS = {"declined": "declined to comment", "no_response": "did not respond",
                   "unreachable": "could not be reached"}


def render_markdown(report: Report, *, claim_chars: int = 160) -> str:
    """The report as GitHub-flavoured Markdown."""
    s = report.summary
    n = s["claims"]
    pct = lambda k: f"{s[k]} ({100 * s[k] / n:.0f}%)" if n else str(s[k])  # noqa: E731
    lines = [f"# attrib report ({language_name(report.language)})", "",
             f"**{n} claims**: {s['attributed']} attributed, {pct('unattributed')} unattributed, "
             f"{pct('single_source')} single-source, {pct('anonymous')} anonymous, "
             f"{s['corroborated']} corroborated, {pct('disputed')} disputed; "
             f"{s['sources']} sources ({s['named_sources']} named, {s['anonymous_sources']} anonymous); "
             f"{s['responses']} non-responses.", "",
             "## Claims", "",
             "| # | claim | sources | flags |", "|---|---|---|---|"]
    for c in report.claims:
        srcs = []
        for a in c.attributions:
            who = a.mention.text if a.mention else (report.source(a.source).label if report.source(a.source) else "?")
            extra = f" ({a.cue.text}" + (f", {a.stance.value})" if a.stance.value != "asserts" else ")") if a.cue else ""
            srcs.append(who + extra)
        lines.append(f"| {c.id} | {_cell(_short(c.text, claim_chars))} | {_cell('; '.join(srcs)) or '—'} | "
                     f"{', '.join(f'`{f.value}`' for f in c.flags)} |")
    flagged = [c for c in report.claims if c.explanations]
    if flagged:
        lines += ["", "### Why", ""]
        for c in flagged:
            for f in c.flags:
                why = c.explanations.get(f.value)
                if why:
                    lines.append(f"- **{c.id}** `{f.value}`: {_inline(why)}")
    lines += ["", "## Sources", ""]
    members: dict[str, list[Source]] = {}
    for src in report.sources:
        if src.member_of:
            members.setdefault(src.member_of, []).append(src)
    for src in report.sources:
        if src.member_of and report.source(src.member_of) is not None:
            continue
        lines += _source(src, members, 0)
    if report.responses:
        lines += ["", "## Non-responses", ""]
        for r in report.responses:
            p = report.source(r.party)
            who = (p.name or p.label) if p else r.party
            lines.append(f"- **{_inline(who)}** {RESPONSE_LABELS.get(r.kind.value, r.kind.value)}: "
                         f"“{_inline(r.text)}”")
    return "\n".join(lines) + "\n"


def _source(s: Source, members: dict[str, list[Source]], depth: int) -> list[str]:
    facts = [s.kind.value]
    if s.count is not None:
        facts.append(f"count {s.count}")
    facts.append("anonymous" if s.anonymous else ("named" if s.named else "unnamed"))
    facts += [x for x in (s.role, s.affiliation) if x]
    texts: list[str] = []
    for m in s.mentions:
        if m.text not in texts:
            texts.append(m.text)
    line = (f"{'  ' * depth}- **{s.id}** {_inline(s.name or s.label)} — {', '.join(facts)}; "
            f"mentions ×{len(s.mentions)}: " + ", ".join(f"‘{_inline(t)}’" for t in texts))
    out = [line]
    for sub in members.get(s.id, []):
        out += _source(sub, members, depth + 1)
    return out


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _inline(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _cell(text: str) -> str:
    return _inline(text)
