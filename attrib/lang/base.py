"""The language pack: everything the engine knows about one language, as data.

A pack names its spaCy pipeline, its extraction strategy (``"dep"`` for a language with a
trained parser, ``"tokens"`` for token patterns over a tokenizer alone) and the word lists
and patterns both strategies read. A strategy's own data is a typed, frozen part of the pack
(:class:`TokenRulesData` as ``pack.tokens``, :class:`DepRulesData` as ``pack.dep``), and the
constructions only some languages have are :class:`DiscourseData` (``pack.discourse``). The
pack is checked when it is built (:func:`validate`). Adding a language means adding a folder
under ``attrib/lang/`` whose ``__init__.py`` builds one :class:`LangPack` called ``PACK``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any, Callable

from ..errors import AttribError
from .parts import DepRulesData, DiscourseData, TokenRulesData


class PackError(AttribError):
    """A language pack whose data breaks the contract below (raised when the pack is built)."""


STRATEGIES = ("dep", "tokens")


# the parts of a pack, by field name, and the part each strategy must carry
PARTS: dict[str, type] = {"tokens": TokenRulesData, "dep": DepRulesData, "discourse": DiscourseData}
# the fields (``part.name``) a pack of each strategy must fill: an empty one is a missing key
STRATEGY_KEYS: dict[str, frozenset[str]] = {
    "dep": frozenset({f"dep.{k}" for k in (
        "labels", "phrase_heads", "corpus_cues", "complement_marks", "infinitive_marks",
        "predicate_preps", "occasion_preps", "not_cue_tails", "partitive_heads", "partitive_preps",
        "verb_endings")}),
    "tokens": frozenset({f"tokens.{k}" for k in (
        "quote_cues", "quote_embedded_cues", "denial_stems", "purpose_words", "not_according",
        "apposition_nouns", "cue_leaders", "adverbial_openers", "active_verb_prefixes",
        "verb_like_nouns", "complementizers", "passive_denial_cues", "based_on", "record_nouns",
        "passive_speech_cues", "anaphoric_nouns", "citation_leaders", "origin_markers",
        "agent_prefixes", "agent_markers", "source_heads", "document_verbs",
        "opening_conjunctions", "opening_verb_prefixes", "name_titles", "role_place_prepositions")}
        | {f"discourse.{k}" for k in (
            "postposed_cues", "according_to", "citation_cues", "clause_openers", "date_words",
            "discourse_words", "name_particles", "preverbal_adverbs", "subject_adjuncts",
            "source_joiners", "demonstratives")}),
}
# fields the engine reads one word at a time: an entry with a space can never match ("lebih
# dulu" in ``prior_markers`` is looked up as one word), so a phrase there is an error
WORD_FIELDS = frozenset({
    "pronouns", "plural_pronouns", "function_words", "negations", "verb_markers",
    "reporting_forms", "prior_markers", "hedge_words", "generic_words", "postmodifiers",
    "org_name_words", "marker_words", "neighbour_markers",
    "discourse.preverbal_adverbs", "discourse.date_words", "discourse.clause_openers",
    "discourse.discourse_words", "tokens.source_heads", "discourse.subject_adjuncts"})
# fields whose entries are regular expressions
REGEX_FIELDS = frozenset({"boilerplate", "subset_patterns", "datelines", "discourse.response_followups"})


@dataclass(frozen=True)
class LangPack:
    code: str
    name: str
    # "dep": rules over the dependency parse; "tokens": token patterns over the tokenizer
    strategy: str
    # importable spaCy packages to try in order; empty: spacy.blank(code) + sentencizer
    models: tuple[str, ...] = ()
    # a module whose ``add_ner(nlp)`` adds a statistical NER to the blank pipeline (Indonesian:
    # ``attrib.lang.id.ner``); its entities supplement the pack's name rules (``find_names``)
    ner: str = ""
    # (text, NER entities, not_name) → the entities and the persons that the language's naming
    # conventions add ("Tersangka TW (43)"), as (start, end, label); resolve reads "PER" as persons
    find_names: Any = None
    # a module whose ``person_names``/``statistical_name`` find persons' names by the language's
    # conventions where no statistical NER runs (Indonesian: ``attrib.lang.id.namefinder``);
    # empty: none (English relies on its pipeline's NER)
    name_finder: str = ""

    # --- cues -----------------------------------------------------------------------------
    # lemmas (dep) or lower-cased forms (tokens) of verbs of saying / reporting
    speech_verbs: frozenset[str] = frozenset()
    # verbs that attribute a belief, plan or perception (PolNeAR counts them: "believes")
    belief_verbs: frozenset[str] = frozenset()
    # noun cues ("claim", "statement") and multiword cues ("according to")
    cue_nouns: frozenset[str] = frozenset()
    cue_phrases: tuple[tuple[str, ...], ...] = ()
    # cues that carry their own source ("ujarnya", "katanya")
    embedded_source_cues: frozenset[str] = frozenset()
    # verbs of reporting that mark earlier reporting ("reported")
    reporting_verbs: frozenset[str] = frozenset()
    # words that make a report earlier reporting ("previously reported", "sebelumnya melaporkan")
    prior_markers: frozenset[str] = frozenset()
    # forms of the reporting verbs as they appear in a cue ("reported", "reports")
    reporting_forms: frozenset[str] = frozenset()

    # --- source noun phrases --------------------------------------------------------------
    # words that end a source noun phrase after a post-posed cue ("…, kata X, ketika …")
    source_stop_words: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    number_words: dict[str, int] = field(default_factory=dict)
    ordinal_words: dict[str, int] = field(default_factory=dict)
    person_nouns: frozenset[str] = frozenset()  # "spokesperson", "juru bicara"
    group_nouns: frozenset[str] = frozenset()  # "people", "officials", "sumber"
    anonymous_markers: frozenset[str] = frozenset()  # "familiar", "anonymity", "tidak mau disebutkan"
    organization_nouns: frozenset[str] = frozenset()  # "company", "ministry", "kepolisian"
    media_names: frozenset[str] = frozenset()  # "Reuters", "The Times"
    document_nouns: frozenset[str] = frozenset()  # "report", "records", "data"
    roles: frozenset[str] = frozenset()  # "juru bicara", "spokesperson", "Kepala …"
    # "Bea dan Cukai": a lower-case word that joins the words of one organisation's name
    org_name_connectors: frozenset[str] = frozenset()

    # --- stance, responses, boilerplate --------------------------------------------------
    denial_cues: frozenset[str] = frozenset()  # "denied", "membantah"
    denial_phrases: tuple[str, ...] = ()  # "not true", "tidak benar", "premise … wrong"
    hedge_phrases: tuple[str, ...] = ()  # "could not say whether"
    response_patterns: tuple[tuple[str, str], ...] = ()  # (regex, kind)
    boilerplate: tuple[str, ...] = ()  # regexes of lines that are never claims

    # --- resolution and assessment (attrib/resolve/, attrib/assess/) ----------------------------
    # True where the head noun comes first ("juru bicara ByteDance"), False where it comes
    # last ("a ByteDance spokesperson")
    head_first: bool = False
    plural_pronouns: frozenset[str] = frozenset()  # "they", "mereka": refer back to a group
    # "he" → "m", "she" → "f", "it" → "n" (an organisation or a document); "dia" has none
    pronoun_genders: dict[str, str] = field(default_factory=dict)
    # "spokeswoman", "Mr." → the gender a later "she"/"he" must agree with
    gender_words: dict[str, str] = field(default_factory=dict)
    definite_markers: frozenset[str] = frozenset()  # "the", "tersebut": refer back to a source
    # words that open a post-modifier ("people familiar with", "orang yang mengetahui"):
    # the noun phrase's own head, number and determiner come before them
    postmodifiers: frozenset[str] = frozenset()
    new_source_markers: frozenset[str] = frozenset()  # "separate", "terpisah": a new source
    subset_patterns: tuple[str, ...] = ()  # regexes: "one of the", "salah satu": part of a group
    zero_subject_words: frozenset[str] = frozenset()  # "tidak dapat": no noun, an elided subject
    # "Muslim, juga juru bicara …", "X adalah pejabat …": a mention opening with one of these
    # describes a subject named before it (an apposition or a predicate), it names no one
    apposition_openers: frozenset[str] = frozenset()
    media_nouns: frozenset[str] = frozenset()  # "newspaper", "harian": an outlet
    org_name_words: frozenset[str] = frozenset()  # "Inc", "Technologies", "Polsek": a name is an org
    # the org words that end a name ("PT Bank Central Asia Tbk | Jonatan Setiawan"): the word
    # after one starts a new name, it does not continue the organisation's
    org_suffix_words: frozenset[str] = frozenset()
    generic_org_nouns: frozenset[str] = frozenset()  # "the company", "perusahaan itu": any named org
    negations: frozenset[str] = frozenset()  # "not", "tidak": a negated predicate
    hedge_words: frozenset[str] = frozenset()  # "may", "mungkin": the content is qualified
    generic_words: frozenset[str] = frozenset()  # "premise", "whole": a denial without content
    function_words: frozenset[str] = frozenset()  # ignored when comparing contents
    verb_markers: frozenset[str] = frozenset()  # "is", "sedang": the next word is a predicate
    verb_prefixes: tuple[str, ...] = ()  # "me", "ber": a word with one is a verb (Indonesian)
    stem_prefixes: tuple[str, ...] = ()  # stripped when comparing contents ("mengembangkan")
    stem_suffixes: tuple[str, ...] = ()  # stripped when comparing contents ("developing")
    # words of place names ("Jakarta Selatan", "Asia Tenggara"): a run with one is no person
    place_words: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()  # "di", "ke": a capitalised word after one is a place
    thing_nouns: frozenset[str] = frozenset()  # "situs", "aplikasi": a capitalised word after one is a thing
    # a regex over a lower-cased word that names a thing, never a person ("kesehatan")
    thing_word_pattern: str = ""
    # regexes of the datelines this language's outlets open a story with, besides the wire
    # form every language shares ("JAKARTA, KOMPAS — "): "Liputan6.com, Bekasi - "
    datelines: tuple[str, ...] = ()

    # --- detection (langdetect.py) ---------------------------------------------------------
    # a close language the identifier confuses this one with ("id" for Malay), words frequent
    # in this language's news and rare in the neighbour's ("kerajaan", "berkata"), and the
    # neighbour's words this language does not use ("pemerintah", "karena"): detection counts
    # both to tell the two apart
    neighbour: str = ""
    marker_words: frozenset[str] = frozenset()
    neighbour_markers: frozenset[str] = frozenset()

    # --- the data of one strategy, and of constructions only some languages have ------------
    # (:class:`TokenRulesData`, :class:`DepRulesData`, :class:`DiscourseData`; the fields the
    # pack's strategy reads are checked against :data:`STRATEGY_KEYS`)
    tokens: TokenRulesData = field(default_factory=TokenRulesData)
    dep: DepRulesData = field(default_factory=DepRulesData)
    discourse: DiscourseData = field(default_factory=DiscourseData)
    # indexes the rules compile from the pack's data, once per pack (see :meth:`compiled`)
    _compiled: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        problems = validate(self)
        if problems:
            raise PackError(f"language pack {self.code!r} breaks the pack contract:\n  "
                            + "\n  ".join(problems))

    def compiled(self, key: str, build: Callable[[LangPack], Any]) -> Any:
        """``build(self)``, computed the first time ``key`` is asked for and kept on the pack:
        the rules turn the pack's lists into sets, regexes and indexes once, not per Doc."""
        got = self._compiled.get(key)
        if got is None:
            got = self._compiled[key] = build(self)
        return got

    def part_field(self, name: str) -> Any:
        """The field ``name`` of whichever part holds it ("quote_cues" → ``self.tokens.quote_cues``),
        for code that picks a list by a name it computes; code that knows the name reads the
        part's attribute. A name no part has is a :class:`PackError`."""
        for part in PARTS:
            value = getattr(self, part)
            if name in {f.name for f in fields(value)}:
                return getattr(value, name)
        raise PackError(f"no part of the {self.name} pack has a field {name!r}")


