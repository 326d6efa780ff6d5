"""Malay: the Indonesian pack's token rules and words, with Malay's own words added.

Malay and Indonesian share their grammar and most of their words; the lists here are what
Malay news writes otherwise ("berkata", "jurucakap", "enggan mengulas", "Isnin", "Sdn Bhd").
The pack is data only: it selects the same ``"tokens"`` strategy as Indonesian.
"""
from __future__ import annotations

import dataclasses

from ..id import PACK as INDONESIAN
from . import lexicon as L
from . import sources as S

_tokens = INDONESIAN.tokens
_tokens = dataclasses.replace(
    _tokens,
    opening_conjunctions=_tokens.opening_conjunctions | L.OPENING_CONJUNCTIONS,
    verb_like_nouns=_tokens.verb_like_nouns | L.VERB_LIKE_NOUNS,
    passive_denial_cues=_tokens.passive_denial_cues | L.PASSIVE_DENIAL_CUES,
    passive_speech_cues=_tokens.passive_speech_cues | L.PASSIVE_SPEECH_CUES,
    complementizers=_tokens.complementizers | L.COMPLEMENTIZERS,
    source_heads=_tokens.source_heads | {"jurucakap", "pegawai", "penduduk"},
)
_discourse = INDONESIAN.discourse
_discourse = dataclasses.replace(
    _discourse,
    postposed_cues=_discourse.postposed_cues | L.POSTPOSED_CUES,
    date_words=_discourse.date_words | L.DATE_WORDS,
    subject_adjuncts=_discourse.subject_adjuncts | L.SUBJECT_ADJUNCTS,
    discourse_words=_discourse.discourse_words | L.DISCOURSE_WORDS,
    citation_cues=_discourse.citation_cues | L.CITATION_CUES,
    org_roles=_discourse.org_roles | S.ORG_ROLES,
    account_nouns=_discourse.account_nouns | S.ACCOUNT_NOUNS,
)
# "-nya" forms of the Malay post-posed cues ("katanya", "tambahnya", "jelasnya")
_embedded = frozenset(w + "nya" for w in L.POSTPOSED_CUES)

PACK = dataclasses.replace(
    INDONESIAN,
    code="ms",
    name="Malay",
    speech_verbs=INDONESIAN.speech_verbs | L.PREPOSED_VERBS | L.OPINION_VERBS,
    belief_verbs=INDONESIAN.belief_verbs | L.OPINION_VERBS,
    embedded_source_cues=INDONESIAN.embedded_source_cues | _embedded,
    prior_markers=INDONESIAN.prior_markers | L.PRIOR_MARKERS,
    reporting_forms=INDONESIAN.reporting_forms | L.REPORTING_FORMS,
    pronouns=INDONESIAN.pronouns | S.PRONOUNS,
    person_nouns=INDONESIAN.person_nouns | S.PERSON_NOUNS,
    group_nouns=INDONESIAN.group_nouns | S.GROUP_NOUNS,
    anonymous_markers=INDONESIAN.anonymous_markers | S.ANONYMOUS_MARKERS,
    organization_nouns=INDONESIAN.organization_nouns | S.ORGANIZATION_NOUNS,
    media_names=INDONESIAN.media_names | S.MEDIA_NAMES,
    media_nouns=INDONESIAN.media_nouns | S.MEDIA_NOUNS,
    document_nouns=INDONESIAN.document_nouns | S.DOCUMENT_NOUNS,
    roles=INDONESIAN.roles | S.ROLES,
    denial_cues=INDONESIAN.denial_cues | L.DENIAL_CUES,
    denial_phrases=INDONESIAN.denial_phrases + S.DENIAL_PHRASES,
    hedge_phrases=INDONESIAN.hedge_phrases + S.HEDGE_PHRASES,
    response_patterns=S.RESPONSE_PATTERNS + INDONESIAN.response_patterns,
    org_name_words=INDONESIAN.org_name_words | S.ORG_NAME_WORDS,
    org_suffix_words=INDONESIAN.org_suffix_words | S.ORG_SUFFIX_WORDS,
    generic_org_nouns=INDONESIAN.generic_org_nouns | S.GENERIC_ORG_NOUNS,
    negations=INDONESIAN.negations | S.NEGATIONS,
    hedge_words=INDONESIAN.hedge_words | S.HEDGE_WORDS,
    function_words=INDONESIAN.function_words | S.FUNCTION_WORDS,
    place_words=INDONESIAN.place_words | S.PLACE_WORDS,
    boilerplate=INDONESIAN.boilerplate + L.BOILERPLATE,
    # Indonesian outlets' datelines are Indonesia's; Bernama's "KUALA LUMPUR, 5 Dis (Bernama) --"
    # is the wire form every pack shares
    datelines=(),
    marker_words=S.MARKER_WORDS,
    neighbour="id",
    neighbour_markers=S.NEIGHBOUR_MARKERS,
    tokens=_tokens,
    discourse=_discourse,
)
