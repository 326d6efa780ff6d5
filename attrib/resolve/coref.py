"""Mentions → sources across the article: each mention parsed and resolved, in article order, against the sources seen so far."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from bisect import bisect_right

from ..lang.base import LangPack
from ..model import Source, SourceKind, Span
from ..pipeline.found import Extraction, FoundResponse, Offsets
from ..pipeline.responses import party_joins
from .mention import Mention, _name_after_comma, parse_mention
from .names import _verb_follows, person_names, statistical_names
from .resolvers import _Entities, _Entity, _find, _group_of, _holder, _new
from .words import _PEOPLE, _TOKEN, _WORD, _bare, _in_org_name, _lowercase_words, _not_name, _org_like


@dataclass
class Resolved:
    sources: list[Source] = field(default_factory=list)
    by_mention: dict[Offsets, str] = field(default_factory=dict)  # mention span → source id
    response_party: dict[Offsets, str] = field(default_factory=dict)  # party span → source id
    responses: list[FoundResponse] = field(default_factory=list)
    mentions: dict[Offsets, Mention] = field(default_factory=dict)  # mention span → parse


def resolve(text: str, pack: LangPack, ext: Extraction) -> Resolved:
    """Every source mention → one source id; sources in order of first mention."""
    embedded = {m for f in ext.found if f.embedded for m in f.mentions}
    # where each mention's attribution begins: "“…,” ujarnya" looks back from the quote
    starts: dict[Offsets, int] = {}
    for f in ext.found:
        for m in f.mentions:
            starts[m] = min(starts.get(m, m[0]), f.hull[0], m[0])
    quoted = sorted(c for f in ext.found if f.direct for c in f.content)
    ents = getattr(ext, "entities", [])
    # "kata Galih": a speaker the extraction found by one capitalised word
    speakers = frozenset(w for f in ext.found for a, b in f.mentions
                         for w in [text[a:b].strip()] if _ONE_NAME.match(w))
    names = statistical_names(text, pack, ext)
    people = person_names(text, pack, ents, quoted, speakers, names)
    if pack.find_names is not None:
        # "Kepala Biro … Budi Santoso Wijaya …, kata Budi": where the article's own references
        # put a name's start, a titled mention's name starts too (not two words before its end)
        # (names of two words or more: a one-word speaker is judged by the rules below)
        names = sorted(set(names) | {(a, b, "PER") for a, b in people if " " in text[a:b].strip()})
    # "Budi menuturkan , Ani belum hadir . “…,” ujarnya": a person named inside what a source
    # reported is talked about, not the one who goes on speaking
    talk = people_outside(people, sorted(c for f in ext.found if not f.direct for c in f.content))
    parties = {r.party for r in ext.responses}
    # "Kontan melaporkan bahwa …": the subject of a reporting verb is an outlet or a body
    reporters = _mentions_by_cue(text, ext, pack.reporting_forms)
    # "seperti dilansir Reuters", "Mengutip Bloomberg": what is cited so is a publication
    cited = _mentions_by_cue(text, ext, pack.discourse.citation_cues)
    spans = sorted({m for f in ext.found for m in f.mentions} | parties)
    out = Resolved(responses=list(ext.responses))
    entities = _Entities()
    entities.text = text
    for span in spans:
        m = parse_mention(text, span, pack, ents, names)
        # (a mention opening with a lower-case role noun names no one itself: its "name" is
        # then a word of the organisation, "pengamat dari Universitas Sukamaju")
        if pack.find_names is not None and (not m.name or text[span[0]:span[0] + 1].islower()) \
                and m.kind is SourceKind.PERSON \
                and m.count in (None, 1) and not (m.pronoun or m.embedded or m.zero or m.subset):
            _name_after_comma(text, span, pack, m)
        if span in embedded:
            m.embedded, m.zero, m.kind = True, False, SourceKind.PERSON
        out.mentions[span] = m
        if m.proper_single and m.kind is SourceKind.ORGANIZATION \
                or m.kind is SourceKind.PERSON and m.name and (" " not in m.name.strip() or pack.head_first):
            _given_name(text, m, people)
        if m.proper_single and m.kind is SourceKind.ORGANIZATION and not ents \
                and span not in parties and span not in reporters and not _in_org_name(text, m.text.strip(), pack) \
                and not _after_org_word(text, _bare(m.text), pack):
            # without NER, "kata Agus" is a person: a speaker named by one word is far more
            # often a person than a company ("Huawei tidak membalas" stays an organisation)
            m.kind, m.name, m.count = SourceKind.PERSON, _bare(m.text), 1
        if span in cited and m.kind in (SourceKind.ORGANIZATION, SourceKind.UNKNOWN, SourceKind.PERSON) \
                and not m.role and not (m.kind is SourceKind.PERSON and m.name and not m.proper_single):
            m.kind, m.name, m.count, m.named = SourceKind.MEDIA, None, None, True
        ent = _find(m, entities, pack)
        if ent is not None and span in parties and not party_joins(m, ent):
            ent = None  # "Juru bicara Kementerian X tidak menanggapi": another party (responses.py)
        if (m.embedded or m.zero or m.pronoun and not m.plural and m.gender != "n") and people:
            # "Fadli Ramadhan, Koordinator …, juga menyampaikan … “…,” ujarnya": a person named
            # after the last speaker is the one "-nya"/"dia" refers to
            named = _named_since(text, pack, talk, entities, ent, starts.get(span, span[0]), m.gender,
                                 judge_names=not ents)
            ent = named or ent
        if ent is None:
            ent = _new(m, entities)
            if m.subset or (m.definite and m.count and not m.new):
                ent.member_of = _group_of(m, entities, pack)
                # "Salah satu sumber", "One of them": a nameless part of an anonymous group is
                # as anonymous as the group
                group = next((e for e in entities if e.id == ent.member_of), None)
                if group is not None and group.anonymous and not (m.name or m.role):
                    ent.anonymous = True
        else:
            ent.absorb(m)
            if m.pronoun and m.gender in ("m", "f") and ent.kind is SourceKind.PERSON:
                ent.gender = ent.gender or m.gender
        if not m.zero:  # "tidak dapat" is where a subject is missing, not a mention
            ent.mentions.append(Span.of(text, *span))
        alias = _alias_after(text, span[1], pack)
        if alias and ent.kind is SourceKind.PERSON:
            ent.aliases.add(alias.lower())
        ent.last = max(ent.last, span[0])
        entities.touch(ent)
        out.by_mention[span] = ent.id
    for r in ext.responses:
        out.response_party[r.party] = out.by_mention[r.party]
    # "Acme spokesperson Jane Doe" → the organisation "Acme Corp", when it is a source too
    by_name: dict[str, str] = {}
    for e in entities:
        if e.kind in (SourceKind.ORGANIZATION, SourceKind.MEDIA):
            for n in (e.name, e.first.key):
                if n:
                    by_name.setdefault(n.lower(), e.id)
                    # "Acme" for "Acme Corp"; not "Kementerian" for "Kementerian Kesehatan"
                    # (a generic first word: "Kementerian Keuangan" is another ministry)
                    first = n.lower().split()[0]
                    if first not in pack.org_name_words and first not in pack.organization_nouns:
                        by_name.setdefault(first, e.id)
    for e in entities:
        aff = by_name.get((e.affiliation or "").lower()) if e.kind in _PEOPLE else None
        out.sources.append(Source(
            id=e.id, label=_bare(e.first.text), kind=e.kind, named=e.named, anonymous=e.anonymous,
            count=e.count, name=e.name, role=e.role, affiliation=e.affiliation,
            mentions=tuple(e.mentions), member_of=e.member_of, affiliated_with=aff))
    return out


def people_outside(people: list[Offsets], contents: list[Offsets]) -> list[Offsets]:
    """The names in ``people`` (text order) that no content span in ``contents`` holds."""
    starts = [c[0] for c in contents]
    reach: list[int] = []  # the furthest content end so far, for overlapping contents
    for c in contents:
        reach.append(max(c[1], reach[-1] if reach else c[1]))
    out = []
    for a, b in people:
        k = bisect_right(starts, a) - 1
        if k < 0 or reach[k] <= a:
            out.append((a, b))
    return out


def _alias_after(text: str, end: int, pack: LangPack) -> str | None:
    """"Darsono yang akrab disapa Sono", "Sulastri , biasa dipanggil Tari": the name the person
    goes by, right after the mention."""
    verbs = pack.discourse.alias_verbs
    if not verbs:
        return None
    mo = _ALIAS.match(text, end, end + 60)
    return mo.group(2) if mo and mo.group(1).lower() in verbs else None


# ", yang akrab disapa X" / " yang biasa dipanggil X" / ", akrab disapa X"
_ALIAS = re.compile(r"\s*,?\s*(?:yang\s+)?(?:[a-z]+\s+)?([a-z]+)\s+([A-Z][\w'’-]+)")


def _after_org_word(text: str, word: str, pack: LangPack) -> bool:
    """"Kenanga membantah" where the article wrote "PT Kenanga Energi …" (or "Partai Kenanga"):
    a word the article puts after an organisation's word names the organisation."""
    if not word or " " in word:
        return False
    return any(mo.group(1).lower() in pack.org_name_words
               for mo in re.finditer(rf"\b(\w+)\s+{re.escape(word)}\b", text))


