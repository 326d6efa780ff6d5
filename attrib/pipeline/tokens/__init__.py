"""The token-pattern strategy: attribution by token patterns, for languages without a trained
parser (Indonesian, Malay). A pack selects it with ``strategy="tokens"``.

Works on the tokenizer's tokens (as offset arrays: no Token objects are made) and the pack's
word lists only, compiled once per pack (:mod:`.data`). Constructions, each handled by one
method of :class:`~.constructions.Rules`:

- ``“…,” kata X.`` / ``“…,” ujarnya.`` / ``“…,” kata X, “…”``  cue after a closing quote
  (``quote_then_cue``)
- ``X mengatakan, “…”`` / ``X mengatakan: “…”``  cue before an opening quote (``cue_then_quote``)
- ``Y, kata X.`` / ``Y, ujarnya.`` / ``Y1, kata X, Y2.``  cue after a comma, post-posed or
  interposed (``comma_cue``)
- ``Menurut X, Y`` / ``Y, menurut X.`` / ``Menurutnya, Y`` / ``Y menurut X Y``
  (``according_to``)
- ``X mengatakan (bahwa) Y`` / ``X membantah Y`` / ``X melaporkan bahwa Y``  pre-posed
  reporting verb; ``Data BPS menunjukkan Y`` a document verb after a document noun
  (``preposed_verb``)
- ``Kabar itu dibantah X`` / ``Proyek itu dinilai X …`` / ``Hal itu disampaikan X``  passive
  verbs with their agent (:mod:`.passives`)

Modules: :mod:`.view` (the Doc's tokens and look-arounds), :mod:`.phrases` (source noun
phrases after a cue, ``source_after``), :mod:`.subjects` (subjects before a verb, back to the
clause's start, without adverbials and adjuncts, ``subject_before``), :mod:`.passives`,
:mod:`.constructions` (the rest, and the pass). Every step is a bounded look-around or a
bisection, so a Doc is processed in linear time.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .constructions import Rules

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ...ingest import Block
    from ...lang.base import LangPack
    from ..found import Found, Offsets
    from ..quotes import Quote

__all__ = ["find", "Rules"]


def find(doc: Doc, pack: LangPack, sentences: list[Offsets], quotes: list[Quote],
         blocks: list[Block], text: str | None = None) -> list[Found]:
    """Every attribution the pack's token patterns find in the Doc (``text``: ``doc.text`` when
    the caller has it already; ``Doc.text`` joins every token, so it is worth passing)."""
    return Rules(doc, pack, sentences, quotes, doc.text if text is None else text).run()
