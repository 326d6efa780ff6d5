"""Time against size for pathological input: does attrib stay linear?

Each case is built at doubling sizes and analysed; ``×time`` is the time ratio between one
size and the one before it (about 2 is linear, about 4 quadratic). ``MB`` is the memory the
analysis added at its peak (measured in a forked child, so each size starts from the same
process), and ``×mem`` its ratio to the size before (at most about 2: memory grows no faster
than the text). A benchmark that prints figures, not a test.

    .venv/bin/python benchmarks/pathological.py                 # both languages, default sizes
    .venv/bin/python benchmarks/pathological.py --lang id --max-kb 2048
    .venv/bin/python benchmarks/pathological.py --case quotes --case cue

Cases:
  no-punct   megabytes of words with no punctuation and no line break
  sentence   one sentence of clauses joined by commas, a full stop only at its end
  quotes     thousands of unmatched quote marks (opening marks only, then stray straight ones)
  cue        a cue word repeated ("kata kata kata …", "said said said …")
  responses  thousands of non-answers ("Nvidia declined to comment.") between sentences
  html       deeply nested HTML (<div> inside <div> …) around a paragraph, read as a file
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WORDS = {
    "en": "the minister told reporters that the budget would grow next year while officials "
          "familiar with the plan warned prices could rise".split(),
    "id": "menteri mengatakan kepada wartawan bahwa anggaran akan naik tahun depan sementara "
          "pejabat yang mengetahui rencana itu memperingatkan harga bisa naik".split(),
}
CUE = {"en": "said", "id": "kata"}


def _words(lang: str, n: int, sep: str = " ") -> str:
    """About ``n`` characters of the language's words, cycled."""
    vocab = WORDS[lang]
    unit = sep.join(vocab) + sep
    return (unit * (n // len(unit) + 1))[:n]


def no_punct(lang: str, n: int) -> str:
    return _words(lang, n)


def sentence(lang: str, n: int) -> str:
    words = WORDS[lang]
    clause = ", ".join(" ".join(words[i:i + 4]) for i in range(0, len(words), 4)) + ", "
    return (clause * (n // len(clause) + 1))[:n - 1] + "."


def quotes(lang: str, n: int) -> str:
    # an opening mark every few words, never closed; every tenth a stray straight quote
    unit = "“" + " ".join(WORDS[lang][:4]) + " " + ('" ' if lang == "en" else "« ")
    return (unit * (n // len(unit) + 1))[:n]


def cue(lang: str, n: int) -> str:
    unit = CUE[lang] + " "
    return unit * (n // len(unit))


def responses(lang: str, n: int) -> str:
    unit = {"en": "Nvidia declined to comment. Prices rose. ",
            "id": "Nvidia menolak berkomentar. Harga naik. "}[lang]
    return unit * (n // len(unit))


def html(lang: str, n: int) -> str:
    para = f"<p>“{' '.join(WORDS[lang][:8])},” {CUE[lang]} {WORDS[lang][0]}.</p>"
    depth = max(1, (n - len(para)) // len("<div></div>"))
    return "<html><body>" + "<div>" * depth + para + "</div>" * depth + "</body></html>"


CASES: dict[str, Callable[[str, int], str]] = {
    "no-punct": no_punct, "sentence": sentence, "quotes": quotes, "cue": cue,
    "responses": responses, "html": html,
}


def run_one(analyzer, case: str, lang: str, n: int) -> tuple[float, int]:
    """Seconds to read (HTML) and analyse one input of about ``n`` characters; its claims."""
    from attrib.ingest import load_input

    text = CASES[case](lang, n)
    started = time.perf_counter()
    if case == "html":
        text = load_input(text.encode("utf-8"), "page.html", max_bytes=10**9).text
    report = analyzer.analyze(text)
    return time.perf_counter() - started, len(report.claims)


def _rss_mb() -> float:
    """This process's resident memory now, in MB (Linux)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure(analyzer, case: str, lang: str, n: int) -> tuple[float, int, float | None]:
    """``run_one`` in a forked child: (seconds, claims, MB added at the peak); without fork
    (or /proc), in this process and with no memory figure."""
    if not hasattr(os, "fork") or not os.path.exists("/proc/self/statm"):
        return (*run_one(analyzer, case, lang, n), None)
    import resource

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: analyse, hand back the figures, leave at once
        os.close(read)
        try:
            # a forked child's resident set starts below its parent's (untouched pages)
            base = _rss_mb()
            seconds, claims = run_one(analyzer, case, lang, n)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
            os.write(write, f"{seconds} {claims} {max(0.0, peak - base)}".encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as f:
        seconds, claims, mb = f.read().split()
    os.waitpid(pid, 0)
    return float(seconds), int(claims), float(mb)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", action="append", choices=["en", "id"])
    parser.add_argument("--case", action="append", choices=list(CASES))
    parser.add_argument("--min-kb", type=int, default=None, help="the smallest size, in KB")
    parser.add_argument("--max-kb", type=int, default=None,
                        help="the largest size, in KB (default: 1024 for id, 256 for en, whose "
                             "trained pipeline runs at about 10-15k characters/s)")
    args = parser.parse_args(argv)

    import attrib

    print(f"{'case':10} {'lang':4} {'chars':>10} {'seconds':>9} {'µs/char':>8} {'claims':>7} "
          f"{'×time':>6} {'MB':>7} {'×mem':>6}")
    for lang in args.lang or ["id", "en"]:
        analyzer = attrib.load(lang)
        analyzer.analyze(_words(lang, 1000) + ".")  # warm up: models and lazy tables loaded
        max_kb = args.max_kb or (1024 if lang == "id" else 256)
        min_kb = args.min_kb or max(1, max_kb // 8)
        for case in args.case or list(CASES):
            previous = previous_mb = None
            kb = min_kb
            while kb <= max_kb:
                n = kb * 1024
                seconds, claims, mb = measure(analyzer, case, lang, n)
                growth = f"{seconds / previous:6.2f}" if previous else "     -"
                shown = "      -" if mb is None else f"{mb:7.1f}"
                # below a few MB the figure is noise (allocator arenas): no ratio of it
                mem_growth = (f"{mb / previous_mb:6.2f}" if mb and previous_mb and previous_mb > 5
                              else "     -")
                print(f"{case:10} {lang:4} {n:>10,} {seconds:>9.3f} {seconds / n * 1e6:>8.2f} "
                      f"{claims:>7} {growth} {shown} {mem_growth}", flush=True)
                previous, previous_mb = seconds, mb
                kb *= 2


if __name__ == "__main__":
    main()
