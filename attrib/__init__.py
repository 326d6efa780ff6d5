"""attrib: who says so, how many of them, are they named, does anyone deny it?

    >>> import attrib
    >>> report = attrib.analyze(text)            # language detected (attrib.lang.SUPPORTED)
    >>> report.claims, report.sources, report.to_dict()
    >>> analyzer = attrib.load("id")             # reuse for many texts
    >>> for report in analyzer.analyze_many(texts): ...
    >>> pipeline = attrib.nlp("en")              # a spaCy pipeline with the "attrib" component
    >>> pipeline(text)._.attrib                  # the Report

Nothing heavy happens at import: spaCy and the pipelines load on first use.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import AttribError, InputError, ModelMissing, UnsupportedLanguage
from .model import (Attribution, Claim, ClaimKind, Flag, Report, Response, ResponseKind, Source,
                    SourceKind, Span, Stance)

__version__ = "0.1.0"

if TYPE_CHECKING:
    from spacy.language import Language

    from .analyzer import Analyzer


def analyze(text: str, *, language: str | None = None, ui_language: str | None = None) -> Report:
    """Analyse one article's text; the language ("en", "id") is detected unless given.

    ``ui_language`` ("en", "id"): the language of the flags' explanations; by default the
    article's (English for a language without a message catalogue).
    """
    from .analyzer import analyze as _analyze

    return _analyze(text, language=language, ui_language=ui_language)


def load(language: str) -> Analyzer:
    """A reusable analyzer for one language; ``analyze_many`` streams through ``nlp.pipe``."""
    from .analyzer import load as _load

    return _load(language)


def nlp(language: str, *, words: dict[str, list[str]] | None = None) -> Language:
    """A ready spaCy pipeline for a language, ending in the ``attrib`` component: the
    language's own pipeline (the installed English package, or spaCy's blank Indonesian or
    Malay tokenizer with attrib's sentence splitter), so ``nlp(text)._.attrib`` is the Report
    :func:`analyze` gives. ``words`` adds words to the pack's lists (see
    :class:`attrib.pipeline.component.AttribComponent`)."""
    from .analyzer import make_nlp
    from .lang import get_pack

    pack = get_pack(language)
    pipeline = make_nlp(pack)
    pipeline.add_pipe("attrib", config={"language": pack.code, "words": words or {}})
    return pipeline


def __getattr__(name: str) -> Any:
    if name == "Analyzer":
        from .analyzer import Analyzer

        return Analyzer
    raise AttributeError(f"module 'attrib' has no attribute {name!r}")


__all__ = [
    "Analyzer", "AttribError", "Attribution", "Claim", "ClaimKind", "Flag", "InputError",
    "ModelMissing", "Report", "Response", "ResponseKind", "Source", "SourceKind", "Span", "Stance",
    "UnsupportedLanguage", "__version__", "analyze", "load", "nlp",
]
