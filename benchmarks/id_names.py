"""PER/ORG/LOC precision, recall and F1 of attrib's Indonesian name finding on idner-news-2k.

usage: .venv/bin/python benchmarks/id_names.py [--split test] [--data DIR] [--limit N]

Rows per label, each sentence given as its tokens joined by spaces, entities matched exactly
by character span:
- ``model``: the shipped NER alone, on the corpus's own tokens;
- ``attrib``: the names attrib reads a mention's name from (``resolve.statistical_names``):
  its tokenizer, the NER, the naming conventions and the trimming of ``lang/id/names.py``; the
  NER over every sentence (in attrib's pipeline it reads only the sentences with a cue word or
  a quotation mark, where sources are named: ``attrib-cue`` is that, which most of the
  corpus's sentences are not);
- ``persons`` (PER): ``resolve.person_names``, the persons "-nya" and "dia" may refer to (the
  names of the pack's name finder, ``lang/id/namefinder.py``, widened by the NER's; names
  inside quotations included).
``ATTRIB_NER=0`` measures the rules alone.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
DATA = ROOT.parent / "shared" / "data" / "idner-news-2k"
LABELS = ("PER", "ORG", "LOC")


def gold_spans(words: list[str], tags: list[str]) -> tuple[str, set[tuple[int, int, str]]]:
    """The sentence's text (tokens joined by spaces) and its entities as character spans."""
    from spacy.training import iob_to_biluo

    starts, pos = [], 0
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    spans, begin = set(), None
    for i, tag in enumerate(iob_to_biluo(tags)):
        if tag[:1] in "BU":
            begin = i
        if tag[:1] in "LU":
            spans.add((starts[begin], starts[i] + len(words[i]), tag[2:]))
    return " ".join(words), spans


def prf(pred: set, gold: set) -> tuple[float, float, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return 100 * p, 100 * r, 100 * (2 * p * r / (p + r) if p + r else 0.0)


def load_everywhere():  # noqa: ANN201  a spaCy Language
    """attrib's Indonesian pipeline with the NER over every token."""
    from attrib.analyzer import make_nlp
    from attrib.lang import get_pack
    from attrib.lang.id.ner import add_ner

    nlp = make_nlp(get_pack("id"))
    if "ner" in nlp.pipe_names:
        nlp.remove_pipe("ner")
    add_ner(nlp)
    return nlp


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)

    import spacy
    from spacy.tokens import Doc
    from train_id_ner import read_conll

    from attrib.analyzer import load
    from attrib.lang.id.ner import add_ner
    from attrib.pipeline import extract
    from attrib.resolve import person_names, statistical_names

    sentences = read_conll(args.data / f"{args.split}.txt")
    if args.limit:
        sentences = sentences[:args.limit]
    bare = spacy.blank("xx")
    add_ner(bare)
    analyzer = load("id")
    everywhere = load_everywhere()
    model, attrib, attrib_cue, persons_found, gold = set(), set(), set(), set(), set()
    for k, (words, tags) in enumerate(sentences):
        text, spans = gold_spans(words, tags)
        gold |= {(k, *s) for s in spans}
        starts = [0]
        for w in words[:-1]:
            starts.append(starts[-1] + len(w) + 1)
        doc = bare.get_pipe("ner")(Doc(bare.vocab, words=words))
        model |= {(k, starts[e.start], starts[e.start] + len(e.text), e.label_) for e in doc.ents}
        doc = analyzer.nlp(text)
        ext = extract(doc, analyzer.pack, [], text)
        attrib_cue |= {(k, a, b, lab) for a, b, lab in statistical_names(text, analyzer.pack, ext)}
        doc = everywhere(text)
        ext = extract(doc, analyzer.pack, [], text)
        names = statistical_names(text, analyzer.pack, ext)
        # (names inside quotations count too: the corpus marks them)
        persons = person_names(text, analyzer.pack, ext.entities, [], frozenset(), names)
        persons_found |= {(k, a, b, "PER") for a, b in persons}
        attrib |= {(k, a, b, lab) for a, b, lab in names}
    for lab in LABELS:
        g = {x for x in gold if x[3] == lab}
        rows = (("model", model), ("attrib", attrib), ("attrib-cue", attrib_cue)) + ((("persons", persons_found),) if lab == "PER" else ())
        for row, pred in rows:
            p, r, f = prf({x for x in pred if x[3] == lab}, g)
            print(f"  {lab}  {row:10}  P {p:5.1f}  R {r:5.1f}  F1 {f:5.1f}  (gold {len(g)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
