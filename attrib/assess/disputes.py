"""Disputes by wording: which claims each denial contradicts.

A denial disputes the claims it contradicts: a negated predicate ("Mereka tidak
mengembangkan model baru") disputes the claims with that predicate and its object; a global
denial ("The whole premise here is wrong") disputes the article's lead claim and the claims
that share its predicate; a denial of the news ("X denied the report") disputes the latest
outlet's report.
"""
from __future__ import annotations

from dataclasses import replace

from ..lang.base import LangPack
from ..model import Claim, Source, SourceKind, Stance
from .stance import _denial_cue, is_denial_text
from .words import _SEGMENT, _WORD, _Index, _content, _negated, _words, by_number, predicate


def _roots(c: Claim, sources: dict[str, Source]) -> set[str]:
    """The claim's independent sources: a subset ("salah satu sumber") counts as its group."""
    out = set()
    for a in c.attributions:
        s = sources.get(a.source or "")
        if s is not None:
            out.add(s.member_of or s.id)
    return out


def _denies(c: Claim) -> bool:
    """Whether one of the claim's attributions denies."""
    return any(a.stance is Stance.DENIES for a in c.attributions)


def _as_denial(c: Claim) -> Claim:
    """The claim with every attribution's stance set to ``denies``."""
    return replace(c, attributions=tuple(replace(a, stance=Stance.DENIES) for a in c.attributions))


def _asserts_only(c: Claim) -> bool:
    """An attributed claim whose attributions all assert (no stance decided yet)."""
    return bool(c.attributions) and all(a.stance is Stance.ASSERTS for a in c.attributions)


def _contradictions(pack: LangPack, claims: list[Claim], sources: dict[str, Source],
                    index: _Index | None = None) -> list[Claim]:
    """A claim that negates an earlier claim's predicate, on another source's word, denies it.

    "Globex fired 200 workers, two people said. … Lee said the company did not fire any
    workers": no denial word, but the negated predicate and its object meet an earlier claim.
    """
    index = index or _Index(pack, claims)
    return [_as_denial(c) if _asserts_only(c) and _contradicts(pack, claims, sources, index, k) else c
            for k, c in enumerate(claims)]


def _contradicts(pack: LangPack, claims: list[Claim], sources: dict[str, Source], index: _Index,
                 k: int) -> bool:
    """Whether claim ``k`` negates a predicate with an object that an earlier claim, by
    another source, asserts ("did not fire any workers" ↔ "fired 200 workers")."""
    c = claims[k]
    if pack.negations.isdisjoint(_words(c.text)):  # no negation word: no segment negates
        return False
    mine = _roots(c, sources)
    for seg in _SEGMENT.findall(c.text):
        neg = _negated(pack, seg)
        if neg is None or not neg[1]:
            continue
        verbs, obj = neg
        # an earlier claim, by another source, that asserts the predicate ("fired 200
        # workers"); one that negates it too ("could not answer" / "would not answer")
        # agrees rather than contradicts
        for i in index.with_stem(obj):
            if i >= k:
                break
            e = claims[i]
            if (e.attributions and not (_roots(e, sources) & mine) and index.hit(e, verbs, obj)
                    and not index.negates(e, verbs)):
                return True
    return False


def _is_global(pack: LangPack, seg: str) -> bool:
    """"Keseluruhan premis di sini salah", "That is not true": a denial with no content."""
    words = _words(seg)
    return bool(words) and is_denial_text(pack, seg) and _only_generic(pack, words)


def _only_generic(pack: LangPack, words: tuple[str, ...]) -> bool:
    """Words that are all generic ("report", "kabar"), function words or pronouns."""
    return all(w in pack.generic_words or not _content(pack, w) or w in pack.pronouns for w in words)


def _reported(pack: LangPack, c: Claim, sources: dict[str, Source]) -> bool:
    """Does the claim rest on an outlet's reporting ("Kontan melaporkan", "Reuters reported")?"""
    for a in c.attributions:
        s = sources.get(a.source or "")
        if s is not None and s.kind is SourceKind.MEDIA:
            return True
        if a.cue and set(_WORD.findall(a.cue.text.lower())) & pack.reporting_forms:
            return True
    return False


def _denies_the_report(pack: LangPack, d: Claim, seg: str) -> bool:
    """"X membantah kabar tersebut", "X denied the reports", "X dismissed the story": a denial
    cue whose content only names the news (a generic noun such as "kabar", "report", "claims"
    and function words), so the whole story is denied. "X denied it" (no such noun) is not."""
    cue = d.attributions[0].cue if d.attributions else None
    if not _denial_cue(pack, cue):
        return False
    words = _words(seg)
    # at least one content word, and it is generic: "the report", not a bare "it"
    return any(_content(pack, w) and w not in pack.pronouns for w in words) and \
        _only_generic(pack, words)


