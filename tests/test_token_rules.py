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
