"""Claims: every body sentence covered once; headings, boilerplate and non-answers are not claims."""
from __future__ import annotations

import pytest

from attrib.model import ClaimKind

from conftest import FIXTURES

ARTICLES = [
    ("id", FIXTURES / "id" / "report-pabrik.txt"),
    ("en", FIXTURES / "en" / "report-plant.txt"),
]


@pytest.mark.parametrize("lang,path", ARTICLES)
def test_every_body_sentence_is_covered_once(request, lang, path):
    rep = request.getfixturevalue(f"nlp_{lang}").analyze(path.read_text(encoding="utf-8"))
    responses = [(r.start, r.end) for r in rep.responses]
    # every paragraph line that is not a response is inside some claim's sentence
    pos = 0
    for line in rep.text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        for sent in [s.strip() for s in line.replace(". ", ".\n").split("\n") if s.strip()]:
            i = rep.text.find(sent, start)
            if any(a <= i < b for a, b in responses):
                continue
            covering = [c for c in rep.claims if c.sentence[0] <= i < c.sentence[1]]
            assert covering, f"sentence not covered: {sent!r}"
            # an unattributed claim never doubles an attributed one
            if any(c.kind is ClaimKind.UNATTRIBUTED for c in covering):
                assert len(covering) == 1, sent


@pytest.mark.parametrize("lang,text,n_claims", [
    # the elided subject ("…, tetapi tidak dapat mengatakan apakah …") keeps the sentence one claim
    ("id", "Orang keempat juga mengatakan Bank Sentosa sedang merencanakan kantor baru, tetapi "
           "tidak dapat mengatakan apakah kantor itu akan dibuka tahun ini.", 1),
    # two sources in one sentence ("kata tiga orang dan sumber terpisah") are one claim
    ("id", "Bank Sentosa sudah memesan 500 mesin ATM, kata tiga orang dan sumber terpisah.", 1),
    ("id", "Harga beras naik tajam bulan ini. Pemerintah menambah impor beras.", 2),
    ("en", "Prices rose sharply this month. The government raised rice imports.", 2),
])
def test_claim_count(request, lang, text, n_claims):
    rep = request.getfixturevalue(f"nlp_{lang}").analyze(text)
    assert len(rep.claims) == n_claims


def test_multiple_sources_one_claim(nlp_id):
    rep = nlp_id.analyze("Bank Sentosa sudah memesan 500 mesin ATM, kata tiga orang dan sumber terpisah.")
    assert [a.mention.text for a in rep.claims[0].attributions] == ["tiga orang", "sumber terpisah"]


@pytest.mark.parametrize("lang,text,not_claim", [
    ("id", "Pasokan terbatas\n\nHarga beras naik tajam bulan ini, kata dua pedagang.\n\nNvidia menolak berkomentar.",
     "Nvidia menolak berkomentar."),
    ("id", "Pasokan terbatas\n\nHarga beras naik tajam bulan ini, kata dua pedagang.", "Pasokan terbatas"),
    ("en", "Prices rose sharply this month, two traders said.\n\nSource link", "Source link"),
    ("en", "Prices rose sharply this month, two traders said. Globex declined to comment.",
     "Globex declined to comment."),
])
def test_not_claims(request, lang, text, not_claim):
    rep = request.getfixturevalue(f"nlp_{lang}").analyze(text)
    i = rep.text.find(not_claim)
    assert not [c for c in rep.claims if c.start <= i < c.end]


def test_claims_in_article_order(nlp_en):
    rep = nlp_en.analyze((FIXTURES / "en" / "report-plant.txt").read_text(encoding="utf-8"))
    starts = [c.start for c in rep.claims]
    assert starts == sorted(starts)
    assert [c.id for c in rep.claims] == [f"c{k}" for k in range(1, len(rep.claims) + 1)]
