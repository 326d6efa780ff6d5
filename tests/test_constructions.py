"""Whole-report checks on constructions of everyday news writing, in both languages.

Each case is a short article in the style of wire and Indonesian online news (written for these
tests) and what an editor must read off its report: who is the source, of what kind, named or
not, what is disputed, what rests on earlier reporting.
"""
from __future__ import annotations

import pytest

import attrib


def _claim(report, start: str):
    return next(c for c in report.claims if c.text.lstrip("“”\"").startswith(start))


def _flags(claim) -> set[str]:
    return {f.value for f in claim.flags}


# ── Indonesian ────────────────────────────────────────────────────────────────────────────

def test_opinion_verbs_attribute_a_view():
    """"X menilai (bahwa) Y", "X memperkirakan Y": the source's view is attributed to it."""
    report = attrib.analyze("Ketua Asosiasi Pengemudi Ojek Daring Yudha Pratama menilai kenaikan tarif "
                            "tidak akan menambah pendapatan pengemudi.", language="id")
    claim = _claim(report, "kenaikan tarif")
    assert [a.cue.text for a in claim.attributions] == ["menilai"]
    source = report.source(claim.attributions[0].source)
    assert source.name == "Yudha Pratama" and not source.anonymous


def test_a_thing_is_no_speaker():
    """A subject that names no one ("motor listrik") makes no attribution of the verb after it."""
    report = attrib.analyze("Sambil dibonceng memakai motor listrik , di sepanjang gang Wali Kota "
                            "Harsono terus mengajak warga agar rajin membuang sampah di tempatnya .", language="id")
    assert all(a.mention is None or "motor" not in a.mention.text for c in report.claims for a in c.attributions)


@pytest.mark.parametrize("text, subject", [
    ("Pedagang mengatakan stok beras masih cukup.", "Pedagang"),
    ("Dokter mengatakan pasien sudah pulih.", "Dokter"),
    ("Pemerintah mengatakan harga akan naik.", "Pemerintah"),
])
def test_people_and_bodies_written_in_lower_case_still_speak(text, subject):
    report = attrib.analyze(text, language="id")
    assert [a.mention.text for c in report.claims for a in c.attributions] == [subject]


def test_earlier_reporting_with_the_marker_before_the_outlet():
    """"Sebelumnya, Kontan melaporkan bahwa …": the outlet is the source, not "Sebelumnya", and
    the claim rests on earlier reporting."""
    for text, outlet in (("Sebelumnya, harian Kontan melaporkan bahwa pemerintah mempertimbangkan "
                          "potongan komisi aplikator.", "harian Kontan"),
                         ("Sebelumnya, Kontan melaporkan bahwa pemerintah mempertimbangkan potongan komisi.",
                          "Kontan")):
        report = attrib.analyze(text, language="id")
        claim = _claim(report, "pemerintah")
        assert claim.attributions[0].mention.text == outlet
        assert "prior_reporting" in _flags(claim)
        assert report.source(claim.attributions[0].source).kind.value in ("media", "organization")


ARTICLE_ID = (
    "JAKARTA, KOMPAS.com - Kementerian Perhubungan tengah mengkaji kenaikan tarif ojek daring sebesar "
    "10 persen, menurut dua pejabat yang mengetahui pembahasan tersebut.\n\n"
    "Juru bicara Gojek menolak berkomentar. Grab Indonesia belum menanggapi permintaan komentar.\n\n"
    "Sebelumnya, harian Kontan melaporkan bahwa pemerintah juga mempertimbangkan potongan komisi "
    "aplikator.\n\n"
    "Kabar tersebut dibantah oleh Menteri Perhubungan Bagus Karta Sumirat. \"Itu tidak benar. Belum ada "
    "pembahasan soal komisi,\" katanya.\n"
)


@pytest.fixture(scope="module")
def article_id():
    return attrib.analyze(ARTICLE_ID, language="id")


def test_passive_denial_disputes_the_report_it_names(article_id):
    """"Kabar tersebut dibantah oleh X": X denies the latest report by an outlet."""
    denial = _claim(article_id, "Kabar tersebut")
    assert denial.attributions[0].stance.value == "denies"
    assert article_id.source(denial.attributions[0].source).name == "Bagus Karta Sumirat"
    report = _claim(article_id, "pemerintah juga")
    assert denial.id in report.disputed_by and report.id in denial.denies


