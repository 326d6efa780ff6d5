"""Language packs: one folder per language, each exporting ``PACK`` (a :class:`LangPack`)."""
from __future__ import annotations

import importlib
from functools import lru_cache

from ..errors import UnsupportedLanguage
from .base import LangPack

SUPPORTED: tuple[str, ...] = ("en", "id")


@lru_cache(maxsize=None)
def get_pack(code: str) -> LangPack:
    """The pack for a language code ("en", "ID" …); UnsupportedLanguage for any other code."""
    code = code.strip().lower()
    if code not in SUPPORTED:
        raise UnsupportedLanguage(code, SUPPORTED)
    return importlib.import_module(f"{__name__}.{code}").PACK


__all__ = ["LangPack", "SUPPORTED", "get_pack"]
