"""Claims: attributed contents from the extraction, and every other body sentence.

Every body sentence is covered by exactly one claim: the attributed claim whose content,
cue or source lies in it, or an ``unattributed`` claim of its own. Headings, boilerplate
lines and responses ("Nvidia declined to comment") are not claims.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from .ingest import Block
from .lang.base import LangPack
from .model import Attribution, Claim, ClaimKind, Span, Stance
from .pipeline.found import Extraction, Found, Offsets
from .resolve import Resolved

_WORD = re.compile(r"\w")


Draft = tuple[Offsets, Offsets, ClaimKind, tuple[Attribution, ...]]


def assemble(text: str, pack: LangPack, blocks: list[Block], ext: Extraction,
             resolved: Resolved) -> list[Claim]:
    """The article's claims: the found relations grouped by content, then every body
    sentence no claim covers, as an ``unattributed`` claim, numbered in text order."""
    layout = _Layout(text, blocks, ext)
    drafts: list[Draft] = []
    covered: set[int] = set()
    for (s, e), fs in _groups(layout, ext).items():
        draft, touched = _draft(text, layout, (s, e), fs, resolved)
        covered.update(touched)
        drafts.append(draft)
    drafts = _merge_nested(drafts, resolved)
    for k, (s, e) in enumerate(layout.sentences):
        if k in covered or layout.in_response(s) or layout.response_starts_in(s, e):
            continue
        drafts.append(((s, e), (s, e), ClaimKind.UNATTRIBUTED, ()))

    drafts.sort(key=lambda d: (d[0][0], d[0][1]))
    return [Claim(id=f"c{n}", start=s, end=e, text=text[s:e], sentence=sent, kind=kind, attributions=atts)
            for n, ((s, e), sent, kind, atts) in enumerate(drafts, 1)]


class _Layout:
    """The article's body blocks, its body sentences and its responses, each looked up by
    bisection rather than by a scan."""

    def __init__(self, text: str, blocks: list[Block], ext: Extraction):
        self.body = [(b.start, b.end) for b in blocks if b.kind == "body"]
        self.body_starts = [s for s, _ in self.body]
        self.sentences = [c for c in map(self.clip, ext.sentences) if c and _WORD.search(text, c[0], c[1])]
        self.starts = [s for s, _ in self.sentences]
        # responses ("Nvidia declined to comment") by start, with the farthest end reached so
        # far: each test below is a bisection, not a scan of every response
        response_spans = sorted(r.span for r in ext.responses)
        self.response_starts = [rs[0] for rs in response_spans]
        self.response_reach = list(accumulate((rs[1] for rs in response_spans), max))

    def in_body(self, i: int) -> bool:
        """Whether offset ``i`` lies in a body block."""
        k = bisect_right(self.body_starts, i) - 1
        return k >= 0 and self.body[k][0] <= i < self.body[k][1]

    def clip(self, span: Offsets) -> Offsets | None:
        """The part of a span in the body block where it ends: "JAKARTA, KOMPAS — Pemerintah
        …" loses its dateline; a span wholly in a heading or boilerplate line is dropped."""
        k = bisect_right(self.body_starts, span[1] - 1) - 1
        if k < 0 or not self.body[k][0] < span[1] <= self.body[k][1]:
            return None
        start = max(span[0], self.body[k][0])
        return (start, span[1]) if start < span[1] else None

    def in_response(self, i: int) -> bool:
        """Whether offset ``i`` lies inside a response (``rs[0] <= i < rs[1]``)."""
        k = bisect_right(self.response_starts, i) - 1
        return k >= 0 and self.response_reach[k] > i

    def response_starts_in(self, s: int, e: int) -> bool:
        """Whether a response starts inside (s, e) (``s <= rs[0] < e``)."""
        k = bisect_left(self.response_starts, s)
        return k < len(self.response_starts) and self.response_starts[k] < e

    def sentences_touching(self, a: int, b: int) -> list[int]:
        """Indices of the body sentences overlapping (a, b)."""
        lo = max(bisect_right(self.starts, a) - 1, 0)
        hi = bisect_left(self.starts, b)
        return [k for k in range(lo, min(hi + 1, len(self.sentences)))
                if self.sentences[k][0] < b and a < self.sentences[k][1]]


