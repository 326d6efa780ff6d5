"""attrib.archive.reader: a batch store's articles, claims and sources as rows and DataFrames,
the same from SQLite and JSONL."""
from __future__ import annotations

import pytest

from attrib.archive.reader import ARTICLE_COLUMNS, CLAIM_COLUMNS, SOURCE_COLUMNS, read_store
from attrib.archive.store import Outcome, open_store
from attrib.errors import InputError
from ux_articles import EN, ID


@pytest.fixture(scope="module", params=["sqlite", "jsonl"])
def store(request, tmp_path_factory, nlp_en, nlp_id):
    path = tmp_path_factory.mktemp("reader") / f"s.{request.param}"
    s = open_store(path)
    s.write(Outcome("en-1", {"outlet": "Harbor Weekly Gazette", "date": "2024-03-05"}, nlp_en.analyze(EN).to_dict()))
    s.write(Outcome("id-1", {"source": "Warta Pelabuhan Kota"}, nlp_id.analyze(ID).to_dict()))
    s.write(Outcome("bad", {"outlet": "X"}, error='the record has an empty "text"'))
    s.close()
    return path


def test_articles(store):
    with read_store(store) as st:
        rows = list(st.articles())
    assert [r["id"] for r in rows] == ["en-1", "id-1"]
    assert set(rows[0]) == set(ARTICLE_COLUMNS)
    assert rows[0]["outlet"] == "Harbor Weekly Gazette" and rows[0]["month"] == "2024-03"
    assert rows[1]["outlet"] == "Warta Pelabuhan Kota" and rows[1]["language"] == "id"
    assert rows[0]["claims"] == 4 and rows[0]["anonymous"] == 1


def test_claims_and_sources(store):
    st = read_store(store)
    claims = [c for c in st.claims() if c["article_id"] == "en-1"]
    assert set(claims[0]) == set(CLAIM_COLUMNS)
    assert claims[0]["anonymous"] == 1 and claims[0]["disputed"] == 1 and claims[0]["disputed_by"] == "c3"
    assert claims[0]["sources"] == "two officials familiar with the plan"
    sources = [s for s in st.sources() if s["article_id"] == "en-1"]
    assert set(sources[0]) == set(SOURCE_COLUMNS)
    assert sources[0]["anonymous"] == 1 and sources[0]["kind"] == "people"
    assert [e["id"] for e in st.errors()] == ["bad"]


def test_reports(store):
    st = read_store(store)
    report = st.report("en-1")
    assert report is not None and report.claim("c1").disputed_by == ("c3",)
    assert st.report("bad") is None
    assert [i for i, _ in st.reports()] == ["en-1", "id-1"]


def test_dataframes(store):
    pytest.importorskip("pandas")
    st = read_store(store)
    claims = st.dataframe("claims")
    assert list(claims.columns) == list(CLAIM_COLUMNS) and len(claims) == 8
    assert claims.groupby("article_id")["anonymous"].sum().to_dict() == {"en-1": 1, "id-1": 1}
    assert len(st.dataframe("articles")) == 2 and len(st.dataframe("errors")) == 1
    with pytest.raises(ValueError, match="unknown table"):
        st.dataframe("nope")


def test_not_a_store(tmp_path):
    with pytest.raises(InputError, match="no such store"):
        read_store(tmp_path / "missing.sqlite")
    bad = tmp_path / "x.sqlite"
    bad.write_bytes(b"not sqlite at all" * 10)
    with pytest.raises(InputError):
        read_store(bad)
