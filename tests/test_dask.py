"""attrib.dask and `attrib batch --engine dask` on a LocalCluster of 2 worker processes:
the same results as the local run."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

distributed = pytest.importorskip("distributed")
dask_bag = pytest.importorskip("dask.bag")

from attrib.cli import app  # noqa: E402
from test_archive_batch import errors, reports, write_corpus  # noqa: E402

runner = CliRunner()


@pytest.fixture(scope="module")
def cluster():
    # loopback only; processes, one thread each. dashboard_address=None still binds port 8787
    # (the scheduler's HTTP server): a free loopback port instead
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address="127.0.0.1:0", host="127.0.0.1") as c, \
            distributed.Client(c) as client:
        yield c, client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("dask") / "c.jsonl", repeat=2)


@pytest.fixture(scope="module")
def local(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("dask-local") / "local.sqlite"
    r = runner.invoke(app, ["batch", str(corpus), "-o", str(out), "--no-progress"])
    assert r.exit_code == 0, r.output
    return out


def test_warm_up_loads_one_analyzer_per_language_per_worker(cluster):
    from attrib.dask import warm_up

    _, client = cluster
    loaded = warm_up(client, ["en", "id"])
    assert len(loaded) == 2 and all(v == ["en", "id"] for v in loaded.values())


def test_analyze_bag_equals_the_local_run(cluster, corpus, local):
    from attrib.dask import analyze_bag

    _, client = cluster
    lines = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()
             if line.startswith("{\"")]
    bag = dask_bag.from_sequence(lines, npartitions=4)
    records = analyze_bag(bag).compute()
    assert len(records) == len(lines)
    got: dict[str, dict] = {}
    for r in records:  # in order: a bag has no store, so the duplicate id is analysed too
        if "report" in r:
            got.setdefault(r["id"], r["report"])
    assert got == reports(local)
    assert [r["report"]["text"] for r in records if r["id"] == "0/bytedance-huawei.id.txt"][1] == "again"
    assert {r["id"] for r in records if "error" in r} == {"no-text"}
    texts = analyze_bag(dask_bag.from_sequence([lines[0]["text"]]), language="id").compute()
    assert texts[0]["id"] is None and texts[0]["report"] == reports(local)[lines[0]["id"]]


def test_analyze_dataframe(cluster, corpus, local):
    import dask.dataframe as dd
    import pandas as pd

    from attrib.dask import analyze_dataframe

    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()[:6]]
    frame = dd.from_pandas(pd.DataFrame(rows + [{"id": "blank", "text": ""}]), npartitions=2)
    out = analyze_dataframe(frame, text_column="text", id_column="id").compute()
    assert list(out["id"]) == [r["id"] for r in rows] + ["blank"]
    want = reports(local)
    for _, row in out.iloc[:6].iterrows():
        assert json.loads(row["report"]) == want[row["id"]]
        assert row["claims"] == want[row["id"]]["summary"]["claims"] and pd.isna(row["error"])
    assert "no text" in out.iloc[6]["error"] and pd.isna(out.iloc[6]["claims"])
    with pytest.raises(KeyError):
        analyze_dataframe(frame, text_column="body")


def test_cli_engine_dask_on_a_scheduler_equals_local(cluster, corpus, local, tmp_path):
    c, _ = cluster
    out = tmp_path / "dask.sqlite"
    r = runner.invoke(app, ["batch", str(corpus), "-o", str(out), "--engine", "dask",
                            "--scheduler", c.scheduler_address, "--no-progress"])
    assert r.exit_code == 0, r.output
    assert reports(out) == reports(local) and errors(out) == errors(local)


def test_unreachable_scheduler_is_a_usage_error(corpus, tmp_path):
    r = runner.invoke(app, ["batch", str(corpus), "-o", str(tmp_path / "x.sqlite"), "--engine", "dask",
                            "--scheduler", "tcp://127.0.0.1:9", "--timeout", "2", "--no-progress"])
    assert r.exit_code == 2 and "cannot reach the Dask scheduler" in r.output
    assert not (tmp_path / "x.sqlite").exists()


def test_cli_engine_dask_starts_a_local_cluster_without_scheduler(corpus, local, tmp_path):
    out = tmp_path / "dask-local.jsonl"
    r = runner.invoke(app, ["batch", str(corpus), "-o", str(out), "--engine", "dask", "--workers", "2",
                            "--no-progress"])
    assert r.exit_code == 0, r.output
    assert reports(out) == reports(local) and errors(out) == errors(local)
