"""The pack's words for the token rules, compiled once per pack into one frozen object.

``compiled(pack)`` builds a :class:`TokenData` the first time a pack is used and keeps it on the
pack (``LangPack.compiled``), so a Doc only reads sets that already exist.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...lang.base import LangPack

CLAUSE_END = {".", "!", "?", ";", "…"}
SENTENCE_END = {".", "!", "?", "…"}
QUOTE_MARKS = set("“”\"«»„‘’‚`")
GLUE = {",", ":"}
DASHES = {"—", "–"}
MAX_SOURCE_TOKENS = 30  # a source noun phrase longer than this is a misparse
MAX_SUBJECT_TOKENS = 24
MAX_SUBJECT_WALK = 80  # how far back a subject (with its adverbials) is looked for
MAX_ADJUNCT_TOKENS = 10  # "kepada wartawan di Jakarta, Senin, bahwa"
MIN_CONTENT_WORDS = 2


@dataclass(frozen=True)
class TokenData:
    """Every word list the token rules read, as sets (and tuples of prefixes)."""

    # --- cues ---
    post_cues: frozenset[str]  # "kata", "ujar": cues after the content
    quote_cues: frozenset[str]
    embedded: frozenset[str]  # "ujarnya", "katanya": a cue that names its own source
    quote_embedded: frozenset[str]
    # "Ia melanjutkan, Y", "Tono merasa pemerintah lamban": verbs that report only before a
    # comma, "bahwa" or a clause's subject (not "melanjutkan pembangunan", "merasa senang")
    clause_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    pre_verbs: frozenset[str]  # speech verbs and clause verbs: cues before the content
    according: frozenset[str]
    embedded_according: frozenset[str]  # "Menurutnya, Y": "according to him" in one word
    not_according: frozenset[str]
    denial: frozenset[str]
    denial_stems: frozenset[str]
    purpose: frozenset[str]
    obligation_modals: frozenset[str]
    doc_verbs: frozenset[str]
    passive_denials: frozenset[str]
    passive_speech: frozenset[str]
    passive_views: frozenset[str]
    citations: frozenset[str]
    citation_leaders: frozenset[str]
    based_on: frozenset[str]
    records: frozenset[str]
    leaders: frozenset[str]
    comma_cues: frozenset[str]
    candidates: frozenset[str]  # every word that may be a cue: the pass looks at these only
    # --- noun phrases ---
    stop: frozenset[str]
    pronouns: frozenset[str]
    agent_pronouns: frozenset[str]  # "dibantah dia": the pronouns that can be a passive's agent
    numbers: frozenset[str]
    heads: frozenset[str]
    group_starts: frozenset[str]
    particles: frozenset[str]
    appos: frozenset[str]
    titles: frozenset[str]
    roles: frozenset[str]
    document_nouns: frozenset[str]
    anaphors: frozenset[str]
    speaker_nouns: frozenset[str]  # see ``_can_speak``
    place_preps: frozenset[str]
    role_links: frozenset[str]
    demonstratives: frozenset[str]
    phrase_determiners: frozenset[str]
    relatives: frozenset[str]  # "yang": opens a relative clause
    joiners: tuple[str, ...]
    agent_markers: frozenset[str]
    origin_markers: frozenset[str]
    source_markers: frozenset[str]  # agent and origin markers: "dilansir oleh", "dikutip dari"
    # --- clauses ---
    dates: frozenset[str]
    discourse: frozenset[str]
    openers: frozenset[str]
    discourse_openers: frozenset[str]
    adverbs: frozenset[str]
    adverbials: frozenset[str]
    adjuncts: frozenset[str]
    complementizers: frozenset[str]
    glue_complementizers: frozenset[str]  # "," ":" and "bahwa": between a verb and its content
    opening_conj: frozenset[str]
    verb_markers: frozenset[str]
    verb_nouns: frozenset[str]
    verb_prefixes: tuple[str, ...]
    opening_prefixes: tuple[str, ...]
    agent_prefixes: tuple[str, ...]
    thing_suffixes: tuple[str, ...]  # "-an": pe(N)-…-an is a thing ("penggunaan"), not a doer


def compiled(pack: LangPack) -> TokenData:
    """The pack's :class:`TokenData`, built on first use and kept on the pack."""
    return pack.compiled("tokens", build)


