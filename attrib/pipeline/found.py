"""What the extraction strategies hand to the rest of attrib: character spans only."""
from __future__ import annotations

from dataclasses import dataclass, field

Offsets = tuple[int, int]


@dataclass
class Found:
    """One attribution relation found in a Doc.

    ``content`` holds the content's pieces (an interrupted quote has two, joined into one
    claim span); ``mentions`` one span per source ("three people and a separate source" →
    two); a cue that names its own source ("ujarnya") has ``mentions == [cue]`` and
    ``embedded`` set.
    """

    content: list[Offsets]
    cue: Offsets | None
    mentions: list[Offsets] = field(default_factory=list)
    direct: bool = False  # the content is (at least partly) a quotation
    indirect: bool = True  # the content is (at least partly) reported speech
    embedded: bool = False  # the cue carries its source ("ujarnya", "katanya")
    stance: str = "asserts"  # asserts | denies | hedges, when the cue decides it ("denied")
    rule: str = ""  # which rule found it, for --errors and debugging

    @property
    def hull(self) -> Offsets:
        return min(s for s, _ in self.content), max(e for _, e in self.content)

    @property
    def kind(self) -> str:
        if self.direct and self.indirect:
            return "mixed"
        return "direct" if self.direct else "indirect"


@dataclass
class FoundResponse:
    """A non-answer ("Nvidia declined to comment"): the sentence, the party, the kind."""

    span: Offsets
    party: Offsets
    kind: str  # declined | no_response | unreachable


@dataclass
class Extraction:
    """All a strategy found in one Doc, plus the Doc's sentences as offsets."""

    sentences: list[Offsets]
    found: list[Found] = field(default_factory=list)
    responses: list[FoundResponse] = field(default_factory=list)
    # the Doc's named entities (start, end, label) where the pipeline has NER (English)
    entities: list[tuple[int, int, str]] = field(default_factory=list)
    # a statistical NER's entities where they supplement the pack's name rules instead of
    # replacing them (Indonesian: ``LangPack.ner``)
    names: list[tuple[int, int, str]] = field(default_factory=list)