def _fields_of(pack: LangPack) -> list[tuple[str, Any, str]]:
    """Every field of the pack and of its parts, as (name, value, declared type); a part's
    fields are named ``part.field`` ("tokens.quote_cues"). A part of the wrong class is left
    whole (its shape check says so)."""
    out: list[tuple[str, Any, str]] = []
    for f in fields(pack):
        if f.name == "_compiled":
            continue
        value = getattr(pack, f.name)
        if f.name in PARTS and isinstance(value, PARTS[f.name]):
            out += [(f"{f.name}.{g.name}", getattr(value, g.name), str(g.type)) for g in fields(value)]
        else:
            out.append((f.name, value, str(f.type)))
    return out


def _word_lists(pack: LangPack) -> dict[str, frozenset[str]]:
    """Every list of words or phrases in the pack, by field name (``part.field`` in a part)."""
    out: dict[str, frozenset[str]] = {}
    for name, value, _ in _fields_of(pack):
        if isinstance(value, (frozenset, set, tuple, dict)) and value \
                and all(isinstance(x, str) for x in value) and name not in REGEX_FIELDS:
            out[name] = frozenset(value)
    return out


def split_phrases(pack: LangPack) -> list[str]:
    """Lists that hold the words of one of the pack's multiword entries one by one but not the
    entry itself: ``"juru bicara wali kota".split()`` gives "juru", "bicara", "wali", "kota",
    and "kota" (a town) then counts as a noun for a person. Word lists (:data:`WORD_FIELDS`)
    hold single words by design and are not compared. Every part of the pack is searched."""
    lists = _word_lists(pack)
    entries = _multiword_entries(lists)
    found = []
    for name, words in lists.items():
        if name in WORD_FIELDS:
            continue
        for p, parts in entries:
            if p not in words and all(w in words for w in parts):
                found.append(f"{name} holds the words of {p!r} separately but not {p!r} itself "
                             "(a phrase list built with .split()?)")
    return found


