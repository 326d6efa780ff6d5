"""Mentions → sources: one entry per distinct source across the article.

Each source mention the extraction found (and each party of a non-answer) is parsed into a
:class:`Mention` (kind, count, name, role, affiliation, anonymity), then resolved in article
order against the sources seen so far:

- a pronoun, a cue that carries its speaker ("ujarnya") or an elided subject ("…, tetapi tidak
  dapat mengatakan") → the last source that fits (a person for "he"/"dia", a group for "they");
- a subset ("one of the people", "salah satu sumber", "kedua orang tersebut" after three
  people) → its own entry, ``member_of`` the group, never an independent source;
- a new-source marker ("a separate source", "orang keempat") → a new source;
- the same words, a surname ("Hughes" → "Michael Hughes"), a repeated description
  ("tiga orang" … "tiga orang tersebut"), a role ("the spokesperson") → the earlier source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import islice

from .lang.base import LangPack
from .model import Source, SourceKind, Span
from .pipeline.found import Extraction, FoundResponse, Offsets
from .pipeline.responses import party_joins

_WORD = re.compile(r"\w+(?:[.'’&-]\w+)*\.?")
_CAMEL = re.compile(r"^[A-Z][a-z]+[A-Z]")  # "ByteDance", "TikTok": a brand, not a person
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,}[a-z]?$")  # "F.B.I.", "KPK", "BPS"
_PEOPLE = (SourceKind.PERSON, SourceKind.PEOPLE)
_POSSESSIVE = re.compile(r"['’]s$")


def _bare(words: str) -> str:
    """A mention's words as a name: "Halvorsen's" (from "Halvorsen's claim that …") → "Halvorsen"."""
    return _POSSESSIVE.sub("", words.strip())


@dataclass
class Mention:
    """One source mention, parsed: what the words alone say about the source."""

    span: Offsets
    text: str
    kind: SourceKind = SourceKind.UNKNOWN
    count: int | None = None
    named: bool = False
    anonymous: bool = False
    name: str | None = None
    role: str | None = None
    affiliation: str | None = None
    head: str | None = None  # the normalised head noun ("orang", "source", "spokesperson")
    key: str = ""  # the words without determiners, for "same words" matching
    pronoun: bool = False
    plural: bool = False  # "they", "mereka"
    embedded: bool = False  # "ujarnya": the cue names its speaker
    zero: bool = False  # no noun at all: an elided subject
    subset: bool = False  # "one of the sources", "salah satu sumber"
    new: bool = False  # "a separate source", "orang keempat"
    definite: bool = False  # "the spokesperson", "tiga orang tersebut"
    proper_single: bool = False  # one capitalised word: a surname or an organisation
    gender: str | None = None  # "m"/"f" from "he", "spokeswoman"; "n" for "it"


@dataclass
class Resolved:
    sources: list[Source] = field(default_factory=list)
    by_mention: dict[Offsets, str] = field(default_factory=dict)  # mention span → source id
    response_party: dict[Offsets, str] = field(default_factory=dict)  # party span → source id
    responses: list[FoundResponse] = field(default_factory=list)
    mentions: dict[Offsets, Mention] = field(default_factory=dict)  # mention span → parse


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


def parse_mention(text: str, span: Offsets, pack: LangPack,
                  entities: list[tuple[int, int, str]] = (),
                  names: list[tuple[int, int, str]] = ()) -> Mention:
    """What a mention's own words say: kind, count, name, role, affiliation, anonymity.
    ``names``: :func:`statistical_names`, where the pack's rules take them (Indonesian)."""
    s, e = span
    raw = text[s:e]
    m = Mention(span=span, text=raw)
    words = [(s + w.start(), s + w.end(), w.group().rstrip(".") if not _ACRONYM.match(w.group())
              else w.group()) for w in _WORD.finditer(raw)]
    words = [(a, b, re.sub(r"['’]s$", "", w)) for a, b, w in words if w]
    low = [w.lower() for _, _, w in words]
    if not words:
        m.zero = True
        return m
    lowtext = " ".join(low)
    m.key = " ".join(w for w in low if w not in pack.definite_markers and w not in ("a", "an"))
    # "he", "mereka": a pronoun alone
    if len(low) == 1 and low[0] in pack.pronouns:
        m.pronoun = True
        m.plural = low[0] in pack.plural_pronouns
        m.gender = pack.pronoun_genders.get(low[0])
        m.kind = SourceKind.PEOPLE if m.plural else SourceKind.PERSON
        return m
    # "tidak dapat" (from "…, tetapi tidak dapat mengatakan"): no noun, the subject is elided
    if all(w in pack.zero_subject_words or w in pack.negations for w in low):
        m.zero = True
        return m
    # "…, saat dihubungi, mengatakan": a lone verb where the subject should be; the subject
    # (named before) is elided
    if len(low) == 1 and raw.strip()[:1].islower() and low[0] not in _common(pack) \
            and any(low[0].startswith(p) and len(low[0]) > len(p) + 3 for p in pack.verb_prefixes):
        m.zero = True
        return m
    if raw.strip()[:1].islower() and _clause_not_noun(low, pack):
        m.zero = True
        return m
    m.subset = any(re.search(p, lowtext) for p in pack.subset_patterns)
    # "tiga orang yang mengetahui masalah tersebut": a relative clause's words do not count
    cut = next((i for i, w in enumerate(low) if i and w in pack.postmodifiers), len(low))
    m.definite = any(w in pack.definite_markers for w in low[:cut])
    m.new = any(w in pack.new_source_markers for w in low[:cut])
    m.count = _count(low, pack, m)
    m.gender = next((pack.gender_words[w] for w in low if w in pack.gender_words), None)
    m.head = _head(low, pack)
    ents = _entities_within(entities, s, e)
    comma = raw.find(",")
    if comma > 0 and not ents and _clause_before_comma(text, s, s + comma, pack):
        # "Menanggapi pelaporan ini , Sutarno", "Sebelumnya , Kepala BMKG X": a clause or an
        # adverb before the comma; the source is what follows it
        k = s + comma + 1
        while k < e and text[k].isspace():
            k += 1
        inner = parse_mention(text, (k, e), pack, entities, names) if k < e else None
        # (only for a person's name after it: "Menurut data , Satuan Tugas …" stays as it is)
        name = (inner.name or (inner.text if inner.proper_single else "")) if inner is not None else ""
        title = inner is not None and inner.role is not None and inner.text.strip() == inner.role
        if title or name and inner.kind is SourceKind.PERSON \
                and not any(_not_name(w, pack, _lowercase_words(text)) for w in _WORD.findall(name)):
            inner.span, inner.text = span, raw
            return inner
    if comma > 0 and not any(lab in ("PERSON", "ORG") for *_, lab in ents):
        _apposition(text, s + comma, span, pack, m)
    if m.name is None and m.role is None:
        _names(text, words, low, pack, ents, m)
    if names:
        _statistical_name(text, span, words, names, pack, m)
    # "salah satu warga Kampung Randu Alas", "warga Desa Sukamaju": the capitalised words after a
    # noun for residents name their place, not a person
    if m.name and pack.extra.get("resident_nouns"):
        k = next((i for i, (a, _, _) in enumerate(words) if a == s + raw.find(m.name)), None) \
            if m.name in raw else None
        if k and low[k - 1] in pack.extra["resident_nouns"]:
            m.affiliation, m.name = m.name, None
    # "Salah satu sumber", "One of them": the words that make a subset ("salah satu", "one
    # of") are no one's name, whatever their case
    if m.subset and m.name:
        opener = next((mo.group() for p in pack.subset_patterns for mo in [re.search(p, lowtext)] if mo), "")
        if set(m.name.lower().split()) <= set(opener.split()):
            m.name = None
    # "Mantan Gubernur DKI Jakarta itu": a title and a place closed by a determiner refer back
    # to a person named before; the place is no name (Indonesian: the determiner comes last)
    if pack.head_first and m.role and (low[-1] in pack.definite_markers or _determiner_after(text, e, pack)) \
            and not ents \
            and (m.name is None or " " not in m.name.strip()
                 or any(w.lower() in pack.place_words for w in m.name.split())
                 or _used_as_place(text, m.name.split()[-1], pack)):
        m.zero = True
        return m
    m.kind = _kind(raw, low, pack, ents, m)
    # "one Democrat familiar with the discussion", "two Republicans": a count before a group's
    # name (a nationality, a party: NER's NORP) is that many of its members, not the group
    nationality = [(a, b) for a, b, lab in ents if lab == "NORP"]
    if m.count is not None and low[0] in pack.number_words and nationality and not m.role \
            and m.kind in (SourceKind.ORGANIZATION, SourceKind.UNKNOWN):
        m.kind = SourceKind.PERSON if m.count == 1 else SourceKind.PEOPLE
        m.name, m.affiliation = None, text[nationality[0][0]:nationality[0][1]]
    # "One of them", "salah seorang dari mereka": a part of the group the pronoun points to,
    # one person when counted so
    if m.subset and m.kind is SourceKind.UNKNOWN and low[-1] in pack.plural_pronouns:
        m.kind = SourceKind.PERSON if m.count == 1 else SourceKind.PEOPLE
    if m.kind is SourceKind.MEDIA:  # "The New York Post" names no person
        m.name = None
    if m.kind is SourceKind.PERSON and m.count is None:
        m.count = 1
    if m.kind not in _PEOPLE:  # a count is of individuals, not of reports or companies
        m.count = None
    # "sumber terpisah" ("a separate source"): a new source named by a singular noun is one
    if m.new and m.count is None and m.head in pack.person_nouns and m.kind in _PEOPLE:
        m.count, m.kind = 1, SourceKind.PERSON
    m.named = bool(m.name) or (m.kind in (SourceKind.ORGANIZATION, SourceKind.MEDIA, SourceKind.DOCUMENT)
                               and bool(_proper_indices(text, words, low, pack)))
    m.anonymous = _anonymous(lowtext, pack, m)
    return m


def _used_as_place(text: str, word: str, pack: LangPack) -> bool:
    """"Kepala Dinas Pertamanan Sukamaju ini" where the article writes "Kota Sukamaju" or "di
    Sukamaju": the name's last word is a place the article names, not a surname."""
    before = pack.place_words | pack.place_prepositions
    return any(mo.group(1).lower() in before
               for mo in re.finditer(rf"\b(\w+)\s+{re.escape(word)}\b", text))


def _determiner_after(text: str, e: int, pack: LangPack) -> bool:
    """"Menurut Wali Kota Surabaya dua periode ini": a few lower-case words after the mention
    closed by a determiner still make the title point back to the person named before."""
    after = _TOKEN.findall(text[e:e + 40])[:4]
    for w in after:
        if w in pack.definite_markers:
            return True
        if not (w.isalpha() and w.islower()) or w in pack.speech_verbs \
                or any(w.startswith(p) and len(w) > len(p) + 3 for p in pack.verb_prefixes):
            return False  # punctuation, a name or a verb: the mention's phrase has ended
    return False


def _clause_not_noun(low: list[str], pack: LangPack) -> bool:
    """A lower-case mention that is no noun phrase: the subject it stands for was named before."""
    # "Muslim , juga juru bicara …", "Agus … adalah pejabat eselon I": an apposition or a
    # predicate describes the subject named before it
    if low[0] in pack.apposition_openers:
        return True
    # "Diah , yang dihubungi Kompas , menambahkan", "Parid , akrab disapa Mili": a verb in the
    # first two words (and no noun or title before it) is a clause about the subject
    common = _common(pack) | _title_words(pack)
    for w in low[:2]:
        if w in common:
            return False
        if any(w.startswith(p) and len(w) > len(p) + 3 for p in pack.verb_prefixes):
            return True
    return False


def _clause_before_comma(text: str, s: int, comma: int, pack: LangPack) -> bool:
    """Whether the words before a mention's comma are an opening clause or adverb, not a name
    or a role ("Apabila PSBB diperpanjang kembali ,", "Sebelumnya ,", not "Ketua DPR ,")."""
    words = _WORD.findall(text[s:comma])
    if not words:
        return False
    low = [w.lower().rstrip(".") for w in words]
    if _role_at(low, pack) or low[0] in _title_words(pack):
        return False
    particles = pack.extra.get("name_particles", frozenset())
    # a lower-case word (other than a name's "bin", "van") is no part of a name
    if any(w[:1].islower() and lw not in particles for w, lw in zip(words, low)):
        return True
    # "Sebelumnya ,", "Menanggapi hal itu ,": an opener the article also writes in lower case,
    # or a capitalised verb ("Menanggapi", "Diperlonggar")
    # ("Sebelumnya ,", "Selanjutnya ,": an adverb in "-nya")
    return low[0] in _lowercase_words(text) or low[0] in pack.extra.get("discourse_words", ()) \
        or len(words) == 1 and pack.head_first and low[0].endswith("nya") and len(low[0]) > 6 \
        or any(low[0].startswith(p) and len(low[0]) > len(p) + 3 for p in pack.verb_prefixes)


def _apposition(text: str, comma: int, span: Offsets, pack: LangPack, m: Mention) -> None:
    """"Ani Lestari, Ketua Asosiasi Pedagang Beras" / "Kepala Dinas X, Budi Santoso": a name
    and a role on either side of the comma."""
    s, e = span
    left = parse_mention(text, (s, comma), pack)
    k = comma + 1
    while k < e and text[k].isspace():
        k += 1
    right = parse_mention(text, (k, e), pack)
    for name_part, role_part, (rs, re_) in ((left, right, (k, e)), (right, left, (s, comma))):
        name = name_part.name or (name_part.text.strip() if name_part.proper_single else None)
        if name and not name_part.role and role_part.role:
            m.name = name
            # the role side has no name: the role runs to the first organisation word
            # ("Kepala Unit Reserse Kriminal | Kepolisian Sektor Cilandak"), the rest is the
            # affiliation; without one, it is all role ("Menteri Keuangan")
            side = text[rs:re_].strip(" ,")
            i = max(side.find(role_part.role.split()[0]), 0)
            ws = [(w.start(), w.group()) for w in _WORD.finditer(side) if w.start() >= i]
            cut = next((a for k, (a, w) in enumerate(ws)
                        if k >= len(role_part.role.split()[:1]) and _org_like(w, pack)), None)
            m.role = side[i:cut].strip(" ,") if cut is not None else side[i:]
            m.affiliation = side[cut:] if cut is not None else role_part.affiliation
            return


def _count(low: list[str], pack: LangPack, m: Mention) -> int | None:
    """"tiga orang" → 3, "one of the people" → 1, "a fourth person"/"orang keempat" → 1."""
    people = pack.person_nouns | pack.group_nouns
    for i, w in enumerate(low[:4]):
        # "3 orang", "2 pejabat": a number before a noun for people ("Ketua RW 03" is a unit);
        # not "¹"/"①" (digits, yet no decimal number) nor a 5,000-digit run
        if w.isdecimal() and len(w) <= 9 and i + 1 < len(low) and low[i + 1] in people:
            return int(w)
        if w.isdecimal():
            continue
        # "orang keempat", "a fourth person": an ordinal names one more individual
        if w in pack.ordinal_words and (w not in pack.number_words or i > 0 and low[i - 1] not in pack.definite_markers):
            m.new = True
            return 1
        if w in pack.number_words and not (w in ("a", "an") and m.subset):
            return pack.number_words[w]
    if m.subset and low[:2] in (["salah", "satu"], ["salah", "seorang"]):
        return 1
    return None


def _head(low: list[str], pack: LangPack) -> str | None:
    """The noun that says what the source is: first known noun (Indonesian), last (English)."""
    nouns = _head_nouns(pack)
    hits: list[str] = []
    for i, w in enumerate(low):
        two = " ".join(low[i:i + 2])
        if two in nouns or two in pack.roles:
            hits.append(two)
        elif w in nouns:
            hits.append(w)
        # English post-modifiers end the noun phrase: "people familiar with", "officials who"
        if hits and w in pack.postmodifiers:
            break
    if not hits:
        return None
    return hits[0] if pack.head_first else hits[-1]


_NOUNS: dict[int, frozenset[str]] = {}


def _head_nouns(pack: LangPack) -> frozenset[str]:
    """Every noun that can head a source mention (built once per pack)."""
    got = _NOUNS.get(id(pack))
    if got is None:
        got = _NOUNS[id(pack)] = frozenset(pack.person_nouns | pack.group_nouns | pack.organization_nouns
                                           | pack.document_nouns | pack.media_nouns)
    return got


_MEDIA: dict[int, frozenset[str]] = {}


def _media_lower(pack: LangPack) -> frozenset[str]:
    got = _MEDIA.get(id(pack))
    if got is None:
        got = _MEDIA[id(pack)] = frozenset(n.lower() for n in pack.media_names)
    return got


_COMMON: dict[int, frozenset[str]] = {}


def _common(pack: LangPack) -> frozenset[str]:
    """The pack's common words: capitalised at a sentence start, they are still not names."""
    got = _COMMON.get(id(pack))
    if got is None:
        got = _COMMON[id(pack)] = frozenset(
            pack.person_nouns | pack.group_nouns | pack.organization_nouns | pack.document_nouns
            | pack.pronouns | pack.definite_markers | set(pack.number_words) | set(pack.ordinal_words)
            | pack.function_words | pack.media_nouns | pack.zero_subject_words)
    return got


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
    # ("kerja." at a sentence end is "kerja")
    return frozenset(w.rstrip(".") for w in _WORD.findall(text) if w[:1].islower())


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


def _names(text: str, words, low: list[str], pack: LangPack, ents, m: Mention) -> None:
    """Role ("juru bicara"), affiliation ("ByteDance") and personal name ("Michael Hughes")."""
    role_at = _role_at(low, pack)
    persons = [(a, b) for a, b, lab in ents if lab == "PERSON"]
    orgs = [(a, b) for a, b, lab in ents if lab in ("ORG", "NORP", "GPE", "FAC")]
    if persons or orgs:  # the English pipeline's NER: trust it
        if _ner_names(text, words, low, pack, persons, orgs, role_at, m):
            return
    proper = _proper_indices(text, words, low, pack)
    if role_at:
        role_at = _extend_role(words, proper, role_at, pack)
        m.role = text[words[role_at[0]][0]:words[role_at[1] - 1][1]]
    if m.head in pack.document_nouns or m.head in pack.media_nouns:
        # "laporan Bank Dunia", "a report by the World Bank": the author, not a person (as
        # NER names it, when it does: "The New York Times", whose "New" is a common word)
        if orgs and not m.affiliation:
            m.affiliation = re.sub(r"^(?:the|The)\s+", "", text[orgs[0][0]:orgs[0][1]])
        if proper and not m.affiliation:
            m.affiliation = text[words[proper[0]][0]:words[proper[-1]][1]]
        return
    if not (persons or orgs):
        _split_proper(text, words, low, proper, role_at, pack, m)
    elif m.name and m.affiliation is None:
        # "Globex spokesperson Ann Lee" with NER naming only the person: the capitalised
        # words outside the name and the role are the affiliation
        a, b = persons[-1]
        rest = [i for i in proper if not (a <= words[i][0] < b)
                and not (role_at and role_at[0] <= i < role_at[1])]
        run = [i for k, i in enumerate(rest) if i - rest[0] == k]
        if run:
            m.affiliation = text[words[run[0]][0]:words[run[-1]][1]]


def _role_at(low: list[str], pack: LangPack) -> tuple[int, int] | None:
    """Where the longest role phrase is ("press secretary", "juru bicara", "kepala")."""
    for n in (3, 2, 1):
        for i in range(len(low) - n + 1):
            if " ".join(low[i:i + n]) in pack.roles:
                return i, i + n
    return None


def _extend_role(words, proper: list[int], role_at: tuple[int, int], pack: LangPack) -> tuple[int, int]:
    """"Kepala Unit Reserse Kriminal Polsek Cilandak Yohanes Siregar": a one-word title takes
    its unit over capitalised words up to an organisation word, leaving two words for a name;
    a full title ("juru bicara", "Wali Kota") is followed by the organisation, then the name."""
    i0, i1 = role_at
    if not pack.head_first or i1 - i0 != 1:
        return role_at
    rest = [i for i in proper if i >= i1]
    while rest and rest[0] == i1 and len(rest) > 2 and not _org_like(words[i1][2], pack):
        # "Menteri Perhubungan Bagus Karta Sumirat": three words that can all be a name's, right
        # after a nominalisation ("Perhubungan"), are the name
        if len(rest) == 3 and rest[-1] - rest[0] == 2 \
                and _thing_word(words[i1 - 1][2].lower(), pack) \
                and not any(_not_name_word(words[i][2], pack) for i in rest):
            break
        i1 += 1
        rest = rest[1:]
    return i0, i1


def _ner_names(text: str, words, low: list[str], pack: LangPack, persons: list[Offsets],
               orgs: list[Offsets], role_at, m: Mention) -> bool:
    """Name and affiliation from the entities NER found in the mention; True when done."""
    head_i = next((i for i, w in enumerate(low) if m.head and (w == m.head or m.head.startswith(w + " "))), None)
    if head_i is not None and not pack.head_first and persons:
        h0 = words[head_i][0]
        cut = next((words[i][0] for i in range(head_i + 1, len(low)) if low[i] in pack.postmodifiers), None)
        # "Harold Pryce's doctor", "Marlowe supporters": a name before the head modifies it;
        # "a spokeswoman for Edith Marlowe": a name after a preposition is the affiliation
        # ("Brian Cole, an analyst at Bernstein": a name set off by a comma is in apposition)
        mods = [(a, b) for a, b in persons if b <= h0 and "," not in text[b:h0]
                or cut is not None and a >= cut]
        if mods:
            m.affiliation = re.sub(r"['’]s$", "", text[mods[0][0]:mods[0][1]])
        persons[:] = [p for p in persons if p not in mods]
    if persons:
        m.name = _bare(text[persons[-1][0]:persons[-1][1]])  # "Halvorsen's claim": the name is "Halvorsen"
    if orgs and not m.affiliation and (persons or role_at or m.head in pack.person_nouns
                                       or m.head in pack.group_nouns):
        m.affiliation = re.sub(r"^(?:the|The)\s+", "", text[orgs[0][0]:orgs[0][1]])
    elif orgs and not persons and not m.affiliation and head_i is None and not role_at:
        # "the Commission on Presidential Debates": an organisation by NER
        m.head = "org"
        m.key = m.key or text[orgs[0][0]:orgs[0][1]].lower()
        return True
    return False


def _split_proper(text, words, low, proper, role_at, pack: LangPack, m: Mention) -> None:
    """Capitalised words → affiliation and personal name, without NER."""
    if not proper:
        return
    runs: list[list[int]] = [[proper[0]]]
    for i in proper[1:]:
        if i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    if role_at:  # the role is not part of a name
        runs = [[i for i in r if not role_at[0] <= i < role_at[1]] for r in runs]
        runs = [r for r in runs if r]
    if role_at and pack.org_name_connectors:
        # "Direktur Jenderal Bea dan Cukai Askolani": after a title, "dan" between capitalised
        # words joins one organisation's name ("Bea dan Cukai"), not two sources
        joined: list[list[int]] = []
        for r in runs:
            if joined and r[0] == joined[-1][-1] + 2 and low[r[0] - 1] in pack.org_name_connectors:
                joined[-1] += [r[0] - 1] + r
            else:
                joined.append(r)
        runs = joined
    if not runs:
        return
    run = runs[-1]
    span_of = lambda idx: _bare(text[words[idx[0]][0]:words[idx[-1]][1]])  # noqa: E731
    head_i = next((i for i, w in enumerate(low) if m.head and w == m.head.split()[-1]), None)
    if not pack.head_first and (head_i is not None and head_i > run[-1] and not role_at
                                or role_at and role_at[0] > run[-1]):
        # "Mr. Whitcombe's allies", "F.B.I. officials": capitalised words before the head noun
        # say whose people they are, not who they are; "an Orient Sky spokeswoman": before a
        # title, whom the holder speaks for (English names the person after it)
        m.affiliation = re.sub(r"['’]s$", "", span_of(run))
        return
    org_idx = [i for i in run if _org_like(words[i][2], pack)]
    person_ctx = bool(role_at) or m.head in pack.person_nouns
    if org_idx:
        # "ByteDance Michael Hughes": the organisation's words, then the person's name
        last_org = org_idx[-1]
        tail = [i for i in run if i > last_org]
        if len(tail) >= 3:  # "Polsek Cilandak Yohanes Siregar": a place name, then two for the name
            tail = tail[-2:]
        # "pejabat Kementerian Keuangan": a word that is no personal name's ("Keuangan", a
        # nominalisation; "Selatan", a place's) belongs to the organisation's name
        if any(_not_name_word(words[i][2], pack) for i in tail):
            tail = []
        org = [i for i in run if i not in tail]
        if tail and (person_ctx or len(tail) >= 2):
            m.name = span_of(tail)
            m.affiliation = span_of(org)
        elif person_ctx:
            m.affiliation = span_of(run)
        else:  # "Huawei Technologies", "Polsek Cilandak": the organisation speaks
            m.head = m.head or "org"
            m.key = m.key or span_of(run).lower()
        for r in runs[:-1]:  # "juru bicara Kementerian X, Budi": an earlier run is the affiliation
            m.affiliation = m.affiliation or span_of(r)
        return
    # "Menteri Perhubungan Bagus Karta Sumirat": a title that ends in its office's name (a
    # nominalisation, "Perhubungan") is followed by the name alone, three words of it
    office = role_at and words[role_at[1] - 1][2][:1].isupper() and _thing_word(words[role_at[1] - 1][2].lower(), pack)
    if office and len(run) == 3 and not any(_not_name(words[i][2], pack, _lowercase_words(text)) for i in run):
        m.name = span_of(run)
    elif role_at and len(run) >= 3:  # "juru bicara Maju Jaya Budi Santoso": two words for the name
        k = len(run) - 2
        # "… Bea dan Cukai Askolani": a word the article writes in lower case ("cukai") or
        # that is no name's ("Keuangan") ends the affiliation; one word is left for the name
        if _not_name(words[run[k]][2], pack, _lowercase_words(text)) \
                or low[run[k]] in pack.org_name_connectors:
            k += 1
        m.name, m.affiliation = span_of(run[k:]), span_of(run[:k])
    elif low[run[-1]] in pack.org_suffix_words and not role_at:
        # "Grab Indonesia", "Acme Corp": a company's name ends in such a word, a person's never
        m.head = m.head or "org"
        m.key = m.key or span_of(run).lower()
    elif len(run) == 1 and role_at and " ".join(low[role_at[0]:role_at[1]]) in pack.extra.get("org_roles", ()):
        # "juru bicara Gojek": a spokesperson speaks for an organisation; one word after the
        # title is the organisation's name ("juru bicara Gojek Rina Dewi" names her too)
        m.affiliation = span_of(run)
    elif len(run) >= 2 or person_ctx:
        m.name = span_of(run)
        if len(runs) > 1 and person_ctx:
            m.affiliation = span_of(runs[0])
    else:
        m.proper_single = True


def _kind(raw: str, low: list[str], pack: LangPack, ents, m: Mention) -> SourceKind:
    bare = re.sub(r"^(?:the|The)\s+", "", raw).strip(" ,")
    media = _media_lower(pack)
    last = bare.split()[-1] if bare.split() else ""
    # "The New York Post", "Harian Kompas": an outlet's name or its telltale last word
    if m.head in pack.document_nouns:  # "a report by The Times" is a document (by an outlet)
        return SourceKind.DOCUMENT
    if bare.lower() in media or raw.lower() in media or m.head in pack.media_nouns \
            or (last in pack.media_nouns and last[:1].isupper() and not m.role) \
            or (any(n in raw for n in pack.media_names) and not m.name and not m.role and m.head is None):
        return SourceKind.MEDIA
    if m.head in pack.document_nouns:
        return SourceKind.DOCUMENT
    if m.name or m.role:
        return SourceKind.PERSON
    # "seorang penjual sayur": a classifier for human beings makes whatever follows a person
    # (the shop in "pemilik toko" does not make it an organisation)
    if low[0] in pack.extra.get("person_classifiers", ()):
        return SourceKind.PERSON
    labels = {lab for a, b, lab in ents}
    if m.head in pack.person_nouns or m.head in pack.group_nouns:
        if m.count == 1:
            return SourceKind.PERSON
        # "banyak pakar", "sebagian umat Muslim": a quantifier makes a number-neutral noun
        # (Indonesian "pakar" is an expert or experts) a group
        if m.count is None and set(low[:2]) & pack.extra.get("plural_quantifiers", frozenset()):
            return SourceKind.PEOPLE
        if m.head in pack.group_nouns or m.count:
            return SourceKind.PEOPLE
        return SourceKind.PERSON
    if m.head in pack.organization_nouns or m.head == "org" or labels & {"ORG", "NORP", "GPE"}:
        return SourceKind.ORGANIZATION
    if m.proper_single:
        return SourceKind.ORGANIZATION if _org_like(raw.strip(), pack) or "PERSON" not in labels \
            else SourceKind.PERSON
    if any(_org_like(w, pack) for w in raw.split()):
        return SourceKind.ORGANIZATION
    return SourceKind.UNKNOWN


def _anonymous(lowtext: str, pack: LangPack, m: Mention) -> bool:
    """Unidentified individuals; a named person or an on-record spokesperson is not."""
    if m.kind not in _PEOPLE or m.name:
        return False
    marked = any(re.search(rf"\b{re.escape(a)}\b", lowtext) for a in pack.anonymous_markers)
    # "a ByteDance spokesperson", "the minister": a unique office, on the record
    if m.role and not marked:
        return False
    return True


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


def split_coordinated(text: str, pack: LangPack, ext: Extraction) -> None:
    """Split each mention that coordinates individuals into one mention per individual, in
    place: "John Smith and Mary Jones said" and "kata Budi Santoso dan Ani Wijaya" are two
    sources, so two attributions (one claim on two people's word is corroborated, not one
    person's). The extraction already splits "tiga orang dan sumber terpisah" (a lower-case
    head after the conjunction); this handles names and titled names, where only the words
    tell a list of people from one name ("Securities and Exchange Commission", "Kementerian
    Energi dan Sumber Daya Mineral" stay whole: their parts are no individuals)."""
    joiners = pack.extra.get("source_joiners", ())
    if not joiners:
        return
    pattern = _joiner_pattern(tuple(joiners))
    for f in ext.found:
        if f.embedded:
            continue
        mentions: list[Offsets] = []
        for span in f.mentions:
            mentions.extend(_conjuncts(text, span, pack, ext.entities, pattern) or [span])
        f.mentions = mentions


@lru_cache(maxsize=8)
def _joiner_pattern(joiners: tuple[str, ...]) -> re.Pattern[str]:
    # ", and" / " dan ": lower case only ("Dan Smith" is a name)
    return re.compile(r"\s*,?\s+(?:" + "|".join(map(re.escape, joiners)) + r")\s+")


def _conjuncts(text: str, span: Offsets, pack: LangPack, entities: list[tuple[int, int, str]],
               pattern: re.Pattern[str]) -> list[Offsets] | None:
    """The mention's conjuncts when every one is an individual: a named or titled person
    ("Menteri Keuangan Retno Handayani", "a company spokesperson") or a counted group ("two
    officials"); None to keep the mention whole."""
    a, b = span
    cuts = list(pattern.finditer(text, a, b))
    if not cuts:
        return None
    parts, start = [], a
    for mo in cuts:
        parts.append((start, mo.start()))
        start = mo.end()
    parts.append((start, b))
    prepositions = pack.extra.get("mention_prepositions", frozenset())
    words = [_WORD.findall(text[s:e]) for s, e in parts]
    # (an empty part, or "Johnson and Johnson": one name twice is a company's)
    if any(not w for w in words) or len({tuple(w) for w in words}) < len(words):
        return None
    # "lawyers for both Walter and Greta Halvorsen", "pejabat dari Kementerian A dan B": a
    # conjunction inside a prepositional phrase joins what the preposition governs
    if any(w.lower() in prepositions for ws in words[:-1] for w in ws):
        return None
    # "Walter and Greta Halvorsen": a lone given name before a full name shares its surname
    if len(words[0]) == 1 and words[0][0][:1].isupper() and len(words[-1]) > 1 \
            and all(w[:1].isupper() for w in words[-1]):
        return None
    titles = _title_words(pack)
    lower = _lowercase_words(text) if not entities else frozenset()
    last = len(parts) - 1
    for k, (s, e) in enumerate(parts):
        m = parse_mention(text, (s, e), pack, entities)
        if m.pronoun or m.zero:
            return None
        first_word = words[k][0]
        if first_word[:1].islower():
            # "a company spokesperson", "two officials", "seorang pejabat": a role or a count
            if not (m.kind is SourceKind.PERSON and (m.role or m.head in pack.person_nouns)
                    or m.kind is SourceKind.PEOPLE and m.count is not None):
                return None
            continue
        # a capitalised conjunct is a person's name, with its title before it at most: it ends
        # with the name (before the conjunction) and starts with a title or the name (after
        # it). "Kepala Dinas Pertanian dan Perkebunan Jambi Zulfikar Hasan" is one title: the
        # conjunction sits inside the office's name, "Pendidikan" is no one's name and
        # "Kebudayaan" no title
        name = m.name.strip() if m.kind is SourceKind.PERSON and m.name else None
        if name is None and m.proper_single and not entities and not _org_like(m.text.strip(), pack) \
                and not _in_org_name(text, m.text.strip(), pack):
            name = m.text.strip()  # "kata Budi dan Ani" (no NER: one capitalised word)
        # every word of it can be a name's ("Kebudayaan Harjono Effendi" cannot: "Kebudayaan"
        # names a thing, and the article writes it in lower case)
        if not name or not entities and any(_not_name(w, pack, lower) for w in _WORD.findall(name)):
            return None
        if k < last and not text[s:e].rstrip(" ,").endswith(name):
            return None
        # "Kementerian Komunikasi dan Informatika Bambang …": a "name" right after an
        # organisation's word is the organisation's name going on
        before = _WORD.findall(text[s:e].rstrip(" ,")[:-len(name)])
        if before and before[-1].lower() in pack.org_name_words:
            return None
        if k > 0 and not (first_word.lower() in titles or name.startswith(first_word)):
            return None
    return parts


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
    cited = _mentions_by_cue(text, ext, pack.extra.get("citation_cues", frozenset()))
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


def _name_after_comma(text: str, span: Offsets, pack: LangPack, m: Mention) -> None:
    """``Menurut pengamat ekonomi dari Universitas Sukamaju, Budi Santoso, harga …``: a role
    whose mention stops at the comma, then a personal name (one to four capitalised words that
    can all be a name's: no organisation's, place's or title's word, no word the article writes
    in lower case) set off by a second comma: the role's holder is that person."""
    run = _APPOSED_NAME.match(text, span[1], min(len(text), span[1] + 80))
    if run is None:
        return
    lower = _lowercase_words(text)
    words = run.group(1).split()
    if all(not _not_name(w, pack, lower) and not _common_word(w, pack, lower) for w in words) \
            and not all(len(w) <= 3 and w.isupper() for w in words):  # "…, KPK, …": an acronym
        m.name, m.named, m.anonymous, m.count = run.group(1), True, False, 1


# ", Budi Santoso ," right after a mention: up to four capitalised words between two commas
_APPOSED_NAME = re.compile(r"\s*,\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*,")


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
    verbs = pack.extra.get("alias_verbs")
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
    """A person's name that the NER or a naming convention finds in the mention is the whole
    name, whatever its length: "Kepala Biro Hukum Partai Maju Ratna Sari Dewi" keeps three
    words where the rules guess two, "Tersangka TW" names TW (the rules see an acronym)."""
    s, e = span
    persons = [(a, b) for a, b, lab in _entities_within(names, s, e) if lab == "PER"]
    if not persons:
        return
    at = _found(text, m.name, s, e)
    # the rules' name where they found one: the entity over it, else the last ("…, Budi")
    over = [p for p in persons if at and p[0] < at[1] and at[0] < p[1]]
    if at and not over:
        return  # another person than the rules' ("juru bicara Ani, Budi"): theirs stands
    # (of the names over the rules', the widest: the NER's or the one the article refers back to)
    a, b = max(over, key=lambda p: p[1] - p[0]) if over else persons[-1]
    if at and a >= at[0] and b <= at[1] and (a, b) != at:
        # "Menteri Perindustrian Ratna Sari Dewi" with the NER's "Sari Dewi": the rules' longer
        # name stands unless what the NER leaves out cannot be a name's ("Kelurahan X , Budi")
        left_out = text[at[0]:a].split() + text[b:at[1]].split()
        lower = _lowercase_words(text)
        if not any(not re.search(r"\w", w) or _not_name(w, pack, lower) for w in left_out):
            return
    role = _found(text, m.role, s, e)
    if role and role[0] < b and a < role[1]:  # "Kapolsek Budi": the title is no part of the name
        a = next((w[0] for w in words if w[0] >= role[1]), b)
    if a >= b:
        return
    aff = _found(text, m.affiliation, s, e)
    if aff and aff[0] < b and a < aff[1]:  # "Partai Maju Ratna" → "Partai Maju"
        m.affiliation = text[aff[0]:a].strip(" ,") or None
    m.name = _bare(text[a:b])
    m.proper_single = False


def _found(text: str, part: str | None, s: int, e: int) -> Offsets | None:
    """Where a part of the mention (its name, role, affiliation) is, if it is in it."""
    k = text.find(part, s, e) if part else -1
    return (k, k + len(part)) if k >= 0 else None


def _with_statistical(people: list[Offsets], found: list[Offsets]) -> list[Offsets]:
    """The rules' names, each widened to the NER's name over it ("Sari Dewi" in
    "Ratna Sari Dewi"). A name only the NER finds is not added: these are the persons
    that "-nya" and "dia" may refer to, and a name in passing ("… di Masjid Al - Ikhsan Sukamaju") would
    take the place of the last speaker."""
    out = set()
    for a, b in people:
        wider = [(x, y) for x, y in found if x <= a and b <= y]
        out.add(wider[0] if wider else (a, b))
    return sorted(out)


def person_names(text: str, pack: LangPack, ents: list[tuple[int, int, str]],
                 quoted: list[Offsets], speakers: frozenset[str] = frozenset(),
                 names: list[tuple[int, int, str]] = ()) -> list[Offsets]:
    """Where the article names a person outside quotations, in text order: NER where the
    pipeline has it, else capitalised names that a role introduces ("Wali Kota Harsono", "Kepala
    Dinas … Widyastuti"), that a role follows ("Fadli Ramadhan, Koordinator …"), that stand
    before a verb ("Satya Nugraha baru dinyatakan"), and the one-word references to a person
    ("Galih menjelaskan", "Menurut Sekar"). ``speakers``: words the extraction found as a
    one-word speaker ("kata Galih")."""
    starts = [q[0] for q in quoted]
    reach = []  # the furthest quote end so far, for overlapping quotes
    for q in quoted:
        reach.append(max(q[1], reach[-1] if reach else q[1]))

    def outside(a: int) -> bool:
        k = bisect_right(starts, a) - 1
        return k < 0 or reach[k] <= a

    if ents:
        return [(a, b) for a, b, lab in ents if lab == "PERSON" and outside(a)]
    lower = _lowercase_words(text)
    runs = []
    for run in _RUN.finditer(text):
        if outside(run.start()):
            words = _name_words(text, run, pack, lower)
            if words:
                runs.append((run, words))
    # a word of a longer capitalised run used alone in a speaker's place refers to a person
    # ("Galih Pranata Wibowo" … "Galih menjelaskan", "lanjut Simanjorang"); "Setahun
    # terakhir" or "UMKM melakukan" are no one's name
    # (not "N219 Rajawali", a product, nor "Majelis Ulama Indonesia ( MUI )", an organisation)
    in_long = {w for run, words in runs if len(words) > 1 and not _GLOSS.match(text, run.end())
               and not any(_DIGIT.search(x) for *_, x in words) for *_, w in words}
    # "di Jakarta", "ke Gili", "Kota Palembang": a word the article uses as a place
    places = {words[0][2] for run, words in runs if _after_place_word(text, words[0][0], pack)}
    # … and inside a run: "Kawasan Monas", "Provinsi Banten", "PT Pertamina", "Polda Maluku"
    places |= {w for _, words in runs for (*_, p), (*_, w) in zip(words, words[1:])
               if p.lower() in pack.place_words or p.lower() in pack.place_prepositions
               or p.lower() in pack.org_name_words and p.lower() not in pack.org_suffix_words}
    lower = lower | {w.lower() for w in places}
    known = {w for w in speakers if w in in_long and w not in places}
    singles: list[Offsets] = []
    for run, words in runs:
        # "Presiden juga mengingatkan", "kata Gubernur": a title alone where a speaker stands
        # refers to its holder
        if len(words) == 1 and words[0][2].lower() in pack.roles and words[0][2][:1].isupper() \
                and (_speaker_place(text, *words[0][:2], pack) if _after_word(text, words[0][0], pack)
                     else _verb_follows(_TOKEN.findall(text[words[0][1]:words[0][1] + 40])[:2], pack)):
            singles.append(words[0][:2])
            continue
        # "BI menilai", "RW melaporkan": an initial alone is an acronym, no one's name
        if len(words) != 1 or _not_name_word(words[0][2], pack) or words[0][2] in places \
                or words[0][2].isupper():
            continue
        # "Pengamat ekonomi dari Universitas Bengkulu , Syamsudin , menilai": a name between
        # commas before the verb is the subject's, in apposition
        if words[0][2] in in_long and (words[0][2] in known or _speaker_place(text, *words[0][:2], pack)) \
                or _apposed(text, *words[0][:2], pack):
            known.add(words[0][2])
            singles.append(words[0][:2])
    out: list[Offsets] = []
    for run, words in runs:
        span = _person_in_run(text, run, words, pack, lower, known)
        if span is not None:
            out.append(span)
    people = sorted(set(out) | set(singles))
    if names:
        people = _with_statistical(people, [(a, b) for a, b, lab in names if lab == "PER" and outside(a)])
    return people


def _name_words(text: str, run: re.Match[str], pack: LangPack,
                lower: frozenset[str]) -> list[tuple[int, int, str]]:
    """A run's words after its leading common words ("Menurut Sekar" → "Sekar")."""
    a = run.start()
    words = [(a + s, a + e, w) for s, e, w in _run_words(run.group())]
    i = 0
    while i < len(words) and _common_word(words[i][2], pack, lower):
        i += 1
    return words[i:]


@lru_cache(maxsize=1 << 15)  # the same runs ("Menurut", "Jakarta", "Danu Wicaksana") come back
def _run_words(run: str) -> tuple[tuple[int, int, str], ...]:
    """A run's words with their offsets in the run."""
    # "… Budi Santoso.": a sentence's full stop is not part of the name ("M." is an initial)
    return tuple((w.start(), w.end() - (len(g) > 3 and g.endswith(".")), g if len(g) <= 3 else g.rstrip("."))
                 for w in _WORD.finditer(run) for g in [w.group()])


def _common_word(word: str, pack: LangPack, lower: frozenset[str]) -> bool:
    """"Menurut", "Sebelumnya": capitalised only at a sentence start."""
    lw = word.lower()
    if lw in _title_words(pack):  # "Wali Kota Manado Ferdy Mangundap": the title stays
        return False
    # "Sementara Widya", "Praktis Bima": a sentence's opening word
    return lw in _common(pack) and lw not in pack.org_name_words or lw in lower or lw in pack.speech_verbs \
        or lw in pack.extra.get("discourse_words", ()) or lw in pack.extra.get("clause_openers", ())


def _not_name(word: str, pack: LangPack, lower: frozenset[str]) -> bool:
    """A capitalised word that cannot be part of a personal name: an organisation's word
    ("Polda", "KPK"), a place's ("Selatan", "Kabupaten"), a thing's ("Kesehatan"), a title or
    a word the article also writes in lower case ("Cipta Kerja", "Perangkat Daerah")."""
    return word.lower() in lower or _not_name_word(word, pack)


def _not_name_word(word: str, pack: LangPack) -> bool:
    """The same, whatever the article: "Teguh" is a name even where "teguh" is a word."""
    _PACKS.setdefault(id(pack), pack)
    return _not_name_cached(word, id(pack))


_PACKS: dict[int, LangPack] = {}


@lru_cache(maxsize=1 << 16)  # the same capitalised words come back in every article
def _not_name_cached(word: str, pack_id: int) -> bool:
    pack = _PACKS[pack_id]
    lw = word.lower().rstrip(".")
    # "Bambang PS Brodjonegoro", "A Ridwan Saputra": initials are part of a name
    initials = len(word) <= 2 and word.isupper()
    # "H20 Nvidia", "N219 Rajawali": a word with a digit is a model's or a product's
    # "…, Sabtu , menjelaskan": a day or a month
    return _org_like(word, pack) and not initials or _DIGIT.search(word) is not None \
        or lw in pack.extra.get("date_words", ()) or lw in pack.place_words or lw in _title_words(pack) \
        or _thing_word(lw, pack) or not word[:1].isupper()


def _thing_word(lw: str, pack: LangPack) -> bool:
    pat = _THING.get(pack.thing_word_pattern)
    if pat is None:
        pat = _THING[pack.thing_word_pattern] = re.compile(pack.thing_word_pattern or r"(?!)")
    return bool(pat.match(lw))


_THING: dict[str, re.Pattern[str]] = {}
_DIGIT = re.compile(r"\d")
_TITLES: dict[int, frozenset[str]] = {}


def _title_words(pack: LangPack) -> frozenset[str]:
    """Every word of a role ("wali", "kota", "juru", "bicara"): a title, not a name."""
    got = _TITLES.get(id(pack))
    if got is None:
        got = _TITLES[id(pack)] = frozenset(w for r in pack.roles for w in r.split()) | pack.person_nouns
    return got


def _after_place_word(text: str, a: int, pack: LangPack) -> bool:
    """"di Jakarta", "asal Singapura", "Kota Palembang": a word after a locative preposition or a
    place noun."""
    before = _WORD.findall(text[max(0, a - 16):a])
    prev = before[-1].lower() if before else ""
    # "situs Berbagiyuk", "perusahaan Jouska", "pesawat Sriwijaya": a thing's or a company's name
    return prev in pack.place_prepositions or prev in pack.place_words or prev in pack.thing_nouns \
        or prev in pack.organization_nouns


def _apposed(text: str, a: int, b: int, pack: LangPack) -> bool:
    """"…, Ardi Tamasoa , mengatakan": between commas, right before a verb of saying."""
    mo = _APPOSED.match(text, b)
    # ("…, Herlambang , mengemukakan , …": any verb followed by a comma reports speech)
    return bool(mo) and text[max(0, a - 3):a].strip() == "," and (
        mo.group(1) in pack.speech_verbs or mo.group(1) in pack.belief_verbs or _interrupted(text, b, pack)
        or any(mo.group(1).startswith(p) for p in pack.verb_prefixes) and text[mo.end():mo.end() + 2].strip()[:1] == ",")


_APPOSED = re.compile(r"\s*,\s*(?:yang\s+\w+\s*,\s*)?([a-z]+)")


def _interrupted(text: str, b: int, pack: LangPack) -> bool:
    """"Jefry Latuheru , saat dihubungi di Ambon , … mengatakan", "Sukirno , yang dihubungi …":
    a subject whose verb comes after a clause of its own ("saat"/"yang" and a verb)."""
    mo = _CLAUSE.match(text, b)
    return bool(mo) and mo.group(1) in pack.extra.get("clause_openers", ()) \
        and any(mo.group(2).startswith(p) for p in pack.verb_prefixes)


_CLAUSE = re.compile(r"\s*,\s*([a-z]+)\s+([a-z]+)")


def _speaker_place(text: str, a: int, b: int, pack: LangPack) -> bool:
    """A word where a speaker stands: before a verb ("Galih menjelaskan"), after a cue ("lanjut
    Galih", "Menurut Sekar")."""
    before = _WORD.findall(text[max(0, a - 24):a])
    prev = before[-1].lower() if before else ""
    cues = pack.extra.get("postposed_cues", frozenset()) | pack.extra.get("according_to", frozenset())
    if prev in cues or prev in pack.speech_verbs:
        return True
    after = text[b:b + 40]
    if after.lstrip().startswith((",", ".")):
        return False
    nxt = _WORD.match(after.lstrip())
    w = nxt.group().lower() if nxt else ""
    return bool(w) and w[0].islower() and (
        w in pack.speech_verbs or w in pack.belief_verbs or w in pack.verb_markers
        or any(w.startswith(p) and len(w) > len(p) + 3 for p in pack.verb_prefixes))


def _person_in_run(text: str, run: re.Match[str], words, pack: LangPack, lower: frozenset[str],
                   known: set[str]) -> Offsets | None:
    """The personal name in a run of capitalised words, if it has one."""
    # most runs are a sentence's first word or a single place or organisation: with no word the
    # article uses for a speaker and fewer than two words that can be a name's, every test
    # below ends in None, so they are skipped (the words are cheaper to judge than the context)
    if not any(w in known for *_, w in words) and sum(not _not_name(w, pack, lower) for *_, w in words) < 2:
        return None
    a, b = words[0][0], words[-1][1]
    before = _WORD.findall(text[max(0, a - 20):a])
    # "Majelis Ulama Indonesia ( MUI )": a name glossed by its acronym is an organisation's
    if _GLOSS.match(text, b):
        return None
    # "di Jakarta Selatan", "from New York": a place after a preposition is no person
    preps = pack.place_prepositions or pack.function_words
    if before and before[-1].lower() in preps and not _common_word(run.group().split()[0], pack, lower):
        return None
    # "pesawat N219 Rajawali", "perayaan Idul Adha": a run after a thing's noun names the thing
    if before and before[-1].lower() in pack.thing_nouns:
        return None
    # "PO NPM Galih Pranata Wibowo", "Pengusaha Sahat Simarmata": a run with a word the
    # article uses alone for a speaker names that person; the name runs from that word on
    # (from the last such word: "Gili Hotel Association Lalu Darsono" is Lalu Darsono's)
    for i in range(len(words) - 1, -1, -1):
        w = words[i][2]
        if w in known and not _not_name_word(w, pack):
            j = i
            # "Sahat Simarmata" referred to as "Simanjorang": one name word before it
            if i == len(words) - 1 and i > 0 and not _not_name(words[i - 1][2], pack, lower):
                j = i - 1
            k = i + 1
            while k < len(words) and not _not_name(words[k][2], pack, lower):
                k += 1
            return words[j][0], words[k - 1][1]
    # "Wali Kota Bogor", "Peraturan Menteri Kesehatan": one word after a title may be a place
    # or a thing; a name of two words or more, none of them an organisation's, a place's or
    # a common word's, is a person's (checked on the words first: parsing costs more)
    if sum(not _not_name(w, pack, lower) for *_, w in words) < 2:
        return None
    after = text[b:b + 40]
    nxt = _WORD.match(after.lstrip(" ,"))
    nxt_word = nxt.group().lower() if nxt else ""
    role_after = after.lstrip().startswith(",") and (
        nxt_word in pack.person_nouns or nxt_word in _title_words(pack))
    verb_after = not after.lstrip().startswith((",", ".")) and nxt_word and nxt_word[0].islower() \
        and (nxt_word in pack.speech_verbs or any(nxt_word.startswith(p) for p in pack.verb_prefixes)
             or nxt_word in pack.verb_markers) or _apposed(text, a, b, pack) or _interrupted(text, b, pack)
    # "Pembina Komunitas Run to Office ( R2O ) Tono Sugiarto yakin": a title before the
    # organisation an acronym glosses is the title of the name after the gloss
    verb_after = verb_after or _titled_gloss_before(text, a, pack)
    # the name needs a role before it, a role after it or a verb after it
    if not (role_after or verb_after or any(w.lower() in _title_words(pack) for *_, w in words)):
        return None
    m = parse_mention(text, (a, b), pack)
    if m.kind is not SourceKind.PERSON or not m.name or not (m.role or role_after or verb_after):
        return None
    # "Provinsi Maluku Jefry Latuheru" (no role parsed): the name is the words after a place's
    # or an office's name ("Provinsi Maluku", "Jakarta Selatan", "Polda Maluku"); any other word that cannot be a name's
    # ("Berbagiyuk Peduli Bersama") makes the run no person's
    parts = m.name.split()
    cut = max((i + 1 for i, w in enumerate(parts) if _not_name(w, pack, lower)), default=0)
    if cut and not any(w.lower() in pack.place_words or w.lower() in pack.org_name_words
                       for w in parts[max(0, cut - 2):cut]):
        return None
    name = " ".join(parts[cut:])
    if len(parts) - cut < 2:
        return None
    k = text.find(name, a, b)
    return (k, k + len(name)) if k >= 0 else None


# a run of capitalised words (and initials) on one line: a name, a title, a place
# ("Santoso. Budi": a full stop after a word ends the run; "M. Isa" is an initial)
_RUN = re.compile(r"(?:[A-Z][\w'’.-]*)(?:(?<![a-z]{3}\.)[ ](?:[A-Z][\w'’.-]*|dr|bin|binti|van|de))*")


_ONE_NAME = re.compile(r"^[A-Z][a-z]+$")
# "( MUI )", "( BPTJ )": an acronym (two capitals at least) glossing the name before it
_GLOSS = re.compile(r"\s*\(\s*[A-Z][A-Za-z]*[A-Z][A-Za-z]*\s*\)")


def _in_org_name(text: str, word: str, pack: LangPack) -> bool:
    """"Huawei" where the article also writes "Huawei Technologies": an organisation's name."""
    for mo in re.finditer(rf"\b{re.escape(word)}\b((?:\s+[A-Z][\w.&-]*)+)", text):
        if any(_org_like(w, pack) for w in mo.group(1).split()):
            return True
    return False


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


_TOKEN = re.compile(r"\w+|[^\w\s]")


def _in_object(text: str, a: int, b: int, pack: LangPack) -> bool:
    """A name with a lower-case word before it (past its title) and no verb or comma after it:
    "menahan Yermias karena …", "informasi Sekretaris Daerah Mujiono yang …"."""
    before = _TOKEN.findall(text[max(0, a - 80):a])
    while before and before[-1][:1].isupper():  # the title and affiliation before the name
        before.pop()
    prev = before[-1] if before else ""
    cues = pack.extra.get("postposed_cues", frozenset()) | pack.extra.get("according_to", frozenset())
    if not prev[:1].islower() or prev in cues or prev in pack.speech_verbs:
        return False  # "Sementara itu , X", ". X", "kata X", "menurut X"
    after = _TOKEN.findall(text[b:b + 60])[:2]
    if not after or not after[0][:1].islower():
        return False  # "X , Kepala …", "X ." : apposition or the end of a sentence
    if after[0] in pack.extra.get("clause_openers", frozenset()):
        # "Mujiono yang terinfeksi", "Yermias karena …"; not "X yang dihubungi …
        # mengatakan", a subject's passive relative clause
        return not (after[0] == "yang" and len(after) > 1 and after[1].startswith("di"))
    # "Harsono terus mengingatkan": a verb in the next two words makes the name a subject
    return not _verb_follows(after, pack)


def _after_word(text: str, a: int, pack: LangPack) -> bool:
    """Whether a preposition, a function word or a verb comes right before ``a`` ("kepada
    Presiden", "menemui Presiden", "kata Presiden"): the word is an object, or a cue's."""
    before = _TOKEN.findall(text[max(0, a - 30):a])
    w = before[-1] if before else ""
    return w[:1].islower() and (w in pack.function_words or w in pack.place_prepositions
                                or w in pack.extra.get("subject_adjuncts", ())
                                or any(w.startswith(p) for p in pack.verb_prefixes))


def _verb_follows(after: list[str], pack: LangPack) -> bool:
    """Whether the next words (lower case) hold a verb: "juga kembali mengingatkan"."""
    return bool(after) and after[0][:1].islower() and any(
        w in pack.speech_verbs or w in pack.belief_verbs or w in pack.verb_markers
        or w in pack.extra.get("preverbal_adverbs", frozenset())
        or any(w.startswith(p) and len(w) > len(p) + 3 for p in pack.verb_prefixes)
        for w in after)


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


def _titled_gloss_before(text: str, a: int, pack: LangPack) -> bool:
    """"Ketua Ikatan … ( LAKMI ) X": a gloss right before ``a`` whose organisation follows a
    title (looking back a bounded distance)."""
    j = a - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0 or text[j] != ")":
        return False
    k = text.rfind("(", max(0, j - 20), j)
    if k < 0:
        return False
    before = _WORD.findall(text[max(0, k - 80):k])
    return any(w.lower().rstrip(".") in pack.roles for w in before)


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
    if before and before[-1] in pack.extra.get("agent_markers", ()):
        before.pop()
    return bool(before) and before[-1] in pack.extra.get("passive_speech_cues", ())


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
    generic = pack.extra.get("generic_source_heads", frozenset())
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
