"""The Doc indexed for the rules: its quotations and sentences found by bisection, and token
ranges turned into character offsets (a projective parse has contiguous subtrees)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..found import Found, Offsets
from ..quotes import Quote
from .scheme import CC

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

Range = tuple[int, int]  # an inclusive range of token indices


Range = tuple[int, int]  # an inclusive range of token indices


# characters allowed between a quotation and the cue clause it belongs to ("…,” he said")
_GLUE = set(" \t,:;—–-")


@dataclass
class _Quotes:
    """The Doc's text and quotations, sorted, with an owner per quote (which Found took it)."""

    text: str
    items: list[Quote]
    starts: list[int] = field(init=False)
    ends: list[int] = field(init=False)
    lengths: list[int] = field(init=False)
    owner: dict[int, Found] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.items = sorted(self.items, key=lambda q: q.start)
        self.starts = [q.start for q in self.items]
        self.ends = [q.end for q in self.items]
        # running total of quoted characters, for covered()
        self.lengths = [0]
        for q in self.items:
            self.lengths.append(self.lengths[-1] + q.end - q.start)

    def ending_before(self, text: str, pos: int) -> int | None:
        """The quote that ends just before ``pos`` with only glue between."""
        # quotes never overlap, so their ends are sorted like their starts
        k = bisect_right(self.ends, pos) - 1
        if k < 0:
            return None
        q = self.items[k]
        if not _only_glue(text, q.end, pos):
            return None
        return k

    def starting_after(self, text: str, pos: int) -> int | None:
        """The quote that starts just after ``pos`` with only glue between."""
        k = bisect_left(self.starts, pos)
        if k >= len(self.items):
            return None
        q = self.items[k]
        # "He said:\n\n“We have a situation …”": a colon may introduce the next paragraph
        gap = text[pos:q.start]
        if q.start - pos <= 4 and (gap.strip() == ":" or (not gap.strip() and text[pos - 1:pos] == ":")):
            return k
        if not _only_glue(text, pos, q.start):
            return None
        return k

    def covered(self, start: int, end: int) -> tuple[int, int]:
        """How many quotes lie within [start, end), and how many characters they cover."""
        lo = bisect_left(self.starts, start)
        hi = bisect_right(self.ends, end)
        if hi <= lo:
            return 0, 0
        return hi - lo, self.lengths[hi] - self.lengths[lo]

    def covering(self, pos: int) -> int | None:
        """The quote that contains offset ``pos``, if any."""
        k = bisect_right(self.starts, pos) - 1
        if k >= 0 and self.items[k].start <= pos < self.items[k].end:
            return k
        return None


# ''…'' : quotation marks typed as two apostrophes (older newswire text), on one line
_DOUBLED = re.compile(r"(?<!\w)''(?=\S)[^\n]*?\S''(?!\w)")


def _doubled_apostrophe_quotes(text: str, quotes: list[Quote]) -> list[Quote]:
    """``''This isn't tax reform,'' said X``: quotes the shared finder does not know,
    kept only where they overlap none of its quotes."""
    if "''" not in text:
        return []
    starts = sorted(q.start for q in quotes)
    out = []
    for m in _DOUBLED.finditer(text):
        k = bisect_right(starts, m.end()) - 1
        if k >= 0 and any(q.start < m.end() and m.start() < q.end for q in quotes[max(0, k - 1):k + 2]):
            continue
        out.append(Quote(m.start(), m.end(), [(m.start(), m.end())]))
    return out


_OPENING_MARKS = frozenset({"''", "“", '"', "``"})


class _Sents:
    """The Doc's sentences, found by bisection (``Token.sent`` rescans the Doc each call)."""

    def __init__(self, doc: Doc):
        self.spans = list(doc.sents)
        # "… on their side. ''It's early,'' she said": the parser ends a sentence after the
        # next quotation's opening mark; the mark goes to the sentence it opens
        for k in range(len(self.spans) - 1):
            s, nxt = self.spans[k], self.spans[k + 1]
            last = doc[s.end - 1]
            if len(s) > 1 and last.text in _OPENING_MARKS and doc[s.end - 2].whitespace_:
                self.spans[k], self.spans[k + 1] = doc[s.start:s.end - 1], doc[s.end - 1:nxt.end]
        self.starts = [s.start for s in self.spans]

    def of(self, tok: Token) -> Span:
        return self.spans[bisect_right(self.starts, tok.i) - 1]


