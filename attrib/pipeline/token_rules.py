"""Attribution by token patterns, for languages without a trained parser (Indonesian).

Works on the tokenizer's tokens and the pack's word lists only. Constructions, each handled
by one function below:

- ``“…,” kata X.`` / ``“…,” ujarnya.``  cue after a closing quote (``quote_then_cue``)
- ``X mengatakan, “…”`` / ``X mengatakan: “…”``  cue before an opening quote (``cue_then_quote``)
- ``Y, kata X.`` / ``Y, ujarnya.``  post-posed cue after reported content (``postposed_cue``)
- ``X mengatakan (bahwa) Y``  pre-posed reporting verb (``preposed_verb``)
- ``Menurut X, Y`` / ``Y, menurut X.``  (``according_to``)
"""
from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from .found import Found, Offsets
from .quotes import Quote, word_count

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..ingest import Block
    from ..lang.base import LangPack

CLAUSE_END = {".", "!", "?", ";", "…"}
QUOTE_MARKS = set("“”\"«»„‘’‚")


def find(doc: Doc, pack: LangPack, sentences: list[Offsets], quotes: list[Quote],
         blocks: list[Block]) -> list[Found]:
    ctx = _Ctx(doc, pack, sentences, quotes)
    found: list[Found] = []
    used_cues: set[int] = set()
    for q in quotes:
        f = ctx.quote_then_cue(q) or ctx.cue_then_quote(q)
        if f and f.cue:
            used_cues.add(f.cue[0])
            found.append(f)
    for tok in doc:
        if tok.idx in used_cues or ctx.in_quote(tok.idx):
            continue
        f = ctx.postposed_cue(tok) or ctx.according_to(tok) or ctx.preposed_verb(tok)
        if f:
            found.append(f)
    return found


