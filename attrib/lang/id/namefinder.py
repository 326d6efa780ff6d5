"""Indonesian's name finder, for articles read without a statistical NER: runs of capitalised
words, the titles and places around them ("Wali Kota Harsono", "di Jakarta"), the one-word
references to a person ("Galih menjelaskan"), and the statistical NER's names over the rules'
when there is one. The pack selects it (``LangPack.name_finder``); Malay's pack inherits it.
The engine calls it through :mod:`attrib.resolve.names`."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..base import LangPack
from ...model import SourceKind
from ...pipeline.found import Offsets
from ...resolve.mention import Mention, parse_mention
from ...resolve.names import _verb_follows
from ...resolve.words import _DIGIT, _TOKEN, _WORD, _bare, _common_word, _entities_within, _lowercase_words, _not_name, _not_name_word, _title_words


def statistical_name(text: str, span: Offsets, words, names: list[tuple[int, int, str]], pack: LangPack,
                     m: Mention) -> None:
    """A person's name that the NER or a naming convention finds in the mention is the whole
    name, whatever its length: "Kepala Biro Hukum Partai Maju Ratna Sari Dewi" keeps three
    words where the rules guess two, "Tersangka TW" names TW (the rules see an acronym)."""
    s, e = span
    persons = [(a, b) for a, b, lab in _entities_within(names, s, e) if lab == "PER"]
    if not persons:
        return
    at = _found(text, m.name, s, e)
    chosen = _person_over_rules_name(persons, at)
    if chosen is None:
        return  # another person than the rules' ("juru bicara Ani, Budi"): theirs stands
    a, b = chosen
    if _rules_name_stands(text, at, a, b, pack):
        return
    a = _start_past_role(text, m.role, words, span, a, b)
    if a >= b:
        return
    _affiliation_before_name(text, m, span, a, b)
    m.name = _bare(text[a:b])
    m.proper_single = False


def _person_over_rules_name(persons: list[Offsets], at: Offsets | None) -> Offsets | None:
    """The NER's person for the rules' name: of the names over it, the widest (the NER's or
    the one the article refers back to); where the rules found none, the last ("…, Budi");
    None where every person is another than the rules' ("juru bicara Ani, Budi")."""
    if not at:
        return persons[-1]
    over = [p for p in persons if p[0] < at[1] and at[0] < p[1]]
    if not over:
        return None
    return max(over, key=lambda p: p[1] - p[0])


def _rules_name_stands(text: str, at: Offsets | None, a: int, b: int, pack: LangPack) -> bool:
    """"Menteri Perindustrian Ratna Sari Dewi" with the NER's "Sari Dewi": the rules' longer
    name stands unless what the NER leaves out cannot be a name's ("Kelurahan X , Budi")."""
    if not at or not (a >= at[0] and b <= at[1]) or (a, b) == at:
        return False
    left_out = text[at[0]:a].split() + text[b:at[1]].split()
    lower = _lowercase_words(text)
    return not any(not re.search(r"\w", w) or _not_name(w, pack, lower) for w in left_out)


def _start_past_role(text: str, role_text: str | None, words, span: Offsets, a: int, b: int) -> int:
    """"Kapolsek Budi": the title is no part of the name; the name starts at the first word
    after the mention's role where the role overlaps it."""
    role = _found(text, role_text, *span)
    if role and role[0] < b and a < role[1]:
        return next((w[0] for w in words if w[0] >= role[1]), b)
    return a


def _affiliation_before_name(text: str, m: Mention, span: Offsets, a: int, b: int) -> None:
    """"Partai Maju Ratna" → "Partai Maju": an affiliation that runs into the name ends
    where the name starts."""
    aff = _found(text, m.affiliation, *span)
    if aff and aff[0] < b and a < aff[1]:
        m.affiliation = text[aff[0]:a].strip(" ,") or None


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


