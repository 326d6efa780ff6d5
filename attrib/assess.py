"""Stance, disputes, flags and their explanations for each claim; the responses.

- Stance of each attribution: ``denies`` by its cue ("denied", "membantah") or its content
  ("not true", "Keseluruhan premis di sini salah"), ``hedges`` by the words around the cue
  ("could not say whether", "tidak dapat mengatakan apakah"), else ``asserts``.
- A denial disputes the claims it contradicts: a negated predicate ("Mereka tidak
  mengembangkan model baru") disputes the claims with that predicate and its object; a
  global denial ("The whole premise here is wrong") disputes the article's lead claim and the
  claims that share its predicate.
- Flags as the schema's table, each with a one-sentence explanation.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache, partial

from .lang.messages import explain, explain_list
from .lang.base import LangPack
from .model import Attribution, Claim, Flag, Response, ResponseKind, Source, SourceKind, Span, Stance
from .resolve import Resolved

_WORD = re.compile(r"\w+(?:[-']\w+)*|n't")
_SEGMENT = re.compile(r"[^.!?;]+")


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
    disputed_by: dict[str, list[str]] = {}  # claim id → the denials disputing it, in order
    for d, targets in denied.items():
        for t in dict.fromkeys(targets):
            disputed_by.setdefault(t, []).append(d)
    by_id: dict[str, Claim] = {}
    for c in claims:
        by_id.setdefault(c.id, c)
    out = []
    for c in claims:
        by, denies = tuple(disputed_by.get(c.id, ())), tuple(denied.get(c.id, ()))
        flags, expl = _flags(text, pack, c, by, denies, sources, by_id, resolved)
        out.append(replace(c, disputed_by=by, denies=denies, flags=tuple(flags), explanations=expl))
    responses = tuple(Response(resolved.response_party[r.party], ResponseKind(r.kind), r.span[0],
                               r.span[1], text[r.span[0]:r.span[1]]) for r in resolved.responses)
    return tuple(out), tuple(resolved.sources), responses


# --- stance ---------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _patterns(phrases: tuple[str, ...]) -> list[re.Pattern[str]]:
    return [re.compile(p, re.I) for p in phrases]


def is_denial_text(pack: LangPack, s: str) -> bool:
    """"not true", "Keseluruhan premis di sini salah": words that reject a claim."""
    return any(p.search(s) for p in _patterns(tuple(pack.denial_phrases)))


def _with_stances(text: str, pack: LangPack, c: Claim) -> Claim:
    """The claim with each attribution's stance decided (the same claim if none changes)."""
    atts = tuple(_stance(text, pack, c, a) for a in c.attributions)
    return c if all(x is y for x, y in zip(atts, c.attributions)) else replace(c, attributions=atts)


def _stance(text: str, pack: LangPack, c: Claim, a: Attribution) -> Attribution:
    if a.stance is not Stance.ASSERTS:  # the extraction already decided ("denied")
        return a
    # "X denied that …", "X membantah …": the cue denies
    if _denial_cue(pack, a.cue):
        return replace(a, stance=Stance.DENIES)
    # "“The whole premise here is wrong,” said X": the content denies
    if is_denial_text(pack, c.text):
        return replace(a, stance=Stance.DENIES)
    # "X could not say whether …", "tidak dapat mengatakan apakah": the frame hedges
    if _hedge_in_frame(text, pack, a):
        return replace(a, stance=Stance.HEDGES)
    return a


def _denial_cue(pack: LangPack, cue: Span | None) -> bool:
    """"denied", "has denied", "membantah": a cue whose verb denies (auxiliaries aside)."""
    return cue is not None and (cue.text.lower() in pack.denial_cues
                                or bool(set(_words(cue.text)) & pack.denial_cues))


def _hedge_in_frame(text: str, pack: LangPack, a: Attribution) -> str | None:
    """The hedge phrase around an attribution's source and cue ("could not say whether")."""
    if not a.cue:
        return None
    lo = min(a.cue.start, a.mention.start if a.mention else a.cue.start)
    frame = re.sub(r"\s+", " ", text[lo:a.cue.end + 16].lower())
    return next((h for h in pack.hedge_phrases if h in frame), None)


# --- disputes -------------------------------------------------------------------------------

