"""Where an Indonesian article names a person: the statistical NER's entities, with the
conventions of Indonesian news that 2,000 training sentences show the model too rarely.

- a name or initials followed by an age in brackets is a person's ("Tersangka TW (43)",
  "warga bernama Budi Santoso (35)");
- initials introduced as a person's ("berinisial KD", "TW (43)") name that person wherever the
  article repeats them ("KD mengaku …"), where an acronym alone ("BI menilai") names no one.

:func:`find_names` returns the NER's entities with these added, as ``(start, end, label)``
sorted by start; attrib/resolve/ reads the ``PER`` ones as persons' names.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

Span = tuple[int, int, str]

# "TW (43)", "Budi Santoso (35)", "Budi ( 35 tahun )": up to four capitalised words or initials,
# then an age of one or two digits in brackets
_AGED = re.compile(r"((?:[A-Z][\w'’-]*\.?[ ]){0,3}[A-Z][\w'’-]*)\s*\(\s*\d{1,2}\s*(?:tahun|thn|th)?\s*\)")
# "( 35 tahun )": the age in brackets alone, which every match of _AGED ends with (most
# articles have none, and this is far cheaper to look for than the names before it)
_AGE = re.compile(r"\(\s*\d{1,2}\s*(?:tahun|thn|th)?\s*\)")
# "berinisial KD", "dengan inisial A R": initials given for a person's name
_INTRODUCED = re.compile(r"\b(?:[Bb]er)?[Ii]nisial\s+((?:[A-Z]{1,3}\.?[ ]){0,2}[A-Z]{1,3})\b\.?")
# initials: one to three capitals ("KD", "A", "TWS")
_INITIALS = re.compile(r"^[A-Z]{1,3}\.?$")
# "450 VA", "20 KM": a number right before capitals that would be initials: a unit
_NUMBER_BEFORE = re.compile(r"\d\s*$")


def _aged(text: str, not_name: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Names and initials before an age in brackets, without the title or words before them."""
    out: list[tuple[int, int]] = []
    if _AGE.search(text) is None:  # no age in brackets: no name before one
        return out
    for mo in _AGED.finditer(text):
        words = [(w.start(), w.end(), w.group()) for w in re.finditer(r"\S+", mo.group(1))]
        # "Tersangka TW", "Menurut Budi": the name is the last words that can be a name's;
        # initials go with initials only ("Tersangka TW" is TW)
        initials = bool(_INITIALS.match(words[-1][2]))
        k = len(words)
        while k > 0 and (_INITIALS.match(words[k - 1][2]) if initials else not not_name(words[k - 1][2])):
            k -= 1
        if k < len(words):
            a = mo.start(1) + words[k][0]
            out.append((a, mo.start(1) + words[-1][1]))
    return out


def _introduced(text: str) -> list[tuple[int, int]]:
    return [(mo.start(1), mo.end(1)) for mo in _INTRODUCED.finditer(text)]


def _repeated_initials(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every other place the article writes the initials of a person found so far."""
    initials = {text[a:b].rstrip(".") for a, b in spans if all(_INITIALS.match(w) for w in text[a:b].split())}
    if not initials:
        return []
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(i) for i in sorted(initials, key=len, reverse=True))
                         + r")(?![\w])")
    return [(mo.start(), mo.end()) for mo in pattern.finditer(text)]


def _trimmed(text: str, a: int, b: int, not_name: Callable[[str], bool]) -> tuple[int, int] | None:
    """A person entity without what the model let into it: anything up to a bracket or other
    punctuation ("( LKD ) Sukamaju Budi Santoso" → "Sukamaju Budi Santoso"), then leading words that
    cannot be a name's (a title, a place: "Bupati Sukamaju Budi Santoso" → "Budi Santoso";
    ``not_name`` also knows the words the NER puts in places and organisations elsewhere).
    None when nothing is left, or for initials after a number ("450 VA": a unit)."""
    words = [(a + w.start(), a + w.end(), w.group()) for w in re.finditer(r"\S+", text[a:b])]
    cut = max((i + 1 for i, w in enumerate(words) if not re.search(r"\w", w[2]) or w[2][:1] in "([" or w[2][-1:] in ")]"),
              default=0)
    words = words[cut:]
    while words and not_name(words[0][2]) and not _INITIALS.match(words[0][2]):
        words = words[1:]
    if not words or all(_INITIALS.match(w[2]) for w in words) and _NUMBER_BEFORE.search(text[max(0, words[0][0] - 8):words[0][0]]):
        return None
    return words[0][0], words[-1][1]


def find_names(text: str, entities: Iterable[Span], not_name: Callable[[str], bool]) -> list[Span]:
    """The NER's entities with the conventions' persons; a convention's span replaces the
    entities it overlaps (its bounds are exact by construction: "Tersangka TW" → "TW").

    ``not_name(word)``: the word cannot be part of a personal name (a title, a place's word).
    """
    entities = list(entities)
    # "Dinas Sukamaju" … "Ketua LKD Sukamaju Budi Santoso": a word the NER gives to a place or an
    # organisation somewhere in the article opens no person's name
    elsewhere = {w for a, b, label in entities if label != "PER" for w in text[a:b].split()}

    def not_first(word: str) -> bool:
        return word in elsewhere or not_name(word)

    persons = _aged(text, not_name) + _introduced(text)
    persons += _repeated_initials(text, persons)
    persons = sorted(set(persons))
    out = [(a, b, "PER") for a, b in persons]
    for a, b, label in entities:
        if label == "PER":
            span = _trimmed(text, a, b, not_first)
            if span is None:
                continue
            a, b = span
        if not any(a < pb and pa < b for pa, pb in persons):
            out.append((a, b, label))
    # overlapping convention spans ("TW (43)" found both as aged and as repeated): the first
    out.sort()
    kept: list[Span] = []
    for span in out:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept
