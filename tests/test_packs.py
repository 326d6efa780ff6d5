"""The pack contract: every language pack is checked when it is built (``LangPack.__post_init__``)."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from attrib.lang import SUPPORTED, get_pack
from attrib.lang.base import KNOWN_KEYS, PackError, split_phrases, validate

# multiword expressions a word list must keep whole, per language: split by ``.split()``, their
# words become entries of their own ("kota" a person, "lebih" a marker of earlier reporting)
MULTIWORD = {
    "en": ("chief executive", "according to", "familiar with"),
    "id": ("juru bicara", "wali kota", "kuasa hukum", "lebih dulu", "lebih dahulu", "surat kabar",
           "kantor berita", "rumah sakit", "salah satu", "tidak mau disebutkan"),
    "ms": ("jurucakap", "salah seorang sumber", "enggan mengulas", "tidak menjawab panggilan"),
}


@pytest.mark.parametrize("code", SUPPORTED)
def test_every_pack_is_sound(code):
    pack = get_pack(code)
    assert validate(pack) == []
    assert split_phrases(pack) == []


@pytest.mark.parametrize("code", SUPPORTED)
def test_no_list_holds_a_split_multiword_entry(code):
    """No list of the pack holds every word of a known multiword expression one by one without
    the expression (lists the engine reads one word at a time, ``WORD_FIELDS``, hold words)."""
    pack = get_pack(code)
    from attrib.lang.base import WORD_FIELDS, WORD_KEYS, _word_lists

    bad = []
    for name, words in _word_lists(pack).items():
        for phrase in MULTIWORD.get(code, ()):
            parts = phrase.split()
            word_list = name in WORD_FIELDS or name.removeprefix("extra.") in WORD_KEYS
            if len(parts) > 1 and all(w in words for w in parts) and phrase not in words \
                    and not word_list:
                bad.append((name, phrase))
    assert bad == []


def test_lebih_alone_is_no_marker_of_earlier_reporting():
    """"X lebih rinci melaporkan" (reported in more detail) is no earlier reporting; "lebih
    dulu melaporkan" still is, by its "dulu"."""
    pack = get_pack("id")
    assert "lebih" not in pack.prior_markers and "dulu" in pack.prior_markers
    assert {"kota", "hukum", "bicara"}.isdisjoint(pack.person_nouns)


def test_detailed_report_is_not_flagged_as_prior_reporting(nlp_id):
    report = nlp_id.analyze("PT Sinar Kencana lebih rinci melaporkan laba naik 12 persen.")
    assert all("prior_reporting" not in {f.value for f in c.flags} for c in report.claims)
    report = nlp_id.analyze("Harian Suara Timur lebih dulu melaporkan laba naik 12 persen.")
    assert any("prior_reporting" in {f.value for f in c.flags} for c in report.claims)


def _broken(**changes):
    return dataclasses.replace(get_pack("id"), **changes)


@pytest.mark.parametrize("changes, message", [
    # a phrase list that lost its spaces
    ({"roles": get_pack("id").roles - {"juru bicara"} | {"juru", "bicara"}},
     "holds the words of 'juru bicara'"),
    # a phrase where the engine looks up single words
    ({"prior_markers": frozenset({"lebih dulu"})}, "matched word by word"),
    # a missing key of the strategy, a misspelt key
    ({"extra": {k: v for k, v in get_pack("id").extra.items() if k != "quote_cues"}}, "quote_cues"),
    ({"extra": {**get_pack("id").extra, "qoute_cues": frozenset()}}, "misspelt"),
    # wrong types
    ({"pronouns": ["dia", "ia"]}, "pronouns must be a frozenset"),
    ({"person_nouns": frozenset({"juru bicara", 3})}, "person_nouns must be a frozenset of strings"),
    ({"boilerplate": (r"^(unclosed",)}, "does not compile"),
    ({"strategy": "magic"}, "strategy 'magic'"),
])
def test_a_broken_pack_is_an_error_at_load(changes, message):
    with pytest.raises(PackError, match=re.escape(message)):
        _broken(**changes)


def test_every_extra_key_the_engine_reads_is_declared():
    """The ``extra`` keys read anywhere in the engine are all in the contract (so a pack that
    misspells one is refused rather than silently read as empty)."""
    root = Path(__file__).resolve().parent.parent / "attrib"
    read = set()
    for path in root.rglob("*.py"):
        if "lang" in path.parts or "cli" in path.parts:
            continue
        read |= set(re.findall(r"""extra(?:\.get\(|\[)["']([a-z_]+)["']""", path.read_text(encoding="utf-8")))
    assert read and read <= KNOWN_KEYS, sorted(read - KNOWN_KEYS)