def stem(pack: LangPack, word: str) -> str:
    """A rough stem for comparing contents: "merencanakan"/"berencana" → "rencana"."""
    w = word.lower()
    for p in pack.stem_prefixes:
        if w.startswith(p) and len(w) - len(p) >= 4:
            w = w[len(p):]
            break
    for suf in pack.stem_suffixes:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[:-len(suf)]
            # "planning", "planned" → "plan"
            if len(w) > 3 and w[-1] == w[-2] and suf in ("ing", "ed", "er", "ers"):
                w = w[:-1]
            break
    return w


def _same(a: str, b: str) -> bool:
    """Stems of one root: "rencana" ~ "encana" ("berencana": ber + rencana), "embang" ~ "kembang"."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and len(long_) - len(short) <= 1 and long_.endswith(short)


@lru_cache(maxsize=1 << 14)  # a claim's text is split by stance, disputes, stems and flags alike
def _words(s: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(s))


def _content(pack: LangPack, w: str) -> bool:
    return w not in pack.function_words and w not in pack.negations and not w.isdigit()


def _is_verb(pack: LangPack, words: tuple[str, ...], i: int) -> bool:
    """"berencana", "mengembangkan" (a verbal prefix); "planning" after "is" (a marker)."""
    w = words[i]
    if not _content(pack, w):
        return False
    if any(w.startswith(p) and len(w) > len(p) + 3 for p in pack.verb_prefixes):
        return True
    return i > 0 and words[i - 1] in pack.verb_markers


def predicate(pack: LangPack, s: str) -> tuple[set[str], str | None]:
    """The first predicate's stems and the stem of its object: "… berencana mengembangkan
    model AI …" → ({"rencana", "embang"}, "model")."""
    for seg in _SEGMENT.findall(s):
        parts = re.split(r"[,:]", seg)
        for part in parts:
            words = _words(part)
            for i in range(len(words)):
                if not _is_verb(pack, words, i):
                    continue
                j, verbs = i, set()
                while j < len(words) and (_is_verb(pack, words, j) or words[j] in pack.verb_markers):
                    if _content(pack, words[j]):
                        verbs.add(stem(pack, words[j]))
                    j += 1
                obj = next((stem(pack, w) for w in words[j:] if _content(pack, w)), None)
                return verbs, obj
    return set(), None


def _negated(pack: LangPack, seg: str) -> tuple[set[str], str | None] | None:
    """"Mereka tidak mengembangkan model baru" → ({"embang"}, "model")."""
    words = _words(seg)
    for i, w in enumerate(words):
        if w in pack.negations:
            # the predicate right after the negation and its auxiliaries ("not developing",
            # "tidak mengembangkan"); "might not be there" has none
            k = next((j for j, x in enumerate(words[i + 1:], i + 1) if x not in pack.verb_markers), None)
            if k is None or not _content(pack, words[k]) or words[k] in pack.pronouns:
                return None
            obj = next((stem(pack, x) for x in words[k + 1:] if _content(pack, x)), None)
            return {stem(pack, words[k])}, obj
    return None


class _Index:
    """Each claim's content stems, computed once, and the claims holding each stem.

    Comparing every claim with every other is quadratic in the article's length; with the
    index a negated predicate meets only the claims that share its object or its verb stem.
    """

    def __init__(self, pack: LangPack, claims: list[Claim]):
        self.pack = pack
        self.claims = claims
        self._stems: dict[str, set[str]] = {}  # claim text → its content stems
        self._negs: dict[str, list[set[str]]] = {}  # claim text → the stems it negates
        self._exact: dict[str, list[int]] | None = None  # stem → claim indices
        self._tail: dict[str, list[int]] = {}  # stem minus its first letter → claim indices

    def stems(self, c: Claim) -> set[str]:
        out = self._stems.get(c.text)
        if out is None:
            out = self._stems[c.text] = _stems(self.pack, c.text)
        return out

    def negates(self, c: Claim, verbs: set[str]) -> bool:
        """Whether the claim negates one of these predicates (:func:`_negates`, memoised)."""
        negs = self._negs.get(c.text)
        if negs is None:
            negs = self._negs[c.text] = [
                n[0] for n in map(partial(_negated, self.pack), _SEGMENT.findall(c.text)) if n]
        return any(_same(v, w) for v in verbs for n in negs for w in n)

    def _build(self) -> dict[str, list[int]]:
        if self._exact is None:
            self._exact = {}
            for i, c in enumerate(self.claims):
                for t in self.stems(c):
                    self._exact.setdefault(t, []).append(i)
                    if len(t) > 5:  # "encana" under "rencana": see :func:`_same`
                        self._tail.setdefault(t[1:], []).append(i)
        return self._exact

    def with_stem(self, t: str) -> list[int]:
        """Indices of the claims whose stems include ``t``, in order."""
        return self._build().get(t, [])

    def with_verb(self, verbs: set[str]) -> list[int]:
        """Indices (sorted) of the claims with a stem :func:`_same` as one of ``verbs``."""
        exact = self._build()
        out: set[int] = set()
        for v in verbs:
            out.update(exact.get(v, ()))
            if len(v) > 5:  # "rencana" meets "encana"
                out.update(exact.get(v[1:], ()))
            if len(v) >= 5:  # "encana" meets "rencana"
                out.update(self._tail.get(v, ()))
        return sorted(out)

    def hit(self, c: Claim, verbs: set[str], obj: str | None) -> bool:
        """The claim has one of the predicate's verb stems and its object's stem (if any)."""
        stems = self.stems(c)
        return (obj is None or obj in stems) and any(_same(v, t) for v in verbs for t in stems)

    def pool(self, verbs: set[str], obj: str | None) -> list[int]:
        """A superset of the claims :meth:`hit` accepts, in order."""
        return self.with_stem(obj) if obj is not None else self.with_verb(verbs)


