"""The claim–source graph (networkx MultiDiGraph)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

    from .model import Report


def build_graph(report: Report) -> nx.MultiDiGraph:
    """Source and claim nodes; source → claim edges by stance; claim → claim ``disputes``."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for s in report.sources:
        g.add_node(s.id, type="source", label=s.label, kind=s.kind.value, named=s.named,
                   anonymous=s.anonymous, count=s.count if s.count is not None else -1)
        if s.member_of:
            g.add_edge(s.id, s.member_of, key="member_of", type="member_of")
        if s.affiliated_with:
            g.add_edge(s.id, s.affiliated_with, key="affiliated_with", type="affiliated_with")
    for c in report.claims:
        g.add_node(c.id, type="claim", label=c.text[:80], kind=c.kind.value,
                   flags=",".join(f.value for f in c.flags), start=c.start, end=c.end)
        for a in c.attributions:
            if a.source:
                g.add_edge(a.source, c.id, type=a.stance.value)
        for d in c.disputed_by:
            g.add_edge(d, c.id, type="disputes")
    return g