def _only_glue(text: str, a: int, b: int) -> bool:
    """Nothing but spaces and light punctuation between a and b, on one line."""
    return a <= b and b - a <= 4 and all(ch in _GLUE for ch in text[a:b])


def _quoted(qs: _Quotes, tok: Token) -> bool:
    """A cue inside a quotation is the quoted speaker's, not the article's."""
    return qs.covering(tok.idx) is not None


def _span(toks: Iterable[Token]) -> Offsets:
    toks = sorted(toks, key=lambda t: t.i)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _trim(toks: list[Token]) -> list[Token]:
    """Drop edge punctuation and spaces (but keep a closing quote mark that ends content)."""
    while toks and (toks[-1].is_space or (toks[-1].is_punct and not toks[-1].is_quote)):
        toks = toks[:-1]
    while toks and (toks[0].is_space or (toks[0].is_punct and not toks[0].is_quote)):
        toks = toks[1:]
    return toks


def _after_comma(tok: Token) -> bool:
    """The phrase under ``tok`` is set off by a comma (", who …")."""
    i = tok.left_edge.i - 1
    return i >= 0 and tok.doc[i].text in (",", "—", "–")


def _snap(piece: Offsets, qs: _Quotes) -> Offsets:
    """Widen a content piece to whole quotations where it cuts one (the parse often leaves
    the closing mark with the cue's clause: ``adding, “NATO is costing us a fortune.”``)."""
    s, e = piece
    k = qs.covering(s)
    if k is not None and qs.items[k].start >= s - 1:
        s = min(s, qs.items[k].start)
    k = qs.covering(e - 1)
    if k is not None and qs.items[k].start >= s:
        q = qs.items[k]
        if s < q.start and e <= q.start + 2 and qs.text[q.start:e].strip() in _OPENING_MARKS:
            # "Time, X added, was on their side. ''It's …'' he said": the piece ends on the
            # next quotation's opening mark (the parser left it in this sentence): not that quote
            while e > s and (qs.text[e - 1] in "'“\"." or qs.text[e - 1].isspace()):
                e -= 1
        else:
            e = max(e, q.end)
    return s, e


def _minus(ranges: list[Range], cut: Range) -> list[Range]:
    """The token ranges without the inclusive range ``cut``."""
    out: list[Range] = []
    for a, b in ranges:
        if cut[1] < a or cut[0] > b:
            out.append((a, b))
            continue
        if a < cut[0]:
            out.append((a, cut[0] - 1))
        if cut[1] < b:
            out.append((cut[1] + 1, b))
    return out


def _range_span(doc: Doc, a: int, b: int) -> Offsets | None:
    """Character offsets of tokens a..b without edge spaces, punctuation (a quote mark that
    ends a content stays) and a dangling conjunction ("…, and")."""
    while a <= b and (doc[a].is_space or (doc[a].is_punct and not doc[a].is_quote)):
        a += 1
    # ("5%": a percent sign ends a content)
    while b >= a and (doc[b].is_space or doc[b].dep_ == CC
                      or (doc[b].is_punct and not doc[b].is_quote and doc[b].text != "%")):
        b -= 1
    if a > b:
        return None
    return doc[a].idx, doc[b].idx + len(doc[b].text)


def _set_kind(found: Found, qs: _Quotes) -> None:
    s, e = found.hull
    n, covered = qs.covered(s, e + 1)
    if n:
        found.direct = True
        found.indirect = covered < (e - s) - 2
    k = qs.covering(s)
    if k is not None and qs.items[k].end >= e - 1:
        found.direct, found.indirect = True, False


def _token_at(doc: Doc, offset: int, sent: Span) -> int:
    """Index of the first token of the sentence at or after a character offset (bisection)."""
    lo, hi = sent.start, sent.end
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo
