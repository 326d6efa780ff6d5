"""The HTML view without a browser: nesting, escaping, self-containment, completeness."""
from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser

import pytest

from attrib.model import (Attribution, Claim, ClaimKind, Flag, Report, Response, ResponseKind,
                          Source, SourceKind, Span, Stance)
from attrib.render.html import Mark, highlight, render_html, script_json
from attrib.render.svg import SEVERITY, draw_graph, worst_flag

from conftest import EXAMPLES

VOID = {"meta", "br", "img", "input", "link", "hr", "wbr", "source", "col", "area", "base"}
SVG_EMPTY = {"circle", "line", "rect", "path"}  # self-closed in the SVG (<circle … />)


class Page(HTMLParser):
    """Checks the page is well-formed and collects what the tests look at: element ids,
    attributes, script and style contents, and the text inside <article>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.attrs: list[tuple[str, str, str | None]] = []  # (tag, name, value)
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.article: list[str] = []
        self.in_article = 0

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            self.attrs.append((tag, k, v))
            if k == "id":
                self.ids.append(v)
        if tag == "script":
            self.scripts.append((dict(attrs), ""))
        if tag == "article":
            self.in_article += 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        for k, v in attrs:
            self.attrs.append((tag, k, v))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()
        if tag == "article":
            self.in_article -= 1

    def handle_data(self, data):
        if self.in_article:
            self.article.append(data)
        if self.stack and self.stack[-1] == "script":
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def parse(page: str) -> Page:
    p = Page()
    p.feed(page)
    p.close()
    assert not p.errors, p.errors[:5]
    assert p.stack == [], p.stack
    return p


def data_of(p: Page) -> dict:
    [(attrs, text)] = [s for s in p.scripts if s[0].get("type") == "application/json"]
    return json.loads(text)


# --- highlight: nesting by character offsets --------------------------------------------------
def _mark(start, end, layer, name):
    return Mark(start, end, layer, "b", (("class", name),))


@pytest.mark.parametrize("marks", [
    [],
    [_mark(0, 5, 0, "a")],
    [_mark(0, 10, 0, "claim"), _mark(2, 4, 1, "mention"), _mark(2, 4, 2, "cue")],  # same span
    [_mark(0, 6, 0, "claim"), _mark(4, 9, 1, "mention")],  # crosses the claim's end
    [_mark(3, 8, 1, "mention"), _mark(0, 5, 0, "claim"), _mark(5, 12, 0, "claim2")],
    [_mark(0, 12, 0, "x"), _mark(0, 12, 0, "y"), _mark(1, 11, 2, "z"), _mark(0, 3, 1, "w")],
    [_mark(-1, 3, 0, "bad"), _mark(5, 99, 0, "bad"), _mark(4, 4, 0, "empty")],  # ignored
])
def test_highlight_is_well_formed_and_keeps_the_text(marks):
    text = "a<b>&c 'd\" e f"
    out = highlight(text, marks)
    p = parse(f"<article>{out}</article>")
    assert unescape("".join(p.article)) == text
    for m in marks:
        if 0 <= m.start < m.end <= len(text):
            assert f'class="{m.attrs[0][1]}"' in out


def test_highlight_nests_inner_layers_inside_outer_ones():
    out = highlight("0123456789", [_mark(2, 4, 2, "cue"), _mark(0, 10, 0, "claim"), _mark(2, 4, 1, "mention")])
    assert out == '<b class="claim">01<b class="mention"><b class="cue">23</b></b>456789</b>'


def test_a_split_element_keeps_its_id_once():
    marks = [Mark(0, 6, 1, "span", ident="c1"), Mark(3, 9, 0, "span", ident="c2")]
    out = highlight("abcdefghij", marks)
    assert out.count('id="c1"') == 1 and out.count('id="c2"') == 1
    parse(f"<article>{out}</article>")


def test_highlight_is_linear_enough_for_long_texts():
    text = "word " * 40_000
    marks = [_mark(i, i + 4, i % 3, "m") for i in range(0, len(text), 5)]
    out = highlight(text, marks)
    assert out.count('class="m"') == len(marks)


# --- severity ---------------------------------------------------------------------------------
def test_severity_orders_every_flag_once():
    assert sorted(SEVERITY, key=lambda f: f.value) == sorted(Flag, key=lambda f: f.value)


@pytest.mark.parametrize("flags, worst", [
    ((), None),
    ((Flag.CORROBORATED, Flag.ANONYMOUS), Flag.ANONYMOUS),
    ((Flag.ANONYMOUS, Flag.DISPUTED, Flag.HEDGED), Flag.DISPUTED),
    ((Flag.SINGLE_SOURCE, Flag.PRIOR_REPORTING), Flag.SINGLE_SOURCE),
    ((Flag.DENIAL,), Flag.DENIAL),
])
def test_worst_flag(flags, worst):
    c = Claim("c1", 0, 1, "x", (0, 1), ClaimKind.INDIRECT, flags=flags)
    assert worst_flag(c) is worst


# --- a hostile report: every string the page shows comes from the article --------------------
EVIL = ('<script>window.__pwned=1;alert(1)</script> <img src=x onerror="alert(2)"> </style>'
        '</script><!-- \u2028 & "q" \'s\'')


def hostile_report() -> Report:
    """A report whose every text field carries markup (built by hand, so every field is hit)."""
    text = f"{EVIL} said {EVIL}. {EVIL} declined to comment."
    n = len(EVIL)
    said = Span.of(text, n + 1, n + 5)
    claim = Span.of(text, n + 6, 2 * n + 6)
    src = Source("s1", EVIL, SourceKind.PERSON, named=True, name=EVIL, role=EVIL, affiliation=EVIL,
                 mentions=(Span.of(text, 0, n),))
    att = Attribution("s1", Span.of(text, 0, n), said, Stance.DENIES)
    c1 = Claim("c1", claim.start, claim.end, claim.text, (0, 2 * n + 7), ClaimKind.INDIRECT, (att,),
               (Flag.SINGLE_SOURCE, Flag.DENIAL), explanations={"single_source": EVIL, "denial": EVIL},
               denies=("c2",))
    c2 = Claim("c2", claim.start, claim.end, claim.text, (0, 1), ClaimKind.UNATTRIBUTED, (),
               (Flag.UNATTRIBUTED, Flag.DISPUTED), disputed_by=("c1",),
               explanations={"unattributed": EVIL, "disputed": EVIL})
    start = 2 * n + 8
    resp = Response("s1", ResponseKind.DECLINED, start, len(text), text[start:])
    return Report("en", text, (src,), (c1, c2), (resp,), (Span.of(text, 0, 3),))


def test_hostile_text_is_escaped_everywhere():
    page = render_html(hostile_report(), title=EVIL, home="/")
    p = parse(page)
    # exactly our two script elements: the JSON data and the code
    assert [a.get("type") for a, _ in p.scripts] == ["application/json", None]
    assert "<script>window.__pwned" not in page and "<img" not in page
    assert "</style></script>" not in page
    # no event-handler attribute anywhere, and no element the article could have brought
    assert not [a for a in p.attrs if a[1].startswith("on")]
    tags = {t for t, _, _ in p.attrs}
    assert not tags & {"img", "iframe", "object", "embed", "link", "base", "form"}
    # the article still reads as it was written
    assert unescape("".join(p.article)) == hostile_report().text


def test_the_embedded_json_cannot_close_its_script():
    page = render_html(hostile_report())
    raw = page.split('<script type="application/json" id="attrib-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in raw and ">" not in raw and "&" not in raw and "\u2028" not in raw
    data = json.loads(raw)
    assert data["sources"]["s1"]["label"] == EVIL
    assert data["claims"]["c1"]["explanations"]["denial"] == EVIL


def test_script_json_escapes():
    assert script_json({"a": "</script><!--&\u2029"}) == (
        '{"a":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2029"}')


def test_the_page_allows_only_its_own_script():
    import base64
    import hashlib

    page = render_html(hostile_report())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    csp = unescape(csp)
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    code = page.rsplit("<script>", 1)[1].split("</script>", 1)[0]
    digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp


# --- real reports: self-contained, complete, both languages, long ------------------------------
URL = re.compile(r"""(?:src|href|xlink:href|action|data)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


