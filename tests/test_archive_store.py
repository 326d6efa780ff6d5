"""attrib.archive.store: statuses across runs, error supersession, torn JSONL lines."""
from __future__ import annotations

import json

import pytest

from attrib.archive.store import DONE, NEW, RETRY, SEEN, Outcome, open_store, read_outcomes
from attrib.errors import InputError

REPORT = {"schema": "attrib.report/1", "language": "en", "text": "A said B.", "sources": [],
          "claims": [], "responses": [], "non_claims": [],
          "summary": {"claims": 0, "attributed": 0, "unattributed": 0, "single_source": 0,
                      "anonymous": 0, "disputed": 0, "corroborated": 0, "sources": 0,
                      "named_sources": 0, "anonymous_sources": 0, "responses": 0}}


@pytest.mark.parametrize("suffix", ["sqlite", "jsonl"])
def test_statuses_across_runs(tmp_path, suffix):
    path = tmp_path / f"s.{suffix}"
    store = open_store(path)
    assert store.status("a") == NEW
    store.write(Outcome("a", {"outlet": "X"}, REPORT))
    store.write(Outcome("b", {}, error="empty"))
    assert store.status("a") == SEEN and store.status("b") == SEEN  # a second "a" is a duplicate
    store.close()
    store = open_store(path, resume=True)
    assert store.run == 2
    assert store.status("a") == DONE and store.status("b") == RETRY and store.status("c") == NEW
    store.write(Outcome("b", {}, REPORT))  # the retry succeeds: its error no longer stands
    store.close()
    got = list(read_outcomes(path))
    assert [(o.id, o.error) for o in got] == [("a", None), ("b", None)]
    assert got[0].meta == {"outlet": "X"} and got[0].report == REPORT


@pytest.mark.parametrize("suffix", ["sqlite", "jsonl"])
def test_a_failed_retry_replaces_the_old_error(tmp_path, suffix):
    path = tmp_path / f"s.{suffix}"
    store = open_store(path)
    store.write(Outcome("b", {}, error="first"))
    store.close()
    store = open_store(path, resume=True)
    store.write(Outcome("b", {}, error="second"))
    store.close()
    assert [(o.id, o.error) for o in read_outcomes(path)] == [("b", "second")]


def test_a_torn_jsonl_line_is_skipped_then_cut_off(tmp_path):
    path = tmp_path / "s.jsonl"
    store = open_store(path)
    store.write(Outcome("a", {}, REPORT))
    store.close()
    with path.open("a", encoding="utf-8") as f:
        f.write('{"id": "b", "meta": {}, "run": 1, "rep')  # killed while writing
    assert [o.id for o in read_outcomes(path)] == ["a"]
    store = open_store(path, resume=True)
    assert store.status("b") == NEW
    store.write(Outcome("b", {}, REPORT))
    store.close()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "b"]


def test_exists_foreign_and_bad_names(tmp_path):
    path = tmp_path / "s.sqlite"
    open_store(path).close()
    with pytest.raises(InputError, match="--resume"):
        open_store(path)
    with pytest.raises(InputError, match=r"\.sqlite"):
        open_store(tmp_path / "s.csv")
    bad = tmp_path / "x.jsonl"
    bad.write_text('{"id": 1, "report": {}}\nnot a record\n{"id": 2, "error": "e"}\n')
    with pytest.raises(InputError, match="not an attrib JSONL store"):
        list(read_outcomes(bad))
    with pytest.raises(InputError, match="no such store"):
        list(read_outcomes(tmp_path / "none.sqlite"))
    store = open_store(path, overwrite=True)  # replaced: a fresh store, run 1
    assert store.run == 1 and store.status("a") == NEW
    store.close()


def test_a_store_in_a_read_only_folder_says_it_cannot_be_created(tmp_path, monkeypatch):
    """SQLite's "unable to open database file" for a file that does not exist yet is no
    "not an attrib store": the store cannot be created, and the message says why."""
    import sqlite3

    import attrib.archive.store as store

    def refuse(*args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    folder = tmp_path / "ro"
    folder.mkdir()
    # as root a chmod does not stop a write: the refusal is simulated where SQLite makes it
    monkeypatch.setattr(store.sqlite3, "connect", refuse)
    monkeypatch.setattr(store.os, "access", lambda path, mode: False)
    with pytest.raises(InputError) as e:
        store.open_store(folder / "new.sqlite")
    assert "cannot create" in str(e.value) and "not writable" in str(e.value)
    assert "not an attrib" not in str(e.value)
