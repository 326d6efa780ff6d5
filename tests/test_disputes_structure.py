"""Disputes by meaning, non-responders and whole-article structure (issue 13, items 3, 4, 6).

Every sentence here is invented for the construction it shows, with invented names.
"""
from __future__ import annotations

import re

import pytest

from attrib.ingest import blocks
from attrib.lang import get_pack
from attrib.model import Flag, ResponseKind, Stance


def _claim_at(rep, prefix):
    """The claim of the sentence that starts with ``prefix`` (None if it is no claim)."""
    i = rep.text.index(prefix)
    return next((c for c in rep.claims if c.start <= i < c.end or c.sentence[0] <= i < c.sentence[1]), None)


def _kinds(text, lang="en"):
    bp = [re.compile(p, re.I) for p in get_pack(lang).boilerplate]
    return {text[b.start:b.end]: b.kind for b in blocks(text, bp)}


# --- structure: headlines, labels, credit lines ---------------------------------------------

LEAD_EN = ("BRNO, May 2 (Reuters) - Ostrava Mills is in advanced talks to buy Kestrel Steel for about "
           "900 million euros, two people familiar with the matter said.")


@pytest.mark.parametrize("first, kind", [
    ("Ostrava Mills in talks to buy Kestrel Steel - sources", "heading"),  # no full stop, 10 words
    ("Farmers protest a new water tax.", "heading"),  # a title that ends like a sentence
    ("ABSTRACT.", "heading"),  # a section label in capitals
    # negatives: a lead paragraph, a quotation, a line introducing the next one
    ("Prices rose in March for the third month running as fuel costs climbed, the bureau said "
     "on Monday, citing its monthly survey of shops.", "body"),
    ("“We are not selling,” said Lena Horak.", "body"),
    ("He said:", "body"),
])
def test_the_first_line_is_a_headline_when_short_and_followed_by_more(first, kind):
    text = f"{first}\n\n{LEAD_EN}\n"
    assert _kinds(text)[first] == kind


def test_a_short_first_line_before_a_shorter_one_stays_body():
    text = "The mayor resigned on Friday, aides said.\n\nShe left.\n"
    assert _kinds(text)["The mayor resigned on Friday, aides said."] == "body"


@pytest.mark.parametrize("line, kind", [
    ("FULL TEXT.", "heading"),
    ("PLANT CLOSURES", "heading"),
    ("NASA said the launch slipped.", "body"),  # an acronym opens a sentence
])
def test_section_labels_in_capitals(line, kind):
    text = f"{LEAD_EN}\n\n{line}\n\n{LEAD_EN}\n"
    assert _kinds(text)[line] == kind


@pytest.mark.parametrize("lang, line, kind", [
    ("en", "(Reporting by Jan Novak; Editing by Eva Horak)", "boilerplate"),
    ("en", "Jan Novak via Getty Images.", "boilerplate"),
    ("en", "Photo: Jan Novak/AFP", "boilerplate"),
    ("en", "Reporting by the agency showed that prices rose in every region last year.", "body"),
    ("id", "(Laporan oleh Sari Wulandari; Penyuntingan oleh Budi Hartono)", "boilerplate"),
    ("id", "Foto: Sari Wulandari", "boilerplate"),
    ("id", "Laporan oleh lembaga itu menunjukkan harga beras naik di semua provinsi.", "body"),
])
def test_credit_lines_are_boilerplate(lang, line, kind):
    text = f"{LEAD_EN}\n\n{line}\n"
    assert _kinds(text, lang)[line] == kind


def test_headline_and_credit_line_are_not_claims(nlp_en):
    text = ("Ostrava Mills in talks to buy Kestrel Steel - sources\n\n" + LEAD_EN
            + "\n\n(Reporting by Jan Novak; Editing by Eva Horak)\n")
    rep = nlp_en.analyze(text)
    assert _claim_at(rep, "Ostrava Mills in talks") is None
    assert _claim_at(rep, "(Reporting by") is None
    assert _claim_at(rep, "Ostrava Mills is in advanced talks").attributions


# --- responses ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang, text, party, kind", [
    ("en", "Kestrel Steel cut 200 jobs last year. Jan Novak could not be reached by telephone on Sunday.",
     "Jan Novak", ResponseKind.UNREACHABLE),
    ("en", "Kestrel Steel cut 200 jobs last year. Eva Horak could not immediately be contacted.",
     "Eva Horak", ResponseKind.UNREACHABLE),
    ("id", "Harga beras naik tajam bulan lalu. Direksi PT Kencana Logam tidak dapat dihubungi sepanjang Selasa.",
     "PT Kencana Logam", ResponseKind.UNREACHABLE),
    # an apposition after the party's name describes it
    ("en", "Kestrel Steel cut 200 jobs last year. Kestrel Steel, a maker of rails which employs 3,000 "
     "people, declined to comment.", "Kestrel Steel", ResponseKind.DECLINED),
])
def test_non_answers_are_responses_not_claims(request, lang, text, party, kind):
    rep = request.getfixturevalue(f"nlp_{lang}").analyze(text)
    (r,) = rep.responses
    assert r.kind is kind
    src = next(s for s in rep.sources if s.id == r.party)
    assert party.lower() in " ".join([src.label] + [m.text for m in src.mentions]).lower()
    assert all(not (c.start <= r.start < c.end) for c in rep.claims)


