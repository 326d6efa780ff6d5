"""Token rules' helpers that must agree exactly with the plain definitions they speed up."""
from __future__ import annotations

import re

import pytest

from attrib.pipeline.tokens.view import _lowered


@pytest.mark.parametrize("text, expected", [
    ("Kata Budi, “Kami TIDAK tahu.”", ["kata", "budi,", "“kami", "tidak", "tahu.”"]),
    ("", []),
    # "İ" lowers to two characters: the offsets after it would shift
    ("İSTANBUL kata Ali", ["i̇stanbul", "kata", "ali"]),
    # a capital sigma lowers by its context: final "ς" at a word's end, "σ" inside one
    ("ΟΔΟΣ ΣΑΣ", ["οδος", "σας"]),
    ("STRASSE ß ǅemal", ["strasse", "ß", "ǆemal"]),
])
def test_lowered_words_are_each_words_lower(text, expected):
    spans = [m.span() for m in re.finditer(r"\S+", text)]
    words = [text[s:e] for s, e in spans]
    got = _lowered(text, words, [s for s, _ in spans], [e for _, e in spans])
    assert got == expected == [w.lower() for w in words]


def test_pack_words_are_compiled_once_per_pack():
    from attrib.lang import get_pack
    from attrib.pipeline.tokens.data import compiled

    pack = get_pack("id")
    assert compiled(pack) is compiled(pack)


@pytest.mark.parametrize("code", ["id", "ms"])
def test_token_rule_words_come_from_the_pack(code):
    from attrib.lang import get_pack
    from attrib.pipeline.tokens.data import compiled

    data = compiled(get_pack(code))
    assert "yang" in data.relatives
    assert "menurutnya" in data.embedded_according
    assert "dia" in data.agent_pronouns
    assert data.thing_suffixes == ("an",)


@pytest.mark.parametrize("text, expected", [
    # "according to him" in one word opens the sentence
    ("Menurutnya, harga beras di pasar desa akan naik bulan depan.",
     [("according_to", ["harga beras di pasar desa akan naik bulan depan"], ["Menurutnya"])]),
    # a passive denial's agent: "dia" stands as one, "mereka" does not
    ("Kabar kenaikan harga beras itu dibantah dia.",
     [("passive_denial", ["Kabar kenaikan harga beras itu"], ["dia"])]),
    ("Kabar kenaikan harga beras itu dibantah mereka.", []),
    # a description keeps its "yang" clause before the verb
    ("Tiga petani yang menanam padi mengatakan panen tahun ini gagal total.",
     [("preposed_verb", ["panen tahun ini gagal total"], ["Tiga petani yang menanam padi"])]),
])
def test_words_moved_to_the_pack_keep_their_constructions(nlp_id, text, expected):
    from attrib.pipeline.quotes import find_quotes
    from attrib.pipeline.tokens import find

    doc = nlp_id.nlp(text)
    found = find(doc, nlp_id.pack, [(0, len(text))], find_quotes(text), [], text=text)
    got = [(f.rule, [text[s:e] for s, e in f.content], [text[s:e] for s, e in f.mentions])
           for f in found]
    assert got == expected
