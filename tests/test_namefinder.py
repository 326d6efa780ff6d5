"""The name finder a pack selects (``LangPack.name_finder``) and the engine's dispatch to it.

Sentences and names are invented for these tests.
"""
from __future__ import annotations

import pytest

from attrib.lang import get_pack
from attrib.resolve import parse_mention, person_names
from attrib.resolve.names import name_finder


def _names(text: str, code: str, ents=(), quoted=()) -> list[str]:
    return [text[a:b] for a, b in person_names(text, get_pack(code), list(ents), list(quoted))]


def test_indonesian_selects_its_name_finder_and_malay_inherits_it():
    from attrib.lang.id import namefinder

    assert name_finder(get_pack("id")) is namefinder
    assert name_finder(get_pack("ms")) is namefinder
    assert name_finder(get_pack("en")) is None


def test_malay_finds_names_by_the_indonesian_rules():
    text = "Kepala Dinas Kesehatan Budi Santoso mengatakan stok cukup."
    assert _names(text, "ms") == _names(text, "id") == ["Budi Santoso"]


def test_a_pack_without_a_name_finder_gets_no_names_from_rules():
    # English reads names from its NER; without entities the rules of another language do not run
    assert _names("Spokesperson Tom Baker is confident. Baker said so.", "en") == []


def test_the_ner_persons_outside_quotations_where_the_pipeline_has_ner():
    text = "“Kepala Dinas Rina Wati mengatakan stok cukup,” kata Tom. Direktur Ahmad Yusuf mengatakan panen naik."
    quoted = [(0, text.index("”") + 1)]
    ents = [(text.index("Rina"), text.index("Rina") + 9, "PERSON"),
            (text.index("Ahmad"), text.index("Ahmad") + 11, "PERSON"),
            (text.index("Tom"), text.index("Tom") + 3, "ORG")]
    assert _names(text, "en", ents, quoted) == ["Ahmad Yusuf"]
    # the rules skip a name inside a quotation too
    assert _names(text, "id", (), quoted) == ["Ahmad Yusuf"]


def _mention(text: str, span_text: str, persons: list[str]) -> tuple[str | None, str | None, str | None]:
    s = text.index(span_text)
    names = [(text.index(p), text.index(p) + len(p), "PER") for p in persons]
    m = parse_mention(text, (s, s + len(span_text)), get_pack("id"), [], names)
    return m.name, m.role, m.affiliation


_TITLED = "Kepala Biro Hukum Partai Maju Ratna Sari Dewi"


@pytest.mark.parametrize("text,span,persons,expected", [
    # the NER's person over the rules' name is the whole name; the affiliation ends before it
    (_TITLED + " mengatakan rapat ditunda.", _TITLED, ["Ratna Sari Dewi"],
     ("Ratna Sari Dewi", "Kepala Biro Hukum", "Partai Maju")),
    # a shorter NER name inside the rules' longer one: the rules' name stands
    ("Menteri Perindustrian Ratna Sari Dewi mengatakan rapat ditunda.",
     "Menteri Perindustrian Ratna Sari Dewi", ["Sari Dewi"],
     ("Ratna Sari Dewi", "Menteri Perindustrian", None)),
    # initials the rules take for an acronym are a person's name when the NER says so
    ("Tersangka TW mengaku menyesal.", "Tersangka TW", ["TW"], ("TW", None, None)),
    # the title is no part of the name, even where the NER's entity holds it
    ("Kapolsek Sukamaju Budi Hartono mengatakan jalan ditutup.", "Kapolsek Sukamaju Budi Hartono",
     ["Kapolsek Sukamaju Budi Hartono"], ("Budi Hartono", "Kapolsek Sukamaju", None)),
    # no person in the mention: the rules' parse stands
    ("Tersangka TW mengaku menyesal.", "Tersangka TW", [], (None, None, None)),
])
def test_statistical_name_over_the_rules_name(text, span, persons, expected):
    assert _mention(text, span, persons) == expected
