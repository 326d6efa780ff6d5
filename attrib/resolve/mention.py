"""One source mention → a :class:`Mention`: its kind, count, name, role, affiliation and anonymity.

:func:`parse_mention` reads a mention in steps, each a function named for its construction:
a pronoun or an elided subject first; then the phrase's number, determiners and head noun; a
clause before a comma whose source follows it; the name, role and affiliation
(:mod:`.mention_names`); a title that points back to a person named before; the kind of
source and the count it allows; anonymity. Coordinated mentions are split into their members
in :mod:`.coordination`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.base import LangPack
from ..model import SourceKind
from ..pipeline.found import Offsets
from .mention_names import Entities, Words, _name_after_comma, _names, _possessive, _without_article
from .words import _ACRONYM, _PEOPLE, _TOKEN, _WORD, _common, _entities_within, _head_nouns, _lowercase_words, _media_lower, _not_name, _org_like, _proper_indices, _role_at, _title_words


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


def parse_mention(text: str, span: Offsets, pack: LangPack,
                  entities: list[tuple[int, int, str]] = (),
                  names: list[tuple[int, int, str]] = ()) -> Mention:
    """What a mention's own words say: kind, count, name, role, affiliation, anonymity.
    ``names``: :func:`statistical_names`, where the pack's rules take them (Indonesian)."""
    s, e = span
    raw = text[s:e]
    m = Mention(span=span, text=raw)
    words = _mention_words(raw, s, pack)
    if not words:
        m.zero = True
        return m
    low = [w.lower() for _, _, w in words]
    m.key = _key(low, pack)
    if len(low) == 1 and low[0] in pack.pronouns:
        return _pronoun(m, low[0], pack)
    if _elided_subject(raw, low, pack):
        m.zero = True
        return m
    _number_and_head(m, low, pack)
    ents = _entities_within(entities, s, e)
    inner = _source_after_clause(text, span, pack, ents, entities, names)
    if inner is not None:
        return inner
    _name_role_affiliation(text, span, words, low, pack, ents, names, m)
    if _title_points_back(text, e, low, pack, ents, m):
        m.zero = True
        return m
    _kind_and_count(text, low, pack, ents, m)
    m.named = _named(text, words, low, pack, m)
    m.anonymous = _anonymous(" ".join(low), pack, m)
    return m


# --- the steps of parse_mention --------------------------------------------------------------

def _mention_words(raw: str, s: int, pack: LangPack) -> list[tuple[int, int, str]]:
    """The mention's words with their offsets: "officials." loses its full stop ("F.B.I." keeps
    it: an acronym), "Halvorsen's" its possessive ending."""
    possessive = _possessive(pack)
    out = []
    for w in _WORD.finditer(raw):
        word = w.group() if _ACRONYM.match(w.group()) else w.group().rstrip(".")
        word = possessive.sub("", word)
        if word:
            out.append((s + w.start(), s + w.end(), word))
    return out


def _key(low: list[str], pack: LangPack) -> str:
    """The words without determiners and articles, for "same words" matching ("the
    spokesperson" and "a spokesperson" share "spokesperson")."""
    articles = pack.discourse.indefinite_articles
    return " ".join(w for w in low if w not in pack.definite_markers and w not in articles)


def _pronoun(m: Mention, word: str, pack: LangPack) -> Mention:
    """"he", "mereka": a pronoun alone, with its number and gender."""
    m.pronoun = True
    m.plural = word in pack.plural_pronouns
    m.gender = pack.pronoun_genders.get(word)
    m.kind = SourceKind.PEOPLE if m.plural else SourceKind.PERSON
    return m


def _elided_subject(raw: str, low: list[str], pack: LangPack) -> bool:
    """Whether the mention has no noun: its subject is elided (named before)."""
    # "tidak dapat" (from "…, tetapi tidak dapat mengatakan"): no noun, the subject is elided
    if all(w in pack.zero_subject_words or w in pack.negations for w in low):
        return True
    lower_case = raw.strip()[:1].islower()
    # "…, saat dihubungi, mengatakan": a lone verb where the subject should be; the subject
    # (named before) is elided
    if lower_case and len(low) == 1 and low[0] not in _common(pack) and _verb_form(low[0], pack):
        return True
    return lower_case and _clause_not_noun(low, pack)


