"""The typed parts of a language pack: the data of each extraction strategy (``pack.tokens``,
``pack.dep``) and of the constructions only some languages have (``pack.discourse``).
:mod:`attrib.lang.base` checks them when a pack is built."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class TokenRulesData:
    """The words of the token-pattern strategy (``attrib/pipeline/tokens/``): cues,
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
    # "Menurutnya, Y": an according-to cue that carries its source
    embedded_according_cues: frozenset[str] = frozenset()
    # "Kabar itu dibantah dia": a pronoun that is a passive verb's agent
    agent_pronouns: frozenset[str] = frozenset()
    # "penggunaan" (a thing) against "pengamat" (a doer): suffixes that make a pe(N)- noun no agent
    thing_suffixes: tuple[str, ...] = ()


@dataclass(frozen=True)
class DepRulesData:
    """The data of the dependency-parse strategy (``attrib/pipeline/dep/``); a
    ``"dep"`` pack must fill every field."""

    # the parser's dependency labels and word classes the rules read, by role ("subject" …)
    labels: dict[str, Any] = field(default_factory=dict)
    # "a statement from X": nouns whose phrase names its source after a preposition
    phrase_heads: frozenset[str] = frozenset()
    # verbs the annotated corpus counts as cues, besides the speech and belief verbs
    corpus_cues: frozenset[str] = frozenset()
    # the words the rules test besides labels: "said that Y" (complement marks), "plans to Y"
    # (infinitive marks), "see Y as Z" (predicate prepositions), "said in an interview" (the
    # occasion's preposition), "said so" (tails after which a verb is no cue), "one of the
    # states" (partitive head and preposition), "The mayor claims that …" with "claims" tagged a
    # noun (verb endings)
    complement_marks: frozenset[str] = frozenset()
    infinitive_marks: frozenset[str] = frozenset()
    predicate_preps: frozenset[str] = frozenset()
    occasion_preps: frozenset[str] = frozenset()
    not_cue_tails: frozenset[str] = frozenset()
    partitive_heads: frozenset[str] = frozenset()
    partitive_preps: frozenset[str] = frozenset()
    verb_endings: tuple[str, ...] = ()


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

    # --- a mention's own grammar (resolve/mention.py) ---
    # "Sebelumnya ,": an adverb in "-nya" opens a clause before the source
    adverb_suffixes: tuple[str, ...] = ()
    # "Mantan Gubernur X itu": a title closed by a determiner points back to a person named before
    title_closing_determiners: frozenset[str] = frozenset()
    # "salah satu sumber": word sequences that open a subset of one
    one_of_openers: tuple[tuple[str, ...], ...] = ()
    # "Halvorsen's claim": a possessive ending is no part of the name it follows
    possessive_suffixes: tuple[str, ...] = ()
    # "The New York Post": an article before a name is no part of it
    leading_articles: tuple[str, ...] = ()
    # "a spokesperson": no part of the words compared across mentions
    indefinite_articles: tuple[str, ...] = ()

    # --- coreference (resolve/resolvers.py, entities.py, coref.py) ---
    # "Rizal Putra" after "Rizal Putra Harsa": the forms by which a named person is called again
    # ("first words": the given names, besides the surname every language uses)
    short_name_forms: frozenset[str] = frozenset()
    # "officials" → "official": the suffix a plural head drops to compare with the singular
    plural_suffixes: frozenset[str] = frozenset()
    # "a person …" then "the people": head nouns that all name persons
    person_heads: frozenset[str] = frozenset()
    # "A spokesperson for the ministry" after a named spokesperson: an indefinite description
    # of one individual is another person
    new_person_articles: frozenset[str] = frozenset()
    # "Bank of X" vs "Bank of Y": words of an organisation's name that do not say which
    org_name_function_words: frozenset[str] = frozenset()
    # "The Carter Center" → "Carter Center": the article an organisation's name may open with
    org_name_articles: frozenset[str] = frozenset()
    # "former President …", "Wakil Gubernur …": a word before a title that makes it another office
    other_office_words: frozenset[str] = frozenset()
    # "X yang akrab disapa Y", "tiga orang yang …": the word that opens a relative clause
    relative_markers: frozenset[str] = frozenset()
    # "yang dihubungi": the prefix of a passive verb
    passive_prefixes: tuple[str, ...] = ()

    # --- assessment (assess/) ---
    # "planning" → "plan": suffixes before which a consonant is doubled
    doubling_suffixes: frozenset[str] = frozenset()
    # "The Times" ≈ "Times": the article an outlet's name may open with
    outlet_articles: tuple[str, ...] = ()
    # "Acme's" ≈ "Acme": possessive endings
    possessive_endings: tuple[str, ...] = ()
