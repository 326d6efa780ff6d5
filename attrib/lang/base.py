"""The language pack: everything the engine knows about one language, as data.

A pack names its spaCy pipeline, its extraction strategy (``"dep"`` for a language with a
trained parser, ``"tokens"`` for token patterns over a tokenizer alone) and the word lists
and patterns both strategies read. Adding a language means adding a folder under
``attrib/lang/`` whose ``__init__.py`` builds one :class:`LangPack` called ``PACK``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any, Callable

from ..errors import AttribError


class PackError(AttribError):
    """A language pack whose data breaks the contract below (raised when the pack is built)."""


STRATEGIES = ("dep", "tokens")
# the ``extra`` keys each strategy reads: a pack of that strategy must give every one
STRATEGY_KEYS: dict[str, frozenset[str]] = {
    "dep": frozenset({"labels", "phrase_heads", "corpus_cues"}),
    "tokens": frozenset({
        "postposed_cues", "quote_cues", "denial_stems", "purpose_words", "quote_embedded_cues",
        "not_according", "discourse_words", "name_particles", "apposition_nouns", "date_words",
        "cue_leaders", "adverbial_openers", "subject_adjuncts", "active_verb_prefixes",
        "verb_like_nouns", "according_to", "complementizers", "preverbal_adverbs",
        "clause_openers", "source_joiners", "passive_denial_cues", "citation_cues", "based_on",
        "record_nouns", "passive_speech_cues", "anaphoric_nouns", "citation_leaders",
        "origin_markers", "agent_prefixes", "agent_markers", "source_heads", "document_verbs",
        "opening_conjunctions", "opening_verb_prefixes", "name_titles",
        "role_place_prepositions", "demonstratives"}),
}
# ``extra`` keys that resolution and assessment read for any pack; absent, the construction
# they describe does not exist in the language (English has no "-nya" name particles)
OPTIONAL_KEYS = frozenset({
    "source_joiners", "mention_prepositions", "demonstratives", "account_nouns", "citing_cues",
    "org_roles", "plural_quantifiers", "occupation_nouns", "name_particles", "discourse_words",
    "clause_openers", "date_words", "postposed_cues", "according_to", "subject_adjuncts",
    "preverbal_adverbs", "citation_cues",
    # resolution: "X yang akrab disapa Y", "the people"/"para sumber", "seorang …", "warga Desa X"
    "alias_verbs", "generic_source_heads", "person_classifiers", "resident_nouns",
    # token rules: "X merasa <clause>", "X harus memastikan", "Y dinilai X", "… tersebut"
    "clause_speech_verbs", "obligation_modals", "passive_opinion_cues", "phrase_final_determiners",
    # "anggota Panja … dari Fraksi X Nama": words that join a role to the name after it
    "role_name_links",
    # token rules: "tiga orang yang …", "Menurutnya, Y", "Kabar itu dibantah dia"
    "relative_markers", "embedded_according_cues", "agent_pronouns",
    # "penggunaan" (a thing) against "pengamat" (a doer): suffixes that make a pe(N)- noun no agent
    "thing_suffixes",
    # responses and disputes: "… did not answer questions sent on Monday" (a follow-up), "X, a
    # maker of …, declined", "membantah isu", "There is no negotiation", talks ≈ negotiation
    "response_followups", "description_openers", "clause_joiners", "rumour_markers", "rumour_nouns",
    "existential_negations", "core_synonyms",
    # a mention's own grammar: "Sebelumnya ," (-nya adverb), "Gubernur X itu" (a title closed by
    # a determiner points back), "salah satu" (a subset of one), "Halvorsen's", "The Times", "a"
    "adverb_suffixes", "title_closing_determiners", "one_of_openers", "possessive_suffixes",
    "leading_articles", "indefinite_articles",
    # coreference: "Rizal Putra" for "Rizal Putra Harsa", "officials"/"official", "a"/"an",
    # "Bank of X", "The X", "former", "yang", "di-"
    "short_name_forms", "plural_suffixes", "person_heads", "new_person_articles", "org_name_function_words",
    "org_name_articles", "other_office_words", "passive_prefixes",
    # dependency rules: "said that Y", "plans to Y", "see Y as Z", "said in an interview" (not
    # "said so"), "one of the states", "The mayor claims that …" with "claims" tagged a noun
    "complement_marks", "infinitive_marks", "predicate_preps", "occasion_preps", "not_cue_tails", "partitive_heads",
    "partitive_preps", "verb_endings",
    # assessment: "planning" → "plan" (a consonant doubled before these suffixes); "The Times" ≈ "Times";
    # "Acme's" ≈ "Acme" (possessive endings)
    "doubling_suffixes", "outlet_articles", "possessive_endings"})
# ``extra`` keys whose value is a mapping (word → word), not a list
MAPPING_KEYS = frozenset({"labels", "core_synonyms"})
KNOWN_KEYS = frozenset().union(*STRATEGY_KEYS.values(), OPTIONAL_KEYS)
# fields the engine reads one word at a time: an entry with a space can never match ("lebih
# dulu" in ``prior_markers`` is looked up as one word), so a phrase there is an error
WORD_FIELDS = frozenset({
    "pronouns", "plural_pronouns", "function_words", "negations", "verb_markers",
    "reporting_forms", "prior_markers", "hedge_words", "generic_words", "postmodifiers",
    "org_name_words", "marker_words", "neighbour_markers"})
# the same for ``extra`` keys
WORD_KEYS = frozenset({"preverbal_adverbs", "date_words", "clause_openers", "discourse_words", "source_heads",
                       "subject_adjuncts"})
# fields whose entries are regular expressions
REGEX_FIELDS = frozenset({"boilerplate", "subset_patterns", "datelines"})


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
    # a module whose ``person_names`` and ``statistical_name`` find persons' names without NER
    # (Indonesian: ``attrib.lang.id.namefinder``); empty: no names from rules
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

    # anything else a strategy needs (dependency labels, token patterns, …); the keys are
    # checked against :data:`STRATEGY_KEYS` and :data:`OPTIONAL_KEYS`
    extra: dict[str, Any] = field(default_factory=dict)
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


def _word_lists(pack: LangPack) -> dict[str, frozenset[str]]:
    """Every list of words or phrases in the pack, by field name (``extra.KEY`` for extras)."""
    out: dict[str, frozenset[str]] = {}
    items = [(f.name, getattr(pack, f.name)) for f in fields(pack) if f.name not in ("extra", "_compiled")]
    items += [(f"extra.{k}", v) for k, v in pack.extra.items()]
    for name, value in items:
        if isinstance(value, (frozenset, set, tuple, dict)) and value \
                and all(isinstance(x, str) for x in value) and name.split(".")[-1] not in REGEX_FIELDS:
            out[name] = frozenset(value)
    return out


def split_phrases(pack: LangPack) -> list[str]:
    """Lists that hold the words of one of the pack's multiword entries one by one but not the
    entry itself: ``"juru bicara wali kota".split()`` gives "juru", "bicara", "wali", "kota",
    and "kota" (a town) then counts as a noun for a person. Word lists (:data:`WORD_FIELDS`)
    hold single words by design and are not compared."""
    lists = _word_lists(pack)
    phrases = {p for ws in lists.values() for p in ws if " " in p and p.replace(" ", "").isalpha()}
    found = []
    for name, words in lists.items():
        if name in WORD_FIELDS or name.removeprefix("extra.") in WORD_KEYS:
            continue
        for p in sorted(phrases):
            if p not in words and all(w in words for w in p.split()):
                found.append(f"{name} holds the words of {p!r} separately but not {p!r} itself "
                             "(a phrase list built with .split()?)")
    return found


def validate(pack: LangPack) -> list[str]:
    """Everything wrong with a pack's data, as sentences (empty: the pack is sound).

    Checked: the strategy is known; every typed field has its declared shape (a set of
    strings, a dict, a tuple of regexes that compile); :data:`WORD_FIELDS` hold single words;
    ``extra`` has every key its strategy reads and no key the engine does not know (a
    misspelt key would silently read as empty); no phrase list lost its spaces."""
    problems: list[str] = []
    if not re.fullmatch(r"[a-z]{2,3}", pack.code):
        problems.append(f"code {pack.code!r} is not a lower-case ISO 639 code")
    if pack.strategy not in STRATEGIES:
        problems.append(f"strategy {pack.strategy!r} is not one of {STRATEGIES}")
    for f in fields(pack):
        value = getattr(pack, f.name)
        kind = str(f.type)
        if kind.startswith("frozenset") and not (isinstance(value, frozenset)
                                                 and all(isinstance(x, str) for x in value)):
            problems.append(f"{f.name} must be a frozenset of strings, not {type(value).__name__}")
        elif kind.startswith("dict") and not isinstance(value, dict):
            problems.append(f"{f.name} must be a dict, not {type(value).__name__}")
        elif kind.startswith("tuple") and not isinstance(value, tuple):
            problems.append(f"{f.name} must be a tuple, not {type(value).__name__}")
        elif kind == "str" and not isinstance(value, str):
            problems.append(f"{f.name} must be a string, not {type(value).__name__}")
        elif kind == "bool" and not isinstance(value, bool):
            problems.append(f"{f.name} must be True or False")
    word_lists = [(n, getattr(pack, n)) for n in sorted(WORD_FIELDS)]
    word_lists += [(f"extra[{k!r}]", pack.extra[k]) for k in sorted(WORD_KEYS & pack.extra.keys())]
    for name, words in word_lists:
        spaced = sorted(w for w in words if not isinstance(w, str) or " " in w.strip() or w != w.strip())
        if spaced:
            problems.append(f"{name} is matched word by word, so {spaced} can never match")
    patterns = [*pack.boilerplate, *pack.subset_patterns, *pack.datelines,
                *(p for p, _ in pack.response_patterns)]
    patterns += [pack.thing_word_pattern] if pack.thing_word_pattern else []
    for p in patterns:
        try:
            re.compile(p)
        except (re.error, TypeError) as e:
            problems.append(f"pattern {p!r} does not compile: {e}")
    needed = STRATEGY_KEYS.get(pack.strategy, frozenset())
    missing = sorted(needed - pack.extra.keys())
    if missing:
        problems.append(f"extra lacks the keys the {pack.strategy!r} strategy reads: {missing}")
    unknown = sorted(pack.extra.keys() - KNOWN_KEYS)
    if unknown:
        problems.append(f"extra has keys no part of the engine reads (misspelt?): {unknown}")
    for key, value in pack.extra.items():
        if key not in MAPPING_KEYS and not isinstance(value, (frozenset, tuple)):
            problems.append(f"extra[{key!r}] must be a frozenset or a tuple, not {type(value).__name__}")
    problems += split_phrases(pack)
    return problems


def extend(pack: LangPack, words: dict[str, Any]) -> LangPack:
    """A copy of ``pack`` with words added to its lists: ``{"speech_verbs": ["berkicau"],
    "media_names": ["Harian Pagi"], "extra.postposed_cues": ["kicau"]}``. A set gains the
    words, a tuple gets them appended, a dict (``number_words``) is updated from a mapping.
    The copy is checked like any pack; an unknown list name is a :class:`PackError`."""
    import dataclasses

    names = {f.name for f in fields(pack)} - {"extra", "_compiled"}
    changes: dict[str, Any] = {}
    extra = dict(pack.extra)
    unknown = []
    for key, new in words.items():
        new = [new] if isinstance(new, str) else new
        if key.startswith("extra."):
            k = key.removeprefix("extra.")
            if k not in extra:
                unknown.append(key)
                continue
            old = extra[k]
            extra[k] = old + tuple(w for w in new if w not in old) if isinstance(old, tuple) \
                else frozenset(old) | frozenset(new)
        elif key in names:
            old = changes.get(key, getattr(pack, key))
            if isinstance(old, frozenset):
                changes[key] = old | frozenset(new)
            elif isinstance(old, tuple):
                changes[key] = old + tuple(tuple(w) if isinstance(w, list) else w for w in new
                                           if w not in old)
            elif isinstance(old, dict) and isinstance(new, dict):
                changes[key] = {**old, **new}
            else:
                unknown.append(key)
        else:
            unknown.append(key)
    if unknown:
        lists = sorted(n for n in names if isinstance(getattr(pack, n), (frozenset, tuple, dict)))
        raise PackError(f"no word list called {', '.join(map(repr, unknown))} in the {pack.name} "
                        f"pack; lists: {', '.join(lists)}, or extra.KEY for "
                        f"{', '.join(sorted(pack.extra))}")
    if extra != pack.extra:
        changes["extra"] = extra
    return dataclasses.replace(pack, **changes)
