"""Stance, disputes, flags and explanations; non-responses (both languages)."""
from __future__ import annotations

import pytest

from attrib.assess import stem
from attrib.lang import get_pack
from attrib.model import Flag, ResponseKind, Stance


def claim_at(report, prefix: str):
    """The claim whose content or sentence starts with ``prefix``."""
    i = report.text.find(prefix)
    assert i >= 0, prefix
    hits = [c for c in report.claims if c.start <= i < c.end or c.sentence[0] <= i < c.sentence[1]]
    assert hits, f"no claim at {prefix!r}"
    return hits[0]


def flags(report, prefix: str) -> set[str]:
    return {f.value for f in claim_at(report, prefix).flags}


# --- stance ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,stance", [
    ("en", '"The whole premise here is wrong," said Ann Lee, a Globex spokesperson.', Stance.DENIES),
    ("en", "Globex denied that it had fired 200 workers.", Stance.DENIES),
    ("en", "The minister said the report was not true.", Stance.DENIES),
    ("en", "The minister said the report was thorough and fair.", Stance.ASSERTS),
    ("id", "“Keseluruhan premis di sini salah,” kata Ani Lestari.", Stance.DENIES),
    ("id", "Bank Sentosa membantah bahwa mereka memecat 200 karyawan.", Stance.DENIES),
    ("id", "Menurut Ani Lestari, kabar itu tidak benar.", Stance.DENIES),
    # "salah satu" ("one of") is not "salah" ("wrong")
    ("id", "Bank Sentosa adalah salah satu bank terbesar di Jawa, kata Ani Lestari.", Stance.ASSERTS),
])
def test_stance(request, lang, text, stance):
    rep = request.getfixturevalue(f"nlp_{lang}").analyze(text)
    stances = {a.stance for c in rep.claims for a in c.attributions}
    assert stances == {stance}


@pytest.mark.parametrize("fixture,prefix", [
    ("en_report", "A fourth person also said"),  # "could not say whether"
    ("id_report", "Orang keempat juga mengatakan"),  # "tidak dapat mengatakan apakah"
])
def test_hedge(request, fixture, prefix):
    rep = request.getfixturevalue(fixture)
    i = rep.text.find(prefix)
    sentence_claims = [c for c in rep.claims if c.sentence[0] <= i < c.sentence[1]]
    assert any(Flag.HEDGED in c.flags for c in sentence_claims)
    assert all(c.explanations.get("hedged") for c in sentence_claims if Flag.HEDGED in c.flags)


@pytest.mark.parametrize("lang,text,hedged", [
    ("en", "Globex may close the plant next year, two officials said.", True),
    ("en", "Globex will close the plant next year, two officials said.", False),
    ("id", "Bank Sentosa mungkin menutup kantor cabang, kata dua pejabat.", True),
    ("id", "Bank Sentosa akan menutup kantor cabang, kata dua pejabat.", False),
])
def test_hedge_words_in_content(request, lang, text, hedged):
    rep = request.getfixturevalue(f"nlp_{lang}").analyze(text)
    assert any(Flag.HEDGED in c.flags for c in rep.claims) is hedged


# --- disputes -------------------------------------------------------------------------------

@pytest.mark.parametrize("fixture,denial,targets,untouched", [
    # the global denial ("the whole premise") and the negated predicate ("not building a plant")
    ("en_report", '"The whole premise here is wrong.',
     ["Acme Corp will build", "A fourth person also said"],
     ["The plant will use lithium", "Acme ordered 500 robots", "The Times previously reported"]),
    ("id_report", "“Keseluruhan premis di sini salah.",
     ["PT Maju Jaya berencana membangun", "Orang keempat juga mengatakan"],
     ["Pabrik itu akan memakai nikel", "Maju Jaya memesan 500 robot", "Kompas sebelumnya melaporkan"]),
])
def test_global_and_specific_denial(request, fixture, denial, targets, untouched):
    rep = request.getfixturevalue(fixture)
    d = claim_at(rep, denial)
    assert Flag.DENIAL in d.flags and d.explanations["denial"]
    for p in targets:
        c = claim_at(rep, p)
        assert d.id in c.disputed_by and Flag.DISPUTED in c.flags and d.id in c.explanations["disputed"]
    for p in untouched:
        assert d.id not in claim_at(rep, p).disputed_by