@pytest.mark.parametrize("lang, text", [
    ("id", "Harga beras naik tajam bulan lalu. Juru bicara PT Kencana Logam tidak merespons. "
           "Pertanyaan yang dikirim lewat surel ke kantornya belum dibalas hingga Rabu malam."),
    ("en", "Kestrel Steel cut 200 jobs last year. Kestrel Steel did not respond to a request for comment. "
           "Emails sent to its press office were not returned."),
])
def test_a_follow_up_on_the_non_answer_joins_the_response(request, lang, text):
    rep = request.getfixturevalue(f"nlp_{lang}").analyze(text)
    (r,) = rep.responses
    assert r.end == len(text)
    assert len(rep.claims) == 1  # only the first sentence


@pytest.mark.parametrize("lang, text, quoted, party", [
    ("en", "“We are not selling,” Ostrava spokesperson Lena Horak said. A spokesperson for the transport "
           "ministry did not respond to a request for comment.",
     "Ostrava spokesperson Lena Horak", "A spokesperson for the transport ministry"),
    ("id", "“Kami tidak menjual,” kata juru bicara Mitra Baja Wulan Sari. Juru bicara Kementerian "
           "Perhubungan tidak menanggapi permintaan komentar.",
     "juru bicara Mitra Baja Wulan Sari", "Juru bicara Kementerian Perhubungan"),
])
def test_a_non_responder_of_another_organisation_is_not_the_quoted_person(request, lang, text, quoted, party):
    rep = request.getfixturevalue(f"nlp_{lang}").analyze(text)
    (r,) = rep.responses
    speaker = next(s for s in rep.sources if any(m.text == quoted for m in s.mentions))
    assert r.party != speaker.id
    assert any(m.text == party for s in rep.sources if s.id == r.party for m in s.mentions)


def test_the_spokesperson_just_quoted_may_not_respond(nlp_en):
    text = ("“We are not selling,” Ostrava spokesperson Lena Horak said on Monday. "
            "The spokesperson did not respond to further questions.")
    rep = nlp_en.analyze(text)
    (r,) = rep.responses
    speaker = next(s for s in rep.sources if any("Lena Horak" in m.text for m in s.mentions))
    assert r.party == speaker.id


# --- datelines and quote marks ---------------------------------------------------------------

def test_the_dateline_is_not_part_of_the_source(nlp_id):
    rep = nlp_id.analyze("SURABAYA, KOMPAS — Partai Maju membantah isu merger dengan Partai Baru. "
                         "Isu itu beredar sejak pekan lalu.")
    mentions = [a.mention.text for c in rep.claims for a in c.attributions if a.mention]
    assert mentions and all("KOMPAS" not in m for m in mentions)


def test_a_sentence_never_ends_on_the_next_quote_opening_mark(nlp_id):
    text = ("Hakim menolak gugatan itu pada Senin. Rudi lalu meninggalkan ruang sidang. "
            "“Kami akan membaca putusan itu dulu,” ujarnya.")
    rep = nlp_id.analyze(text)
    assert all(not c.text.rstrip().endswith("“") for c in rep.claims)
    quote = _claim_at(rep, "“Kami akan")
    assert quote is not None and quote.text.startswith("“Kami")


# --- disputes by meaning ---------------------------------------------------------------------

DEAL = {
    "en": ("Ostrava Mills is negotiating to take over Kestrel Steel, according to two bankers who "
           "asked not to be named.",
           "Ostrava Mills denied that it was negotiating with Kestrel.",
           "\"There are no talks with Kestrel under way, and nobody has put a price on the table,\" "
           "Ostrava spokesperson Lena Horak said."),
    "id": ("PT Mitra Baja sedang berunding untuk mengakuisisi PT Kencana Logam, kata dua bankir yang "
           "enggan disebut namanya.",
           "Mitra Baja membantah ada negosiasi dengan Kencana Logam.",
           "“Tidak ada perundingan apa pun dengan Kencana Logam saat ini,” kata juru bicara Mitra Baja "
           "Wulan Sari."),
}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_denial_and_its_spokesperson_dispute_the_lead_by_meaning(request, lang):
    lead, denial, quote = DEAL[lang]
    rep = request.getfixturevalue(f"nlp_{lang}").analyze(f"{lead}\n\n{denial}\n\n{quote}")
    c_lead, c_denial, c_quote = (_claim_at(rep, x[:20]) for x in (lead, denial, quote))
    assert c_denial.denies == (c_lead.id,)
    assert c_quote.attributions[0].stance is Stance.DENIES
    assert c_quote.denies == (c_lead.id,)
    assert Flag.DISPUTED in c_lead.flags


