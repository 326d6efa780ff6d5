"""Licence hygiene: no sentence of the development corpora in the repository.

../shared/data/README.md forbids copying the evaluation articles (or sentences of them) into
the project, tests and comments included. This test fails when a file under ``attrib/``,
``tests/`` or ``examples/`` holds a run of :data:`RUN` words that also occurs in one of the
corpora (``../shared/data``) or the judgement articles (``../shared/judgement/articles``).
Words are compared lower-cased, without punctuation or whitespace differences; the token
files (BILOU, CoNLL, CoNLL-U) are read back into their sentences' words first. Skipped when
``../shared`` is not beside the checkout.
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from conftest import ROOT, SHARED

# twelve words: long enough that a shared run is a copied sentence, not a common phrase
RUN = 12
_WORD = re.compile(r"\w+")
# the repository's text files that may hold sentences (code, tests, fixtures, examples, docs)
SCANNED = ("attrib", "tests", "examples")
SUFFIXES = {".py", ".txt", ".json", ".md", ".html", ".jsonl", ".csv", ".toml", ".cfg"}
_MULT = np.uint64(1_000_003)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _token_file_words(path: Path) -> list[str]:
    """The words of a one-token-per-line file (BILOU, CoNLL, CoNLL-U), sentence after sentence:
    the first column of each line; CoNLL-U comments and multiword-token ranges are skipped."""
    out: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t") if "\t" in line else line.split()
            if path.suffix == ".conllu":
                if "-" in cols[0] or "." in cols[0]:
                    continue
                tok = cols[1]
            else:
                tok = cols[0]
            out.extend(_words(tok))
    return out


def _corpus_texts() -> list[list[str]]:
    """Each corpus file as one stream of words."""
    streams = []
    data = SHARED / "data"
    for path in sorted(data.rglob("*")):
        if not path.is_file() or "LICENSE" in path.name or path.name == "README.md":
            continue
        if path.suffix == ".conllu" or (path.suffix == ".txt" and "text" not in path.parent.name):
            streams.append(_token_file_words(path))
        elif path.suffix == ".txt":  # PolNeAR text/*.txt: plain articles
            streams.append(_words(path.read_text(encoding="utf-8")))
    for path in sorted((SHARED / "judgement" / "articles").glob("*.txt")):
        streams.append(_words(path.read_text(encoding="utf-8")))
    return streams


def _hashes(words: list[str]) -> np.ndarray:
    """A 64-bit hash of every run of :data:`RUN` consecutive words (a polynomial over the
    words' own hashes, computed for all runs at once)."""
    if len(words) < RUN:
        return np.zeros(0, dtype=np.uint64)
    w = np.fromiter((hash(x) & 0xFFFFFFFFFFFFFFFF for x in words), dtype=np.uint64, count=len(words))
    n = len(words) - RUN + 1
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(RUN):
            h = h * _MULT + w[k:k + n]
    return h


def _member(h: np.ndarray, sorted_unique: np.ndarray) -> np.ndarray:
    """Which of ``h`` are in ``sorted_unique`` (a binary search each: no re-sorting per file)."""
    if not h.size or not sorted_unique.size:
        return np.zeros(h.size, dtype=bool)
    i = np.minimum(np.searchsorted(sorted_unique, h), sorted_unique.size - 1)
    return sorted_unique[i] == h


def _repo_files() -> list[Path]:
    files = []
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*")):
            if path.is_file() and path.suffix in SUFFIXES and "__pycache__" not in path.parts:
                files.append(path)
    return files


def copied_runs() -> list[str]:
    """Every repository file with a run of words found in the corpora, with the run."""
    corpus = np.unique(np.concatenate([_hashes(ws) for ws in _corpus_texts()]))
    found = []
    for path in _repo_files():
        try:
            words = _words(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
        hits = np.nonzero(_member(_hashes(words), corpus))[0]
        if hits.size:
            i = int(hits[0])
            found.append(f"{path.relative_to(ROOT)}: {len(hits)} runs, first: "
                         f"{' '.join(words[i:i + RUN])!r}")
    return found


def test_no_corpus_sentence_in_the_repository():
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared/data is not beside this checkout")
    found = copied_runs()
    assert not found, "sentences of the development corpora:\n" + "\n".join(found)


def test_the_check_finds_a_copied_run(tmp_path):
    """The hashing finds a shared run of twelve words and ignores an eleven-word one."""
    text = "one two three four five six seven eight nine ten eleven twelve thirteen"
    a = _hashes(_words(text))
    a = np.unique(a)
    assert _member(_hashes(_words("Zero, ONE two three four five six seven eight nine ten eleven "
                                  "twelve!")), a).any()
    assert not _member(_hashes(_words("one two three four five six seven eight nine ten eleven "
                                      "zero")), a).any()
