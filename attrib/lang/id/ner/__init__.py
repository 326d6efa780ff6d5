"""attrib's Indonesian named-entity recogniser (PER, ORG, LOC), trained on idner-news-2k.

The folder holds one spaCy ``ner`` component (its own small tok2vec inside): ``config.cfg``
(the component's config), ``cfg``, ``moves`` and ``model`` (its weights), ``scores.json`` (its
figures on the corpus's test split), the corpus's ``LICENSE`` (MIT) and ``MODEL-CARD.md``.
:func:`load_ner` builds the component from that config and loads the weights, so the pipeline
keeps attrib's own tokenizer and nothing else of spaCy's is loaded. Retrain with
``scripts/train_id_ner.py``.

In attrib's pipeline it runs as ``attrib_ner`` (:class:`SentenceNER`): only on the sentences
that hold a cue word or a quotation mark, where sources are named; there, the
stretches around runs of capitalised words.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from spacy.pipeline import EntityRecognizer

HERE = Path(__file__).resolve().parent
# what loading needs; the rest of the folder is documentation
FILES = ("config.cfg", "cfg", "moves", "model")
LABELS = ("PER", "ORG", "LOC")
# quotation marks: a sentence holding one may name its speaker
QUOTE_MARKS = ('"', "“", "”", "„", "«", "»", "‘", "’", "'")


def load_ner(nlp: Language, name: str = "ner") -> EntityRecognizer:
    """The shipped NER as a component of ``nlp`` (not added to its pipeline)."""
    from spacy.util import load_config

    config = dict(load_config(HERE / "config.cfg", interpolate=True)["ner"])
    factory = config.pop("factory")
    ner = nlp.create_pipe(factory, name=name, config=config)
    ner.from_disk(HERE, exclude=["vocab"])
    return ner


def add_ner(nlp: Language, name: str = "ner", **where: object) -> EntityRecognizer:
    """Add the shipped NER to ``nlp``, run on every token (``where``: ``before``/``after``/…)."""
    from spacy.util import load_config

    config = dict(load_config(HERE / "config.cfg", interpolate=True)["ner"])
    factory = config.pop("factory")
    ner = nlp.add_pipe(factory, name=name, config=config, **where)
    ner.from_disk(HERE, exclude=["vocab"])
    return ner


@Language.factory("attrib_ner", default_config={"cues": []}, assigns=["doc.ents"],
                  requires=["token.is_sent_start"])
def make_sentence_ner(nlp: Language, name: str, cues: list[str]) -> SentenceNER:
    return SentenceNER(nlp, cues)


class SentenceNER:
    """The shipped NER over the sentences that hold a cue word (``cues``, lower case: "kata",
    "menurut", "ujarnya") or a quotation mark, and there over the stretches around two or more
    capitalised words in a row (where a name of several words can be; :data:`REACH` tokens
    either side give the model the context it reads); ``doc.ents`` elsewhere stay empty.

    The stretches of a whole batch of Docs go through the model in one call (``pipe``, which
    ``nlp.pipe`` uses), so a stream pays the model's fixed cost per call once per batch, not
    once per Doc (``analyze_many``: about a tenth less time in the NER). Each stretch is read as a Doc of its own, so what the model finds in one does not depend
    on the others batched with it.
    """

    def __init__(self, nlp: Language, cues: Iterable[str]):
        self.ner = load_ner(nlp)
        self.keys = {nlp.vocab.strings.add(w) for w in (*cues, *QUOTE_MARKS)}
        # the same keys as an array, for testing every token of a Doc at once
        self._key_array = numpy.fromiter(sorted(self.keys), dtype="uint64", count=len(self.keys))

    def __call__(self, doc: Doc) -> Doc:
        self._recognise([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """The Docs of a stream, their stretches read by the model a batch of Docs at a time."""
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            self._recognise(batch)
            yield from batch

    def _recognise(self, docs: list[Doc]) -> None:
        """Set ``doc.ents`` of each Doc that has a stretch to read, from one run of the model."""
        windows = [self.windows(doc) for doc in docs]
        subs = [sub for doc, spans in zip(docs, windows) for sub in _window_docs(doc, spans)]
        if not subs:
            return
        # the model's steps, as EntityRecognizer.pipe runs them on one batch
        self.ner.set_annotations(subs, self.ner.predict(subs))
        found = iter(subs)
        for doc, spans in zip(docs, windows):
            if spans:
                doc.ents = [Span(doc, a + e.start, a + e.end, label=e.label)
                            for a, _ in spans for e in next(found).ents]

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """The token ranges the model reads: around each pair of capitalised words in a row
        in a sentence that holds a key word, merged where they meet within the sentence."""
        from spacy.attrs import IS_TITLE, IS_UPPER, LOWER, SENT_START

        if not len(doc):
            return []
        columns = doc.to_array([LOWER, SENT_START, IS_TITLE, IS_UPPER])
        starts = columns[:, 1] == 1
        starts[0] = True
        sentence = numpy.cumsum(starts) - 1  # each token's sentence, numbered from 0
        bounds = numpy.append(numpy.flatnonzero(starts), len(doc)).tolist()
        # a sentence holding a cue word or a quotation mark: one that may name a source
        cued = numpy.zeros(len(bounds) - 1, dtype=bool)
        cued[sentence[_members(columns[:, 0], self._key_array)]] = True
        caps = (columns[:, 2] != 0) | (columns[:, 3] != 0)
        # two capitalised words in a row: a name of more than one word may be there
        # (a lone one is left to the rules, which judge it by its context)
        pairs = caps[:-1] & caps[1:] & (sentence[:-1] == sentence[1:]) & cued[sentence[:-1]]
        out: list[tuple[int, int]] = []
        for i, k in zip(numpy.flatnonzero(pairs).tolist(), sentence[:-1][pairs].tolist()):
            a, b = bounds[k], bounds[k + 1]
            lo, hi = max(a, i - REACH), min(b, i + 1 + REACH + 1)
            if out and lo <= out[-1][1] and out[-1][0] >= a:
                out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
        return out


def _members(values: numpy.ndarray, keys: numpy.ndarray) -> numpy.ndarray:
    """Which of ``values`` are among ``keys`` (sorted, not empty): a token whose lower-case form
    is a cue word or a quotation mark. ``numpy.isin`` gives the same, but its first call
    imports ``numpy.ma`` (a cold start's cost) and it sorts the keys again on every Doc."""
    at = numpy.minimum(numpy.searchsorted(keys, values), len(keys) - 1)
    return keys[at] == values


def _window_docs(doc: Doc, windows: list[tuple[int, int]]) -> list[Doc]:
    """Each window's words as a new Doc (Span.as_doc would copy every attribute and vector)."""
    from spacy.attrs import ORTH

    if not windows:
        return []
    orths = doc.to_array(ORTH).tolist()
    strings = doc.vocab.strings
    return [Doc(doc.vocab, words=[strings[o] for o in orths[a:b]]) for a, b in windows]


# tokens of context either side of a capitalised word: the model's tok2vec sees two tokens
# either side (two CNN layers of window 1), its transitions the tokens next to the entity
REACH = 4
