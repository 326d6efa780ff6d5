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
from .entities import _Entities, _Entity, _new
from .resolvers import _find, _first_words_refer, _group_of, _holder
from .words import _PEOPLE, _TOKEN, _WORD, _bare, _in_org_name, _lowercase_words, _not_name, _org_like


@dataclass
class Resolved:
    sources: list[Source] = field(default_factory=list)
    by_mention: dict[Offsets, str] = field(default_factory=dict)  # mention span → source id
    response_party: dict[Offsets, str] = field(default_factory=dict)  # party span → source id
    responses: list[FoundResponse] = field(default_factory=list)
    mentions: dict[Offsets, Mention] = field(default_factory=dict)  # mention span → parse


@dataclass
class _Article:
    """What the whole article says before any mention is resolved: the mentions to resolve,
    the names in the text and the relations each mention belongs to."""

    spans: list[Offsets]  # every source mention and response party, in text order
    embedded: set[Offsets]  # mentions of cues that carry their speaker ("ujarnya")
    starts: dict[Offsets, int]  # where each mention's attribution begins
    ents: list  # the NER's entities (empty without NER)
    names: list  # statistical names (and, with a name finder, the people of two words or more)
    people: list[Offsets]  # the persons named in the text, in text order
    talk: list[Offsets]  # those not inside what a source reported
    parties: set[Offsets]  # the parties of non-answers
    reporters: set[Offsets]  # subjects of a reporting verb ("Kontan melaporkan bahwa …")
    cited: set[Offsets]  # what is cited as a publication ("seperti dilansir Reuters")


def resolve(text: str, pack: LangPack, ext: Extraction) -> Resolved:
    """Every source mention → one source id; sources in order of first mention."""
    art = _read_article(text, pack, ext)
    out = Resolved(responses=list(ext.responses))
    entities = _Entities()
    entities.text = text
    for span in art.spans:
        m = _mention(text, span, pack, art)
        out.mentions[span] = m
        ent = _source_of(text, span, m, pack, art, entities)
        _record(text, span, m, ent, pack, entities)
        out.by_mention[span] = ent.id
    for r in ext.responses:
        out.response_party[r.party] = out.by_mention[r.party]
    out.sources = _sources(entities, pack)
    return out


def _read_article(text: str, pack: LangPack, ext: Extraction) -> _Article:
    """The mentions to resolve, the people named in the text, and the cues around mentions."""
    ents = getattr(ext, "entities", [])
    quoted = sorted(c for f in ext.found if f.direct for c in f.content)
    names = statistical_names(text, pack, ext)
    people = person_names(text, pack, ents, quoted, _one_word_speakers(text, ext), names)
    if pack.find_names is not None:
        # "Kepala Biro … Budi Santoso Wijaya …, kata Budi": where the article's own references
        # put a name's start, a titled mention's name starts too (not two words before its end)
        # (names of two words or more: a one-word speaker is judged by the rules below)
        names = sorted(set(names) | {(a, b, "PER") for a, b in people if " " in text[a:b].strip()})
    parties = {r.party for r in ext.responses}
    return _Article(
        spans=sorted({m for f in ext.found for m in f.mentions} | parties),
        embedded={m for f in ext.found if f.embedded for m in f.mentions},
        starts=_attribution_starts(ext), ents=ents, names=names, people=people,
        # "Budi menuturkan , Ani belum hadir . “…,” ujarnya": a person named inside what a
        # source reported is talked about, not the one who goes on speaking
        talk=people_outside(people, sorted(c for f in ext.found if not f.direct for c in f.content)),
        parties=parties,
        # "Kontan melaporkan bahwa …": the subject of a reporting verb is an outlet or a body
        reporters=_mentions_by_cue(text, ext, pack.reporting_forms),
        # "seperti dilansir Reuters", "Mengutip Bloomberg": what is cited so is a publication
        cited=_mentions_by_cue(text, ext, pack.discourse.citation_cues))