def _mentions_by_cue(text: str, ext: Extraction, words: frozenset[str]) -> set[Offsets]:
    """The source mentions of the relations whose cue ends in one of ``words``."""
    out: set[Offsets] = set()
    for f in ext.found:
        cue = text[f.cue[0]:f.cue[1]].lower().split() if f.cue else ()
        if cue and cue[-1] in words:
            out.update(f.mentions)
    return out


_ONE_NAME = re.compile(r"^[A-Z][a-z]+$")


def _given_name(text: str, m: Mention, people: list[Offsets]) -> None:
    """"kata Agus" after "Agus Santoso, Kepala …" elsewhere: one word of a person's name
    named earlier is that person, not an organisation."""
    # ("Kendati begitu , Cahyo": the capitalised word of a one-name mention is its last)
    word = m.name.strip() if m.name else (_WORD.findall(m.text) or [""])[-1]
    k = bisect_right(people, (m.span[0], m.span[0]))
    for a, b in reversed(people[:k]):
        full = text[a:b]
        # (and "Ahmad Riza" of "Rizal Putra Harsa": the first words of a longer name)
        if b - a > len(word) and (word in full.split() or _blend(word, full.split())
                                  or " " in word and full.startswith(word + " ")):
            m.kind, m.name, m.count, m.named = SourceKind.PERSON, text[a:b], 1, True
            m.proper_single = False
            return