@pytest.mark.parametrize("lang, other", [
    # a minister's negation is no denial: the lead is not about the minister's side
    ("en", "\"The ministry does not take part in talks between private firms,\" Industry Minister "
           "Tomas Brandl said."),
    ("id", "“Kementerian tidak ikut dalam perundingan bisnis swasta,” kata Menteri Industri Joko Santoso."),
])
def test_a_third_party_negation_is_no_denial(request, lang, other):
    lead = DEAL[lang][0]
    rep = request.getfixturevalue(f"nlp_{lang}").analyze(f"{lead}\n\n{other}")
    c = _claim_at(rep, other[:20])
    assert all(a.stance is Stance.ASSERTS for a in c.attributions)
    assert Flag.DISPUTED not in _claim_at(rep, lead[:20]).flags


def test_a_denial_sharing_only_a_third_party_name_disputes_nothing_of_it(nlp_id):
    lead, denial, _ = DEAL["id"]
    background = "PT Kencana Logam mengoperasikan dua tambang di Sulawesi."
    rep = nlp_id.analyze(f"{lead}\n\n{background}\n\n{denial}")
    assert _claim_at(rep, denial[:20]).denies == (_claim_at(rep, lead[:20]).id,)


def test_a_denial_that_meets_nothing_says_so(nlp_en):
    rep = nlp_en.analyze("Ostrava Mills plans to close its Brno plant, a union official said.\n\n"
                         "Lena Horak denied that she had met the mayor of Zlin.")
    d = _claim_at(rep, "Lena Horak denied")
    assert Flag.DENIAL in d.flags and d.denies == ()
    assert "no claim found that it disputes" in d.explanations["denial"]


@pytest.mark.parametrize("lang, rebuttal", [
    ("en", "Critics must produce proof before they blame us, Moravian ministry spokesman Petr Kral said."),
    ("en", "Jan Novak, a security researcher, said he found no credible evidence that the Moravian "
           "army was behind the attack on the grid."),
])
def test_missing_evidence_is_a_denial(nlp_en, lang, rebuttal):
    lead = "The Moravian army likely attacked the power grid in March, according to a parliamentary report."
    rep = nlp_en.analyze(f"{lead}\n\n{rebuttal}")
    d = _claim_at(rep, rebuttal[:20])
    assert Flag.DENIAL in d.flags
    assert _claim_at(rep, lead[:20]).id in d.denies


def test_denied_that_that_was_the_case_points_at_the_claim_before(nlp_en):
    rep = nlp_en.analyze("Jan Novak was fired after aides said he had leaked the plan.\n\n"
                         "Mr. Novak has denied that that was the case.")
    d = _claim_at(rep, "Mr. Novak has denied")
    assert d.denies and d.denies[0] in {c.id for c in rep.claims if c.start < d.start}


def test_a_second_clause_after_a_non_answer_stays_a_claim(nlp_en):
    text = ("Although the port authority declined to comment and harbour officials later said the "
            "cranes were idle for a week, the strike went on.")
    rep = nlp_en.analyze(text)
    (r,) = rep.responses
    assert rep.text[r.start:r.end] == "Although the port authority declined to comment"
    assert any(a.mention and a.mention.text == "harbour officials" for c in rep.claims for a in c.attributions)


def test_a_short_tail_stays_in_the_response(nlp_en):
    rep = nlp_en.analyze("Kestrel Steel cut 200 jobs. The port authority declined to comment on the report.")
    (r,) = rep.responses
    assert rep.text[r.start:r.end] == "The port authority declined to comment on the report."


@pytest.mark.parametrize("lang, text, rumour, denial, disputed", [
    ("id", "Partai Maju membantah isu merger dengan Partai Baru. Sebelumnya, Partai Maju disebut-sebut "
           "menjual kantor pusatnya kepada Partai Baru.",
     "Sebelumnya, Partai Maju", "Partai Maju membantah", True),
    ("en", "Ostrava Mills dismissed the rumours on Monday. Ostrava Mills was reportedly close to a sale "
           "of its Brno plant to a Czech fund.", "Ostrava Mills was reportedly", "Ostrava Mills dismissed", True),
    # a plain report, with no mark of hearsay, is not a rumour
    ("id", "Partai Maju membantah isu merger dengan Partai Baru. Sebelumnya, Partai Maju menjual "
           "kantor pusatnya kepada Partai Baru.",
     "Sebelumnya, Partai Maju", "Partai Maju membantah", False),
])
def test_a_denial_of_the_rumour_disputes_the_rumours_reported(request, lang, text, rumour, denial, disputed):
    rep = request.getfixturevalue(f"nlp_{lang}").analyze(text)
    d, r = _claim_at(rep, denial), _claim_at(rep, rumour)
    assert (r.id in d.denies) is disputed
