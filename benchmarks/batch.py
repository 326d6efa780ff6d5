"""`attrib batch` throughput with 1 and 2 workers, and peak memory against corpus size.

    .venv/bin/python benchmarks/batch.py                    # 300 documents; 60/240/960 for memory
    .venv/bin/python benchmarks/batch.py --repeat 80 --json batch.json

The corpus is the three articles of examples/ repeated (two Indonesian, one English), as a
JSONL file with ids and metadata. Each figure comes from a fresh `attrib batch` process, so it
includes start-up (imports, loading the pipelines in each worker):

- ``docs_per_s_w1``, ``docs_per_s_w2``: documents / wall-clock seconds of the whole command,
  ``speedup`` their ratio; ``marginal_docs_per_s_w*``: the extra documents of the full corpus
  over a third of it, per extra second — the rate once start-up is paid — and
  ``marginal_speedup`` their ratio (target ≥ 1.8 on two idle cores); ``machine_ceiling``: the
  same speedup for two independent single-process batches over the two halves of the corpus,
  run side by side — what two processes get from the machine at best;
- ``peak_mb_w1``, ``peak_mb_w2``: the largest resident set of one process of the run (the
  parent or a worker), and ``peak_tree_mb_w2`` of all its processes together, for growing
  corpora: they should stay flat.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


def write_corpus(path: Path, repeat: int) -> int:
    """The examples ``repeat`` times as JSONL; returns the number of documents."""
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in EXAMPLES]
    with path.open("w", encoding="utf-8") as f:
        for k in range(repeat):
            for name, text in texts:
                f.write(json.dumps({"id": f"{k}/{name}", "text": text, "outlet": name.split(".")[0],
                                    "date": f"2024-{k % 12 + 1:02d}-01"}) + "\n")
    return repeat * len(texts)


def batch_cmd(corpus: Path, out: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "attrib", "batch", str(corpus), "-o", str(out), "--overwrite",
            "--workers", str(workers), "--no-progress"]


def wall(corpus: Path, out: Path, workers: int) -> float:
    start = time.perf_counter()
    subprocess.run(batch_cmd(corpus, out, workers), check=True, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def wall_pair(corpus: Path, tmp: Path) -> float:
    """Two independent ``--workers 1`` batches, one per half of the corpus, side by side: the
    most two processes get out of this machine, whatever attrib does."""
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    halves = [tmp / "half-a.jsonl", tmp / "half-b.jsonl"]
    halves[0].write_text("".join(lines[::2]), encoding="utf-8")
    halves[1].write_text("".join(lines[1::2]), encoding="utf-8")
    start = time.perf_counter()
    procs = [subprocess.Popen(batch_cmd(h, h.with_suffix(".sqlite"), 1), stderr=subprocess.DEVNULL)
             for h in halves]
    assert all(p.wait() == 0 for p in procs), "attrib batch failed"
    return time.perf_counter() - start


def peak_mb(corpus: Path, out: Path, workers: int) -> tuple[float, float]:
    """(the largest RSS of one process, the largest total RSS of the whole process tree) of
    an `attrib batch` run, in MB, sampled every 20 ms with psutil (a dependency of dask's
    distributed, in the test extra): worker processes are not children of the command when
    they come from a fork server, so getrusage cannot see them."""
    import psutil

    proc = subprocess.Popen(batch_cmd(corpus, out, workers), stderr=subprocess.DEVNULL)
    top = psutil.Process(proc.pid)
    single = tree = 0.0
    while proc.poll() is None:
        try:
            procs = [top, *top.children(recursive=True)]
            rss = [p.memory_info().rss for p in procs]
        except psutil.Error:  # a process ended while it was sampled
            continue
        single, tree = max(single, max(rss)), max(tree, sum(rss))
        time.sleep(0.02)
    assert proc.returncode == 0, "attrib batch failed"
    return single / 2**20, tree / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=100, help="repeats of the examples for throughput")
    ap.add_argument("--rounds", type=int, default=3, help="runs per worker count (best is kept)")
    ap.add_argument("--memory", default="20,80,320", help="repeats for the memory runs")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = ap.parse_args()
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus.jsonl"
        small = tmp / "small.jsonl"
        n = write_corpus(corpus, args.repeat)
        n_small = write_corpus(small, max(1, args.repeat // 3))
        best = {(c, w): float("inf") for c in ("full", "small") for w in (1, 2)}
        for _ in range(args.rounds):  # interleaved, so a busy moment hits every case
            for w in (1, 2):
                best["full", w] = min(best["full", w], wall(corpus, tmp / "out.sqlite", w))
                best["small", w] = min(best["small", w], wall(small, tmp / "out.sqlite", w))
        pair = min(wall_pair(corpus, tmp) for _ in range(args.rounds))
        # the marginal rate (extra documents / extra seconds) leaves out the fixed start-up
        marginal = {w: (n - n_small) / (best["full", w] - best["small", w]) for w in (1, 2)}
        figures["documents"] = n
        for w in (1, 2):
            figures[f"docs_per_s_w{w}"] = round(n / best["full", w], 2)
            figures[f"marginal_docs_per_s_w{w}"] = round(marginal[w], 2)
        figures["speedup"] = round(best["full", 1] / best["full", 2], 3)
        figures["marginal_speedup"] = round(marginal[2] / marginal[1], 3)
        figures["machine_ceiling"] = round(best["full", 1] / pair, 3)
        print(f"throughput (best of {args.rounds}; whole command for {n} documents, and the marginal "
              f"rate between {n_small} and {n} documents, without start-up):")
        for w in (1, 2):
            print(f"  --workers {w}  {best['full', w]:7.2f} s  {n / best['full', w]:7.2f} docs/s   "
                  f"marginal {marginal[w]:7.2f} docs/s")
        print(f"  speedup      {figures['speedup']:.3f}x whole command, "
              f"{figures['marginal_speedup']:.3f}x marginal (target >= 1.8)")
        print(f"  ceiling      {figures['machine_ceiling']:.3f}x: two independent --workers 1 "
              f"batches of half the corpus each, side by side ({pair:.2f} s)")
        print("peak memory (largest process) against corpus size:")
        memory = []
        for repeat in (int(x) for x in args.memory.split(",")):
            size = write_corpus(corpus, repeat)
            row = {"documents": size, "corpus_mb": round(corpus.stat().st_size / 2**20, 2)}
            for w in (1, 2):
                single, tree = peak_mb(corpus, tmp / "mem.sqlite", w)
                row[f"peak_mb_w{w}"] = round(single, 1)
                row[f"peak_tree_mb_w{w}"] = round(tree, 1)
            memory.append(row)
            print(f"  {size:6d} documents ({row['corpus_mb']:6.2f} MB)  --workers 1 "
                  f"{row['peak_mb_w1']:6.1f} MB   --workers 2 {row['peak_mb_w2']:6.1f} MB per process, "
                  f"{row['peak_tree_mb_w2']:6.1f} MB all processes")
        figures["memory"] = memory
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
