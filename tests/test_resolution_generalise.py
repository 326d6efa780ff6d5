"""Resolution an editor can trust, and Indonesian constructions, on sentences written for these
tests (invented names and organisations), both languages, positives and negatives."""
from __future__ import annotations

import pytest

from attrib.pipeline.quotes import find_quotes


def _source(report, mention: str):
    """The source one of whose mentions reads ``mention`` (the first in the text)."""
    hits = sorted(((m.start, s) for s in report.sources for m in s.mentions if m.text == mention),
                  key=lambda x: x[0])
    assert hits, f"no mention {mention!r} among {[m.text for s in report.sources for m in s.mentions]}"
    return hits[0][1]


def _speaker_of(report, words: str):
    """The sources of the claim whose text holds ``words``."""
    by_id = {s.id: s for s in report.sources}
    claim = next(c for c in report.claims if words in c.text)
    return [by_id[a.source] for a in claim.attributions]


# --- a role resolves to a person only when their organisation agrees ----------------------

ROLE_ID = ("“Kami tidak pernah menawar pabrik itu,” kata juru bicara Perusahaan Kenanga Larasati Ayu.\n\n"
           "Kementerian Lumbung Pangan enggan berkomentar. Juru bicara Kementerian Perairan Darat belum "
           "merespons pertanyaan wartawan.")
ROLE_EN = ('"We never bid for the mill," Kestrel spokesperson Anna Berg said by telephone.\n\n'
           "The port authority declined to comment. A spokesman for the harbour board did "
           "not respond to questions.")


@pytest.mark.parametrize("lang,text,named,other", [
    ("id", ROLE_ID, "juru bicara Perusahaan Kenanga Larasati Ayu", "Juru bicara Kementerian Perairan Darat"),
    ("en", ROLE_EN, "Kestrel spokesperson Anna Berg", "A spokesman for the harbour board"),
])
def test_role_of_another_organisation_is_another_person(request, lang, text, named, other):
    rep = request.getfixturevalue(f"nlp_{lang}").analyze(text)
    assert _source(rep, named).id != _source(rep, other).id
    # the one who did not respond is a party of a response, never the quoted person
    quoted = _source(rep, named).id
    assert all(r.party != quoted for r in rep.responses)


def test_role_of_the_same_organisation_is_the_same_person(nlp_id):
    rep = nlp_id.analyze("Juru bicara Kementerian Kepemudaan Tegar Wirabumi mengatakan stok beras aman. "
                         "Juru bicara Kementerian Kepemudaan juga mengatakan harga akan turun pekan depan.")
    assert _source(rep, "Juru bicara Kementerian Kepemudaan Tegar Wirabumi").id \
        == _source(rep, "Juru bicara Kementerian Kepemudaan").id


# --- subsets and groups, whatever their case or form -----------------------------------------

GROUP_ID = ("Perusahaan itu sedang menjajaki pembelian pabrik gula, kata dua orang yang mengetahui "
            "rencana tersebut.\n\nNilai transaksi itu belum final, kata kedua sumber tersebut.\n\n"
            "Salah satu sumber menyebutkan akta jual beli diteken sebelum musim giling.")
GROUP_EN = ("The firm is in talks to buy a sugar mill, two people familiar with the plan said.\n\n"
            "The price is not final, the sources said. One of them said a signing was planned for "
            "next month.")


@pytest.mark.parametrize("lang,text,group,again,subset", [
    ("id", GROUP_ID, "dua orang yang mengetahui rencana tersebut", "kedua sumber tersebut", "Salah satu sumber"),
    ("en", GROUP_EN, "two people familiar with the plan", "the sources", "One of them"),
])
def test_group_reference_and_subset(request, lang, text, group, again, subset):
    rep = request.getfixturevalue(f"nlp_{lang}").analyze(text)
    g = _source(rep, group)
    assert _source(rep, again).id == g.id  # the group already cited, not two new people
    part = _source(rep, subset)
    assert part.id != g.id and part.member_of == g.id
    assert part.anonymous and not part.named and part.name is None  # never a person "Salah"


