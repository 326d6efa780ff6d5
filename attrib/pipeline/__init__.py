"""spaCy-side extraction: quotes, cues, sources and contents as character spans.

``extract`` runs the pack's strategy (``dep`` over a dependency parse, ``tokens``
over tokens alone) and the response finder, and returns an :class:`Extraction`.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .found import Extraction, Found, FoundResponse, Offsets
from .quotes import Quote, find_quotes

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..ingest import Block
    from ..lang.base import LangPack

_NONSPACE = re.compile(r"\S")


def sentence_offsets(doc: Doc, text: str | None = None) -> list[Offsets]:
    """The Doc's sentences as trimmed character spans, never across a line break."""
    text = doc.text if text is None else text
    out: list[Offsets] = []
    for sent in doc.sents:
        start = sent.start_char
        for line in text[sent.start_char:sent.end_char].split("\n"):
            end = start + len(line)
            s, e = start, end
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                out.extend(_capped(text, s, e))
            start = end + 1
    return _openers_forward(text, out)


# marks that open a quotation when a space stands before them
_OPENERS = "“\"«„‘"


def _openers_forward(text: str, sents: list[Offsets]) -> list[Offsets]:
    """"… pada Senin. “Kami akan …": a splitter that cuts after the opening mark
    ends a sentence inside the next quote; the mark goes to the sentence it opens."""
    for k in range(len(sents) - 1):
        s, e = sents[k]
        ns, ne = sents[k + 1]
        # "… he said. ''It's …": a typewriter's doubled apostrophe opens a quote too
        width = 2 if text[e - 2:e] == "''" else 1 if text[e - 1] in _OPENERS else 0
        if width and e - s > width and text[e - width - 1].isspace() and "\n" not in text[e:ns]:
            cut = e - width
            while cut > s and text[cut - 1].isspace():
                cut -= 1
            sents[k], sents[k + 1] = (s, cut), (e - width, ne)
    return sents


# a "sentence" longer than this (text with no full stops) is cut at spaces, so that no rule
# spans more than a bounded stretch: time and report size stay linear in the text's length
MAX_SENTENCE_CHARS = 3000


def _capped(text: str, s: int, e: int, size: int = MAX_SENTENCE_CHARS) -> list[Offsets]:
    """The trimmed span (s, e) as pieces of at most ``size`` characters, cut after a space."""
    out: list[Offsets] = []
    while e - s > size:
        cut = text.rfind(" ", s + size // 2, s + size)
        cut = s + size if cut < 0 else cut
        end = cut
        while end > s and text[end - 1].isspace():
            end -= 1
        out.append((s, end))
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if s < e:
        out.append((s, e))
    return out


def extract(doc: Doc, pack: LangPack, blocks: list[Block], text: str | None = None) -> Extraction:
    """Everything the pack's rules find in the Doc (``text``: ``doc.text``, if already known)."""
    from .responses import find_responses

    text = doc.text if text is None else text  # Doc.text joins every token: once per Doc
    sentences = sentence_offsets(doc, text)
    quotes = find_quotes(text)
    if pack.strategy == "dep":
        from .dep import find

        found = find(doc, pack, sentences, quotes, blocks)
    else:
        from .tokens import find

        found = find(doc, pack, sentences, quotes, blocks, text)  # spares a second Doc.text
    found = _past_datelines(text, found, blocks)
    responses = find_responses(text, sentences, pack)
    entities = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    if pack.ner:  # Indonesian: the NER's names go to the pack's name rules (attrib/resolve/)
        return Extraction(sentences=sentences, found=found, responses=responses, names=entities)
    return Extraction(sentences=sentences, found=found, responses=responses, entities=entities)


def _past_datelines(text: str, found: list[Found], blocks: list[Block]) -> list[Found]:
    """"SURABAYA, KOMPAS — Partai Maju membantah …": the dateline says where the story was
    filed and is never part of a source; a mention that starts in one starts after it."""
    datelines = [(b.start, b.end) for b in blocks if b.kind == "dateline"]
    if not datelines:
        return found

    def clip(m: Offsets) -> Offsets:
        for s, e in datelines:
            if s <= m[0] < e < m[1]:
                start = e
                while start < m[1] and text[start].isspace():
                    start += 1
                return (start, m[1]) if start < m[1] else m
        return m

    for f in found:
        f.mentions = [clip(m) for m in f.mentions]
    return found


__all__ = ["Extraction", "Found", "FoundResponse", "Quote", "extract", "find_quotes", "sentence_offsets"]