def check_page(report: Report, page: str) -> Page:
    p = parse(page)
    assert unescape("".join(p.article)) == report.text
    # self-contained: nothing is loaded from anywhere
    assert not URL.search(page)
    assert not re.search(r"<link\b|@import|url\(\s*['\"]?(?:https?:)?//", page, re.I)
    assert not [a for a in p.attrs if a[1] == "src"]
    # every claim and source is there: in the text, the list, the table and the data
    data = data_of(p)
    ids = set(p.ids)
    for c in report.claims:
        assert c.id in ids
        assert f'data-claim-item="{c.id}"' in page
        assert data["claims"][c.id]["flags"] == [f.value for f in c.flags]
        for f in c.flags:
            why = c.explanations.get(f.value)
            if why:
                assert data["claims"][c.id]["explanations"][f.value] == why
    for s in report.sources:
        assert f"src-{s.id}" in ids
        assert data["sources"][s.id]["anonymous"] == s.anonymous
    assert len(ids) == len(set(ids)), "duplicate element ids"
    return p


def test_seed_report_page(seed_text, nlp_id):
    report = nlp_id.analyze(seed_text)
    page = render_html(report, title="bytedance-huawei.id.txt", ui_language="en")
    p = check_page(report, page)
    assert '<article id="article" lang="id">' in page
    # the summary, the non-responses and the disputes are all on the page
    assert f"<dt>claims</dt><dd>{report.summary['claims']} " in page
    for r in report.responses:
        assert r.text in unescape(page)
    denial = next(c for c in report.claims if c.denies)
    assert 'id="disputes"' in page
    for d in denial.denies:
        assert f'data-claim-link="{d}"' in page
    # every anonymous source is marked, in the table and in the text
    for s in report.sources:
        row = re.search(rf'<tr id="src-{s.id}".*?</tr>', page).group(0)
        assert ("anonymous" in row) == s.anonymous
    assert page.count('class="mention anon"') >= sum(len(s.mentions) for s in report.sources if s.anonymous)
    # a claim is coloured by its most serious flag
    for c in report.claims:
        sev = worst_flag(c).value if worst_flag(c) else "none"
        assert re.search(rf'<span class="claim sev-{sev}" data-claim="{c.id}"', page)
    assert "@media print" in page
    assert len(p.scripts) == 2


