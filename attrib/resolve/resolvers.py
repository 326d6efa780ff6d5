"""The ordered resolvers that match a new mention to an earlier source, and the group a subset
belongs to.

Each resolver is a function ``(mention, entities, pack)`` that handles one construction and
answers with the earlier source the mention refers to, with ``None`` when the construction is
not this one (the next resolver is asked), or with :data:`NEW_SOURCE` when the mention is
surely a new source (no later resolver is asked). :data:`RESOLVERS` holds them in the order
they are tried; :func:`_find` walks it.
"""
from __future__ import annotations

import re
from typing import Callable, Union

from ..lang.base import LangPack
from ..model import SourceKind
from .entities import _Entities, _Entity, _recent, _without_article
from .mention import Mention
from .words import _PEOPLE, _WORD, _bare


class _NewSource:
    """A resolver's answer that the mention is a new source: no later resolver is asked."""


NEW_SOURCE = _NewSource()
Found = Union[_Entity, _NewSource, None]
Resolver = Callable[[Mention, _Entities, LangPack], Found]


def _settled(e: _Entity | None) -> Found:
    """The source found, or (none found) the verdict that the mention is a new source."""
    return NEW_SOURCE if e is None else e


def _one_capitalised_word(m: Mention) -> bool:
    """"Hughes", "Acme": a mention of one capitalised word (a surname or a short name)."""
    return len(m.text.split()) == 1 and m.text[:1].isupper()


# --- the resolvers, in the order RESOLVERS tries them ---------------------------------------

def pronoun_antecedent(m: Mention, entities: _Entities, pack: LangPack) -> Found:
    """"he"/"dia", a cue that carries its speaker ("ujarnya"), an elided subject ("…, tetapi
    tidak dapat mengatakan"): the last source that fits, else a new source."""
    if not (m.pronoun or m.embedded or m.zero):
        return None
    return _settled(_antecedent(m, entities))


def new_source_marker(m: Mention, entities: _Entities, pack: LangPack) -> Found:
    """"a separate source", "orang keempat", "another official": a new source (unless the
    same words come again with a determiner: that earlier source)."""
    if not m.new:
        return None
    return _settled(entities.by_key.get(m.key) if m.definite and m.key else None)


def same_words(m: Mention, entities: _Entities, pack: LangPack) -> Found:
    """The same words ("salah satu sumber" twice), not counting determiners."""
    return entities.by_key.get(m.key) if m.key else None


def description_without_count(m: Mention, entities: _Entities, pack: LangPack) -> Found:
    """"penjual sayur" after "Seorang penjual sayur": the description again without its count."""
    if not m.key or m.count is not None or m.subset or m.name:
        return None
    for w, n in pack.number_words.items():
        if n == 1 and (e := entities.by_key.get(f"{w} {m.key}")) is not None and e.count == 1:
            return e
    return None


def subset_of_group(m: Mention, entities: _Entities, pack: LangPack) -> Found:
    """"one of the people", "salah satu sumber" (not said so before): an entry of its own, a
    member of its group (:func:`_group_of`), never an earlier source."""
    return NEW_SOURCE if m.subset else None


def organisation_short_name(m: Mention, entities: _Entities, pack: LangPack) -> Found:
    """"Acme" after "Acme Corp": an organisation's short name (the first word of its name)."""
    if not (_one_capitalised_word(m) or m.kind is SourceKind.ORGANIZATION and m.named):
        return None
    short = _bare(m.text).lower()
    for e in _recent(entities):
        if e.kind in (SourceKind.ORGANIZATION, SourceKind.MEDIA) and e.name \
                and e.name.lower().split()[0] == short:
            return e
    return None


