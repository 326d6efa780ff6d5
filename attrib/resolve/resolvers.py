"""The entities seen so far and the ordered resolvers that match a new mention to one of them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from ..lang.base import LangPack
from ..model import SourceKind, Span
from .mention import Mention
from .words import _PEOPLE, _WORD, _bare


# --- resolution across the article ----------------------------------------------------------

@dataclass
class _Entity:
    id: str
    first: Mention
    mentions: list[Span] = field(default_factory=list)
    kind: SourceKind = SourceKind.UNKNOWN
    count: int | None = None
    named: bool = False
    anonymous: bool = False
    name: str | None = None
    role: str | None = None
    affiliation: str | None = None
    head: str | None = None
    keys: set[str] = field(default_factory=set)
    member_of: str | None = None
    last: int = 0  # where it was last mentioned
    gender: str | None = None
    aliases: set[str] = field(default_factory=set)  # "Darsono yang akrab disapa Sono" → "sono"

    def absorb(self, m: Mention) -> None:
        """A later mention adds what it knows ("Hughes" adds nothing; "Michael Hughes" a name)."""
        if m.name and (not self.name or len(m.name) > len(self.name)) and m.kind is self.kind:
            self.name = m.name
            self.named = True
        # "Halvorsen's claim that …" (NER: an organisation), then "Halvorsen said" (a person): the
        # one-word name was a person's all along
        if self.kind is SourceKind.ORGANIZATION and m.kind is SourceKind.PERSON and m.name \
                and " " not in _bare(self.first.text) and _bare(m.name) == _bare(self.first.text):
            self.kind, self.count, self.name, self.named = SourceKind.PERSON, 1, _bare(m.name), True
        self.role = self.role or m.role
        self.gender = self.gender or (m.gender if m.gender != "n" else None)
        self.affiliation = self.affiliation or m.affiliation
        if self.kind is SourceKind.UNKNOWN:
            self.kind = m.kind
        if self.count is None and m.count is not None and m.kind is self.kind \
                and not (m.pronoun or m.embedded or m.zero):
            self.count = m.count
        if m.key:
            self.keys.add(m.key)


def _holder(title: str, entities: _Entities) -> _Entity | None:
    """The last person whose role or mentions carry the title, or named right after it
    ("Presiden Danu Wicaksana")."""
    for e in _recent(entities):
        if e.kind is SourceKind.PERSON and ((e.role or "").lower() == title or any(
                title in sp.text.lower().split()
                or entities.text[max(0, sp.start - len(title) - 2):sp.start].strip().lower().endswith(title)
                for sp in e.mentions)):
            return e
    # "Gubernur Sukamaju Budi Santoso meninjau … (later) kata Budi … Gubernur mengingatkan":
    # the person whose full name the article writes after the title (a place or unit between),
    # though that phrase was no source's mention
    for e in _recent(entities):
        if e.kind is SourceKind.PERSON and e.name and " " in e.name:
            for mo in re.finditer(r"(?<!\w)" + re.escape(title) + r"(?:\s+[A-Z][\w.-]*){0,4}\s+"
                                  + re.escape(e.name) + r"(?!\w)", entities.text, re.IGNORECASE):
                before = entities.text[max(0, mo.start() - 12):mo.start()].split()
                # "Wakil Gubernur …", "mantan Gubernur …": another office than the title alone
                if not before or not (before[-1][:1].isupper() or before[-1].lower() in _OTHER_OFFICE):
                    return e
    return None


# words before a title that make it a different office ("Wakil Presiden", "mantan Gubernur")
_OTHER_OFFICE = frozenset({"wakil", "mantan", "eks", "plt", "pj", "former", "deputy", "vice", "ex"})


def _new(m: Mention, entities: _Entities) -> _Entity:
    ent = _Entity(id=f"s{len(entities) + 1}", first=m, kind=m.kind, count=m.count, named=m.named,
                  anonymous=m.anonymous, name=m.name, role=m.role, affiliation=m.affiliation,
                  head=m.head, keys={m.key} if m.key else set(),
                  gender=m.gender if m.gender != "n" else None)
    if m.proper_single:
        ent.name = _bare(m.text) if m.kind is SourceKind.PERSON else None
    if m.kind is SourceKind.ORGANIZATION and m.named and not ent.name:
        ent.name = re.sub(r"^(?:the|The)\s+", "", _bare(m.text))
    entities.append(ent)
    entities.touch(ent)
    return ent


class _Entities(list):
    """The sources so far, with their recency and their words indexed (resolution stays
    linear in long articles)."""

    WINDOW = 100  # how many recent sources a description or pronoun looks back over

    def __init__(self) -> None:
        super().__init__()
        self.order: dict[str, _Entity] = {}  # most recently mentioned last
        self.by_key: dict[str, _Entity] = {}  # "tiga orang" → the source last called so
        self.text = ""  # the article, for the words around a source's mentions

    def touch(self, e: _Entity) -> None:
        self.order.pop(e.id, None)
        self.order[e.id] = e
        for k in e.keys:
            self.by_key[k] = e


def _recent(entities: _Entities) -> list[_Entity]:
    return list(islice(reversed(entities.order.values()), _Entities.WINDOW))


def _find(m: Mention, entities: _Entities, pack: LangPack) -> _Entity | None:
    """The earlier source this mention refers to, or None for a new one."""
    if m.pronoun or m.embedded or m.zero:
        return _antecedent(m, entities)
    if m.new:  # "a separate source", "orang keempat", "another official"
        return entities.by_key.get(m.key) if m.definite and m.key else None
    # the same words ("salah satu sumber" twice), not counting determiners
    same = entities.by_key.get(m.key) if m.key else None
    if same is not None:
        return same
    # "penjual sayur" after "Seorang penjual sayur": the description again without its count
    if m.key and m.count is None and not m.subset and not m.name:
        for w, n in pack.number_words.items():
            if n == 1 and (e := entities.by_key.get(f"{w} {m.key}")) is not None and e.count == 1:
                return e
    if m.subset:
        return None
    # "Acme" after "Acme Corp": an organisation's short name
    if len(m.text.split()) == 1 and m.text[:1].isupper() or m.kind is SourceKind.ORGANIZATION and m.named:
        short = _bare(m.text).lower()
        for e in _recent(entities):
            if e.kind in (SourceKind.ORGANIZATION, SourceKind.MEDIA) and e.name \
                    and e.name.lower().split()[0] == short:
                return e
    # "Hughes" → "Michael Hughes"; "Michael Hughes" after "Hughes"
    single = len(m.text.split()) == 1 and m.text[:1].isupper()
    if m.name or m.proper_single or single:
        name = _bare(m.name or m.text).lower()
        for e in _recent(entities):
            if e.kind is not SourceKind.PERSON or not e.name:
                continue
            en = e.name.lower()
            # "Sono" after "ujar Darsono yang akrab disapa Sono": the name it goes by
            if name in e.aliases:
                return e
            if name == en or en.split()[-1] == name.split()[-1] and (len(name.split()) == 1 or len(en.split()) == 1):
                return e
            # "Rendra" after "Kepala Badan … Rendra Gandaprawira Putra" whose name was read as
            # "Gandaprawira Putra" (a long title took its first word): the word right before
            # the name is the given name, and the whole name is the person's
            if len(name.split()) == 1 and _bare(e.first.text).lower().endswith(f" {name} {en}"):
                e.name = f"{_bare(m.name or m.text)} {e.name}"
                return e
            # "Budi" after "Budi Santoso": Indonesian articles often use the given name
            if len(name.split()) == 1 and name in en.split():
                return e
            # "Rendra Wicaksono Putra" (the given name read later) after "Wicaksono Putra" (a
            # long title before the name took its first word), or the other way round: two
            # words or more that end the longer name
            short, long_ = sorted((name, en), key=len)
            if len(short.split()) >= 2 and long_.endswith(" " + short) and m.kind is SourceKind.PERSON:
                return e
            # "Rizal Putra" after "Rizal Putra Harsa": the first names of a longer name
            if pack.head_first and len(name.split()) >= 2 and en.startswith(name + " "):
                return e
            # "Anton Rosadi" after "Andre" (named first by the given name alone): the full name
            if pack.head_first and len(en.split()) == 1 and len(name.split()) >= 2 \
                    and name.split()[0] == en and m.kind is SourceKind.PERSON:
                return e
        if m.name and len(m.name.split()) >= 2 and m.kind is SourceKind.PERSON:
            # "Ketter" (taken for an organisation) before "Roy Ketter": the person after all
            last = m.name.split()[-1].lower()
            for e in _recent(entities):
                if _bare(e.first.text).lower() == last and e.kind in (SourceKind.ORGANIZATION, SourceKind.UNKNOWN):
                    e.kind, e.name, e.count = SourceKind.PERSON, None, 1
                    return e
        if m.name:
            return None
    if m.kind is SourceKind.ORGANIZATION and m.named:
        name = re.sub(r"^the\s+", "", _bare(m.text).lower())
        return next((e for e in _recent(entities) if e.name and e.name.lower() == name), None)
    # "the spokesperson" → the earlier spokesperson (of the same organisation)
    if m.role and not m.name and m.definite:
        return next((e for e in _recent(entities) if e.role and e.role.lower() == m.role.lower()
                     and _same_org(m.affiliation, e.affiliation, pack)), None)
    # "Presiden" (capitalised, alone) after "Presiden Danu Wicaksana": the title's holder
    if m.role and not m.name and m.role[:1].isupper() and m.text.strip().endswith(m.role):
        holder = _holder(m.role.lower(), entities)
        if holder is not None:
            return holder
    # "tiga orang tersebut", "tiga orang", "the three people": the group with that head and count
    if m.head and m.kind in _PEOPLE and (m.count or m.definite):
        for e in _recent(entities):
            if e.member_of or e.kind not in _PEOPLE or not _heads_match(m.head, e.head, pack):
                continue
            if m.count is not None and e.count is not None and m.count == e.count:
                if m.count == 1 and not _one_again(m, e, pack):
                    continue
                return e
            if m.count is None and m.definite and e.count != 1:
                return e
    # "the company", "perusahaan tersebut" → the last organisation; "the ministry" → the last
    # one whose name or description says ministry
    if m.definite and m.kind is SourceKind.ORGANIZATION and not m.named:
        for e in _recent(entities):
            if e.kind is not SourceKind.ORGANIZATION:
                continue
            if m.head in pack.generic_org_nouns and e.named or m.head and (
                    m.head == e.head or m.head in (e.name or e.first.text).lower()):
                return e
    # "the report" after "a congressional report": a definite document with no author of its
    # own is the last document of that kind
    if m.definite and m.kind is SourceKind.DOCUMENT and not m.named and not m.affiliation and m.head:
        return next((e for e in _recent(entities) if e.kind is SourceKind.DOCUMENT and e.head == m.head), None)
    return None


def _one_again(m: Mention, e: _Entity, pack: LangPack) -> bool:
    """Whether a mention of one individual by a role or noun ("juru bicara Kementerian X", "the
    official") can be the earlier individual ``e``: not when it is indefinite in a language with
    articles ("A spokesperson for the ministry" after "Acme spokesperson Jane Doe" is another
    person), nor when the two belong to different organisations ("Juru bicara Kementerian X"
    is not "juru bicara perusahaan, Sari")."""
    if not pack.head_first and not m.definite:
        return False
    return _same_org(m.affiliation, e.affiliation, pack)


def _same_org(a: str | None, b: str | None, pack: LangPack) -> bool:
    """Whether two affiliations can be one organisation: unknown on either side, or sharing a
    word of the name beyond the generic nouns ("Kementerian Perairan Darat" ≠ "Perusahaan Kenanga";
    "Kenanga" = "PT Kenanga")."""
    if not a or not b:
        return True
    generic = pack.organization_nouns | pack.org_name_words | pack.definite_markers | {"the", "of", "for"}
    wa = {w for w in _WORD.findall(a.lower()) if w not in generic}
    wb = {w for w in _WORD.findall(b.lower()) if w not in generic}
    return not wa or not wb or bool(wa & wb)


def _heads_match(a: str | None, b: str | None, pack: LangPack) -> bool:
    if a is None or b is None:
        return False
    norm = lambda h: h[:-1] if not pack.head_first and h.endswith("s") else h  # noqa: E731
    if norm(a) == norm(b) or {norm(a), norm(b)} <= {"person", "people", "peopl"}:
        return True
    # "dua orang …" then "kedua sumber tersebut", "two people …" then "the sources": a source
    # noun names whoever was cited, whatever noun cited them
    generic = pack.discourse.generic_source_heads
    people = pack.person_nouns | pack.group_nouns
    return (a in generic and b in people) or (b in generic and a in people)


def _group_of(m: Mention, entities: _Entities, pack: LangPack) -> str | None:
    """The group a subset belongs to: the last group larger than the subset."""
    recent = _recent(entities)
    if m.subset and m.definite and m.head:
        # "salah satu pejabat tersebut", "one of the officials": the determiner points back to
        # the group with the same head noun ("dua pejabat …"), past other groups
        same = [e for e in recent if _heads_match(m.head, e.head, pack)]
        recent = same + [e for e in recent if e not in same]
    for e in recent:
        if e.member_of or e.kind is not SourceKind.PEOPLE:
            continue
        if m.count is not None and e.count is not None and e.count <= m.count:
            continue
        if m.definite and not m.subset and not _heads_match(m.head, e.head, pack):
            continue  # "kedua orang tersebut" is part of an earlier group of "orang"
        # ("one of them": a pronoun says nothing of anonymity)
        if e.anonymous == m.anonymous or m.head in ("sumber", "source", "sources") \
                or m.subset and m.head is None:
            return e.id
    return None


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
