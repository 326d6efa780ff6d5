"""Person names in articles read without a statistical NER: runs of capitalised words, the titles and places around them, and the NER's names when there is one."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..lang.base import LangPack
from ..model import SourceKind
from ..pipeline.found import Extraction, Offsets
from .mention import Mention, parse_mention
from .words import _DIGIT, _TOKEN, _WORD, _bare, _common_word, _entities_within, _lowercase_words, _not_name, _not_name_word, _title_words


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
    return bool(mo) and mo.group(1) in pack.discourse.clause_openers \
        and any(mo.group(2).startswith(p) for p in pack.verb_prefixes)


_CLAUSE = re.compile(r"\s*,\s*([a-z]+)\s+([a-z]+)")


def _speaker_place(text: str, a: int, b: int, pack: LangPack) -> bool:
    """A word where a speaker stands: before a verb ("Galih menjelaskan"), after a cue ("lanjut
    Galih", "Menurut Sekar")."""
    before = _WORD.findall(text[max(0, a - 24):a])
    prev = before[-1].lower() if before else ""
    cues = pack.discourse.postposed_cues | pack.discourse.according_to
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
# "( MUI )", "( BPTJ )": an acronym (two capitals at least) glossing the name before it
_GLOSS = re.compile(r"\s*\(\s*[A-Z][A-Za-z]*[A-Z][A-Za-z]*\s*\)")


def _after_word(text: str, a: int, pack: LangPack) -> bool:
    """Whether a preposition, a function word or a verb comes right before ``a`` ("kepada
    Presiden", "menemui Presiden", "kata Presiden"): the word is an object, or a cue's."""
    before = _TOKEN.findall(text[max(0, a - 30):a])
    w = before[-1] if before else ""
    return w[:1].islower() and (w in pack.function_words or w in pack.place_prepositions
                                or w in pack.discourse.subject_adjuncts
                                or any(w.startswith(p) for p in pack.verb_prefixes))


def _verb_follows(after: list[str], pack: LangPack) -> bool:
    """Whether the next words (lower case) hold a verb: "juga kembali mengingatkan"."""
    return bool(after) and after[0][:1].islower() and any(
        w in pack.speech_verbs or w in pack.belief_verbs or w in pack.verb_markers
        or w in pack.discourse.preverbal_adverbs
        or any(w.startswith(p) and len(w) > len(p) + 3 for p in pack.verb_prefixes)
        for w in after)


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
