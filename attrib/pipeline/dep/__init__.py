"""Attribution by dependency rules over the ClearNLP labels and Penn tags of spaCy's English
pipelines (the scheme, named once, in :mod:`.scheme`).

One pass over the tokens; each cue word starts one rule, and each rule returns character
spans only (a :class:`Found`). The constructions:

- a cue verb with a subject (``cue_verb``): ``X said (that) Y`` · ``Y, X said.`` ·
  ``Y, said X.`` · ``X told Reuters (that) Y`` · ``X added/denied/warned …`` ·
  ``X previously reported that Y`` · ``…, saying Y`` (the subject of the verb it hangs on) ·
  ``X called for Y`` · beliefs and plans (``X believes Y``, ``X plans to …``), which
  PolNeAR counts as attributions too;
- the same verb next to a quotation: ``“…,” X said.`` · ``X said: “…”`` ·
  ``“…,” said X, “…”`` (an interrupted quote is one content with two pieces);
- a noun cue with its owner: ``Halvorsen's claim that Y`` (``cue_noun``);
- ``According to X, Y`` / ``Y, according to X`` (``according_to``);
- a speaker label at the start of a line: ``WALLACE: …`` · ``Poll: …`` · ``Said Dunmore: “…”``
  (``speaker_label``);
- a quotation signed with a dash: ``“…” ― Jane Doe`` (``dash_signature``);
- a passive cue with its agent: ``Y was first reported by X`` (``passive_cue``);
- a poll named by "in": ``In this poll, Y`` (``in_document``).

Subjects also come from a relative pronoun (``…, who says Y``: PolNeAR's source is "who"),
from a control verb (``appeared to suggest Y``), and the nearer of two parsed subjects;
``As X pointed out, Y`` reports its head clause; light verbs (``made the case that Y``) and
``see Y as Z`` are cues only in their construction.

A cue inside a quotation, or inside another relation's content, is not a relation of the
article (PolNeAR never nests them). Sources are whole noun phrases with their appositions;
cues carry their auxiliaries and adverbs ("has also said"), as PolNeAR marks them.

Everything stays linear in the length of the Doc: quotes are found by bisection, sentences
by bisection, and contents are computed on token ranges (a projective parse has contiguous
subtrees), never by rescanning a sentence per cue. Which words are cues, the words the rules
test ("that", "to", "one of") and which labels of the scheme play which part (subject,
complement, object) come from the language pack.

Modules: ``spans`` (the Doc's quotations and sentences, token ranges → offsets), ``sources``
(subjects and their noun phrases), ``contents`` (what a cue reports; the outermost relations),
``quotes`` (quotations next to a cue clause), ``cues`` (verb, passive and noun cues), ``wire``
(wire-style attributions after the claim), ``phrases`` ("according to", "in this poll",
speaker labels, dash signatures); :func:`find` here sweeps the tokens.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from ..found import Found, Offsets
from ..quotes import Quote
from .contents import _outermost
from .cues import _construction_cue, _verb_parsed_as_noun, cue_noun, cue_verb
from .phrases import according_to, dash_signature, in_document, speaker_label
from .sources import MAX_SUBJECT_SPAN
from .spans import _doubled_apostrophe_quotes, _Quotes, _quoted, _Sents
from .wire import _wire_tail, wire_attribution
from .scheme import AUX, NOUN, PREP, VERB

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ...ingest import Block
    from ...lang.base import LangPack

__all__ = ["MAX_SUBJECT_SPAN", "find"]

_DASHES = frozenset({"―", "—", "–", "--"})


@dataclass
class _Context:
    """What every rule reads while the tokens of one Doc are swept."""

    doc: Doc
    pack: LangPack
    labels: dict
    # verbs of saying and believing, and the verbs PolNeAR marks as cues most times they
    # have a subject (derived from its annotations: scripts/derive_en_cues.py)
    cues: frozenset[str]
    # forms the lemmatiser gets wrong ("hopes" → "hop")
    lemma_fixes: frozenset[str]
    text: str
    qs: _Quotes
    sents: _Sents


# the pack's words the rules test besides its label groups (fields of ``pack.dep``, lang/base.py)
_WORD_KEYS = ("complement_marks", "infinitive_marks", "predicate_preps", "occasion_preps", "not_cue_tails",
              "partitive_heads", "partitive_preps", "verb_endings")


def _rule_words(pack: LangPack) -> dict:
    """The pack's label groups, its words of :data:`_WORD_KEYS` and its cue phrases ("according
    to") as the one mapping the rules read (built once per pack)."""
    data = dict(pack.dep.labels)
    data.update((key, getattr(pack.dep, key)) for key in _WORD_KEYS)
    data["cue_phrases"] = pack.cue_phrases
    return data


def find(doc: Doc, pack: LangPack, sentences: list[Offsets], quotes: list[Quote],
         blocks: list[Block]) -> list[Found]:
    """All attribution relations the rules find in an English Doc."""
    labels = pack.compiled("dep.rule_words", _rule_words)
    cues = pack.speech_verbs | pack.belief_verbs | pack.dep.corpus_cues
    text = doc.text  # Doc.text joins every token: build it once
    qs = _Quotes(text, list(quotes) + _doubled_apostrophe_quotes(text, quotes))
    ctx = _Context(doc, pack, labels, cues, labels["lemma_fixes"], text, qs, _Sents(doc))
    found: list[Found] = []
    for tok in doc:
        f = _relation_at(tok, ctx)
        if f is not None:
            found.append(f)
    # a quote taken twice ("“A,” he said. “B,” she added.") stays with its nearest cue
    found = [f for f in found if f.content]
    return _outermost(found)


def _relation_at(tok: Token, ctx: _Context) -> Found | None:
    """The relation a token starts: a colon after a speaker label, a dash before a signature,
    or a cue word of one of :data:`_WORD_RULES` outside quotations."""
    if tok.text == ":" and tok.i > 0:
        return speaker_label(ctx.doc, tok, ctx.sents.of(tok), ctx.text, ctx.labels)
    if tok.text in _DASHES:
        return dash_signature(ctx.doc, tok, ctx.qs)
    for applies, rule in _WORD_RULES:
        if applies(tok, ctx):
            # a cue inside a quotation is the quoted speaker's, not the article's
            return None if _quoted(ctx.qs, tok) else rule(tok, ctx)
    return None


def _is_wire_verb(tok: Token, ctx: _Context) -> bool:
    """"X, Bloomberg News reported on Tuesday, citing people familiar with the matter"."""
    return tok.pos_ == VERB and _wire_tail(tok, ctx.pack, ctx.labels) is not None


def _is_cue_verb(tok: Token, ctx: _Context) -> bool:
    """A verb (or auxiliary) of saying or believing, a mis-lemmatised one, or a verb that is a
    cue in its construction ("made the case that Y")."""
    return tok.pos_ in (VERB, AUX) and (tok.lemma_.lower() in ctx.cues or tok.lower_ in ctx.lemma_fixes
                                            or _construction_cue(tok, ctx.labels))


def _is_verb_tagged_noun(tok: Token, ctx: _Context) -> bool:
    """"Halvorsen claims that …": tagged a noun, parsed as the verb it is."""
    return tok.pos_ == NOUN and tok.lemma_.lower() in ctx.cues and _verb_parsed_as_noun(tok, ctx.labels)


def _is_cue_noun(tok: Token, ctx: _Context) -> bool:
    """"Halvorsen's claim that Y"."""
    return tok.pos_ == NOUN and tok.lemma_.lower() in ctx.pack.cue_nouns


def _is_phrase_head(tok: Token, ctx: _Context) -> bool:
    """"According to X, Y"."""
    return tok.lower_ in ctx.pack.dep.phrase_heads


def _is_document_prep(tok: Token, ctx: _Context) -> bool:
    """"In this poll, Y"."""
    return tok.lower_ in ctx.labels["document_preps"] and tok.dep_ == PREP


def _wire(tok: Token, ctx: _Context) -> Found | None:
    return wire_attribution(ctx.doc, tok, _wire_tail(tok, ctx.pack, ctx.labels), ctx.pack, ctx.labels, ctx.qs)


def _cue_verb(tok: Token, ctx: _Context) -> Found | None:
    return cue_verb(ctx.doc, tok, ctx.pack, ctx.labels, ctx.qs, ctx.sents.of(tok))


def _cue_noun(tok: Token, ctx: _Context) -> Found | None:
    return cue_noun(tok, ctx.labels, ctx.qs)


def _according_to(tok: Token, ctx: _Context) -> Found | None:
    return according_to(ctx.doc, tok, ctx.labels, ctx.qs, ctx.sents.of(tok))


def _in_document(tok: Token, ctx: _Context) -> Found | None:
    return in_document(ctx.doc, tok, ctx.labels, ctx.qs, ctx.sents.of(tok))


# the cue words of the rules, in order (a token starts the first rule that applies to it)
_WORD_RULES: tuple[tuple[Callable[[Token, _Context], bool], Callable[[Token, _Context], Found | None]], ...] = (
    (_is_wire_verb, _wire),
    (_is_cue_verb, _cue_verb),
    (_is_verb_tagged_noun, _cue_verb),
    (_is_cue_noun, _cue_noun),
    (_is_phrase_head, _according_to),
    (_is_document_prep, _in_document),
)