def _multiword_entries(lists: dict[str, frozenset[str]]) -> list[tuple[str, list[str]]]:
    """The multiword entries of letters only in any list ("juru bicara wali kota"), sorted,
    each with its words: split once here, not once per list, as every start validates the packs."""
    phrases = {p for ws in lists.values() for p in ws if " " in p and p.replace(" ", "").isalpha()}
    return [(p, p.split()) for p in sorted(phrases)]


# the declared types checked by class: (how the type's name starts, the class, its description)
_KINDS = (("dict", dict, "a dict"), ("tuple", tuple, "a tuple"), ("str", str, "a string"),
          ("bool", bool, "True or False"))


def _shape_problem(name: str, value: Any, kind: str) -> str | None:
    """What is wrong with one field's value for its declared type (None: it fits): a set of
    strings, a dict, a tuple, a string, a flag, or a part of its own class."""
    if kind.startswith("frozenset"):
        if isinstance(value, frozenset) and all(isinstance(x, str) for x in value):
            return None
        return f"{name} must be a frozenset of strings, not {type(value).__name__}"
    expected, description = _declared_class(name, kind)
    if isinstance(value, expected):
        return None
    return f"{name} must be {description}, not {type(value).__name__}"


def _declared_class(name: str, kind: str) -> tuple[type, str]:
    """The class a field's value must have, and its description: a part's class for a part,
    the class of :data:`_KINDS` its declared type names, ``object`` for any other type."""
    if name in PARTS:
        return PARTS[name], f"a {PARTS[name].__name__}"
    for start, cls, description in _KINDS:
        if kind == start or kind.startswith(start + "["):
            return cls, description
    return object, "anything"