def _verb_form(word: str, pack: LangPack) -> bool:
    """"menanggapi", "dihubungi": a word with one of the pack's verb prefixes and more than
    three letters after it."""
    return any(word.startswith(p) and len(word) > len(p) + 3 for p in pack.verb_prefixes)


def _number_and_head(m: Mention, low: list[str], pack: LangPack) -> None:
    """The noun phrase's subset opener, determiner, new-source marker, count, gender and head
    noun."""
    m.subset = any(re.search(p, " ".join(low)) for p in pack.subset_patterns)
    # "tiga orang yang mengetahui masalah tersebut": a relative clause's words do not count
    cut = next((i for i, w in enumerate(low) if i and w in pack.postmodifiers), len(low))
    m.definite = any(w in pack.definite_markers for w in low[:cut])
    m.new = any(w in pack.new_source_markers for w in low[:cut])
    m.count = _count(low, pack, m)
    m.gender = next((pack.gender_words[w] for w in low if w in pack.gender_words), None)
    m.head = _head(low, pack)


def _source_after_clause(text: str, span: Offsets, pack: LangPack, ents: Entities,
                         entities: Entities, names: Entities) -> Mention | None:
    """"Menanggapi pelaporan ini , Sutarno", "Sebelumnya , Kepala BMKG X": a clause or an
    adverb before the comma; the source is what follows it, when that is a person's name or a
    title alone ("Menurut data , Satuan Tugas …" stays as it is). The mention that follows,
    spanning the whole mention; None to read the mention as it is."""
    s, e = span
    raw = text[s:e]
    comma = raw.find(",")
    if comma <= 0 or ents or not _clause_before_comma(text, s, s + comma, pack):
        return None
    k = _skip_spaces(text, s + comma + 1, e)
    if k >= e:
        return None
    inner = parse_mention(text, (k, e), pack, entities, names)
    name = inner.name or (inner.text if inner.proper_single else "")
    title = inner.role is not None and inner.text.strip() == inner.role
    if title or name and inner.kind is SourceKind.PERSON \
            and not any(_not_name(w, pack, _lowercase_words(text)) for w in _WORD.findall(name)):
        inner.span, inner.text = span, raw
        return inner
    return None


def _skip_spaces(text: str, k: int, e: int) -> int:
    """The first offset from ``k`` (before ``e``) that is no space."""
    while k < e and text[k].isspace():
        k += 1
    return k


def _name_role_affiliation(text: str, span: Offsets, words: Words, low: list[str], pack: LangPack,
                           ents: Entities, names: Entities, m: Mention) -> None:
    """The mention's name, role and affiliation: on either side of a comma, from its words,
    from the name finder; a resident's place and a subset's opener are no names."""
    s, e = span
    comma = text[s:e].find(",")
    if comma > 0 and not any(lab in ("PERSON", "ORG") for *_, lab in ents):
        _apposition(text, s + comma, span, pack, m)
    if m.name is None and m.role is None:
        _names(text, words, low, pack, ents, m)
    if names:
        _statistical_name(text, span, words, names, pack, m)
    _resident_place(text[s:e], words, low, pack, m)
    _subset_opener_no_name(low, pack, m)


def _resident_place(raw: str, words: Words, low: list[str], pack: LangPack, m: Mention) -> None:
    """"salah satu warga Kampung Randu Alas", "warga Desa Sukamaju": the capitalised words after
    a noun for residents name their place, not a person."""
    residents = pack.discourse.resident_nouns
    if not (m.name and residents) or m.name not in raw:
        return
    at = m.span[0] + raw.find(m.name)
    k = next((i for i, (a, _, _) in enumerate(words) if a == at), None)
    if k and low[k - 1] in residents:
        m.affiliation, m.name = m.name, None


