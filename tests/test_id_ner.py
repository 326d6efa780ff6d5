"""The shipped Indonesian NER, the naming conventions around it, and its retraining script.

Sentences and names are invented for these tests.
"""
from __future__ import annotations

import importlib.util
import os

import pytest

from attrib.lang.id import PACK
from attrib.lang.id.names import find_names
from attrib.lang.id.ner import FILES, HERE, add_ner
from attrib.resolve.words import _common_word, _lowercase_words, _not_name

from conftest import ROOT

NER_ON = os.environ.get("ATTRIB_NER", "1") != "0"


def _names(text: str, entities=()) -> list[tuple[str, str]]:
    lower = _lowercase_words(text)
    spans = find_names(text, entities, lambda w: _not_name(w, PACK, lower) or _common_word(w, PACK, lower))
    return [(text[a:b], lab) for a, b, lab in spans]


# --- the shipped files ---------------------------------------------------------------------

def test_shipped_model_files_and_licence():
    for name in (*FILES, "LICENSE", "MODEL-CARD.md", "scores.json"):
        assert (HERE / name).is_file(), name
    licence = (HERE / "LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in licence and "khairunnisaor" in licence
    card = (HERE / "MODEL-CARD.md").read_text(encoding="utf-8")
    assert "Khairunnisa" in card and "scripts/train_id_ner.py" in card
    size = sum(p.stat().st_size for p in HERE.rglob("*") if p.is_file())
    assert size < 8_000_000  # a few MB: it ships in the wheel


def test_package_data_lists_the_model():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"attrib.lang.id.ner"' in pyproject


# --- the model, loaded from the package --------------------------------------------------

@pytest.fixture(scope="module")
def ner_nlp():
    import spacy

    nlp = spacy.blank("xx")  # any tokenizer: the component brings all it needs
    add_ner(nlp)
    return nlp


def _ents(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_model_loads_with_its_labels(ner_nlp):
    assert set(ner_nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}


@pytest.mark.parametrize("text, name", [
    # a three-word name after a title, and after an organisation set off by commas
    ("Wakil Presiden Agustinus Hermawan Saputra mengatakan rapat ditunda .", "Agustinus Hermawan Saputra"),
    ("Direktur Utama PT Sinar Terang , Marlina Kusuma Dewi , mengatakan penjualan naik .", "Marlina Kusuma Dewi"),
])
def test_model_finds_a_whole_name_after_a_title(ner_nlp, text, name):
    assert (name, "PER") in _ents(ner_nlp, text)


@pytest.mark.xfail(strict=True, reason="the model takes an unfamiliar name right after an "
                   "unfamiliar organisation's into the organisation (MODEL-CARD.md, limits)")
def test_model_separates_a_name_from_the_organisation_before_it(ner_nlp):
    text = "Kepala Biro Humas Agustinus Hermawan Saputra mengatakan rapat ditunda ."
    assert ("Agustinus Hermawan Saputra", "PER") in _ents(ner_nlp, text)


def test_model_finds_no_person_in_a_sentence_without_one(ner_nlp):
    text = "Harga beras di pasar tradisional naik dua persen sejak pekan lalu ."
    assert not [e for e in _ents(ner_nlp, text) if e[1] == "PER"]


# --- the conventions -----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "Nama (umur)": initials or a name before an age in brackets, without the title before it
    ("Tersangka TW (43) ditangkap di rumahnya.", [("TW", "PER")]),
    ("Korban Yohana Melati ( 29 tahun ) dirawat di rumah sakit.", [("Yohana Melati", "PER")]),
    ("Menurut Wiryoatmojo (62), air sungai naik.", [("Wiryoatmojo", "PER")]),
    # initials introduced for a person name that person where they come back
    ("Polisi menahan pria berinisial KD kemarin. KD mengaku menyesal.", [("KD", "PER"), ("KD", "PER")]),
    ("Tersangka TW (43) ditangkap. Kepada penyidik, TW mengaku khilaf.", [("TW", "PER"), ("TW", "PER")]),
    # negatives: an acronym alone names no one; a numbered article's bracket is no age
    ("LKD menilai inflasi masih terkendali.", []),
    ("Pasal 12 (3) undang-undang itu mengatur sanksi.", []),
    ("LKD menilai inflasi rendah. Tersangka AB (30) ditahan.", [("AB", "PER")]),
])
def test_naming_conventions(text, expected):
    assert _names(text) == expected


def test_a_convention_replaces_the_entity_it_overlaps():
    text = "Tersangka TW (43) ditangkap di Sukamaju."
    a = text.index("Tersangka")
    ents = [(a, a + len("Tersangka TW"), "PER"), (text.index("Sukamaju"), len(text) - 1, "LOC")]
    assert _names(text, ents) == [("TW", "PER"), ("Sukamaju", "LOC")]


# --- in attrib's Indonesian pipeline ------------------------------------------------------