def _in_object(text: str, a: int, b: int, pack: LangPack) -> bool:
    """A name with a lower-case word before it (past its title) and no verb or comma after it:
    "menahan Yermias karena …", "informasi Sekretaris Daerah Mujiono yang …"."""
    before = _TOKEN.findall(text[max(0, a - 80):a])
    while before and before[-1][:1].isupper():  # the title and affiliation before the name
        before.pop()
    prev = before[-1] if before else ""
    cues = pack.discourse.postposed_cues | pack.discourse.according_to
    if not prev[:1].islower() or prev in cues or prev in pack.speech_verbs:
        return False  # "Sementara itu , X", ". X", "kata X", "menurut X"
    after = _TOKEN.findall(text[b:b + 60])[:2]
    if not after or not after[0][:1].islower():
        return False  # "X , Kepala …", "X ." : apposition or the end of a sentence
    if after[0] in pack.discourse.clause_openers:
        # "Mujiono yang terinfeksi", "Yermias karena …"; not "X yang dihubungi …
        # mengatakan", a subject's passive relative clause
        return not (after[0] == "yang" and len(after) > 1 and after[1].startswith("di"))
    # "Harsono terus mengingatkan": a verb in the next two words makes the name a subject
    return not _verb_follows(after, pack)


def _blend(word: str, parts: list[str]) -> bool:
    """"Danuwi" for "Danu Wicaksana": a nickname blending a given name with the start of the next."""
    lw = word.lower()
    for p, q in zip(parts, parts[1:]):
        rest = lw[len(p):]
        if len(p) >= 3 and lw.startswith(p.lower()) and len(rest) >= 2 and q.lower().startswith(rest):
            return True
    return False


