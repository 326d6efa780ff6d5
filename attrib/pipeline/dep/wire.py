"""Wire-style attributions after the claim: ``X, Bloomberg News reported on Tuesday`` ·
``X, …, citing people familiar with the matter``."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..found import Found
from .cues import _cue_tokens, cue_verb
from .sources import _np_tokens
from .spans import _after_comma, _Quotes, _range_span, _set_kind, _span, _trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ...lang.base import LangPack


def _wire_tail(verb: Token, pack: LangPack, labels) -> Token | None:
    """The source of a wire-style attribution after the claim, or None:

    - ``X, Bloomberg News reported on Tuesday``, which en_core_web_sm may parse as a noun with
      a reduced relative ("News" ← acl "reported"): a past-tense cue verb modifying a name set
      off by a comma after the main clause; the name is the source;
    - ``X, …, citing people familiar with the matter`` / ``quoting a company filing``: the
      object of "citing"/"quoting" is a further source of X.
    """
    lemma = verb.lemma_.lower()
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and lemma in pack.speech_verbs \
            and head.pos_ in ("PROPN", "NOUN") and head.head.dep_ == "ROOT" and head.head.i < head.i \
            and head.dep_ in ("npadvmod", "appos", "dobj", "attr", "conj", "nsubj") \
            and _after_comma(head):
        return head
    # … or parsed as an adverbial clause with its own subject, after the main clause
    if verb.dep_ == "advcl" and verb.tag_ == "VBD" and lemma in pack.speech_verbs \
            and head.dep_ == "ROOT" and head.i < verb.i:
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subj is not None and subj.pos_ in ("PROPN", "NOUN") and _after_comma(subj) \
                and not any(c.dep_ in ("ccomp", "dobj") for c in verb.children):
            return subj
    if lemma in labels["citing_verbs"] and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") \
            and _after_comma(verb):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and (obj.pos_ == "PROPN" or obj.lemma_.lower() in pack.person_nouns
                                or obj.lemma_.lower() in pack.group_nouns
                                or obj.lemma_.lower() in pack.document_nouns
                                or obj.lemma_.lower() in pack.organization_nouns):
            return obj
    return None


def wire_attribution(doc: Doc, verb: Token, source: Token, pack: LangPack, labels,
                     qs: _Quotes) -> Found | None:
    """The main clause before the comma is the content; ``source`` (see :func:`_wire_tail`)
    says it, by ``verb``."""
    root = verb.head.head if verb.dep_ == "acl" else verb.head
    while root.dep_ != "ROOT" and root.head.i != root.i:
        root = root.head
    citing = source.head.i == verb.i and source.dep_ == "dobj"
    if root.lemma_.lower() in pack.speech_verbs:
        # "X, the Financial Times reported, citing a company memo": the main clause is an
        # attribution of its own; what it reports is what the memo says too
        if not citing or verb.head.i != root.i:
            return None
        said = cue_verb(doc, root, pack, labels, qs, doc[root.i].sent)
        if said is None or not said.content:
            return None
        toks = _trim(_np_tokens(source, labels))
        found = Found(list(said.content), _span([verb]), [_span(toks)] if toks else [], rule="wire")
        _set_kind(found, qs)
        return found if found.mentions else None
    start = verb.i if citing else source.left_edge.i
    if citing:
        # "X, Bloomberg News reported, citing …": the claim ends before the first attribution
        for t in doc[root.i + 1:verb.i]:
            other = _wire_tail(t, pack, labels) if t.pos_ == "VERB" else None
            if other is not None and other.head.i != t.i:
                start = min(start, other.left_edge.i)
                break
    # the claim: the sentence before the comma that sets off the attribution
    a = root.left_edge.i
    b = start - 1
    while b > a and (doc[b].is_punct and doc[b].text != "%" or doc[b].is_space):
        b -= 1
    if b - a < 2 or any(t.lemma_.lower() in pack.speech_verbs and t.pos_ == "VERB" for t in doc[a:b + 1]):
        return None
    content = _range_span(doc, a, b)
    # the source's words, without the reduced relative that holds the cue ("… reported on
    # Tuesday")
    toks = _trim([t for t in _np_tokens(source, labels)
                  if not (verb.dep_ == "acl" and verb.left_edge.i <= t.i <= verb.right_edge.i)])
    mentions = [_span(toks)] if toks else []
    if content is None or not mentions:
        return None
    cue_toks = [verb] if citing else _cue_tokens(verb, labels)
    found = Found([content], _span(cue_toks), mentions, rule="wire")
    _set_kind(found, qs)
    return found
