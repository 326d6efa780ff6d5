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


class PackError(AttribError):
    """A language pack whose data breaks the contract below (raised when the pack is built)."""


STRATEGIES = ("dep", "tokens")


@dataclass(frozen=True)
class TokenRulesData:
    """The words of the token-pattern strategy (``attrib/pipeline/token_rules.py``): cues,
    clause boundaries and source noun phrases found by form over a tokenizer alone. A
    ``"tokens"`` pack must fill every field but the optional ones at the end."""

    # "“…?” tanya X.": words that are cues only right after a closing quote
    quote_cues: frozenset[str] = frozenset()
    # "“…,” tanyanya.": the same with the -nya that names the speaker
    quote_embedded_cues: frozenset[str] = frozenset()
    # "“…,” bantah X.": post-posed cues that make a denial
    denial_stems: frozenset[str] = frozenset()
    # "… untuk menjelaskan …": a verb after one of these is an infinitive, not a cue
    purpose_words: frozenset[str] = frozenset()
    # "menurut rencana" (as planned): nouns after "according to" that attribute nothing
    not_according: frozenset[str] = frozenset()
    # "kata X, pakar …": lower-case role nouns that continue a source after a comma
    apposition_nouns: frozenset[str] = frozenset()
    # "Y, demikian kata X.": a word between the comma and a post-posed cue
    cue_leaders: frozenset[str] = frozenset()
    # "Pada Senin, X mengatakan": prepositions that open an adverbial before a subject
    adverbial_openers: frozenset[str] = frozenset()
    # "… memanggil wali kota untuk menjelaskan": an active verb's prefix; the subject stops there
    active_verb_prefixes: tuple[str, ...] = ()
    # "menurut", "mengenai": words with a verb's prefix that are no verb
    verb_like_nouns: frozenset[str] = frozenset()
    # "X mengatakan bahwa Y": words that open a reported clause
    complementizers: frozenset[str] = frozenset()
    # "Kabar tersebut dibantah (oleh) X": passive denials, the denier after the agent marker
    passive_denial_cues: frozenset[str] = frozenset()
    # "Berdasarkan data X, Y": attributes only when its noun is a record or a named body
    based_on: frozenset[str] = frozenset()
    # "berdasarkan data …": the records that make "based on" an attribution
    record_nouns: frozenset[str] = frozenset()
    # "Hal itu disampaikan (oleh) X": passive verbs of saying, the speaker after them
    passive_speech_cues: frozenset[str] = frozenset()
    # "Hal itu disampaikan X": nouns that stand for the sentence before
    anaphoric_nouns: frozenset[str] = frozenset()
    # "…, seperti dilansir X.": a word that leads a citation of another outlet
    citation_leaders: frozenset[str] = frozenset()
    # "Dikutip dari X, Y": the word that names the cited outlet's origin
    origin_markers: frozenset[str] = frozenset()
    # "pe-", "peng-": prefixes of agent nouns ("pengamat"), a person's occupation
    agent_prefixes: tuple[str, ...] = ()
    # "dibantah oleh X": the word before a passive verb's agent
    agent_markers: frozenset[str] = frozenset()
    # "kata seorang pejabat yang …": a source opening with one of these keeps its "yang" clause
    source_heads: frozenset[str] = frozenset()
    # "Data X menunjukkan Y": verbs that report what a document says
    document_verbs: frozenset[str] = frozenset()
    # "Ketika ditanya, X menjawab": conjunctions that open an adverbial clause before a subject
    opening_conjunctions: frozenset[str] = frozenset()
    # "Menanggapi hal itu, X mengatakan": verb prefixes that open an adverbial clause
    opening_verb_prefixes: tuple[str, ...] = ()
    # "kata dokter X": lower-case titles inside a name, before the person's own name
    name_titles: frozenset[str] = frozenset()
    # "kata dokter di Puskesmas X ini": prepositions of a role noun's place
    role_place_prepositions: frozenset[str] = frozenset()

    # --- optional: absent, the construction does not exist in the language ---------------
    # "X merasa <clause>": verbs that report only before a comma, "bahwa" or a clause's subject
    clause_speech_verbs: frozenset[str] = frozenset()
    # "X harus memastikan …": an obligation before a verb of saying is a duty, not a report
    obligation_modals: frozenset[str] = frozenset()
    # "Y dinilai X sebagai …": passive verbs of judging, the judge after them
    passive_opinion_cues: frozenset[str] = frozenset()
    # "kata mantan Bupati X tersebut": a determiner that closes the source's noun phrase
    phrase_final_determiners: frozenset[str] = frozenset()
    # "anggota Panja … dari Fraksi X Nama": words that join a role to the name after it
    role_name_links: frozenset[str] = frozenset()
    # "kata dokter …", "para nelayan": occupations, nouns for persons without a role
    occupation_nouns: frozenset[str] = frozenset()