def person_by_name(m: Mention, entities: _Entities, pack: LangPack) -> Found:
    """"Hughes" → "Michael Hughes"; "Michael Hughes" after "Hughes"; "Budi" after "Budi
    Santoso"; "Sono" after "Darsono yang akrab disapa Sono": a person named before."""
    if not (m.name or m.proper_single or _one_capitalised_word(m)):
        return None
    name = _bare(m.name or m.text).lower()
    for e in _recent(entities):
        if e.kind is not SourceKind.PERSON or not e.name:
            continue
        en = e.name.lower()
        if _called_so(name, en, e):
            return e
        if _title_took_given_name(name, en, e):
            # the word right before the name is the given name: the whole name is the person's
            e.name = f"{_bare(m.name or m.text)} {e.name}"
            return e
        if _part_of_name(name, en, m, pack):
            return e
    return None


def person_taken_for_organisation(m: Mention, entities: _Entities, pack: LangPack) -> Found:
    """"Ketter" (taken for an organisation) before "Roy Ketter": the person after all (the
    earlier source becomes a person, its name to be given by this mention)."""
    if not (m.name and len(m.name.split()) >= 2 and m.kind is SourceKind.PERSON):
        return None
    last = m.name.split()[-1].lower()
    for e in _recent(entities):
        if _bare(e.first.text).lower() == last and e.kind in (SourceKind.ORGANIZATION, SourceKind.UNKNOWN):
            e.kind, e.name, e.count = SourceKind.PERSON, None, 1
            return e
    return None


def unmatched_name(m: Mention, entities: _Entities, pack: LangPack) -> Found:
    """A personal name that no resolver above matched ("Roy Ketter" first seen): a new source
    (its role or description says nothing more)."""
    return NEW_SOURCE if m.name else None


def named_organisation(m: Mention, entities: _Entities, pack: LangPack) -> Found:
    """"the Carter Center" again: a named organisation is the earlier source of that name, or
    a new one."""
    if not (m.kind is SourceKind.ORGANIZATION and m.named):
        return None
    name = _without_article(_bare(m.text).lower(), pack)
    return _settled(next((e for e in _recent(entities) if e.name and e.name.lower() == name), None))


def definite_role(m: Mention, entities: _Entities, pack: LangPack) -> Found:
    """"the spokesperson" → the earlier spokesperson (of the same organisation), or a new one."""
    if not (m.role and not m.name and m.definite):
        return None
    return _settled(next((e for e in _recent(entities) if e.role and e.role.lower() == m.role.lower()
                          and _same_org(m.affiliation, e.affiliation, pack)), None))


def title_holder(m: Mention, entities: _Entities, pack: LangPack) -> Found:
    """"Presiden" (capitalised, alone) after "Presiden Danu Wicaksana": the title's holder."""
    if not (m.role and not m.name and m.role[:1].isupper() and m.text.strip().endswith(m.role)):
        return None
    return _holder(m.role.lower(), entities, pack)


def counted_group(m: Mention, entities: _Entities, pack: LangPack) -> Found:
    """"tiga orang tersebut", "tiga orang", "the three people": the group with that head and
    count."""
    if not (m.head and m.kind in _PEOPLE and (m.count or m.definite)):
        return None
    for e in _recent(entities):
        if e.member_of or e.kind not in _PEOPLE or not _heads_match(m.head, e.head, pack):
            continue
        if _counted_again(m, e, pack):
            return e
    return None


def generic_organisation(m: Mention, entities: _Entities, pack: LangPack) -> Found:
    """"the company", "perusahaan tersebut" → the last organisation; "the ministry" → the last
    one whose name or description says ministry."""
    if not (m.definite and m.kind is SourceKind.ORGANIZATION and not m.named):
        return None
    for e in _recent(entities):
        if e.kind is SourceKind.ORGANIZATION and _org_described(m, e, pack):
            return e
    return None


def definite_document(m: Mention, entities: _Entities, pack: LangPack) -> Found:
    """"the report" after "a congressional report": a definite document with no author of its
    own is the last document of that kind."""
    if not (m.definite and m.kind is SourceKind.DOCUMENT and not m.named and not m.affiliation and m.head):
        return None
    return next((e for e in _recent(entities) if e.kind is SourceKind.DOCUMENT and e.head == m.head), None)


