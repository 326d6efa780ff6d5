"""BILOU-tagged quote corpora (PFSA-ID's format): reader and scorer.

One token per line, tab-separated, the BILOU tag last (``B-STATEMENT``, ``U-CUE``, ``O``);
sentences are separated by blank lines and each article opens with its ISSUE span. The text
given to attrib is the article's tokens joined by single spaces. Labels: PERSON, PERSONCOREF,
ROLE, AFFILIATION, CUE, CUECOREF, STATEMENT (direct quotes only), ISSUE and a few others.

Scores (same definitions as ``shared/bench/pfsa.py``): STATEMENT against the direct/mixed
claims (strict and loose), CUE/CUECOREF against those claims' cues, the source run next to a
CUE against the attributions' mentions (strict and overlap), (cue, source) relations, and
speaker accuracy: for each gold statement with a known speaker, does the claim covering it
resolve to a source that names that person.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .score import Offsets, Scorer, check_offsets, dedupe, overlaps

# labels that make up a speaker's description next to a cue
WHO = {"PERSON", "PERSONCOREF", "ROLE", "AFFILIATION"}

Tagged = tuple[str, int, int]  # (label, start, end) in characters


@dataclass
class BilouDoc:
    """One article: the joined text, its tagged spans (character offsets) and token count."""

    doc: str
    text: str
    spans: list[Tagged]
    n_tokens: int


def read_tokens(path: str | Path) -> list[list[tuple[str, str]]]:
    """The articles of a BILOU file, each as its (token, tag) list."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():  # a blank line ends a sentence
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            parts = line.split("\t")
            cur.append((parts[0], parts[-1]))
    if cur:
        sents.append(cur)
    arts: list[list[list[tuple[str, str]]]] = []
    art: list[list[tuple[str, str]]] = []
    for s in sents:  # one ISSUE span opens each article
        if art and any(t in ("B-ISSUE", "U-ISSUE") for _, t in s):
            arts.append(art)
            art = []
        art.append(s)
    if art:
        arts.append(art)
    return [[wt for s in a for wt in s] for a in arts]


def build(tokens: list[tuple[str, str]]) -> tuple[str, list[Tagged]]:
    """The text (tokens joined by single spaces) and the tagged spans in character offsets."""
    offs, pos = [], 0
    for w, _ in tokens:
        offs.append((pos, pos + len(w)))
        pos += len(w) + 1
    text = " ".join(w for w, _ in tokens)
    spans, start, lab = [], None, None
    for i, (_, t) in enumerate(tokens):
        prefix, _, label = t.partition("-")
        if prefix == "U":
            spans.append((label, i, i + 1))
        elif prefix == "B":
            start, lab = i, label
        elif prefix == "L" and lab == label and start is not None:
            spans.append((label, start, i + 1))
            start = None
        elif prefix == "O":  # an "O" breaks an open span; a span without its L is dropped
            start = None
    return text, [(label, offs[s][0], offs[e - 1][1]) for label, s, e in spans]


def read_bilou(path: str | Path, limit: int = 0) -> list[BilouDoc]:
    """The articles of a BILOU file, numbered from 1 ("NAME#1", …); ``limit`` keeps the first N."""
    arts = read_tokens(path)
    if limit:
        arts = arts[:limit]
    name = Path(path).name
    return [BilouDoc(f"{name}#{i}", *build(toks), len(toks)) for i, toks in enumerate(arts, 1)]


def _near(text: str, a: int, b: int) -> bool:
    """Adjacent spans, not across a sentence end ("Ferry . Kepala …")."""
    return b - a <= 3 and not any(ch in text[a:b] for ch in ".!?")


def gold(text: str, spans: list[Tagged]) -> tuple[list, list, list, list]:
    """Gold (statements, cues, (cue, source) relations, (statement, speaker name)) of an article."""
    cs = sorted(spans, key=lambda x: x[1])
    statements = [(s, e) for label, s, e in cs if label == "STATEMENT"]
    cues = [(s, e) for label, s, e in cs if label in ("CUE", "CUECOREF")]
    rels, speakers = [], []
    for i, (label, s, e) in enumerate(cs):
        if label not in ("CUE", "CUECOREF"):
            continue
        # the source run right after the cue ("kata Kepala Unit … Yohanes Siregar")
        run, j, last_end = [], i + 1, e
        while j < len(cs) and cs[j][0] in WHO and _near(text, last_end, cs[j][1]):
            run.append(cs[j])
            last_end = cs[j][2]
            j += 1
        if not run:  # or right before it ("Yohanes mengatakan")
            j, first_start = i - 1, s
            while j >= 0 and cs[j][0] in WHO and _near(text, cs[j][2], first_start):
                run.insert(0, cs[j])
                first_start = cs[j][1]
                j -= 1
        person = [x for x in run if x[0] in ("PERSON", "PERSONCOREF")]
        if label == "CUE" and run:
            rels.append(((s, e), (run[0][1], run[-1][2])))
        # the statement of this cue: the nearest one ending just before, or starting just after
        st = ([x for x in statements if 0 <= s - x[1] <= 4]
              or [x for x in statements if 0 <= x[0] - e <= 4])
        name = text[person[-1][1]:person[-1][2]] if person else None
        if label == "CUECOREF" and not name:  # "pungkasnya": the last person named before
            prev = [x for x in cs[:i] if x[0] in ("PERSON", "PERSONCOREF")]
            name = text[prev[-1][1]:prev[-1][2]] if prev else None
        if st and name:
            speakers.append((st[0], name))
    return statements, cues, rels, speakers


