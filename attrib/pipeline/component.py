"""attrib's spaCy components.

- ``attrib_paragraphs``: a line break always ends a sentence (headlines, paragraphs).
- ``attrib_sentences``: spaCy's sentencizer and ``attrib_paragraphs`` in one pass.
- ``attrib``: the whole analysis as a component: ``nlp.add_pipe("attrib")``, then
  ``doc._.attrib`` is the Report. Its config names the language (default ``nlp.lang``) and
  words to add to the pack's lists (see :class:`AttribComponent`); :func:`attrib.nlp` builds
  a ready pipeline.
"""
from __future__ import annotations

from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("attrib"):
    Doc.set_extension("attrib", default=None)


# more tokens than any real sentence has (news sentences rarely pass 100)
MAX_SENTENCE_TOKENS = 400


@Language.component("attrib_paragraphs", assigns=["token.is_sent_start"])
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


@Language.factory("attrib_sentences", assigns=["token.is_sent_start"],
                  default_config={"punct_chars": None})
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
                # to_array gives -1 ("not a start", set by an earlier sentencizer) as 2**64 - 1
                starts[i] = g if g < 1 << 63 else g - (1 << 64)
        # as attrib_paragraphs: a token after a line break starts a sentence (not a whitespace
        # token), and a sentence is cut after MAX_SENTENCE_TOKENS tokens with no full stop
        for i in _paragraph_cuts(orths, spaces, starts, doc.vocab.strings):
            starts[i] = 1
        # (uint64, as from_array wants: -1, "no sentence start", wraps round and back)
        doc.from_array([SENT_START], numpy.asarray(starts, dtype="int64").astype("uint64").reshape(-1, 1))
        return doc


class AttribComponent:
    """Runs attrib on each Doc and stores the Report in ``doc._.attrib``.

    Config (``nlp.add_pipe("attrib", config={...})``):

    - ``language``: the pack's code ("en", "id", "ms"); default: ``nlp.lang``.
    - ``words``: words to add to the pack's lists, by list name, as SpanRuler takes patterns:
      an outlet's own cue words, the organisations it covers. The names are the fields of
      :class:`attrib.lang.LangPack` (``speech_verbs``, ``media_names``, ``org_name_words``,
      ``roles`` …) or ``PART.FIELD`` for the lists of a pack's parts (``tokens.quote_cues``,
      ``discourse.postposed_cues``; ``extra.FIELD``, the older name, still works). The
      extended pack is checked like any pack (:class:`attrib.lang.PackError` on a bad entry).
      ``add_words`` does the same after the component is made; the words are saved with the
      pipeline (``nlp.to_disk``).

    Sentences: a Doc with no parse gets attrib's own sentence boundaries (spaCy's sentencizer,
    then a cut after every line break), so ``spacy.blank("id")`` + ``add_pipe("attrib")`` works
    and gives the claims :func:`attrib.analyze` gives. A parsed Doc keeps the parser's: put
    ``attrib_paragraphs`` first (as :func:`attrib.nlp` does) so the parser sees paragraphs.
    """

    def __init__(self, nlp: Language, name: str, language: str | None = None,
                 words: dict[str, list[str]] | None = None):
        import re

        from ..lang import get_pack

        self.name = name
        self.language = (language or nlp.lang).strip().lower()
        self.base = get_pack(self.language)
        self.words: dict[str, list[str]] = {}
        self.pack = self.base
        self._boilerplate = [re.compile(p, re.I) for p in self.base.boilerplate]
        self._sentences = Sentences(nlp)
        # attrib_sentences earlier in the pipeline (attrib.nlp) has already set them
        self._own_sentences = "attrib_sentences" not in nlp.pipe_names
        self._warned = False
        if words:
            self.add_words(words)

    def add_words(self, words: dict[str, list[str]]) -> None:
        """Add words to the pack's lists (see the class docstring), e.g.
        ``{"speech_verbs": ["berkicau"], "media_names": ["Harian Pagi"]}``."""
        import re

        from ..lang.base import extend

        merged = {k: list(v) for k, v in self.words.items()}
        for key, new in words.items():
            merged.setdefault(key, [])
            merged[key] += [w for w in ([new] if isinstance(new, str) else new) if w not in merged[key]]
        self.pack = extend(self.base, merged)  # raises PackError before anything changes
        self.words = merged
        self._boilerplate = [re.compile(p, re.I) for p in self.pack.boilerplate]

    def __call__(self, doc: Doc) -> Doc:
        from ..build import build_report

        if self._own_sentences and not doc.has_annotation("DEP"):
            # no parser: attrib's sentences (the sentencizer's, cut at line breaks), whatever
            # set them before
            self._sentences(doc)
        elif not self._warned and not _paragraphs_first(doc):
            import logging

            logging.getLogger(__name__).warning(
                "the parser ran without attrib_paragraphs before it: a heading may run into its "
                "paragraph; use attrib.nlp(%r) or nlp.add_pipe('attrib_paragraphs', first=True)",
                self.language)
            self._warned = True
        doc._.attrib = build_report(doc, self.pack, self._boilerplate)
        return doc

    # --- serialisation: the added words travel with the pipeline ---------------------------
    def to_bytes(self, *, exclude=()) -> bytes:
        import srsly

        return srsly.json_dumps({"words": self.words}).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude=()) -> "AttribComponent":
        import srsly

        words = srsly.json_loads(data.decode("utf-8")).get("words") or {}
        self.words = {}
        self.pack = self.base
        if words:
            self.add_words(words)
        return self

    def to_disk(self, path, *, exclude=()) -> None:
        from pathlib import Path

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "words.json").write_bytes(self.to_bytes())

    def from_disk(self, path, *, exclude=()) -> "AttribComponent":
        from pathlib import Path

        f = Path(path) / "words.json"
        return self.from_bytes(f.read_bytes()) if f.exists() else self


def _paragraphs_first(doc: Doc) -> bool:
    """Whether the Doc's sentences respect its line breaks (attrib_paragraphs ran before the
    parser): every token after a line break starts a sentence."""
    orths, spaces, starts = doc.to_array([ORTH, IS_SPACE, SENT_START]).T.tolist()
    cuts = _paragraph_cuts(orths, spaces, [1 if s == 1 else 0 for s in starts], doc.vocab.strings)
    return all(starts[i] == 1 for i in cuts)


@Language.factory(
    "attrib",
    assigns=["doc._.attrib", "token.is_sent_start"],
    requires=[],
    default_config={"language": None, "words": {}},
)
def make_attrib(nlp: Language, name: str, language: str | None,
                words: dict[str, list[str]]) -> AttribComponent:
    """attrib as a spaCy component: ``nlp.add_pipe("attrib", config={"language": "id",
    "words": {"media_names": ["Harian Pagi"]}})``; the Report is ``doc._.attrib``."""
    return AttribComponent(nlp, name, language, words)
