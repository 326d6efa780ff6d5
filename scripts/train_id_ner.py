"""Train attrib's Indonesian NER (PER, ORG, LOC) on idner-news-2k and ship it in the package.

    .venv/bin/python scripts/train_id_ner.py                  # ../shared/data/idner-news-2k → attrib/lang/id/ner/
    .venv/bin/python scripts/train_id_ner.py --check          # validate the config only (seconds)

Steps: the corpus's CoNLL files (token, UPOS, IOB tag; sentences split by blank lines) become
DocBins in ``--work``; spaCy trains ``configs/id_ner.cfg`` (a lone ``ner`` with its own tok2vec,
fixed seed) on train.txt, choosing the best step on dev.txt; the best model is scored on
test.txt (P/R/F per type) and its ``ner`` component alone (weights, moves, cfg) is written to
``--out`` with the component's config and ``scores.json``. attrib builds the component from that
config and loads the weights (``attrib/lang/id/ner/__init__.py``), so nothing of spaCy's
Indonesian tokenizer or vocabulary is shipped. The corpus is MIT-licensed (Khairunnisa,
Imankulova & Komachi, AACL-SRW 2020); its LICENSE is copied beside the model.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "idner-news-2k"
CONFIG = ROOT / "configs" / "id_ner.cfg"
OUT = ROOT / "attrib" / "lang" / "id" / "ner"
WORK = ROOT / "build" / "id-ner"
SPLITS = ("train", "dev", "test")
LABELS = ("PER", "ORG", "LOC")
# postposed cues for the synthetic "…, kata Kepala Biro X Nama Lengkap." sentences
CUES = ("kata", "ujar", "ungkap", "jelas", "tutur")


def entities(sentences, label: str) -> list[list[str]]:
    """The words of every entity of a label in the sentences."""
    out: list[list[str]] = []
    for words, tags in sentences:
        inside = False
        for w, t in zip(words, tags):
            if t == f"B-{label}":
                out.append([w])
            elif t == f"I-{label}" and inside:
                out[-1].append(w)
            inside = t[2:] == label
    return out


def augment(sentences, titles: list[str], n: int, seed: int = 0) -> list[tuple[list[str], list[str]]]:
    """``n`` sentences spliced from the training split's own entities, for the construction that
    2,000 sentences show too rarely: a title, an organisation and a full name in one run of
    capitals ("Kepala Biro Hukum Partai X Nama Tiga Kata mengatakan …", "…, kata Ketua Y Nama").
    Every piece (organisation, name, the sentence around them) is the corpus's; the titles are
    attrib's Indonesian roles. The model learns where the organisation ends and the name begins."""
    rng = random.Random(seed)
    orgs, persons = entities(sentences, "ORG"), entities(sentences, "PER")
    # sentences that open with a person's name: their verb phrase follows a new subject
    openers = [(w[k:], t[k:]) for w, t in sentences if t[0] == "B-PER"
               for k in [next((i for i in range(1, len(t)) if t[i] != "I-PER"), len(t))] if k < len(t)]
    plain = [(w, t) for w, t in sentences if len(w) > 4 and w[-1] == "."]
    out = []
    for i in range(n):
        title = [x.capitalize() for x in rng.choice(titles).split()]
        org, person = rng.choice(orgs), rng.choice(persons)
        run = title + org + person
        tags = ["O"] * len(title) + _iob(org, "ORG") + _iob(person, "PER")
        if i % 2 == 0 or not plain:
            rest, rest_tags = rng.choice(openers)
            out.append((run + rest, tags + rest_tags))
        else:
            words, wtags = rng.choice(plain)
            out.append((words[:-1] + [",", rng.choice(CUES)] + run + ["."], wtags[:-1] + ["O", "O"] + tags + ["O"]))
    return out


