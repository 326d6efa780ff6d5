"""Non-answers: "Nvidia declined to comment", "Huawei tidak membalas permintaan komentar".

A sentence matching one of the pack's response patterns is a response; its party is the
words before the pattern (the sentence's subject).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .found import FoundResponse, Offsets

if TYPE_CHECKING:
    from ..lang.base import LangPack


@lru_cache(maxsize=None)
def _compiled(patterns: tuple[tuple[str, str], ...]) -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(p, re.I), kind) for p, kind in patterns]


@lru_cache(maxsize=None)
def _any(patterns: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """All the patterns as one: most articles have no non-answer, and one search of the whole
    text says so (a match inside a sentence is a match inside the text: each pattern starts
    with ``\\b`` and a word, and a sentence starts at a token boundary)."""
    return re.compile("|".join(f"(?:{p})" for p, _ in patterns), re.I)


def find_responses(text: str, sentences: list[Offsets], pack: LangPack) -> list[FoundResponse]:
    out: list[FoundResponse] = []
    if not pack.response_patterns or not _any(pack.response_patterns).search(text):
        return out
    pats = _compiled(pack.response_patterns)
    for s, e in sentences:
        sent = text[s:e]
        for pat, kind in pats:
            m = pat.search(sent)
            if not m:
                continue
            # the party: what stands before the pattern, after any leading clause ("…, but X")
            # "Kontraktor utama proyek, PT X, menolak …": the apposition's comma is not a cut
            head = sent[:m.start()].rstrip().rstrip(",").rstrip()
            cut = max(head.rfind(","), head.rfind(";"))
            p_start = cut + 1 if cut >= 0 else 0
            while p_start < len(head) and head[p_start].isspace():
                p_start += 1
            if p_start >= len(head):
                continue
            out.append(FoundResponse((s, e), (s + p_start, s + len(head)), kind))
            break
    return out