def person_names(text: str, pack: LangPack, outside: Callable[[int], bool],
                 speakers: frozenset[str] = frozenset(),
                 names: list[tuple[int, int, str]] = ()) -> list[Offsets]:
    """Where the article names a person outside quotations (``outside``), in text order, without
    a statistical NER: capitalised names that a role introduces ("Wali Kota Harsono", "Kepala
    Dinas … Widyastuti"), that a role follows ("Fadli Ramadhan, Koordinator …"), that stand
    before a verb ("Satya Nugraha baru dinyatakan"), and the one-word references to a person
    ("Galih menjelaskan", "Menurut Sekar"); each widened to the NER's name over it (``names``).
    ``speakers``: words the extraction found as a one-word speaker ("kata Galih")."""
    lower = _lowercase_words(text)
    runs = _runs(text, pack, outside, lower)
    in_long = _words_of_long_names(text, runs)
    places = _place_words(text, runs, pack)
    lower = lower | {w.lower() for w in places}
    known = {w for w in speakers if w in in_long and w not in places}
    singles = _one_word_persons(text, runs, pack, in_long, places, known)
    out: list[Offsets] = []
    for run, words in runs:
        span = _person_in_run(text, run, words, pack, lower, known)
        if span is not None:
            out.append(span)
    people = sorted(set(out) | set(singles))
    if names:
        people = _with_statistical(people, [(a, b) for a, b, lab in names if lab == "PER" and outside(a)])
    return people


Run = tuple[re.Match[str], list[tuple[int, int, str]]]


def _runs(text: str, pack: LangPack, outside: Callable[[int], bool], lower: frozenset[str]) -> list[Run]:
    """The runs of capitalised words outside quotations, each with its words past the leading
    common words ("Menurut Sekar" → "Sekar"); a run of common words only is left out."""
    runs = []
    for run in _RUN.finditer(text):
        if outside(run.start()):
            words = _name_words(text, run, pack, lower)
            if words:
                runs.append((run, words))
    return runs


def _words_of_long_names(text: str, runs: list[Run]) -> set[str]:
    """The words of runs of two words or more: one of them used alone in a speaker's place
    refers to a person ("Galih Pranata Wibowo" … "Galih menjelaskan", "lanjut Simanjorang");
    "Setahun terakhir" or "UMKM melakukan" are no one's name. Not a product's ("N219 Rajawali")
    nor an organisation's glossed by its acronym ("Majelis Ulama Indonesia ( MUI )")."""
    return {w for run, words in runs if len(words) > 1 and not _GLOSS.match(text, run.end())
            and not any(_DIGIT.search(x) for *_, x in words) for *_, w in words}


def _place_words(text: str, runs: list[Run], pack: LangPack) -> set[str]:
    """The words the article uses as a place's: a run's first word after a place word ("di
    Jakarta", "ke Gili", "Kota Palembang"), and a word inside a run after a place's or an
    organisation's word ("Kawasan Monas", "Provinsi Banten", "PT Pertamina", "Polda Maluku")."""
    places = {words[0][2] for run, words in runs if _after_place_word(text, words[0][0], pack)}
    places |= {w for _, words in runs for (*_, p), (*_, w) in zip(words, words[1:]) if _opens_place(p, pack)}
    return places


def _opens_place(word: str, pack: LangPack) -> bool:
    """A word of a run after which the next names a place or an organisation ("Provinsi
    Banten", "di Jakarta", "Polda Maluku"; not an org suffix: "PT X Tbk | Budi")."""
    low = word.lower()
    return low in pack.place_words or low in pack.place_prepositions \
        or low in pack.org_name_words and low not in pack.org_suffix_words


def _one_word_persons(text: str, runs: list[Run], pack: LangPack, in_long: set[str], places: set[str],
                      known: set[str]) -> list[Offsets]:
    """The one-word runs that refer to a person: a title alone where a speaker stands, a word
    of a longer name in a speaker's place, a name in apposition. ``known`` gains each name
    found, in text order (the next runs are judged by it)."""
    singles: list[Offsets] = []
    for _, words in runs:
        if len(words) != 1:
            continue
        a, b, w = words[0]
        if _title_as_speaker(text, a, b, w, pack):
            singles.append((a, b))
        elif _name_as_speaker(text, a, b, w, pack, in_long, places, known):
            known.add(w)
            singles.append((a, b))
    return singles