def _contradictions(pack: LangPack, claims: list[Claim], sources: dict[str, Source],
                    index: _Index | None = None) -> list[Claim]:
    """A claim that negates an earlier claim's predicate, on another source's word, denies it.

    "Globex fired 200 workers, two people said. … Lee said the company did not fire any
    workers": no denial word, but the negated predicate and its object meet an earlier claim.
    """
    index = index or _Index(pack, claims)
    out: list[Claim] = []
    for k, c in enumerate(claims):
        if not c.attributions or any(a.stance is not Stance.ASSERTS for a in c.attributions):
            out.append(c)
            continue
        mine = _roots(c, sources)
        hit = False
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
                    hit = True
                    break
            if hit:
                break
        out.append(replace(c, attributions=tuple(replace(a, stance=Stance.DENIES) for a in c.attributions))
                   if hit else c)
    return out


def _negates(pack: LangPack, s: str, verbs: set[str]) -> bool:
    """Whether ``s`` negates one of these predicates."""
    for seg in _SEGMENT.findall(s):
        neg = _negated(pack, seg)
        if neg and any(_same(v, w) for v in verbs for w in neg[0]):
            return True
    return False


def _is_global(pack: LangPack, seg: str) -> bool:
    """"Keseluruhan premis di sini salah", "That is not true": a denial with no content."""
    words = _words(seg)
    return bool(words) and is_denial_text(pack, seg) and _only_generic(pack, words)


def _only_generic(pack: LangPack, words: tuple[str, ...]) -> bool:
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


# word → stem, per stemming rules: a pure function's memo, so documents share it (bounded)
_STEM_MEMO: dict[tuple[tuple[str, ...], tuple[str, ...]], dict[str, str]] = {}
_STEM_MEMO_MAX = 200_000


def _stems(pack: LangPack, s: str) -> set[str]:
    memo = _STEM_MEMO.setdefault((pack.stem_prefixes, pack.stem_suffixes), {})
    if len(memo) > _STEM_MEMO_MAX:
        memo.clear()
    out = set()
    for w in _words(s):
        if _content(pack, w):
            t = memo.get(w)
            if t is None:
                t = memo[w] = stem(pack, w)
            out.add(t)
    return out


def _roots(c: Claim, sources: dict[str, Source]) -> set[str]:
    out = set()
    for a in c.attributions:
        s = sources.get(a.source or "")
        if s is not None:
            out.add(s.member_of or s.id)
    return out


def _denies(c: Claim) -> bool:
    return any(a.stance is Stance.DENIES for a in c.attributions)


