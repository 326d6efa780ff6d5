"""Cues that are no verb: ``According to X, Y`` · ``In this poll, Y`` · a speaker label
``WALLACE: …`` · a quotation signed with a dash ``“…” ― Jane Doe``."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..found import Found
from .sources import _np_tokens
from .spans import _minus, _Quotes, _range_span, _set_kind, _span, _trim
from .scheme import AUX, POBJ, PREP, PROPN, VERB

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def according_to(doc: Doc, tok: Token, labels, qs: _Quotes, sent: Span) -> Found | None:
    """``According to X, Y`` / ``Y, according to X``: the rest of the sentence is Y."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None or (tok.lower_, nxt.lower_) not in labels["cue_phrases"]:
        return None
    objs = [c for c in nxt.children if c.dep_ == POBJ] or [c for c in tok.children if c.dep_ == POBJ]
    if not objs:
        return None
    src = _np_tokens(objs[0], labels)
    if not src:
        return None
    phrase = (min(tok.left_edge.i, nxt.left_edge.i), max(tok.right_edge.i, nxt.right_edge.i))
    pieces = [p for p in (_range_span(doc, a, b) for a, b in _minus([(sent.start, sent.end - 1)], phrase)) if p]
    if not pieces:
        return None
    f = Found(pieces, (tok.idx, nxt.idx + len(nxt.text)), [_span(src)], rule="according_to")
    _set_kind(f, qs)
    return f


def in_document(doc: Doc, prep: Token, labels, qs: _Quotes, sent: Span) -> Found | None:
    """``In this poll, Halvorsen rose 2 points`` / ``she gained nothing in one of the
    early surveys``: a poll or study named by "in" is the source of its finding, the rest of
    the sentence."""
    obj = next((o for o in prep.children if o.dep_ == POBJ), None)
    if obj is None:
        return None
    # "in one of the early post-debate surveys": the noun after "one of"
    noun = obj
    if obj.lower_ in labels["partitive_heads"]:
        of = next((c for c in obj.children if c.dep_ == PREP and c.lower_ in labels["partitive_preps"]), None)
        noun = next((o for o in of.children if o.dep_ == POBJ), obj) if of is not None else obj
    if noun.lemma_.lower() not in labels["document_nouns"] or prep.head.pos_ not in (VERB, AUX):
        return None
    # the whole phrase: "the previous poll, conducted in early September,"
    src = _trim([t for t in obj.subtree if not t.is_space])
    if not src:
        return None
    pieces = [p for p in (_range_span(doc, a, b) for a, b in
                          _minus([(sent.start, sent.end - 1)], (prep.left_edge.i, prep.right_edge.i))) if p]
    if not pieces:
        return None
    f = Found(pieces, (prep.idx, prep.idx + len(prep.text)), [_span(src)], rule="in_document")
    _set_kind(f, qs)
    return f


def speaker_label(doc: Doc, colon: Token, sent: Span, text: str, labels) -> Found | None:
    """A speaker's name opening a line, then a colon: ``PENCE: Well, look, …``."""
    label = _label_before(doc, colon, sent, text)
    # a section label is no speaker ("CORRECTION:", "Update:", "The Latest:")
    if not label or " ".join(t.lower_ for t in label) in labels["not_speakers"]:
        return None
    if not _name_like(label):
        return None
    cue = (colon.idx, colon.idx + 1)
    if len(label) == 2 and label[0].lemma_.lower() in labels["fronted_cues"]:
        # "Said Dunmore: “…”": a fronted verb of saying is the cue, the name the source
        cue, label = (label[0].idx, label[0].idx + len(label[0].text)), label[1:]
    s, e = _line_after(text, colon)
    if e - s < 3:
        return None
    return Found([(s, e)], cue, [_span(label)], direct=True, indirect=False, rule="speaker_label")


def _label_before(doc: Doc, colon: Token, sent: Span, text: str) -> list[Token]:
    """Up to four words between the start of the colon's line (and sentence) and the colon,
    without opening quote marks."""
    line_start = text.rfind("\n", 0, colon.idx) + 1
    label = [t for t in doc[max(sent.start, colon.i - 4):colon.i] if t.idx >= line_start and not t.is_space]
    while label and label[0].is_quote:
        label = label[1:]
    return label


def _name_like(label: list[Token]) -> bool:
    """A name of one or two words, all proper nouns or capitals ("WALLACE", "Pat Ormsby"), or
    capitalised words opening a headline with its source ("Okafor: Marlowe needs to …", "Poll:
    Marlowe and Halvorsen in dead heat"; the tagger often calls the name a noun)."""
    return len(label) <= 2 and all(t.pos_ == PROPN or t.is_upper or (t.text[:1].isupper() and t.is_alpha)
                                   for t in label)


def _line_after(text: str, colon: Token) -> tuple[int, int]:
    """The rest of the colon's line, stripped: "PENCE: Well, look." loses its full stop; a
    quotation after the colon keeps its marks."""
    end = text.find("\n", colon.idx)
    end = len(text) if end < 0 else end
    rest = text[colon.idx + 1:end]
    s = colon.idx + 1 + (len(rest) - len(rest.lstrip()))
    e = colon.idx + 1 + len(rest.rstrip())
    while e > s and text[e - 1] in ".\"”" and text[s] not in "“\"":
        e -= 1
    return s, e


def dash_signature(doc: Doc, dash: Token, qs: _Quotes) -> Found | None:
    """A quotation signed with a dash and a name at the end of its line: ``“…” ― Jane Doe``."""
    k = qs.ending_before(qs.text, dash.idx)
    if k is None or qs.owner.get(k) is not None:
        return None
    name: list[Token] = []
    for t in doc[dash.i + 1:]:
        if "\n" in t.text or (name and "\n" in doc[t.i - 1].whitespace_):
            break
        if t.is_space:
            continue
        name.append(t)
    name = _trim(name)
    # one to four capitalised words, nothing else on the line
    if not name or len(name) > 4 or not all(t.text[:1].isupper() or t.is_punct for t in name):
        return None
    q = qs.items[k]
    f = Found([(q.start, q.end)], (dash.idx, dash.idx + len(dash.text)), [_span(name)],
              direct=True, indirect=False, rule="dash_signature")
    qs.owner[k] = f
    return f
