"""The views for everyday readers: the HTML page (summary, chips, narrow layout, legends,
Indonesian), Markdown's "ujarnya", the graph's organisations and non-responders, an HTML
input's headline, the batch store reader and its empty-text message."""
from __future__ import annotations

import json
import re
from html import unescape

import networkx as nx
import pytest

from attrib.model import (Attribution, Claim, ClaimKind, Flag, Report, Response, ResponseKind,
                          Source, SourceKind, Span, Stance)
from attrib.render.html import render_html
from attrib.render.markdown import render_markdown
from ux_articles import EN, ID


@pytest.fixture(scope="module")
def en(nlp_en):
    return nlp_en.analyze(EN)


@pytest.fixture(scope="module")
def idn(nlp_id):
    return nlp_id.analyze(ID)


def hand_made() -> Report:
    """A report built by hand: a quoted denial, a subset of a group, a spokesperson whose
    affiliation is also a source, and an organisation that did not respond."""
    text = ('The port will close, two people said. One of the people said so too. '
            '“That is wrong,” said Ana Bell, a spokesperson for Kestrel Lines. '
            'Kestrel Lines said it would grow. Harbor Gazette did not respond.')
    at = text.index
    quote = "“That is wrong,”"
    return Report("en", text, sources=(
        Source("s1", "two people", SourceKind.PEOPLE, anonymous=True, count=2,
               mentions=(Span.of(text, at("two people"), at("two people") + 10),)),
        Source("s2", "One of the people", SourceKind.PERSON, anonymous=True, count=1, member_of="s1"),
        Source("s3", "Ana Bell, a spokesperson for Kestrel Lines", SourceKind.PERSON, named=True,
               name="Ana Bell", affiliation="Kestrel Lines"),  # affiliated_with left unset
        Source("s4", "Kestrel Lines", SourceKind.ORGANIZATION, named=True, name="Kestrel Lines"),
        Source("s5", "Harbor Gazette", SourceKind.MEDIA, named=True, name="Harbor Gazette"),
    ), claims=(
        Claim("c1", 0, 14, text[:14], (0, 37), ClaimKind.INDIRECT,
              (Attribution("s1", None, None),), (Flag.ANONYMOUS, Flag.DISPUTED), ("c3",)),
        Claim("c2", 38, 69, text[38:69], (38, 69), ClaimKind.INDIRECT, (Attribution("s2", None, None),),
              (Flag.SINGLE_SOURCE, Flag.ANONYMOUS)),
        Claim("c3", at(quote), at(quote) + len(quote), quote, (at(quote), at(quote) + 60), ClaimKind.DIRECT,
              (Attribution("s3", None, None, Stance.DENIES),), (Flag.DENIAL,), denies=("c1",)),
    ), responses=(Response("s5", ResponseKind.NO_RESPONSE, at("Harbor"), len(text), text[at("Harbor"):]),))


# --- HTML ---------------------------------------------------------------------------------------

def test_the_page_opens_with_the_findings(en):
    page = render_html(en, title="a.txt")
    assert page.index('id="findings"') < page.index('id="summary"') < page.index('id="article"')
    assert "The lead (c1) is disputed by Orin Palk (c3)." in page


def test_indonesian_page(idn, en):
    page = render_html(idn, title="b.txt")
    assert '<html lang="id">' in page and "<h2>Temuan</h2>" in page and "<h2>Klaim</h2>" in page
    assert "Klaim utama (c1) dibantah oleh Orin Palk (c3)." in page
    assert "tanpa sumber" in page and "Hover over" not in page
    data = json.loads(unescape(re.search(r'id="attrib-data">(.*?)</script>', page).group(1)))
    assert data["ui"]["heading.sources"] == "Sumber" and data["ui"]["flagname.anonymous"] == "anonim"
    # an English article shown to an Indonesian reader
    assert "<h2>Temuan</h2>" in render_html(en, ui_language="id")
    assert '<article id="article" lang="en">' in render_html(en, ui_language="id")


def test_claim_ids_and_flag_chips_in_the_text(en):
    page = render_html(en)
    assert 'data-chip="c1 · anonymous, disputed"' in page and 'data-chip="c2 · unattributed"' in page
    assert ".claim[id]::before{content:attr(data-chip)" in page
    assert 'data-chip="c1 · anonim, dibantah"' in render_html(en, ui_language="id")


def test_narrow_window_panel_is_a_bottom_sheet(en):
    page = render_html(en)
    narrow = page.split("@media (max-width:900px)", 1)[1]
    assert "#detail{display:none;position:fixed" in narrow and "#detail.open{display:block}" in narrow