def _disputes(pack: LangPack, claims: list[Claim], sources: dict[str, Source],
              index: _Index | None = None) -> dict[str, list[str]]:
    """Denial claim id → the ids of the claims it disputes (``index``: over claims with the
    same texts in the same order)."""
    index = index or _Index(pack, claims)
    out: dict[str, list[str]] = {}
    previous: Claim | None = None  # the claim before d
    for d in claims:
        prev, previous = previous, d
        if not _denies(d):
            continue
        denier = _roots(d, sources)

        def candidate(c: Claim) -> bool:
            """Another source's claim that does not itself deny."""
            return c.id != d.id and not (_roots(c, sources) & denier) and not _denies(c)

        def hits(verbs: set[str], obj: str | None) -> list[str]:
            return [claims[i].id for i in index.pool(verbs, obj)
                    if candidate(claims[i]) and index.hit(claims[i], verbs, obj)]

        targets: list[str] = []
        leads: list[Claim | None] = []  # the first candidate, looked for when a global denial needs it
        for seg in _SEGMENT.findall(d.text):
            the_report = _denies_the_report(pack, d, seg)
            if the_report or _is_global(pack, seg):
                if not the_report and prev is not None and prev.id in out and _roots(prev, sources) == denier:
                    # "Kabar tersebut dibantah oleh X. “Itu tidak benar,” katanya.": the same
                    # speaker going on denies what they have just denied
                    targets += out[prev.id]
                    continue
                if not leads:
                    # "X membantah kabar tersebut", "X denied the report": the latest earlier
                    # report by an outlet, when there is one, is the report denied; otherwise
                    # (and for "the whole premise is wrong") the story's lead claim
                    before = claims[:claims.index(d)]
                    reported = next((c for c in reversed(before)
                                     if candidate(c) and _reported(pack, c, sources)), None) if the_report else None
                    # "Two aides disputed that account", "X membantah pernyataan tersebut": one
                    # telling, pointed at, is the claim just before, whoever made it ("the
                    # report", "kabar tersebut" stay the story's)
                    words = set(_words(seg))
                    # "“Pernyataan itu sama sekali tidak benar,” kata X", "X denied that that was
                    # the case": a telling pointed at with no denial noun is the claim just before
                    # too, attributed or the article's own report of a rumour
                    if reported is None and words & pack.discourse.demonstratives \
                            and words & pack.discourse.account_nouns:
                        reported = next((c for c in reversed(before) if candidate(c)
                                         and (c.attributions or not the_report)), None)
                    leads.append(reported or next((c for c in claims if candidate(c)), None))
                lead = leads[0]
                if lead is not None:
                    # the whole story is denied: the lead claim and those sharing its predicate
                    verbs, obj = predicate(pack, lead.text)
                    targets += [lead.id] + (hits(verbs, obj) if verbs else [])
                    continue
            neg = _negated(pack, seg)
            if neg is None and _denial_cue(pack, d.attributions[0].cue):
                neg = predicate(pack, seg)  # "X denied (that) it fired staff": the content is denied
                neg = neg if neg[0] else None
            if neg is not None:
                targets += hits(*neg)
        if targets:
            out[d.id] = sorted(set(targets), key=lambda cid: int(cid[1:]) if cid[1:].isdigit() else 0)
    return out


# --- disputes by meaning ---------------------------------------------------------------------

_POSSESSIVE = re.compile(r"(?:'s|’s?)$")


def _core(pack: LangPack, s: str) -> set[str]:
    """The stems that carry a text's meaning: content words, not the generic words a denial
    uses for the story ("report", "isu"); a synonym of the pack stands for its group ("talks",
    "negotiation" → one stem), so a denial and a claim worded differently still meet."""
    memo = _CORE_MEMO.setdefault(pack.code, {})
    out = memo.get(s)
    if out is None:
        if len(memo) > _STEM_MEMO_MAX // 10:
            memo.clear()
        out = memo[s] = frozenset(_core_seq(pack, s))
    return set(out)


# claim text → its core, per language: a claim's core is asked for by several steps (bounded)
_CORE_MEMO: dict[str, dict[str, frozenset[str]]] = {}


def _core_seq(pack: LangPack, s: str) -> list[str]:
    """:func:`_core` in the order of the text (its first stem is the head of what is denied)."""
    synonyms = pack.discourse.core_synonyms
    memo = _STEM_MEMO.setdefault((pack.stem_prefixes, pack.stem_suffixes), {})
    out = []
    for w in _words(s):
        w = _POSSESSIVE.sub("", w)
        if len(w) < 3 or not _content(pack, w) or w in pack.generic_words or w in pack.pronouns:
            continue
        t = synonyms.get(w) or memo.get(w)
        if t is None:
            t = memo[w] = stem(pack, w)
        out.append(t)
    return out


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
            w = _POSSESSIVE.sub("", w)
            if len(w) >= 3 and w[0].isupper() and w.lower() not in skip and _content(pack, w.lower()):
                out.add(w.lower())
    return out


class _Meaning:
    """The article's claims as cores and names, to find what a denial disputes by meaning."""

    def __init__(self, pack: LangPack, claims: list[Claim], sources: dict[str, Source], index: _Index):
        self.pack, self.claims, self.sources, self.index = pack, claims, sources, index
        # a synonym's group → the stems of its words, to look the group up in the stem index
        self.members: dict[str, set[str]] = {}
        for w, canon in pack.discourse.core_synonyms.items():
            self.members.setdefault(canon, set()).add(stem(pack, w))
        # word → claims holding it: a denial meets only the claims naming the denier or (see
        # :meth:`_stems`) sharing its stems, not every claim of a long article; cores are
        # computed when first needed, as most negations name no side
        self.words: list[set[str]] = []
        self.by_word: dict[str, list[int]] = {}
        for i, c in enumerate(claims):
            words = set(_words(c.text))
            words |= {_POSSESSIVE.sub("", w) for w in words if "'" in w or "’" in w}
            self.words.append(words)
            for w in words:
                self.by_word.setdefault(w, []).append(i)
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
    out = []
    for seg in re.split(r"[.!?;,]", s):
        words = _words(seg)
        low = " ".join(words)
        if set(words) & pack.negations or any(f" {e} " in f" {low} " for e in existential):
            out.append(seg)
    return out


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
    meaning = None
    out = []
    for k, c in enumerate(claims):
        if not c.attributions or any(a.stance is not Stance.ASSERTS for a in c.attributions):
            out.append(c)
            continue
        segs = _negation_segments(pack, c.text)
        if not segs:
            out.append(c)
            continue
        names = set().union(*(_entity(pack, sources.get(a.source or "")) for a in c.attributions))
        hit = False
        if names:  # a quote by no named side disputes nothing of it: no index to build
            meaning = meaning or _Meaning(pack, claims, sources, index)
            roots, names = meaning.side(c)
            core = set().union(*(_core(pack, seg) for seg in segs))
            lower = [t for seg in segs for t in _predicate_core(pack, seg)]
            for i in meaning.naming(names):
                if i >= k:
                    break
                if not meaning.candidate(c, i, roots, names):
                    continue
                if _meets(lower, meaning.core(i)) and meaning.score(core, names, i) >= _DISPUTE_SCORE:
                    hit = True
                    break
        out.append(replace(c, attributions=tuple(replace(a, stance=Stance.DENIES) for a in c.attributions))
                   if hit else c)
    return out


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
        if targets:
            denied[d.id] = sorted(set(targets), key=lambda cid: int(cid[1:]) if cid[1:].isdigit() else 0)


@lru_cache(maxsize=8)
def _any_word(words: frozenset[str]) -> re.Pattern[str]:
    """One search for any of these words in a text."""
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
    if not markers or not _any_word(markers).search(text):  # most articles report no rumour
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
            denied[d.id] = sorted(set(denied.get(d.id, [])) | set(hits),
                                  key=lambda cid: int(cid[1:]) if cid[1:].isdigit() else 0)


# --- flags ----------------------------------------------------------------------------------

def _q(s: str, n: int = 60) -> str:
    s = " ".join(s.split()).strip("“”\"' ")
    return s if len(s) <= n else s[:n - 1].rstrip() + "…"


def _who(s: Source | None, a: Attribution) -> str:
    if s is None:
        return a.mention.text if a.mention else explain(None, "source.unknown")
    return s.name or s.label


_THE = re.compile(r"^the ")


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


@lru_cache(maxsize=8)
def _outlets(names: frozenset[str]) -> frozenset[str]:
    """Outlet names as compared: "The Times" → "times" (once per pack, not per claim)."""
    return frozenset(_THE.sub("", n.lower()) for n in names)


