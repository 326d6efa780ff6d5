"""Mention parsing in its parts: the steps of ``parse_mention``, the pack words they read, and
the splitting of coordinated mentions (invented sentences and names throughout)."""
from __future__ import annotations

import pytest

from attrib.lang import get_pack
from attrib.model import SourceKind
from attrib.resolve import parse_mention
from attrib.resolve.coordination import _conjuncts, _joiner_pattern

MENTION_KEYS = ("adverb_suffixes", "title_closing_determiners", "one_of_openers",
                "possessive_suffixes", "leading_articles", "indefinite_articles")


def _parse(lang: str, text: str):
    return parse_mention(text, (0, len(text)), get_pack(lang))


def test_malay_takes_the_indonesian_mention_grammar():
    ms, id_ = get_pack("ms"), get_pack("id")
    for key in MENTION_KEYS:
        assert ms.part_field(key) == id_.part_field(key), key


def test_english_has_no_nya_adverbs_nor_title_closing_determiners():
    en = get_pack("en")
    assert not en.discourse.adverb_suffixes
    assert not en.discourse.title_closing_determiners
    assert not en.discourse.one_of_openers


@pytest.mark.parametrize("lang,text,name,role,affiliation", [
    # an adverb in "-nya" before the comma: the source is what follows, over the whole span
    ("id", "Sebelumnya , Kepala Dinas Pangan Rudi Hartono", "Rudi Hartono", "Kepala", "Dinas Pangan"),
    ("ms", "Sebelumnya , Ketua Persatuan Nelayan Ahmad Razak", "Ahmad Razak", "Ketua", "Persatuan Nelayan"),
    # a title, an organisation, then two words for the name
    ("id", "juru bicara Maju Jaya Budi Santoso", "Budi Santoso", "juru bicara", "Maju Jaya"),
])
def test_clause_before_comma_and_titled_names(lang, text, name, role, affiliation):
    m = _parse(lang, text)
    assert (m.name, m.role, m.affiliation) == (name, role, affiliation)
    assert m.span == (0, len(text)) and m.kind is SourceKind.PERSON


def test_subset_of_one_counts_one():
    m = _parse("id", "salah satu sumber")
    assert m.subset and m.count == 1 and m.kind is SourceKind.PERSON and m.anonymous


@pytest.mark.parametrize("lang,text,zero", [
    # a title closed by a determiner points back to a person named before
    ("id", "Mantan Gubernur Sukamaju itu", True),
    # negative: English has no such construction ("the" opens the phrase)
    ("en", "the former governor", False),
])
def test_title_closed_by_a_determiner_points_back(lang, text, zero):
    assert _parse(lang, text).zero is zero


@pytest.mark.parametrize("text,key,affiliation", [
    ("a spokesperson", "spokesperson", None),  # the article is no part of the key
    ("Halvorsen's lawyer", "halvorsen lawyer", "Halvorsen"),  # nor the possessive of the name
    ("F.B.I. officials", "f.b.i. officials", "F.B.I."),  # capitalised words before the head
])
def test_english_articles_and_possessives(text, key, affiliation):
    m = _parse("en", text)
    assert (m.key, m.affiliation) == (key, affiliation)


@pytest.mark.parametrize("lang,text,expected", [
    ("id", "Budi Santoso dan Ani Wijaya", ["Budi Santoso", "Ani Wijaya"]),
    ("id", "Menteri Keuangan Retno Handayani dan Kepala Bappeda Joko Lestari",
     ["Menteri Keuangan Retno Handayani", "Kepala Bappeda Joko Lestari"]),
    ("en", "Ann Lee and Tom Price", ["Ann Lee", "Tom Price"]),
    ("en", "a company spokesperson and two officials", ["a company spokesperson", "two officials"]),
    # negatives: one organisation's name, one name twice, a given name sharing a surname
    ("id", "Kementerian Pangan dan Sumber Daya Air", None),
    ("en", "Johnson and Johnson", None),
    ("en", "Nora and Ivan Petrov", None),
])
def test_conjuncts(lang, text, expected):
    pack = get_pack(lang)
    parts = _conjuncts(text, (0, len(text)), pack, [], pack.compiled("mention.joiners", _joiner_pattern))
    assert (parts and [text[a:b] for a, b in parts]) == expected
