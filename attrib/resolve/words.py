"""Word tests shared by mention parsing, the name finder and coreference: proper, common, title and organisation-like words of a pack."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Callable

from ..lang.base import LangPack
from ..model import SourceKind

_WORD = re.compile(r"\w+(?:[.'’&-]\w+)*\.?")
_CAMEL = re.compile(r"^[A-Z][a-z]+[A-Z]")  # "ByteDance", "TikTok": a brand, not a person
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,}[a-z]?$")  # "F.B.I.", "KPK", "BPS"
_PEOPLE = (SourceKind.PERSON, SourceKind.PEOPLE)
_POSSESSIVE = re.compile(r"['’]s$")


def _bare(words: str) -> str:
    """A mention's words as a name: "Halvorsen's" (from "Halvorsen's claim that …") → "Halvorsen"."""
    return _POSSESSIVE.sub("", words.strip())


# --- parsing one mention --------------------------------------------------------------------

def _entities_within(entities, s: int, e: int) -> list[tuple[int, int, str]]:
    """The entities inside (s, e); ``entities`` are sorted by start (``doc.ents``), so this is
    a bisection, not a scan of every entity in the article for every mention."""
    out = []
    k = bisect_left(entities, s, key=lambda x: x[0])
    while k < len(entities) and entities[k][0] < e:
        if entities[k][1] <= e:
            out.append(entities[k])
        k += 1
    return out


def _head_nouns(pack: LangPack) -> frozenset[str]:
    """Every noun that can head a source mention (built once per pack)."""
    return pack.compiled("resolve.head_nouns", _build_head_nouns)


def _build_head_nouns(pack: LangPack) -> frozenset[str]:
    """The head nouns, built from the pack's noun lists."""
    return frozenset(pack.person_nouns | pack.group_nouns | pack.organization_nouns
                     | pack.document_nouns | pack.media_nouns)


def _media_lower(pack: LangPack) -> frozenset[str]:
    """The pack's media names in lower case ("reuters")."""
    return pack.compiled("resolve.media_lower", _build_media_lower)


def _build_media_lower(pack: LangPack) -> frozenset[str]:
    """The media names, lower-cased."""
    return frozenset(n.lower() for n in pack.media_names)


def _common(pack: LangPack) -> frozenset[str]:
    """The pack's common words: capitalised at a sentence start, they are still not names."""
    return pack.compiled("resolve.common", _build_common)


def _build_common(pack: LangPack) -> frozenset[str]:
    """The common words, built from the pack's noun, pronoun and function-word lists."""
    return frozenset(
        pack.person_nouns | pack.group_nouns | pack.organization_nouns | pack.document_nouns
        | pack.pronouns | pack.definite_markers | set(pack.number_words) | set(pack.ordinal_words)
        | pack.function_words | pack.media_nouns | pack.zero_subject_words)


def _is_proper(word: str, lowword: str, pack: LangPack) -> bool:
    if not word[:1].isupper():
        return False
    return lowword not in _common(pack) or lowword in pack.org_name_words


