"""Disputes by meaning: a denial worded unlike the claim it disputes.

"Ostrava Mills denied that it was negotiating with Kestrel" disputes "Ostrava Mills is in
talks to buy …" through the denier's name and the core of the claim ("talks"); a party's
quote that negates what others claim about it ("There are no talks with Kestrel") is a
denial; a denial of the rumour ("X dismissed the rumours") disputes the rumours reported.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..lang.base import LangPack
from ..model import Claim, Source, SourceKind
from .disputes import _as_denial, _asserts_only, _denies, _roots
from .stance import is_denial_text
from .words import _WORD, _Index, _bare, _content, _core, _core_seq, _stems, _words, by_number, stem


def _entity(pack: LangPack, s: Source | None) -> set[str]:
    """The names a source stands for, lower-cased: its organisation ("Kestrel spokesperson
    Jan Novak" → {"kestrel"}) and, for an organisation or a person, its own name words;
    the generic words of names ("Partai", "Energy", "Kementerian") are left out."""
    if s is None:
        return set()
    names = [s.affiliation or ""]
    if s.kind in (SourceKind.ORGANIZATION, SourceKind.PERSON, SourceKind.MEDIA):
        names.append(s.name or (s.label if s.kind is not SourceKind.PERSON else ""))
    skip = pack.organization_nouns | pack.org_name_words | pack.generic_org_nouns
    out = set()
    for n in names:
        for w in _WORD.findall(n or ""):
            w = _bare(pack, w)
            if len(w) >= 3 and w[0].isupper() and w.lower() not in skip and _content(pack, w.lower()):
                out.add(w.lower())
    return out


def _synonym_members(pack: LangPack) -> dict[str, set[str]]:
    """A synonym group of the pack → the stems of its words ("talks" → {"talk", "negotiation"})."""
    members: dict[str, set[str]] = {}
    for w, canon in pack.discourse.core_synonyms.items():
        members.setdefault(canon, set()).add(stem(pack, w))
    return members


class _Meaning:
    """The article's claims as cores and names, to find what a denial disputes by meaning."""

    def __init__(self, pack: LangPack, claims: list[Claim], sources: dict[str, Source], index: _Index):
        self.pack, self.claims, self.sources, self.index = pack, claims, sources, index
        # a synonym's group → the stems of its words, to look the group up in the stem index
        self.members: dict[str, set[str]] = pack.compiled("assess.synonym_members", _synonym_members)
        # word → claims holding it: a denial meets only the claims naming the denier or (see
        # :meth:`_stems`) sharing its stems, not every claim of a long article (the article's
        # index keeps them for every step); cores are computed when first needed, as most
        # negations name no side
        self.words, self.by_word = index.claim_words()
        self._cores: dict[int, set[str]] = {}

    def core(self, i: int) -> set[str]:
        """The core of claim ``i`` (:func:`_core`)."""
        out = self._cores.get(i)
        if out is None:
            out = self._cores[i] = _core(self.pack, self.claims[i].text)
        return out

    def holding(self, t: str) -> set[int]:
        """The claims holding core stem ``t``, from the article's stem index (a synonym's group
        through the stems of its words)."""
        out = set(self.index.with_stem(t))
        for m in self.members.get(t, ()):
            out.update(self.index.with_stem(m))
        return out

    def sharing(self, stems: Iterable[str]) -> list[int]:
        """Indices of the claims holding one of these stems, in order."""
        return sorted({i for t in stems for i in self.holding(t)})

    def naming(self, names: set[str]) -> list[int]:
        """Indices of the claims naming one of these names, in order."""
        return sorted({i for n in names for i in self.by_word.get(n, ())})

    def side(self, d: Claim) -> tuple[set[str], set[str]]:
        """The denier's source roots and names: a party does not dispute its own spokesperson."""
        roots = _roots(d, self.sources)
        names: set[str] = set()
        for a in d.attributions:
            names |= _entity(self.pack, self.sources.get(a.source or ""))
        return roots, names

    def candidate(self, d: Claim, k: int, roots: set[str], names: set[str]) -> bool:
        """Another side's claim that does not itself deny ("Two people said X is in talks")."""
        c = self.claims[k]
        if c.id == d.id or _denies(c) or _roots(c, self.sources) & roots or self.rejects(k):
            return False
        return not any(_entity(self.pack, self.sources.get(a.source or "")) & names for a in c.attributions)

    def score(self, core: set[str], names: set[str], k: int) -> int:
        """How much of a claim's meaning a denial's core shares: the shared stems that are not
        the article's topic (a stem in more than a third of its claims, "Acme" in a story on
        Acme, tells no claim from another), and the denier's own name in the claim once
        (the claim is about the denier)."""
        topic = max(3, len(self.claims) // 3)
        shared = sum(1 for t in core & self.core(k) if len(self.holding(t)) <= topic)
        return shared + (1 if names & self.words[k] else 0)

    def rejects(self, k: int) -> bool:
        """"The report did not provide evidence that …": a claim that itself rejects agrees
        with a denial rather than being disputed by it."""
        return is_denial_text(self.pack, self.claims[k].text)


def _predicate_core(pack: LangPack, s: str) -> list[str]:
    """The core of a text less its names, in order: "in talks with Kestrel Steel" → ["talks"]."""
    return _core_seq(pack, " ".join(w for w in s.split() if w.lstrip("“\"'‘(")[:1].islower()))


def _meets(lower: list[str], core: set[str]) -> bool:
    """A denial's predicate meets a claim: two of its stems are the claim's, or its head is
    ("denied that it was negotiating" ↔ "is in talks to buy"); "membantah tuduhan korupsi di kantor"
    does not meet "berencana menutup kantor" through "kantor" alone."""
    shared = set(lower) & core
    return len(shared) >= 2 or bool(lower and lower[0] in shared)


def _negation_segments(pack: LangPack, s: str) -> list[str]:
    """The parts of a text that negate: "There is no negotiation with X", "we have not made any
    offer", "Tidak ada pembicaraan dengan X" (a verbal or an existential negation)."""
    existential = pack.discourse.existential_negations
    out: list[str] = []
    # a segment's words run on in the whole text's: where the text has no negation, no part has
    whole = _words(s)
    if pack.negations.isdisjoint(whole) and not _has_phrase(" ".join(whole), existential):
        return out
    for seg in re.split(r"[.!?;,]", s):
        words = _words(seg)
        low = " ".join(words)
        if set(words) & pack.negations or _has_phrase(low, existential):
            out.append(seg)
    return out


def _has_phrase(low: str, phrases: Iterable[str]) -> bool:
    """Whether words joined by spaces hold one of the phrases as whole words ("tidak ada")."""
    return any(f" {e} " in f" {low} " for e in phrases)


# a denial's core must share this much meaning with a claim to dispute it: two stems, or one
# and the denier's name in the claim
_DISPUTE_SCORE = 2


def _rebuttals(pack: LangPack, claims: list[Claim], sources: dict[str, Source], index: _Index) -> list[Claim]:
    """A party's quote that negates what others claim about it is a denial.

    "Ostrava is negotiating to buy Kestrel, two people said. … “There are no talks with
    Kestrel,” an Ostrava spokesperson said": no denial word, but the quote negates ("no
    talks", "tidak ada perundingan") the core of an earlier claim that names the speaker's
    organisation. A minister's "The ministry takes no part in talks between firms" is no
    denial: the claim is not about the minister's side.
    """
    meaning: _Meaning | None = None
    out = []
    for k, c in enumerate(claims):
        segs = _negation_segments(pack, c.text) if _asserts_only(c) else []
        names = set().union(*(_entity(pack, sources.get(a.source or "")) for a in c.attributions)) \
            if segs else set()
        hit = False
        if names:  # a quote by no named side disputes nothing of it: no index to build
            meaning = meaning or _Meaning(pack, claims, sources, index)
            hit = _rebuts(meaning, c, k, segs)
        out.append(_as_denial(c) if hit else c)
    return out


def _rebuts(meaning: _Meaning, c: Claim, k: int, segs: list[str]) -> bool:
    """Whether the negating segments of claim ``k`` meet the core of an earlier claim by
    another side that names the speaker's side."""
    pack = meaning.pack
    roots, names = meaning.side(c)
    core = set().union(*(_core(pack, seg) for seg in segs))
    lower = [t for seg in segs for t in _predicate_core(pack, seg)]
    for i in meaning.naming(names):
        if i >= k:
            break
        if not meaning.candidate(c, i, roots, names):
            continue
        if _meets(lower, meaning.core(i)) and meaning.score(core, names, i) >= _DISPUTE_SCORE:
            return True
    return False


def _by_meaning(pack: LangPack, claims: list[Claim], sources: dict[str, Source],
                denied: dict[str, list[str]], index: _Index) -> None:
    """Targets, found through the entities and the predicate, for the denials the wording
    rules left without one (``denied`` is updated in place).

    "Ostrava Mills denied that it was negotiating with Kestrel" disputes "Ostrava Mills is in
    talks to buy …": the denier's name and the core ("talks") meet in that claim.
    The claims sharing most of the denial's core are disputed; a denial with no core of its own
    ("Critics should show proof for their claims") disputes the first claim about the
    denier. A denial that meets nothing keeps no target, and says so.
    """
    meaning = None
    for d in claims:
        if not _denies(d) or denied.get(d.id):
            continue
        meaning = meaning or _Meaning(pack, claims, sources, index)
        targets = _meaning_targets(meaning, d)
        if targets:
            denied[d.id] = by_number(targets)


def _meaning_targets(meaning: _Meaning, d: Claim) -> list[str]:
    """The claims a denial disputes by meaning: those sharing most of its core; for a
    rejection that meets none ("Critics should show proof for their claims"), the first claim
    about the denier."""
    pack, claims = meaning.pack, meaning.claims
    roots, names = meaning.side(d)
    core = _core(pack, d.text)
    # the predicate's stems: the core less the names ("in talks with Kestrel Steel" shares
    # "talks" with the claim it disputes, not only a third party's name)
    lower = _predicate_core(pack, d.text)
    pool = [i for i in meaning.sharing(lower) if meaning.candidate(d, i, roots, names)]
    scores = {i: meaning.score(core, names, i) for i in pool if _meets(lower, meaning.core(i))}
    best = max(scores.values(), default=0)
    # the claims sharing most of the core; a claim sharing half as much is another story
    targets = [claims[i].id for i, v in scores.items() if v >= _DISPUTE_SCORE and 2 * v >= best]
    if not targets and names and is_denial_text(pack, d.text):
        # "Critics should show proof for their claims": a rejection whose words
        # meet no claim disputes the first claim about the denier
        first = next((i for i in meaning.naming(names) if meaning.candidate(d, i, roots, names)), None)
        targets = [claims[first].id] if first is not None else []
    return targets


def _rumour_search(pack: LangPack) -> re.Pattern[str]:
    """One search for any of the pack's rumour markers ("reportedly", "disebut-sebut") in a text."""
    words = pack.discourse.rumour_markers
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(words))) + r")(?![\w-])", re.I)