def _groups(layout: _Layout, ext: Extraction) -> dict[Offsets, list[Found]]:
    """The found relations grouped by content span: "“…,” said X, “…”" and coordinated
    sources ("three people and a separate source") give one claim with several attributions.
    A relation outside the body, or inside a response, is none."""
    groups: dict[Offsets, list[Found]] = {}
    for f in sorted(ext.found, key=lambda f: f.hull):
        hull = f.hull
        if not layout.in_body(hull[0]):
            first = layout.clip(f.content[0])  # a content that opens with the dateline starts after it
            if first is None or first[1] != f.content[0][1]:
                continue
            hull = (first[0], hull[1])
        if layout.in_response(hull[0]):
            continue
        groups.setdefault(hull, []).append(f)
    return groups


def _attributions(text: str, fs: list[Found], resolved: Resolved) -> list[Attribution]:
    """One attribution per source mention of each relation (one with no mention if it has none)."""
    atts: list[Attribution] = []
    for f in fs:
        for m in f.mentions or [None]:
            mention = Span.of(text, *m) if m else None
            cue = Span.of(text, *f.cue) if f.cue else None
            atts.append(Attribution(resolved.by_mention.get(m) if m else None, mention, cue,
                                    Stance(f.stance)))
    return atts


def _draft(text: str, layout: _Layout, content: Offsets, fs: list[Found], resolved: Resolved
           ) -> tuple[Draft, list[int]]:
    """The claim of one group of relations, and the body sentences its content, cues and
    mentions touch (its sentence runs over them)."""
    s, e = content
    kinds = {f.kind for f in fs}
    kind = ClaimKind.MIXED if "mixed" in kinds or len(kinds) > 1 else ClaimKind(kinds.pop())
    lo = min([s] + [f.cue[0] for f in fs if f.cue] + [m[0] for f in fs for m in f.mentions])
    hi = max([e] + [f.cue[1] for f in fs if f.cue] + [m[1] for f in fs for m in f.mentions])
    touched = layout.sentences_touching(lo, hi)
    sent = (layout.sentences[touched[0]][0], layout.sentences[touched[-1]][1]) if touched else (lo, hi)
    return ((s, e), sent, kind, tuple(_attributions(text, fs, resolved))), touched




def _merge_nested(drafts: list[Draft], resolved: Resolved) -> list[Draft]:
    """A content inside another's, said by the same source through an elided subject, is
    part of that claim.

    "Orang keempat juga mengatakan A, tetapi tidak dapat mengatakan apakah B": B lies inside
    the content of the first cue and its subject ("tidak dapat") is elided: the same person
    goes on, so the sentence stays one claim (its hedge is in its content). A nested claim
    with a subject of its own ("he said he believed X") stays its own claim.
    """
    def elided(a: Attribution) -> bool:
        m = resolved.mentions.get((a.mention.start, a.mention.end)) if a.mention else None
        return m is not None and m.zero

    out: list[Draft] = []
    for d in sorted(drafts, key=lambda d: (d[0][0], -d[0][1])):
        (s, e), sent, kind, atts = d
        # the elision test does not depend on the outer claim: test it once, not per claim
        outer = None if not all(elided(a) for a in atts) else next(
            (k for k, o in enumerate(out) if o[0][0] <= s and e <= o[0][1] and o[0] != (s, e)
             and {a.source for a in atts} <= {a.source for a in o[3]}), None)
        if outer is None:
            out.append(d)
            continue
        (os_, oe), osent, okind, oatts = out[outer]
        out[outer] = ((os_, oe), (min(osent[0], sent[0]), max(osent[1], sent[1])), okind, oatts)
    return out
