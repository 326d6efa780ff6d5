"""Attribution over a dependency parse (English).

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
subtrees), never by rescanning a sentence per cue. Which words are cues, and the parser's
label names, come from the language pack.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..found import Found, Offsets
from ..quotes import Quote
from .contents import _outermost
from .cues import _construction_cue, _verb_parsed_as_noun, cue_noun, cue_verb
from .phrases import according_to, dash_signature, in_document, speaker_label
from .sources import MAX_SUBJECT_SPAN
from .spans import _doubled_apostrophe_quotes, _Quotes, _quoted, _Sents
from .wire import _wire_tail, wire_attribution

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ...ingest import Block
    from ...lang.base import LangPack

__all__ = ["MAX_SUBJECT_SPAN", "find"]

_DASHES = frozenset({"―", "—", "–", "--"})


def find(doc: Doc, pack: LangPack, sentences: list[Offsets], quotes: list[Quote],
         blocks: list[Block]) -> list[Found]:
    """All attribution relations the rules find in an English Doc."""
    labels = pack.extra["labels"]
    # verbs of saying and believing, and the verbs PolNeAR marks as cues most times they
    # have a subject (derived from its annotations: scripts/derive_en_cues.py)
    cues = pack.speech_verbs | pack.belief_verbs | pack.extra.get("corpus_cues", frozenset())
    text = doc.text  # Doc.text joins every token: build it once
    qs = _Quotes(text, list(quotes) + _doubled_apostrophe_quotes(text, quotes))
    sents = _Sents(doc)
    # forms the lemmatiser gets wrong ("hopes" → "hop")
    lemma_fixes = labels["lemma_fixes"]
    found: list[Found] = []
    for tok in doc:
        f: Found | None = None
        word, pos = tok.text, tok.pos_
        if word == ":" and tok.i > 0:
            f = speaker_label(doc, tok, sents.of(tok), text, labels)
        elif word in _DASHES:
            f = dash_signature(doc, tok, qs)
        elif pos == "VERB" and _wire_tail(tok, pack, labels) is not None:
            # "X, Bloomberg News reported on Tuesday, citing people familiar with the matter"
            if not _quoted(qs, tok):
                f = wire_attribution(doc, tok, _wire_tail(tok, pack, labels), pack, labels, qs)
        elif pos in ("VERB", "AUX") and (tok.lemma_.lower() in cues or tok.lower_ in lemma_fixes
                                         or _construction_cue(tok, labels)):
            if not _quoted(qs, tok):
                f = cue_verb(doc, tok, pack, labels, qs, sents.of(tok))
        elif pos == "NOUN" and tok.lemma_.lower() in cues and _verb_parsed_as_noun(tok):
            # "Halvorsen claims that …": tagged a noun, parsed as the verb it is
            if not _quoted(qs, tok):
                f = cue_verb(doc, tok, pack, labels, qs, sents.of(tok))
        elif pos == "NOUN" and tok.lemma_.lower() in pack.cue_nouns:
            if not _quoted(qs, tok):
                f = cue_noun(tok, labels, qs)
        elif tok.lower_ in pack.extra["phrase_heads"]:
            if not _quoted(qs, tok):
                f = according_to(doc, tok, labels, qs, sents.of(tok))
        elif tok.lower_ in labels["document_preps"] and tok.dep_ == "prep":
            if not _quoted(qs, tok):
                f = in_document(doc, tok, labels, qs, sents.of(tok))
        if f is not None:
            found.append(f)
    # a quote taken twice ("“A,” he said. “B,” she added.") stays with its nearest cue
    found = [f for f in found if f.content]
    return _outermost(found)
