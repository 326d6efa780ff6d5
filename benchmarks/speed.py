"""How fast attrib is, against the bare spaCy pipeline it runs on.

usage: .venv/bin/python benchmarks/speed.py [--json FILE] [--docs N] [--repeat R] [--data DIR]

Prints, on the same texts in one process:
- English: words/s of attrib (``Analyzer.analyze`` one document at a time, and
  ``analyze_many``) against the bare English pipeline with the same components
  (``nlp(text)`` / ``nlp.pipe``); ``en_ratio`` is the lower of the two ratios.
- Indonesian: tokens/s of attrib against ``spacy.blank("id")`` + sentencizer, the same two ways;
  ``id_tokens_per_s`` is attrib's lower figure.
- cold start: median wall time of 5 runs of ``attrib check SEED --format json`` as a subprocess.
- length: time of one article and of the same article ten times over (``length_ratio_10x``,
  the worse of the two languages: 10 means the cost grows linearly).
- peak memory: the largest resident set of a fresh process that loads attrib for both
  languages and analyses all the texts (``peak_mb``).

Words are whitespace-separated (the PolNeAR scorer's count); Indonesian tokens likewise (the
PFSA-ID texts are tokens joined by spaces). Texts: the dev corpora in ``../shared/data`` when
present (read at run time, never copied), else the articles in ``examples/``. Each timing is the
best of ``--repeat`` rounds, bare and attrib interleaved, so that a busy machine disturbs both alike;
in-process timings count this process's CPU seconds unless ``--clock wall`` (the cold start is
wall time, with its CPU time beside it).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "data"
SEED = ROOT / "examples" / "bytedance-huawei.id.txt"


def corpus(language: str, data: Path, n: int) -> list[str]:
    """Up to ``n`` article texts of a language: the dev corpus if present, else the examples."""
    if language == "en" and (data / "polnear-dev" / "text").is_dir():
        files = sorted((data / "polnear-dev" / "text").glob("*.txt"))[:n]
        return [f.read_text(encoding="utf-8") for f in files]
    if language == "id" and (data / "pfsa-id-dev" / "dev-40.txt").is_file():
        from attrib.evaluate import read_bilou

        return [d.text for d in read_bilou(data / "pfsa-id-dev" / "dev-40.txt", limit=n)]
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob(f"*.{language}.txt"))]
    if not texts:
        raise SystemExit(f"no {language} texts: need ../shared/data or examples/*.{language}.txt")
    return (texts * (n // len(texts) + 1))[:n]


# in-process timings: CPU seconds of this process by default (``--clock cpu``), which other
# processes on a shared machine disturb far less than wall time; ``--clock wall`` for wall time
CLOCK: Callable[[], float] = time.process_time


def best_time(fn: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs, in seconds of :data:`CLOCK`."""
    times = []
    for _ in range(repeat):
        t0 = CLOCK()
        fn()
        times.append(CLOCK() - t0)
    return min(times)


