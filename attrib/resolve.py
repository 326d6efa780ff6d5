"""Mentions → sources: one entry per distinct source across the article.

(First version: mentions with the same words are one source. The report issue replaces this
with full resolution: groups, subsets, pronouns, surnames, "-nya".)
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .lang.base import LangPack
from .model import Source, SourceKind, Span
from .pipeline.found import Extraction, FoundResponse, Offsets


@dataclass
class Resolved:
    sources: list[Source] = field(default_factory=list)
    by_mention: dict[Offsets, str] = field(default_factory=dict)  # mention span → source id
    response_party: dict[Offsets, str] = field(default_factory=dict)  # party span → source id
    responses: list[FoundResponse] = field(default_factory=list)


def resolve(text: str, pack: LangPack, ext: Extraction) -> Resolved:
    spans: list[Offsets] = sorted({m for f in ext.found for m in f.mentions} | {r.party for r in ext.responses})
    out = Resolved(responses=list(ext.responses))
    key_to_id: dict[str, str] = {}
    mentions: dict[str, list[Span]] = {}
    for s, e in spans:
        key = text[s:e].lower()
        sid = key_to_id.setdefault(key, f"s{len(key_to_id) + 1}")
        mentions.setdefault(sid, []).append(Span.of(text, s, e))
        out.by_mention[(s, e)] = sid
    for r in ext.responses:
        out.response_party[r.party] = out.by_mention[r.party]
    for sid, ms in mentions.items():
        out.sources.append(Source(id=sid, label=ms[0].text, kind=SourceKind.UNKNOWN, mentions=tuple(ms)))
    return out
