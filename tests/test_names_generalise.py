"""Indonesian sources whose title runs past a linking word ("di", "dari", "bidang", "dan") to
the person the NER names: the whole phrase is the source, and the name in it the speaker.

The person entities are set by hand, so these tests show the construction whatever the shipped
model finds. Sentences and names are invented for these tests.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from attrib.lang.id import PACK
from attrib.pipeline import find_quotes, sentence_offsets
from attrib.pipeline.tokens import find


def _sources(nlp_id, text: str, person: str | None) -> list[str]:
    doc = nlp_id.nlp(text)
    ents = []
    if person is not None:
        a = text.index(person)
        ents = [doc.char_span(a, a + len(person), label="PER")]
    doc.ents = ents
    found = find(doc, PACK, sentence_offsets(doc, text), find_quotes(text), [], text)
    return [text[s:e] for f in found for s, e in f.mentions]


@pytest.mark.parametrize("source, person", [
    # a role, "di" and the place it serves, then the name
    ("Kepala Seksi Perencanaan di Dinas Pertanian Sukamaju Wulan Prasetyo", "Wulan Prasetyo"),
    # a member "dari" a party's group, then the name
    ("anggota Panitia Kerja dari Fraksi Partai Mawar Ahmad Fauzi", "Ahmad Fauzi"),
    # a title's field as a list closed by "dan"
    ("Wakil Ketua bidang Pertanian , Kelautan dan Kehutanan Sinta Maharani", "Sinta Maharani"),
    # two roles joined by "dan"
    ("ekonom dan pengamat kebijakan Joko Susanto", "Joko Susanto"),
])
def test_role_linked_to_its_name_is_one_source(nlp_id, source, person):
    text = f"\" Harga pupuk naik lagi bulan ini , \" kata {source} , Senin ."
    assert _sources(nlp_id, text, person) == [source]


def test_name_already_in_the_phrase_keeps_the_place_out(nlp_id):
    # negative: "di Jakarta" after a named person is where it was said
    text = "\" Harga pupuk naik lagi bulan ini , \" kata Menteri Pertanian Joko Susanto di Kantor Pusat Sukamaju ."
    assert _sources(nlp_id, text, "Joko Susanto") == ["Menteri Pertanian Joko Susanto"]


def test_name_after_a_comma_is_an_apposition(nlp_id):
    # negative: "dari Universitas X , Nama": the comma ends no list, the role stops at "dari"
    text = "\" Harga pupuk naik lagi bulan ini , \" kata peneliti Tim Pangan dari Universitas Sukamaju , Joko Susanto ."
    assert _sources(nlp_id, text, "Joko Susanto")[0] == "peneliti Tim Pangan"


def test_no_person_found_no_extension(nlp_id):
    # negative: without a person ahead, the role ends at the linking word as before
    text = "\" Harga pupuk naik lagi bulan ini , \" kata Kepala Seksi Perencanaan di Dinas Pertanian Sukamaju ."
    assert _sources(nlp_id, text, None) == ["Kepala Seksi Perencanaan"]


def test_function_word_before_the_person_stops_the_title(nlp_id):
    # negative: "kepada" is not a title's link; the person is the one spoken to
    text = "\" Harga pupuk naik lagi bulan ini , \" kata Kepala Dinas Pertanian kepada Joko Susanto ."
    assert _sources(nlp_id, text, "Joko Susanto") == ["Kepala Dinas Pertanian"]


def test_lower_case_words_after_a_place_link_stop_the_title(nlp_id):
    # negative: "di depan Nama" is where it was said, not part of the speaker's title
    text = "\" Harga pupuk naik lagi bulan ini , \" kata Kepala Dinas Pertanian di depan Joko Susanto ."
    assert _sources(nlp_id, text, "Joko Susanto") == ["Kepala Dinas Pertanian"]


# --- a subheading glued to the sentence after it (the article's line breaks lost) ----------

def _subjects(nlp_id, text: str) -> list[str]:
    doc = nlp_id.nlp(text)
    found = find(doc, PACK, sentence_offsets(doc, text), find_quotes(text), [], text)
    return [text[s:e] for f in found for s, e in f.mentions]


@pytest.mark.parametrize("heading, subject", [
    ("Ancaman kemarau", "Gubernur Sukamaju Wulan Prasetyo"),
    ("Kerja sama", "Gilang Saputro"),
    ("Sejarah panjang", "Menteri Pertanian Bintoro"),
])
def test_heading_before_the_subject_is_not_part_of_it(nlp_id, heading, subject):
    # the heading's words are common words the article also writes in lower case
    text = (f"Panen tahun ini turun karena ancaman kemarau , kerja sama petani lemah dan sejarah "
            f"panjang irigasi yang buruk . {heading} {subject} menambahkan , petani perlu bantuan "
            "benih dan pupuk segera .")
    assert _subjects(nlp_id, text) == [subject]


@pytest.mark.parametrize("subject", [
    "Ekonom senior Gilang Saputro",  # a role in lower case after a capitalised one
    "Kuasa hukum Gilang Saputro",  # a role the article never writes in lower case
    "Wulan dari Koperasi Sukamaju",  # a name, then where she is from
])
def test_role_or_name_before_the_subject_stays(nlp_id, subject):
    text = f"Panen tahun ini turun . {subject} menambahkan , petani perlu bantuan benih segera ."
    assert _subjects(nlp_id, text) == [subject]


# --- a title alone is the person the article named right after that title ---------------

def _speakers(nlp_id, text: str) -> list[str | None]:
    report = nlp_id.analyze(text)
    by_id = {s.id: s for s in report.sources}
    return [by_id[a.source].name if a.source in by_id else None
            for c in report.claims for a in c.attributions]


def test_title_alone_is_the_person_named_after_it(nlp_id):
    text = ("Gubernur Sukamaju Hendra Wirawan meninjau sekolah pada Senin pagi. "
            "\"Sekolah harus siap dulu,\" kata Hendra, Selasa. "
            "Gubernur mengingatkan, pandemi belum selesai dan warga harus tetap waspada.")
    assert _speakers(nlp_id, text)[-1] == "Hendra Wirawan"


def test_deputy_title_is_not_the_title(nlp_id):
    # negative: "Wakil Gubernur X" does not hold "Gubernur"
    text = ("Wakil Gubernur Sukamaju Hendra Wirawan meninjau sekolah pada Senin pagi. "
            "\"Sekolah harus siap dulu,\" kata Hendra, Selasa. "
            "Gubernur mengingatkan, pandemi belum selesai dan warga harus tetap waspada.")
    assert _speakers(nlp_id, text)[-1] != "Hendra Wirawan"


# --- "Menurut <role>, Nama, …": the name set off by commas is the role's holder -----------

def _sources_named(nlp_id, text: str) -> list[tuple[str, str | None]]:
    return [(s.label, s.name) for s in nlp_id.analyze(text).sources]


def test_name_between_commas_after_a_role_names_its_holder(nlp_id):
    text = ("Harga beras naik lagi. Menurut pengamat pertanian dari Universitas Sukamaju, "
            "Wiratmaja Halim, aturan pemerintah kerap setengah hati.")
    assert ("pengamat pertanian dari Universitas Sukamaju", "Wiratmaja Halim") in _sources_named(nlp_id, text)


@pytest.mark.parametrize("after", [
    "Jakarta Selatan",  # a place between the commas
    "KPK",  # an acronym
])
def test_place_or_acronym_between_commas_names_no_one(nlp_id, after):
    text = (f"Harga beras naik lagi. Menurut pengamat pertanian dari Universitas Sukamaju, "
            f"{after}, harus segera menurunkan harga.")
    assert all(name != after for _, name in _sources_named(nlp_id, text))


def test_one_word_heading_before_the_subject(nlp_id):
    # a one-word heading the article also writes in lower case ("antisipasi")
    text = ("Warga diminta melakukan antisipasi banjir . Antisipasi Gilang Saputro mengatakan , "
            "warga perlu menyiapkan tas siaga .")
    assert _subjects(nlp_id, text) == ["Gilang Saputro"]


def test_lower_case_word_opening_an_apposition_is_no_heading(nlp_id):
    # negative: only a capitalised word opens a heading
    text = "Panen tahun ini turun . Warga desa Gilang menambahkan , petani perlu bantuan benih segera ."
    assert _subjects(nlp_id, text) == ["Warga desa Gilang"]


# --- a second role joined by "serta"/"dan" before the comma that closes the subject ---------

def test_second_role_joined_before_the_comma_keeps_the_name(nlp_id):
    text = ("Jalan ditutup sejak pagi . Gilang Saputro dari Komunitas Pejalan Kaki Sukamaju serta "
            "mantan anggota Dewan Kota , menjelaskan , trotoar harus diperlebar .")
    assert _subjects(nlp_id, text)[0].startswith("Gilang Saputro")


def test_joiner_before_a_verb_phrase_still_ends_the_subject(nlp_id):
    # negative: without the comma closing an apposition, "dan" between a name and a role noun
    # is not read as one person's two roles
    text = "Jalan ditutup sejak pagi . Warga kota dan pedagang mengatakan trotoar harus diperlebar ."
    assert not any(s.startswith("Jalan") for s in _subjects(nlp_id, text))


def test_description_ending_in_a_place_is_no_heading(nlp_id):
    # negative: "Pedagang sayur Sukamaju, Darmo": an occupation, its place and the name
    text = ("Harga cabai naik lagi dan pedagang sayur mengeluh . Pedagang sayur Sukamaju , Darmo , "
            "menjelaskan , pembeli berkurang sejak pekan lalu .")
    assert _subjects(nlp_id, text)[0].startswith("Pedagang sayur")
