"""The README's snippets, extracted and run: a snippet that fails fails here.

Every ```python and ```sh block of README.md runs, in a scratch folder holding the files the
snippets name (article.txt, a.txt, b.html, archive/, results.sqlite …) and an ``attrib``
command on PATH; a shell block runs line by line, each line in a fresh copy of the folder
(the lines are alternatives, not a script). A block preceded by
``<!-- snippet: not run (reason) -->`` needs the network, a server or a cluster: it is only
checked for syntax.
"""
from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from ux_articles import CLEAN_EN, EN, ID

README = ROOT / "README.md"
_BLOCK = re.compile(r"(?:<!-- snippet: not run \((?P<why>[^)]*)\) -->\n)?```(?P<lang>python|sh)\n(?P<code>.*?)```",
                    re.S)


def blocks() -> list[tuple[int, str, str, str | None]]:
    """``(line, language, code, reason not run)`` of every python/sh block."""
    text = README.read_text(encoding="utf-8")
    out = []
    for m in _BLOCK.finditer(text):
        line = text.count("\n", 0, m.start("code"))
        out.append((line, m.group("lang"), m.group("code"), m.group("why")))
    return out


def shell_lines() -> list[tuple[int, str]]:
    out = []
    for line, lang, code, why in blocks():
        if lang == "sh" and why is None:
            for k, cmd in enumerate(code.splitlines()):
                if cmd.strip() and not cmd.lstrip().startswith("#"):
                    out.append((line + k + 1, cmd))
    return out


def test_the_readme_has_runnable_snippets():
    kinds = [(lang, why is None) for _, lang, _, why in blocks()]
    assert ("python", True) in kinds and ("sh", True) in kinds
    assert len(shell_lines()) >= 10


@pytest.mark.parametrize("line, lang, code, why", [b for b in blocks() if b[3] is not None],
                         ids=lambda v: f"README:{v}" if isinstance(v, int) else "")
def test_snippets_not_run_are_valid(line, lang, code, why):
    """Explicitly not run (network, servers, clusters): still valid Python or shell."""
    assert why.strip()
    if lang == "python":
        compile(code, f"README.md:{line}", "exec")
    else:
        subprocess.run(["bash", "-n"], input=code, text=True, check=True)


def _page(title: str, body: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip()) + "</article></body></html>")


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory, nlp_en, nlp_id) -> Path:
    """The files the snippets name, and an ``attrib`` command on PATH."""
    root = tmp_path_factory.mktemp("readme")
    box = root / "box"
    box.mkdir()
    for name, text in (("article.txt", EN), ("a.txt", EN), ("c.txt", CLEAN_EN), ("b.id.txt", ID)):
        (box / name).write_text(text, encoding="utf-8")
    (box / "b.html").write_text(_page("Terminal feri", ID), encoding="utf-8")
    (box / "page.html").write_text(_page("Ferry terminal", EN), encoding="utf-8")
    for folder in ("news", "archive"):
        (box / folder).mkdir()
        (box / folder / "one.txt").write_text(EN, encoding="utf-8")
        (box / folder / "two.txt").write_text(CLEAN_EN, encoding="utf-8")
    records = [{"id": f"d{k}", "text": t, "outlet": o, "date": f"2024-0{k + 1}-05"}
               for k, (t, o) in enumerate([(EN, "Harbor Weekly Gazette"), (ID, "Warta Pelabuhan Kota"),
                                           (CLEAN_EN, "Harbor Weekly Gazette")])]
    jsonl = "".join(json.dumps(r) + "\n" for r in records)
    for name in ("2024.jsonl", "2025.jsonl", "archive.jsonl"):
        (box / name).write_text(jsonl.replace('"d', f'"{name[:4]}-d'), encoding="utf-8")
    (box / "dump.jsonl.gz").write_bytes(gzip.compress(jsonl.encode()))
    (box / "export.csv").write_text("guid,body\n" + "".join(
        f'{r["id"]},"{r["text"].replace(chr(34), chr(34) * 2)}"\n' for r in records), encoding="utf-8")
    bin_dir = root / "bin"
    bin_dir.mkdir()
    (bin_dir / "attrib").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m attrib "$@"\n')
    (bin_dir / "attrib").chmod(0o755)
    # a store for the lines that read one (attrib batch writes its own in a fresh folder)
    from attrib.archive.store import Outcome, open_store

    store = open_store(box / "results.sqlite")
    for r in records:
        nlp = nlp_id if r["outlet"].startswith("Warta") else nlp_en
        store.write(Outcome(r["id"], {"outlet": r["outlet"], "date": r["date"]}, nlp.analyze(r["text"]).to_dict()))
    store.close()
    return root


def _fresh(sandbox: Path, tmp_path: Path, with_store: bool) -> Path:
    work = tmp_path / "work"
    shutil.copytree(sandbox / "box", work)
    if not with_store:
        (work / "results.sqlite").unlink()
    return work


@pytest.mark.parametrize("line, command", shell_lines(), ids=lambda v: f"README:{v}" if isinstance(v, int) else "")
def test_shell_snippet(sandbox, tmp_path, line, command):
    program = command.split()[0]
    if program != "attrib" and shutil.which(program) is None:
        pytest.skip(f"{program} is not installed here")
    # "attrib batch … -o results.sqlite" makes the store; the other lines read the one there
    work = _fresh(sandbox, tmp_path, with_store="attrib batch" not in command)
    env = {**os.environ, "PATH": f"{sandbox / 'bin'}{os.pathsep}{os.environ['PATH']}",
           "PYTHONPATH": str(ROOT), "COLUMNS": "100"}
    proc = subprocess.run(["bash", "-c", "set -o pipefail; " + command], cwd=work, env=env,
                          capture_output=True, text=True, timeout=240)
    allowed = (0, 1) if "--fail-on" in command else (0,)
    assert proc.returncode in allowed, f"README.md:{line}: {command}\n{proc.stderr}"
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("line, code", [(b[0], b[2]) for b in blocks() if b[1] == "python" and b[3] is None],
                         ids=lambda v: f"README:{v}" if isinstance(v, int) else "")
def test_python_snippet(sandbox, tmp_path, monkeypatch, capsys, line, code):
    monkeypatch.chdir(_fresh(sandbox, tmp_path, with_store=True))
    exec(compile(code, f"README.md:{line}", "exec"), {"__name__": "__readme__"})
