"""The words of claims as the assessment compares them: rough stems, predicates, negations,
cores, and the article's index of claims by stem.

A denial and the claim it disputes rarely share their wording: "merencanakan" and
"berencana" meet through the stem "rencana", "talks" and "negotiation" through a synonym
group of the pack.
"""
from __future__ import annotations

import re
from functools import lru_cache, partial
from typing import Any

from ..lang.base import LangPack
from ..model import Claim

_WORD = re.compile(r"\w+(?:[-']\w+)*|n't")
_SEGMENT = re.compile(r"[^.!?;]+")

# word → stem, per pack: a pure function's memo, so documents share it (bounded)
_STEM_MEMO_MAX = 200_000


@lru_cache(maxsize=1 << 14)  # a claim's text is split by stance, disputes, stems and flags alike
def _words(s: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(s))


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
            # "planning", "planned" → "plan": a consonant doubled before these suffixes
            if len(w) > 3 and w[-1] == w[-2] and suf in pack.discourse.doubling_suffixes:
                w = w[:-1]
            break
    return w


def _same(a: str, b: str) -> bool:
    """Stems of one root: "rencana" ~ "encana" ("berencana": ber + rencana), "embang" ~ "kembang"."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and len(long_) - len(short) <= 1 and long_.endswith(short)


def _content(pack: LangPack, w: str) -> bool:
    """A content word: not a function word, a negation or a number."""
    return w not in pack.function_words and w not in pack.negations and not w.isdigit()


def _is_verb(pack: LangPack, words: tuple[str, ...], i: int) -> bool:
    """"berencana", "mengembangkan" (a verbal prefix); "planning" after "is" (a marker)."""
    w = words[i]
    if not _content(pack, w):
        return False
    if any(w.startswith(p) and len(w) > len(p) + 3 for p in pack.verb_prefixes):
        return True
    return i > 0 and words[i - 1] in pack.verb_markers


def _verb_run(pack: LangPack, words: tuple[str, ...], i: int) -> tuple[set[str], str | None]:
    """The stems of the verbs from ``words[i]`` on ("berencana mengembangkan") and the stem of
    the first content word after them, its object ("model")."""
    j, verbs = i, set()
    while j < len(words) and (_is_verb(pack, words, j) or words[j] in pack.verb_markers):
        if _content(pack, words[j]):
            verbs.add(stem(pack, words[j]))
        j += 1
    obj = next((stem(pack, w) for w in words[j:] if _content(pack, w)), None)
    return verbs, obj


def predicate(pack: LangPack, s: str) -> tuple[set[str], str | None]:
    """The first predicate's stems and the stem of its object: "… berencana mengembangkan
    model AI …" → ({"rencana", "embang"}, "model")."""
    for seg in _SEGMENT.findall(s):
        for part in re.split(r"[,:]", seg):
            words = _words(part)
            for i in range(len(words)):
                if _is_verb(pack, words, i):
                    return _verb_run(pack, words, i)
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


def _possessive_ending(pack: LangPack) -> re.Pattern[str]:
    """The pack's possessive endings at the end of a word ("Acme's", "Acme’s")."""
    endings = sorted(pack.discourse.possessive_endings, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, endings)) + ")$") if endings else re.compile(r"(?!)")


def _bare(pack: LangPack, w: str) -> str:
    """A word without its possessive ending: "acme's" → "acme"."""
    return pack.compiled("assess.possessive", _possessive_ending).sub("", w)


def _memo(pack: LangPack, key: str, limit: int) -> dict[str, Any]:
    """A memo of texts or words kept on the pack, emptied when it grows past ``limit``."""
    memo: dict[str, Any] = pack.compiled(key, lambda _pack: {})
    if len(memo) > limit:
        memo.clear()
    return memo


def _stem_of(pack: LangPack, memo: dict[str, str], w: str) -> str:
    """:func:`stem`, through the pack's memo of stems."""
    t = memo.get(w)
    if t is None:
        t = memo[w] = stem(pack, w)
    return t


def _stems(pack: LangPack, s: str) -> set[str]:
    """The stems of a text's content words (each distinct word looked up once)."""
    memo = _memo(pack, "assess.content_stems", _STEM_MEMO_MAX)
    out = set()
    for w in set(_words(s)):
        t = memo.get(w, _UNSEEN)
        if t is _UNSEEN:
            t = memo[w] = _content_stem(pack, w)
        if t is not None:
            out.add(t)
    return out


_UNSEEN = object()  # a word not yet in the memo of content stems


def _content_stem(pack: LangPack, w: str) -> str | None:
    """A content word's stem; None for a function word, a negation or a number."""
    return stem(pack, w) if _content(pack, w) else None


def _core(pack: LangPack, s: str) -> set[str]:
    """The stems that carry a text's meaning: content words, not the generic words a denial
    uses for the story ("report", "isu"); a synonym of the pack stands for its group ("talks",
    "negotiation" → one stem), so a denial and a claim worded differently still meet."""
    # claim text → its core: a claim's core is asked for by several steps (bounded)
    memo = _memo(pack, "assess.cores", _STEM_MEMO_MAX // 10)
    out = memo.get(s)
    if out is None:
        out = memo[s] = frozenset(_core_seq(pack, s))
    return set(out)


def _core_seq(pack: LangPack, s: str) -> list[str]:
    """:func:`_core` in the order of the text (its first stem is the head of what is denied)."""
    synonyms = pack.discourse.core_synonyms
    memo = _memo(pack, "assess.stems", _STEM_MEMO_MAX)
    out = []
    for w in _words(s):
        w = _bare(pack, w)
        if len(w) < 3 or not _content(pack, w) or w in pack.generic_words or w in pack.pronouns:
            continue
        out.append(synonyms.get(w) or _stem_of(pack, memo, w))
    return out


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
        self._words: tuple[list[set[str]], dict[str, list[int]]] | None = None  # see claim_words

    def stems(self, c: Claim) -> set[str]:
        out = self._stems.get(c.text)
        if out is None:
            out = self._stems[c.text] = _stems(self.pack, c.text)
        return out

    def negates(self, c: Claim, verbs: set[str]) -> bool:
        """Whether the claim negates one of these predicates (memoised)."""
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

    def claim_words(self) -> tuple[list[set[str]], dict[str, list[int]]]:
        """Each claim's words (lower case, a possessive also without its ending: "acme's" and
        "acme") and the claims holding each word, in order; built once for every step."""
        if self._words is None:
            words: list[set[str]] = []
            by_word: dict[str, list[int]] = {}
            for i, c in enumerate(self.claims):
                mine = set(_words(c.text))
                mine |= {_bare(self.pack, w) for w in mine if "'" in w or "’" in w}
                words.append(mine)
                for w in mine:
                    by_word.setdefault(w, []).append(i)
            self._words = words, by_word
        return self._words

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


def by_number(ids: set[str] | list[str]) -> list[str]:
    """Claim ids in the order of their numbers ("c2" before "c10")."""
    return sorted(set(ids), key=lambda cid: int(cid[1:]) if cid[1:].isdigit() else 0)
