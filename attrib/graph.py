"""The claim–source graph (networkx MultiDiGraph), and writing it as GraphML or JSON.

Nodes: every source (``type="source"``) and claim (``type="claim"``) with its report
attributes; an affiliation that is not itself a source ("juru bicara ByteDance" → ByteDance)
is an ``organization`` node, and one that is a source (the company also speaks for itself) is
that source's node: one node per organisation. A party that declined to comment, did not
respond or could not be reached carries ``response`` (the kind). Edges (each with ``type``,
also its key):

- ``asserts`` / ``denies`` / ``hedges``: source → claim, one per attribution;
- ``disputes``: denial claim → the claim it disputes;
- ``member_of``: subset source ("salah satu sumber") → its group;
- ``affiliated_with``: person → organisation;
- ``asked_about``: a non-responding party → the claim its non-response follows (what it was
  asked about), so it does not hang unconnected.

``networkx.read_graphml(path, force_multigraph=True)`` reads a written GraphML file back as
the same MultiDiGraph.
"""
from __future__ import annotations

import json
from bisect import bisect_right
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError

if TYPE_CHECKING:
    import networkx as nx

    from .model import Report

GRAPH_FORMATS = {".graphml": "graphml", ".json": "json"}


def build_graph(report: Report) -> nx.MultiDiGraph:
    """Source and claim nodes; attribution, dispute, membership and affiliation edges."""
    import networkx as nx

    g = nx.MultiDiGraph()
    _add_sources(g, report)
    _add_affiliations(g, report)
    _add_claims(g, report)
    _add_asked_about(g, report)
    return g


def _add_sources(g: nx.MultiDiGraph, report: Report) -> None:
    """A node per source with its report attributes; a party that did not respond carries
    ``response``."""
    for s in report.sources:
        # GraphML has no null: absent values are left out, a missing count is -1
        attrs = {"type": "source", "label": s.label, "kind": s.kind.value, "named": s.named,
                 "anonymous": s.anonymous, "count": s.count if s.count is not None else -1,
                 "mentions": len(s.mentions)}
        attrs.update({k: v for k, v in (("name", s.name), ("role", s.role),
                                        ("affiliation", s.affiliation)) if v})
        g.add_node(s.id, **attrs)
    for r in report.responses:
        if r.party in g:
            g.nodes[r.party]["response"] = r.kind.value


def _add_affiliations(g: nx.MultiDiGraph, report: Report) -> None:
    """``member_of`` and ``affiliated_with`` edges: "juru bicara Huawei" and "Huawei" itself,
    the affiliation is the organisation's source node; else an ``organization`` node."""
    by_name: dict[str, str] = {}
    for s in report.sources:
        # a source written exactly as the affiliation is that organisation, whatever kind the
        # resolver gave it
        for name in (s.name, s.label):
            if name:
                by_name.setdefault(name.lower(), s.id)
    for s in report.sources:
        if s.member_of:
            g.add_edge(s.id, s.member_of, key="member_of", type="member_of")
        org = s.affiliated_with
        if org is None and s.affiliation:
            org = by_name.get(s.affiliation.lower()) or f"org:{s.affiliation}"
            if org not in g:
                g.add_node(org, type="organization", label=s.affiliation, kind="organization")
        if org:
            g.add_edge(s.id, org, key="affiliated_with", type="affiliated_with")


def _add_claims(g: nx.MultiDiGraph, report: Report) -> None:
    """A node per claim; an edge per attribution (by its stance) and per dispute."""
    for c in report.claims:
        g.add_node(c.id, type="claim", label=c.text[:80], text=c.text, kind=c.kind.value,
                   flags=",".join(f.value for f in c.flags), start=c.start, end=c.end)
        for a in c.attributions:
            if a.source:
                g.add_edge(a.source, c.id, key=a.stance.value, type=a.stance.value,
                           cue=a.cue.text if a.cue else "",
                           mention=a.mention.text if a.mention else "")
    for c in report.claims:
        for d in c.disputed_by:
            g.add_edge(d, c.id, key="disputes", type="disputes")


def _add_asked_about(g: nx.MultiDiGraph, report: Report) -> None:
    """"X declined to comment" follows the claim X was asked about: the last one before it."""
    starts = [c.start for c in report.claims]
    for r in report.responses:
        k = bisect_right(starts, r.start) - 1
        if r.party in g and report.claims:
            g.add_edge(r.party, report.claims[max(k, 0)].id, key="asked_about", type="asked_about",
                       response=r.kind.value)


def write_graph(report: Report, path: str | Path) -> str:
    """Write the graph to ``path``: GraphML for ``.graphml``, node-link JSON for ``.json``.

    Returns the format written. Raises InputError for any other extension.
    """
    import networkx as nx

    p = Path(path)
    fmt = GRAPH_FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise InputError(f"cannot tell the graph format of {p.name!r}: use a .graphml or .json file name")
    g = build_graph(report)
    if fmt == "graphml":
        nx.write_graphml(g, p)
    else:
        data = nx.node_link_data(g, edges="edges") if _has_edges_kw() else nx.node_link_data(g)
        p.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return fmt


def _has_edges_kw() -> bool:
    """networkx ≥ 3.4 names the edge list with ``edges=`` (and warns without it)."""
    import inspect

    import networkx as nx

    return "edges" in inspect.signature(nx.node_link_data).parameters
