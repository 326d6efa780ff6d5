"""`attrib batch`: stores, errors, duplicates, --resume, --workers, Ctrl-C (CliRunner and subprocess)."""
from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attrib.archive.store import read_outcomes
from attrib.cli import app
from conftest import EXAMPLES

runner = CliRunner()
ATTRIB = [sys.executable, "-m", "attrib"]
# the three examples with metadata: (file, outlet, date)
ARTICLES = [("bytedance-huawei.id.txt", "Kompas", "2024-03-05"),
            ("harbor-bridge-contract.en.txt", "Eastmere Post", "2024-04-10"),
            ("bendungan-cilembu.id.txt", "Tempo", "2024-04-02")]


def write_corpus(path: Path, repeat: int = 1, *, broken: bool = True, only: str | None = None) -> Path:
    """A JSONL corpus of the examples ``repeat`` times, with metadata; with ``broken``, a line
    that is not JSON, a duplicate id and a record without text at the end."""
    lines = []
    for k in range(repeat):
        for name, outlet, date in ARTICLES:
            if only and only not in name:
                continue
            text = (EXAMPLES / name).read_text(encoding="utf-8")
            lines.append(json.dumps({"id": f"{k}/{name}", "text": text, "outlet": outlet,
                                     "date": date, "url": f"https://news.test/{k}/{name}"}))
    if broken:
        lines += ["{not json", json.dumps({"id": lines and json.loads(lines[0])["id"], "text": "again"}),
                  json.dumps({"id": "no-text", "outlet": "Kompas"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def batch(*args: str):
    return runner.invoke(app, ["batch", "--no-progress", *args])


def reports(store: Path) -> dict[str, dict]:
    return {o.id: o.report for o in read_outcomes(store) if o.report is not None}


def errors(store: Path) -> dict[str, str]:
    return {o.id: o.error for o in read_outcomes(store) if o.report is None}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "corpus.jsonl", repeat=2)


@pytest.fixture(scope="module")
def local_sqlite(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out") / "results.sqlite"
    r = batch(str(corpus), "-o", str(out))
    assert r.exit_code == 0, r.output
    return out


def test_every_document_has_a_report_or_an_error(local_sqlite):
    got = reports(local_sqlite)
    assert len(got) == 6 and all(r["schema"] == "attrib.report/1" for r in got.values())
    assert {r["language"] for r in got.values()} == {"en", "id"}  # detected per document
    errs = errors(local_sqlite)
    assert set(errs) == {"corpus.jsonl:7", "0/bytedance-huawei.id.txt", "no-text"}
    assert "not JSON" in errs["corpus.jsonl:7"] and "duplicate id" in errs["0/bytedance-huawei.id.txt"]
    # the first document with the duplicated id kept its report
    assert got["0/bytedance-huawei.id.txt"]["language"] == "id"


def test_reports_equal_the_library(local_sqlite):
    import attrib

    text = (EXAMPLES / "harbor-bridge-contract.en.txt").read_text(encoding="utf-8")
    assert reports(local_sqlite)["1/harbor-bridge-contract.en.txt"] == attrib.analyze(text).to_dict()


def test_sqlite_schema_answers_plain_sql(local_sqlite):
    db = sqlite3.connect(local_sqlite)
    rows = db.execute("SELECT outlet, count(*), sum(claims), avg(anonymous * 1.0 / claims) "
                      "FROM articles GROUP BY outlet ORDER BY outlet").fetchall()
    assert [r[:2] for r in rows] == [("Eastmere Post", 2), ("Kompas", 2), ("Tempo", 2)]
    # the denormalised counts agree with the children tables and the stored report
    for doc_id, claims, anonymous, report in db.execute(
            "SELECT id, claims, anonymous, report FROM articles"):
        rep = json.loads(report)
        assert claims == rep["summary"]["claims"] == db.execute(
            "SELECT count(*) FROM claims WHERE article_id = ?", (doc_id,)).fetchone()[0]
        assert anonymous == rep["summary"]["anonymous"] == db.execute(
            "SELECT sum(anonymous) FROM claims WHERE article_id = ?", (doc_id,)).fetchone()[0]
        assert db.execute("SELECT count(*) FROM sources WHERE article_id = ?", (doc_id,)).fetchone()[0] \
            == len(rep["sources"])
        assert db.execute("SELECT count(*) FROM responses WHERE article_id = ?", (doc_id,)).fetchone()[0] \
            == len(rep["responses"])
    (month,) = db.execute("SELECT DISTINCT month FROM articles WHERE outlet = 'Kompas'").fetchone()
    assert month == "2024-03"
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"articles_outlet", "articles_month", "errors_id"} <= names
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # a non-response row holds its party and kind
    assert db.execute("SELECT count(*) FROM responses WHERE kind IN "
                      "('declined', 'no_response', 'unreachable')").fetchone()[0] > 0


def test_jsonl_store_holds_the_same_reports(corpus, local_sqlite, tmp_path):
    out = tmp_path / "results.jsonl"
    r = batch(str(corpus), "-o", str(out))
    assert r.exit_code == 0, r.output
    assert reports(out) == reports(local_sqlite) and errors(out) == errors(local_sqlite)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 9 and all(json.loads(line)["id"] for line in lines)


def test_two_workers_give_the_same_results(corpus, local_sqlite, tmp_path):
    out = tmp_path / "w2.sqlite"
    r = batch(str(corpus), "-o", str(out), "--workers", "2")
    assert r.exit_code == 0, r.output
    assert reports(out) == reports(local_sqlite) and errors(out) == errors(local_sqlite)


def test_existing_output_needs_resume_or_overwrite(corpus, local_sqlite, tmp_path):
    r = batch(str(corpus), "-o", str(local_sqlite))
    assert r.exit_code == 2 and "--resume" in r.output and "--overwrite" in r.output
    out = tmp_path / "o.jsonl"
    out.write_text("")
    assert batch(str(corpus), "-o", str(out), "--overwrite").exit_code == 0
    assert len(reports(out)) == 6
    assert batch(str(corpus), "-o", str(out), "--resume", "--overwrite").exit_code == 2


@pytest.mark.parametrize("args, message", [
    (["-o", "x.txt"], "must end in .sqlite"),
    (["-o", "x.sqlite", "--lang", "fr"], "unsupported language"),
    (["-o", "x.sqlite", "--scheduler", "tcp://127.0.0.1:1"], "--engine dask"),
])
def test_usage_errors(corpus, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    r = batch(str(corpus), *args)
    assert r.exit_code == 2 and message in r.output and "Traceback" not in r.output


def test_missing_input(tmp_path):
    r = batch(str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "x.sqlite"))
    assert r.exit_code == 2 and "no such file" in r.output and not (tmp_path / "x.sqlite").exists()


def test_foreign_files_are_not_taken_for_stores(corpus, tmp_path):
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)")
    r = batch(str(corpus), "-o", str(other), "--resume")
    assert r.exit_code == 2 and "not an attrib store" in r.output
    junk = tmp_path / "junk.jsonl"
    junk.write_text('{"a": 1}\n')
    r = batch(str(corpus), "-o", str(junk), "--resume")
    assert r.exit_code == 2 and "not an attrib JSONL store" in r.output


@pytest.mark.parametrize("suffix", ["sqlite", "jsonl"])
def test_resume_skips_done_and_retries_errors(tmp_path, suffix):
    part = write_corpus(tmp_path / "part.jsonl", broken=False, only="id.txt")
    out = tmp_path / f"r.{suffix}"
    assert batch(str(part), "-o", str(out), "--lang", "en").exit_code == 0
    # both Indonesian articles analysed as English: reports, not errors; now make one fail
    full = tmp_path / "full.jsonl"
    records = [json.loads(line) for line in part.read_text().splitlines()]
    records.append({"id": "late", "text": "   "})
    full.write_text("".join(json.dumps(r) + "\n" for r in records))
    assert batch(str(full), "-o", str(out), "--resume").exit_code == 0
    assert set(errors(out)) == {"late"}
    # the article with an error is retried: it now has text, and its error record is gone
    records[-1]["text"] = (EXAMPLES / "harbor-bridge-contract.en.txt").read_text(encoding="utf-8")
    full.write_text("".join(json.dumps(r) + "\n" for r in records))
    r = batch(str(full), "-o", str(out), "--resume")
    assert r.exit_code == 0 and "2 already done" in r.output
    assert errors(out) == {} and set(reports(out)) == {r["id"] for r in records}
    # done documents were skipped, not re-analysed: still the --lang en reports
    assert {rep["language"] for k, rep in reports(out).items() if k != "late"} == {"en"}
    if suffix == "sqlite":
        db = sqlite3.connect(out)
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
        assert db.execute("SELECT count(*) FROM errors").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM runs WHERE finished IS NOT NULL").fetchone()[0] == 3
    else:
        assert len(out.read_text().splitlines()) == 4  # three reports and the superseded error


def test_folder_and_csv_inputs(tmp_path):
    folder = tmp_path / "site"
    (folder / "2024").mkdir(parents=True)
    text = (EXAMPLES / "bytedance-huawei.id.txt").read_text(encoding="utf-8")
    (folder / "2024" / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.html").write_text(f"<html><body><article><p>{text}</p></article></body></html>",
                                   encoding="utf-8")
    (folder / "c.txt").write_bytes(b"%PDF-1.4 binary")
    table = tmp_path / "t.csv"
    with table.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "text", "outlet", "date"])
        w.writerow(["csv-1", text, "Kompas", "05/03/2024"])
    out = tmp_path / "r.sqlite"
    r = batch(str(folder), str(table), "-o", str(out))
    assert r.exit_code == 0, r.output
    assert set(reports(out)) == {"2024/a.txt", "b.html", "csv-1"}
    assert "PDF" in errors(out)["c.txt"]
    db = sqlite3.connect(out)
    assert db.execute("SELECT outlet, month FROM articles WHERE id = 'csv-1'").fetchone() == ("Kompas", "2024-03")
    assert json.loads(db.execute("SELECT meta FROM articles WHERE id = 'b.html'").fetchone()[0]) == {"path": "b.html"}


