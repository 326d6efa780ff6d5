"""Language packs: one folder per language, each exporting ``PACK`` (a :class:`LangPack`).

This module is the registry: :data:`SUPPORTED` is the one place that lists the languages, and
everything else that needs to know them (the CLI's ``--lang`` help, the server's language
list, the views' language names, detection, datelines) asks here. Adding a language is a
folder ``attrib/lang/<code>/`` and its code in :data:`SUPPORTED`.
"""
from __future__ import annotations

import importlib
import re
from functools import lru_cache

from ..errors import UnsupportedLanguage
from .base import LangPack, PackError

# the registry: the code of every language with a folder here, in the order shown to users
SUPPORTED: tuple[str, ...] = ("en", "id", "ms")


@lru_cache(maxsize=None)
def get_pack(code: str) -> LangPack:
    """The pack for a language code ("en", "ID" …); UnsupportedLanguage for any other code."""
    code = code.strip().lower()
    if code not in SUPPORTED:
        raise UnsupportedLanguage(code, SUPPORTED)
    return importlib.import_module(f"{__name__}.{code}").PACK


def language_name(code: str) -> str:
    """The English name of a language code ("id" → "Indonesian"); the code itself when no pack
    has it (a report read back from JSON may name any language)."""
    try:
        return get_pack(code).name
    except UnsupportedLanguage:
        return code


def language_names() -> dict[str, str]:
    """Every supported code and its name, in registry order."""
    return {code: get_pack(code).name for code in SUPPORTED}


# a wire-style dateline, in any language: "SINGAPORE, March 3 - ", "WASHINGTON (Reuters) - ",
# "JAKARTA, KOMPAS — ", "NEW YORK — ": a place in capitals, an optional (outlet) and
# ", date/outlet", then a dash
_WIRE_DATELINE = (r"[A-Z][A-Z.'’ ]{1,30}[A-Z.](?: ?\([^()\n]{1,40}\))?(?: ?, ?[^\n—–-]{1,40}?)? ?"
                  r"[—–-]{1,2} (?=\S)")


@lru_cache(maxsize=1)
def dateline_pattern() -> re.Pattern[str]:
    """A dateline opening a paragraph: the wire form, or a form one of the packs declares
    (``LangPack.datelines``: "Liputan6.com, Bekasi - "). Every pack's forms apply to every
    text, as a dateline is recognised before the language matters."""
    forms = [_WIRE_DATELINE] + [p for code in SUPPORTED for p in get_pack(code).datelines]
    return re.compile("|".join(dict.fromkeys(forms)))


__all__ = ["LangPack", "PackError", "SUPPORTED", "dateline_pattern", "get_pack", "language_name",
           "language_names"]
