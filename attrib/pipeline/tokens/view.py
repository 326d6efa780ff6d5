"""One Doc's tokens as parallel lists of offsets and words, with the look-arounds every rule
uses (skip spaces, is it capitalised, which sentence, inside which quote).

No Token objects are made: the tokenizer's offsets come out as two columns, and every step is
a bounded look-around or a bisection, so a Doc is processed in linear time.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from typing import TYPE_CHECKING

from ..found import Found, Offsets
from ..quotes import Quote
from .data import QUOTE_MARKS, SENTENCE_END, compiled

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ...lang.base import LangPack


def _lowered(text: str, words: list[str], starts: list[int], ends: list[int]) -> list[str]:
    """Each word in lower case: slices of the lowered text, when lowering keeps every offset
    and depends on no context (only a Greek capital sigma's does: "Σ" → "σ" or final "ς")."""
    low = text.lower()
    if len(low) != len(text) or "Σ" in text:  # "İ" → "i̇" shifts the offsets after it
        return [w.lower() for w in words]
    return [low[s:e] for s, e in zip(starts, ends)]


def _token_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end offsets of every token, as two flat lists."""
    from spacy.attrs import IDX, LENGTH

    if not len(doc):
        return [], []
    # two flat lists from the columns: a list of pairs costs ten times as much
    idx, length = doc.to_array([IDX, LENGTH]).T.astype("int64")
    return idx.tolist(), (idx + length).tolist()


class TokenView:
    """One Doc's tokens, sentences and quotes, with the pack's compiled words (``self.d``)."""

    def __init__(self, doc: Doc, pack: LangPack, sentences: list[Offsets], quotes: list[Quote],
                 text: str):
        self.text, self.pack = text, pack
        self.d = compiled(pack)
        self.starts, self.ends = _token_offsets(doc)
        self.words = [text[s:e] for s, e in zip(self.starts, self.ends)]
        self.lows = _lowered(text, self.words, self.starts, self.ends)
        self.n = len(self.words)
        self.sentences = sentences
        self._sent_starts = [s for s, _ in sentences]
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self._q_starts = [q.start for q in self.quotes]
        # the statistical NER's persons (Indonesian), as token index → the name's last token
        self.person_at: dict[int, int] = {e.start: e.end - 1 for e in doc.ents if e.label_ == "PER"} \
            if self.d.role_links else {}
        self._stops: list[int] | None = None  # sentence-ending full stops, found when needed
        self._contents: list[tuple[int, int, int]] = []  # (start, end, index in _found), sorted
        self._found: list[Found] = []

    # --- what was found so far ----------------------------------------------------------------
    def _note(self, f: Found) -> None:
        """Remember where a found relation's content lies (see :meth:`_content_over`)."""
        for a, b in f.content:
            insort(self._contents, (a, b, len(self._found)))
        self._found.append(f)

    def _content_over(self, s: int, e: int) -> Found | None:
        """A relation found so far whose content overlaps [s, e): a bisection and a few steps
        back, not a scan of everything found (contents span a few sentences at most)."""
        k = bisect_left(self._contents, (e,))
        for a, b, i in reversed(self._contents[max(0, k - 8):k]):
            if a < e and s < b:
                return self._found[i]
        return None

    # --- positions ----------------------------------------------------------------------------
    def token_at(self, char: int) -> int:
        """Index of the token that starts at or before ``char``."""
        return bisect_right(self.starts, char) - 1

    def sentence_of(self, char: int) -> Offsets:
        """The sentence that holds ``char`` (the whole text when none does)."""
        k = bisect_right(self._sent_starts, char) - 1
        return self.sentences[k] if k >= 0 else (0, len(self.text))

    def in_quote(self, char: int) -> bool:
        """Is ``char`` strictly inside a quotation's marks?"""
        k = bisect_right(self._q_starts, char) - 1
        return k >= 0 and self.quotes[k].start < char < self.quotes[k].end

    def quote_starting_at(self, char: int) -> Quote | None:
        """The quotation whose opening mark is at ``char``."""
        k = bisect_left(self._q_starts, char)
        return self.quotes[k] if k < len(self.quotes) and self.quotes[k].start == char else None

    def span(self, a: int, b: int) -> Offsets:
        """Character span of tokens a..b inclusive."""
        return self.starts[a], self.ends[b]

    def cue_span(self, i: int) -> Offsets:
        """Character span of the cue token i."""
        return self.starts[i], self.ends[i]

    # --- what a token is ----------------------------------------------------------------------
    def is_space(self, i: int) -> bool:
        return self.words[i].isspace()

    def is_break(self, i: int) -> bool:
        return "\n" in self.words[i]

    def is_word(self, i: int) -> bool:
        """A word or a number, not punctuation or space."""
        return self.words[i][:1].isalnum()

    def skip(self, i: int, glue: set[str] | frozenset[str] = frozenset(), step: int = 1) -> int:
        """The first index from i (walking by ``step``) that is neither a space nor glue."""
        words, lows = self.words, self.lows
        while 0 <= i < self.n and (words[i].isspace() and "\n" not in words[i] or lows[i] in glue):
            i += step
        return i

    def cap(self, i: int) -> bool:
        return self.words[i][:1].isupper()

    def lower_word(self, i: int) -> bool:
        """A lower-case word (not punctuation, not a number)."""
        w = self.words[i]
        return w[:1].isalpha() and w.islower()

    def verb_like(self, i: int) -> bool:
        """A lower-case active verb ("memanggil", "berusaha"), not a noun ("menteri")."""
        low, d = self.lows[i], self.d
        return (len(low) > 5 and low.startswith(d.verb_prefixes) and self.lower_word(i)
                and low not in d.verb_nouns and low not in d.pronouns)

    def has_words(self, start: int, end: int, k: int) -> bool:
        """Are there at least k word tokens starting in [start, end)? Stops at the k-th, so a
        check costs O(k), not the sentence's length."""
        t = bisect_left(self.starts, start)
        while k > 0 and t < self.n and self.starts[t] < end:
            k -= self.words[t][:1].isalnum()
            t += 1
        return k <= 0

    def only_connectives(self, a: int, b: int) -> bool:
        """Are tokens [a, b) connectives and punctuation only ("Namun, …")?"""
        return all(self.lows[t] in self.d.discourse or not self.is_word(t) for t in range(a, b))

    # --- sentence ends ------------------------------------------------------------------------
    def _sentence_end(self, k: int, e: int) -> int:
        """End of a content that starts at token k, within a sentence that ends at ``e``: at a
        full stop outside quotes when the next thing is a quote mark or the end
        ("X membantah kabar tersebut. “Belum ada …”": the segmenter left the next sentence's
        opening quote mark in this one)."""
        if self._stops is None:
            self._stops = self._find_stops()
        j = bisect_left(self._stops, self.starts[k])
        return self._stops[j] if j < len(self._stops) and self._stops[j] < e else e

    def _find_stops(self) -> list[int]:
        """Offsets of the full stops that end a sentence's own words, in one pass."""
        out = []
        for t in range(self.n):
            if self.lows[t] in SENTENCE_END and not self.in_quote(self.starts[t]):
                nxt = self.skip(t + 1)
                _, e = self.sentence_of(self.starts[t])
                if nxt >= self.n or self.starts[nxt] >= e or self.words[nxt] in QUOTE_MARKS:
                    out.append(self.starts[t])
        return out

    def trim_end(self, start: int, end: int) -> int:
        """End offset without trailing spaces and sentence punctuation."""
        text = self.text
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?;,:…"):
            end -= 1
        return end

    def stance(self, cue: int) -> str:
        """The cue decides the stance: "X membantah …" / "“…,” bantah X" deny."""
        low = self.lows[cue]
        return "denies" if low in self.d.denial or low in self.d.denial_stems else "asserts"
