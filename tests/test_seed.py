"""The acceptance check: the seed article meets every expectation of ../shared/gold.

Runs the library (not the CLI) and hands its report to the shared checker, which prints each
missed expectation and exits 0 only when all are met.
"""
from __future__ import annotations

import json
import subprocess
import sys

import attrib
from conftest import shared_or_skip


def test_seed_meets_every_gold_expectation(seed_text, tmp_path):
    checker = shared_or_skip("gold", "check_seed.py")
    report = attrib.analyze(seed_text)
    path = tmp_path / "report.json"
    path.write_text(json.dumps(report.to_dict(), ensure_ascii=False), encoding="utf-8")
    done = subprocess.run([sys.executable, str(checker), str(path)], capture_output=True, text=True)
    last = done.stdout.strip().splitlines()[-1]
    met, total = map(int, last.split()[0].split("/"))
    assert done.returncode == 0 and met == total, done.stdout


def test_seed_gold_and_shared_copy_agree(seed_text):
    # examples/ holds a copy of the shared seed: the test above is about the same text
    assert shared_or_skip("seed", "bytedance-huawei.id.txt").read_text(encoding="utf-8") == seed_text


def test_seed_summary(seed_text):
    s = attrib.analyze(seed_text).summary
    assert s["responses"] == 3
    assert s["corroborated"] >= 1 and s["disputed"] >= 2
    # Michael Hughes, Huawei, Reuters, Nvidia, Microsoft
    assert s["named_sources"] == 5 and s["anonymous_sources"] >= 5
