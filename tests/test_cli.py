"""`attrib check`: formats, --graph, --fail-on, --version, usage errors (through CliRunner)."""
from __future__ import annotations

import json

import networkx as nx
import pytest
from typer.testing import CliRunner

from attrib.cli import app
from conftest import EXAMPLES, FIXTURES

runner = CliRunner()
SEED = str(EXAMPLES / "bytedance-huawei.id.txt")
PLANT = str(FIXTURES / "en" / "report-plant.txt")


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_version():
    from attrib import __version__

    r = run("--version")
    assert r.exit_code == 0 and r.stdout.strip() == f"attrib {__version__}"


def test_json_is_the_report():
    r = run("check", SEED, "--format", "json")
    assert r.exit_code == 0
    d = json.loads(r.stdout)
    assert d["schema"] == "attrib.report/1" and d["summary"]["claims"] == len(d["claims"])


def test_json_when_piped():  # CliRunner's stdout is no terminal
    r = run("check", PLANT)
    assert r.exit_code == 0 and json.loads(r.stdout)["language"] == "en"


def test_markdown():
    r = run("check", SEED, "--format", "markdown", "--ui-lang", "en")
    assert r.exit_code == 0 and r.stdout.startswith("# attrib report (Indonesian)")


def test_rich_is_plain_text_off_a_terminal():
    r = run("check", SEED, "--format", "rich", "--ui-lang", "en")
    assert r.exit_code == 0
    assert "Claims" in r.stdout and "Sources" in r.stdout and "\x1b[" not in r.stdout


def test_rich_to_file(tmp_path):
    out = tmp_path / "report.txt"
    r = run("check", SEED, "--format", "rich", "--output", str(out), "--ui-lang", "en")
    assert r.exit_code == 0 and "Non-responses" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["g.graphml", "g.json"])
def test_graph_option(tmp_path, name):
    path = tmp_path / name
    r = run("check", SEED, "--format", "json", "--graph", str(path))
    assert r.exit_code == 0 and path.exists()
    if name.endswith(".graphml"):
        g = nx.read_graphml(path, force_multigraph=True)
        assert any(d.get("type") == "disputes" for *_, d in g.edges(data=True))
    else:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["directed"] and data["multigraph"]


def test_graph_bad_extension_is_usage_error(tmp_path):
    r = run("check", SEED, "--graph", str(tmp_path / "g.png"))
    assert r.exit_code == 2 and ".graphml or .json" in r.stderr


@pytest.mark.parametrize("flags,code", [
    ("anonymous", 1),
    ("denial,prior_reporting", 1),
    ("corroborated", 1),
    ("single-source", 1),  # a dash for the underscore is fine
])
def test_fail_on_flagged(flags, code):
    r = run("check", SEED, "--format", "json", "--fail-on", flags)
    assert r.exit_code == code
    lines = r.stderr.strip().splitlines()
    assert "claim(s) flagged" in lines[0] and len(lines) > 1
    assert all(line.startswith("  c") for line in lines[1:])
    json.loads(r.stdout)  # the report is still written


def test_fail_on_lists_the_claims():
    r = run("check", SEED, "--format", "json", "--fail-on", "denial")
    lines = r.stderr.strip().splitlines()
    assert r.exit_code == 1 and lines[0] == "attrib: 1 claim(s) flagged denial:"
    assert "[denial]" in lines[1] and "Keseluruhan premis" in lines[1]


def test_fail_on_clean_article_passes():
    r = run("check", "-", "--lang", "en", "--format", "json", "--fail-on", "disputed,denial",
            input="Prices rose sharply this month, two traders said.\n")
    assert r.exit_code == 0, r.stderr


def test_fail_on_unknown_flag_is_usage_error():
    r = run("check", SEED, "--fail-on", "bogus")
    assert r.exit_code == 2 and "unknown flag bogus" in r.stderr and "anonymous" in r.stderr


@pytest.mark.parametrize("args", [
    ["check", "/nonexistent/article.txt"],
    ["check", SEED, "--format", "pdf"],
    ["check"],
    ["check", "-", "--lang", "xx"],
])
def test_bad_input_or_usage_exits_2(args):
    r = run(*args, input="Some text.\n")
    assert r.exit_code == 2
