"""The report's data model: frozen dataclasses holding character offsets, no spaCy, no rich.

A :class:`Report` outlives the Doc it came from: it serialises to the ``attrib.report/1``
JSON contract (``shared/REPORT-SCHEMA.md``) with :meth:`Report.to_dict` and comes back with
:meth:`Report.from_dict`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # networkx is imported only when the graph is asked for
    import networkx

    from .findings import Finding

SCHEMA = "attrib.report/1"


class SourceKind(str, Enum):
    PERSON = "person"
    PEOPLE = "people"
    ORGANIZATION = "organization"
    MEDIA = "media"
    DOCUMENT = "document"
    UNKNOWN = "unknown"


class ClaimKind(str, Enum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"
    UNATTRIBUTED = "unattributed"


class Stance(str, Enum):
    ASSERTS = "asserts"
    DENIES = "denies"
    HEDGES = "hedges"


class Flag(str, Enum):
    UNATTRIBUTED = "unattributed"
    SINGLE_SOURCE = "single_source"
    ANONYMOUS = "anonymous"
    CORROBORATED = "corroborated"
    DISPUTED = "disputed"
    DENIAL = "denial"
    PRIOR_REPORTING = "prior_reporting"
    HEDGED = "hedged"


class ResponseKind(str, Enum):
    DECLINED = "declined"
    NO_RESPONSE = "no_response"
    UNREACHABLE = "unreachable"


@dataclass(frozen=True, order=True)
class Span:
    """A stretch of the analysed text: ``text[start:end] == span.text``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Span | None:
        return None if d is None else cls(d["start"], d["end"], d["text"])


@dataclass(frozen=True)
class Source:
    """One distinct source after resolution, with every mention of it."""

    id: str
    label: str
    kind: SourceKind = SourceKind.UNKNOWN
    named: bool = False
    anonymous: bool = False
    count: int | None = None
    name: str | None = None
    role: str | None = None
    affiliation: str | None = None
    mentions: tuple[Span, ...] = ()
    member_of: str | None = None  # id of the group a subset mention belongs to ("one of the people")
    affiliated_with: str | None = None  # id of the organisation source a person speaks for

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "label": self.label, "kind": self.kind.value, "named": self.named,
            "anonymous": self.anonymous, "count": self.count, "name": self.name,
            "role": self.role, "affiliation": self.affiliation,
            "mentions": [m.to_dict() for m in self.mentions],
            "member_of": self.member_of, "affiliated_with": self.affiliated_with,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Source:
        return cls(
            id=d["id"], label=d["label"], kind=SourceKind(d.get("kind", "unknown")),
            named=bool(d.get("named")), anonymous=bool(d.get("anonymous")), count=d.get("count"),
            name=d.get("name"), role=d.get("role"), affiliation=d.get("affiliation"),
            mentions=tuple(Span.from_dict(m) for m in d.get("mentions", [])),
            member_of=d.get("member_of"), affiliated_with=d.get("affiliated_with"),
        )


@dataclass(frozen=True)
class Attribution:
    """One source behind a claim: who (``mention`` → ``source``), by which ``cue``, how."""

    source: str | None
    mention: Span | None
    cue: Span | None
    stance: Stance = Stance.ASSERTS

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "mention": self.mention.to_dict() if self.mention else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "stance": self.stance.value,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Attribution:
        return cls(d.get("source"), Span.from_dict(d.get("mention")), Span.from_dict(d.get("cue")),
                   Stance(d.get("stance", "asserts")))


