"""Which supported language a text is in (py3langid, offline)."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from .errors import InputError, UnsupportedLanguage

# py3langid often labels Indonesian news as Malay: the two share most of their vocabulary,
# so a text classified as Malay is analysed with the Indonesian pack.
ALIASES = {"ms": "id"}
# below this normalised probability the top guess is not trusted over a supported language
CONFIDENT = 0.95
# fewer words than this: too little text to refuse on the classifier's word alone
SHORT = 8
# the scripts the supported packs are written in (English and Indonesian: Latin)
SCRIPTS = ("LATIN",)
SAMPLE = 20000


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str, supported: tuple[str, ...]) -> str:
    """The supported language code of ``text``.

    Raises:
        InputError: the text has no letters at all ("12345", emoji): there is nothing to tell.
        UnsupportedLanguage: the text is confidently in another language, or mostly in a
            script none of the supported languages is written in (Cyrillic, Chinese, Arabic).
    """
    sample = text[:SAMPLE]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        raise InputError("cannot tell the language of a text with no words; "
                         f"use --lang ({', '.join(supported)})")
    ranked = [(ALIASES.get(lang, lang), p) for lang, p in _identifier().rank(sample)]
    top, p_top = ranked[0]
    if _script_share(letters) < 0.5:
        # "这是一个中文句子": short CJK text can rank a supported language first by accident
        raise UnsupportedLanguage(top if top not in supported else _script_name(letters), supported)
    if top in supported:
        return top
    best = next((lang for lang, _ in ranked if lang in supported), None)
    # a short or uncertain text in the right script: the likeliest supported language
    if best and (p_top < CONFIDENT or len(sample.split()) < SHORT):
        return best
    raise UnsupportedLanguage(top, supported)


def _script_share(letters: list[str]) -> float:
    """The share of letters written in one of :data:`SCRIPTS` (a sample is enough)."""
    step = max(1, len(letters) // 2000)
    sample = letters[::step]
    return sum(1 for c in sample if unicodedata.name(c, "").startswith(SCRIPTS)) / len(sample)


def _script_name(letters: list[str]) -> str:
    """The script most letters are in, as a label for the error ("CJK", "CYRILLIC")."""
    names = [unicodedata.name(c, "?").split()[0] for c in letters[:2000]]
    return max(set(names), key=names.count).lower()
