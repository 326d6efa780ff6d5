"""Indonesian: token patterns over spaCy's Indonesian tokenizer (no trained pipeline exists).

Beware: spaCy's Indonesian stop words include ``kata``, ``menurut``, ``ujar``: cues are
matched by form, never filtered with ``is_stop``.
"""
from __future__ import annotations

from ..base import LangPack
from . import lexicon as L
from . import sources as S

PACK = LangPack(
    code="id",
    name="Indonesian",
    strategy="tokens",
    speech_verbs=L.PREPOSED_VERBS,
    embedded_source_cues=L.EMBEDDED_CUES,
    reporting_verbs=L.REPORTING_VERBS,
    source_stop_words=L.SOURCE_STOP_WORDS,
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