@pytest.mark.parametrize("lang,text,group,new", [
    ("id", "Perusahaan itu sedang menjajaki pembelian pabrik gula, kata dua orang yang mengetahui "
           "rencana tersebut. Orang ketiga mengatakan harga belum final.",
     "dua orang yang mengetahui rencana tersebut", "Orang ketiga"),
    ("en", "The firm is in talks to buy a sugar mill, two people familiar with the plan said. "
           "A third person said the price was not final.",
     "two people familiar with the plan", "A third person"),
])
def test_a_third_person_is_new(request, lang, text, group, new):
    rep = request.getfixturevalue(f"nlp_{lang}").analyze(text)
    third = _source(rep, new)
    assert third.id != _source(rep, group).id and third.member_of is None


def test_classifier_makes_a_nameless_person(nlp_id):
    rep = nlp_id.analyze("Seorang penjual sayur mengatakan gerobaknya rusak akibat ledakan itu.")
    owner = _source(rep, "Seorang penjual sayur")
    assert owner.kind.value == "person" and owner.count == 1 and owner.anonymous


# --- long titles keep the whole name; a later given name resolves to it ---------------------

def test_later_given_name_resolves_past_a_long_title(nlp_id):
    rep = nlp_id.analyze(
        "Kepala Badan Penggalangan Relawan Dewan Pengurus Pusat Partai Pelita Raya Rendra "
        "Gandaprawira Putra mengatakan, partainya tidak pernah menawarkan syarat apa pun.\n\n"
        "Di luar itu, kata Rendra, partai masih menunggu keputusan ketua umum.")
    first = _source(rep, "Kepala Badan Penggalangan Relawan Dewan Pengurus Pusat Partai Pelita "
                         "Raya Rendra Gandaprawira Putra")
    assert _source(rep, "Rendra").id == first.id
    assert first.name == "Rendra Gandaprawira Putra"


def test_different_people_sharing_a_surname_stay_apart(nlp_en):
    rep = nlp_en.analyze('"Prices will rise," said Anna Berg, an analyst at Kestrel. '
                         '"They will fall," said Tom Berg, a trader at Osprey.')
    assert _source(rep, "Anna Berg, an analyst at Kestrel").id != _source(rep, "Tom Berg, a trader at Osprey").id


# --- "-nya" and pronouns go to the last speaker ------------------------------------------------

def test_nya_stays_with_the_speaker_past_a_person_in_the_reported_content(nlp_id):
    rep = nlp_id.analyze(
        "Banjir merendam desa itu sejak pekan lalu. Ketua RT Endang Sulastri menuturkan, Bupati Hendra "
        "Wiratama belum meninjau lokasi banjir. “Kami sudah menunggu tiga hari,” ujarnya.")
    assert [s.name for s in _speaker_of(rep, "Kami sudah menunggu")] == ["Endang Sulastri"]


def test_nya_goes_to_a_person_named_as_speaker_since(nlp_id):
    # the negative: a person who speaks after the last source does take the "-nya"
    rep = nlp_id.analyze(
        "Ketua RT Endang Sulastri mengatakan warga sudah mengungsi. Relawan Sinta Kusumawati, "
        "Koordinator Posko Sungai Biru, juga menyampaikan hal serupa kepada wartawan. "
        "“Kami kekurangan selimut,” ujarnya.")
    sinta = _source(rep, "Relawan Sinta Kusumawati, Koordinator Posko Sungai Biru")
    assert [s.id for s in _speaker_of(rep, "Kami kekurangan selimut")] == [sinta.id]


# --- backward frames cover the paragraph they close -----------------------------------------

def test_backward_frame_covers_its_paragraph(nlp_id):
    rep = nlp_id.analyze(
        "Tarif listrik naik tahun depan\n\n"
        "Pemerintah akan menaikkan tarif listrik tahun depan. Kenaikan itu diperlukan untuk "
        "menutup subsidi yang membengkak. Warga miskin tetap dilindungi. Hal itu disampaikan "
        "Menteri Energi Raka Pratama di Jakarta, Senin.\n\n"
        "Sementara itu, harga beras naik di sejumlah pasar tradisional.")
    claim = next(c for c in rep.claims if "subsidi" in c.text)
    assert "Pemerintah akan menaikkan" in claim.text and "Warga miskin" in claim.text
    assert [a.mention.text for a in claim.attributions] == ["Menteri Energi Raka Pratama"]
    # the next paragraph is not covered
    assert not any("harga beras" in c.text and c.attributions for c in rep.claims)


def test_backward_frame_without_paragraphs_covers_one_sentence(nlp_id):
    rep = nlp_id.analyze("Harga gabah turun. Pemerintah akan menaikkan tarif listrik. "
                         "Keterangan tersebut dikatakan Raka Pratama kepada wartawan.")
    claim = next(c for c in rep.claims if c.attributions)
    assert claim.text.startswith("Pemerintah akan menaikkan")


