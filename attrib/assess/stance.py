"""The stance of each attribution: ``denies`` by its cue ("denied", "membantah") or its content
("not true", "Keseluruhan premis di sini salah"), ``hedges`` by the words around the cue
("could not say whether", "tidak dapat mengatakan apakah"), else ``asserts``."""
from __future__ import annotations

import re
from dataclasses import replace

from ..lang.base import LangPack
from ..model import Attribution, Claim, Span, Stance
from .words import _words


def _denial_pattern(pack: LangPack) -> re.Pattern[str]:
    """The pack's denial phrases as one pattern, each an alternative (a text holds one of
    them where the pattern finds a match: one scan of the text instead of one per phrase)."""
    if not pack.denial_phrases:
        return re.compile(r"(?!)")
    return re.compile("|".join(f"(?:{p})" for p in pack.denial_phrases), re.I)


def is_denial_text(pack: LangPack, s: str) -> bool:
    """"not true", "Keseluruhan premis di sini salah": words that reject a claim."""
    return pack.compiled("assess.denial_phrases", _denial_pattern).search(s) is not None


def _with_stances(text: str, pack: LangPack, c: Claim) -> Claim:
    """The claim with each attribution's stance decided (the same claim if none changes)."""
    atts = tuple(_stance(text, pack, c, a) for a in c.attributions)
    return c if all(x is y for x, y in zip(atts, c.attributions)) else replace(c, attributions=atts)


def _stance(text: str, pack: LangPack, c: Claim, a: Attribution) -> Attribution:
    """The attribution with its stance decided by its cue, its content and its frame."""
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
