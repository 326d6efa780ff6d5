"""Attribution over a dependency parse (English).

Constructions, each handled by one function below:

- ``X said (that) Y`` / ``Y, X said.`` / ``Y, said X.``: a speech verb with a subject and a
  clausal complement (``verb_with_complement``)
- ``“…,” X said.`` / ``X said: “…”``: a speech verb next to a quotation (``quote_cue``)
- ``According to X, Y`` / ``Y, according to X`` (``according_to``)
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .found import Found, Offsets
from .quotes import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..ingest import Block
    from ..lang.base import LangPack


def find(doc: Doc, pack: LangPack, sentences: list[Offsets], quotes: list[Quote],
         blocks: list[Block]) -> list[Found]:
    labels = pack.extra["labels"]
    found: list[Found] = []
    quote_done: set[int] = set()
    for tok in doc:
        if tok.lemma_.lower() in pack.speech_verbs and tok.pos_ in ("VERB", "AUX"):
            f = _verb(doc, tok, pack, labels, quotes, quote_done)
            if f:
                found.append(f)
        elif tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            f = _according_to(doc, tok)
            if f:
                found.append(f)
    return found


def _span(toks) -> Offsets:
    toks = sorted(toks, key=lambda t: t.i)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _subject(tok: Token, labels) -> Token | None:
    for c in tok.children:
        if c.dep_ in labels["subject"]:
            return c
    # "Y, said X" / conjoined verbs share the subject of the first verb
    if tok.dep_ == "conj":
        return _subject(tok.head, labels)
    return None


def _np(tok: Token) -> Offsets:
    """The subject's subtree without a trailing relative clause or comma."""
    toks = [t for t in tok.subtree if not t.is_space]
    while toks and toks[-1].is_punct:
        toks.pop()
    return _span(toks)


def _verb(doc: Doc, verb: Token, pack: LangPack, labels, quotes: list[Quote], quote_done: set[int]) -> Found | None:
    subj = _subject(verb, labels)
    if subj is None:
        return None
    cue = (verb.idx, verb.idx + len(verb.text))
    comps = [c for c in verb.children if c.dep_ in labels["complement"]]
    # "“…,” X said" — a quote right before or after the verb's clause
    near = _near_quote(doc, verb, subj, quotes)
    if near is not None and near.start not in quote_done:
        quote_done.add(near.start)
        return Found([(near.start, near.end)], cue, [_np(subj)], direct=True, indirect=False, rule="quote_cue")
    if not comps:
        return None
    comp = comps[0]
    toks = [t for t in comp.subtree]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].lower_ == "that" or toks[0].is_space):
        toks = toks[1:]
    if len(toks) < 2:
        return None
    return Found([_span(toks)], cue, [_np(subj)], rule="verb_with_complement")


def _near_quote(doc: Doc, verb: Token, subj: Token, quotes: list[Quote]) -> Quote | None:
    lo = min(verb.idx, subj.left_edge.idx)
    hi = max(verb.idx + len(verb.text), subj.right_edge.idx + len(subj.right_edge.text))
    for q in quotes:
        gap_before = lo - q.end
        gap_after = q.start - hi
        if 0 <= gap_before <= 3 or 0 <= gap_after <= 3:
            return q
    return None


def _according_to(doc: Doc, tok: Token) -> Found | None:
    to = next(c for c in tok.children if c.lower_ == "to")
    objs = [c for c in to.children if c.dep_ == "pobj"]
    if not objs:
        return None
    src = _np(objs[0])
    head = tok.head
    sent = tok.sent
    toks = [t for t in sent if not (tok.left_edge.i <= t.i <= tok.right_edge.i) and not t.is_space]
    while toks and toks[-1].is_punct:
        toks.pop()
    while toks and toks[0].is_punct:
        toks = toks[1:]
    if len(toks) < 2 or head is tok:
        return None
    return Found([_span(toks)], (tok.idx, to.idx + len(to.text)), [src], rule="according_to")