def _iob(words: list[str], label: str) -> list[str]:
    return [f"B-{label}"] + [f"I-{label}"] * (len(words) - 1)


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of a CoNLL file as (words, IOB tags); a blank line ends a sentence."""
    sentences: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if not fields:
            if words:
                sentences.append((words, tags))
            words, tags = [], []
            continue
        words.append(fields[0])
        tags.append(fields[-1])
    if words:
        sentences.append((words, tags))
    return sentences


def to_docbin(nlp, sentences):  # noqa: ANN001, ANN201  spaCy objects
    """A DocBin of the sentences, their IOB tags as ``doc.ents``."""
    from spacy.tokens import Doc, DocBin
    from spacy.training import biluo_tags_to_spans, iob_to_biluo

    db = DocBin(store_user_data=False)
    for words, tags in sentences:
        doc = Doc(nlp.vocab, words=words)
        doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(tags))
        db.add(doc)
    return db


def load_config(path: Path = CONFIG):  # noqa: ANN201  a thinc Config
    """The training config, checked by building its pipeline (no training)."""
    import spacy
    from spacy.util import load_config as spacy_load_config

    config = spacy_load_config(path)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    if nlp.pipe_names != ["ner"]:
        raise ValueError(f"{path}: the pipeline must be a lone 'ner', not {nlp.pipe_names}")
    if config["components"]["ner"]["model"]["tok2vec"]["@architectures"] == "spacy.Tok2VecListener.v1":
        raise ValueError(f"{path}: the ner must embed its own tok2vec, not listen to a shared one")
    return config


def score(nlp, sentences) -> dict:  # noqa: ANN001
    """Entity P/R/F (overall and per type) of the pipeline on gold sentences (the gold tokens)."""
    from spacy.tokens import Doc
    from spacy.training import Example

    ner = nlp.get_pipe("ner")
    examples = []
    for words, tags in sentences:
        gold = next(to_docbin(nlp, [(words, tags)]).get_docs(nlp.vocab))
        pred = ner(Doc(nlp.vocab, words=words))
        examples.append(Example(pred, gold))
    scores = ner.score(examples)
    per_type = scores["ents_per_type"]
    return {
        "overall": {k: round(scores[f"ents_{k}"] * 100, 1) for k in ("p", "r", "f")},
        **{lab: {k: round(per_type.get(lab, {}).get(k, 0.0) * 100, 1) for k in ("p", "r", "f")}
           for lab in LABELS},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA, help="idner-news-2k folder (train/dev/test.txt)")
    ap.add_argument("--config", type=Path, default=CONFIG)
    ap.add_argument("--work", type=Path, default=WORK, help="DocBins and spaCy's training output")
    ap.add_argument("--out", type=Path, default=OUT, help="where the shipped component goes")
    ap.add_argument("--augment", type=int, default=0, help="synthetic title+organisation+name sentences")
    ap.add_argument("--check", action="store_true", help="validate the config and data, do not train")
    args = ap.parse_args(argv)

    import spacy
    from spacy.cli.train import train

    config = load_config(args.config)
    for split in SPLITS:
        if not (args.data / f"{split}.txt").is_file():
            print(f"missing {args.data / f'{split}.txt'}", file=sys.stderr)
            return 2
    if args.check:
        print(f"{args.config}: ok")
        return 0

    nlp = spacy.blank("id")
    args.work.mkdir(parents=True, exist_ok=True)
    data = {split: read_conll(args.data / f"{split}.txt") for split in SPLITS}
    from attrib.lang.id import PACK

    titles = sorted(r for r in PACK.roles if r.isalpha() or " " in r)
    train_data = data["train"] + augment(data["train"], titles, args.augment, seed=0)
    to_docbin(nlp, train_data).to_disk(args.work / "train.spacy")
    for split in ("dev", "test"):
        to_docbin(nlp, data[split]).to_disk(args.work / f"{split}.spacy")
    train(args.config, args.work / "model", use_gpu=-1,
          overrides={"paths.train": str(args.work / "train.spacy"), "paths.dev": str(args.work / "dev.spacy")})

    best = spacy.load(args.work / "model" / "model-best")
    figures = {"test": score(best, data["test"]), "dev": score(best, data["dev"]),
               "sentences": {split: len(s) for split, s in data.items()}, "augmented": args.augment}
    if args.out.exists():
        for item in ("model", "moves", "cfg", "config.cfg", "scores.json"):
            target = args.out / item
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
    args.out.mkdir(parents=True, exist_ok=True)
    best.get_pipe("ner").to_disk(args.out, exclude=["vocab"])
    ner_config = spacy.util.load_config(args.config)["components"]["ner"]
    spacy.util.Config({"ner": ner_config}).to_disk(args.out / "config.cfg")
    (args.out / "scores.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    shutil.copyfile(args.data / "LICENSE", args.out / "LICENSE")
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
