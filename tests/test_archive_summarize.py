"""`attrib summarize`: corpus figures by outlet and month from SQLite and JSONL, CSV, charts."""
from __future__ import annotations

import csv
import json
import sqlite3

import pytest
from typer.testing import CliRunner

from attrib.archive.summarize import Row, summarize, total, write_chart
from attrib.cli import app
from attrib.errors import InputError
from test_archive_batch import write_corpus

runner = CliRunner()


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """The same corpus in a SQLite and a JSONL store."""
    where = tmp_path_factory.mktemp("summarize")
    corpus = write_corpus(where / "c.jsonl", repeat=2)
    out = {}
    for suffix in ("sqlite", "jsonl"):
        out[suffix] = where / f"r.{suffix}"
        r = runner.invoke(app, ["batch", str(corpus), "-o", str(out[suffix]), "--no-progress"])
        assert r.exit_code == 0, r.output
    return out


def _expected(store_sqlite, where: str = "1 = 1") -> dict:
    db = sqlite3.connect(store_sqlite)
    return dict(zip(("articles", "claims", "unattributed", "single_source", "anonymous", "disputed",
                     "named_sources", "anonymous_sources", "responses"),
                    db.execute(f"SELECT count(*), sum(claims), sum(unattributed), sum(single_source), "
                               f"sum(anonymous), sum(disputed), sum(named_sources), "
                               f"sum(anonymous_sources), sum(responses) FROM articles WHERE {where}")
                    .fetchone()))


@pytest.mark.parametrize("by", [None, "outlet", "month", "language"])
def test_sqlite_and_jsonl_give_the_same_figures(stores, by):
    assert summarize(stores["sqlite"], by) == summarize(stores["jsonl"], by)


def test_overall_figures(stores):
    (row,) = summarize(stores["sqlite"])
    want = _expected(stores["sqlite"])
    assert row.group == "all" and row.errors == 3
    for key, value in want.items():
        assert getattr(row, key) == value, key
    assert row.share("anonymous") == pytest.approx(want["anonymous"] / want["claims"])


def test_by_outlet_and_month(stores):
    rows = summarize(stores["sqlite"], "outlet")
    # outlets sorted; the errors without an outlet come last
    assert [r.group for r in rows] == ["Eastmere Post", "Kompas", "Tempo", "(no outlet)"]
    kompas = rows[1]
    assert kompas.articles == 2 and kompas.claims == _expected(stores["sqlite"], "outlet = 'Kompas'")["claims"]
    # the record without text says its outlet; the bad line and the duplicate say none
    assert kompas.errors == 1 and rows[-1].articles == 0 and rows[-1].errors == 2
    months = summarize(stores["sqlite"], "month")
    assert [r.group for r in months] == ["2024-03", "2024-04", "(no date)"]
    assert [r.articles for r in months] == [2, 4, 0]
    assert total(months) == Row("all", **{k: v for k, v in vars(summarize(stores["sqlite"])[0]).items()
                                          if k != "group"})


def test_share_without_claims_is_none():
    assert Row("x").share("anonymous") is None


def test_unknown_grouping_and_store(tmp_path, stores):
    with pytest.raises(InputError, match="--by"):
        summarize(stores["sqlite"], "weekday")
    with pytest.raises(InputError, match="no such store"):
        summarize(tmp_path / "none.sqlite")
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)")
    with pytest.raises(InputError, match="not an attrib SQLite store"):
        summarize(other)


def test_cli_csv_and_table(stores, tmp_path):
    out = tmp_path / "by-outlet.csv"
    r = runner.invoke(app, ["summarize", str(stores["jsonl"]), "--by", "outlet", "--csv", str(out),
                            "--format", "rich"])
    assert r.exit_code == 0, r.output
    assert "Kompas" in r.output and "Eastmere Post" in r.output and "unattr." in r.output
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["outlet"] for r in rows] == ["Eastmere Post", "Kompas", "Tempo", "(no outlet)"]
    kompas = rows[1]
    assert float(kompas["anonymous_share"]) == pytest.approx(int(kompas["anonymous"]) / int(kompas["claims"]),
                                                             abs=1e-4)
    # piped: CSV on stdout; --format json
    r = runner.invoke(app, ["summarize", str(stores["sqlite"]), "--by", "month"])
    assert r.exit_code == 0 and r.output.splitlines()[0].startswith("month,articles,claims,")
    r = runner.invoke(app, ["summarize", str(stores["sqlite"]), "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.output)[0]["group"] == "all"


@pytest.mark.parametrize("name, magic", [("chart.png", b"\x89PNG"), ("chart.svg", b"<?xml")])
def test_chart(stores, tmp_path, name, magic):
    path = tmp_path / name
    r = runner.invoke(app, ["summarize", str(stores["sqlite"]), "--chart", str(path)])
    assert r.exit_code == 0, r.output
    assert path.read_bytes().startswith(magic)
    if name.endswith(".svg"):
        svg = path.read_text(encoding="utf-8")
        assert "2024-03" in svg and "single-source" in svg  # months on x, one line per share


def test_chart_needs_dates_and_an_image_name(tmp_path, stores):
    corpus = tmp_path / "undated.jsonl"
    text = json.loads(write_corpus(tmp_path / "c.jsonl", broken=False).read_text().splitlines()[0])["text"]
    corpus.write_text(json.dumps({"id": "u", "text": text}) + "\n")
    store = tmp_path / "u.sqlite"
    assert runner.invoke(app, ["batch", str(corpus), "-o", str(store), "--no-progress"]).exit_code == 0
    r = runner.invoke(app, ["summarize", str(store), "--chart", str(tmp_path / "c.png")])
    assert r.exit_code == 2 and "date" in r.output
    r = runner.invoke(app, ["summarize", str(stores["sqlite"]), "--chart", str(tmp_path / "c.pdf")])
    assert r.exit_code == 2 and ".png or .svg" in r.output
    with pytest.raises(InputError):
        write_chart(tmp_path / "c.gif", stores["sqlite"])


def test_chart_without_the_extra_says_what_to_install(stores, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if matplotlib were not installed
    r = runner.invoke(app, ["summarize", str(stores["sqlite"]), "--chart", str(tmp_path / "c.png")])
    assert r.exit_code == 2 and "pip install 'attrib[charts]'" in r.output
