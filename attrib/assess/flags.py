"""Flags as the schema's table, each with a one-sentence explanation for the reader.

:data:`FLAG_RULES` is the table: in the schema's order, each flag with the condition under
which it applies to a claim and the explanation it carries.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from ..lang.base import LangPack
from ..lang.messages import explain, explain_list
from ..model import Attribution, Claim, Flag, Source, SourceKind, Stance
from ..resolve import Resolved
from .stance import _hedge_in_frame
from .words import _WORD, _words

Attributed = tuple[Attribution, Source | None]  # an attribution and its source, if resolved
# one individual, one document or one outlet: a source of no stated number that is one
_SINGLE_KINDS = (SourceKind.PERSON, SourceKind.DOCUMENT, SourceKind.MEDIA, SourceKind.UNKNOWN)


def _q(s: str, n: int = 60) -> str:
    """A claim's text as quoted in an explanation: one line, no quote marks, at most ``n``."""
    s = " ".join(s.split()).strip("“”\"' ")
    return s if len(s) <= n else s[:n - 1].rstrip() + "…"


def _who(s: Source | None, a: Attribution) -> str:
    """A source by its name or label; an unresolved one by its mention."""
    if s is None:
        return a.mention.text if a.mention else explain(None, "source.unknown")
    return s.name or s.label


def _outlet_key(pack: LangPack, name: str) -> str:
    """An outlet's name as compared: "The Times" → "times" (the pack's leading articles)."""
    low = name.lower()
    for article in pack.discourse.outlet_articles:
        if low.startswith(article + " "):
            return low[len(article) + 1:]
    return low


def _outlets(pack: LangPack) -> frozenset[str]:
    """The pack's outlet names as compared (once per pack, not per claim)."""
    return frozenset(_outlet_key(pack, n) for n in pack.media_names)


def _prior_cue(pack: LangPack, a: Attribution, text: str, c: Claim) -> bool:
    """"The Harbor Daily previously reported", "X sebelumnya melaporkan", "Sebelumnya, Kontan
    melaporkan": a reporting verb with an earlier-marker in its cue, or before it in the
    sentence (outside the claim), is earlier reporting even when X was not recognised as an
    outlet ("Apple reported a profit" has no marker and stays a plain attribution)."""
    if not a.cue:
        return False
    words = set(_WORD.findall(a.cue.text.lower()))
    if not words & pack.reporting_forms:
        return False
    # the sentence before the cue, without the claim ("The firm had previously said …, Reuters
    # reported": that "previously" is the claim's)
    lo = c.sentence[0]
    if c.start < a.cue.start:
        lo = max(lo, min(c.end, a.cue.start))
    before = text[lo:a.cue.start] if lo < a.cue.start else ""
    return bool((words | set(_WORD.findall(before.lower()))) & pack.prior_markers)