# --- Indonesian extraction -----------------------------------------------------------------

@pytest.mark.parametrize("text,content,mention", [
    # "Menurut X, <role noun> …": the noun is the content's subject unless a comma closes it
    ("Banjir melanda desa itu. Menurut Tono, warga sudah lama resah.", "warga sudah lama resah", "Tono"),
    ("Banjir melanda desa itu. Menurut Tono, warga Desa Sukamaju, tanggul sudah lama retak.",
     "tanggul sudah lama retak", "Tono, warga Desa Sukamaju"),
    # "melanjutkan" and "merasa" report before a comma or a clause
    ("Banjir melanda desa itu. Ia melanjutkan, dari pemeriksaan awal polisi menemukan dua senjata tajam.",
     "dari pemeriksaan awal polisi", "Ia"),
    ("Banjir melanda desa itu. Tono merasa pemerintah lamban menangani banjir.",
     "pemerintah lamban menangani banjir", "Tono"),
])
def test_indonesian_cues(nlp_id, text, content, mention):
    rep = nlp_id.analyze(text)
    claim = next(c for c in rep.claims if content in c.text)
    assert [a.mention.text for a in claim.attributions] == [mention]


@pytest.mark.parametrize("text,words", [
    ("Banjir melanda desa itu. Ia merasa sangat senang.", "merasa sangat senang"),
    ("Banjir melanda desa itu. Polisi melanjutkan penyelidikan kasus itu hingga malam.", "melanjutkan penyelidikan"),
])
def test_indonesian_non_cues(nlp_id, text, words):
    rep = nlp_id.analyze(text)
    assert words in text and all(not c.attributions for c in rep.claims)


def test_stray_closing_mark_does_not_shift_the_next_quote(nlp_id):
    text = ("Warga mulai mengungsi . ” Selanjutnya , petugas menutup jalan desa . Hujan turun sejak pagi . "
            "” Kami menutup jalan demi keselamatan warga , ” ujar Sinta .")
    quotes = [text[q.start:q.end] for q in find_quotes(text)]
    assert quotes == ["” Kami menutup jalan demi keselamatan warga , ”"]
    rep = nlp_id.analyze(text)
    assert [s.name for s in _speaker_of(rep, "Kami menutup jalan")] == ["Sinta"]


@pytest.mark.parametrize("text,content,mention", [
    # a passive verb of judging with a named agent: the agent's view
    ("Banjir melanda desa itu. Pembangunan tanggul itu dinilai Tono sebagai proyek yang terburu-buru.",
     "Pembangunan tanggul itu", "Tono"),
    ("Banjir melanda desa itu. Kenaikan harga gabah dinilai oleh pengamat pertanian Rini Astuti tidak wajar.",
     "Kenaikan harga gabah", "pengamat pertanian Rini Astuti"),
    # "tersebut" closing the source's phrase belongs to it
    ("Menteri Danu Prakoso meresmikan gudang garam. “Kita punya ladang garam yang luas,” kata mantan "
     "Bupati Sukamaju tersebut.", "Kita punya ladang", "mantan Bupati Sukamaju tersebut"),
    # a lower-case description ends before the verb that follows it
    ("Seorang penjual sayur mengaku gerobaknya terbalik diterjang angin. “Untung tidak ada yang luka,” kata "
     "penjual sayur menunjuk gerobaknya.", "Untung tidak ada", "penjual sayur"),
])
def test_more_indonesian_attributions(nlp_id, text, content, mention):
    rep = nlp_id.analyze(text)
    claim = next(c for c in rep.claims if content in c.text)
    assert [a.mention.text for a in claim.attributions] == [mention]


@pytest.mark.parametrize("text", [
    "Banjir melanda desa itu. Kebijakan itu dinilai tepat oleh banyak pihak. Rencana itu dianggap gagal.",
    # an obligation before a verb of saying is a duty, not a report
    "Banjir melanda desa itu. Pemkot Sukamaju harus memastikan semua warga aman dari banjir.",
])
def test_more_indonesian_non_attributions(nlp_id, text):
    assert all(not c.attributions for c in nlp_id.analyze(text).claims)


