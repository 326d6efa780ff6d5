"""The editor's summary: the few findings that say whether a story's sourcing holds.

One sentence each, most serious first, each naming its claims ("the lead (c1)", "c5") and
their sources by label:

1. claims another claim disputes (grouped by who disputes them);
2. claims resting only on anonymous sources;
3. claims resting on a single source (grouped by source; anonymous ones are already said);
4. parties that declined to comment, did not respond or could not be reached;
5. claims asserted with no source.

A report with none of these says so in one sentence. The sentences come from the message
catalogue of the UI language (:mod:`attrib.lang.messages`).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .lang.messages import Catalogue, catalogue, ui_language as _ui_language
from .model import Claim, Flag, Report, ResponseKind, Source

MAX_LISTED = 5        # claims or sources named in one sentence; the rest are "N more"
MAX_SINGLE_SOURCES = 3  # single-source findings (one per source) before the rest are counted


@dataclass(frozen=True)
class Finding:
    """One sentence of the editor's summary, with the claims and sources it is about."""

    kind: str
    text: str
    claims: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "claims": list(self.claims),
                "sources": list(self.sources)}


def findings(report: Report, ui_language: str | None = None) -> list[Finding]:
    """The editor's summary of ``report`` in ``ui_language`` (default: the article's)."""
    t = catalogue(_ui_language(report.language, ui_language))
    if not report.claims:
        return [Finding("none", t("finding.no_claims"))]
    say = _Say(report, t)
    lead = report.claims[0].id
    out: list[Finding] = []
    for step in _STEPS:
        out += step(report, say, lead)
    if not out:
        out.append(Finding("none", t("finding.none")))
    return out


def _disputed(report: Report, say: _Say, lead: str) -> list[Finding]:
    """1. Disputed claims, grouped by the denials disputing them ("c1 and c4 are disputed by
    X (c9)")."""
    t = say.t
    groups: dict[tuple[str, ...], list[Claim]] = {}
    for c in report.claims:
        if Flag.DISPUTED in c.flags and c.disputed_by:
            groups.setdefault(c.disputed_by, []).append(c)
    out = []
    for by, group in groups.items():
        deniers = _sources_of(report, [report.claim(d) for d in by])
        who = t.join(say.source(s) for s in deniers[:MAX_LISTED]) or t("source.unknown")
        out.append(say.finding("disputed", "finding.disputed", group, deniers,
                               claim=say.claims(group, lead), who=who, ids=t.join(by)))
    return out


def _anonymous(report: Report, say: _Say, lead: str) -> list[Finding]:
    """2. Claims resting only on anonymous sources."""
    anon = [c for c in report.claims if Flag.ANONYMOUS in c.flags]
    if not anon:
        return []
    srcs = _sources_of(report, anon)
    return [say.finding("anonymous", "finding.anonymous", anon, srcs, claims=say.claims(anon, lead),
                        sources=say.sources(srcs))]


def _single_sources(report: Report, say: _Say, lead: str) -> list[Finding]:
    """3. Claims resting on a single source, one sentence per source (an anonymous one is
    said in 2 already); past :data:`MAX_SINGLE_SOURCES`, the rest in one sentence."""
    by_source: dict[str, list[Claim]] = {}
    for c in report.claims:
        if Flag.SINGLE_SOURCE in c.flags and Flag.ANONYMOUS not in c.flags:
            key = next((a.source or (a.mention.text if a.mention else "?") for a in c.attributions), "?")
            by_source.setdefault(key, []).append(c)
    out = []
    for k, (sid, group) in enumerate(by_source.items()):
        if k == MAX_SINGLE_SOURCES:
            rest = [c for g in list(by_source.values())[k:] for c in g]
            out.append(say.finding("single_source", "finding.single_source_rest", rest, [],
                                   claims=say.claims(rest, lead)))
            break
        srcs = _sources_of(report, group)
        label = say.source(srcs[0]) if srcs else f"‘{sid}’"
        out.append(say.finding("single_source", "finding.single_source", group, srcs,
                               claims=say.claims(group, lead), source=label))
    return out


def _responses(report: Report, say: _Say, lead: str) -> list[Finding]:
    """4. Non-responses, one sentence per kind ("X and Y declined to comment")."""
    t = say.t
    out = []
    for kind in ResponseKind:
        parties = list(dict.fromkeys(r.party for r in report.responses if r.kind is kind))
        if parties:
            srcs = [report.source(p) or p for p in parties]
            who = t.join(say.source(s) for s in srcs[:MAX_LISTED])
            out.append(Finding("response", _sentence(t("finding.response", who=who,
                                                        what=t(f"response.{kind.value}"))),
                               sources=tuple(parties)))
    return out


def _unattributed(report: Report, say: _Say, lead: str) -> list[Finding]:
    """5. Claims asserted with no source."""
    bare = [c for c in report.claims if Flag.UNATTRIBUTED in c.flags]
    if not bare:
        return []
    return [say.finding("unattributed", "finding.unattributed", bare, [],
                        claims=say.claims(bare, lead), n=len(bare))]


# the summary's sentences, most serious first
_STEPS: tuple[Callable[[Report, _Say, str], list[Finding]], ...] = (
    _disputed, _anonymous, _single_sources, _responses, _unattributed)


class _Say:
    """Names of claims and sources inside one report's sentences."""

    def __init__(self, report: Report, t: Catalogue):
        self.report = report
        self.t = t

    def claim(self, cid: str, lead: str) -> str:
        return self.t("finding.lead", id=cid) if cid == lead else cid

    def claims(self, claims: list[Claim], lead: str) -> str:
        names = [self.claim(c.id, lead) for c in claims[:MAX_LISTED]]
        if len(claims) > MAX_LISTED:
            names.append(self.t("finding.more", n=len(claims) - MAX_LISTED))
        return self.t.join(names)

    def source(self, s: Source | str) -> str:
        """A named source by its name; an unnamed one by its description, quoted."""
        if isinstance(s, str):
            return s
        return s.name if s.named and s.name else f"‘{s.label}’"

    def sources(self, sources: list[Source | str]) -> str:
        names = [self.source(s) for s in sources[:MAX_LISTED]]
        if len(sources) > MAX_LISTED:
            names.append(self.t("finding.more", n=len(sources) - MAX_LISTED))
        return self.t.join(names)

    def finding(self, kind: str, key: str, about: list[Claim], behind: list[Source | str],
                **fields: object) -> Finding:
        """The sentence of ``key`` (its ``.one``/``.many`` form by the number of claims)."""
        n = fields.pop("n", len(about))
        text = self.t.count(len(about), key, n=n, **fields) if f"{key}.one" in self.t.messages \
            else self.t(key, **fields)
        return Finding(kind, _sentence(text), tuple(c.id for c in about),
                       tuple(s.id if isinstance(s, Source) else s for s in behind))


def _sources_of(report: Report, claims: list[Claim | None]) -> list[Source | str]:
    """The distinct sources behind ``claims``, in order (a mention with no source by its text)."""
    out: dict[str, Source | str] = {}
    for c in claims:
        for a in (c.attributions if c else ()):
            s = report.source(a.source)
            if s is not None:
                out.setdefault(s.id, s)
            elif a.mention:
                out.setdefault(a.mention.text, f"‘{a.mention.text}’")
    return list(out.values())


def _sentence(text: str) -> str:
    """The first letter up ("the lead (c1) …" → "The lead (c1) …"), a claim id left as it is."""
    return text if _CLAIM_ID.match(text) else text[:1].upper() + text[1:]


_CLAIM_ID = re.compile(r"c\d")