def _attribution_starts(ext: Extraction) -> dict[Offsets, int]:
    """Where each mention's attribution begins: "“…,” ujarnya" looks back from the quote."""
    starts: dict[Offsets, int] = {}
    for f in ext.found:
        for m in f.mentions:
            starts[m] = min(starts.get(m, m[0]), f.hull[0], m[0])
    return starts


def _one_word_speakers(text: str, ext: Extraction) -> frozenset[str]:
    """"kata Galih": the speakers the extraction found by one capitalised word."""
    return frozenset(w for f in ext.found for a, b in f.mentions
                     for w in [text[a:b].strip()] if _ONE_NAME.match(w))


def _mention(text: str, span: Offsets, pack: LangPack, art: _Article) -> Mention:
    """The mention parsed, then typed by what the article says around it."""
    m = parse_mention(text, span, pack, art.ents, art.names)
    # (a mention opening with a lower-case role noun names no one itself: its "name" is
    # then a word of the organisation, "pengamat dari Universitas Sukamaju")
    if pack.find_names is not None and (not m.name or text[span[0]:span[0] + 1].islower()) \
            and m.kind is SourceKind.PERSON \
            and m.count in (None, 1) and not (m.pronoun or m.embedded or m.zero or m.subset):
        _name_after_comma(text, span, pack, m)
    if span in art.embedded:
        m.embedded, m.zero, m.kind = True, False, SourceKind.PERSON
    if m.proper_single and m.kind is SourceKind.ORGANIZATION \
            or m.kind is SourceKind.PERSON and m.name and (" " not in m.name.strip() or _first_words_refer(pack)):
        _given_name(text, m, art.people)
    if _one_word_person(text, span, m, pack, art):
        # without NER, "kata Agus" is a person: a speaker named by one word is far more
        # often a person than a company ("Huawei tidak membalas" stays an organisation)
        m.kind, m.name, m.count = SourceKind.PERSON, _bare(m.text), 1
    if _cited_publication(span, m, art):
        m.kind, m.name, m.count, m.named = SourceKind.MEDIA, None, None, True
    return m


def _one_word_person(text: str, span: Offsets, m: Mention, pack: LangPack, art: _Article) -> bool:
    """Without NER, a one-word "organisation" that is no party, reporter or organisation's
    word: a person ("kata Agus")."""
    return m.proper_single and m.kind is SourceKind.ORGANIZATION and not art.ents \
        and span not in art.parties and span not in art.reporters \
        and not _in_org_name(text, m.text.strip(), pack) and not _after_org_word(text, _bare(m.text), pack)


def _cited_publication(span: Offsets, m: Mention, art: _Article) -> bool:
    """"seperti dilansir Reuters": a mention cited as a publication, unless a role or a
    person's full name says otherwise."""
    return span in art.cited and m.kind in (SourceKind.ORGANIZATION, SourceKind.UNKNOWN, SourceKind.PERSON) \
        and not m.role and not (m.kind is SourceKind.PERSON and m.name and not m.proper_single)


def _source_of(text: str, span: Offsets, m: Mention, pack: LangPack, art: _Article,
               entities: _Entities) -> _Entity:
    """The source the mention refers to: an earlier one (which learns what the mention says)
    or a new one."""
    ent = _find(m, entities, pack)
    if ent is not None and span in art.parties and not party_joins(m, ent):
        ent = None  # "Juru bicara Kementerian X tidak menanggapi": another party (responses.py)
    if (m.embedded or m.zero or m.pronoun and not m.plural and m.gender != "n") and art.people:
        # "Fadli Ramadhan, Koordinator …, juga menyampaikan … “…,” ujarnya": a person named
        # after the last speaker is the one "-nya"/"dia" refers to
        named = _named_since(text, pack, art.talk, entities, ent, art.starts.get(span, span[0]), m.gender,
                             judge_names=not art.ents)
        ent = named or ent
    if ent is None:
        return _new_source(m, entities, pack)
    ent.absorb(m)
    if m.pronoun and m.gender in ("m", "f") and ent.kind is SourceKind.PERSON:
        ent.gender = ent.gender or m.gender
    return ent