def _identity_problems(pack: LangPack) -> list[str]:
    """The pack's code is an ISO 639 code and its strategy one the engine has."""
    problems = []
    if not re.fullmatch(r"[a-z]{2,3}", pack.code):
        problems.append(f"code {pack.code!r} is not a lower-case ISO 639 code")
    if pack.strategy not in STRATEGIES:
        problems.append(f"strategy {pack.strategy!r} is not one of {STRATEGIES}")
    return problems


def _word_field_problems(pack: LangPack) -> list[str]:
    """Phrases in lists the engine matches one word at a time (:data:`WORD_FIELDS`)."""
    problems = []
    for name, words, _ in sorted(_fields_of(pack)):
        if name not in WORD_FIELDS:
            continue
        spaced = sorted(w for w in words if not isinstance(w, str) or " " in w.strip() or w != w.strip())
        if spaced:
            problems.append(f"{name} is matched word by word, so {spaced} can never match")
    return problems


def _pattern_problems(pack: LangPack) -> list[str]:
    """Regular expressions of the pack that do not compile."""
    patterns = [p for name, value, _ in _fields_of(pack) if name in REGEX_FIELDS for p in value]
    patterns += [p for p, _ in pack.response_patterns]
    patterns += [pack.thing_word_pattern] if pack.thing_word_pattern else []
    problems = []
    for p in patterns:
        try:
            re.compile(p)
        except (re.error, TypeError) as e:
            problems.append(f"pattern {p!r} does not compile: {e}")
    return problems


