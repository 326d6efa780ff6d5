"""The editor's summary: one sentence per finding, most serious first, in both UI languages."""
from __future__ import annotations

import json

import pytest

import attrib
from attrib.findings import findings
from attrib.model import Report
from ux_articles import CLEAN_EN, EN, ID


@pytest.fixture(scope="module")
def en(nlp_en):
    return nlp_en.analyze(EN)


@pytest.fixture(scope="module")
def idn(nlp_id):
    return nlp_id.analyze(ID)


def test_findings_most_serious_first(en):
    got = findings(en)
    assert [f.kind for f in got] == ["disputed", "anonymous", "single_source", "response", "unattributed"]
    assert got[0].text == "The lead (c1) is disputed by Orin Palk (c3)."
    assert got[1].text == "The lead (c1) rests only on anonymous sources: ‘two officials familiar with the plan’."
    assert got[2].text == "c4 rests on a single source: Dell Moran."
    assert got[3].text == "Kestrel Lines declined to comment."
    assert got[4].text == "c2 is asserted with no source."
    assert got[0].claims == ("c1",) and got[1].sources == ("s1",)


def test_findings_in_indonesian(idn):
    texts = [f.text for f in findings(idn)]
    assert texts[0] == "Klaim utama (c1) dibantah oleh Orin Palk (c3)."
    assert texts[1].startswith("Klaim utama (c1) hanya bersandar pada sumber anonim: ‘dua pejabat")
    assert "Kestrel Lines menolak berkomentar." in texts
    assert texts[-1] == "c2 disampaikan tanpa sumber."
    # the reader's language, whatever the article's
    assert findings(idn, "en")[0].text == "The lead (c1) is disputed by Orin Palk (c3)."
    assert findings(idn)[0].claims == findings(idn, "en")[0].claims


def test_a_clean_story_says_so(nlp_en):
    report = nlp_en.analyze(CLEAN_EN)
    kinds = [f.kind for f in findings(report)]
    assert "disputed" not in kinds and "anonymous" not in kinds and "unattributed" not in kinds
    assert findings(Report("en", "")) [0].text == "No claims were found."
    assert findings(Report("id", ""))[0].text == "Tidak ditemukan klaim."


def test_many_claims_are_counted_not_all_listed(nlp_en):
    text = " ".join(f"The fund lost {n} million dollars in year {n}." for n in range(1, 9))
    f = next(f for f in findings(nlp_en.analyze(text)) if f.kind == "unattributed")
    assert f.text == "8 claims are asserted with no source: the lead (c1), c2, c3, c4, c5 and 3 more."
    assert len(f.claims) == 8


def test_json_summary_has_the_findings_and_keeps_the_counts(en, idn):
    d = en.to_dict()
    s = d["summary"]
    for key in ("claims", "attributed", "unattributed", "single_source", "anonymous", "disputed",
                "corroborated", "sources", "named_sources", "anonymous_sources", "responses"):
        assert isinstance(s[key], int)
    assert s["findings"][0] == {"kind": "disputed", "text": "The lead (c1) is disputed by Orin Palk (c3).",
                                "claims": ["c1"], "sources": ["s2"]}
    assert idn.to_dict()["summary"]["findings"][0]["text"].startswith("Klaim utama (c1)")
    assert idn.to_dict(ui_language="en")["summary"]["findings"][0]["text"].startswith("The lead (c1)")
    # a report read back from JSON is the same report
    assert Report.from_dict(json.loads(json.dumps(d))) == en


def test_short_repr(en):
    r = repr(Report("en", "word " * 5000, claims=en.claims))
    assert len(r) < 200 and "4 claims" in r and r.startswith("<Report en")


def test_views_from_the_report(en):
    assert en.to_markdown().startswith("# attrib report (English)")
    assert en.to_markdown(ui_language="id").startswith("# laporan attrib (bahasa Inggris)")
    assert en.to_html(title="t.txt").startswith("<!DOCTYPE html>")
    assert '<html lang="id">' in en.to_html(ui_language="id")


def test_py_typed_ships():
    from pathlib import Path

    assert (Path(attrib.__file__).parent / "py.typed").exists()
