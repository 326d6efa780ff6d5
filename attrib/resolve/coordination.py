"""Coordinated mentions → one mention per individual: "John Smith and Mary Jones said",
"kata Budi Santoso dan Ani Wijaya" are two sources, "Securities and Exchange Commission" one."""
from __future__ import annotations

import re

from ..lang.base import LangPack
from ..model import SourceKind
from ..pipeline.found import Extraction, Offsets
from .mention import Mention, parse_mention
from .mention_names import Entities
from .words import _WORD, _in_org_name, _lowercase_words, _not_name, _org_like, _title_words


def split_coordinated(text: str, pack: LangPack, ext: Extraction) -> None:
    """Split each mention that coordinates individuals into one mention per individual, in
    place: "John Smith and Mary Jones said" and "kata Budi Santoso dan Ani Wijaya" are two
    sources, so two attributions (one claim on two people's word is corroborated, not one
    person's). The extraction already splits "tiga orang dan sumber terpisah" (a lower-case
    head after the conjunction); this handles names and titled names, where only the words
    tell a list of people from one name ("Securities and Exchange Commission", "Kementerian
    Energi dan Sumber Daya Mineral" stay whole: their parts are no individuals)."""
    if not pack.discourse.source_joiners:
        return
    pattern = pack.compiled("mention.joiners", _joiner_pattern)
    for f in ext.found:
        if f.embedded:
            continue
        mentions: list[Offsets] = []
        for span in f.mentions:
            mentions.extend(_conjuncts(text, span, pack, ext.entities, pattern) or [span])
        f.mentions = mentions


def _joiner_pattern(pack: LangPack) -> re.Pattern[str]:
    """", and" / " dan ": the pack's conjunctions between sources, lower case only ("Dan Smith"
    is a name)."""
    joiners = pack.discourse.source_joiners
    return re.compile(r"\s*,?\s+(?:" + "|".join(map(re.escape, joiners)) + r")\s+")


def _conjuncts(text: str, span: Offsets, pack: LangPack, entities: list[tuple[int, int, str]],
               pattern: re.Pattern[str]) -> list[Offsets] | None:
    """The mention's conjuncts when every one is an individual: a named or titled person
    ("Menteri Keuangan Retno Handayani", "a company spokesperson") or a counted group ("two
    officials"); None to keep the mention whole."""
    parts = _parts(text, span, pattern)
    if parts is None:
        return None
    words = [_WORD.findall(text[s:e]) for s, e in parts]
    if _one_phrase(words, pack):
        return None
    lower = _lowercase_words(text) if not entities else frozenset()
    last = len(parts) - 1
    for k, part in enumerate(parts):
        if not _individual(text, part, words[k][0], k, k == last, pack, entities, lower):
            return None
    return parts


def _parts(text: str, span: Offsets, pattern: re.Pattern[str]) -> list[Offsets] | None:
    """The spans between the conjunctions inside the mention; None without a conjunction."""
    a, b = span
    cuts = list(pattern.finditer(text, a, b))
    if not cuts:
        return None
    parts, start = [], a
    for mo in cuts:
        parts.append((start, mo.start()))
        start = mo.end()
    parts.append((start, b))
    return parts


def _one_phrase(words: list[list[str]], pack: LangPack) -> bool:
    """Whether the conjunction joins words inside one source's phrase, not sources."""
    # (an empty part, or "Johnson and Johnson": one name twice is a company's)
    if any(not w for w in words) or len({tuple(w) for w in words}) < len(words):
        return True
    # "lawyers for both Walter and Greta Halvorsen", "pejabat dari Kementerian A dan B": a
    # conjunction inside a prepositional phrase joins what the preposition governs
    prepositions = pack.discourse.mention_prepositions
    if any(w.lower() in prepositions for ws in words[:-1] for w in ws):
        return True
    # "Walter and Greta Halvorsen": a lone given name before a full name shares its surname
    return len(words[0]) == 1 and words[0][0][:1].isupper() and len(words[-1]) > 1 \
        and all(w[:1].isupper() for w in words[-1])


def _individual(text: str, part: Offsets, first_word: str, k: int, last: bool, pack: LangPack,
                entities: Entities, lower: frozenset[str]) -> bool:
    """Whether the conjunct ``part`` (the ``k``-th) is one individual or a counted group."""
    m = parse_mention(text, part, pack, entities)
    if m.pronoun or m.zero:
        return False
    if first_word[:1].islower():
        # "a company spokesperson", "two officials", "seorang pejabat": a role or a count
        return m.kind is SourceKind.PERSON and bool(m.role or m.head in pack.person_nouns) \
            or m.kind is SourceKind.PEOPLE and m.count is not None
    return _titled_name(text, part, first_word, k, last, m, pack, entities, lower)


def _titled_name(text: str, part: Offsets, first_word: str, k: int, last: bool, m: Mention,
                 pack: LangPack, entities: Entities, lower: frozenset[str]) -> bool:
    """A capitalised conjunct is a person's name, with its title before it at most: it ends
    with the name (before the conjunction) and starts with a title or the name (after it).
    "Kepala Dinas Pertanian dan Perkebunan Jambi Zulfikar Hasan" is one title: the
    conjunction sits inside the office's name, "Pendidikan" is no one's name and
    "Kebudayaan" no title."""
    s, e = part
    name = _conjunct_name(text, m, pack, entities)
    # every word of it can be a name's ("Kebudayaan Harjono Effendi" cannot: "Kebudayaan"
    # names a thing, and the article writes it in lower case)
    if not name or not entities and any(_not_name(w, pack, lower) for w in _WORD.findall(name)):
        return False
    if not last and not text[s:e].rstrip(" ,").endswith(name):
        return False
    # "Kementerian Komunikasi dan Informatika Bambang …": a "name" right after an
    # organisation's word is the organisation's name going on
    before = _WORD.findall(text[s:e].rstrip(" ,")[:-len(name)])
    if before and before[-1].lower() in pack.org_name_words:
        return False
    return k == 0 or first_word.lower() in _title_words(pack) or name.startswith(first_word)


def _conjunct_name(text: str, m: Mention, pack: LangPack, entities: Entities) -> str | None:
    """The person's name the conjunct gives: its parsed name, or (no NER) one capitalised word
    that is no organisation's ("kata Budi dan Ani")."""
    if m.kind is SourceKind.PERSON and m.name:
        return m.name.strip()
    single = m.text.strip()
    if m.proper_single and not entities and not _org_like(single, pack) \
            and not _in_org_name(text, single, pack):
        return single
    return None