def test_bare_description_and_places_of_residents(nlp_id):
    rep = nlp_id.analyze(
        "Ketua RW 07 Endang Sulastri mengatakan ronda malam diperketat.\n\n"
        "“Anak-anak tidak berani tidur,” kata salah satu warga Kampung Randu Alas yang lain.\n\n"
        "Seorang penjual sayur mengaku gerobaknya terbalik diterjang angin.\n\n"
        "“Untung tidak ada yang luka,” kata penjual sayur menunjuk gerobaknya.")
    assert _source(rep, "Ketua RW 07 Endang Sulastri").count == 1  # "07" is the unit, not a count
    resident = _source(rep, "salah satu warga Kampung Randu Alas yang lain")
    assert resident.name is None and resident.anonymous  # a place, not a person "Kampung Randu Alas"
    assert _source(rep, "penjual sayur").id == _source(rep, "Seorang penjual sayur").id


@pytest.mark.parametrize("text,mention", [
    ("BANDUNG, WARTA — Partai Pelita Raya membantah kabar soal mahar pencalonan yang beredar.",
     "Partai Pelita Raya"),
    ("BANDUNG , WARTA — Saat ditemui di kantornya , Tegar Wirabumi mengatakan harga akan turun .",
     "Tegar Wirabumi"),
    # (no dash: the capitals are the subject's own)
    ("KPK dan BPK mengatakan audit itu selesai pekan depan.", "KPK dan BPK"),
])
def test_dateline_is_never_part_of_the_source(nlp_id, text, mention):
    rep = nlp_id.analyze(text)
    mentions = [a.mention.text for c in rep.claims for a in c.attributions]
    assert mentions and all("WARTA" not in m for m in mentions)
    assert " ".join(mentions).startswith(mention.split()[0])


def test_topic_opener_is_no_part_of_the_subject(nlp_id):
    rep = nlp_id.analyze("Adapun Kepala Dinas Pertamanan Sukamaju Tegar Wirabumi mengatakan, taman kota dibuka lagi.")
    assert [a.mention.text for c in rep.claims for a in c.attributions] == ["Kepala Dinas Pertamanan Sukamaju Tegar Wirabumi"]


def test_one_word_after_an_organisation_word_is_the_organisation(nlp_id):
    rep = nlp_id.analyze("PT Kenanga Energi Nusantara sedang menjajaki pembelian tambang, kata dua orang yang "
                         "mengetahui rencana itu. Kenanga membantah sedang bernegosiasi. “Tidak ada "
                         "pembicaraan,” kata Tono.")
    assert _source(rep, "Kenanga").kind.value == "organization"
    assert _source(rep, "Tono").kind.value == "person"  # (a one-word speaker is still a person)


def test_counted_members_of_a_party_are_people(nlp_en):
    rep = nlp_en.analyze('Mill owners met on Monday, two people familiar with the talks said. "It was not '
                         'convincing," said one Republican familiar with the discussion.')
    member = _source(rep, "one Republican familiar with the discussion")
    assert member.kind.value == "person" and member.count == 1 and member.anonymous and member.name is None


@pytest.mark.parametrize("text,same", [
    ("“Sektor pariwisata harus menjadi unggulan,” ujar Darsono yang karib disapa Sono . "
     "Menurut Sono , kota itu mulai berubah .", True),
    # (no alias given: another person)
    ("“Sektor pariwisata harus menjadi unggulan,” ujar Darsono di Sukamaju . "
     "Menurut Sono , kota itu mulai berubah .", False),
])
def test_the_name_a_person_goes_by(nlp_id, text, same):
    rep = nlp_id.analyze(text)
    assert (_source(rep, "Darsono").id == _source(rep, "Sono").id) is same


@pytest.mark.parametrize("text,mention,named", [
    # the title's place is a place the article names: the title points back to its holder
    ("Pelaksana Tugas Kepala Dinas Pertamanan Sukamaju Tegar Wirabumi mengatakan taman di Kota Sukamaju "
     "dibuka lagi. “Jadi, warga boleh berolahraga,” kata Pelaksana Tugas Kepala Dinas Pertamanan Sukamaju ini.",
     "Pelaksana Tugas Kepala Dinas Pertamanan Sukamaju", "Tegar Wirabumi"),
])
def test_title_with_its_place_and_a_determiner_refers_back(nlp_id, text, mention, named):
    rep = nlp_id.analyze(text)
    claim = next(c for c in rep.claims if c.attributions and c.attributions[0].mention.text == mention)
    assert [s.name for s in _speaker_of(rep, claim.text)] == [named]
