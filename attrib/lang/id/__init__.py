"""Indonesian: token patterns over spaCy's Indonesian tokenizer (no trained pipeline exists).

Beware: spaCy's Indonesian stop words include ``kata``, ``menurut``, ``ujar``: cues are
matched by form, never filtered with ``is_stop``.
"""
from __future__ import annotations

from ..base import LangPack
from . import lexicon as L

PACK = LangPack(
    code="id",
    name="Indonesian",
    strategy="tokens",
    speech_verbs=L.PREPOSED_VERBS,
    embedded_source_cues=L.EMBEDDED_CUES,
    reporting_verbs=L.REPORTING_VERBS,
    source_stop_words=L.SOURCE_STOP_WORDS,
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
    extra={
        "postposed_cues": L.POSTPOSED_CUES,
        "according_to": L.ACCORDING_TO,
        "complementizers": L.COMPLEMENTIZERS,
        "preverbal_adverbs": L.PREVERBAL_ADVERBS,
        "clause_openers": L.CLAUSE_OPENERS,
        "source_joiners": L.SOURCE_JOINERS,
        "source_heads": L.SOURCE_HEADS,
    },
)