def test_english_report_page(en_report):
    page = render_html(en_report)
    check_page(en_report, page)
    assert '<article id="article" lang="en">' in page


def test_graph_draws_every_claim_and_source_with_disputes(nlp_id, seed_text):
    report = nlp_id.analyze(seed_text)
    drawing = draw_graph(report)
    svg = drawing.svg
    for c in report.claims:
        assert f'data-claim="{c.id}"' in svg
    for s in report.sources:
        assert f'data-source="{s.id}"' in svg
    disputes = sum(len(c.disputed_by) for c in report.claims)
    assert disputes and svg.count('class="edge disputes"') == disputes
    assert svg.count('<circle cx="') + svg.count("<rect ") == report.graph.number_of_nodes()


def test_long_article(seed_text, nlp_id):
    text = "\n\n".join([seed_text] * 12)  # ~42,000 characters, ~200 claims
    report = nlp_id.analyze(text)
    page = render_html(report, max_graph_claims=50, ui_language="en")
    check_page(report, page)
    graph = page.split('<section id="graph">', 1)[1]
    assert f"first 50 of {len(report.claims)} claims" in graph
    assert graph.count('class="node claim"') == 50


def test_an_empty_report_renders():
    report = Report("en", "Just a heading", non_claims=(Span(0, 14, "Just a heading"),))
    page = render_html(report)
    p = parse(page)
    assert unescape("".join(p.article)) == report.text
    assert "No claims." in page and "No sources." in page


# --- the CLI -------------------------------------------------------------------------------
def test_cli_writes_the_page(tmp_path):
    from typer.testing import CliRunner

    from attrib.cli import app

    out = tmp_path / "report.html"
    res = CliRunner().invoke(app, ["check", str(EXAMPLES / "bytedance-huawei.id.txt"),
                                   "--format", "html", "-o", str(out)])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "bytedance-huawei.id.txt" in page
    # an -o file ending in .html is a page without --format; piped stdout gets the page too
    other = tmp_path / "again.HTML"
    res = CliRunner().invoke(app, ["check", str(EXAMPLES / "bytedance-huawei.id.txt"), "-o", str(other)])
    assert res.exit_code == 0 and other.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    res = CliRunner().invoke(app, ["check", str(EXAMPLES / "harbor-bridge-contract.en.txt"), "-f", "html"])
    assert res.exit_code == 0 and res.stdout.startswith("<!DOCTYPE html>")


def test_cli_refuses_to_write_a_page_on_a_terminal():
    """A terminal gets a one-line error (exit 2), before any analysis, not a page of markup."""
    import os
    import subprocess
    import sys

    from conftest import ROOT

    master, slave = os.openpty()
    try:
        res = subprocess.run([sys.executable, "-m", "attrib", "check",
                              str(EXAMPLES / "bytedance-huawei.id.txt"), "-f", "html"],
                             stdout=slave, stderr=subprocess.PIPE, text=True, timeout=120, cwd=ROOT)
    finally:
        os.close(slave)
        os.close(master)
    assert res.returncode == 2
    assert res.stderr.strip() == ("attrib: error: --format html writes a web page: give -o FILE.html "
                                  "or redirect the output")
