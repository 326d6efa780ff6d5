"""Stance, disputes, flags and their explanations for each claim; the responses.

The steps, each in its module:

- :mod:`.stance`: the stance of each attribution (``denies``, ``hedges``, ``asserts``);
- :mod:`.disputes`: what each denial contradicts by its wording (a negated predicate, a
  global denial, a denial of the report);
- :mod:`.meaning`: what a denial disputes by meaning (the denier's name and the claim's core),
  rebuttals and denials of rumours;
- :mod:`.flags`: the flags as the schema's table, each with a one-sentence explanation;
- :mod:`.words`: the stems, predicates, cores and the index of claims they share.
"""
from __future__ import annotations

from dataclasses import replace

from ..lang.base import LangPack
from ..model import Claim, Response, ResponseKind, Source
from ..resolve import Resolved
from .disputes import _contradictions, _disputes
from .flags import FLAG_RULES, FlagRule, _flags
from .meaning import _by_meaning, _rebuttals, _rumours
from .stance import _with_stances, is_denial_text
from .words import _Index, _same, _stems, predicate, stem

__all__ = ["FLAG_RULES", "FlagRule", "assess", "is_denial_text", "predicate", "stem",
           "_Index", "_same", "_stems"]


def assess(text: str, pack: LangPack, claims: list[Claim], resolved: Resolved
           ) -> tuple[tuple[Claim, ...], tuple[Source, ...], tuple[Response, ...]]:
    """Claims with stance, disputes, flags and explanations; the sources; the responses."""
    sources = {s.id: s for s in resolved.sources}
    claims = [_with_stances(text, pack, c) for c in claims]
    index = _Index(pack, claims)  # the claims' texts: stance changes below keep them
    claims = _contradictions(pack, claims, sources, index)
    claims = _rebuttals(pack, claims, sources, index)
    denied = _disputes(pack, claims, sources, index)
    _by_meaning(pack, claims, sources, denied, index)
    _rumours(text, pack, claims, sources, denied, index)
    disputed_by = _disputed_by(denied)
    by_id: dict[str, Claim] = {}
    for c in claims:
        by_id.setdefault(c.id, c)
    out = []
    for c in claims:
        by, denies = tuple(disputed_by.get(c.id, ())), tuple(denied.get(c.id, ()))
        flags, expl = _flags(text, pack, c, by, denies, sources, by_id, resolved)
        out.append(replace(c, disputed_by=by, denies=denies, flags=tuple(flags), explanations=expl))
    return tuple(out), tuple(resolved.sources), _responses(text, resolved)


def _disputed_by(denied: dict[str, list[str]]) -> dict[str, list[str]]:
    """Claim id → the denials disputing it, in order (the inverse of ``denied``)."""
    out: dict[str, list[str]] = {}
    for d, targets in denied.items():
        for t in dict.fromkeys(targets):
            out.setdefault(t, []).append(d)
    return out


def _responses(text: str, resolved: Resolved) -> tuple[Response, ...]:
    """"X declined to comment", "Y did not respond": the responses, with their parties."""
    return tuple(Response(resolved.response_party[r.party], ResponseKind(r.kind), r.span[0],
                          r.span[1], text[r.span[0]:r.span[1]]) for r in resolved.responses)