def speaker_found(text: str, rep: dict[str, Any], statement: Offsets, name: str) -> bool:
    """Some claim over the statement has a source whose label, name or mentions hold the surname."""
    srcs = {s["id"]: s for s in rep.get("sources", [])}
    last = name.split()[-1].lower()
    for c in rep.get("claims", []):
        if not overlaps(text, (c["start"], c["end"]), statement):
            continue
        for a in c.get("attributions") or []:
            s = srcs.get(a.get("source"), {})
            names = [s.get("label") or "", s.get("name") or ""]
            names += [m.get("text", "") for m in s.get("mentions", [])]
            if a.get("mention"):
                names.append(a["mention"].get("text", ""))
            if any(last in (n or "").lower().split() for n in names):
                return True
    return False


class BilouScore:
    """The figures of a BILOU corpus, document by document."""

    def __init__(self, *, errors: bool = False):
        self.scorers = {
            "statement": Scorer("statement", "exact", errors=errors),
            "statement_loose": Scorer("statement_loose", "jaccard50"),
            "cue": Scorer("cue", "exact", errors=errors),
            "source": Scorer("source", "exact", errors=errors),
            "source_loose": Scorer("source_loose", "overlap"),
            "relation": Scorer("relation", "overlap", pairs=True, errors=errors),
        }
        self.keep_errors = errors
        self.speaker_errors: list[dict[str, Any]] = []
        self.speaker_hits = self.speaker_n = self.bad_offsets = 0

    def add(self, doc: BilouDoc, rep: dict[str, Any]) -> None:
        """Score one article's report (an ``attrib.report/1`` dict)."""
        text = doc.text
        self.bad_offsets += check_offsets(rep)
        g_st, g_cue, g_rel, g_spk = gold(text, doc.spans)
        # PFSA-ID annotates direct quotes only: judge the direct-quote claims and their cues
        dclaims = [c for c in rep.get("claims", [])
                   if c.get("kind") in ("direct", "mixed") and c.get("attributions")]
        direct = dedupe([(c["start"], c["end"]) for c in dclaims])
        p_cue = dedupe([(a["cue"]["start"], a["cue"]["end"])
                        for c in dclaims for a in c["attributions"] if a.get("cue")])
        # a cue naming its own source ("ujarnya") is judged by speaker accuracy, not as a source
        p_rel = sorted({((a["cue"]["start"], a["cue"]["end"]), (a["mention"]["start"], a["mention"]["end"]))
                        for c in rep.get("claims", []) for a in c.get("attributions") or []
                        if a.get("cue") and a.get("mention")
                        and (a["mention"]["start"], a["mention"]["end"]) != (a["cue"]["start"], a["cue"]["end"])})
        # only sources at a gold cue can be judged (indirect speech is unannotated)
        p_rel = [r for r in p_rel if any(overlaps(text, r[0], c) for c in g_cue)]
        p_src = dedupe([r[1] for r in p_rel])
        g_src = dedupe([r[1] for r in g_rel])
        sc = self.scorers
        for key in ("statement", "statement_loose"):
            sc[key].add(doc.doc, text, direct, g_st)
        sc["cue"].add(doc.doc, text, p_cue, g_cue)
        for key in ("source", "source_loose"):
            sc[key].add(doc.doc, text, p_src, g_src)
        sc["relation"].add(doc.doc, text, p_rel, g_rel)
        for st, name in g_spk:
            ok = speaker_found(text, rep, st, name)
            self.speaker_hits += ok
            self.speaker_n += 1
            if not ok and self.keep_errors:
                self.speaker_errors.append(_speaker_error(doc.doc, text, rep, st, name))

    @property
    def speaker_acc(self) -> float:
        return self.speaker_hits / self.speaker_n if self.speaker_n else 0.0

    def result(self, tps: float) -> dict[str, float]:
        """The figures with the keys of the reference scorer's RESULT line."""
        return {k: s.f1 for k, s in self.scorers.items()} | {
            "speaker_acc": round(100 * self.speaker_acc, 1), "bad_offsets": self.bad_offsets,
            "tps": round(tps)}

    @property
    def errors(self) -> list[dict[str, Any]]:
        return [e for s in self.scorers.values() for e in s.errors] + self.speaker_errors


def _speaker_error(doc: str, text: str, rep: dict[str, Any], st: Offsets, name: str) -> dict[str, Any]:
    """A statement whose speaker attrib did not find: the expected name and what it found."""
    srcs = {s["id"]: s for s in rep.get("sources", [])}
    found = [srcs.get(a.get("source"), {}).get("label") or (a.get("mention") or {}).get("text")
             for c in rep.get("claims", []) if overlaps(text, (c["start"], c["end"]), st)
             for a in c.get("attributions") or []]
    return {"document": doc, "element": "speaker", "match": "surname", "error": "miss",
            "expected": {"start": st[0], "end": st[1], "text": text[st[0]:st[1]], "speaker": name},
            "found": {"speakers": found} if found else None}
