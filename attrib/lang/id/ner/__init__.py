"""attrib's Indonesian named-entity recogniser (PER, ORG, LOC), trained on idner-news-2k.

The folder holds one spaCy ``ner`` component (its own small tok2vec inside): ``config.cfg``
(the component's config), ``cfg``, ``moves`` and ``model`` (its weights), ``scores.json`` (its
figures on the corpus's test split), the corpus's ``LICENSE`` (MIT) and ``MODEL-CARD.md``.
:func:`add_ner` builds the component in a pipeline from that config and loads the weights,
so the pipeline keeps attrib's own tokenizer and nothing else of spaCy's is loaded.
Retrain with ``scripts/train_id_ner.py``.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import EntityRecognizer

HERE = Path(__file__).resolve().parent
# what loading needs; the rest of the folder is documentation
FILES = ("config.cfg", "cfg", "moves", "model")
LABELS = ("PER", "ORG", "LOC")


def add_ner(nlp: Language, name: str = "ner", **where: object) -> EntityRecognizer:
    """Add the shipped NER to ``nlp`` (``where``: ``before``/``after``/``first``/``last``)."""
    from spacy.util import load_config

    config = dict(load_config(HERE / "config.cfg", interpolate=True)["ner"])
    factory = config.pop("factory")
    ner = nlp.add_pipe(factory, name=name, config=config, **where)
    ner.from_disk(HERE, exclude=["vocab"])
    return ner
