"""`attrib check` on every kind of input: a report, or one clear line and exit 2, never a traceback."""
from __future__ import annotations

import codecs
import json
import os
import random
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from attrib.cli import app
from conftest import ROOT

runner = CliRunner()

EN = ("The minister said on Tuesday that the budget would grow next year, according to "
      "officials familiar with the plan.\n\n“We will spend more on schools,” she told reporters.\n")
ID = ("Menteri Keuangan mengatakan bahwa anggaran akan naik tahun depan, menurut pejabat yang "
      "mengetahui rencana tersebut.\n\n“Kami akan menambah belanja sekolah,” katanya.\n")
FR = "Le ministre a déclaré mardi que le budget augmenterait l'année prochaine, selon des responsables.\n"


def _check(*args: str, input: bytes | None = None):
    return runner.invoke(app, ["check", *args], input=input)


def _report(result) -> dict:
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    text = report["text"]
    for claim in report["claims"]:
        assert text[claim["start"]:claim["end"]] == claim["text"]
    return report


def _one_line_error(result, message: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("attrib: error: ") and result.stderr.count("\n") == 1
    assert message in result.stderr
    assert "Traceback" not in result.output


# --- inputs that are text: a report -----------------------------------------------------

@pytest.mark.parametrize("name, data, language, expected_text", [
    ("en.txt", EN.encode(), "en", EN),
    ("id.txt", ID.encode(), "id", ID),
    ("bom.txt", codecs.BOM_UTF8 + ID.encode(), "id", ID),  # the BOM is not part of the text
    ("utf16.txt", EN.encode("utf-16"), "en", EN),  # UTF-16 with a BOM
    ("crlf.txt", EN.replace("\n", "\r\n").encode(), "en", EN),
    ("page.html", f"<html><body><h1>Budget</h1><p>{EN.splitlines()[0]}</p></body></html>".encode(),
     "en", EN.splitlines()[0]),
    ("page.txt", f"<!doctype html><p>{ID.splitlines()[0]}</p>".encode(), "id", ID.splitlines()[0]),
])
def test_text_files_give_a_report(tmp_path, name, data, language, expected_text):
    path = tmp_path / name
    path.write_bytes(data)
    report = _report(_check(str(path), "--format", "json"))
    assert report["language"] == language
    # an HTML page's text is what trafilatura extracts: the heading may go, the paragraph stays
    assert report["text"] == expected_text or (b"<" in data and expected_text in report["text"])
    assert report["claims"]


def test_stdin(tmp_path):
    report = _report(_check("-", "--format", "json", input=ID.encode()))
    assert report["language"] == "id" and report["text"] == ID


def test_stdin_html():
    page = f"<!DOCTYPE html><html><body><p>{EN.splitlines()[0]}</p><script>x()</script></body></html>"
    report = _report(_check("-", "--format", "json", input=page.encode()))
    assert report["text"] == EN.splitlines()[0]


@pytest.mark.parametrize("data, warning", [
    (EN.encode() + b"\xff" + EN.encode(), "1 invalid UTF-8 byte(s) replaced with U+FFFD"),
    ("The café owner said the crème brûlée was gone.\n".encode("cp1252"), "read as Windows-1252"),
])
def test_fallback_encodings_warn_and_report(tmp_path, data, warning):
    path = tmp_path / "odd.txt"
    path.write_bytes(data)
    result = _check(str(path), "--format", "json")
    _report(result)
    assert result.stderr == f"attrib: warning: {warning}\n" or warning in result.stderr


def test_lang_overrides_detection(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text(FR, encoding="utf-8")
    assert _report(_check(str(path), "--lang", "en", "--format", "json"))["language"] == "en"


# --- inputs that are not: one line, exit 2 -------------------------------------------------

@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "the input is empty"),
    ("blank.txt", b"  \n\t\r\n  ", "the input is empty"),
    ("bom-only.txt", codecs.BOM_UTF8, "the input is empty"),
    ("doc.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + random.Random(1).randbytes(3000), "a PDF file"),
    ("img.png", b"\x89PNG\r\n\x1a\n" + random.Random(2).randbytes(3000), "a PNG image"),
    ("noise.txt", random.Random(3).randbytes(3000), "not text"),
    ("bad-bom.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", "byte-order mark"),
    ("script.html", b"<html><body><script>alert(1)</script></body></html>", "no article text"),
    ("fr.txt", FR.encode(), "unsupported language 'fr': attrib supports en, id"),
    ("zh.txt", "这是一个中文句子，用于测试语言检测。".encode(), "unsupported language 'zh'"),
    ("digits.txt", b"12345 67890\n", "no words"),
])
def test_bad_files(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    _one_line_error(_check(str(path)), message)


@pytest.mark.parametrize("data, message", [
    (b"", "the input is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG image"),
])
def test_bad_stdin(data, message):
    _one_line_error(_check("-", input=data), message)


def test_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(EN.encode() * 100)
    _one_line_error(_check(str(path), "--max-bytes", "1000"), "larger than the limit of 1,000 bytes")
    _one_line_error(_check("-", "--max-bytes", "1000", input=EN.encode() * 100),
                    "more than the limit of 1,000 bytes")


def test_missing_file_and_directory(tmp_path):
    _one_line_error(_check(str(tmp_path / "nope.txt")), "no such file")
    _one_line_error(_check(str(tmp_path)), "is a directory")


@pytest.mark.parametrize("args", [["--lang", "fr"], ["--lang", "xx"]])
def test_unsupported_lang_option(tmp_path, args):
    path = tmp_path / "en.txt"
    path.write_text(EN, encoding="utf-8")
    _one_line_error(_check(str(path), *args), "attrib supports en, id")


def test_bad_url_scheme():
    _one_line_error(_check("ftp://127.0.0.1/a.txt"), "only http:// and https://")


# --- --debug and unexpected errors --------------------------------------------------------

def test_debug_shows_the_traceback(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = _check(str(path), "--debug")
    assert result.exit_code != 0
    from attrib.errors import InputError

    assert isinstance(result.exception, InputError)  # raised, so the traceback is shown


def test_a_bug_is_one_line_and_exit_70(tmp_path, monkeypatch):
    import attrib

    def broken(text, language=None):
        raise RuntimeError("boom")

    monkeypatch.setattr(attrib, "analyze", broken)
    path = tmp_path / "en.txt"
    path.write_text(EN, encoding="utf-8")
    result = _check(str(path))
    assert result.exit_code == 70
    assert result.stderr.startswith("attrib: error: unexpected RuntimeError: boom")
    assert "--debug" in result.stderr and "Traceback" not in result.output
    assert isinstance(_check(str(path), "--debug").exception, RuntimeError)


def test_no_traceback_in_a_real_process(tmp_path):
    """The installed command, as a user runs it: stderr is one line."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(100))
    proc = subprocess.run([sys.executable, "-m", "attrib", "check", str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 2
    assert proc.stderr.startswith("attrib: error: the input is a PDF file")
    assert proc.stderr.count("\n") == 1 and proc.stdout == ""


def test_unwritable_output(tmp_path):
    path = tmp_path / "en.txt"
    path.write_text(EN, encoding="utf-8")
    _one_line_error(_check(str(path), "-f", "json", "-o", str(tmp_path / "no" / "such" / "dir.json")),
                    "cannot write")