def _strategy_problems(pack: LangPack) -> list[str]:
    """The fields the pack's strategy reads and the pack leaves empty (a missing key), and
    data for another strategy, which no rule of this one reads."""
    values = {name: value for name, value, _ in _fields_of(pack)}
    problems = []
    missing = sorted(k for k in STRATEGY_KEYS.get(pack.strategy, ()) if not values.get(k))
    if missing:
        problems.append(f"the {pack.strategy!r} strategy reads {missing}, which the pack leaves empty")
    for other in STRATEGIES:
        part = getattr(pack, other)
        if other != pack.strategy and isinstance(part, PARTS[other]) and part != PARTS[other]():
            problems.append(f"{other} holds data only the {other!r} strategy reads, in a "
                            f"{pack.strategy!r} pack")
    return problems


def validate(pack: LangPack) -> list[str]:
    """Everything wrong with a pack's data, as sentences (empty: the pack is sound).

    Checked: the code and strategy; every field, of the pack and of its parts, has its
    declared shape (a set of strings, a dict, a tuple, a part of its class); regexes compile;
    :data:`WORD_FIELDS` hold single words; the pack fills every field its strategy reads
    (:data:`STRATEGY_KEYS`) and no other strategy's part; no phrase list lost its spaces."""
    problems = _identity_problems(pack)
    for name, value, kind in _fields_of(pack):
        problem = _shape_problem(name, value, kind)
        if problem:
            problems.append(problem)
    problems += _word_field_problems(pack)
    problems += _pattern_problems(pack)
    problems += _strategy_problems(pack)
    problems += split_phrases(pack)
    return problems


def _list_name(key: str) -> str:
    """The list a name given to :func:`extend` means: "tokens.quote_cues", "roles"; the older
    "extra.KEY" of pipelines saved before the parts existed means the part that holds KEY."""
    if not key.startswith("extra."):
        return key
    k = key.removeprefix("extra.")
    for part, cls in PARTS.items():
        if k in {f.name for f in fields(cls)}:
            return f"{part}.{k}"
    return key


def _grown(old: Any, new: Any) -> Any:
    """``old`` with the words of ``new`` added: a set gains them, a tuple gets them appended (a
    list becomes a tuple: a cue phrase), a dict is updated from a mapping; None when ``old``
    is no list of words."""
    if isinstance(old, frozenset):
        return old | frozenset(new)
    if isinstance(old, tuple):
        return old + tuple(tuple(w) if isinstance(w, list) else w for w in new if w not in old)
    if isinstance(old, dict) and isinstance(new, dict):
        return {**old, **new}
    return None


def _replaced(pack: LangPack, changes: dict[str, Any]) -> LangPack:
    """A copy of ``pack`` with the given fields replaced, ``part.field`` inside its part."""
    import dataclasses

    top = {k: v for k, v in changes.items() if "." not in k}
    for part in PARTS:
        inner = {k.split(".", 1)[1]: v for k, v in changes.items() if k.startswith(part + ".")}
        if inner:
            top[part] = dataclasses.replace(getattr(pack, part), **inner)
    return dataclasses.replace(pack, **top)


def extend(pack: LangPack, words: dict[str, Any]) -> LangPack:
    """A copy of ``pack`` with words added to its lists: ``{"speech_verbs": ["berkicau"],
    "media_names": ["Harian Pagi"], "discourse.postposed_cues": ["kicau"]}``. A set gains the
    words, a tuple gets them appended, a dict (``number_words``) is updated from a mapping.
    The copy is checked like any pack; an unknown list name is a :class:`PackError`."""
    current = {name: value for name, value, _ in _fields_of(pack) if name not in PARTS}
    changes: dict[str, Any] = {}
    unknown = []
    for key, new in words.items():
        name = _list_name(key)
        grown = _grown(current.get(name), [new] if isinstance(new, str) else new)
        if grown is None:
            unknown.append(key)
            continue
        current[name] = changes[name] = grown
    if unknown:
        lists = sorted(n for n, v in current.items() if isinstance(v, (frozenset, tuple, dict)))
        raise PackError(f"no word list called {', '.join(map(repr, unknown))} in the {pack.name} "
                        f"pack; lists: {', '.join(lists)}")
    return _replaced(pack, changes)