# The resolvers in the order they are tried: the first answer wins. A pronoun, a new-source
# marker, a subset, a personal name, a named organisation and a definite role settle the
# question (a source found or a new one); the others only say when they find a source.
# The order is the precedence of the constructions: the same words before a description's
# count, a name before a role, a role before a counted group.
# No resolver leaves state for a later one; two change the source they return (and stop the
# walk): person_by_name completes a name whose given name a long title took, and
# person_taken_for_organisation makes a one-word "organisation" the person it was.
RESOLVERS: tuple[Resolver, ...] = (
    pronoun_antecedent,
    new_source_marker,
    same_words,
    description_without_count,
    subset_of_group,
    organisation_short_name,
    person_by_name,
    person_taken_for_organisation,
    unmatched_name,
    named_organisation,
    definite_role,
    title_holder,
    counted_group,
    generic_organisation,
    definite_document,
)


def _find(m: Mention, entities: _Entities, pack: LangPack) -> _Entity | None:
    """The earlier source this mention refers to, or None for a new one: the first answer of
    :data:`RESOLVERS`."""
    for resolver in RESOLVERS:
        found = resolver(m, entities, pack)
        if found is NEW_SOURCE:
            return None
        if found is not None:
            return found
    return None


# --- what the resolvers compare --------------------------------------------------------------

def _called_so(name: str, en: str, e: _Entity) -> bool:
    """The name a person goes by ("Sono" after "Darsono yang akrab disapa Sono"), the same
    name, or the same surname where one of the two is a surname alone ("Hughes")."""
    if name in e.aliases:
        return True
    return name == en or en.split()[-1] == name.split()[-1] and (len(name.split()) == 1 or len(en.split()) == 1)


def _title_took_given_name(name: str, en: str, e: _Entity) -> bool:
    """"Rendra" after "Kepala Badan … Rendra Gandaprawira Putra" whose name was read as
    "Gandaprawira Putra" (a long title took its first word): the word right before the name."""
    return len(name.split()) == 1 and _bare(e.first.text).lower().endswith(f" {name} {en}")


def _part_of_name(name: str, en: str, m: Mention, pack: LangPack) -> bool:
    """One name a part of the other: a given name, the last words, or (where articles refer to
    a person by the first words of the name, pack ``short_name_forms``) the first words."""
    words, known = name.split(), en.split()
    # "Budi" after "Budi Santoso": Indonesian articles often use the given name
    if len(words) == 1 and name in known:
        return True
    # "Rendra Wicaksono Putra" (the given name read later) after "Wicaksono Putra" (a long
    # title before the name took its first word), or the other way round: two words or more
    # that end the longer name
    short, long_ = sorted((name, en), key=len)
    if len(short.split()) >= 2 and long_.endswith(" " + short) and m.kind is SourceKind.PERSON:
        return True
    if not _first_words_refer(pack):
        return False
    # "Rizal Putra" after "Rizal Putra Harsa": the first names of a longer name
    if len(words) >= 2 and en.startswith(name + " "):
        return True
    # "Anton Rosadi" after "Anton" (named first by the given name alone): the full name
    return len(known) == 1 and len(words) >= 2 and words[0] == en and m.kind is SourceKind.PERSON


def _first_words_refer(pack: LangPack) -> bool:
    """Whether the language's articles call a person named before by the first words of the
    name ("Rizal Putra" for "Rizal Putra Harsa"): pack ``short_name_forms`` holds "first words"."""
    return "first words" in pack.discourse.short_name_forms