@pytest.mark.skipif(not NER_ON, reason="ATTRIB_NER=0")
def test_pipeline_has_the_ner(nlp_id):
    assert "ner" in nlp_id.nlp.pipe_names


# invented: a sentence without a cue word, one with a cue and a name of two words, one with a
# cue and a title before a name, one with quotation marks and only lone capitalised words
_WINDOW_TEXT = ("Harga beras naik di Pasar Baru . Menurut Budi Santoso , harga akan turun .\n"
                "Kepala Dinas Sosial Rina Wati mengatakan bantuan sudah dikirim . "
                "\" Kami siap , \" ujar Rina .")


@pytest.mark.skipif(not NER_ON, reason="ATTRIB_NER=0")
def test_the_model_reads_around_capitalised_pairs_in_cued_sentences(nlp_id):
    nlp = nlp_id.nlp
    doc = nlp(_WINDOW_TEXT)
    # "Menurut Budi Santoso": the pairs' windows merge within the sentence; the uncued sentence
    # ("Pasar Baru") and the quotation with lone capitalised words get none
    assert nlp.get_pipe("ner").windows(doc) == [(7, 14), (16, 25)]
    assert ("Budi Santoso", "PER") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.skipif(not NER_ON, reason="ATTRIB_NER=0")
def test_a_batch_of_documents_gets_the_entities_each_gets_alone(nlp_id):
    nlp = nlp_id.nlp
    texts = [_WINDOW_TEXT, "Harga cabai turun .", "", "Kata Ahmad Fauzi , pasar ramai .", _WINDOW_TEXT]

    def ents(doc):
        return [(e.start, e.end, e.label_) for e in doc.ents]

    alone = [ents(nlp(t)) for t in texts]
    assert [ents(d) for d in nlp.pipe(texts, batch_size=4)] == alone
    assert alone[0] and alone[0] == alone[-1]


def _sources(nlp_id, text: str) -> list[tuple[str | None, str | None]]:
    return [(s.name, s.role) for s in nlp_id.analyze(text).sources]


@pytest.mark.parametrize("title", [
    "Kepala Biro Humas Pemerintah Kota Sukamaju",
    "Ketua Dewan Perwakilan Rakyat Daerah Sukamaju",
    "Juru bicara Kementerian Kelautan",
])
def test_report_keeps_a_three_word_name_after_a_long_title(nlp_id, title):
    # the name rules alone guess two words; the article's own "kata Bonifasius" says where
    # the name starts, and the titled mention is the same one person
    text = (f"{title} Bonifasius Wiratmaja Halim mengatakan pihaknya akan memeriksa laporan itu. "
            "\"Kami akan bekerja cepat,\" kata Bonifasius.")
    names = [name for name, _ in _sources(nlp_id, text)]
    assert names == ["Bonifasius Wiratmaja Halim"]


def test_report_keeps_two_people_two(nlp_id):
    # negative: a one-word reference to another person does not widen the titled name
    text = ("Kepala Biro Humas Pemerintah Kota Sukamaju Wiratmaja Halim mengatakan laporan itu "
            "diperiksa. \"Kami bekerja cepat,\" kata Bonifasius.")
    names = [name for name, _ in _sources(nlp_id, text)]
    assert "Wiratmaja Halim" in names and "Bonifasius Wiratmaja Halim" not in names


def test_report_names_initials_introduced_with_an_age(nlp_id):
    text = ("Polisi menangkap tersangka TW (43) di rumahnya pada Senin malam. "
            "TW mengaku menjual barang itu kepada temannya.")
    kinds = {s.name: s.kind.value for s in nlp_id.analyze(text).sources}
    assert kinds.get("TW") == "person"


def test_report_keeps_an_acronym_an_organisation(nlp_id):
    text = "LKD menilai inflasi bulan ini masih terkendali di bawah tiga persen."
    assert all(s.kind.value != "person" for s in nlp_id.analyze(text).sources)


# --- the retraining script ----------------------------------------------------------------

def test_training_config_validates():
    spec = importlib.util.spec_from_file_location("train_id_ner", ROOT / "scripts" / "train_id_ner.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    config = mod.load_config()
    assert config["components"]["ner"]["factory"] == "ner"
    assert config["system"]["seed"] == 0
    # the CoNLL reader: a blank line ends a sentence, the last column is the tag
    path = ROOT / "build" / "test-conll.txt"
    path.parent.mkdir(exist_ok=True)
    path.write_text("Kata X O\nWiryoatmojo PROPN B-PER\n\nDi ADP O\nSukamaju PROPN B-LOC\n", encoding="utf-8")
    try:
        assert mod.read_conll(path) == [(["Kata", "Wiryoatmojo"], ["O", "B-PER"]), (["Di", "Sukamaju"], ["O", "B-LOC"])]
    finally:
        path.unlink()