def _title_as_speaker(text: str, a: int, b: int, word: str, pack: LangPack) -> bool:
    """"Presiden juga mengingatkan", "kata Gubernur": a title alone where a speaker stands
    refers to its holder."""
    if word.lower() not in pack.roles or not word[:1].isupper():
        return False
    if _after_word(text, a, pack):
        return _speaker_place(text, a, b, pack)
    return _verb_follows(_TOKEN.findall(text[b:b + 40])[:2], pack)


def _name_as_speaker(text: str, a: int, b: int, word: str, pack: LangPack, in_long: set[str],
                     places: set[str], known: set[str]) -> bool:
    """A one-word name of a person: a word of a longer name the article uses for a speaker or
    in a speaker's place ("Galih menjelaskan"), or a name between commas before the verb, the
    subject's in apposition ("Pengamat ekonomi dari Universitas Bengkulu , Syamsudin , menilai")."""
    # "BI menilai", "RW melaporkan": an initial alone is an acronym, no one's name
    if _not_name_word(word, pack) or word in places or word.isupper():
        return False
    if word in in_long and (word in known or _speaker_place(text, a, b, pack)):
        return True
    return _apposed(text, a, b, pack)


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


# ", mengatakan", ", yang dihubungi , mengatakan": the verb after an apposition's comma, past
# a relative clause of one word ("yang" and a verb)
_RELATIVE = "yang"
_APPOSED = re.compile(r"\s*,\s*(?:" + _RELATIVE + r"\s+\w+\s*,\s*)?([a-z]+)")


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
    if not any(w in known for *_, w in words) and _name_word_count(words, pack, lower) < 2:
        return None
    a, b = words[0][0], words[-1][1]
    if _context_names_no_person(text, run, a, b, pack, lower):
        return None
    named = _name_from_known_word(words, pack, lower, known)
    if named is not None:
        return named
    # "Wali Kota Bogor", "Peraturan Menteri Kesehatan": one word after a title may be a place
    # or a thing; a name of two words or more, none of them an organisation's, a place's or
    # a common word's, is a person's (checked on the words first: parsing costs more)
    if _name_word_count(words, pack, lower) < 2:
        return None
    return _titled_or_speaking_name(text, a, b, words, pack, lower)


def _name_word_count(words, pack: LangPack, lower: frozenset[str]) -> int:
    """How many of a run's words can be a name's (not an organisation's, a place's or a
    common word)."""
    return sum(not _not_name(w, pack, lower) for *_, w in words)


def _context_names_no_person(text: str, run: re.Match[str], a: int, b: int, pack: LangPack,
                             lower: frozenset[str]) -> bool:
    """A run that what surrounds it makes no person's: glossed by an acronym, after a place's
    preposition or after a thing's noun."""
    # "Majelis Ulama Indonesia ( MUI )": a name glossed by its acronym is an organisation's
    if _GLOSS.match(text, b):
        return True
    before = _WORD.findall(text[max(0, a - 20):a])
    if not before:
        return False
    prev = before[-1].lower()
    # "di Jakarta Selatan", "from New York": a place after a preposition is no person
    preps = pack.place_prepositions or pack.function_words
    if prev in preps and not _common_word(run.group().split()[0], pack, lower):
        return True
    # "pesawat N219 Rajawali", "perayaan Idul Adha": a run after a thing's noun names the thing
    return prev in pack.thing_nouns


def _name_from_known_word(words, pack: LangPack, lower: frozenset[str], known: set[str]) -> Offsets | None:
    """"PO NPM Galih Pranata Wibowo", "Pengusaha Sahat Simarmata": a run with a word the
    article uses alone for a speaker names that person; the name runs from that word on
    (from the last such word: "Gili Hotel Association Lalu Darsono" is Lalu Darsono's)."""
    for i in range(len(words) - 1, -1, -1):
        w = words[i][2]
        if w in known and not _not_name_word(w, pack):
            return _name_around(words, i, pack, lower)
    return None


def _name_around(words, i: int, pack: LangPack, lower: frozenset[str]) -> Offsets:
    """The name holding a run's word ``i``: from it to the last name word after it; a
    run's last word takes one name word before it ("Sahat Simarmata" referred to as
    "Simanjorang")."""
    j = i
    if i == len(words) - 1 and i > 0 and not _not_name(words[i - 1][2], pack, lower):
        j = i - 1
    k = i + 1
    while k < len(words) and not _not_name(words[k][2], pack, lower):
        k += 1
    return words[j][0], words[k - 1][1]