def test_a_three_word_name_after_an_office(article_id):
    """"Menteri Perhubungan Bagus Karta Sumirat": the office, then a name of three words; the
    quotation's "katanya" is his."""
    quote = _claim(article_id, "Itu tidak benar")
    source = article_id.source(quote.attributions[0].source)
    assert (source.name, source.role) == ("Bagus Karta Sumirat", "Menteri Perhubungan")


def test_spokesperson_of_a_company_and_a_company_that_did_not_answer(article_id):
    by_label = {s.label: s for s in article_id.sources}
    gojek = next(s for s in article_id.sources if s.affiliation == "Gojek")
    assert gojek.name is None and gojek.role.lower() == "juru bicara"  # no one named "Gojek"
    assert by_label["Grab Indonesia"].kind.value == "organization"
    assert {r.kind.value for r in article_id.responses} == {"declined", "no_response"}


def test_a_quantified_noun_is_a_group_that_ujarnya_does_not_refer_to():
    text = ("Ketua Umum Majelis Lintas Iman Ahmad Zaini menuturkan aturan itu tidak adil. "
            "Sebab, sebagian umat Katolik menilai pemerintah tidak berlaku adil. "
            "“Sebagian umat Katolik menilai hal tersebut tidak adil,” ujarnya.")
    report = attrib.analyze(text, language="id")
    group = next(s for s in report.sources if s.label.startswith("sebagian"))
    assert group.kind.value == "people" and group.count is None
    quote = _claim(report, "Sebagian umat Katolik menilai hal")
    assert report.source(quote.attributions[0].source).name == "Ahmad Zaini"


# ── English ───────────────────────────────────────────────────────────────────────────────

ARTICLE_EN = (
    "SAN FRANCISCO, Nov 12 (Reuters) - Acme Corp plans to cut about 1,200 jobs, according to two "
    "people familiar with the matter.\n\n"
    "The company will announce the cuts as early as Thursday, one of the people said, speaking on "
    "condition of anonymity because the plans are not public.\n\n"
    "\"It's a sensible move,\" said Brian Cole, an analyst at Bernstein.\n"
)


@pytest.fixture(scope="module")
def article_en():
    return attrib.analyze(ARTICLE_EN, language="en")


def test_speaking_on_condition_of_anonymity_is_no_claim(article_en):
    assert not any("anonymity" in c.text for c in article_en.claims)
    claim = _claim(article_en, "The company will announce")
    assert _flags(claim) >= {"single_source", "anonymous"}


def test_a_named_analyst_in_apposition_is_named(article_en):
    quote = _claim(article_en, "It's a sensible move")
    source = article_en.source(quote.attributions[0].source)
    assert source.name == "Brian Cole" and source.named and not source.anonymous
    assert source.affiliation == "Bernstein"
    assert "anonymous" not in _flags(quote)


def test_a_report_by_an_outlet_is_earlier_reporting():
    report = attrib.analyze("According to a report by The New York Times, the plan also includes two "
                            "additional warships.", language="en")
    claim = _claim(report, "the plan")
    assert report.source(claim.attributions[0].source).affiliation == "New York Times"
    assert "prior_reporting" in _flags(claim)


def test_a_denial_in_other_words_disputes_the_story():
    text = ("The Pentagon is weighing a plan to send 3,000 more troops to the Gulf, two U.S. officials "
            "said.\n\n\"These claims are baseless,\" spokesman Nasser Kanaani wrote on X.")
    report = attrib.analyze(text, language="en")
    story, denial = _claim(report, "The Pentagon"), _claim(report, "These claims")
    assert denial.id in story.disputed_by


@pytest.mark.parametrize("text, outlet, start", [
    ("Harga minyak mentah dunia naik 4 persen pada perdagangan Senin, seperti dilansir Reuters.",
     "Reuters", "Harga minyak"),
    ("Kenaikan itu dipicu kekhawatiran pasokan dari Timur Tengah, dikutip dari CNBC Indonesia.",
     "CNBC Indonesia", "Kenaikan itu"),
    ("Mengutip Bloomberg, OPEC berencana memangkas produksi bulan depan.", "Bloomberg", "OPEC"),
    ("Dilansir dari AFP, korban tewas akibat gempa bertambah menjadi 40 orang.", "AFP", "korban"),
])
def test_citing_another_outlet_is_earlier_reporting(text, outlet, start):
    """"seperti dilansir Reuters", "dikutip dari CNBC", "Mengutip Bloomberg, …": the outlet is
    the source (a publication, whatever its name looks like) and the claim earlier reporting."""
    report = attrib.analyze(text, language="id")
    claim = _claim(report, start)
    source = report.source(claim.attributions[0].source)
    assert (source.label, source.kind.value) == (outlet, "media")
    assert "prior_reporting" in _flags(claim)


def test_mengutip_a_statement_cites_no_outlet():
    report = attrib.analyze("Ia mengutip pernyataan presiden soal subsidi.", language="id")
    assert not any(report.source(a.source).kind.value == "media"
                   for c in report.claims for a in c.attributions if a.source)


@pytest.mark.parametrize("text, speaker", [
    # the sentence before had no source: the anaphor's agent is it
    ("Harga beras naik 10 persen bulan ini. Hal itu disampaikan Kepala BPS Suhariyanto di Jakarta, Senin.",
     ["Kepala BPS Suhariyanto"]),
    # … or one more: the same claim, two attributions
    ("Kenaikan itu dipicu kekhawatiran pasokan, dikutip dari CNBC Indonesia. Hal tersebut diungkapkan "
     "oleh ekonom Markus Simbolon.", ["CNBC Indonesia", "ekonom Markus Simbolon"]),
])
def test_hal_itu_disampaikan_x_attributes_the_sentence_before(text, speaker):
    report = attrib.analyze(text, language="id")
    assert len(report.claims) == 1  # the frame sentence is no claim of its own
    assert [a.mention.text for a in report.claims[0].attributions] == speaker


@pytest.mark.parametrize("text, party, kind", [
    ("Globex did not return calls seeking comment.", "Globex", "no_response"),
    ("Initech declined to say whether it had received an offer.", "Initech", "declined"),
    ("The minister would not say when the law takes effect.", "The minister", "declined"),
])
def test_non_answers_make_no_claim_and_no_stray_source(text, party, kind):
    report = attrib.analyze(text, language="en")
    assert report.claims == ()
    assert len(report.sources) == 1 and party.endswith(report.sources[0].label.split()[-1])
    assert [r.kind.value for r in report.responses] == [kind]


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Berdasarkan data Kementerian Kesehatan, kasus baru turun menjadi 300 per hari.", "Berdasarkan",
     "data Kementerian Kesehatan", "document"),
    ("Kepala Dinas Kesehatan Budi Santoso memastikan stok vaksin masih cukup hingga akhir tahun.",
     "memastikan", "Kepala Dinas Kesehatan Budi Santoso", "person"),
    ("Warga mengaku belum menerima bantuan sosial sejak Maret.", "mengaku", "Warga", "people"),
])
def test_more_indonesian_cues(text, cue, source, kind):
    report = attrib.analyze(text, language="id")
    [claim] = report.claims
    [a] = claim.attributions
    assert (a.cue.text, a.mention.text, report.source(a.source).kind.value) == (cue, source, kind)


def test_berdasarkan_a_rule_is_no_attribution():
    report = attrib.analyze("Berdasarkan aturan itu, warga wajib memakai masker.", language="id")
    assert [c.kind.value for c in report.claims] == ["unattributed"]


@pytest.mark.parametrize("text, source", [
    ("Seorang karyawan bank yang enggan disebut namanya mengatakan, kejadian serupa pernah terjadi "
     "tahun lalu.", "Seorang karyawan bank yang enggan disebut namanya"),
    ("Tiga orang yang mengetahui masalah tersebut mengatakan ByteDance berencana membuat chip.",
     "Tiga orang yang mengetahui masalah tersebut"),
])
def test_a_described_source_with_its_relative_clause_before_the_verb(text, source):
    report = attrib.analyze(text, language="id")
    [claim] = report.claims
    assert claim.attributions[0].mention.text == source
    assert "anonymous" in _flags(claim)


@pytest.mark.parametrize("line, dateline", [
    ("Liputan6.com, Bekasi - Polres Metro Bekasi menangkap tiga tersangka.", "Liputan6.com, Bekasi -"),
    ("Jakarta, CNN Indonesia -- Presiden meresmikan bendungan baru.", "Jakarta, CNN Indonesia --"),
    ("Jakarta (ANTARA) - Menteri meninjau lokasi banjir.", "Jakarta (ANTARA) -"),
])
def test_indonesian_outlet_datelines_are_no_claim(line, dateline):
    report = attrib.analyze(line, language="id")
    assert [s.text for s in report.non_claims] == [dateline]
    assert not report.claims[0].text.startswith(dateline)


