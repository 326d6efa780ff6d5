"""The pack contract: every language pack is checked when it is built (``LangPack.__post_init__``)."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from attrib.lang import SUPPORTED, get_pack
from attrib.lang.base import (PARTS, STRATEGY_KEYS, DepRulesData, PackError, TokenRulesData, extend,
                              split_phrases, validate)

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
    from attrib.lang.base import WORD_FIELDS, _word_lists

    bad = []
    for name, words in _word_lists(pack).items():
        for phrase in MULTIWORD.get(code, ()):
            parts = phrase.split()
            word_list = name in WORD_FIELDS
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


def _part(name, **changes):
    """The Indonesian pack's part ``name`` with some fields replaced."""
    return dataclasses.replace(getattr(get_pack("id"), name), **changes)


@pytest.mark.parametrize("changes, message", [
    # a phrase list that lost its spaces
    ({"roles": get_pack("id").roles - {"juru bicara"} | {"juru", "bicara"}},
     "holds the words of 'juru bicara'"),
    # a phrase where the engine looks up single words
    ({"prior_markers": frozenset({"lebih dulu"})}, "matched word by word"),
    # the same inside a part
    ({"discourse": _part("discourse", org_roles=get_pack("id").discourse.org_roles - {"kuasa hukum"}
                         | {"kuasa", "hukum"})},
     "discourse.org_roles holds the words of 'kuasa hukum'"),
    ({"discourse": _part("discourse", date_words=frozenset({"hari raya"}))},
     "discourse.date_words is matched word by word"),
    # a missing key of the strategy, in its own part or in the shared one; a missing part
    ({"tokens": _part("tokens", quote_cues=frozenset())}, "'tokens.quote_cues'"),
    ({"discourse": _part("discourse", postposed_cues=frozenset())}, "'discourse.postposed_cues'"),
    ({"tokens": TokenRulesData()}, "'tokens.agent_markers'"),
    # another strategy's data, which no rule of this one reads
    ({"dep": DepRulesData(phrase_heads=frozenset({"dari"}))}, "dep holds data only the 'dep' strategy"),
    # wrong types in a part, a part of the wrong class
    ({"tokens": _part("tokens", agent_prefixes=["pe"])}, "tokens.agent_prefixes must be a tuple"),
    ({"discourse": _part("discourse", date_words=("senin",))}, "discourse.date_words must be a frozenset"),
    ({"tokens": {"quote_cues": frozenset({"tanya"})}}, "tokens must be a TokenRulesData"),
    # wrong types
    ({"pronouns": ["dia", "ia"]}, "pronouns must be a frozenset"),
    ({"person_nouns": frozenset({"juru bicara", 3})}, "person_nouns must be a frozenset of strings"),
    ({"boilerplate": (r"^(unclosed",)}, "does not compile"),
    ({"strategy": "magic"}, "strategy 'magic'"),
])
def test_a_broken_pack_is_an_error_at_load(changes, message):
    with pytest.raises(PackError, match=re.escape(message)):
        _broken(**changes)


def test_a_dep_pack_without_its_labels_is_an_error_at_load():
    pack = get_pack("en")
    with pytest.raises(PackError, match=re.escape("'dep.labels'")):
        dataclasses.replace(pack, dep=dataclasses.replace(pack.dep, labels={}))


def test_a_misspelt_field_of_a_part_is_an_error():
    with pytest.raises(TypeError, match="qoute_cues"):
        TokenRulesData(qoute_cues=frozenset({"tanya"}))


def test_every_required_field_exists_in_its_part():
    for keys in STRATEGY_KEYS.values():
        for key in keys:
            part, name = key.split(".")
            assert name in {f.name for f in dataclasses.fields(PARTS[part])}, key


def test_every_part_field_the_engine_reads_exists():
    """The pack parts' fields read anywhere in the engine exist (a typo would only fail when
    its rule runs), and no pack is read through the ``extra`` dict the parts replaced."""
    root = Path(__file__).resolve().parent.parent / "attrib"
    read = set()
    for path in root.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"pack\.extra\b", source), path
        read |= set(re.findall(r"pack\.(tokens|dep|discourse)\.([a-z_]+)", source))
    known = {(part, f.name) for part, cls in PARTS.items() for f in dataclasses.fields(cls)}
    assert read and read <= known, sorted(read - known)


def test_extend_adds_words_to_a_part_by_its_dotted_name():
    pack = get_pack("id")
    grown = extend(pack, {"discourse.postposed_cues": ["berkicau"], "tokens.quote_cues": "bersiul",
                          "extra.cue_leaders": ["konon"], "roles": ["pemimpin redaksi"]})
    assert "berkicau" in grown.discourse.postposed_cues and "bersiul" in grown.tokens.quote_cues
    assert "konon" in grown.tokens.cue_leaders and "pemimpin redaksi" in grown.roles
    assert "berkicau" not in pack.discourse.postposed_cues
    with pytest.raises(PackError, match="tokens.nothing"):
        extend(pack, {"tokens.nothing": ["kata"]})


def test_part_field_reads_a_list_by_a_computed_name():
    pack = get_pack("id")
    assert pack.part_field("quote_cues") is pack.tokens.quote_cues
    assert pack.part_field("postposed_cues") is pack.discourse.postposed_cues
    with pytest.raises(PackError, match="nothing_here"):
        pack.part_field("nothing_here")
