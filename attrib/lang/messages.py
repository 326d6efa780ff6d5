"""The report's words in the reader's language: one catalogue per language, looked up by key.

Each language pack may hold a ``messages.py`` with a ``MESSAGES`` dict (key → a
``str.format`` template); English (``attrib/lang/en/messages.py``) is the reference every other
catalogue must match key for key. A language without a catalogue falls back to English.

    >>> t = catalogue("id")
    >>> t("heading.claims")
    'Klaim'

The explanations of flags are written when a report is made (:mod:`attrib.assess`): they use
the UI language set with :func:`using` around the analysis, else the article's language.
"""
from __future__ import annotations

import importlib
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Iterable, Iterator

FALLBACK = "en"

# the UI language of the analysis under way (``analyze(..., ui_language=)``): a context, not a
# global, so threads and interleaved analyses do not see each other's choice
_ACTIVE: ContextVar[str | None] = ContextVar("attrib_ui_language", default=None)


class Catalogue:
    """The messages of one language: ``t(key, **fields)`` formats the key's template."""

    def __init__(self, code: str, messages: dict[str, str], fallback: dict[str, str] | None = None):
        self.code = code
        self.messages = messages
        self._fallback = fallback or {}

    def __call__(self, key: str, **fields: object) -> str:
        template = self.messages.get(key)
        if template is None:
            template = self._fallback[key]  # a KeyError here is a bug: the key is in no catalogue
        return template.format(**fields) if fields else template

    def __contains__(self, key: str) -> bool:
        return key in self.messages

    def join(self, items: Iterable[str]) -> str:
        """``a, b and c`` with this language's "and" (``a, b dan c``)."""
        items = list(items)
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self('and')} {items[-1]}"

    def count(self, count: int, key: str, **fields: object) -> str:
        """``key.one`` for one, ``key.many`` otherwise (Indonesian uses the same form); the
        template's ``{n}`` is ``count`` unless given."""
        fields.setdefault("n", count)
        return self(f"{key}.{'one' if count == 1 else 'many'}", **fields)


def languages() -> tuple[str, ...]:
    """The UI languages that have a catalogue."""
    from . import SUPPORTED

    return tuple(code for code in SUPPORTED if _load(code) is not None)


@lru_cache(maxsize=None)
def _load(code: str) -> dict[str, str] | None:
    try:
        return importlib.import_module(f"{__package__}.{code}.messages").MESSAGES
    except ImportError:
        return None


@lru_cache(maxsize=None)
def catalogue(code: str | None) -> Catalogue:
    """The catalogue of a UI language ("en", "id"); English for one without a catalogue."""
    code = (code or FALLBACK).strip().lower()
    messages = _load(code)
    english = _load(FALLBACK) or {}
    if messages is None:
        return Catalogue(FALLBACK, english)
    return Catalogue(code, messages, english)


def ui_language(article_language: str | None, ui_language: str | None = None) -> str:
    """The language a report is shown in: ``ui_language`` if given, else the one the analysis
    used (:func:`using`), else the article's; English when that has no catalogue."""
    return catalogue(ui_language or _ACTIVE.get() or article_language).code


@contextmanager
def using(code: str | None) -> Iterator[None]:
    """Within the block, explanations are written in ``code`` (None: the article's language)."""
    token = _ACTIVE.set(code)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def explain(article_language: str | None, key: str, **fields: object) -> str:
    """A flag's explanation in the active UI language (see :func:`using`)."""
    return catalogue(_ACTIVE.get() or article_language)(key, **fields)


def explain_list(article_language: str | None, items: Iterable[str]) -> str:
    """``a, b and c`` in the active UI language."""
    return catalogue(_ACTIVE.get() or article_language).join(items)