def interleaved(fns: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Best time of each function, the functions taking turns round after round."""
    best = {k: float("inf") for k in fns}
    for _ in range(repeat):
        for k, fn in fns.items():
            best[k] = min(best[k], best_time(fn, 1))
    return best


def paired(fns: dict[str, Callable[[list[str]], object]], texts: list[str], repeat: int,
           chunk: int = 3) -> dict[str, float]:
    """Seconds each function takes over all texts, run chunk by chunk in turns.

    Bare and attrib alternate every few documents (in alternating order), so a burst of load
    from other processes falls on both alike; the best of ``repeat`` rounds counts.
    """
    chunks = [texts[i:i + chunk] for i in range(0, len(texts), chunk)]
    best = {k: float("inf") for k in fns}
    for r in range(repeat):
        total = dict.fromkeys(fns, 0.0)
        for i, part in enumerate(chunks):
            order = list(fns.items()) if (i + r) % 2 == 0 else list(fns.items())[::-1]
            for k, fn in order:
                t0 = CLOCK()
                fn(part)
                total[k] += CLOCK() - t0
        best = {k: min(best[k], total[k]) for k in fns}
    return best


def consume(items: Iterable[object]) -> None:
    for _ in items:
        pass


def bare_pipeline(language: str):
    """The spaCy pipeline attrib runs on, without attrib's own components."""
    import spacy

    import attrib

    analyzer = attrib.load(language)
    if analyzer.pack.models:  # the trained package, with the components attrib keeps
        import importlib

        for name in analyzer.pack.models:  # the package attrib itself loaded: the first importable
            try:
                nlp = importlib.import_module(name).load()
                break
            except ImportError:
                continue
        for name in list(nlp.pipe_names):
            if name not in analyzer.nlp.pipe_names:
                nlp.remove_pipe(name)
        return analyzer, nlp
    nlp = spacy.blank(language)
    nlp.add_pipe("sentencizer")
    return analyzer, nlp


def throughput(language: str, texts: list[str], repeat: int) -> dict[str, float]:
    """Words/s of the bare pipeline and of attrib, single documents and streamed."""
    analyzer, nlp = bare_pipeline(language)
    consume(analyzer.analyze_many(texts[:3]))  # warm both up (lazy tables, caches)
    consume(nlp.pipe(texts[:3]))
    words = sum(len(t.split()) for t in texts)
    best = paired({"bare": lambda ts: [nlp(t) for t in ts],
                   "attrib": lambda ts: [analyzer.analyze(t) for t in ts]}, texts, repeat)
    best |= paired({"bare_pipe": lambda ts: consume(nlp.pipe(ts)),
                    "attrib_many": lambda ts: consume(analyzer.analyze_many(ts))}, texts, repeat, chunk=8)
    out = {f"{k}_wps": round(words / v) for k, v in best.items()}
    out["ratio"] = round(best["bare"] / best["attrib"], 3)
    out["ratio_many"] = round(best["bare_pipe"] / best["attrib_many"], 3)
    out["words"] = words
    out["docs"] = len(texts)
    return out


def length_ratio(language: str, text: str, repeat: int) -> dict[str, float]:
    """Seconds for an article and for ten copies of it in one text."""
    import attrib

    analyzer = attrib.load(language)
    long = "\n\n".join([text] * 10)
    analyzer.analyze(text)
    best = interleaved({"1x": lambda: analyzer.analyze(text), "10x": lambda: analyzer.analyze(long)}, repeat)
    return {"1x_s": round(best["1x"], 4), "10x_s": round(best["10x"], 4),
            "ratio": round(best["10x"] / best["1x"], 2)}


def cold_start(runs: int = 5) -> dict[str, float]:
    """Median wall time of ``attrib check SEED --format json`` in a fresh interpreter."""
    cmd = [sys.executable, "-m", "attrib", "check", str(SEED), "--format", "json"]
    times, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    # CPU seconds too: on a busy machine the wall time also measures the other processes
    return {"median_s": round(statistics.median(times), 3), "runs": [round(t, 3) for t in times],
            "median_cpu_s": round(statistics.median(cpu), 3)}


PEAK_SCRIPT = """
import json, resource, sys
import attrib
texts = json.load(sys.stdin)
for lang, docs in texts.items():
    for _ in attrib.load(lang).analyze_many(docs):
        pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_memory(texts: dict[str, list[str]]) -> float:
    """Peak resident MB of a fresh process analysing all the texts in both languages."""
    res = subprocess.run([sys.executable, "-c", PEAK_SCRIPT], input=json.dumps(texts), text=True,
                         capture_output=True, cwd=ROOT, check=True)
    return round(int(res.stdout.split()[-1]) / 1024, 1)  # ru_maxrss is in KiB on Linux


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", help="write the figures to this file")
    ap.add_argument("--docs", type=int, default=30, help="articles per language (default 30)")
    ap.add_argument("--repeat", type=int, default=3, help="rounds per timing; the best counts")
    ap.add_argument("--data", type=Path, default=SHARED, help="the dev corpora (default ../shared/data)")
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                    help="in-process timings in CPU seconds (default) or wall seconds")
    a = ap.parse_args()
    global CLOCK
    CLOCK = time.process_time if a.clock == "cpu" else time.perf_counter

    texts = {lang: corpus(lang, a.data, a.docs) for lang in ("en", "id")}
    cold = cold_start()
    print(f"cold start  attrib check {SEED.name}: median {cold['median_s']:.2f} s wall, "
          f"{cold['median_cpu_s']:.2f} s CPU  (runs {cold['runs']})")
    en = throughput("en", texts["en"], a.repeat)
    print(f"English     {en['docs']} docs, {en['words']:,} words")
    print(f"  single    bare {en['bare_wps']:>9,} words/s   attrib {en['attrib_wps']:>9,} words/s   ratio {en['ratio']:.3f}")
    print(f"  streamed  bare {en['bare_pipe_wps']:>9,} words/s   attrib {en['attrib_many_wps']:>9,} words/s   ratio {en['ratio_many']:.3f}")
    id_ = throughput("id", texts["id"], a.repeat)
    print(f"Indonesian  {id_['docs']} docs, {id_['words']:,} tokens")
    print(f"  single    bare {id_['bare_wps']:>9,} tokens/s  attrib {id_['attrib_wps']:>9,} tokens/s  ratio {id_['ratio']:.3f}")
    print(f"  streamed  bare {id_['bare_pipe_wps']:>9,} tokens/s  attrib {id_['attrib_many_wps']:>9,} tokens/s  ratio {id_['ratio_many']:.3f}")
    longest = {lang: max(ts, key=len) for lang, ts in texts.items()}
    lengths = {lang: length_ratio(lang, longest[lang], a.repeat) for lang in ("en", "id")}
    for lang, r in lengths.items():
        print(f"length {lang}   1x {r['1x_s']:.3f} s   10x {r['10x_s']:.3f} s   ratio {r['ratio']:.2f}")
    peak = peak_memory(texts)
    print(f"peak memory {peak:.0f} MB (a fresh process analysing all {sum(map(len, texts.values()))} texts)")
    result = {
        "en_ratio": min(en["ratio"], en["ratio_many"]),
        "id_tokens_per_s": min(id_["attrib_wps"], id_["attrib_many_wps"]),
        "cold_start_s": cold["median_s"],
        "length_ratio_10x": max(r["ratio"] for r in lengths.values()),
        "peak_mb": peak,
        "cold_start_cpu_s": cold["median_cpu_s"],
        "load_average": round(os.getloadavg()[0], 2),  # how busy the machine was (2 cores here)
        "clock": a.clock,
        "detail": {"en": en, "id": id_, "length": lengths, "cold_start": cold},
    }
    if a.json:
        Path(a.json).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print("RESULT", json.dumps({k: v for k, v in result.items() if k != "detail"}))


if __name__ == "__main__":
    main()