def _new_source(m: Mention, entities: _Entities, pack: LangPack) -> _Entity:
    """A new source; a subset ("Salah satu sumber", "kedua orang tersebut") is a member of
    its group."""
    ent = _new(m, entities, pack)
    if m.subset or (m.definite and m.count and not m.new):
        ent.member_of = _group_of(m, entities, pack)
        # "Salah satu sumber", "One of them": a nameless part of an anonymous group is
        # as anonymous as the group
        group = next((e for e in entities if e.id == ent.member_of), None)
        if group is not None and group.anonymous and not (m.name or m.role):
            ent.anonymous = True
    return ent


def _record(text: str, span: Offsets, m: Mention, ent: _Entity, pack: LangPack, entities: _Entities) -> None:
    """The mention added to its source: its span, the name the person goes by, its recency."""
    if not m.zero:  # "tidak dapat" is where a subject is missing, not a mention
        ent.mentions.append(Span.of(text, *span))
    alias = _alias_after(text, span[1], pack)
    if alias and ent.kind is SourceKind.PERSON:
        ent.aliases.add(alias.lower())
    ent.last = max(ent.last, span[0])
    entities.touch(ent)


def _sources(entities: _Entities, pack: LangPack) -> list[Source]:
    """The report's sources, in order of first mention, each person affiliated with an
    organisation that is a source too."""
    by_name = _organisations_by_name(entities, pack)
    out = []
    for e in entities:
        aff = by_name.get((e.affiliation or "").lower()) if e.kind in _PEOPLE else None
        out.append(Source(
            id=e.id, label=_bare(e.first.text), kind=e.kind, named=e.named, anonymous=e.anonymous,
            count=e.count, name=e.name, role=e.role, affiliation=e.affiliation,
            mentions=tuple(e.mentions), member_of=e.member_of, affiliated_with=aff))
    return out


def _organisations_by_name(entities: _Entities, pack: LangPack) -> dict[str, str]:
    """"Acme spokesperson Jane Doe" → the organisation "Acme Corp", when it is a source too:
    each organisation's names (and their first word) → its id."""
    by_name: dict[str, str] = {}
    for e in entities:
        if e.kind not in (SourceKind.ORGANIZATION, SourceKind.MEDIA):
            continue
        for n in (e.name, e.first.key):
            if n:
                by_name.setdefault(n.lower(), e.id)
                # "Acme" for "Acme Corp"; not "Kementerian" for "Kementerian Kesehatan"
                # (a generic first word: "Kementerian Keuangan" is another ministry)
                first = n.lower().split()[0]
                if first not in pack.org_name_words and first not in pack.organization_nouns:
                    by_name.setdefault(first, e.id)
    return by_name


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
    mo = pack.compiled("resolve.alias", _alias_pattern).match(text, end, end + 60)
    return mo.group(2) if mo and mo.group(1).lower() in verbs else None


def _alias_pattern(pack: LangPack) -> re.Pattern[str]:
    """", yang akrab disapa X" / " yang biasa dipanggil X" / ", akrab disapa X": an optional
    relative marker (pack ``relative_markers``), an adverb, the verb, the name."""
    markers = sorted(pack.discourse.relative_markers)
    relative = r"(?:(?:" + "|".join(map(re.escape, markers)) + r")\s+)?" if markers else ""
    return re.compile(r"\s*,?\s*" + relative + r"(?:[a-z]+\s+)?([a-z]+)\s+([A-Z][\w'’-]+)")


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
        return not _passive_relative(after, pack)
    # "Harsono terus mengingatkan": a verb in the next two words makes the name a subject
    return not _verb_follows(after, pack)


def _passive_relative(after: list[str], pack: LangPack) -> bool:
    """"yang dihubungi", "yang ditemui": a relative marker (pack ``relative_markers``) and a
    passive verb (pack ``passive_prefixes``)."""
    return len(after) > 1 and after[0] in pack.discourse.relative_markers \
        and after[1].startswith(tuple(pack.discourse.passive_prefixes))


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
    k = _last_named_before(people, limit)
    if judge_names:
        k = _past_objects(text, pack, people, k, since)
    if k < 0 or people[k][0] <= since:
        return None
    # "Dedy , Kepala Peleton B dari …", "Ketua Kamar Dagang … Muhammad Arif Wibisono": a name
    # inside the source's own last mention (its title's unit, its affiliation) is that
    # source's words, not another person who spoke since
    if ent is not None and _in_last_mention(ent, *people[k]):
        return None
    k, title = _title_or_its_holder(text, pack, people, entities, k)
    return _person_named(text, pack, people, entities, k, title, gender)


def _last_named_before(people: list[Offsets], limit: int) -> int:
    """The index of the last name in ``people`` (text order) that ends by ``limit``; -1: none."""
    k = bisect_right(people, (limit, limit)) - 1
    while k >= 0 and people[k][1] > limit:
        k -= 1
    return k


def _past_objects(text: str, pack: LangPack, people: list[Offsets], k: int, since: int) -> int:
    """"Widji membenarkan informasi Sekretaris Daerah Mujiono yang terinfeksi": past the
    persons named inside a clause (an object) since ``since``, who are not the ones who go on
    speaking (without NER only)."""
    j = k
    while j >= 0 and people[j][0] > since and _not_speaking(text, *people[j], pack):
        j -= 1
    # (when no one else was named since, the name in a clause is still the best guess, unless
    # a source spoke before: "-nya" goes to the last speaker, not to the last person mentioned)
    if j >= 0 and people[j][0] > since or since >= 0:
        return j
    return k


def _not_speaking(text: str, a: int, b: int, pack: LangPack) -> bool:
    """A name in an object (not a passive verb's agent) or a "name" of an organisation."""
    return _in_object(text, a, b, pack) and not _passive_agent(text, a, pack) or _org_words(text, a, b, pack)


def _in_last_mention(ent: _Entity, a: int, b: int) -> bool:
    """Whether the name lies inside the source's own last mention."""
    return any(sp.start <= a and b <= sp.end for sp in ent.mentions if sp.start == ent.last)


def _title_or_its_holder(text: str, pack: LangPack, people: list[Offsets], entities: _Entities,
                         k: int) -> tuple[int, str | None]:
    """The name at ``k`` and, when it is a title alone ("Presiden"), the title; "Presiden Danu
    Wicaksana meresmikan … Presiden juga mengingatkan": when no source holds the title, the
    person named right after the same title, before (and no title)."""
    a, b = people[k]
    title = text[a:b].lower() if text[a:b].lower() in pack.roles else None
    if title and _holder(title, entities, pack) is None:
        k2 = next((j for j in range(k - 1, -1, -1)
                   if text[max(0, people[j][0] - len(title) - 2):people[j][0]].strip().lower().endswith(title)), None)
        if k2 is not None:
            return k2, None
    return k, title


def _person_named(text: str, pack: LangPack, people: list[Offsets], entities: _Entities, k: int,
                  title: str | None, gender: str | None) -> _Entity | None:
    """The source the name at ``k`` refers to (a title alone: its holder, named before), or a
    new one; None when its gender is not the pronoun's."""
    a, b = people[k]
    m = parse_mention(text, (a, b), pack)
    if " " not in text[a:b]:  # "Galih menjelaskan": the person named in full before
        _given_name(text, m, people[:k])
    if not m.name and not title:
        m.name = text[a:b]
    m.kind = SourceKind.PERSON
    # "Presiden" after "Presiden Danu Wicaksana": a title alone is its holder, named before
    found = _holder(title, entities, pack) if title else _find(m, entities, pack)
    if found is not None and gender and found.gender and found.gender != gender:
        return None  # "he" after "Edith Marlowe, she said": not her
    if found is None:
        found = _new(m, entities, pack)
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