class _Flagged:
    """A claim as the flag rules see it: its attributions with their sources, the asserting
    ones, the independent sources behind it, and its disputes (not yet set on it)."""

    def __init__(self, text: str, pack: LangPack, c: Claim, disputed_by: tuple[str, ...],
                 denies: tuple[str, ...], sources: dict[str, Source], claims: dict[str, Claim],
                 resolved: Resolved):
        self.text, self.pack, self.c = text, pack, c
        self.disputed_by, self.denies = disputed_by, denies
        self.sources, self.claims, self.resolved = sources, claims, resolved
        self.atts: list[Attributed] = [(a, sources.get(a.source or "")) for a in c.attributions]
        asserting = [(a, s) for a, s in self.atts if a.stance is Stance.ASSERTS]
        # "…, Bloomberg reported, citing people familiar with the matter": the people cited are
        # the report's sources, not a second, independent one
        self.cited = [(a, s) for a, s in asserting
                      if a.cue and a.cue.text.lower() in pack.discourse.citing_cues]
        if self.cited and len(self.cited) < len(asserting):
            asserting = [x for x in asserting if x not in self.cited]
        # independent sources: a subset ("salah satu sumber") counts as its group
        self.roots: dict[str, Attributed] = {}
        for a, s in asserting:
            self.roots.setdefault((s.member_of or s.id) if s else f"?{id(a)}", (a, s))

    def named(self, a: Attribution, s: Source | None) -> str:
        """The mention as written (‘tiga orang’); a pronoun or "ujarnya" by its source."""
        m = self.resolved.mentions.get((a.mention.start, a.mention.end)) if a.mention else None
        if a.mention and m is not None and not (m.pronoun or m.embedded or m.zero):
            return f"‘{a.mention.text}’"
        return f"‘{_who(s, a)}’"

    def with_stance(self, stance: Stance) -> list[Attributed]:
        """The attributions of this stance, with their sources."""
        return [(a, s) for a, s in self.atts if a.stance is stance]

    @cached_property
    def media(self) -> list[Attributed]:
        """"Reuters previously reported", "according to a report by The Times": the
        attributions to an outlet, to an outlet's document, or with a cue of earlier reporting."""
        outlets = self.pack.compiled("assess.outlets", _outlets)
        return [(a, s) for a, s in self.atts if s is not None and (
            s.kind is SourceKind.MEDIA
            or (s.kind is SourceKind.DOCUMENT and _outlet_key(self.pack, s.affiliation or "") in outlets)
            or _prior_cue(self.pack, a, self.text, self.c))]

    @cached_property
    def hedge_word(self) -> str | None:
        """A hedge phrase or word in the claim itself ("may" the modal, not "May" the month)."""
        words = _words(self.c.text)
        plain = " ".join(words)
        phrase = next((h for h in self.pack.hedge_phrases if h in plain), None)
        if phrase or self.pack.compiled("assess.hedge_words_lower", _hedge_words_lower).isdisjoint(words):
            return phrase or None  # (no word of the claim, in any case, is a hedge word)
        return next((w for w in _WORD.findall(self.c.text) if w in self.pack.hedge_words), None)


def _hedge_words_lower(pack: LangPack) -> frozenset[str]:
    """The pack's hedge words in lower case: a claim none of whose words (lower-cased) is one
    has no hedge word as written either."""
    return frozenset(w.lower() for w in pack.hedge_words)


# --- conditions: when each flag applies --------------------------------------------------------

def _unattributed(f: _Flagged) -> bool:
    """The article asserts the claim with no source at all."""
    return not f.c.attributions


def _single_source(f: _Flagged) -> bool:
    """One independent source stands behind the claim, and it is one individual, one document
    or one outlet (not a group, not an organisation)."""
    if len(f.roots) != 1:
        return False
    _, s = next(iter(f.roots.values()))
    return s is None or s.count == 1 or (s.count is None and s.kind in _SINGLE_KINDS)


def _anonymous(f: _Flagged) -> bool:
    """Every source the claim rests on is unnamed."""
    return bool(f.atts) and all(s is not None and s.anonymous for _, s in f.atts)


def _corroborated(f: _Flagged) -> bool:
    """Two or more independent sources say the same."""
    return len(f.roots) >= 2


def _disputed(f: _Flagged) -> bool:
    """Another source's denial disputes the claim."""
    return bool(f.disputed_by)


def _denial(f: _Flagged) -> bool:
    """The claim is itself a denial."""
    return bool(f.with_stance(Stance.DENIES))


def _prior_reporting(f: _Flagged) -> bool:
    """The claim rests on an outlet's earlier report."""
    return bool(f.media)


def _hedged(f: _Flagged) -> bool:
    """The source hedges ("could not say whether") or the claim itself is hedged ("may")."""
    return bool(f.with_stance(Stance.HEDGES)) or bool(f.hedge_word)


# --- explanations ------------------------------------------------------------------------------

def _why_unattributed(f: _Flagged) -> str:
    """"No source is given for this claim"."""
    return explain(f.pack.code, "flag.unattributed")


def _why_single_source(f: _Flagged) -> str:
    """The one source, as written; "an unnamed source" when it is anonymous."""
    a, s = next(iter(f.roots.values()))
    unnamed = "_unnamed" if s is not None and s.anonymous else ""
    return explain(f.pack.code, f"flag.single_source{unnamed}", who=f.named(a, s))


def _why_anonymous(f: _Flagged) -> str:
    """The unnamed sources, as written."""
    names = list(dict.fromkeys(f.named(a, s) for a, s in f.atts))
    return explain(f.pack.code, "flag.anonymous", names=', '.join(names))


