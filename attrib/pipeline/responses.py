"""Non-answers: "Nvidia declined to comment", "Huawei tidak membalas permintaan komentar".

A sentence matching one of the pack's response patterns is a response; its party is the
words before the pattern (the sentence's subject). A sentence right after one that only goes
on about the non-answer ("Pertanyaan yang dikirim lewat surel belum dibalas") is part of it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

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
    any_pattern = _any(pack.response_patterns) if pack.response_patterns else None
    if any_pattern is None or not any_pattern.search(text):
        return out
    pats = _compiled(pack.response_patterns)
    followups = _compiled(tuple((p, "") for p in pack.discourse.response_followups))
    last = -1  # index of the sentence of the latest response
    for k, (s, e) in enumerate(sentences):
        sent = text[s:e]
        # "… tidak merespons. Pertanyaan lewat surel belum dibalas.": the next sentence goes on
        # about the same non-answer; it joins that response instead of becoming a claim
        if out and last == k - 1 and any(p.search(sent.lstrip()) for p, _ in followups):
            r = out[-1]
            out[-1] = FoundResponse((r.span[0], e), r.party, r.kind)
            last = k
            continue
        if not any_pattern.search(sent):  # a sentence that none of the patterns matches
            continue
        for pat, kind in pats:
            m = pat.search(sent)
            if not m:
                continue
            party = _party(sent, m.start(), pack)
            if party is None:
                continue
            out.append(FoundResponse((s, s + _clause_end(sent, m.end(), pack)), (s + party[0], s + party[1]), kind))
            last = k
            break
    return out


def _clause_end(sent: str, end: int, pack: LangPack) -> int:
    """Where the non-answer's clause ends: "Although X declined to comment and aides later said
    Y, …" holds a second clause with its own source, which stays a claim; a short tail ("…
    declined to comment on the report.") is part of the response."""
    joiners = "|".join(map(re.escape, pack.discourse.clause_joiners))
    m = re.compile(r"[,;]" + (rf"|\s(?:{joiners})\s" if joiners else ""), re.I).search(sent, end)
    if m is None or len(sent[m.end():].split()) < 4:
        return len(sent)
    return m.start()


def _party(sent: str, end: int, pack: LangPack) -> tuple[int, int] | None:
    """The party of a non-answer: what stands before the pattern, after any leading clause
    ("…, but X declined"); ``None`` when nothing does."""
    # "Kontraktor utama proyek, PT X, menolak …": the apposition's comma is not a cut
    head = sent[:end].rstrip().rstrip(",").rstrip()
    cut = _last_cut(head)
    # "Acme, a maker of rails which …, declined to comment": a description
    # opened by an indefinite article describes the name before it, which is the party
    openers = pack.discourse.description_openers
    if cut > 0 and head[cut + 1:].split(maxsplit=1)[:1] and head[cut + 1:].split()[0].lower() in openers:
        head = head[:cut].rstrip()
        cut = _last_cut(head)
    p_start = cut + 1 if cut >= 0 else 0
    while p_start < len(head) and head[p_start].isspace():
        p_start += 1
    if p_start >= len(head):
        return None
    return p_start, len(head)


def _last_cut(head: str) -> int:
    """The last comma or semicolon that separates clauses (not the one of "3,000")."""
    return max((m.start() for m in re.finditer(r"[,;](?!\d)", head)), default=-1)


def party_joins(mention: Any, source: Any) -> bool:
    """Whether a non-responder's mention may be an earlier source (``mention``: a parsed
    :class:`~attrib.resolve.Mention`; ``source``: the source it would join).

    Non-responders are parties, not speakers: "Novak could not be reached" is the Jan Novak
    named before, and "the spokesperson did not respond" the spokesperson just quoted; but a
    role with another organisation ("Juru bicara Kementerian X tidak menanggapi" after "juru
    bicara Acme Wulan") or an indefinite one ("A spokesperson for the port authority did not
    respond") is a new party, never the person quoted.
    """
    if mention.name or not mention.role:
        return True  # a name or an organisation: matched by its words
    theirs = (getattr(source, "affiliation", None) or "").lower()
    if mention.affiliation:
        mine = mention.affiliation.lower()
        return bool(theirs) and (mine in theirs or theirs in mine)
    if theirs and theirs in mention.text.lower():
        return True
    return bool(mention.definite)
