"""Inside one mention: its role ("juru bicara"), affiliation ("ByteDance") and personal name
("Michael Hughes"), from the entities NER found or, without NER, from its capitalised words."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lang.base import LangPack
from ..pipeline.found import Offsets
from .words import _bare, _common_word, _lowercase_words, _not_name, _not_name_word, _org_like, _proper_indices, _role_at, _thing_word

if TYPE_CHECKING:
    from .mention import Mention

# a mention's words as (start, end, word), entities and names as (start, end, label), and
# where the mention's role phrase is, as word indices (start, end)
Words = list[tuple[int, int, str]]
Entities = list[tuple[int, int, str]]
RoleAt = tuple[int, int] | None


# --- the pack's words around a name ----------------------------------------------------------

def _possessive(pack: LangPack) -> re.Pattern[str]:
    """"Halvorsen's", "Mr. Whitcombe's allies": the pack's possessive endings, at a word's end."""
    return pack.compiled("mention.possessive", _build_possessive)


def _build_possessive(pack: LangPack) -> re.Pattern[str]:
    ends = pack.discourse.possessive_suffixes
    return re.compile("(?:" + "|".join(map(re.escape, ends)) + ")$" if ends else r"(?!)")


def _leading_article(pack: LangPack) -> re.Pattern[str]:
    """"The New York Post", "the Commission on …": the pack's article before a name, in lower
    case or capitalised, with the space after it."""
    return pack.compiled("mention.leading_article", _build_leading_article)


def _build_leading_article(pack: LangPack) -> re.Pattern[str]:
    forms = [f for a in pack.discourse.leading_articles for f in (a, a.capitalize())]
    return re.compile(r"^(?:" + "|".join(map(re.escape, forms)) + r")\s+" if forms else r"(?!)")


def _without_article(words: str, pack: LangPack) -> str:
    """An organisation's or an outlet's name without the article before it ("The Times" → "Times")."""
    return _leading_article(pack).sub("", words)


def _span_of(text: str, words: Words, idx: list[int]) -> str:
    """The text from the first to the last of the words ``idx``, as a name."""
    return _bare(text[words[idx[0]][0]:words[idx[-1]][1]])


# --- role, affiliation, name -----------------------------------------------------------------

def _names(text: str, words: Words, low: list[str], pack: LangPack, ents: Entities, m: Mention) -> None:
    """Role ("juru bicara"), affiliation ("ByteDance") and personal name ("Michael Hughes")."""
    role_at = _role_at(low, pack)
    persons = [(a, b) for a, b, lab in ents if lab == "PERSON"]
    orgs = [(a, b) for a, b, lab in ents if lab in ("ORG", "NORP", "GPE", "FAC")]
    # the English pipeline's NER: trust it
    if (persons or orgs) and _ner_names(text, words, low, pack, persons, orgs, role_at, m):
        return
    proper = _proper_indices(text, words, low, pack)
    if role_at:
        role_at = _extend_role(words, proper, role_at, pack)
        m.role = text[words[role_at[0]][0]:words[role_at[1] - 1][1]]
    if m.head in pack.document_nouns or m.head in pack.media_nouns:
        _author(text, words, proper, orgs, pack, m)
        return
    if not (persons or orgs):
        _split_proper(text, words, low, proper, role_at, pack, m)
    elif m.name and m.affiliation is None:
        _affiliation_beside_person(text, words, proper, persons, role_at, m)


def _author(text: str, words: Words, proper: list[int], orgs: list[Offsets], pack: LangPack,
            m: Mention) -> None:
    """"laporan Bank Dunia", "a report by the World Bank": the author, not a person (as NER
    names it, when it does: "The New York Times", whose "New" is a common word)."""
    if orgs and not m.affiliation:
        m.affiliation = _without_article(text[orgs[0][0]:orgs[0][1]], pack)
    if proper and not m.affiliation:
        m.affiliation = text[words[proper[0]][0]:words[proper[-1]][1]]


def _affiliation_beside_person(text: str, words: Words, proper: list[int], persons: list[Offsets],
                               role_at: RoleAt, m: Mention) -> None:
    """"Globex spokesperson Ann Lee" with NER naming only the person: the capitalised words
    outside the name and the role are the affiliation."""
    a, b = persons[-1]
    rest = [i for i in proper if not (a <= words[i][0] < b)
            and not (role_at and role_at[0] <= i < role_at[1])]
    run = [i for k, i in enumerate(rest) if i - rest[0] == k]
    if run:
        m.affiliation = text[words[run[0]][0]:words[run[-1]][1]]


def _extend_role(words: Words, proper: list[int], role_at: tuple[int, int],
                 pack: LangPack) -> tuple[int, int]:
    """"Kepala Unit Reserse Kriminal Polsek Cilandak Yohanes Siregar": a one-word title takes
    its unit over capitalised words up to an organisation word, leaving two words for a name;
    a full title ("juru bicara", "Wali Kota") is followed by the organisation, then the name.
    (Word order: only where the title's unit follows it.)"""
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


# --- with NER --------------------------------------------------------------------------------

def _ner_names(text: str, words: Words, low: list[str], pack: LangPack, persons: list[Offsets],
               orgs: list[Offsets], role_at: RoleAt, m: Mention) -> bool:
    """Name and affiliation from the entities NER found in the mention; True when done."""
    head_i = next((i for i, w in enumerate(low) if m.head and (w == m.head or m.head.startswith(w + " "))), None)
    if head_i is not None and not pack.head_first and persons:
        _persons_modifying_head(text, words, low, pack, persons, head_i, m)
    if persons:
        m.name = _bare(text[persons[-1][0]:persons[-1][1]])  # "Halvorsen's claim": the name is "Halvorsen"
    if not orgs or m.affiliation:
        return False
    if persons or role_at or m.head in pack.person_nouns or m.head in pack.group_nouns:
        # "Globex spokesperson Ann Lee", "a Globex official": the organisation is the affiliation
        m.affiliation = _without_article(text[orgs[0][0]:orgs[0][1]], pack)
        return False
    if head_i is None and not role_at:
        # "the Commission on Presidential Debates": an organisation by NER
        m.head = "org"
        m.key = m.key or text[orgs[0][0]:orgs[0][1]].lower()
        return True
    return False


def _persons_modifying_head(text: str, words: Words, low: list[str], pack: LangPack, persons: list[Offsets],
                            head_i: int, m: Mention) -> None:
    """"Harold Pryce's doctor", "Marlowe supporters": a name before the head modifies it (word
    order: where modifiers come first); "a spokeswoman for Edith Marlowe": a name after a
    preposition is the affiliation ("Brian Cole, an analyst at Bernstein": a name set off by a
    comma is in apposition). The modifying names leave ``persons``."""
    h0 = words[head_i][0]
    cut = next((words[i][0] for i in range(head_i + 1, len(low)) if low[i] in pack.postmodifiers), None)
    mods = [(a, b) for a, b in persons if b <= h0 and "," not in text[b:h0]
            or cut is not None and a >= cut]
    if mods:
        m.affiliation = _possessive(pack).sub("", text[mods[0][0]:mods[0][1]])
    persons[:] = [p for p in persons if p not in mods]


# --- without NER: runs of capitalised words --------------------------------------------------

def _split_proper(text: str, words: Words, low: list[str], proper: list[int], role_at: RoleAt,
                  pack: LangPack, m: Mention) -> None:
    """Capitalised words → affiliation and personal name, without NER."""
    runs = _proper_runs(low, proper, role_at, pack)
    if not runs:
        return
    run = runs[-1]
    if _modifies_head(low, run, role_at, pack, m):
        # "Mr. Whitcombe's allies", "F.B.I. officials": capitalised words before the head noun
        # say whose people they are, not who they are; "an Orient Sky spokeswoman": before a
        # title, whom the holder speaks for (English names the person after it)
        m.affiliation = _possessive(pack).sub("", _span_of(text, words, run))
        return
    if any(_org_like(words[i][2], pack) for i in run):
        _organisation_then_name(text, words, runs, role_at, pack, m)
        return
    _name_run(text, words, low, runs, role_at, pack, m)


def _proper_runs(low: list[str], proper: list[int], role_at: RoleAt, pack: LangPack) -> list[list[int]]:
    """The mention's runs of consecutive capitalised words, the role's words left out."""
    if not proper:
        return []
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
        runs = _join_org_connectors(runs, low, pack)
    return runs


def _join_org_connectors(runs: list[list[int]], low: list[str], pack: LangPack) -> list[list[int]]:
    """"Direktur Jenderal Bea dan Cukai Askolani": after a title, "dan" between capitalised
    words joins one organisation's name ("Bea dan Cukai"), not two sources."""
    joined: list[list[int]] = []
    for r in runs:
        if joined and r[0] == joined[-1][-1] + 2 and low[r[0] - 1] in pack.org_name_connectors:
            joined[-1] += [r[0] - 1] + r
        else:
            joined.append(r)
    return joined


def _modifies_head(low: list[str], run: list[int], role_at: RoleAt, pack: LangPack, m: Mention) -> bool:
    """Whether the run comes before the head noun or the title (word order: where modifiers
    come first), so it modifies them: "F.B.I. officials", "an Orient Sky spokeswoman"."""
    if pack.head_first:
        return False
    head_i = next((i for i, w in enumerate(low) if m.head and w == m.head.split()[-1]), None)
    return bool(head_i is not None and head_i > run[-1] and not role_at
                or role_at and role_at[0] > run[-1])


def _organisation_then_name(text: str, words: Words, runs: list[list[int]], role_at: RoleAt, pack: LangPack,
                            m: Mention) -> None:
    """"ByteDance Michael Hughes": the organisation's words, then the person's name."""
    run = runs[-1]
    person_ctx = bool(role_at) or m.head in pack.person_nouns
    last_org = [i for i in run if _org_like(words[i][2], pack)][-1]
    tail = _name_after_organisation(words, run, last_org, pack)
    org = [i for i in run if i not in tail]
    if tail and (person_ctx or len(tail) >= 2):
        m.name = _span_of(text, words, tail)
        m.affiliation = _span_of(text, words, org)
    elif person_ctx:
        m.affiliation = _span_of(text, words, run)
    else:  # "Huawei Technologies", "Polsek Cilandak": the organisation speaks
        _organisation_speaks(text, words, run, m)
    for r in runs[:-1]:  # "juru bicara Kementerian X, Budi": an earlier run is the affiliation
        m.affiliation = m.affiliation or _span_of(text, words, r)


def _name_after_organisation(words: Words, run: list[int], last_org: int, pack: LangPack) -> list[int]:
    """The words after the run's last organisation word that can be a person's name."""
    tail = [i for i in run if i > last_org]
    if len(tail) >= 3:  # "Polsek Cilandak Yohanes Siregar": a place name, then two for the name
        tail = tail[-2:]
    # "pejabat Kementerian Keuangan": a word that is no personal name's ("Keuangan", a
    # nominalisation; "Selatan", a place's) belongs to the organisation's name
    if any(_not_name_word(words[i][2], pack) for i in tail):
        return []
    return tail


def _organisation_speaks(text: str, words: Words, run: list[int], m: Mention) -> None:
    """"Huawei Technologies", "Grab Indonesia": the run is an organisation's name, the source."""
    m.head = m.head or "org"
    m.key = m.key or _span_of(text, words, run).lower()


def _name_run(text: str, words: Words, low: list[str], runs: list[list[int]], role_at: RoleAt, pack: LangPack,
              m: Mention) -> None:
    """A run without an organisation word: a name after an office, an affiliation then a name,
    a company, the organisation a spokesperson speaks for, or a name alone."""
    run = runs[-1]
    person_ctx = bool(role_at) or m.head in pack.person_nouns
    if _name_after_office(text, words, run, role_at, pack):
        m.name = _span_of(text, words, run)
    elif role_at and len(run) >= 3:  # "juru bicara Maju Jaya Budi Santoso": two words for the name
        _affiliation_then_name(text, words, low, run, pack, m)
    elif low[run[-1]] in pack.org_suffix_words and not role_at:
        # "Grab Indonesia", "Acme Corp": a company's name ends in such a word, a person's never
        _organisation_speaks(text, words, run, m)
    elif len(run) == 1 and role_at \
            and " ".join(low[role_at[0]:role_at[1]]) in pack.discourse.org_roles:
        # "juru bicara Gojek": a spokesperson speaks for an organisation; one word after the
        # title is the organisation's name ("juru bicara Gojek Rina Dewi" names her too)
        m.affiliation = _span_of(text, words, run)
    elif len(run) >= 2 or person_ctx:
        m.name = _span_of(text, words, run)
        if len(runs) > 1 and person_ctx:
            m.affiliation = _span_of(text, words, runs[0])
    else:
        m.proper_single = True


def _name_after_office(text: str, words: Words, run: list[int], role_at: RoleAt, pack: LangPack) -> bool:
    """"Menteri Perhubungan Bagus Karta Sumirat": a title that ends in its office's name (a
    nominalisation, "Perhubungan") is followed by the name alone, three words of it."""
    if not role_at:
        return False
    last = words[role_at[1] - 1][2]
    office = last[:1].isupper() and _thing_word(last.lower(), pack)
    return bool(office and len(run) == 3
                and not any(_not_name(words[i][2], pack, _lowercase_words(text)) for i in run))


def _affiliation_then_name(text: str, words: Words, low: list[str], run: list[int], pack: LangPack,
                           m: Mention) -> None:
    """"juru bicara Maju Jaya Budi Santoso": after a title, a long run is the affiliation, then
    two words for the name; "… Bea dan Cukai Askolani": a word the article writes in lower
    case ("cukai") or that is no name's ("Keuangan") ends the affiliation, one word is left."""
    k = len(run) - 2
    if _not_name(words[run[k]][2], pack, _lowercase_words(text)) \
            or low[run[k]] in pack.org_name_connectors:
        k += 1
    m.name, m.affiliation = _span_of(text, words, run[k:]), _span_of(text, words, run[:k])


# --- a name set off after the mention --------------------------------------------------------

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
