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

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.pipeline import EntityRecognizer
    from spacy.tokens import Doc

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
    either side give the model the context it reads); ``doc.ents`` elsewhere stay empty."""

    def __init__(self, nlp: Language, cues: Iterable[str]):
        self.ner = load_ner(nlp)
        self.keys = {nlp.vocab.strings.add(w) for w in (*cues, *QUOTE_MARKS)}

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Doc, Span

        from spacy.attrs import ORTH

        windows = self.windows(doc)
        if not windows:
            return doc
        orths = doc.to_array(ORTH).tolist()
        strings = doc.vocab.strings
        # (a new Doc of the window's words: Span.as_doc copies every attribute and vector)
        subs = (Doc(doc.vocab, words=[strings[o] for o in orths[a:b]]) for a, b in windows)
        ents = []
        for (a, _), sub in zip(windows, self.ner.pipe(subs, batch_size=256)):
            ents.extend(Span(doc, a + e.start, a + e.end, label=e.label) for e in sub.ents)
        doc.ents = ents
        return doc

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """The token ranges the model reads."""
        from spacy.attrs import IS_TITLE, IS_UPPER, LOWER, SENT_START

        if not len(doc):
            return []
        lowers, starts, titles, uppers = doc.to_array([LOWER, SENT_START, IS_TITLE, IS_UPPER]).T.tolist()
        bounds = [i for i, s in enumerate(starts) if s == 1 or i == 0] + [len(doc)]
        out: list[tuple[int, int]] = []
        for a, b in zip(bounds, bounds[1:]):
            if self.keys.isdisjoint(lowers[a:b]):
                continue
            caps = [titles[i] or uppers[i] for i in range(a, b)]
            for i in range(a, b - 1):
                # two capitalised words in a row: a name of more than one word may be there
                # (a lone one is left to the rules, which judge it by its context)
                if caps[i - a] and caps[i + 1 - a]:
                    lo, hi = max(a, i - REACH), min(b, i + 1 + REACH + 1)
                    if out and lo <= out[-1][1] and out[-1][0] >= a:
                        out[-1] = (out[-1][0], hi)
                    else:
                        out.append((lo, hi))
        return out


# tokens of context either side of a capitalised word: the model's tok2vec sees two tokens
# either side (two CNN layers of window 1), its transitions the tokens next to the entity
REACH = 4