def _titled_or_speaking_name(text: str, a: int, b: int, words, pack: LangPack,
                             lower: frozenset[str]) -> Offsets | None:
    """A run of name words is a person's when it has a role before it, a role after it
    ("Fadli Ramadhan, Koordinator …") or a verb after it ("Satya Nugraha baru dinyatakan"),
    and its parse is a person's name."""
    after = text[b:b + 40]
    role_after = _role_after(after, pack)
    verb_after = _verb_after(text, a, b, after, pack)
    # the name needs a role before it, a role after it or a verb after it
    if not (role_after or verb_after or any(w.lower() in _title_words(pack) for *_, w in words)):
        return None
    m = parse_mention(text, (a, b), pack)
    if m.kind is not SourceKind.PERSON or not m.name or not (m.role or role_after or verb_after):
        return None
    return _name_past_office(text, m.name, a, b, pack, lower)


def _word_after(after: str) -> str:
    """The next word (lower case) past spaces and a comma."""
    nxt = _WORD.match(after.lstrip(" ,"))
    return nxt.group().lower() if nxt else ""


def _role_after(after: str, pack: LangPack) -> bool:
    """"Fadli Ramadhan, Koordinator …": a comma and a person's noun or a title after the name."""
    w = _word_after(after)
    return after.lstrip().startswith(",") and (w in pack.person_nouns or w in _title_words(pack))


def _verb_after(text: str, a: int, b: int, after: str, pack: LangPack) -> bool:
    """A verb after the name: right after it ("Satya Nugraha baru dinyatakan"), past an
    apposition's commas or past a clause of the subject's own; or the name follows a titled
    gloss ("Pembina Komunitas Run to Office ( R2O ) Tono Sugiarto yakin": a title before the
    organisation an acronym glosses is the title of the name after the gloss)."""
    return _verb_next(after, pack) or _apposed(text, a, b, pack) or _interrupted(text, b, pack) \
        or _titled_gloss_before(text, a, pack)


def _verb_next(after: str, pack: LangPack) -> bool:
    """The next word is a verb (a speech verb, a prefixed verb, a verb marker), with no comma
    or full stop between."""
    if after.lstrip().startswith((",", ".")):
        return False
    w = _word_after(after)
    return bool(w) and w[0].islower() and (
        w in pack.speech_verbs or any(w.startswith(p) for p in pack.verb_prefixes) or w in pack.verb_markers)


def _name_past_office(text: str, name: str, a: int, b: int, pack: LangPack,
                      lower: frozenset[str]) -> Offsets | None:
    """"Provinsi Maluku Jefry Latuheru" (no role parsed): the name is the words after a place's
    or an office's name ("Provinsi Maluku", "Jakarta Selatan", "Polda Maluku"), two words at
    least; any other word that cannot be a name's ("Berbagiyuk Peduli Bersama") makes the run
    no person's."""
    parts = name.split()
    cut = max((i + 1 for i, w in enumerate(parts) if _not_name(w, pack, lower)), default=0)
    if cut and not any(w.lower() in pack.place_words or w.lower() in pack.org_name_words
                       for w in parts[max(0, cut - 2):cut]):
        return None
    if len(parts) - cut < 2:
        return None
    name = " ".join(parts[cut:])
    k = text.find(name, a, b)
    return (k, k + len(name)) if k >= 0 else None


# a run of capitalised words (and initials) on one line: a name, a title, a place
# ("Santoso. Budi": a full stop after a word ends the run; "M. Isa" is an initial)
# lower-case words inside a name ("Ahmad bin Yusuf", "Siti binti Aminah", "van", "de", "dr")
_NAME_LINKS = ("dr", "bin", "binti", "van", "de")
_RUN = re.compile(r"(?:[A-Z][\w'’.-]*)(?:(?<![a-z]{3}\.)[ ](?:[A-Z][\w'’.-]*|" + "|".join(_NAME_LINKS) + r"))*")
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
