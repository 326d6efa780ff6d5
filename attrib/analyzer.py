"""The analyzer: a language pack wired to its spaCy pipeline, from text to Report.

    text ──nlp──▶ Doc ──extract──▶ Extraction ──resolve──▶ sources
         ──assemble──▶ claims ──assess──▶ flags ──▶ Report
"""
from __future__ import annotations

import importlib
import os
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

    def analyze(self, text: str, *, ui_language: str | None = None) -> Report:
        """Analyse one article's text (``ui_language``: of the flags' explanations, default the
        article's)."""
        return next(self.analyze_many([text], batch_size=1, ui_language=ui_language))

    def analyze_many(self, texts: Iterable[str], *, batch_size: int = 16,
                     ui_language: str | None = None) -> Iterator[Report]:
        """Analyse many texts, streaming them through ``nlp.pipe``; yields one Report each.

        A text longer than :data:`PIECE_CHARS` is parsed in pieces joined back into one Doc
        (see :func:`split_pieces`), so time and memory stay linear in its length.
        """
        def pieces() -> Iterator[tuple[str, str | None]]:
            for text in texts:
                # a blank pipeline (tokenizer, sentencizer) is linear: no pieces to join below its
                # limit (the Indonesian NER reads short stretches of sentences one at a time)
                size = PIECE_CHARS if self.pack.models else self.nlp.max_length
                text = _check_text(text)
                parts = split_pieces(text, size)
                for k, part in enumerate(parts):
                    # the whole text rides with its last piece: Doc.text would rebuild it token by token
                    yield part, (text if k == len(parts) - 1 else None)

        docs: list[Doc] = []
        for doc, text in self.nlp.pipe(pieces(), batch_size=batch_size, as_tuples=True):
            docs.append(doc)
            if text is not None:
                yield self.report(docs[0] if len(docs) == 1 else _join(docs), text, ui_language=ui_language)
                docs = []

    def report(self, doc: Doc, text: str | None = None, *, ui_language: str | None = None) -> Report:
        """The Report of a Doc this analyzer's pipeline (or a compatible one) has processed
        (``text``: the Doc's text, when the caller has it at hand; ``ui_language``: the
        language of the flags' explanations, default the article's)."""
        from .build import build_report
        from .lang.messages import using

        with using(ui_language or self.pack.code):
            return build_report(doc, self.pack, self._boilerplate, text)


# a lone surrogate (half of a UTF-16 pair, e.g. from a JSON "\\ud800" escape) is no character:
# no encoder takes it, spaCy included
_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_text(text: str) -> str:
    """``text`` as analysed: lone surrogates become U+FFFD (one character each, so every
    offset stays the same), as damaged bytes do when a file is read."""
    if not isinstance(text, str):
        raise InputError(f"attrib analyses text (str), not {type(text).__name__}")
    return _SURROGATE.sub("\ufffd", text)


# spaCy's trained pipelines slow down more than linearly on one very long Doc (and refuse
# texts over nlp.max_length, 1,000,000 characters): longer texts are parsed in pieces
PIECE_CHARS = 50_000


def split_pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``size`` characters; they join back to it.

    A piece ends at a paragraph break where there is one in its second half, else at a line
    break, else after a space; a text with no break at all ("a 1 MB word") is cut anywhere.
    """
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        for sep in ("\n\n", "\n", " "):
            cut = text.rfind(sep, start + size // 2, end)
            if cut >= 0:
                end = cut + len(sep)
                break
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


def _join(docs: list[Doc]) -> Doc:
    """Pieces parsed separately, as one Doc over their joined text (offsets unchanged)."""
    from spacy.tokens import Doc

    return Doc.from_docs(docs, ensure_whitespace=False)


def make_nlp(pack: LangPack) -> Language:
    """The spaCy pipeline for a pack: its trained package, or a blank tokenizer + sentence splitter."""
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
        from .pipeline.tokenizer import caching_copy

        # the package's tokenizer, with a chunk cache that keeps working after a special case
        nlp.tokenizer = caching_copy(nlp.tokenizer)
        nlp.add_pipe("attrib_paragraphs", first=True)
    else:
        from .pipeline.tokenizer import lazy_tokenizer_config

        # spaCy's own tokenizer, its ~16k hyphenated exceptions loaded as texts need them
        nlp = spacy.blank(pack.code, config=lazy_tokenizer_config())
        # the sentencizer and attrib_paragraphs in one pass over integer columns
        nlp.add_pipe("attrib_sentences")
        if pack.ner and os.environ.get("ATTRIB_NER", "1") != "0":
            # a statistical NER shipped in the package, over the sentences that hold a cue word
            # or a quotation mark (``ATTRIB_NER=0`` leaves the names to the rules)
            importlib.import_module(pack.ner)  # registers its factory
            nlp.add_pipe("attrib_ner", name="ner", config={"cues": sorted(_cue_words(pack))})
    return nlp


def _cue_words(pack: LangPack) -> set[str]:
    """The words that make a sentence one that may name a source ("kata", "menurut",
    "ujarnya", "dilansir"): the pack's cues, one word each (a phrase's first)."""
    words = pack.speech_verbs | pack.belief_verbs | pack.embedded_source_cues | pack.reporting_forms
    for listed in (pack.discourse.postposed_cues, pack.discourse.according_to,
                   pack.tokens.quote_cues, pack.discourse.citation_cues):
        words = words | listed
    return {w.split()[0] for w in words if w.strip()}


@lru_cache(maxsize=None)
def load(language: str) -> Analyzer:
    """A reusable analyzer for a language code ("en", "id"); loaded once per process."""
    pack = get_pack(language)
    return Analyzer(pack, make_nlp(pack))


def analyze(text: str, *, language: str | None = None, ui_language: str | None = None) -> Report:
    """Analyse one article: the language is detected unless given; the flags' explanations are
    in ``ui_language`` (default: the article's language; English if it has no catalogue)."""
    _check_text(text)
    if language is None:
        from .langdetect import detect

        if not text.strip():
            raise InputError("the input is empty: there is no text to analyse")
        language = detect(text, SUPPORTED)
    return load(language).analyze(text, ui_language=ui_language)