@dataclass(frozen=True)
class DepRulesData:
    """The data of the dependency-parse strategy (``attrib/pipeline/dep_rules.py``); a
    ``"dep"`` pack must fill every field."""

    # the parser's dependency labels and word classes the rules read, by role ("subject" …)
    labels: dict[str, Any] = field(default_factory=dict)
    # "a statement from X": nouns whose phrase names its source after a preposition
    phrase_heads: frozenset[str] = frozenset()
    # verbs the annotated corpus counts as cues, besides the speech and belief verbs
    corpus_cues: frozenset[str] = frozenset()


@dataclass(frozen=True)
class DiscourseData:
    """Constructions that cue finding, resolution, responses and assessment read for any pack.
    Every field is optional: empty, the construction does not exist in the language (English
    has no "-nya" name particles); the ``"tokens"`` strategy needs the first eleven."""

    # "“…,” kata X.": bare verb stems that stand after the content, followed by their source
    postposed_cues: frozenset[str] = frozenset()
    # "Menurut X, Y" / "Y, menurut X": attribution by a preposition
    according_to: frozenset[str] = frozenset()
    # "…, seperti dilansir X." / "Mengutip X, Y": citing another outlet (earlier reporting)
    citation_cues: frozenset[str] = frozenset()
    # "dan", "karena": words that open a new clause; a subject never reaches back past them
    clause_openers: frozenset[str] = frozenset()
    # "kata X, Senin (…)": days and months, which end a source and are no name
    date_words: frozenset[str] = frozenset()
    # "Namun, kata dia, Y": connectives before an interposed cue, not part of the content
    discourse_words: frozenset[str] = frozenset()
    # "Fadli bin Ahmad", "Head of …": lower-case words inside a name
    name_particles: frozenset[str] = frozenset()
    # "X juga mengatakan": adverbs and modals between a subject and its verb
    preverbal_adverbs: frozenset[str] = frozenset()
    # "X di Jakarta, Jumat, menyatakan": adjuncts that end a subject before its verb
    subject_adjuncts: frozenset[str] = frozenset()
    # "X and Y said": words that join two sources of one cue
    source_joiners: tuple[str, ...] = ()
    # "this account", "pernyataan itu": demonstratives
    demonstratives: frozenset[str] = frozenset()
    # "a spokesperson for X": prepositions that attach a mention's organisation or topic
    mention_prepositions: frozenset[str] = frozenset()
    # "that account", "pernyataan itu": nouns for what a source said, referring back
    account_nouns: frozenset[str] = frozenset()
    # "citing X": cues that cite another source's statement
    citing_cues: frozenset[str] = frozenset()
    # "juru bicara X": roles that speak for an organisation
    org_roles: frozenset[str] = frozenset()
    # "beberapa warga", "para pejabat": quantifiers that make a mention plural
    plural_quantifiers: frozenset[str] = frozenset()
    # "X yang akrab disapa Y": verbs that introduce a person's other name
    alias_verbs: frozenset[str] = frozenset()
    # "the sources", "para sumber": heads that refer back to whoever was cited
    generic_source_heads: frozenset[str] = frozenset()
    # "seorang pejabat": classifiers of one person
    person_classifiers: frozenset[str] = frozenset()
    # "warga Desa X": nouns for residents before a place's name
    resident_nouns: frozenset[str] = frozenset()
    # "… did not answer questions sent on Monday": regexes of a non-answer's follow-up
    response_followups: tuple[str, ...] = ()
    # "X, a maker of …, declined": words that open a description of the party
    description_openers: frozenset[str] = frozenset()
    # "declined to comment and said …": words that join a response to the next clause
    clause_joiners: tuple[str, ...] = ()
    # "reportedly", "dikabarkan": words that mark a rumour
    rumour_markers: frozenset[str] = frozenset()
    # "membantah isu": nouns for a rumour
    rumour_nouns: frozenset[str] = frozenset()
    # "There is no negotiation": phrases that deny that something exists
    existential_negations: tuple[str, ...] = ()
    # talks ≈ negotiation: word → the word two contents are compared by
    core_synonyms: dict[str, str] = field(default_factory=dict)


# the parts of a pack, by field name, and the part each strategy must carry
PARTS: dict[str, type] = {"tokens": TokenRulesData, "dep": DepRulesData, "discourse": DiscourseData}
# the fields (``part.name``) a pack of each strategy must fill: an empty one is a missing key
STRATEGY_KEYS: dict[str, frozenset[str]] = {
    "dep": frozenset({"dep.labels", "dep.phrase_heads", "dep.corpus_cues"}),
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

    # --- resolution and assessment (resolve.py, assess.py) --------------------------------
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
    phrases = {p for ws in lists.values() for p in ws if " " in p and p.replace(" ", "").isalpha()}
    found = []
    for name, words in lists.items():
        if name in WORD_FIELDS:
            continue
        for p in sorted(phrases):
            if p not in words and all(w in words for w in p.split()):
                found.append(f"{name} holds the words of {p!r} separately but not {p!r} itself "
                             "(a phrase list built with .split()?)")
    return found


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
