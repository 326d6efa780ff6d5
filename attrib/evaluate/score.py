"""Span matching and P/R/F1: the definitions of attrib's accuracy figures.

These are the definitions of the project's reference scorers (``shared/bench/score.py``),
kept here so ``attrib evaluate`` needs nothing outside the package; ``tests/test_evaluate.py``
checks that both give the same figures. Spans are ``(start, end)`` character offsets; a
system's output is the ``attrib.report/1`` dict.

Beyond the reference, :func:`align` says *which* items matched, so the misses and false
positives can be listed (``attrib evaluate --errors``).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

Offsets = tuple[int, int]
Matcher = Callable[[str, Any, Any], bool]

WORD = re.compile(r"\w+", re.UNICODE)
EDGE = re.compile(r"^[\W_]+|[\W_]+$", re.UNICODE)


def words(text: str, start: int, end: int) -> set[int]:
    """Start offsets of the word tokens inside ``text[start:end]``."""
    return {start + m.start() for m in WORD.finditer(text[start:end])}


def jaccard(text: str, a: Offsets, b: Offsets) -> float:
    """Word-level Jaccard similarity of two spans (0 when either has no word)."""
    wa, wb = words(text, *a), words(text, *b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def overlaps(text: str, a: Offsets, b: Offsets) -> bool:
    """Spans share a word; spans without words (a cue such as ":" or "―") share a character."""
    wa, wb = words(text, *a), words(text, *b)
    if wa and wb:
        return bool(wa & wb)
    return a[0] < b[1] and b[0] < a[1]


def exact(text: str, a: Offsets, b: Offsets) -> bool:
    """Same place and the same words, up to edge punctuation and case."""
    return overlaps(text, a, b) and (
        EDGE.sub("", text[a[0]:a[1]]).lower() == EDGE.sub("", text[b[0]:b[1]]).lower())


def jaccard50(text: str, a: Offsets, b: Offsets) -> bool:
    """Loose match: word Jaccard of at least 0.5."""
    return jaccard(text, a, b) >= 0.5


MATCHERS: dict[str, Matcher] = {"exact": exact, "overlap": overlaps, "jaccard50": jaccard50}


@dataclass
class PRF:
    """Counts behind precision, recall and F1 (predictions and gold counted separately)."""

    tp_p: int = 0  # predictions matched
    n_p: int = 0
    tp_g: int = 0  # gold items matched
    n_g: int = 0

    def add(self, other: PRF) -> None:
        self.tp_p += other.tp_p
        self.n_p += other.n_p
        self.tp_g += other.tp_g
        self.n_g += other.n_g

    @property
    def p(self) -> float:
        return self.tp_p / self.n_p if self.n_p else 0.0

    @property
    def r(self) -> float:
        return self.tp_g / self.n_g if self.n_g else 0.0

    @property
    def f(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def _relation_matcher(how: str) -> Matcher:
    """(cue, source) pairs: the cues overlap and the sources match by ``how``."""
    fn = MATCHERS[how]
    return lambda text, p, g: overlaps(text, p[0], g[0]) and fn(text, p[1], g[1])


def align(text: str, pred: Sequence[Any], gold: Sequence[Any], fn: Matcher) -> dict[int, int]:
    """Greedy one-to-one matching: prediction index → the first unused gold index it matches."""
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if j not in used and fn(text, p, g):
                used.add(j)
                pairs[i] = j
                break
    return pairs


def _prf(pairs: dict[int, int], pred: Sequence[Any], gold: Sequence[Any]) -> PRF:
    return PRF(tp_p=len(pairs), n_p=len(pred), tp_g=len(pairs), n_g=len(gold))


def match(text: str, pred: Sequence[Offsets], gold: Sequence[Offsets], how: str) -> PRF:
    """P/R counts of span lists under the matcher ``how`` ("exact", "overlap", "jaccard50")."""
    return _prf(align(text, pred, gold, MATCHERS[how]), pred, gold)


def match_pairs(text: str, pred: Sequence[tuple[Offsets, Offsets]],
                gold: Sequence[tuple[Offsets, Offsets]], how: str) -> PRF:
    """Relations as (cue_span, source_span) pairs: cues overlap, sources match by ``how``."""
    return _prf(align(text, pred, gold, _relation_matcher(how)), pred, gold)


def dedupe(spans: Sequence[Any]) -> list[Any]:
    return sorted(set(spans))


def report_spans(rep: dict[str, Any]) -> tuple[list, list, list, list]:
    """(cues, mentions, contents, relations) as span lists from an attrib.report/1 dict."""
    cues, mentions, contents, rels = [], [], [], []
    for c in rep.get("claims", []):
        atts = c.get("attributions") or []
        if not atts:
            continue
        contents.append((c["start"], c["end"]))
        for a in atts:
            cue, men = a.get("cue"), a.get("mention")
            if cue:
                cues.append((cue["start"], cue["end"]))
            if men:
                mentions.append((men["start"], men["end"]))
            if cue and men:
                rels.append(((cue["start"], cue["end"]), (men["start"], men["end"])))
    return dedupe(cues), dedupe(mentions), dedupe(contents), sorted(set(rels))


def check_offsets(rep: dict[str, Any]) -> int:
    """Number of spans whose offsets do not reproduce their text."""
    text = rep.get("text", "")
    spans = []
    for c in rep.get("claims", []):
        spans.append(c)
        for a in c.get("attributions") or []:
            spans += [a.get("cue"), a.get("mention")]
    for s in rep.get("sources", []):
        spans += s.get("mentions", [])
    return sum(1 for s in spans if s and "text" in s and text[s["start"]:s["end"]] != s["text"])


class Scorer:
    """P/R/F1 of one element over many documents, collecting its misses and false positives.

    Args:
        key: the figure's key ("source", "source_loose", …), as in the RESULT line.
        how: the matcher ("exact", "overlap", "jaccard50").
        element: what is matched ("source", "cue", …); the key up to "_loose" by default.
        pairs: items are (cue, source) relations rather than spans.
        errors: collect the unmatched items (for ``--errors``).
    """

    def __init__(self, key: str, how: str, *, element: str | None = None, pairs: bool = False,
                 errors: bool = False):
        self.key = key
        self.name = element or key.removesuffix("_loose")
        self.how = how
        self.prf = PRF()
        self.fn = _relation_matcher(how) if pairs else MATCHERS[how]
        self.pairs = pairs
        self.keep_errors = errors
        self.errors: list[dict[str, Any]] = []

    @property
    def f1(self) -> float:
        """F1 in percent, rounded as the reference scorers print it."""
        return round(100 * self.prf.f, 1)

    def add(self, doc: str, text: str, pred: Sequence[Any], gold: Sequence[Any]) -> None:
        """Score one document's predictions against its gold items."""
        matched = align(text, pred, gold, self.fn)
        self.prf.add(_prf(matched, pred, gold))
        if self.keep_errors:
            hit = set(matched.values())
            self.errors += [self._error(doc, text, "false_positive", p, gold)
                            for i, p in enumerate(pred) if i not in matched]
            self.errors += [self._error(doc, text, "miss", g, pred)
                            for j, g in enumerate(gold) if j not in hit]

    def _error(self, doc: str, text: str, kind: str, item: Any, others: Sequence[Any]) -> dict[str, Any]:
        """One unmatched item, with the nearest item of the other side it overlaps, if any."""
        near = next((o for o in others if self._near(text, item, o)), None)
        mine, theirs = (_describe(text, item), _describe(text, near) if near else None)
        expected, found = (theirs, mine) if kind == "false_positive" else (mine, theirs)
        return {"document": doc, "element": self.name, "match": self.how, "error": kind,
                "expected": expected, "found": found}

    def _near(self, text: str, a: Any, b: Any) -> bool:
        if self.pairs:  # a relation is near another with the same cue or the same source
            return overlaps(text, a[0], b[0]) or overlaps(text, a[1], b[1])
        return overlaps(text, a, b)


def _describe(text: str, item: Any) -> dict[str, Any]:
    """A span or a (cue, source) pair as offsets and text, for a JSONL error line."""
    if isinstance(item[0], tuple):
        cue, src = item
        return {"cue": _describe(text, cue), "source": _describe(text, src)}
    return {"start": item[0], "end": item[1], "text": text[item[0]:item[1]]}