def test_a_bank_that_would_not_give_a_statement_is_a_non_answer():
    report = attrib.analyze("Pihak bank yang mesinnya dibobol belum bersedia memberikan keterangan.", language="id")
    assert report.claims == () and [r.kind.value for r in report.responses] == ["declined"]


def test_menurut_content_stops_before_the_next_quotation():
    report = attrib.analyze('Menurut Hendra, satu tersangka lain masih buron. "Kami imbau pelaku segera '
                            'menyerahkan diri," ujarnya.', language="id")
    assert _claim(report, "satu tersangka").text == "satu tersangka lain masih buron"


def test_disputing_that_account_disputes_the_claim_just_before():
    text = ("A senior Democratic aide, who requested anonymity to discuss private negotiations, said "
            "leaders had also agreed on disaster aid. Two Republican aides disputed that account, saying "
            "no such agreement existed.")
    report = attrib.analyze(text, language="en")
    account, denial = _claim(report, "leaders had"), _claim(report, "that account")
    assert denial.id in account.disputed_by


def test_membantah_pernyataan_tersebut_disputes_the_statement_just_before():
    text = ("Bank Sentosa berencana menutup kantor di Bandung, kata tiga orang yang mengetahui rencana itu. "
            "Seorang pejabat yang enggan disebut namanya mengatakan proyek gedung baru dihentikan. "
            "Juru bicara Bank Sentosa Budi Santoso membantah pernyataan tersebut.")
    report = attrib.analyze(text, language="id")
    statement, denial = _claim(report, "proyek"), _claim(report, "pernyataan tersebut")
    assert statement.disputed_by == (denial.id,)


def test_english_business_titles_in_indonesian_news():
    report = attrib.analyze("Layanan itu akan diluncurkan bulan depan, kata CEO Gojek Hamdan Rasyidi.", language="id")
    source = report.source(report.claims[0].attributions[0].source)
    assert source.name == "Hamdan Rasyidi" and source.role.startswith("CEO")
    # two titles of one person are no two sources
    report = attrib.analyze("Chairman dan Presiden Asosiasi Perencana Keuangan Rendra Aji Mahesa mengatakan "
                            "investor harus berhati-hati.", language="id")
    assert len(report.claims[0].attributions) == 1


def test_a_denier_going_on_denies_what_they_have_just_denied(article_id):
    """"Kabar tersebut dibantah oleh X. “Itu tidak benar …,” katanya.": the second denial is of
    the same report, not of the story's lead."""
    quote = _claim(article_id, "Itu tidak benar")
    report, lead = _claim(article_id, "pemerintah juga"), _claim(article_id, "Kementerian Perhubungan")
    assert report.id in quote.denies and lead.id not in quote.denies


@pytest.mark.parametrize("text, content, sources", [
    ("Globex shares rose 5%, Bloomberg News reported on Tuesday, citing people familiar with the matter.",
     "Globex shares rose 5%", ["Bloomberg News", "people familiar with the matter"]),
    ("Globex shares rose 5%, Bloomberg News reported on Tuesday.", "Globex shares rose 5%", ["Bloomberg News"]),
    ("The company plans to cut 500 jobs, the Financial Times reported, citing a company memo.",
     "The company plans to cut 500 jobs", ["the Financial Times", "a company memo"]),
])
def test_wire_attribution_after_the_claim(text, content, sources):
    """"X, Bloomberg News reported, citing people familiar with the matter": the outlet and the
    people it cites are the sources; the people are the report's, not a second source."""
    report = attrib.analyze(text, language="en")
    [claim] = report.claims
    assert claim.text == content
    assert [a.mention.text for a in claim.attributions] == sources
    assert "prior_reporting" in _flags(claim) and "corroborated" not in _flags(claim)
    if len(sources) > 1:
        assert sources[1] in claim.explanations["prior_reporting"]


def test_first_reported_by_an_outlet_makes_the_sentence_rest_on_it():
    report = attrib.analyze("The deal, first reported by the Wall Street Journal, values the company at "
                            "$2 billion.", language="en")
    [claim] = report.claims
    assert claim.text.endswith("values the company at $2 billion")
    assert [a.mention.text for a in claim.attributions] == ["the Wall Street Journal"]
    assert "prior_reporting" in _flags(claim)
