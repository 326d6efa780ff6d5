"""The views: the rich terminal report (captured as plain text) and Markdown."""
from __future__ import annotations

import io

import pytest
from rich.console import Console

from attrib.render.console import ReportView, print_report, shorten
from attrib.render.markdown import render_markdown


@pytest.fixture(scope="module")
def seed_report(nlp_id, seed_text):
    return nlp_id.analyze(seed_text, ui_language="en")  # the English words are checked below


def capture(report, width: int) -> str:
    console = Console(width=width, color_system=None, record=True, file=io.StringIO())
    console.print(ReportView(report, ui_language="en"))
    return console.export_text()


def test_console_sections(seed_report):
    out = capture(seed_report, 100)
    for part in ("attrib report · Indonesian", "Claims", "Sources", "Non-responses",
                 "unattributed", "single-source", "anonymous", "disputed"):
        assert part in out
    # the claims in article order, each flag as a badge and explained
    claims = out.split("\nClaims", 1)[1]  # after the findings, which name claims too
    assert claims.index("c1 ") < claims.index("c2 ") < claims.index("c10 ")
    assert "Rests on one unnamed source: ‘salah satu sumber’." in out
    # the sources tree: kind, count, role and affiliation, mentions
    assert "(people, count 3, anonymous)" in out
    assert "juru bicara · ByteDance" in out
    assert "mentions ×3" in out
    # the non-responses
    assert "Nvidia" in out and "declined to comment" in out


def test_console_summary_counts(seed_report):
    out = capture(seed_report, 100)
    s = seed_report.summary
    assert f"claims         {s['claims']} ({s['attributed']} attributed)" in out


@pytest.mark.parametrize("width", [80, 100])
def test_console_fits_width(seed_report, width):
    out = capture(seed_report, width)
    assert max(len(line) for line in out.splitlines()) <= width


def test_console_subset_under_its_group(seed_report):
    lines = capture(seed_report, 100).splitlines()
    group = next(ln for ln in lines if "tiga orang yang mengetahui masalah tersebut  (people" in ln)
    subset = next(ln for ln in lines if "salah satu sumber  (person" in ln)
    fourth = next(ln for ln in lines if "Orang keempat  (person" in ln)
    indent = lambda ln: ln.index(" s")  # noqa: E731  where "sN" starts
    assert lines.index(group) < lines.index(subset)
    assert indent(subset) > indent(group) == indent(fourth)  # drawn inside its group


def test_print_report_plain_text_to_file(seed_report):
    buf = io.StringIO()
    print_report(seed_report, file=buf, ui_language="en")
    text = buf.getvalue()
    assert "\x1b[" not in text and "Claims" in text


@pytest.mark.parametrize("text,limit,expected", [
    ("short text", 20, "short text"),
    ("a b c d e f g h", 9, "a b c d…"),
    ("one\n two", 20, "one two"),
])
def test_shorten(text, limit, expected):
    assert shorten(text, limit) == expected


def test_markdown(seed_report):
    md = render_markdown(seed_report, ui_language="en")
    assert md.startswith("# attrib report (Indonesian)")
    assert "| # | claim | sources | flags |" in md
    assert "| c1 |" in md and "`anonymous`" in md
    assert "- **c1** `anonymous`: Every source behind it is unnamed" in md
    assert "## Sources" in md and "  - **" in md  # a subset nested under its group
    assert "## Non-responses" in md and "**Nvidia** declined to comment" in md
    # every table row has four cells (a "|" in a claim is escaped)
    rows = [line for line in md.splitlines() if line.startswith("| c")]
    assert len(rows) == len(seed_report.claims)


def test_markdown_escapes_pipes(nlp_en):
    rep = nlp_en.analyze("Prices | costs rose sharply this month, two traders said.")
    row = next(line for line in render_markdown(rep).splitlines() if line.startswith("| c1"))
    assert "Prices \\| costs" in row


@pytest.mark.parametrize("text, forbidden", [
    ("<script>alert(1)</script> Prices rose sharply, two traders said.", "<script"),
    ('Prices rose <iframe srcdoc="<b>x</b>"></iframe> sharply, two traders said.', "<iframe"),
    ("Prices rose, [a trader](javascript:alert(1)) said.", "](javascript:"),
    ("Prices rose ![x](http://tracker.example/p.png) sharply, two traders said.", "![x]("),
    ("“Prices <b>rose</b>,” said Dana <img src=x onerror=alert(1)> Whitfield.", "<img"),
])
def test_markdown_escapes_article_markup(nlp_en, text, forbidden):
    """Article text (claims, sources, roles, non-responses) reaches the Markdown as text:
    no raw HTML, no link or image it did not make itself."""
    import re

    md = render_markdown(nlp_en.analyze(text))
    # present only backslash-escaped ("\\](…)" is no link), or not at all
    assert not re.search(r"(?<!\\)" + re.escape(forbidden), md), md
    assert "<" not in md  # the report itself writes no HTML at all


def test_markdown_escaping_keeps_plain_text_readable(nlp_en):
    md = render_markdown(nlp_en.analyze("Prices & costs rose, a trader said."))
    assert "Prices &amp; costs rose" in md
