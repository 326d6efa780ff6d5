"""One source mention → a :class:`Mention`: its kind, count, name, role, affiliation and anonymity; coordinated mentions split into their members."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang.base import LangPack
from ..model import SourceKind
from ..pipeline.found import Extraction, Offsets
from .words import _ACRONYM, _PEOPLE, _TOKEN, _WORD, _bare, _common, _common_word, _entities_within, _head_nouns, _in_org_name, _lowercase_words, _media_lower, _not_name, _not_name_word, _org_like, _proper_indices, _role_at, _thing_word, _title_words


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
    if m.name and pack.discourse.resident_nouns:
        k = next((i for i, (a, _, _) in enumerate(words) if a == s + raw.find(m.name)), None) \
            if m.name in raw else None
        if k and low[k - 1] in pack.discourse.resident_nouns:
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
    particles = pack.discourse.name_particles
    # a lower-case word (other than a name's "bin", "van") is no part of a name
    if any(w[:1].islower() and lw not in particles for w, lw in zip(words, low)):
        return True
    # "Sebelumnya ,", "Menanggapi hal itu ,": an opener the article also writes in lower case,
    # or a capitalised verb ("Menanggapi", "Diperlonggar")
    # ("Sebelumnya ,", "Selanjutnya ,": an adverb in "-nya")
    return low[0] in _lowercase_words(text) or low[0] in pack.discourse.discourse_words \
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
    elif len(run) == 1 and role_at and " ".join(low[role_at[0]:role_at[1]]) in pack.discourse.org_roles:
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
    if low[0] in pack.discourse.person_classifiers:
        return SourceKind.PERSON
    labels = {lab for a, b, lab in ents}
    if m.head in pack.person_nouns or m.head in pack.group_nouns:
        if m.count == 1:
            return SourceKind.PERSON
        # "banyak pakar", "sebagian umat Muslim": a quantifier makes a number-neutral noun
        # (Indonesian "pakar" is an expert or experts) a group
        if m.count is None and set(low[:2]) & pack.discourse.plural_quantifiers:
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


def split_coordinated(text: str, pack: LangPack, ext: Extraction) -> None:
    """Split each mention that coordinates individuals into one mention per individual, in
    place: "John Smith and Mary Jones said" and "kata Budi Santoso dan Ani Wijaya" are two
    sources, so two attributions (one claim on two people's word is corroborated, not one
    person's). The extraction already splits "tiga orang dan sumber terpisah" (a lower-case
    head after the conjunction); this handles names and titled names, where only the words
    tell a list of people from one name ("Securities and Exchange Commission", "Kementerian
    Energi dan Sumber Daya Mineral" stay whole: their parts are no individuals)."""
    joiners = pack.discourse.source_joiners
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
    prepositions = pack.discourse.mention_prepositions
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


# the name finder reads mentions too: imported last so each module sees the other's definitions
from .names import _statistical_name  # noqa: E402
