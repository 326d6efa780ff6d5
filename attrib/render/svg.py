"""The claim–source graph drawn as inline SVG: layout by networkx, drawing by hand.

Claims sit in the left column in article order, sources in the middle, and the organisations
people speak for (affiliations that are not themselves sources) on the right: a layered
layout reads better than a force layout because every attribution edge runs left to right.
networkx's :func:`~networkx.multipartite_layout` computes the positions; the order inside each
column is chosen here (sources by the mean position of their claims, the barycenter heuristic)
so that edges cross as little as a cheap, linear-time ordering allows.

Nothing is fetched and nothing is scripted: the SVG is plain ``<line>``, ``<path>``,
``<circle>`` and ``<text>`` with every label escaped, meant to be inlined in the HTML report.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from ..model import Claim, Flag, Report

if TYPE_CHECKING:
    import networkx as nx

#: Flags from the most to the least serious: a claim is coloured by the first it carries.
#: ``disputed`` first (someone in the article says it is false), ``corroborated`` last (good news).
SEVERITY: tuple[Flag, ...] = (
    Flag.DISPUTED, Flag.UNATTRIBUTED, Flag.ANONYMOUS, Flag.SINGLE_SOURCE, Flag.HEDGED,
    Flag.PRIOR_REPORTING, Flag.DENIAL, Flag.CORROBORATED,
)
#: One colour per flag (a claim without flags is grey); the page's CSS uses the same ones.
FLAG_COLOURS: dict[str, str] = {
    Flag.DISPUTED.value: "#d62728", Flag.UNATTRIBUTED.value: "#f28e00",
    Flag.ANONYMOUS.value: "#d9438f", Flag.SINGLE_SOURCE.value: "#8c5fc7",
    Flag.HEDGED.value: "#b59a00", Flag.PRIOR_REPORTING.value: "#1799a8",
    Flag.DENIAL.value: "#1f6fb4", Flag.CORROBORATED.value: "#2a9d3a", "none": "#8a9099",
}
STANCE_COLOURS = {"asserts": "#8a9099", "denies": "#1f6fb4", "hedges": "#b59a00"}
KIND_COLOURS = {"person": "#4c78a8", "people": "#72b7b2", "organization": "#54a24b",
                "media": "#b279a2", "document": "#9d755d", "unknown": "#8a9099"}

ROW = 24          # pixels between two nodes of the longest column
TOP = 30          # room above the first row for the column titles
LEFT = 330        # the claims' column: its labels are on its left
CLAIM_LABEL = 42  # characters of a claim's text shown beside its node
SOURCE_LABEL = 38


def worst_flag(claim: Claim) -> Flag | None:
    """The claim's most serious flag (see :data:`SEVERITY`), or None when it has none."""
    return min(claim.flags, key=SEVERITY.index, default=None)


def severity_name(claim: Claim) -> str:
    """The name of the claim's colour: its most serious flag, or ``none``."""
    flag = worst_flag(claim)
    return flag.value if flag else "none"


@dataclass(frozen=True)
class GraphDrawing:
    """The SVG markup and what it left out (a long article's graph is limited)."""

    svg: str
    claims_shown: int
    claims_total: int


def draw_graph(report: Report, *, max_claims: int = 300) -> GraphDrawing:
    """The report's claim–source graph as an ``<svg>`` element.

    Args:
        report: the report; its :attr:`~attrib.model.Report.graph` is drawn.
        max_claims: draw at most this many claims (the first ones, with their sources), so
            that a very long article keeps a usable page.
    """
    g = report.graph
    claims = [c for c in report.claims][:max_claims]
    kept = {c.id for c in claims}
    columns = _columns(report, g, claims, truncated=len(claims) < len(report.claims))
    nodes = [n for col in columns for n in col]  # a list: the drawing order is stable
    sub = g.subgraph(nodes)
    pos = _pixels(columns, _layout(sub, columns))
    width = max(x for x, _ in pos.values()) + 300 if pos else 400
    height = max(y for _, y in pos.values()) + ROW if pos else 2 * TOP
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="graph" role="img" '
             f'width="{width:.0f}" height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" '
             f'aria-label="claim–source graph">', _DEFS, _titles(columns, pos)]
    parts += _edges(sub, pos)
    by_id = {c.id: c for c in claims}
    for n in nodes:
        data = g.nodes[n]
        if data.get("type") == "claim":
            parts.append(_claim_node(by_id[n], pos[n]))
        else:
            parts.append(_source_node(n, data, pos[n]))
    parts.append("</svg>")
    return GraphDrawing("".join(parts), len(kept), len(report.claims))