def _points_at_telling(pack: LangPack, seg: str) -> bool:
    """"Two aides disputed that account", "Pernyataan itu sama sekali tidak benar": a
    demonstrative and a noun for a telling ("account", "pernyataan")."""
    words = set(_words(seg))
    return bool(words & pack.discourse.demonstratives
                and words & pack.discourse.account_nouns)


class _Denial:
    """One denial and the claims it may dispute: other sources' claims that do not deny."""

    def __init__(self, pack: LangPack, claims: list[Claim], sources: dict[str, Source], index: _Index,
                 d: Claim):
        self.pack, self.claims, self.sources, self.index, self.d = pack, claims, sources, index, d
        self.denier = _roots(d, sources)

    def candidate(self, c: Claim) -> bool:
        """Another source's claim that does not itself deny."""
        return c.id != self.d.id and not (_roots(c, self.sources) & self.denier) and not _denies(c)

    def hits(self, verbs: set[str], obj: str | None) -> list[str]:
        """The candidates with the predicate's verb stems and its object."""
        return [self.claims[i].id for i in self.index.pool(verbs, obj)
                if self.candidate(self.claims[i]) and self.index.hit(self.claims[i], verbs, obj)]

    def lead(self, seg: str, the_report: bool) -> Claim | None:
        """The claim a denial of the whole story disputes.

        "X membantah kabar tersebut", "X denied the report": the latest earlier report by an
        outlet, when there is one, is the report denied; a telling pointed at ("that account")
        is the claim just before; otherwise (and for "the whole premise is wrong") the story's
        lead claim.
        """
        before = self.claims[:self.claims.index(self.d)]
        reported = next((c for c in reversed(before) if self.candidate(c)
                         and _reported(self.pack, c, self.sources)), None) if the_report else None
        # "Two aides disputed that account", "X membantah pernyataan tersebut": one telling,
        # pointed at, is the claim just before, whoever made it ("the report", "kabar
        # tersebut" stay the story's). "“Pernyataan itu sama sekali tidak benar,” kata X",
        # "X denied that that was the case": a telling pointed at with no denial noun is the
        # claim just before too, attributed or the article's own report of a rumour
        if reported is None and _points_at_telling(self.pack, seg):
            reported = next((c for c in reversed(before) if self.candidate(c)
                             and (c.attributions or not the_report)), None)
        return reported or next((c for c in self.claims if self.candidate(c)), None)

    def story(self, lead: Claim) -> list[str]:
        """The whole story is denied: the lead claim and those sharing its predicate."""
        verbs, obj = predicate(self.pack, lead.text)
        return [lead.id] + (self.hits(verbs, obj) if verbs else [])

    def negated(self, seg: str) -> list[str]:
        """The claims a segment's negated predicate disputes ("Mereka tidak mengembangkan
        model baru"); under a denial cue, its plain predicate ("X denied (that) it fired staff":
        the content is denied)."""
        neg = _negated(self.pack, seg)
        if neg is None and _denial_cue(self.pack, self.d.attributions[0].cue):
            neg = predicate(self.pack, seg)
            neg = neg if neg[0] else None
        return self.hits(*neg) if neg is not None else []


def _goes_on(prev: Claim | None, out: dict[str, list[str]], sources: dict[str, Source],
             denier: set[str]) -> bool:
    """"Kabar tersebut dibantah oleh X. “Itu tidak benar,” katanya.": the same speaker going
    on, right after a denial of theirs, denies what they have just denied."""
    return prev is not None and prev.id in out and _roots(prev, sources) == denier


def _denial_targets(denial: _Denial, prev: Claim | None, out: dict[str, list[str]]) -> list[str]:
    """The ids of the claims one denial disputes, segment by segment (unsorted, repeated)."""
    pack, d = denial.pack, denial.d
    targets: list[str] = []
    leads: list[Claim | None] = []  # the lead, looked for when a global denial first needs it
    for seg in _SEGMENT.findall(d.text):
        the_report = _denies_the_report(pack, d, seg)
        if the_report or _is_global(pack, seg):
            if not the_report and _goes_on(prev, out, denial.sources, denial.denier):
                targets += out[prev.id]
                continue
            if not leads:
                leads.append(denial.lead(seg, the_report))
            if leads[0] is not None:
                targets += denial.story(leads[0])
                continue
        targets += denial.negated(seg)
    return targets


def _disputes(pack: LangPack, claims: list[Claim], sources: dict[str, Source],
              index: _Index | None = None) -> dict[str, list[str]]:
    """Denial claim id → the ids of the claims it disputes (``index``: over claims with the
    same texts in the same order)."""
    index = index or _Index(pack, claims)
    out: dict[str, list[str]] = {}
    prev: Claim | None = None  # the claim before d
    for d in claims:
        if _denies(d):
            targets = _denial_targets(_Denial(pack, claims, sources, index, d), prev, out)
            if targets:
                out[d.id] = by_number(targets)
        prev = d
    return out