def _counted_again(m: Mention, e: _Entity, pack: LangPack) -> bool:
    """"tiga orang" again after "tiga orang": the same count (one individual only when
    :func:`_one_again` allows), or a definite description without count of a group."""
    if m.count is not None and e.count is not None and m.count == e.count:
        return m.count != 1 or _one_again(m, e, pack)
    return m.count is None and m.definite and e.count != 1


def _org_described(m: Mention, e: _Entity, pack: LangPack) -> bool:
    """"the company" for any named organisation; "the ministry" for one whose head, name or
    description says ministry."""
    if m.head in pack.generic_org_nouns and e.named:
        return True
    return bool(m.head and (m.head == e.head or m.head in (e.name or e.first.text).lower()))


def _holder(title: str, entities: _Entities, pack: LangPack) -> _Entity | None:
    """The last person whose role or mentions carry the title, or named right after it
    ("Presiden Danu Wicaksana")."""
    for e in _recent(entities):
        if e.kind is SourceKind.PERSON and _carries_title(title, e, entities.text):
            return e
    # "Gubernur Sukamaju Budi Santoso meninjau … (later) kata Budi … Gubernur mengingatkan":
    # the person whose full name the article writes after the title (a place or unit between),
    # though that phrase was no source's mention
    for e in _recent(entities):
        if e.kind is SourceKind.PERSON and e.name and " " in e.name \
                and _titled_in_text(title, e.name, entities.text, pack):
            return e
    return None


def _carries_title(title: str, e: _Entity, text: str) -> bool:
    """Whether a person's role is the title, or one of its mentions holds it or follows it."""
    if (e.role or "").lower() == title:
        return True
    return any(title in sp.text.lower().split()
               or text[max(0, sp.start - len(title) - 2):sp.start].strip().lower().endswith(title)
               for sp in e.mentions)


def _titled_in_text(title: str, name: str, text: str, pack: LangPack) -> bool:
    """"Gubernur Sukamaju Budi Santoso": the title written before the full name, up to four
    capitalised words between, and not another office ("Wakil Gubernur", "mantan Gubernur":
    pack ``other_office_words``)."""
    other = pack.discourse.other_office_words
    for mo in re.finditer(r"(?<!\w)" + re.escape(title) + r"(?:\s+[A-Z][\w.-]*){0,4}\s+"
                          + re.escape(name) + r"(?!\w)", text, re.IGNORECASE):
        before = text[max(0, mo.start() - 12):mo.start()].split()
        if not before or not (before[-1][:1].isupper() or before[-1].lower() in other):
            return True
    return False


def _one_again(m: Mention, e: _Entity, pack: LangPack) -> bool:
    """Whether a mention of one individual by a role or noun ("juru bicara Kementerian X", "the
    official") can be the earlier individual ``e``: not when it is indefinite in a language with
    articles (pack ``new_person_articles``: "A spokesperson for the ministry" after "Acme
    spokesperson Jane Doe" is another person), nor when the two belong to different
    organisations ("Juru bicara Kementerian X" is not "juru bicara perusahaan, Sari")."""
    if pack.discourse.new_person_articles and not m.definite:
        return False
    return _same_org(m.affiliation, e.affiliation, pack)


def _same_org(a: str | None, b: str | None, pack: LangPack) -> bool:
    """Whether two affiliations can be one organisation: unknown on either side, or sharing a
    word of the name beyond the generic nouns ("Kementerian Perairan Darat" ≠ "Perusahaan Kenanga";
    "Kenanga" = "PT Kenanga")."""
    if not a or not b:
        return True
    generic = pack.compiled("resolve.generic_org_words", _generic_org_words)
    wa = {w for w in _WORD.findall(a.lower()) if w not in generic}
    wb = {w for w in _WORD.findall(b.lower()) if w not in generic}
    return not wa or not wb or bool(wa & wb)


def _generic_org_words(pack: LangPack) -> frozenset[str]:
    """The words of an organisation's name that do not say which one: its nouns ("Kementerian"),
    name words ("PT"), determiners and the name's function words ("the", "of": pack
    ``org_name_function_words``)."""
    return (pack.organization_nouns | pack.org_name_words | pack.definite_markers
            | pack.discourse.org_name_function_words)