def _columns(report: Report, g: nx.MultiDiGraph, claims: list[Claim], *, truncated: bool
              ) -> list[list[str]]:
    """Claims in article order; sources, then organisations, by the barycenter of their
    neighbours in the column to their left (linear in the number of edges). When the claims
    are ``truncated``, a source behind none of them is left out after the last one."""
    rank = {c.id: i for i, c in enumerate(claims)}
    starts = [c.start for c in claims]
    sources: dict[str, float] = {}
    for s in report.sources:
        linked = [rank[v] for _, v in g.out_edges(s.id) if v in rank]
        if linked:
            sources[s.id] = sum(linked) / len(linked)
        elif s.mentions and not (truncated and s.mentions[0].start > claims[-1].end):
            # a source behind no claim (a party that declined to comment) sits beside the
            # claims around its first mention
            sources[s.id] = bisect_right(starts, s.mentions[0].start) - 0.5
    # a subset ("one of the people") keeps near its group even when its own claims are far
    for s in report.sources:
        if s.id in sources and s.member_of in sources:
            sources[s.id] = (sources[s.id] + sources[s.member_of]) / 2
    orgs: dict[str, list[float]] = {}
    for sid, y in sources.items():
        for _, org, key in g.out_edges(sid, keys=True):
            if key == "affiliated_with" and g.nodes[org].get("type") == "organization":
                orgs.setdefault(org, []).append(y)
    columns = [[c.id for c in claims], sorted(sources, key=sources.__getitem__)]
    if orgs:
        columns.append(sorted(orgs, key=lambda o: sum(orgs[o]) / len(orgs[o])))
    return columns


def _layout(sub: nx.MultiDiGraph, columns: list[list[str]]) -> dict[str, tuple[float, float]]:
    """networkx's layered layout; the columns are passed as a dict of ordered lists because
    a node attribute would be grouped into sets and lose the order chosen above."""
    import networkx as nx

    layers = {i: col for i, col in enumerate(columns) if col}
    if not layers:
        return {}
    return {n: (float(x), float(y)) for n, (x, y) in
            nx.multipartite_layout(sub, subset_key=layers, align="vertical").items()}


def _pixels(columns: list[list[str]], pos: dict[str, tuple[float, float]]
            ) -> dict[str, tuple[float, float]]:
    """Layout coordinates → pixels: fixed column positions (the labels need their room)
    and a fixed row height, so a long column scrolls instead of crowding."""
    if not pos:
        return {}
    xs = sorted({round(x, 9) for x, _ in pos.values()})
    col_x = {x: LEFT + 300 * i for i, x in enumerate(xs)}
    ys = [y for _, y in pos.values()]
    lo, hi = min(ys), max(ys)
    rows = max(len(col) for col in columns)
    span = (rows - 1) * ROW
    scale = span / (hi - lo) if hi > lo else 0.0
    return {n: (col_x[round(x, 9)], TOP + 12 + (y - lo) * scale) for n, (x, y) in pos.items()}


def _titles(columns: list[list[str]], pos: dict[str, tuple[float, float]]) -> str:
    names = ("claims", "sources", "organisations")
    out = []
    for name, col in zip(names, columns):
        if col:
            x = pos[col[0]][0]
            out.append(f'<text class="col" x="{x:.0f}" y="16" text-anchor="middle">{name}</text>')
    return "".join(out)


