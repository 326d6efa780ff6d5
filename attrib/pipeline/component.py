"""attrib's spaCy components.

- ``attrib_paragraphs``: a line break always ends a sentence (headlines, paragraphs).
- ``attrib``: the whole analysis as a component: ``nlp.add_pipe("attrib")``, then
  ``doc._.attrib`` is the Report. It picks the language pack from ``nlp.lang``.
"""
from __future__ import annotations

from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("attrib"):
    Doc.set_extension("attrib", default=None)


# more tokens than any real sentence has (news sentences rarely pass 100)
MAX_SENTENCE_TOKENS = 400


@Language.component("attrib_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break; a whitespace token never starts one."""
    if len(doc) < 2:
        return doc
    # read the token attributes as arrays: a Token object per token would cost more than the rest
    orths, spaces, starts = doc.to_array([ORTH, IS_SPACE, SENT_START]).T.tolist()
    for i in _paragraph_cuts(orths, spaces, starts, doc.vocab.strings):
        doc[i].is_sent_start = True
    return doc


def _paragraph_cuts(orths: list[int], spaces: list[int], starts: list[int], strings) -> list[int]:
    """The tokens that must start a sentence: the first after a line break (not a whitespace
    token), and one every :data:`MAX_SENTENCE_TOKENS` tokens of a sentence with no full stop
    (``starts``: the sentence starts so far, 1 for a start)."""
    # a token's trailing whitespace is " " or nothing, so a line break is inside a whitespace
    # token's text (the tokenizer splits at whitespace)
    breaks = {o for o in {o for o, sp in zip(orths, spaces) if sp} if "\n" in strings[o]}
    cuts = []
    run = 0  # tokens since the last sentence start
    for i in range(1, len(orths)):
        if orths[i - 1] in breaks and not spaces[i]:
            cuts.append(i)
            run = 0
        elif starts[i] == 1:
            run = 0
        else:
            run += 1
            # "word word word …" with no full stop: cut it, so the parse and the rules over
            # one sentence stay bounded and the whole stays linear in the text's length
            if run >= MAX_SENTENCE_TOKENS and not spaces[i]:
                cuts.append(i)
                run = 0
    return cuts


@Language.factory("attrib_sentences", default_config={"punct_chars": None})
def make_sentences(nlp: Language, name: str, punct_chars: list[str] | None) -> "Sentences":
    return Sentences(nlp, punct_chars)


class Sentences:
    """spaCy's ``sentencizer`` and ``attrib_paragraphs`` in one pass over the token columns.

    The sentences are exactly the sentencizer's (same punctuation, same rule: a sentence ends
    after a run of sentence-final punctuation, before the next token that is not punctuation),
    then cut at line breaks and capped at :data:`MAX_SENTENCE_TOKENS` as in
    :func:`paragraphs`. The sentencizer reads a Token object per token, which cost as much as
    tokenizing the text; integers from ``Doc.to_array`` cost a tenth of that. For pipelines
    without a parser (Indonesian); ``tests/test_api.py`` checks the sentences against the two
    components on the dev articles.
    """

    def __init__(self, nlp: Language, punct_chars: list[str] | None = None):
        from spacy.pipeline import Sentencizer

        chars = punct_chars or Sentencizer.default_punct_chars
        self.punct_chars = list(chars)
        self._punct = {nlp.vocab.strings.add(c) for c in chars}

    def __call__(self, doc: Doc) -> Doc:
        import numpy

        n = len(doc)
        if n == 0:
            return doc
        orths, is_punct, spaces, given = doc.to_array([ORTH, IS_PUNCT, IS_SPACE, SENT_START]).T.tolist()
        punct = self._punct
        starts = [-1] * n
        starts[0] = 1
        # spaCy's sentencizer: after sentence-final punctuation ("." "!" "?" "。" …), the next
        # token that is neither punctuation nor one of those starts a sentence
        start, seen_period = 0, False
        for i in range(n):
            in_chars = orths[i] in punct
            if seen_period and not is_punct[i] and not in_chars:
                starts[start] = 1
                start, seen_period = i, False
            elif in_chars:
                seen_period = True
        starts[start] = 1
        # what the tokenizer or an earlier component set stays (the sentencizer fills in only
        # the unset tokens)
        for i, g in enumerate(given):
            if g:
                starts[i] = g
        # as attrib_paragraphs: a token after a line break starts a sentence (not a whitespace
        # token), and a sentence is cut after MAX_SENTENCE_TOKENS tokens with no full stop
        for i in _paragraph_cuts(orths, spaces, starts, doc.vocab.strings):
            starts[i] = 1
        # (uint64, as from_array wants: -1, "no sentence start", wraps round and back)
        doc.from_array([SENT_START], numpy.asarray(starts, dtype="int64").astype("uint64").reshape(-1, 1))
        return doc


class AttribComponent:
    """Runs attrib on each Doc and stores the Report in ``doc._.attrib``."""

    def __init__(self, nlp: Language, name: str, language: str | None):
        from ..lang import get_pack

        self.name = name
        self.pack = get_pack(language or nlp.lang)
        import re

        self._boilerplate = [re.compile(p, re.I) for p in self.pack.boilerplate]

    def __call__(self, doc: Doc) -> Doc:
        from ..build import build_report

        doc._.attrib = build_report(doc, self.pack, self._boilerplate)
        return doc


@Language.factory("attrib", default_config={"language": None})
def make_attrib(nlp: Language, name: str, language: str | None) -> AttribComponent:
    return AttribComponent(nlp, name, language)