def _rumours(text: str, pack: LangPack, claims: list[Claim], sources: dict[str, Source],
             denied: dict[str, list[str]], index: _Index) -> None:
    """A denial of the rumour disputes the rumours the article reports (``denied`` updated).

    "Partai Maju disebut-sebut menjual …" ↔ "Partai Maju membantah isu …", "X is
    reportedly in talks" ↔ "X dismissed the rumours": a claim the article marks as hearsay is
    disputed by a denial that names a rumour, or rejects with no content of its own ("That is
    not true"), when it shares a stem of the denial or names the denier.
    """
    markers = pack.discourse.rumour_markers
    nouns = pack.discourse.rumour_nouns
    # most articles report no rumour: one search tells
    if not markers or not pack.compiled("assess.rumour_markers", _rumour_search).search(text):
        return
    # the mark may be in the cue ("is reportedly planning") as well as in the content
    rumours = [i for i, c in enumerate(claims) if set(_words(text[c.sentence[0]:c.sentence[1]])) & markers]
    if not rumours:
        return
    meaning = _Meaning(pack, claims, sources, index)
    for d in claims:
        if not _denies(d):
            continue
        words = _words(d.text)
        core = [t for t in _predicate_core(pack, d.text) if t not in nouns and t not in _stems(pack, " ".join(nouns))]
        if not (set(words) & nouns or not core):
            continue
        roots, names = meaning.side(d)
        hits = [claims[i].id for i in rumours if meaning.candidate(d, i, roots, names)
                and (not core or set(core) & meaning.core(i) or names & meaning.words[i])]
        if hits:
            denied[d.id] = by_number(set(denied.get(d.id, [])) | set(hits))