def _edges(sub: nx.MultiDiGraph, pos: dict[str, tuple[float, float]]) -> list[str]:
    out = []
    for u, v, key in sub.edges(keys=True):
        (x1, y1), (x2, y2) = pos[u], pos[v]
        if key == "disputes":
            # both ends are claims in the left column: an arc bulging right (the left is the
            # labels' room), ending in an arrow on the disputed claim
            bulge = min(40 + abs(y2 - y1) / 4, 130)
            out.append(f'<path class="edge disputes" d="M{x1:.1f},{y1:.1f} C{x1 + bulge:.1f},{y1:.1f} '
                       f'{x2 + bulge:.1f},{y2:.1f} {x2 + 8:.1f},{y2:.1f}" marker-end="url(#g-arrow)">'
                       f'<title>{escape(u)} disputes {escape(v)}</title></path>')
        elif x1 == x2:
            # two sources in one column (a subset and its group, a person and the organisation
            # source they speak for): an arc bulging right, clear of the column's nodes
            bulge = min(30 + abs(y2 - y1) / 4, 160)
            what = "is one of" if key == "member_of" else "speaks for"
            out.append(f'<path class="edge {"member" if key == "member_of" else "affiliation"}" '
                       f'd="M{x1:.1f},{y1:.1f} C{x1 + bulge:.1f},{y1:.1f} '
                       f'{x2 + bulge:.1f},{y2:.1f} {x2:.1f},{y2:.1f}">'
                       f'<title>{escape(u)} {what} {escape(v)}</title></path>')
        elif key == "asked_about":
            # a party that did not answer → the claim it was asked about (attrib.graph)
            out.append(f'<line class="edge asked" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                       f'stroke="#8a9099"><title>{escape(u)} was asked about {escape(v)}</title></line>')
        else:
            colour = STANCE_COLOURS.get(key, "#b8a0d8")
            cls = "stance " + key if key in STANCE_COLOURS else "affiliation"
            out.append(f'<line class="edge {cls}" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                       f'stroke="{colour}"><title>{escape(u)} {escape(key)} {escape(v)}</title></line>')
    return out


def _claim_node(c: Claim, xy: tuple[float, float]) -> str:
    x, y = xy
    sev = severity_name(c)
    flags = ", ".join(f.value for f in c.flags) or "no flags"
    tip = f"{c.id} ({c.kind.value}; {flags}): {' '.join(c.text.split())[:300]}"
    label = _short(c.text, CLAIM_LABEL)
    return (f'<g class="node claim" data-claim="{escape(c.id)}"><title>{escape(tip)}</title>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{FLAG_COLOURS[sev]}"/>'
            f'<text x="{x - 11:.1f}" y="{y + 4:.1f}" text-anchor="end"><tspan class="id">{escape(c.id)}</tspan> '
            f'{escape(label)}</text></g>')


def _source_node(n: str, data: dict, xy: tuple[float, float]) -> str:
    x, y = xy
    kind = data.get("kind", "unknown")
    label = data.get("name") or data.get("label") or n
    anonymous = bool(data.get("anonymous"))
    if data.get("type") == "organization":
        return (f'<g class="node org"><title>{escape(label)} (organisation)</title>'
                f'<rect x="{x - 6:.1f}" y="{y - 6:.1f}" width="12" height="12" fill="{KIND_COLOURS["organization"]}"/>'
                f'<text x="{x + 11:.1f}" y="{y + 4:.1f}">{escape(_short(label, SOURCE_LABEL))}</text></g>')
    facts = [kind] + ([f"count {data['count']}"] if data.get("count", -1) >= 0 else [])
    facts.append("anonymous" if anonymous else ("named" if data.get("named") else "unnamed"))
    tip = f"{n}: {data.get('label', n)} ({', '.join(facts)}; {data.get('mentions', 0)} mention(s))"
    # an anonymous source is a hollow, dashed ring: visible in print and without colour
    shape = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="7" class="anon" fill="#fff" stroke="{KIND_COLOURS.get(kind, "#888")}"/>'
             if anonymous else
             f'<circle cx="{x:.1f}" cy="{y:.1f}" r="7" fill="{KIND_COLOURS.get(kind, "#888")}"/>')
    mark = '<tspan class="anon-mark"> (anonymous)</tspan>' if anonymous else ""
    if data.get("response"):  # declined to comment, did not respond, could not be reached
        mark += f'<tspan class="no-answer"> ∅ {escape(data["response"].replace("_", " "))}</tspan>'
        tip += f"; {data['response'].replace('_', ' ')}"
    return (f'<g class="node source{" anon" if anonymous else ""}" data-source="{escape(n)}">'
            f'<title>{escape(tip)}</title>{shape}'
            f'<text x="{x + 12:.1f}" y="{y + 4:.1f}"><tspan class="id">{escape(n)}</tspan> '
            f'{escape(_short(label, SOURCE_LABEL))}{mark}</text></g>')


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip(" ,;:") + "…"


_DEFS = ('<defs><marker id="g-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
         'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#d62728"/>'
         '</marker></defs>')