def _named_since(text: str, pack: LangPack, people: list[Offsets], entities: _Entities,
                 ent: _Entity | None, limit: int, gender: str | None = None,
                 judge_names: bool = False) -> _Entity | None:
    """The person named last before ``limit``, if named after the source ``ent`` spoke."""
    # "Peraturan Menteri Kesehatan", "dihubungi Kompas": a source taken for a person whose
    # "name" is no personal name does not hold back the person named since (without NER:
    # with it, the names are the NER's)
    since = ent.last if ent is not None and (not judge_names or _personal(text, pack, ent)) else -1
    k = bisect_right(people, (limit, limit)) - 1  # people are in text order
    while k >= 0 and people[k][1] > limit:
        k -= 1
    # "Widji membenarkan informasi Sekretaris Daerah Mujiono yang terinfeksi": a person named
    # inside a clause (an object) is not the one who goes on speaking (without NER only)
    j = k
    while judge_names and j >= 0 and people[j][0] > since \
            and (_in_object(text, *people[j], pack) and not _passive_agent(text, people[j][0], pack)
                 or _org_words(text, *people[j], pack)):
        j -= 1
    # (when no one else was named since, the name in a clause is still the best guess, unless
    # a source spoke before: "-nya" goes to the last speaker, not to the last person mentioned)
    if j >= 0 and people[j][0] > since or since >= 0:
        k = j
    if k < 0 or people[k][0] <= since:
        return None
    a, b = people[k]
    # "Dedy , Kepala Peleton B dari …", "Ketua Kamar Dagang … Muhammad Arif Wibisono": a name
    # inside the source's own last mention (its title's unit, its affiliation) is that
    # source's words, not another person who spoke since
    if ent is not None and any(sp.start <= a and b <= sp.end for sp in ent.mentions if sp.start == ent.last):
        return None
    title = text[a:b].lower() if text[a:b].lower() in pack.roles else None
    if title and _holder(title, entities) is None:
        # "Presiden Danu Wicaksana meresmikan … Presiden juga mengingatkan": the person named
        # right after the same title, before
        k2 = next((j for j in range(k - 1, -1, -1)
                   if text[max(0, people[j][0] - len(title) - 2):people[j][0]].strip().lower().endswith(title)), None)
        if k2 is not None:
            a, b = people[k2]
            k, title = k2, None
    m = parse_mention(text, (a, b), pack)
    if " " not in text[a:b]:  # "Galih menjelaskan": the person named in full before
        _given_name(text, m, people[:k])
    if not m.name and not title:
        m.name = text[a:b]
    m.kind = SourceKind.PERSON
    # "Presiden" after "Presiden Danu Wicaksana": a title alone is its holder, named before
    found = _holder(title, entities) if title else _find(m, entities, pack)
    if found is not None and gender and found.gender and found.gender != gender:
        return None  # "he" after "Edith Marlowe, she said": not her
    if found is None:
        found = _new(m, entities)
    found.mentions.append(Span.of(text, a, b))
    found.last = max(found.last, a)
    entities.touch(found)
    return found


def _org_words(text: str, a: int, b: int, pack: LangPack) -> bool:
    """"Pemkot Sukamaju menegaskan …": a "name" holding an organisation's word is a body,
    not the person who goes on speaking."""
    return any(_org_like(w, pack) for w in _WORD.findall(text[a:b]))


def _passive_agent(text: str, a: int, pack: LangPack) -> bool:
    """"Pesan serupa disampaikan Wakil Presiden X", "dikatakan oleh X": the agent of a passive
    verb of saying (past its title) speaks, though a lower-case word stands before it."""
    before = _TOKEN.findall(text[max(0, a - 80):a])
    while before and before[-1][:1].isupper():  # the title and affiliation before the name
        before.pop()
    if before and before[-1] in pack.tokens.agent_markers:
        before.pop()
    return bool(before) and before[-1] in pack.tokens.passive_speech_cues


def _personal(text: str, pack: LangPack, ent: _Entity) -> bool:
    """Whether a source's name (or its first words) could be a person's."""
    if ent.kind is not SourceKind.PERSON:
        return True
    name = ent.name or (ent.first.text if ent.first.proper_single else None)
    if not name:
        return True  # "juru bicara", "ujarnya": no name to judge
    # the last word is the surname ("Marketplace Belanjaku Kurniawan Rasyid" is still a person's)
    words = _WORD.findall(name)
    return not words or not _not_name(words[-1], pack, _lowercase_words(text))