def test_graph_legend_names_the_node_colours(en, idn):
    graph = render_html(en).split('<section id="graph">', 1)[1]
    for kind in ("person", "people", "organization", "media", "document"):
        assert f'class="swatch kind-{kind}"' in graph
    assert "Sources by kind:" in graph
    assert "Sumber menurut jenis:" in render_html(idn)


def test_disputes_list_has_one_pair_of_quotation_marks():
    page = render_html(hand_made())
    disputes = page.split('<section id="disputes">', 1)[1].split("</section>", 1)[0]
    assert "““" not in disputes and "””" not in disputes
    assert "“That is wrong,”" in disputes


def test_panel_names_a_group_by_its_label():
    page = render_html(hand_made())
    data = json.loads(unescape(re.search(r'id="attrib-data">(.*?)</script>', page).group(1)))
    assert data["sources"]["s2"]["member_of"] == "s1" and data["sources"]["s1"]["label"] == "two people"
    assert data["ui"]["one_of"] == "one of {group}"
    assert '(data.sources[s.member_of] || {label: s.member_of}).label' in page  # the label, not "s1"


def test_headline_is_shown_not_a_claim(nlp_en):
    from attrib.ingest import load_input

    html = (f"<html><head><title>x</title></head><body><article><h1>Ferry terminal to close</h1>"
            + "".join(f"<p>{p}</p>" for p in EN.split("\n\n")) + "</article></body></html>")
    article = load_input(html.encode(), "page.html")
    # whether or not the article detector kept the <h1> in the text, it is the headline
    assert article.headline == "Ferry terminal to close"
    from dataclasses import replace

    report = replace(nlp_en.analyze(article.text), headline=article.headline)
    assert all("Ferry terminal" not in c.text for c in report.claims)
    assert '<p class="headline" lang="en">Ferry terminal to close</p>' in render_html(report)
    assert "**Ferry terminal to close**" in render_markdown(report)
    assert report.to_dict()["headline"] == "Ferry terminal to close"
    assert Report.from_dict(report.to_dict()).headline == "Ferry terminal to close"


def test_check_keeps_the_h1_of_an_html_file(tmp_path):
    from typer.testing import CliRunner

    from attrib.cli import app

    page = tmp_path / "p.html"
    page.write_text("<html><body><h1>Ferry terminal to close</h1>"
                    + "".join(f"<p>{p}</p>" for p in EN.split("\n\n")) + "</body></html>", encoding="utf-8")
    r = CliRunner().invoke(app, ["check", str(page), "-f", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["headline"] == "Ferry terminal to close"


# --- Markdown ---------------------------------------------------------------------------------

def test_markdown_cue_that_is_its_source_is_written_once(nlp_id):
    text = ('Kepala pelabuhan Dell Moran mengatakan perbaikan akan selesai bulan depan. '
            '"Kami bekerja siang dan malam," ujarnya.\n')
    md = render_markdown(nlp_id.analyze(text))
    assert "ujarnya (ujarnya)" not in md
    assert "| Dell Moran (ujarnya) |" in md


@pytest.mark.parametrize("ui, heads", [("en", ("## Findings", "## Summary", "## Claims", "### Why")),
                                       ("id", ("## Temuan", "## Ringkasan", "## Klaim", "### Alasan"))])
def test_markdown_in_both_languages(en, ui, heads):
    md = render_markdown(en, ui_language=ui)
    positions = [md.index(h) for h in heads]
    assert positions == sorted(positions)


# --- graph ------------------------------------------------------------------------------------

def test_one_node_per_organisation():
    g = hand_made().graph
    assert not any(n.startswith("org:") for n in g)
    assert g.has_edge("s3", "s4", key="affiliated_with")


def test_non_responders_are_marked_and_linked(tmp_path):
    report = hand_made()
    g = report.graph
    assert g.nodes["s5"]["response"] == "no_response"
    assert g.has_edge("s5", "c3", key="asked_about")  # the claim before the non-response
    path = tmp_path / "g.graphml"
    from attrib.graph import write_graph

    write_graph(report, path)
    back = nx.read_graphml(path, force_multigraph=True)
    assert isinstance(back, nx.MultiDiGraph) and back.has_edge("s5", "c3", key="asked_about")
    page = render_html(report)
    assert "∅ no response" in page


# --- batch ------------------------------------------------------------------------------------

def test_batch_record_with_empty_text_says_empty():
    from attrib.archive.inputs import document_from_record

    assert document_from_record({"id": "a", "text": ""}, "x").problem == 'the record has an empty "text"'
    assert document_from_record({"id": "a", "text": "   "}, "x").problem == 'the record has an empty "text"'
    assert document_from_record({"id": "a"}, "x").problem == 'the record has no "text" or "html"'
