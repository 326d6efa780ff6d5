"""Which supported language a text is in (py3langid, offline)."""
from __future__ import annotations

from functools import lru_cache

from .errors import UnsupportedLanguage

# py3langid often labels Indonesian news as Malay: the two share most of their vocabulary,
# so a text classified as Malay is analysed with the Indonesian pack.
ALIASES = {"ms": "id"}
# below this normalised probability the top guess is not trusted over a supported language
CONFIDENT = 0.95


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str, supported: tuple[str, ...]) -> str:
    """The supported language code of ``text``; raise UnsupportedLanguage otherwise."""
    sample = text[:20000]
    ranked = _identifier().rank(sample)
    top, p_top = ranked[0]
    top = ALIASES.get(top, top)
    if top in supported:
        return top
    best = next(((ALIASES.get(lang, lang), p) for lang, p in ranked
                 if ALIASES.get(lang, lang) in supported), None)
    if best and (p_top < CONFIDENT or len(sample.split()) < 8):
        return best[0]
    raise UnsupportedLanguage(top, supported)