def build(pack: LangPack) -> TokenData:
    """Read the pack's word lists once into a :class:`TokenData` (by field name, from the part
    that holds it: ``pack.tokens`` or ``pack.discourse``)."""

    def words(key: str) -> frozenset[str]:
        return frozenset(pack.part_field(key))

    def prefixes(key: str) -> tuple[str, ...]:
        return tuple(pack.part_field(key))

    cue_sets = _cue_sets(pack, words)
    heads, numbers, pronouns = words("source_heads"), frozenset(pack.number_words), pack.pronouns
    discourse, openers = words("discourse_words"), words("clause_openers")
    complementizers = words("complementizers")
    agent_markers, origin_markers = words("agent_markers"), words("origin_markers")
    return TokenData(
        **cue_sets,
        stop=pack.source_stop_words, pronouns=pronouns, agent_pronouns=words("agent_pronouns"),
        numbers=numbers, heads=heads, group_starts=heads | numbers,
        particles=words("name_particles"), appos=words("apposition_nouns"),
        titles=words("name_titles"), roles=frozenset(pack.roles),
        document_nouns=frozenset(pack.document_nouns), anaphors=words("anaphoric_nouns"),
        speaker_nouns=_speaker_nouns(pack, heads),
        place_preps=words("role_place_prepositions"), role_links=words("role_name_links"),
        demonstratives=words("demonstratives"),
        phrase_determiners=words("phrase_final_determiners"),
        relatives=words("relative_markers"), joiners=prefixes("source_joiners"),
        agent_markers=agent_markers, origin_markers=origin_markers,
        source_markers=agent_markers | origin_markers,
        dates=words("date_words"), discourse=discourse, openers=openers,
        discourse_openers=discourse | openers, adverbs=words("preverbal_adverbs"),
        adverbials=words("adverbial_openers"), adjuncts=words("subject_adjuncts"),
        complementizers=complementizers, glue_complementizers=GLUE | complementizers,
        opening_conj=words("opening_conjunctions"), verb_markers=frozenset(pack.verb_markers),
        verb_nouns=words("verb_like_nouns"), verb_prefixes=prefixes("active_verb_prefixes"),
        opening_prefixes=prefixes("opening_verb_prefixes"),
        agent_prefixes=prefixes("agent_prefixes"), thing_suffixes=prefixes("thing_suffixes"))


def _cue_sets(pack: LangPack, words: Any) -> dict[str, frozenset[str]]:
    """The cue words, and the unions of them that the rules test against."""
    post_cues, embedded = words("postposed_cues"), pack.embedded_source_cues
    clause_verbs = words("clause_speech_verbs")
    pre_verbs = pack.speech_verbs | clause_verbs
    according, doc_verbs = words("according_to"), words("document_verbs")
    passive_denials, passive_speech = words("passive_denial_cues"), words("passive_speech_cues")
    passive_views, citations = words("passive_opinion_cues"), words("citation_cues")
    comma_cues = post_cues | embedded
    return dict(
        post_cues=post_cues, quote_cues=words("quote_cues"), embedded=embedded,
        quote_embedded=words("quote_embedded_cues"), clause_verbs=clause_verbs,
        speech_verbs=frozenset(pack.speech_verbs), pre_verbs=pre_verbs, according=according,
        embedded_according=words("embedded_according_cues"),
        not_according=words("not_according"), denial=frozenset(pack.denial_cues),
        denial_stems=words("denial_stems"), purpose=words("purpose_words"),
        obligation_modals=words("obligation_modals"), doc_verbs=doc_verbs,
        passive_denials=passive_denials, passive_speech=passive_speech,
        passive_views=passive_views, citations=citations,
        citation_leaders=words("citation_leaders"), based_on=words("based_on"),
        records=words("record_nouns"), leaders=words("cue_leaders"), comma_cues=comma_cues,
        candidates=comma_cues | according | pre_verbs | doc_verbs | passive_denials | citations
        | passive_speech | passive_views)


def _speaker_nouns(pack: LangPack, heads: frozenset[str]) -> frozenset[str]:
    """Words for people, bodies, documents and outlets, one by one ("pemerintah", "pakar",
    "laporan"): a phrase holding one can be a speaker."""
    lists = (pack.person_nouns, pack.group_nouns, pack.organization_nouns, pack.document_nouns,
             pack.media_nouns, heads, pack.pronouns, pack.generic_org_nouns,
             pack.tokens.occupation_nouns)
    return frozenset(w for ws in lists for p in ws for w in p.split())
