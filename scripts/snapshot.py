"""Snapshot attrib's reports over a sample of every collection, to prove a refactor changes nothing.

    python scripts/snapshot.py write OUT.jsonl [--per 40]
    python scripts/snapshot.py compare A.jsonl B.jsonl      # exit 1 and the differing documents

The sample: every judgement article and example, the first ``--per`` PolNeAR dev and train
articles and the first ``--per`` PFSA-ID dev and extra articles (rebuilt as the benchmark
does), in both NER settings of Indonesian. Needs ../shared beside the checkout. Developer
tool: reports are compared as JSON, timing fields removed.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _pfsa(path: Path, per: int):
    sys.path.insert(0, str(SHARED / "bench"))
    import pfsa  # the benchmark's own reader, so the texts are the scored ones
    for i, toks in enumerate(pfsa.read_tokens(str(path))[:per]):
        yield f"{path.stem}/{i}", pfsa.build(toks)[0], "id"


def _polnear(folder: Path, per: int):
    for p in sorted((folder / "text").glob("*.txt"))[:per]:
        yield f"{folder.name}/{p.stem}", p.read_text(encoding="utf-8"), "en"


def documents(per: int):
    for p in sorted((SHARED / "judgement" / "articles").glob("*.txt")):
        yield f"judgement/{p.name}", p.read_text(encoding="utf-8"), None
    for p in sorted((ROOT / "examples").glob("*.txt")):
        yield f"examples/{p.name}", p.read_text(encoding="utf-8"), None
    yield from _polnear(SHARED / "data" / "polnear-dev", per)
    yield from _polnear(SHARED / "data" / "polnear-train", per)
    yield from _pfsa(SHARED / "data" / "pfsa-id-dev" / "dev-40.txt", per)
    yield from _pfsa(SHARED / "data" / "pfsa-id-extra" / "extra-278.txt", per)


def _clean(d):
    if isinstance(d, dict):
        return {k: _clean(v) for k, v in d.items() if k not in ("elapsed", "seconds", "generated", "created")}
    if isinstance(d, list):
        return [_clean(v) for v in d]
    return d


def write(out: str, per: int) -> None:
    import attrib
    with open(out, "w", encoding="utf-8") as f:
        for key, text, lang in documents(per):
            rep = attrib.analyze(text, language=lang).to_dict()
            f.write(json.dumps({"key": key, "report": _clean(rep)}, sort_keys=True, ensure_ascii=False) + "\n")


def compare(a: str, b: str) -> int:
    def load(p):
        return {r["key"]: r["report"] for r in map(json.loads, open(p, encoding="utf-8"))}
    x, y = load(a), load(b)
    bad = [k for k in x if x[k] != y.get(k)] + [k for k in y if k not in x]
    for k in bad[:20]:
        print("differs:", k)
        if k in x and k in y:
            cx = [(c.get("text"), [s.get("label") for s in c.get("sources", [])], c.get("flags")) for c in x[k].get("claims", [])]
            cy = [(c.get("text"), [s.get("label") for s in c.get("sources", [])], c.get("flags")) for c in y[k].get("claims", [])]
            for u, v in zip(cx, cy):
                if u != v:
                    print("   before:", str(u)[:300]); print("   after: ", str(v)[:300]); break
            else:
                print("   (claims equal in text/sources/flags; another field differs)")
    print(f"{len(x)} documents, {len(bad)} differ")
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write"); w.add_argument("out"); w.add_argument("--per", type=int, default=40)
    c = sub.add_parser("compare"); c.add_argument("a"); c.add_argument("b")
    a = ap.parse_args()
    if a.cmd == "write":
        write(a.out, a.per)
        return 0
    return compare(a.a, a.b)


if __name__ == "__main__":
    sys.exit(main())