@pytest.mark.parametrize("lang,text,disputed,untouched", [
    # a specific denial by content: the negated predicate and its object
    ("en", "Globex fired 200 workers in May, two people familiar with the matter said. "
           "Globex ordered new trucks, the people said. "
           "Ann Lee, a Globex spokesperson, said the company did not fire any workers.",
     "Globex fired 200 workers", "Globex ordered new trucks"),
    ("id", "Bank Sentosa memecat 200 karyawan pada Mei, kata dua sumber. "
           "Bank Sentosa membeli gedung baru, kata kedua sumber tersebut. "
           "“Kami tidak memecat karyawan,” kata juru bicara Bank Sentosa Ani Lestari.",
     "Bank Sentosa memecat 200", "Bank Sentosa membeli gedung"),
])
def test_specific_denial(request, lang, text, disputed, untouched):
    rep = request.getfixturevalue(f"nlp_{lang}").analyze(text)
    assert claim_at(rep, disputed).disputed_by
    assert not claim_at(rep, untouched).disputed_by


@pytest.mark.parametrize("lang,denial", [
    ("en", '"The overall premise here is wrong," said Ann Lee, a Globex spokesperson.'),
    ("en", '"That is simply not true," Globex spokesperson Ann Lee said.'),
    ("id", "“Pada dasarnya premis itu keliru,” kata juru bicara Bank Sentosa Ani Lestari."),
    ("id", "“Berita itu tidak benar,” kata juru bicara Bank Sentosa Ani Lestari."),
])
def test_global_denial_disputes_the_lead(request, lang, denial):
    lead = {"en": "Globex is planning to close its Ohio plant, three people familiar with the matter said.",
            "id": "Bank Sentosa berencana menutup kantor di Bandung, kata tiga orang yang mengetahui rencana itu."}
    other = {"en": "Globex ordered new trucks in May, one of the people said.",
             "id": "Bank Sentosa membeli gedung baru pada Mei, kata salah satu sumber."}
    rep = request.getfixturevalue(f"nlp_{lang}").analyze(f"{lead[lang]}\n\n{other[lang]}\n\n{denial}")
    d = rep.claims[-1]
    assert Flag.DENIAL in d.flags and d.denies == (rep.claims[0].id,)
    assert rep.claims[0].disputed_by == (d.id,) and not rep.claims[1].disputed_by


def test_no_denial_no_dispute(nlp_en):
    rep = nlp_en.analyze("Globex fired 200 workers, two people said. Ann Lee said sales were up.")
    assert not any(c.disputed_by or Flag.DENIAL in c.flags for c in rep.claims)


@pytest.mark.parametrize("lang,a,b", [
    ("id", "merencanakan", "berencana"),
    ("id", "mengembangkan", "pengembangannya"),
    ("en", "planning", "plans"),
    ("en", "developing", "developed"),
])
def test_stems_meet(lang, a, b):
    from attrib.assess import _same

    pack = get_pack(lang)
    assert _same(stem(pack, a), stem(pack, b))


def test_stems_differ():
    from attrib.assess import _same

    pack = get_pack("id")
    assert not _same(stem(pack, "memesan"), stem(pack, "mengembangkan"))


# --- flags ----------------------------------------------------------------------------------

@pytest.mark.parametrize("fixture,prefix,must,must_not", [
    ("id_report", "PT Maju Jaya berencana", {"anonymous", "disputed"}, {"single_source", "unattributed"}),
    ("id_report", "Orang keempat juga", {"anonymous", "single_source"}, {"corroborated"}),
    ("id_report", "Pabrik itu akan memakai", {"anonymous", "single_source"}, {"corroborated"}),
    ("id_report", "Maju Jaya memesan 500", {"anonymous", "corroborated"}, {"single_source"}),
    ("id_report", "Kompas sebelumnya", {"prior_reporting", "single_source"}, {"anonymous"}),
    ("id_report", "Industri baterai sedang lesu", {"unattributed"}, {"anonymous", "single_source"}),
    ("id_report", "Budi mengatakan", {"single_source"}, {"anonymous"}),
    ("en_report", "Acme Corp will build", {"anonymous", "disputed"}, {"single_source", "unattributed"}),
    ("en_report", "The plant will use", {"anonymous", "single_source"}, {"corroborated"}),
    ("en_report", "Acme ordered 500", {"anonymous", "corroborated"}, {"single_source"}),
    ("en_report", "The Times previously", {"prior_reporting"}, {"anonymous"}),
    ("en_report", "Battery makers", {"unattributed"}, {"anonymous"}),
    ("en_report", "Doe said the company", {"single_source"}, {"anonymous", "unattributed"}),
])
def test_flags(request, fixture, prefix, must, must_not):
    rep = request.getfixturevalue(fixture)
    got = flags(rep, prefix)
    assert must <= got and not (must_not & got)


def test_every_flag_is_explained(id_report, en_report):
    for rep in (id_report, en_report):
        for c in rep.claims:
            for f in c.flags:
                why = c.explanations.get(f.value)
                assert why and why.endswith((".", "”", "’")) and "\n" not in why


