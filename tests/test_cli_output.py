"""Writing the report: a failed write is exit 2 with one line, and -o is whole or absent."""
from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

ATTRIB = [sys.executable, "-m", "attrib"]
ARTICLE = str(EXAMPLES / "harbor-bridge-contract.en.txt")
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _run(*args: str, cwd: Path, file_limit: int | None = None, stdout=subprocess.PIPE):
    def limit() -> None:  # `ulimit -f`: writes past it fail with EFBIG (Python ignores SIGXFSZ)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    return subprocess.run([*ATTRIB, *args], cwd=cwd, env=ENV, stdout=stdout, stderr=subprocess.PIPE,
                          text=True, timeout=120, preexec_fn=limit if file_limit else None)


def _one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("attrib: error: cannot write"), stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_a_file_size_limit_on_o_is_exit_2_and_leaves_no_partial_file(tmp_path):
    r = _run("check", ARTICLE, "-f", "html", "-o", "report.html", cwd=tmp_path, file_limit=10 * 1024)
    assert r.returncode == 2
    assert "File too large" in _one_error_line(r.stderr)
    assert list(tmp_path.iterdir()) == []  # neither the report nor its temporary file


def test_a_failed_write_keeps_the_previous_report(tmp_path):
    (tmp_path / "report.html").write_text("the previous report")
    r = _run("check", ARTICLE, "-f", "html", "-o", "report.html", cwd=tmp_path, file_limit=10 * 1024)
    assert r.returncode == 2
    assert (tmp_path / "report.html").read_text() == "the previous report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_a_full_disk_on_stdout_is_exit_2_with_one_line(tmp_path):
    with open("/dev/full", "w") as full:
        r = _run("check", ARTICLE, "-f", "json", cwd=tmp_path, stdout=full)
    assert r.returncode == 2
    assert "standard output" in _one_error_line(r.stderr)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_a_full_disk_on_o_is_exit_2_and_a_device_is_not_replaced(tmp_path):
    r = _run("check", ARTICLE, "-f", "json", "-o", "/dev/full", cwd=tmp_path)
    assert r.returncode == 2
    assert "No space left" in _one_error_line(r.stderr)
    assert not Path("/dev/full").is_file()  # written in place, never renamed over


def test_a_report_written_whole_keeps_the_usual_permissions(tmp_path):
    r = _run("check", ARTICLE, "-f", "json", "-o", "report.json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "report.json").stat().st_mode & 0o777 == 0o666 & ~umask
    assert (tmp_path / "report.json").read_text(encoding="utf-8").startswith("{")
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_max_chars_is_exit_2_with_one_line(tmp_path):
    r = _run("check", ARTICLE, "--max-chars", "100", cwd=tmp_path)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "more than the limit of 100" in lines[0] and "--max-chars" in lines[0]


def test_a_status_line_only_for_long_texts_on_a_terminal(monkeypatch):
    """`check` shows the elapsed time while a long text is analysed, on a terminal only."""
    import io

    from attrib.cli import _common

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    long_text = "x" * _common.LONG_TEXT_CHARS
    for stream, text, shown in ((io.StringIO(), long_text, False), (Terminal(), "short", False),
                                (Terminal(), long_text, True)):
        monkeypatch.setattr(_common.sys, "stderr", stream)
        with _common.analysis_status(text) as status:
            assert (status.status is not None) is shown