def _singular(head: str, pack: LangPack) -> str:
    """"officials" → "official": a head noun without the plural suffix (pack ``plural_suffixes``)."""
    for suffix in pack.discourse.plural_suffixes:
        if head.endswith(suffix):
            return head[:-len(suffix)]
    return head


def _heads_match(a: str | None, b: str | None, pack: LangPack) -> bool:
    """Whether two head nouns name the same kind of source: the same noun (singular or
    plural), two nouns for persons ("person", "people": pack ``person_heads``), or a source
    noun and any noun for people."""
    if a is None or b is None:
        return False
    sa, sb = _singular(a, pack), _singular(b, pack)
    if sa == sb or {sa, sb} <= pack.discourse.person_heads:
        return True
    # "dua orang …" then "kedua sumber tersebut", "two people …" then "the sources": a source
    # noun names whoever was cited, whatever noun cited them
    generic = pack.discourse.generic_source_heads
    people = pack.person_nouns | pack.group_nouns
    return (a in generic and b in people) or (b in generic and a in people)


def _group_of(m: Mention, entities: _Entities, pack: LangPack) -> str | None:
    """The group a subset belongs to: the last group larger than the subset."""
    for e in _groups_to_try(m, entities, pack):
        if _can_hold(m, e, pack):
            return e.id
    return None


def _groups_to_try(m: Mention, entities: _Entities, pack: LangPack) -> list[_Entity]:
    """The recent sources, most recent first; for "salah satu pejabat tersebut", "one of the
    officials" (the determiner points back to the group with the same head noun, "dua pejabat
    …") those with the same head first, past other groups."""
    recent = _recent(entities)
    if m.subset and m.definite and m.head:
        same = [e for e in recent if _heads_match(m.head, e.head, pack)]
        recent = same + [e for e in recent if e not in same]
    return recent


def _can_hold(m: Mention, e: _Entity, pack: LangPack) -> bool:
    """Whether the earlier source ``e`` is a group the mention can be part of: a group of
    people, not itself a part, larger than the part."""
    if e.member_of or e.kind is not SourceKind.PEOPLE:
        return False
    if m.count is not None and e.count is not None and e.count <= m.count:
        return False
    if m.definite and not m.subset and not _heads_match(m.head, e.head, pack):
        return False  # "kedua orang tersebut" is part of an earlier group of "orang"
    # ("one of them": a pronoun says nothing of anonymity; nor does "source", pack
    # ``generic_source_heads``)
    return e.anonymous == m.anonymous or m.head in pack.discourse.generic_source_heads \
        or m.subset and m.head is None


def _antecedent(m: Mention, entities: _Entities) -> _Entity | None:
    """"he"/"dia"/"ujarnya" → the last person; "they"/"mereka" → the last group or organisation."""
    recent = _recent(entities)
    if m.zero:  # an elided subject continues the last speaker
        return recent[0] if recent else None
    if m.plural:
        want = (SourceKind.PEOPLE, SourceKind.ORGANIZATION, SourceKind.MEDIA)
    elif m.gender == "n":  # "it said": an organisation, an outlet or a document
        want = (SourceKind.ORGANIZATION, SourceKind.MEDIA, SourceKind.DOCUMENT)
    else:
        want = (SourceKind.PERSON,)
    for e in recent:
        # "she" never refers back to a source known as "he" (or a "spokesman")
        if e.kind in want and not (e.first.pronoun or e.first.embedded) \
                and not (m.gender in ("m", "f") and e.gender and e.gender != m.gender):
            return e
    if m.gender == "n" or m.gender in ("m", "f"):
        return None
    # fall back to any earlier source ("katanya" after an organisation spoke)
    return recent[0] if recent else None