class _Ctx:
    def __init__(self, doc: Doc, pack: LangPack, sentences: list[Offsets], quotes: list[Quote]):
        self.doc, self.pack, self.text = doc, pack, doc.text
        self.sentences = sentences
        self._sent_starts = [s for s, _ in sentences]
        self.quotes = quotes
        self._q_starts = [q.start for q in quotes]
        self.post_cues = pack.extra.get("postposed_cues", frozenset())
        self.pre_verbs = pack.speech_verbs
        self.embedded = pack.embedded_source_cues
        self.according = pack.extra.get("according_to", frozenset())

    # --- helpers ---------------------------------------------------------------------------
    def sentence_of(self, i: int) -> Offsets:
        k = bisect_right(self._sent_starts, i) - 1
        return self.sentences[k] if k >= 0 else (0, len(self.text))

    def in_quote(self, i: int) -> bool:
        k = bisect_right(self._q_starts, i) - 1
        return k >= 0 and self.quotes[k].start < i < self.quotes[k].end

    def next_word(self, i: int) -> Token | None:
        """The first non-space, non-comma token at or after token index i."""
        doc = self.doc
        while i < len(doc) and (doc[i].is_space or doc[i].text in {",", ":"}):
            i += 1
        return doc[i] if i < len(doc) else None

    def source_after(self, start: int) -> Offsets | None:
        """A source noun phrase from token ``start`` to the clause's end.

        ``kata juru bicara ByteDance Michael Hughes.`` runs to the full stop;
        ``kata tiga orang yang mengetahui masalah tersebut, ketika …`` stops at the comma
        before a clause word; ``kata X di Jakarta`` stops at a place/time preposition.
        """
        doc, stop = self.doc, self.pack.source_stop_words
        i = start
        end = None
        while i < len(doc):
            t = doc[i]
            low = t.lower_
            if t.is_space and "\n" in t.text:
                break
            if low in CLAUSE_END or t.text in QUOTE_MARKS or (low in stop and i > start):
                break
            if low == "," and i + 1 < len(doc) and (doc[i + 1].lower_ in stop or doc[i + 1].is_punct):
                break
            if low == "," and not self._apposition_follows(i + 1):
                break
            end = t.idx + len(t.text)
            i += 1
        return (doc[start].idx, end) if end else None

    def _apposition_follows(self, i: int) -> bool:
        """``kata Roland, Kepala Unit …``: a comma followed by a role/title continues the NP."""
        if i >= len(self.doc):
            return False
        t = self.doc[i]
        return t.lower_ in self.pack.person_nouns or t.text[:1].isupper() and t.lower_ not in self.pack.source_stop_words

    def split_sources(self, span: Offsets) -> list[Offsets]:
        """``tiga orang dan sumber terpisah`` → two sources (coordination of source NPs)."""
        text = self.text[span[0]:span[1]]
        joiners = self.pack.extra.get("source_joiners", ())
        for j in joiners:
            k = text.find(f" {j} ")
            if k > 0:
                right = text[k + len(j) + 2:]
                if right.split()[0].lower() in self.pack.extra.get("source_heads", frozenset()) | set(self.pack.number_words):
                    return [(span[0], span[0] + k), (span[0] + k + len(j) + 2, span[1])]
        return [span]

    # --- constructions ----------------------------------------------------------------------
    def quote_then_cue(self, q: Quote) -> Found | None:
        """``“…,” kata X.`` / ``“…,” ujarnya.`` / ``” … , ” pungkasnya .``"""
        doc = self.doc
        tok = doc.char_span(q.end - 1, q.end, alignment_mode="expand")
        if tok is None:
            return None
        nxt = self.next_word(tok.end)
        if nxt is None or nxt.idx - q.end > 3:
            return None
        return self._cue_at(nxt, [(q.start, q.end)], direct=True)

    def cue_then_quote(self, q: Quote) -> Found | None:
        """``X mengatakan, “…”`` / ``X mengatakan: “…”``: subject before the verb."""
        doc = self.doc
        span = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
        if span is None:
            return None
        i = span.start - 1
        while i >= 0 and (doc[i].is_space or doc[i].text in {",", ":"}):
            i -= 1
        if i < 0 or doc[i].lower_ not in self.pre_verbs:
            return None
        cue = doc[i]
        subj = self.subject_before(cue.i)
        if subj is None:
            return None
        return Found([(q.start, q.end)], (cue.idx, cue.idx + len(cue.text)), self.split_sources(subj),
                     direct=True, indirect=False, rule="cue_then_quote")

    def _cue_at(self, cue: Token, content: list[Offsets], direct: bool) -> Found | None:
        low = cue.lower_
        cue_span = (cue.idx, cue.idx + len(cue.text))
        if low in self.embedded:
            return Found(content, cue_span, [cue_span], direct=direct, indirect=not direct,
                         embedded=True, rule="embedded_cue")
        if low in self.post_cues or low in self.pre_verbs:
            src = self.source_after(cue.i + 1)
            if src is None:
                return None
            return Found(content, cue_span, self.split_sources(src), direct=direct,
                         indirect=not direct, rule="postposed_cue")
        return None

    def postposed_cue(self, tok: Token) -> Found | None:
        """``Y, kata X.`` — content is the clause before the comma."""
        if tok.i == 0 or tok.lower_ not in self.post_cues | self.embedded:
            return None
        prev = self.doc[tok.i - 1]
        if prev.text != ",":
            return None
        s, _ = self.sentence_of(tok.idx)
        if word_count(self.text, s, prev.idx) < 3:
            return None
        return self._cue_at(tok, [(s, prev.idx)], direct=False)

    def according_to(self, tok: Token) -> Found | None:
        """``Menurut X, Y.`` and ``Y, menurut X.``"""
        if tok.lower_ not in self.according:
            return None
        s, e = self.sentence_of(tok.idx)
        cue = (tok.idx, tok.idx + len(tok.text))
        src = self.source_after(tok.i + 1)
        if src is None:
            return None
        if tok.idx == s:  # Menurut X, Y.
            rest = self.text.find(",", src[1], e)
            if rest < 0 or word_count(self.text, rest, e) < 3:
                return None
            c_start = rest + 1
            while c_start < e and self.text[c_start].isspace():
                c_start += 1
            return Found([(c_start, e)], cue, [src], rule="according_to")
        prev = self.doc[tok.i - 1] if tok.i else None
        if prev is not None and prev.text == "," and word_count(self.text, s, prev.idx) >= 3:
            return Found([(s, prev.idx)], cue, [src], rule="according_to")
        return None

    def preposed_verb(self, tok: Token) -> Found | None:
        """``X mengatakan (bahwa) Y`` — subject before the verb, content after it."""
        if tok.lower_ not in self.pre_verbs:
            return None
        subj = self.subject_before(tok.i)
        if subj is None:
            return None
        _, e = self.sentence_of(tok.idx)
        nxt = self.next_word(tok.i + 1)
        if nxt is None or nxt.idx >= e:
            return None
        if nxt.lower_ in self.pack.extra.get("complementizers", frozenset()):
            nxt = self.next_word(nxt.i + 1)
            if nxt is None or nxt.idx >= e:
                return None
        end = e
        while end > nxt.idx and self.text[end - 1] in ".!?":
            end -= 1
        if word_count(self.text, nxt.idx, end) < 2:
            return None
        return Found([(nxt.idx, end)], (tok.idx, tok.idx + len(tok.text)), self.split_sources(subj),
                     rule="preposed_verb")

    def subject_before(self, i: int) -> Offsets | None:
        """The subject noun phrase ending right before token i, back to the clause start."""
        doc = self.doc
        s, _ = self.sentence_of(doc[i].idx)
        skip = self.pack.extra.get("preverbal_adverbs", frozenset())
        j = i - 1
        while j >= 0 and doc[j].lower_ in skip:
            j -= 1
        end = j
        while j >= 0 and doc[j].idx >= s and doc[j].text not in {",", ";", ":"} | QUOTE_MARKS \
                and not doc[j].is_space and doc[j].lower_ not in self.pack.extra.get("clause_openers", frozenset()):
            j -= 1
        start = j + 1
        if start > end:
            return None
        return doc[start].idx, doc[end].idx + len(doc[end].text)
