"""The analyzer: a language pack wired to its spaCy pipeline, from text to Report.

    text ──nlp──▶ Doc ──extract──▶ Extraction ──resolve──▶ sources
         ──assemble──▶ claims ──assess──▶ flags ──▶ Report
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import InputError, ModelMissing
from .lang import SUPPORTED, LangPack, get_pack
from .model import Report

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


class Analyzer:
    """A loaded language pack and pipeline; reuse it for many texts."""

    def __init__(self, pack: LangPack, nlp: Language):
        self.pack = pack
        self.nlp = nlp
        self._boilerplate = [re.compile(p, re.I) for p in pack.boilerplate]

    @property
    def language(self) -> str:
        return self.pack.code

    def analyze(self, text: str) -> Report:
        """Analyse one article's text."""
        _check_text(text)
        return self.report(self.nlp(text))

    def analyze_many(self, texts: Iterable[str], *, batch_size: int = 16) -> Iterator[Report]:
        """Analyse many texts, streaming them through ``nlp.pipe``; yields one Report each."""
        checked = (_check_text(t) for t in texts)
        for doc in self.nlp.pipe(checked, batch_size=batch_size):
            yield self.report(doc)

    def report(self, doc: Doc) -> Report:
        """The Report of a Doc this analyzer's pipeline (or a compatible one) has processed."""
        from .build import build_report

        return build_report(doc, self.pack, self._boilerplate)


def _check_text(text: str) -> str:
    if not isinstance(text, str):
        raise InputError(f"attrib analyses text (str), not {type(text).__name__}")
    return text


def make_nlp(pack: LangPack) -> Language:
    """The spaCy pipeline for a pack: its trained package, or a blank tokenizer + sentencizer."""
    import spacy

    from .pipeline import component  # noqa: F401  registers attrib's factories

    if pack.models:
        for name in pack.models:
            try:
                nlp = importlib.import_module(name).load()
                break
            except ImportError:
                continue
        else:
            raise ModelMissing(
                f"the {pack.name} pipeline is not installed: pip install one of {', '.join(pack.models)}")
        nlp.add_pipe("attrib_paragraphs", first=True)
    else:
        from .pipeline.tokenizer import lazy_tokenizer_config

        # spaCy's own tokenizer, its ~16k hyphenated exceptions loaded as texts need them
        nlp = spacy.blank(pack.code, config=lazy_tokenizer_config())
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("attrib_paragraphs")
    return nlp


@lru_cache(maxsize=None)
def load(language: str) -> Analyzer:
    """A reusable analyzer for a language code ("en", "id"); loaded once per process."""
    pack = get_pack(language)
    return Analyzer(pack, make_nlp(pack))


def analyze(text: str, *, language: str | None = None) -> Report:
    """Analyse one article: the language is detected unless given."""
    _check_text(text)
    if language is None:
        from .langdetect import detect

        if not text.strip():
            raise InputError("the input is empty: there is no text to analyse")
        language = detect(text, SUPPORTED)
    return load(language).analyze(text)