def _subset_opener_no_name(low: list[str], pack: LangPack, m: Mention) -> None:
    """"Salah satu sumber", "One of them": the words that make a subset ("salah satu", "one
    of") are no one's name, whatever their case."""
    if not (m.subset and m.name):
        return
    opener = _subset_opener(" ".join(low), pack)
    if set(m.name.lower().split()) <= set(opener.split()):
        m.name = None


def _subset_opener(lowtext: str, pack: LangPack) -> str:
    """The words of the first of the pack's subset patterns that the mention opens with."""
    for p in pack.subset_patterns:
        mo = re.search(p, lowtext)
        if mo:
            return mo.group()
    return ""


def _title_points_back(text: str, e: int, low: list[str], pack: LangPack, ents: Entities, m: Mention) -> bool:
    """"Mantan Gubernur DKI Jakarta itu": a title and a place closed by a determiner (one of
    the pack's ``title_closing_determiners``) refer back to a person named before; the place
    is no name."""
    closers = pack.discourse.title_closing_determiners
    if not (closers and m.role) or ents:
        return False
    if not (low[-1] in closers or _determiner_after(text, e, pack)):
        return False
    return m.name is None or " " not in m.name.strip() \
        or any(w.lower() in pack.place_words for w in m.name.split()) \
        or _used_as_place(text, m.name.split()[-1], pack)


def _kind_and_count(text: str, low: list[str], pack: LangPack, ents: Entities, m: Mention) -> None:
    """The kind of source, then the count that kind allows."""
    m.kind = _kind(m.text, low, pack, ents, m)
    _members_of_group(text, low, pack, ents, m)
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


def _members_of_group(text: str, low: list[str], pack: LangPack, ents: Entities, m: Mention) -> None:
    """"one Democrat familiar with the discussion", "two Republicans": a count before a group's
    name (a nationality, a party: NER's NORP) is that many of its members, not the group."""
    nationality = [(a, b) for a, b, lab in ents if lab == "NORP"]
    if m.count is not None and low[0] in pack.number_words and nationality and not m.role \
            and m.kind in (SourceKind.ORGANIZATION, SourceKind.UNKNOWN):
        m.kind = SourceKind.PERSON if m.count == 1 else SourceKind.PEOPLE
        m.name, m.affiliation = None, text[nationality[0][0]:nationality[0][1]]


def _named(text: str, words: Words, low: list[str], pack: LangPack, m: Mention) -> bool:
    """Whether the source is named: a person's name, or an organisation's, an outlet's or a
    document's capitalised words."""
    return bool(m.name) or (m.kind in (SourceKind.ORGANIZATION, SourceKind.MEDIA, SourceKind.DOCUMENT)
                            and bool(_proper_indices(text, words, low, pack)))


# --- the phrase's words ----------------------------------------------------------------------

def _used_as_place(text: str, word: str, pack: LangPack) -> bool:
    """"Kepala Dinas Pertamanan Sukamaju ini" where the article writes "Kota Sukamaju" or "di
    Sukamaju": the name's last word is a place the article names, not a surname."""
    before = pack.place_words | pack.place_prepositions
    return any(mo.group(1).lower() in before
               for mo in re.finditer(rf"\b(\w+)\s+{re.escape(word)}\b", text))


def _determiner_after(text: str, e: int, pack: LangPack) -> bool:
    """"Menurut Wali Kota Surabaya dua periode ini": a few lower-case words after the mention
    closed by a determiner still make the title point back to the person named before."""
    closers = pack.discourse.title_closing_determiners
    after = _TOKEN.findall(text[e:e + 40])[:4]
    for w in after:
        if w in closers:
            return True
        if not (w.isalpha() and w.islower()) or w in pack.speech_verbs or _verb_form(w, pack):
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
        if _verb_form(w, pack):
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
    particles = pack.discourse.name_particles
    # a lower-case word (other than a name's "bin", "van") is no part of a name
    if any(w[:1].islower() and lw not in particles for w, lw in zip(words, low)):
        return True
    return _clause_opener(text, low[0], len(words) == 1, pack)


