"""The language pack: everything the engine knows about one language, as data.

A pack names its spaCy pipeline, its extraction strategy (``"dep"`` for a language with a
trained parser, ``"tokens"`` for token patterns over a tokenizer alone) and the word lists
and patterns both strategies read. Adding a language means adding a folder under
``attrib/lang/`` whose ``__init__.py`` builds one :class:`LangPack` called ``PACK``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class LangPack:
    code: str
    name: str
    # "dep": rules over the dependency parse; "tokens": token patterns over the tokenizer
    strategy: str
    # importable spaCy packages to try in order; empty: spacy.blank(code) + sentencizer
    models: tuple[str, ...] = ()

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

    # anything else a strategy needs (dependency labels, token patterns, …)
    extra: dict[str, Any] = field(default_factory=dict)