def _why_corroborated(f: _Flagged) -> str:
    """How many independent sources, and which."""
    names = [f.named(a, s) for a, s in f.roots.values()]
    return explain(f.pack.code, "flag.corroborated", n=len(f.roots), names=explain_list(f.pack.code, names))


def _why_disputed(f: _Flagged) -> str:
    """Each denial disputing the claim: its id, who denies, and what they said."""
    parts = []
    for did in f.disputed_by:
        d = f.claims.get(did)
        if d is not None:
            who = ", ".join(dict.fromkeys(_who(f.sources.get(a.source or ""), a) for a in d.attributions))
            parts.append(explain(f.pack.code, "flag.disputed", id=did, who=who, text=_q(d.text)))
    return "; ".join(parts) + "."


def _why_denial(f: _Flagged) -> str:
    """Who denies, and the claims the denial disputes (or that it disputes none found)."""
    a, s = f.with_stance(Stance.DENIES)[0]
    who = _who(s, a)
    if not f.denies:
        return explain(f.pack.code, "flag.denial.none", who=who)
    ids = list(f.denies)
    key = "flag.denial.one" if len(ids) == 1 else "flag.denial.many"
    return explain(f.pack.code, key, who=who, ids=explain_list(f.pack.code, ids))


def _why_prior_reporting(f: _Flagged) -> str:
    """The outlet reporting earlier, and whom its report cites ("citing people familiar …")."""
    a, s = f.media[0]
    by = s.affiliation if s.kind is SourceKind.DOCUMENT else _who(s, a)
    also = explain(f.pack.code, "flag.citing", names=', '.join(f.named(x, y) for x, y in f.cited)) \
        if f.cited else ""
    return explain(f.pack.code, "flag.prior_reporting", by=by, also=also)


def _why_hedged(f: _Flagged) -> str:
    """Who hedges and with which words; else the hedge in the claim."""
    hedging = f.with_stance(Stance.HEDGES)
    if not hedging:
        return explain(f.pack.code, "flag.hedged", hedge=f.hedge_word)
    a, s = hedging[0]
    hedge = _hedge_in_frame(f.text, f.pack, a) or a.cue.text if a.cue else '?'
    return explain(f.pack.code, "flag.hedged_by", who=_who(f.sources.get(a.source or ''), a), hedge=hedge)


@dataclass(frozen=True)
class FlagRule:
    """A flag, the condition under which a claim gets it, and its explanation."""

    flag: Flag
    applies: Callable[[_Flagged], bool]
    explanation: Callable[[_Flagged], str]


# the schema's order: a claim's flags and explanations are listed in this order
FLAG_RULES: tuple[FlagRule, ...] = (
    FlagRule(Flag.UNATTRIBUTED, _unattributed, _why_unattributed),
    FlagRule(Flag.SINGLE_SOURCE, _single_source, _why_single_source),
    FlagRule(Flag.ANONYMOUS, _anonymous, _why_anonymous),
    FlagRule(Flag.CORROBORATED, _corroborated, _why_corroborated),
    FlagRule(Flag.DISPUTED, _disputed, _why_disputed),
    FlagRule(Flag.DENIAL, _denial, _why_denial),
    FlagRule(Flag.PRIOR_REPORTING, _prior_reporting, _why_prior_reporting),
    FlagRule(Flag.HEDGED, _hedged, _why_hedged),
)


def _flags(text: str, pack: LangPack, c: Claim, disputed_by: tuple[str, ...], denies: tuple[str, ...],
           sources: dict[str, Source], claims: dict[str, Claim], resolved: Resolved
           ) -> tuple[list[Flag], dict[str, str]]:
    """The claim's flags in the schema's order, each with its one-sentence explanation
    (``disputed_by``, ``denies``: the claim's disputes, not yet set on it)."""
    f = _Flagged(text, pack, c, disputed_by, denies, sources, claims, resolved)
    flags: list[Flag] = []
    expl: dict[str, str] = {}
    for rule in FLAG_RULES:
        if rule.applies(f):
            flags.append(rule.flag)
            expl[rule.flag.value] = rule.explanation(f)
    return flags, expl
