"""Wire-style attributions after the claim: ``X, Bloomberg News reported on Tuesday`` ·
``X, …, citing people familiar with the matter``."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..found import Found, Offsets
from .cues import _cue_tokens, cue_verb
from .sources import _np_tokens
from .spans import _after_comma, _Quotes, _range_span, _set_kind, _span, _trim
from .scheme import ACL, ADVCL, APPOS, ATTR, CCOMP, CONJ, DOBJ, NOUN, NPADVMOD, NSUBJ, PROPN, ROOT, VBD, VBG, VERB, XCOMP

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
    for finder in (_reduced_relative_source, _adverbial_source, _cited_source):
        source = finder(verb, pack, labels)
        if source is not None:
            return source
    return None


def _reduced_relative_source(verb: Token, pack: LangPack, labels) -> Token | None:
    """``X, Bloomberg News reported on Tuesday`` parsed as a name with a reduced relative
    ("News" ← acl "reported") set off by a comma after the main clause: the name."""
    head = verb.head
    if verb.dep_ == ACL and verb.tag_ == VBD and verb.lemma_.lower() in pack.speech_verbs \
            and head.pos_ in (PROPN, NOUN) and head.head.dep_ == ROOT and head.head.i < head.i \
            and head.dep_ in (NPADVMOD, APPOS, DOBJ, ATTR, CONJ, NSUBJ) \
            and _after_comma(head):
        return head
    return None


def _adverbial_source(verb: Token, pack: LangPack, labels) -> Token | None:
    """… or parsed as an adverbial clause with its own subject, after the main clause: the
    subject (a name or a noun set off by a comma), when the verb reports nothing of its own."""
    if not (verb.dep_ == ADVCL and verb.tag_ == VBD and verb.lemma_.lower() in pack.speech_verbs
            and verb.head.dep_ == ROOT and verb.head.i < verb.i):
        return None
    subj = next((c for c in verb.children if c.dep_ == NSUBJ and c.i < verb.i), None)
    if subj is not None and subj.pos_ in (PROPN, NOUN) and _after_comma(subj) \
            and not any(c.dep_ in (CCOMP, DOBJ) for c in verb.children):
        return subj
    return None


def _cited_source(verb: Token, pack: LangPack, labels) -> Token | None:
    """``…, citing people familiar with the matter`` / ``quoting a company filing``: the object
    of the participle, when it names a speaker, a group, a document or an organisation."""
    if not (verb.lemma_.lower() in labels["citing_verbs"] and verb.tag_ == VBG
            and verb.dep_ in (ADVCL, XCOMP, CONJ) and _after_comma(verb)):
        return None
    obj = next((c for c in verb.children if c.dep_ == DOBJ), None)
    if obj is None:
        return None
    lemma = obj.lemma_.lower()
    if obj.pos_ == PROPN or lemma in pack.person_nouns or lemma in pack.group_nouns \
            or lemma in pack.document_nouns or lemma in pack.organization_nouns:
        return obj
    return None


def wire_attribution(doc: Doc, verb: Token, source: Token, pack: LangPack, labels,
                     qs: _Quotes) -> Found | None:
    """The main clause before the comma is the content; ``source`` (see :func:`_wire_tail`)
    says it, by ``verb``."""
    root = verb.head.head if verb.dep_ == ACL else verb.head
    while root.dep_ != ROOT and root.head.i != root.i:
        root = root.head
    citing = source.head.i == verb.i and source.dep_ == DOBJ
    if root.lemma_.lower() in pack.speech_verbs:
        return _citing_for_attribution(doc, verb, source, root, pack, labels, qs, citing)
    start = _claim_end(doc, verb, source, root, pack, labels, citing)
    content = _claim(doc, root, start, pack)
    if content is None:
        return None
    # the source's words, without the reduced relative that holds the cue ("… reported on
    # Tuesday")
    toks = _trim([t for t in _np_tokens(source, labels)
                  if not (verb.dep_ == ACL and verb.left_edge.i <= t.i <= verb.right_edge.i)])
    mentions = [_span(toks)] if toks else []
    if not mentions:
        return None
    cue_toks = [verb] if citing else _cue_tokens(verb, labels)
    found = Found([content], _span(cue_toks), mentions, rule="wire")
    _set_kind(found, qs)
    return found


def _citing_for_attribution(doc: Doc, verb: Token, source: Token, root: Token, pack: LangPack,
                            labels, qs: _Quotes, citing: bool) -> Found | None:
    """"X, the Financial Times reported, citing a company memo": the main clause is an
    attribution of its own; what it reports is what the memo says too."""
    if not citing or verb.head.i != root.i:
        return None
    said = cue_verb(doc, root, pack, labels, qs, doc[root.i].sent)
    if said is None or not said.content:
        return None
    toks = _trim(_np_tokens(source, labels))
    found = Found(list(said.content), _span([verb]), [_span(toks)] if toks else [], rule="wire")
    _set_kind(found, qs)
    return found if found.mentions else None


def _claim_end(doc: Doc, verb: Token, source: Token, root: Token, pack: LangPack, labels,
               citing: bool) -> int:
    """Where the attribution after the claim starts: the source's phrase, or "citing"; with
    "X, Bloomberg News reported, citing …" the claim ends before the first attribution."""
    start = verb.i if citing else source.left_edge.i
    if not citing:
        return start
    for t in doc[root.i + 1:verb.i]:
        other = _wire_tail(t, pack, labels) if t.pos_ == VERB else None
        if other is not None and other.head.i != t.i:
            return min(start, other.left_edge.i)
    return start


def _claim(doc: Doc, root: Token, start: int, pack: LangPack) -> Offsets | None:
    """The claim: the sentence before the comma that sets off the attribution (at least three
    tokens, with no verb of saying of its own)."""
    a = root.left_edge.i
    b = start - 1
    while b > a and (doc[b].is_punct and doc[b].text != "%" or doc[b].is_space):
        b -= 1
    if b - a < 2 or any(t.lemma_.lower() in pack.speech_verbs and t.pos_ == VERB for t in doc[a:b + 1]):
        return None
    return _range_span(doc, a, b)
