"""Brat standoff attribution corpora (PolNeAR's layout): reader and scorer.

A corpus folder holds ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann``; each ``.ann``
has Source / Cue / Content text-bound spans (``T``), possibly discontinuous, joined by
Attribution events (``E``). Scores: source / cue / content spans and (cue, source) relations,
strict (exact text up to edge punctuation; cue: overlap) and loose (word Jaccard ≥ 0.5), over
all annotated attributions and over the speech subset (the cue is a verb of saying or
"according to"). Same definitions as ``shared/bench/polnear.py``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .score import Scorer, check_offsets, dedupe, report_spans

ROLES = ("Source", "Cue", "Content")
SUBSETS = ("all", "speech")

# the speech subset: cues that are verbs of saying, "according to" and a few fixed phrases
SPEECH = re.compile(
    r"^(said|says|say|saying|told|tells|tell|telling|according to|added|adds|asked|asks|wrote|writes|"
    r"stated|states|explained|noted|notes|announced|announces|claimed|claims|argued|argues|insisted|"
    r"reported|reports|declared|replied|responded|confirmed|denied|denies|acknowledged|warned|"
    r"suggested|continued|recalled|tweeted|posted|testified|pointed out|conceded|admitted|quipped|"
    r"shouted|joked|complained|predicted|promised|vowed|boasted|countered|charged|alleged|"
    r"according|per|in a statement|spokesman said|spokeswoman said)$", re.I)


@dataclass
class BratDoc:
    """One article: its text and its attribution relations (hull offsets and annotated text)."""

    doc: str
    text: str
    rels: list[dict[str, Any]] = field(default_factory=list)

    @property
    def n_words(self) -> int:
        return len(self.text.split())


# an annotation line: an id ("T3", "E1", "A2", "#1") and a tab
_ANN_LINE = re.compile(r"[TEARN#]\d*\t")


def parse_ann(path: Path) -> list[dict[str, Any]]:
    """The Attribution events of one ``.ann`` file as role → (start, end) and role_text."""
    spans: dict[str, dict[str, Any]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not _ANN_LINE.match(line):
            continue  # the rest of a span text that holds a line break (a few training files)
        if line.startswith("T"):  # "T3\tContent 115 200;210 290\ttext"
            tid, meta, text = line.split("\t", 2)
            label, offs = meta.split(" ", 1)
            frags = [tuple(map(int, f.split())) for f in offs.split(";")]
            spans[tid] = {"label": label, "frags": frags, "text": text}
        elif line.startswith("E"):  # "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3"
            _, body = line.split("\t", 1)
            events.append(dict(p.split(":", 1) for p in body.split()))
    rels = []
    for parts in events:
        rel: dict[str, Any] = {}
        for role in ROLES:
            t = spans.get(parts.get(role, ""))
            # a discontinuous span counts as its hull, as span scorers in the field do
            rel[role.lower()] = (t["frags"][0][0], t["frags"][-1][1]) if t else None
            rel[role.lower() + "_text"] = t["text"] if t else None
        rels.append(rel)
    return rels


def read_brat(folder: str | Path, limit: int = 0) -> list[BratDoc]:
    """The documents of a brat corpus folder, in file-name order.

    An article annotated by several annotators (``NAME_A.ann``, ``NAME_B.ann``) is read once,
    from its first file. ``limit`` keeps the first N documents (0: all).
    """
    folder = Path(folder)
    docs: list[BratDoc] = []
    seen: set[str] = set()
    for ann in sorted((folder / "attributions").iterdir(), key=lambda p: p.name):
        base = ann.name[:-4].rsplit("_", 1)[0]
        if not ann.name.endswith(".ann") or base in seen:
            continue
        seen.add(base)
        text = (folder / "text" / f"{base}.txt").read_text(encoding="utf-8")
        docs.append(BratDoc(base, text, parse_ann(ann)))
        if limit and len(docs) >= limit:
            break
    return docs


class BratScore:
    """The figures of a brat corpus, document by document, for both subsets."""

    def __init__(self, *, errors: bool = False):
        self.tables = {subset: _scorers(errors and subset == "all") for subset in SUBSETS}
        self.bad_offsets = 0

    def add(self, doc: BratDoc, rep: dict[str, Any]) -> None:
        """Score one document's report (an ``attrib.report/1`` dict)."""
        self.bad_offsets += check_offsets(rep)
        for subset, scorers in self.tables.items():
            gold, pred = _gold(doc, subset), _predicted(doc.text, rep, subset)
            for s in scorers:
                s.add(doc.doc, doc.text, pred[_PART[s.name]], gold[_PART[s.name]])

    def result(self, wps: float) -> dict[str, dict[str, float]]:
        """The figures with the keys of the reference scorer's RESULT line."""
        out = {}
        for subset, scorers in self.tables.items():
            out[subset] = {s.key: s.f1 for s in scorers} | {"bad_offsets": self.bad_offsets,
                                                            "wps": round(wps)}
        return out

    @property
    def errors(self) -> list[dict[str, Any]]:
        return [e for s in self.tables["all"] for e in s.errors]


# element → its index in the (sources, cues, contents, relations) lists
_PART = {"source": 0, "cue": 1, "content": 2, "relation": 3}


def _scorers(errors: bool) -> list[Scorer]:
    """Strict figures (source, cue, content, relation), then loose ones; errors of strict only."""
    return [
        Scorer("source", "exact", errors=errors),
        Scorer("cue", "overlap", errors=errors),
        Scorer("content", "exact", errors=errors),
        Scorer("relation", "exact", pairs=True, errors=errors),
        Scorer("source_loose", "jaccard50"),
        Scorer("content_loose", "jaccard50"),
        Scorer("relation_loose", "jaccard50", pairs=True),
    ]


def _gold(doc: BratDoc, subset: str) -> list[list]:
    """Gold (sources, cues, contents, relations) of a document, for one subset."""
    rels = doc.rels
    if subset == "speech":
        rels = [r for r in rels if r["cue_text"] and SPEECH.match(r["cue_text"].strip())]
    return [
        dedupe([r["source"] for r in rels if r["source"]]),
        dedupe([r["cue"] for r in rels if r["cue"]]),
        dedupe([r["content"] for r in rels if r["content"]]),
        sorted({(r["cue"], r["source"]) for r in rels if r["cue"] and r["source"]}),
    ]


def _predicted(text: str, rep: dict[str, Any], subset: str) -> list[list]:
    """Predicted (sources, cues, contents, relations) of a report, for one subset."""
    p_cue, p_src, p_con, p_rel = report_spans(rep)
    if subset == "speech":  # predictions judged only where the subset can match them
        p_cue = [c for c in p_cue if SPEECH.match(text[c[0]:c[1]].strip())]
        keep = set(p_cue)
        p_rel = [r for r in p_rel if r[0] in keep]
        p_src = dedupe([r[1] for r in p_rel])
        p_con = dedupe([(c["start"], c["end"]) for c in rep.get("claims", [])
                        if any(a.get("cue") and (a["cue"]["start"], a["cue"]["end"]) in keep
                               for a in c.get("attributions") or [])])
    return [p_src, p_cue, p_con, p_rel]