def test_stdin_jsonl(tmp_path):
    text = (EXAMPLES / "harbor-bridge-contract.en.txt").read_text(encoding="utf-8")
    out = tmp_path / "r.jsonl"
    r = runner.invoke(app, ["batch", "-", "-o", str(out), "--no-progress"],
                      input=json.dumps({"id": "s1", "text": text}) + "\n")
    assert r.exit_code == 0, r.output
    assert set(reports(out)) == {"s1"}


def test_progress_bar_shows_rate(corpus, tmp_path):
    r = runner.invoke(app, ["batch", str(corpus), "-o", str(tmp_path / "p.sqlite"), "--progress"])
    assert r.exit_code == 0
    assert "docs/s" in r.output and "9/9" in r.output


def _wait_for_articles(out: Path, proc: subprocess.Popen, n: int, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        assert proc.poll() is None, proc.stderr.read()
        if out.exists():
            try:
                if out.suffix == ".jsonl":
                    done = out.read_text(encoding="utf-8").count("\n")
                else:
                    with sqlite3.connect(f"file:{out}?mode=ro", uri=True) as db:
                        done = db.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                done = 0
            if done >= n:
                return
        time.sleep(0.05)
    raise AssertionError("the batch committed nothing in time")


@pytest.mark.parametrize("suffix, workers", [("sqlite", "2"), ("jsonl", "1")])
def test_ctrl_c_leaves_a_valid_store_that_resume_completes(tmp_path, suffix, workers):
    corpus = write_corpus(tmp_path / "c.jsonl", repeat=12, broken=False, only="en.txt")
    out = tmp_path / f"r.{suffix}"
    cmd = [*ATTRIB, "batch", str(corpus), "-o", str(out), "--workers", workers, "--no-progress"]
    # its own process group, which gets the SIGINT, as a terminal sends Ctrl-C to every process
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, start_new_session=True)
    _wait_for_articles(out, proc, 1)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "--resume" in err and "Traceback" not in err
    done = reports(out)  # a valid store: it reads back
    assert 1 <= len(done) < 12
    if suffix == "sqlite":
        with sqlite3.connect(out) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    r = subprocess.run([*cmd, "--resume"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert f"{len(done)} already done" in r.stderr
    final = reports(out)
    assert len(final) == 12 and all(final[k] == v for k, v in done.items())
    if suffix == "jsonl":
        assert len(out.read_text(encoding="utf-8").splitlines()) == 12  # nothing twice


def test_engine_dask_without_the_extra_says_what_to_install(corpus, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if dask were not installed
    r = batch(str(corpus), "-o", str(tmp_path / "x.sqlite"), "--engine", "dask")
    assert r.exit_code == 2 and "pip install 'attrib[dask]'" in r.output
    assert not (tmp_path / "x.sqlite").exists()


def test_a_store_that_cannot_be_written_is_a_one_line_error(corpus, tmp_path):
    if os.geteuid() == 0:  # root writes anywhere: use a path under a file instead
        target = tmp_path / "file" / "r.sqlite"
        (tmp_path / "file").write_text("")
    else:
        (tmp_path / "ro").mkdir(mode=0o500)
        target = tmp_path / "ro" / "r.sqlite"
    r = batch(str(corpus), "-o", str(target))
    assert r.exit_code == 2 and "cannot write" in r.output and "Traceback" not in r.output


@pytest.mark.parametrize("suffix", ["sqlite", "jsonl"])
def test_no_single_line_stops_the_batch(tmp_path, suffix):
    """A line nested 100,000 deep (RecursionError in the decoder), lone surrogates in the text,
    the id and the metadata, a number too long to read: each is that document's outcome, the
    documents around them are stored, and --resume goes on from there."""
    text = "The treasurer said the bridge would open in May."
    lines = [json.dumps({"id": "before", "text": text}),
             "[" * 100_000,
             '{"id": "lone", "text": "\\ud800 ' + text + '"}',
             '{"id": "odd\\udc00id", "text": "' + text + '", "outlet": "\\ud83d"}',
             '{"id": "long-number", "text": "' + text + '", "n": ' + "9" * 5000 + "}",
             json.dumps({"id": "after", "text": text})]
    corpus = tmp_path / "nasty.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / f"r.{suffix}"
    r = batch(str(corpus), "-o", str(out), "--lang", "en")
    assert r.exit_code == 0, r.output
    assert set(reports(out)) == {"before", "lone", "odd\ufffdid", "after"}
    assert set(errors(out)) == {"nasty.jsonl:2", "nasty.jsonl:5"}
    assert "RecursionError" in errors(out)["nasty.jsonl:2"]
    assert reports(out)["lone"]["text"].startswith("\ufffd ")
    r = batch(str(corpus), "-o", str(out), "--resume")
    assert r.exit_code == 0 and "4 already done" in r.output, r.output


def test_a_failure_in_the_analysis_is_the_documents_error(tmp_path, monkeypatch):
    """Whatever the analysis raises (here MemoryError, then RecursionError) is recorded."""
    import attrib.archive.batch as archive_batch
    from attrib.archive.inputs import Document

    def explode(exc):
        def analyze(text):
            raise exc
        return lambda lang: type("A", (), {"analyze": staticmethod(analyze)})()

    for exc, words in ((MemoryError(), "not enough memory"), (RecursionError(), "nested too deeply")):
        monkeypatch.setattr("attrib.load", explode(exc))
        outcome = archive_batch.analyze_document(Document("x", "Some text here.", False), "en")
        assert outcome.report is None and words in outcome.error


def test_a_csv_field_of_10_mb_is_an_error_record_in_bounded_time_and_memory(tmp_path):
    """A 10 MB text field: over --max-chars, that row is an error record (at once, not after
    minutes of analysis and gigabytes of memory), and the rows around it are analysed."""
    import resource

    path = tmp_path / "big.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "text"])
        w.writerow(["small", "The harbour master said the ferry would sail."])
        w.writerow(["huge", "The harbour master said the ferry would sail. " * 220_000])
        w.writerow(["after", "A port official said the ferry was late."])
    out = tmp_path / "r.sqlite"
    started = time.monotonic()
    res = subprocess.run([*ATTRIB, "batch", str(path), "-o", str(out), "--lang", "en", "--no-progress"],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert time.monotonic() - started < 120
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < 1024 * 1024  # KB: under 1 GB
    assert set(reports(out)) == {"small", "after"}
    assert "--max-chars" in errors(out)["huge"]