def test_single_unnamed_source_explanation(id_report, nlp_id):
    # explanations are in the reader's language: by default the article's, or as asked
    c = claim_at(id_report, "Pabrik itu akan memakai")
    assert c.explanations["single_source"] == "Bersandar pada satu sumber tanpa nama: ‘salah satu sumber’."
    c = claim_at(nlp_id.analyze(id_report.text, ui_language="en"), "Pabrik itu akan memakai")
    assert c.explanations["single_source"] == "Rests on one unnamed source: ‘salah satu sumber’."


def test_subsets_never_corroborate(nlp_id):
    rep = nlp_id.analyze("Bank Sentosa akan menutup 30 kantor, kata tiga orang yang mengetahui "
                         "rencana itu. Bank Sentosa akan menutup 30 kantor tahun depan, kata salah "
                         "satu sumber dan kedua orang tersebut.")
    assert not any(Flag.CORROBORATED in c.flags for c in rep.claims)


def test_summary_counts(id_report):
    s = id_report.summary
    assert s["claims"] == len(id_report.claims)
    assert s["attributed"] + sum(1 for c in id_report.claims if not c.attributions) == s["claims"]
    assert s["disputed"] == sum(1 for c in id_report.claims if c.disputed_by)
    assert s["responses"] == 3 and s["sources"] == len(id_report.sources)


# --- responses ------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,kind,party", [
    ("en", "Globex declined to comment.", ResponseKind.DECLINED, "Globex"),
    ("en", "The ministry did not respond to a request for comment.", ResponseKind.NO_RESPONSE, "The ministry"),
    ("en", "Ann Lee could not be reached for comment.", ResponseKind.UNREACHABLE, "Ann Lee"),
    ("id", "Nvidia menolak berkomentar.", ResponseKind.DECLINED, "Nvidia"),
    ("id", "Microsoft tidak membalas permintaan komentar.", ResponseKind.NO_RESPONSE, "Microsoft"),
    ("id", "Kementerian Perindustrian tidak menanggapi.", ResponseKind.NO_RESPONSE, "Kementerian Perindustrian"),
    ("id", "Bank Sentosa belum memberikan tanggapan.", ResponseKind.NO_RESPONSE, "Bank Sentosa"),
    ("id", "Ani Lestari tidak dapat dihubungi.", ResponseKind.UNREACHABLE, "Ani Lestari"),
    ("id", "Saat dihubungi, Bank Sentosa tidak bersedia berkomentar.", ResponseKind.DECLINED, "Bank Sentosa"),
    ("en", "A spokesperson for Globex would not comment.", ResponseKind.DECLINED,
     "A spokesperson for Globex"),
])
def test_response_forms(request, lang, text, kind, party):
    rep = request.getfixturevalue(f"nlp_{lang}").analyze(text)
    assert [r.kind for r in rep.responses] == [kind]
    src = rep.source(rep.responses[0].party)
    assert src is not None and party in [m.text for m in src.mentions]
    assert not rep.claims  # a non-answer is not a claim


@pytest.mark.parametrize("lang,text", [
    ("en", "Globex said it had commented on the plan."),  # "commented" is not a refusal
    ("id", "Nvidia memberikan komentar panjang soal chip itu, kata dua sumber."),
])
def test_not_responses(request, lang, text):
    assert not request.getfixturevalue(f"nlp_{lang}").analyze(text).responses


# --- the claim index (disputes without comparing every pair) -------------------------------

def _claims(texts):
    from attrib.model import Claim, ClaimKind

    return [Claim(id=f"c{k}", start=0, end=len(t), text=t, sentence=(0, len(t)),
                  kind=ClaimKind.UNATTRIBUTED, attributions=()) for k, t in enumerate(texts, 1)]


INDEX_TEXTS = [
    "Induk TikTok berencana mengembangkan model baru.",
    "Huawei mengembangkan cip sendiri.",
    "Perusahaan itu tidak memiliki rencana tersebut.",
    "Harga saham naik tajam kemarin.",
    "Kembang api menghiasi langit Jakarta.",
]


@pytest.mark.parametrize("verb, expected", [
    ("rencana", {"c1", "c3"}),  # "berencana" → "rencana"; "rencana" as written
    ("encana", {"c1", "c3"}),  # a stem one letter shorter meets the longer one
    # "mengembangkan" → "embang"; "Kembang" → "mbang", one letter shorter: the rough stems meet
    ("embang", {"c1", "c2", "c5"}),
    ("kembang", {"c1", "c2"}),  # one letter longer than "embang"; "Kembang" itself → "mbang"
    ("saham", {"c4"}),
    ("terbang", set()),  # a verb no claim has
])
def test_index_finds_exactly_the_claims_with_a_same_stem(verb, expected):
    from attrib.assess import _Index, _same, _stems

    pack = get_pack("id")
    claims = _claims(INDEX_TEXTS)
    index = _Index(pack, claims)
    brute = {c.id for c in claims if any(_same(verb, t) for t in _stems(pack, c.text))}
    pool = {claims[i].id for i in index.pool({verb}, None)}
    hits = {c.id for c in claims if index.hit(c, {verb}, None)}
    assert brute == hits == expected
    assert hits <= pool  # the pool may hold more; never fewer


