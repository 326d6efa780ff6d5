"""From an annotated Doc to a Report: the one-way flow after spaCy.

Doc → Extraction (spans) → sources (resolve) → claims (assemble) → flags (assess) → Report.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import TYPE_CHECKING

from .ingest import Block, blocks
from .lang.base import LangPack
from .model import Report, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc


def build_report(doc: Doc, pack: LangPack, boilerplate: list[re.Pattern[str]],
                 text: str | None = None) -> Report:
    """The Report of a processed Doc (``text``: ``doc.text`` when the caller has it at hand)."""
    from .assess import assess
    from .claims import assemble
    from .pipeline import extract
    from .resolve import resolve, split_coordinated

    text = doc.text if text is None else text  # Doc.text joins every token: skip it when known
    article_blocks = blocks(text, boilerplate)
    extraction = extract(doc, pack, article_blocks, text)
    # a non-answer's sentence makes no claim ("Globex did not return calls seeking comment"),
    # so what the rules found inside it names no source either
    if extraction.responses:
        spans = sorted(r.span for r in extraction.responses)
        starts = [s for s, _ in spans]
        reach = list(accumulate((e for _, e in spans), max))  # furthest end so far: a bisection each

        def in_response(i: int) -> bool:
            k = bisect_right(starts, i) - 1
            return k >= 0 and reach[k] > i

        extraction.found = [f for f in extraction.found if not in_response(f.hull[0])]
    split_coordinated(text, pack, extraction)  # "John Smith and Mary Jones said": two sources
    resolved = resolve(text, pack, extraction)
    claims = assemble(text, pack, article_blocks, extraction, resolved)
    claims, sources, responses = assess(text, pack, claims, resolved)
    non_claims = tuple(Span.of(text, b.start, b.end) for b in article_blocks if b.kind != "body")
    return Report(language=pack.code, text=text, sources=sources, claims=claims,
                  responses=responses, non_claims=non_claims)


__all__ = ["Block", "build_report"]
