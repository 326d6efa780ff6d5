"""Person names, for any language: the NER's persons where the pipeline has them, else the
name finder the pack selects (``LangPack.name_finder``: Indonesian's runs of capitalised words,
titles and places, ``attrib.lang.id.namefinder``); a pack without one gets no names from rules."""
from __future__ import annotations

import importlib
from bisect import bisect_right
from collections.abc import Callable
from types import ModuleType

from ..lang.base import LangPack
from ..pipeline.found import Extraction, Offsets
from .mention import Mention
from .words import _common_word, _lowercase_words, _not_name


def name_finder(pack: LangPack) -> ModuleType | None:
    """The module the pack names as its name finder (imported once per pack), or None."""
    if not pack.name_finder:
        return None
    return pack.compiled("name_finder", lambda p: importlib.import_module(p.name_finder))


def statistical_names(text: str, pack: LangPack, ext: Extraction) -> list[tuple[int, int, str]]:
    """The pack's statistical NER entities with the persons its naming conventions add
    ("Tersangka TW (43)"), for a pack whose rules take them (Indonesian); else none."""
    if pack.find_names is None:
        return []
    lower = _lowercase_words(text)
    # ("Menurut Budi (35)": a sentence's opening word is no part of the name)
    return pack.find_names(text, getattr(ext, "names", ()),
                           lambda w: _not_name(w, pack, lower) or _common_word(w, pack, lower))


def _statistical_name(text: str, span: Offsets, words, names: list[tuple[int, int, str]], pack: LangPack,
                      m: Mention) -> None:
    """The mention's name made the statistical NER's person over it, by the pack's name finder
    ("Tersangka TW" names TW); a pack without a name finder keeps the rules' name."""
    finder = name_finder(pack)
    if finder is not None:
        finder.statistical_name(text, span, words, names, pack, m)


def _outside_quotes(quoted: list[Offsets]) -> Callable[[int], bool]:
    """Whether an offset lies outside every quotation (``quoted`` sorted, possibly overlapping)."""
    starts = [q[0] for q in quoted]
    reach = []  # the furthest quote end so far, for overlapping quotes
    for q in quoted:
        reach.append(max(q[1], reach[-1] if reach else q[1]))

    def outside(a: int) -> bool:
        k = bisect_right(starts, a) - 1
        return k < 0 or reach[k] <= a

    return outside


def person_names(text: str, pack: LangPack, ents: list[tuple[int, int, str]],
                 quoted: list[Offsets], speakers: frozenset[str] = frozenset(),
                 names: list[tuple[int, int, str]] = ()) -> list[Offsets]:
    """Where the article names a person outside quotations, in text order: the NER's persons
    where the pipeline has NER, else what the pack's name finder finds (none without one).
    ``speakers``: words the extraction found as a one-word speaker ("kata Galih"); ``names``:
    :func:`statistical_names`."""
    outside = _outside_quotes(quoted)
    if ents:
        return [(a, b) for a, b, lab in ents if lab == "PERSON" and outside(a)]
    finder = name_finder(pack)
    if finder is None:
        return []
    return finder.person_names(text, pack, outside, speakers, names)


def _verb_follows(after: list[str], pack: LangPack) -> bool:
    """Whether the next words (lower case) hold a verb: "juga kembali mengingatkan"."""
    return bool(after) and after[0][:1].islower() and any(
        w in pack.speech_verbs or w in pack.belief_verbs or w in pack.verb_markers
        or w in pack.discourse.preverbal_adverbs
        or any(w.startswith(p) and len(w) > len(p) + 3 for p in pack.verb_prefixes)
        for w in after)