def _clause_opener(text: str, word: str, alone: bool, pack: LangPack) -> bool:
    """"Sebelumnya ,", "Menanggapi hal itu ,": an opener the article also writes in lower case,
    one of the pack's discourse words, an adverb alone with one of the pack's adverb endings
    ("Sebelumnya", "Selanjutnya": "-nya") or a capitalised verb ("Menanggapi", "Diperlonggar")."""
    return word in _lowercase_words(text) or word in pack.discourse.discourse_words \
        or alone and _suffixed_adverb(word, pack) or _verb_form(word, pack)


def _suffixed_adverb(word: str, pack: LangPack) -> bool:
    """"Sebelumnya", "Selanjutnya": a word with one of the pack's adverb endings and more than
    three letters before it."""
    return any(word.endswith(x) and len(word) > len(x) + 3 for x in pack.discourse.adverb_suffixes)


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
        # "a spokesperson" is one; "one of a …" (a subset) is counted by its opener
        if w in pack.number_words and not (w in pack.discourse.indefinite_articles and m.subset):
            return pack.number_words[w]
    # "salah satu sumber": a subset of one individual
    if m.subset and tuple(low[:2]) in pack.discourse.one_of_openers:
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


# --- the kind of source ----------------------------------------------------------------------

def _kind(raw: str, low: list[str], pack: LangPack, ents: Entities, m: Mention) -> SourceKind:
    """What the source is: a document, an outlet, a person or people, an organisation."""
    if m.head in pack.document_nouns:  # "a report by The Times" is a document (by an outlet)
        return SourceKind.DOCUMENT
    if _names_outlet(raw, pack, m):
        return SourceKind.MEDIA
    if m.name or m.role:
        return SourceKind.PERSON
    # "seorang penjual sayur": a classifier for human beings makes whatever follows a person
    # (the shop in "pemilik toko" does not make it an organisation)
    if low[0] in pack.discourse.person_classifiers:
        return SourceKind.PERSON
    if m.head in pack.person_nouns or m.head in pack.group_nouns:
        return _people_kind(low, pack, m)
    return _organisation_kind(raw, pack, ents, m)


def _names_outlet(raw: str, pack: LangPack, m: Mention) -> bool:
    """"The New York Post", "Harian Kompas": an outlet's name or its telltale last word."""
    bare = _without_article(raw, pack).strip(" ,")
    media = _media_lower(pack)
    last = bare.split()[-1] if bare.split() else ""
    return bare.lower() in media or raw.lower() in media or m.head in pack.media_nouns \
        or (last in pack.media_nouns and last[:1].isupper() and not m.role) \
        or (any(n in raw for n in pack.media_names) and not m.name and not m.role and m.head is None)


def _people_kind(low: list[str], pack: LangPack, m: Mention) -> SourceKind:
    """A noun for people: one person or a group, by its count."""
    if m.count == 1:
        return SourceKind.PERSON
    # "banyak pakar", "sebagian umat Muslim": a quantifier makes a number-neutral noun
    # (Indonesian "pakar" is an expert or experts) a group
    if m.count is None and set(low[:2]) & pack.discourse.plural_quantifiers:
        return SourceKind.PEOPLE
    if m.head in pack.group_nouns or m.count:
        return SourceKind.PEOPLE
    return SourceKind.PERSON


def _organisation_kind(raw: str, pack: LangPack, ents: Entities, m: Mention) -> SourceKind:
    """An organisation by its noun, NER or its words; a lone capitalised word NER calls a
    person is one; otherwise unknown."""
    labels = {lab for a, b, lab in ents}
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


# the name finder reads mentions too, and coordination parses them: imported last so each
# module sees the other's definitions
from .coordination import split_coordinated  # noqa: E402
from .names import _statistical_name  # noqa: E402

__all__ = ["Mention", "parse_mention", "split_coordinated", "_name_after_comma"]
