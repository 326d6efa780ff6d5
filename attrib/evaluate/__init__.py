"""attrib's accuracy on annotated corpora: brat standoff (PolNeAR) and BILOU (PFSA-ID).

    >>> from attrib.evaluate import evaluate_brat, evaluate_bilou
    >>> ev = evaluate_brat("polnear-dev", limit=10)
    >>> ev.result["speech"]["relation"], ev.words_per_s

The figures follow the definitions of the project's reference scorers (``score.py``); the
command ``attrib evaluate`` prints them as a table.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .bilou import BilouDoc, BilouScore, read_bilou
from .brat import BratDoc, BratScore, read_brat
from .score import PRF, Scorer

System = Callable[[str], dict[str, Any]]
Progress = Callable[[int], None]


class _Doc(Protocol):
    doc: str
    text: str


@dataclass
class Evaluation:
    """What one run over a corpus gives: the figures, the counts behind them and the errors."""

    corpus: str
    documents: int
    words: int
    seconds: float
    result: dict[str, Any]
    scorers: dict[str, list[Scorer]]  # table name → its scorers (P/R/F1 counts)
    errors: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def attrib_system(language: str) -> System:
    """attrib itself as a system: text → ``attrib.report/1`` dict (pipeline loaded now)."""
    from ..analyzer import load

    analyzer = load(language)
    return lambda text: analyzer.analyze(text).to_dict()


def run_system(docs: Iterable[_Doc], system: System,
               progress: Progress | None = None) -> tuple[list[dict[str, Any]], float]:
    """Every document's report and the seconds spent producing them (the system's time only)."""
    reports, elapsed = [], 0.0
    for d in docs:
        t0 = time.perf_counter()
        reports.append(system(d.text))
        elapsed += time.perf_counter() - t0
        if progress:
            progress(1)
    return reports, elapsed


def evaluate_brat(folder: str | Path, *, limit: int = 0, errors: bool = False,
                  system: System | None = None, progress: Progress | None = None,
                  docs: list[BratDoc] | None = None) -> Evaluation:
    """Score attrib (or ``system``) on an English brat corpus folder (``text/``, ``attributions/``)."""
    docs = docs if docs is not None else read_brat(folder, limit)
    reports, seconds = run_system(docs, system or attrib_system("en"), progress)
    score = BratScore(errors=errors)
    for d, rep in zip(docs, reports):
        score.add(d, rep)
    words = sum(d.n_words for d in docs)
    wps = words / seconds if seconds else 0.0
    return Evaluation(corpus=Path(folder).name, documents=len(docs), words=words, seconds=seconds,
                      result=score.result(wps), scorers=score.tables, errors=score.errors,
                      extra={"bad_offsets": score.bad_offsets})


def evaluate_bilou(path: str | Path, *, limit: int = 0, errors: bool = False,
                   system: System | None = None, progress: Progress | None = None,
                   docs: list[BilouDoc] | None = None) -> Evaluation:
    """Score attrib (or ``system``) on an Indonesian BILOU file (PFSA-ID's format)."""
    docs = docs if docs is not None else read_bilou(path, limit)
    reports, seconds = run_system(docs, system or attrib_system("id"), progress)
    score = BilouScore(errors=errors)
    for d, rep in zip(docs, reports):
        score.add(d, rep)
    tokens = sum(d.n_tokens for d in docs)
    tps = tokens / seconds if seconds else 0.0
    return Evaluation(corpus=Path(path).name, documents=len(docs), words=tokens, seconds=seconds,
                      result=score.result(tps), scorers={"direct quotes": list(score.scorers.values())},
                      errors=score.errors,
                      extra={"speaker_hits": score.speaker_hits, "speaker_n": score.speaker_n,
                             "bad_offsets": score.bad_offsets})


__all__ = ["PRF", "BilouDoc", "BratDoc", "Evaluation", "Scorer", "attrib_system", "evaluate_bilou",
           "evaluate_brat", "read_bilou", "read_brat", "run_system"]