def _flags(text: str, pack: LangPack, c: Claim, disputed_by: tuple[str, ...], denies: tuple[str, ...],
           sources: dict[str, Source], claims: dict[str, Claim], resolved: Resolved
           ) -> tuple[list[Flag], dict[str, str]]:
    """The claim's flags in the schema's order, each with its one-sentence explanation
    (``disputed_by``, ``denies``: the claim's disputes, not yet set on it)."""
    flags: list[Flag] = []
    expl: dict[str, str] = {}

    def add(f: Flag, why: str) -> None:
        flags.append(f)
        expl[f.value] = why

    def named(a: Attribution, s: Source | None) -> str:
        """The mention as written (‘tiga orang’); a pronoun or "ujarnya" by its source."""
        m = resolved.mentions.get((a.mention.start, a.mention.end)) if a.mention else None
        if a.mention and m is not None and not (m.pronoun or m.embedded or m.zero):
            return f"‘{a.mention.text}’"
        return f"‘{_who(s, a)}’"

    atts = [(a, sources.get(a.source or "")) for a in c.attributions]
    asserting = [(a, s) for a, s in atts if a.stance is Stance.ASSERTS]
    # "…, Bloomberg reported, citing people familiar with the matter": the people cited are the
    # report's sources, not a second, independent one
    cited = [(a, s) for a, s in asserting if a.cue and a.cue.text.lower() in pack.discourse.citing_cues]
    if cited and len(cited) < len(asserting):
        asserting = [x for x in asserting if x not in cited]
    # independent sources: a subset ("salah satu sumber") counts as its group
    roots: dict[str, tuple[Attribution, Source | None]] = {}
    for a, s in asserting:
        roots.setdefault((s.member_of or s.id) if s else f"?{id(a)}", (a, s))

    if not c.attributions:
        add(Flag.UNATTRIBUTED, explain(pack.code, "flag.unattributed"))
    if len(roots) == 1:
        a, s = next(iter(roots.values()))
        # one individual, one document or one outlet (not a group, not an organisation)
        if s is None or s.count == 1 or (s.count is None and s.kind in (
                SourceKind.PERSON, SourceKind.DOCUMENT, SourceKind.MEDIA, SourceKind.UNKNOWN)):
            unnamed = "_unnamed" if s is not None and s.anonymous else ""
            add(Flag.SINGLE_SOURCE, explain(pack.code, f"flag.single_source{unnamed}", who=named(a, s)))
    if atts and all(s is not None and s.anonymous for _, s in atts):
        names = list(dict.fromkeys(named(a, s) for a, s in atts))
        add(Flag.ANONYMOUS, explain(pack.code, "flag.anonymous", names=', '.join(names)))
    if len(roots) >= 2:
        names = [named(a, s) for a, s in roots.values()]
        add(Flag.CORROBORATED, explain(pack.code, "flag.corroborated", n=len(roots),
                                       names=explain_list(pack.code, names)))
    if disputed_by:
        parts = []
        for did in disputed_by:
            d = claims.get(did)
            if d is not None:
                who = ", ".join(dict.fromkeys(_who(sources.get(a.source or ""), a) for a in d.attributions))
                parts.append(explain(pack.code, "flag.disputed", id=did, who=who, text=_q(d.text)))
        add(Flag.DISPUTED, "; ".join(parts) + ".")
    deniers = [(a, s) for a, s in atts if a.stance is Stance.DENIES]
    if deniers:
        who = _who(deniers[0][1], deniers[0][0])
        if denies:
            ids = list(denies)
            listed = explain_list(pack.code, ids)
            add(Flag.DENIAL, explain(pack.code, "flag.denial.one" if len(ids) == 1 else "flag.denial.many",
                                     who=who, ids=listed))
        else:
            add(Flag.DENIAL, explain(pack.code, "flag.denial.none", who=who))
    media_names = _outlets(pack.media_names)
    # "Reuters previously reported", "according to a report by The Times"
    media = [(a, s) for a, s in atts if s is not None and (s.kind is SourceKind.MEDIA or (
        s.kind is SourceKind.DOCUMENT and _THE.sub("", (s.affiliation or "").lower()) in media_names)
        or _prior_cue(pack, a, text, c))]
    if media:
        a, s = media[0]
        by = s.affiliation if s.kind is SourceKind.DOCUMENT else _who(s, a)
        # "…, citing people familiar with the matter": whom the report itself rests on
        also = explain(pack.code, "flag.citing", names=', '.join(named(x, y) for x, y in cited)) if cited else ""
        add(Flag.PRIOR_REPORTING, explain(pack.code, "flag.prior_reporting", by=by, also=also))
    hedges = [a for a, _ in atts if a.stance is Stance.HEDGES]
    plain = " ".join(_words(c.text))
    # "may" the modal, not "May" the month
    hedge = next((h for h in pack.hedge_phrases if h in plain), None) \
        or next((w for w in _WORD.findall(c.text) if w in pack.hedge_words), None)
    if hedges:
        a = hedges[0]
        add(Flag.HEDGED, explain(pack.code, "flag.hedged_by", who=_who(sources.get(a.source or ''), a),
                                 hedge=_hedge_in_frame(text, pack, a) or a.cue.text if a.cue else '?'))
    elif hedge:
        add(Flag.HEDGED, explain(pack.code, "flag.hedged", hedge=hedge))
    return flags, expl
