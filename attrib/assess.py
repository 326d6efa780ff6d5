"""Flags and explanations for each claim; the responses.

(First version: unattributed / single_source / anonymous by simple counts. The report
issue replaces this with stance, disputes, corroboration and prior reporting.)
"""
from __future__ import annotations

from dataclasses import replace

from .lang.base import LangPack
from .model import Claim, Flag, Response, ResponseKind, Source
from .resolve import Resolved


def assess(text: str, pack: LangPack, claims: list[Claim], resolved: Resolved
           ) -> tuple[tuple[Claim, ...], tuple[Source, ...], tuple[Response, ...]]:
    out = []
    for c in claims:
        flags: list[Flag] = []
        expl: dict[str, str] = {}
        if not c.attributions:
            flags.append(Flag.UNATTRIBUTED)
            expl[Flag.UNATTRIBUTED.value] = "No source is given for this statement."
        elif len({a.source for a in c.attributions}) == 1:
            flags.append(Flag.SINGLE_SOURCE)
            m = c.attributions[0].mention
            expl[Flag.SINGLE_SOURCE.value] = f"Rests on one source: ‘{m.text if m else '?'}’."
        out.append(replace(c, flags=tuple(flags), explanations=expl))
    responses = tuple(Response(resolved.response_party[r.party], ResponseKind(r.kind), r.span[0], r.span[1],
                               text[r.span[0]:r.span[1]]) for r in resolved.responses)
    return tuple(out), tuple(resolved.sources), responses
