"""attrib.archive.inputs: documents, ids and metadata from folders, JSONL and CSV."""
from __future__ import annotations

import csv
import json

import pytest

from attrib.archive.inputs import Corpus, Document, document_text, month_of, standard_meta
from attrib.errors import InputError


def test_folder_ids_are_relative_paths_in_a_stable_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.html").write_text("<html><body><p>Kata dia, hujan turun.</p></body></html>")
    (tmp_path / "a.txt").write_text("He said it rained.\n")
    (tmp_path / "notes.md").write_text("not an article")
    (tmp_path / ".hidden.txt").write_text("skipped")
    docs = list(Corpus([str(tmp_path)]))
    assert [d.id for d in docs] == ["a.txt", "b/two.html"]
    assert Corpus([str(tmp_path)]).count() == 2
    assert docs[0].meta == {"path": "a.txt"} and isinstance(docs[0].data, bytes)
    # HTML files are recognised by their name and reduced to their text
    assert document_text(docs[1]).strip() == "Kata dia, hujan turun."


def test_jsonl_records_keep_their_metadata(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [json.dumps({"id": 7, "text": "A said B.", "outlet": "Kompas", "date": "2024-03-05"}),
             "", "{broken", json.dumps(["not", "an", "object"]),
             json.dumps({"html": "<p>Menurut dia, harga naik.</p>", "url": "https://x.test/1"}),
             json.dumps({"id": "empty", "text": "   "})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = list(Corpus([str(path)]))
    assert Corpus([str(path)]).count() == 5  # blank lines are not documents
    assert [d.id for d in docs] == ["7", "a.jsonl:3", "a.jsonl:4", "a.jsonl:5", "empty"]
    assert docs[0].meta == {"outlet": "Kompas", "date": "2024-03-05"} and docs[0].html is False
    assert docs[1].problem.startswith("line 3 is not JSON") and docs[2].problem.endswith("not a JSON object")
    assert docs[3].html is True and docs[3].meta == {"url": "https://x.test/1"}
    assert "Menurut dia" in document_text(docs[3])
    assert docs[4].problem and docs[4].meta == {}
    with pytest.raises(InputError):
        document_text(docs[4])


def test_csv_text_and_id_columns(tmp_path):
    path = tmp_path / "a.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "body", "outlet"])
        w.writerow(["x1", "Line one.\nLine two, with a comma.", "Tempo"])
        w.writerow(["", "No id here.", ""])
        w.writerow(["x3", "", "Tempo"])
    docs = list(Corpus([str(path)], text_column="body"))
    assert [d.id for d in docs] == ["x1", "a.csv:2", "x3"]
    assert docs[0].data == "Line one.\nLine two, with a comma." and docs[0].meta == {"outlet": "Tempo"}
    assert docs[1].meta == {} and docs[2].problem == "row 3 has no 'body'"
    assert Corpus([str(path)], text_column="body").count() == 3
    # without an id column: row numbers
    assert [d.id for d in Corpus([str(path)], text_column="body", id_column="nope")] == \
        ["a.csv:1", "a.csv:2", "a.csv:3"]


def test_bad_inputs_fail_before_any_work(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        Corpus([str(tmp_path / "missing.jsonl")])
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match="give a folder"):
        Corpus([str(tmp_path / "a.pdf")])
    (tmp_path / "a.csv").write_text("id,content\n1,x\n")
    with pytest.raises(InputError, match="no 'text' column"):
        Corpus([str(tmp_path / "a.csv")])
    with pytest.raises(InputError):
        Corpus([])


def test_folder_file_too_large_is_a_problem_not_a_crash(tmp_path):
    (tmp_path / "big.txt").write_text("x" * 200)
    (doc,) = Corpus([str(tmp_path)], max_bytes=100)
    assert doc.id == "big.txt" and "larger than the limit" in doc.problem


def test_iterating_is_lazy(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": "t"}) + "\n" for i in range(1000)))
    it = iter(Corpus([str(path)]))
    assert next(it).id == "0" and next(it).id == "1"  # nothing forces the whole file


@pytest.mark.parametrize("date, month", [
    ("2024-03-05", "2024-03"), ("2024/3/5T10:00", "2024-03"), ("2024-03", "2024-03"),
    ("05/03/2024", "2024-03"), ("Tue, 05 Mar 2024 10:00:00 +0700", "2024-03"),
    ("2024-13-01", None), ("yesterday", None), ("", None), (None, None),
])
def test_month_of(date, month):
    assert month_of(date) == month


def test_standard_meta_reads_common_names():
    assert standard_meta({"Source": "Reuters", "published_at": "2024-01-02", "link": "u", "x": 1}) == \
        {"outlet": "Reuters", "date": "2024-01-02", "url": "u", "title": None}
    assert standard_meta({}) == {"outlet": None, "date": None, "url": None, "title": None}


def test_document_text_refuses_binary():
    with pytest.raises(InputError, match="PDF"):
        document_text(Document("x", b"%PDF-1.4 ....", None, name="x.txt"))


PAGE = """<!doctype html><html><head><title>Harga &amp; pasokan</title>
<meta content="Kompas" property="og:site_name">
<meta property='article:published_time' content='2024-03-05T08:00:00+07:00'/>
<link rel="canonical" href="https://news.test/a">
</head><body><p>Kata dia, harga naik.</p></body></html>"""


def test_html_metadata_from_the_head():
    from attrib.archive.inputs import html_metadata

    assert html_metadata(PAGE) == {"outlet": "Kompas", "date": "2024-03-05T08:00:00+07:00",
                                   "url": "https://news.test/a", "title": "Harga & pasokan"}
    assert html_metadata("<p>no head</p>") == {}


def test_folder_html_files_get_their_page_metadata(tmp_path):
    from attrib.archive.inputs import document_meta

    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("A text that quotes <meta property='og:site_name' content='X'>")
    a, b = Corpus([str(tmp_path)])
    assert document_meta(a) == {"path": "a.html", "outlet": "Kompas", "url": "https://news.test/a",
                                "date": "2024-03-05T08:00:00+07:00", "title": "Harga & pasokan"}
    assert month_of(standard_meta(document_meta(a))["date"]) == "2024-03"
    assert document_meta(b) == {"path": "b.txt"}  # a .txt file that does not start like HTML


def test_a_csv_that_breaks_midway_gives_an_error_record(tmp_path):
    path = tmp_path / "a.csv"
    huge = "x" * ((1 << 20) + 10)  # over the csv module's field limit (1 MB here)
    path.write_text(f"id,text\nx1,Kata dia hujan turun.\nx2,{huge}\nx3,Lagi.\n", encoding="utf-8")
    corpus = Corpus([str(path)], max_bytes=1000)
    docs = list(corpus)
    assert [d.id for d in docs] == ["x1", "a.csv:2"] and docs[0].problem is None
    assert "cannot be read after row 1" in docs[1].problem
    assert corpus.count() is None  # no total to promise: the progress bar runs without one


def test_damaged_utf8_in_a_csv_is_replaced_not_fatal(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"id,text\nx1,Kata dia \xff hujan.\nx2,Lagi.\n")
    docs = list(Corpus([str(path)]))
    assert [d.id for d in docs] == ["x1", "x2"] and docs[0].data == "Kata dia \ufffd hujan."