@dataclass(frozen=True)
class Claim:
    """What is claimed (the content span), in which sentence, and on whose word."""

    id: str
    start: int
    end: int
    text: str
    sentence: tuple[int, int]
    kind: ClaimKind
    attributions: tuple[Attribution, ...] = ()
    flags: tuple[Flag, ...] = ()
    disputed_by: tuple[str, ...] = ()
    explanations: dict[str, str] = field(default_factory=dict)
    denies: tuple[str, ...] = ()  # ids of the claims this denial disputes

    @property
    def attributed(self) -> bool:
        return bool(self.attributions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "start": self.start, "end": self.end, "text": self.text,
            "sentence": {"start": self.sentence[0], "end": self.sentence[1]},
            "kind": self.kind.value,
            "attributions": [a.to_dict() for a in self.attributions],
            "flags": [f.value for f in self.flags],
            "disputed_by": list(self.disputed_by),
            "explanations": dict(self.explanations),
            "denies": list(self.denies),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        s = d.get("sentence") or {"start": d["start"], "end": d["end"]}
        return cls(
            id=d["id"], start=d["start"], end=d["end"], text=d["text"],
            sentence=(s["start"], s["end"]), kind=ClaimKind(d["kind"]),
            attributions=tuple(Attribution.from_dict(a) for a in d.get("attributions", [])),
            flags=tuple(Flag(f) for f in d.get("flags", [])),
            disputed_by=tuple(d.get("disputed_by", [])),
            explanations=dict(d.get("explanations", {})),
            denies=tuple(d.get("denies", [])),
        )


@dataclass(frozen=True)
class Response:
    """A party that declined to comment, did not respond or could not be reached."""

    party: str
    kind: ResponseKind
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"party": self.party, "kind": self.kind.value, "start": self.start,
                "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Response:
        return cls(d["party"], ResponseKind(d["kind"]), d["start"], d["end"], d["text"])


SUMMARY_KEYS = ("claims", "attributed", "unattributed", "single_source", "anonymous",
                "disputed", "corroborated", "sources", "named_sources", "anonymous_sources",
                "responses")


@dataclass(frozen=True)
class Report:
    """Everything attrib found in one article."""

    language: str
    text: str
    sources: tuple[Source, ...] = ()
    claims: tuple[Claim, ...] = ()
    responses: tuple[Response, ...] = ()
    non_claims: tuple[Span, ...] = ()  # headings, bylines, boilerplate lines
    headline: str | None = None  # an HTML page's <h1>: shown as the report's headline, not a claim

    @property
    def summary(self) -> dict[str, int]:
        claims = self.claims
        flagged = lambda f: sum(1 for c in claims if f in c.flags)  # noqa: E731
        return {
            "claims": len(claims),
            "attributed": sum(1 for c in claims if c.attributions),
            "unattributed": flagged(Flag.UNATTRIBUTED),
            "single_source": flagged(Flag.SINGLE_SOURCE),
            "anonymous": flagged(Flag.ANONYMOUS),
            "disputed": flagged(Flag.DISPUTED),
            "corroborated": flagged(Flag.CORROBORATED),
            "sources": len(self.sources),
            "named_sources": sum(1 for s in self.sources if s.named),
            "anonymous_sources": sum(1 for s in self.sources if s.anonymous),
            "responses": len(self.responses),
        }

    def __repr__(self) -> str:
        # short: the whole text (thousands of characters) stays out of the repr
        head = " ".join(self.text[:40].split())
        return (f"<Report {self.language}: {len(self.claims)} claims, {len(self.sources)} sources, "
                f"{len(self.responses)} non-responses; text {len(self.text):,} chars "
                f"{head!r}{'…' if len(self.text) > 40 else ''}>")

    def findings(self, ui_language: str | None = None) -> list[Finding]:
        """The editor's summary, most serious first (see :mod:`attrib.findings`); in
        ``ui_language`` ("en", "id"), by default the article's."""
        from .findings import findings

        return findings(self, ui_language)

    def to_markdown(self, *, ui_language: str | None = None) -> str:
        """The Markdown view (:func:`attrib.render.markdown.render_markdown`)."""
        from .render.markdown import render_markdown

        return render_markdown(self, ui_language=ui_language)

    def to_html(self, *, title: str | None = None, ui_language: str | None = None) -> str:
        """The self-contained HTML page (:func:`attrib.render.html.render_html`)."""
        from .render.html import render_html

        return render_html(self, title=title, ui_language=ui_language)

    def source(self, sid: str | None) -> Source | None:
        return next((s for s in self.sources if s.id == sid), None)

    def claim(self, cid: str) -> Claim | None:
        return next((c for c in self.claims if c.id == cid), None)

    @property
    def graph(self) -> networkx.MultiDiGraph:
        """The claim–source graph (see :mod:`attrib.graph`)."""
        from .graph import build_graph

        return build_graph(self)

    def to_dict(self, *, ui_language: str | None = None) -> dict[str, Any]:
        """The ``attrib.report/1`` JSON object; ``summary.findings`` (the editor's summary) is
        written in ``ui_language``, by default the article's language."""
        return {
            "schema": SCHEMA,
            "language": self.language,
            "text": self.text,
            "sources": [s.to_dict() for s in self.sources],
            "claims": [c.to_dict() for c in self.claims],
            "responses": [r.to_dict() for r in self.responses],
            "non_claims": [s.to_dict() for s in self.non_claims],
            "summary": {**self.summary, "findings": [f.to_dict() for f in self.findings(ui_language)]},
            **({"headline": self.headline} if self.headline else {}),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Report:
        return cls(
            language=d["language"], text=d["text"],
            sources=tuple(Source.from_dict(s) for s in d.get("sources", [])),
            claims=tuple(Claim.from_dict(c) for c in d.get("claims", [])),
            responses=tuple(Response.from_dict(r) for r in d.get("responses", [])),
            non_claims=tuple(Span.from_dict(s) for s in d.get("non_claims", [])),
            headline=d.get("headline"),
        )