@pytest.mark.parametrize("obj, expected", [
    ("model", {"c1"}),
    ("cip", {"c2"}),
    ("langit", {"c5"}),
    ("mobil", set()),
])
def test_index_by_object(obj, expected):
    from attrib.assess import _Index

    claims = _claims(INDEX_TEXTS)
    assert {claims[i].id for i in _Index(get_pack("id"), claims).with_stem(obj)} == expected


@pytest.mark.parametrize("lang,denial,disputes", [
    # a denial cue whose content only names the news disputes the lead claim
    ("id", "Direktur Jenderal Bea dan Cukai Askolani membantah kabar tersebut.", True),
    ("id", "Juru bicara Bank Sentosa Ani Lestari membantah laporan itu.", True),
    ("id", "Juru bicara Bank Sentosa Ani Lestari menepis kabar tersebut.", True),
    ("en", "Ann Lee, a Globex spokesperson, denied the report.", True),
    ("en", "Globex rejected the reports.", True),
    ("en", "Globex dismissed the story.", True),
    # negatives: a bare pronoun, or a content with its own words, is no denial of the story
    ("en", "Globex denied it.", False),
    ("en", "Globex denied wrongdoing in the lawsuit.", False),
    ("id", "Juru bicara Bank Sentosa Ani Lestari membantah tuduhan korupsi di kantor cabang.", False),
])
def test_denial_of_the_report_disputes_the_lead(request, lang, denial, disputes):
    lead = {"en": "Globex is planning to close its Ohio plant, three people familiar with the matter said.",
            "id": "Bank Sentosa berencana menutup kantor di Bandung, kata tiga orang yang mengetahui rencana itu."}
    other = {"en": "Globex ordered new trucks in May, one of the people said.",
             "id": "Bank Sentosa membeli gedung baru pada Mei, kata salah satu sumber."}
    rep = request.getfixturevalue(f"nlp_{lang}").analyze(f"{lead[lang]}\n\n{other[lang]}\n\n{denial}")
    d = rep.claims[-1]
    assert Flag.DENIAL in d.flags
    assert d.denies == ((rep.claims[0].id,) if disputes else ())
    assert rep.claims[0].disputed_by == ((d.id,) if disputes else ())
    assert not rep.claims[1].disputed_by


@pytest.mark.parametrize("lang, text, prior", [
    # an outlet not in the pack's list, recognised by its cue: "previously reported"
    ("en", "The Harbor Courier previously reported that the mayor had resigned.", True),
    ("en", "Bloomberg News reported in January that the group held talks with a rival.", True),
    # a company reporting its own results is not earlier reporting
    ("en", "Orient Sky reported that its revenue rose 4 percent last year.", False),
    ("id", "Harian Pelita sebelumnya melaporkan bahwa wali kota telah mengundurkan diri.", True),
    ("id", "PT Sinar Jaya melaporkan bahwa laba perusahaan naik 4 persen tahun lalu.", False),
])
def test_prior_reporting(lang, text, prior):
    import attrib

    claims = [c for c in attrib.analyze(text, language=lang, ui_language="en").claims if c.attributions]
    assert claims, text
    assert (Flag.PRIOR_REPORTING in claims[0].flags) is prior
    if prior:
        assert claims[0].explanations["prior_reporting"].startswith("Rests on earlier reporting by")


# --- the flags' table -----------------------------------------------------------------------

def test_flag_rules_follow_the_schema_order_and_say_when_they_apply():
    from attrib.assess import FLAG_RULES
    from attrib.model import Flag

    assert [r.flag for r in FLAG_RULES] == list(Flag)
    for r in FLAG_RULES:
        assert r.applies.__doc__ and r.explanation.__doc__, r.flag


@pytest.mark.parametrize("lang, word, expected", [
    ("en", "planning", "plan"),  # a doubled consonant before "-ing" is undone
    ("en", "planned", "plan"),
    ("en", "stopped", "stop"),
    ("en", "dresses", "dress"),  # "-es" undoes no doubling
    ("id", "berencana", "encana"),  # the prefix goes; Indonesian has no doubling rule
])
def test_stem_undoes_doubled_consonants_where_the_pack_says(lang, word, expected):
    assert stem(get_pack(lang), word) == expected
