"""The claim–source graph: node and edge types, GraphML and node-link JSON."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from attrib.errors import InputError
from attrib.graph import write_graph


@pytest.fixture(scope="module")
def seed_report(nlp_id, seed_text):
    return nlp_id.analyze(seed_text)


def test_graph_nodes_and_edges(seed_report):
    g = seed_report.graph
    assert isinstance(g, nx.MultiDiGraph)
    types = {d["type"] for _, d in g.nodes(data=True)}
    assert {"source", "claim"} <= types
    assert len([n for n, d in g.nodes(data=True) if d["type"] == "claim"]) == len(seed_report.claims)
    edges = {d["type"] for *_, d in g.edges(data=True)}
    assert {"asserts", "denies", "disputes", "member_of", "affiliated_with"} <= edges


def test_edges_point_the_right_way(seed_report):
    g = seed_report.graph
    for u, v, d in g.edges(data=True):
        if d["type"] in ("asserts", "denies", "hedges"):
            assert g.nodes[u]["type"] == "source" and g.nodes[v]["type"] == "claim"
        elif d["type"] == "disputes":
            assert g.nodes[u]["type"] == g.nodes[v]["type"] == "claim"
            assert u in seed_report.claim(v).disputed_by
        elif d["type"] == "member_of":
            assert seed_report.source(u).member_of == v


def test_source_node_attributes(seed_report):
    g = seed_report.graph
    hughes = next(s for s in seed_report.sources if s.name == "Michael Hughes")
    assert g.nodes[hughes.id]["role"] == "juru bicara" and g.nodes[hughes.id]["anonymous"] is False
    # ByteDance is no source of its own: the affiliation is an organization node
    assert any(d["type"] == "affiliated_with" for *_, d in g.out_edges(hughes.id, data=True))


def test_no_graph_edges_without_attributions(nlp_en):
    g = nlp_en.analyze("Prices rose sharply this month.").graph
    assert g.number_of_edges() == 0 and g.number_of_nodes() == 1


@pytest.mark.parametrize("suffix", [".graphml", ".json"])
def test_write_graph_round_trips(seed_report, tmp_path, suffix):
    path = tmp_path / f"g{suffix}"
    write_graph(seed_report, path)
    g = seed_report.graph
    if suffix == ".graphml":
        back = nx.read_graphml(path, force_multigraph=True)
        assert back.number_of_nodes() == g.number_of_nodes()
        assert back.number_of_edges() == g.number_of_edges()
    else:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert len(data["nodes"]) == g.number_of_nodes()
        assert len(data.get("edges", data.get("links", []))) == g.number_of_edges()


def test_write_graph_refuses_unknown_extension(seed_report, tmp_path):
    with pytest.raises(InputError):
        write_graph(seed_report, tmp_path / "g.png")