def _sentence_initial(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t“\"‘'(":
        j -= 1
    return j < 0 or text[j] in ".!?\n"


@lru_cache(maxsize=8)
def _lowercase_words(text: str) -> frozenset[str]:
    """The words an article writes in lower case somewhere."""
    # ("kerja." at a sentence end is "kerja"; each distinct word judged once)
    return frozenset(w.rstrip(".") for w in set(_WORD.findall(text)) if w[:1].islower())


def _proper_indices(text: str, words, low: list[str], pack: LangPack) -> list[int]:
    """The indices of the mention's capitalised name words."""
    proper = [i for i, ((_, _, w), lw) in enumerate(zip(words, low)) if _is_proper(w, lw, pack)]
    # "Tax returns show": a sentence's first word is capitalised anyway; it is a common word
    # when the article also writes it in lower case
    if proper and proper[0] == 0 and _sentence_initial(text, words[0][0]) \
            and low[0] in _lowercase_words(text):
        proper = proper[1:]
    return proper


def _org_like(word: str, pack: LangPack) -> bool:
    """"ByteDance", "KPK", "Polsek", "Technologies": a word of an organisation's name."""
    return bool(_CAMEL.match(word) or _ACRONYM.match(word)) or word.lower() in pack.org_name_words \
        or word in pack.media_names


def _role_at(low: list[str], pack: LangPack) -> tuple[int, int] | None:
    """Where the longest role phrase is ("press secretary", "juru bicara", "kepala")."""
    for n in (3, 2, 1):
        for i in range(len(low) - n + 1):
            if " ".join(low[i:i + n]) in pack.roles:
                return i, i + n
    return None


def _common_word(word: str, pack: LangPack, lower: frozenset[str]) -> bool:
    """"Menurut", "Sebelumnya": capitalised only at a sentence start."""
    lw = word.lower()
    if lw in _title_words(pack):  # "Wali Kota Manado Ferdy Mangundap": the title stays
        return False
    # "Sementara Widya", "Praktis Bima": a sentence's opening word
    return lw in lower or lw in pack.compiled("resolve.opening_words", _build_opening_words)


def _build_opening_words(pack: LangPack) -> frozenset[str]:
    """The words (lower case) that open a sentence without being a name, whatever the article:
    the common words that are no organisation's, the speech verbs, the discourse words and
    the clause openers ("Menurut", "Sementara", "Praktis")."""
    return frozenset((_common(pack) - pack.org_name_words) | pack.speech_verbs
                     | pack.discourse.discourse_words | pack.discourse.clause_openers)


def _not_name(word: str, pack: LangPack, lower: frozenset[str]) -> bool:
    """A capitalised word that cannot be part of a personal name: an organisation's word
    ("Polda", "KPK"), a place's ("Selatan", "Kabupaten"), a thing's ("Kesehatan"), a title or
    a word the article also writes in lower case ("Cipta Kerja", "Perangkat Daerah")."""
    return word.lower() in lower or _not_name_word(word, pack)


def _not_name_word(word: str, pack: LangPack) -> bool:
    """The same, whatever the article: "Teguh" is a name even where "teguh" is a word."""
    return pack.compiled("resolve.not_name_word", _not_name_test)(word)


def _not_name_test(pack: LangPack) -> Callable[[str], bool]:
    """:func:`_not_name_word` for one pack, remembering its answers: the same capitalised
    words come back in every article."""

    @lru_cache(maxsize=1 << 16)
    def not_name(word: str) -> bool:
        return _not_name_uncached(word, pack)

    return not_name


def _not_name_uncached(word: str, pack: LangPack) -> bool:
    """The test of :func:`_not_name_word`, for a word not asked about before."""
    lw = word.lower().rstrip(".")
    # "Bambang PS Brodjonegoro", "A Ridwan Saputra": initials are part of a name
    initials = len(word) <= 2 and word.isupper()
    # "H20 Nvidia", "N219 Rajawali": a word with a digit is a model's or a product's
    # "…, Sabtu , menjelaskan": a day or a month
    return _org_like(word, pack) and not initials or _DIGIT.search(word) is not None \
        or lw in pack.discourse.date_words or lw in pack.place_words or lw in _title_words(pack) \
        or _thing_word(lw, pack) or not word[:1].isupper()


def _thing_word(lw: str, pack: LangPack) -> bool:
    pat = _THING.get(pack.thing_word_pattern)
    if pat is None:
        pat = _THING[pack.thing_word_pattern] = re.compile(pack.thing_word_pattern or r"(?!)")
    return bool(pat.match(lw))


_THING: dict[str, re.Pattern[str]] = {}
_DIGIT = re.compile(r"\d")


def _title_words(pack: LangPack) -> frozenset[str]:
    """Every word of a role ("wali", "kota", "juru", "bicara"): a title, not a name."""
    return pack.compiled("resolve.title_words", _build_title_words)


def _build_title_words(pack: LangPack) -> frozenset[str]:
    """The words of every role, and the person nouns."""
    return frozenset(w for r in pack.roles for w in r.split()) | pack.person_nouns


def _in_org_name(text: str, word: str, pack: LangPack) -> bool:
    """"Huawei" where the article also writes "Huawei Technologies": an organisation's name."""
    for mo in re.finditer(rf"\b{re.escape(word)}\b((?:\s+[A-Z][\w.&-]*)+)", text):
        if any(_org_like(w, pack) for w in mo.group(1).split()):
            return True
    return False


_TOKEN = re.compile(r"\w+|[^\w\s]")
