"""A Markdown view, for pasting into an editor's ticket."""
from __future__ import annotations

from ..model import Report


def render_markdown(report: Report) -> str:
    s = report.summary
    lines = [f"# attrib report ({report.language})", "",
             f"{s['claims']} claims: {s['attributed']} attributed, {s['unattributed']} unattributed, "
             f"{s['single_source']} single-source, {s['anonymous']} anonymous, {s['disputed']} disputed.", "",
             "| # | claim | sources | flags |", "|---|---|---|---|"]
    for c in report.claims:
        srcs = ", ".join(a.mention.text if a.mention else "?" for a in c.attributions) or "—"
        text = c.text if len(c.text) <= 100 else c.text[:99] + "…"
        lines.append(f"| {c.id} | {_cell(text)} | {_cell(srcs)} | {', '.join(f.value for f in c.flags)} |")
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
