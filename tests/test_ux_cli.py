"""`attrib check` for everyday use: many articles, CSV, the UI language, language warnings,
help without placeholders; `summarize` at 80 columns and its chart by group."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from attrib.cli import app
from ux_articles import CLEAN_EN, EN, ID

runner = CliRunner()


@pytest.fixture
def articles(tmp_path):
    (tmp_path / "a.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "b.id.txt").write_text(ID, encoding="utf-8")
    (tmp_path / "c.en.txt").write_text(CLEAN_EN, encoding="utf-8")
    return tmp_path


def test_many_articles_one_line_each(articles):
    r = runner.invoke(app, ["check", str(articles / "a.en.txt"), str(articles / "b.id.txt")])
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["article", "lang", "claims", "unattributed", "anonymous", "disputed", "exit"]
    assert lines[1].split()[1:] == ["en", "4", "1", "1", "1", "0"]
    assert lines[2].split()[1:] == ["id", "4", "1", "1", "1", "0"]


def test_a_glob_and_fail_on_over_all(articles):
    r = runner.invoke(app, ["check", str(articles / "*.txt"), "--fail-on", "anonymous"])
    assert r.exit_code == 1
    rows = {line.split()[0].rsplit("/", 1)[-1]: line.split()[-1] for line in r.stdout.splitlines()[1:]}
    assert rows == {"a.en.txt": "1", "b.id.txt": "1", "c.en.txt": "0"}
    assert "a.en.txt: 1 claim(s) flagged anonymous" in r.stderr
    assert runner.invoke(app, ["check", str(articles / "nothing*.txt")]).exit_code == 2


def test_a_bad_article_among_many_is_reported_and_the_others_go_on(articles):
    (articles / "empty.txt").write_text("", encoding="utf-8")
    r = runner.invoke(app, ["check", str(articles / "a.en.txt"), str(articles / "empty.txt")])
    assert r.exit_code == 2
    assert "empty.txt: the input is empty" in r.stderr
    assert len(r.stdout.splitlines()) == 3


def test_full_reports_on_request(articles):
    r = runner.invoke(app, ["check", str(articles / "a.en.txt"), str(articles / "b.id.txt"), "--full"])
    assert r.exit_code == 0
    assert f"== {articles / 'a.en.txt'} ==" in r.stdout and "Findings" in r.stdout and "Temuan" in r.stdout
    r = runner.invoke(app, ["check", str(articles / "a.en.txt"), str(articles / "b.id.txt"), "-f", "json"])
    assert [json.loads(line)["language"] for line in r.stdout.splitlines()] == ["en", "id"]


def test_csv_one_row_per_claim(articles):
    r = runner.invoke(app, ["check", str(articles / "a.en.txt"), "-f", "csv"])
    assert r.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert list(rows[0]) == ["id", "text", "kind", "sources", "flags", "disputed_by"]
    assert [row["id"] for row in rows] == ["c1", "c2", "c3", "c4"]
    assert rows[0]["flags"] == "anonymous,disputed" and rows[0]["disputed_by"] == "c3"
    assert rows[0]["sources"] == "two officials familiar with the plan"
    r = runner.invoke(app, ["check", str(articles / "a.en.txt"), str(articles / "b.id.txt"), "-f", "csv"])
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert list(rows[0])[0] == "article" and len(rows) == 8


@pytest.mark.parametrize("ui, word", [("en", "Findings"), ("id", "Temuan")])
def test_ui_lang(articles, ui, word):
    r = runner.invoke(app, ["check", str(articles / "a.en.txt"), "-f", "rich", "--ui-lang", ui])
    assert r.exit_code == 0 and word in r.stdout
    r = runner.invoke(app, ["check", str(articles / "a.en.txt"), "-f", "markdown", "--ui-lang", ui])
    assert f"## {word}" in r.stdout


def test_ui_lang_defaults_to_the_articles_language(articles):
    assert "## Temuan" in runner.invoke(app, ["check", str(articles / "b.id.txt"), "-f", "markdown"]).stdout
    assert "## Findings" in runner.invoke(app, ["check", str(articles / "a.en.txt"), "-f", "markdown"]).stdout


def test_unknown_ui_lang(articles):
    r = runner.invoke(app, ["check", str(articles / "a.en.txt"), "--ui-lang", "xx"])
    assert r.exit_code == 2 and "--ui-lang xx: the report can be shown in en, id" in r.stderr


def test_forced_language_contradicting_detection_warns(articles):
    r = runner.invoke(app, ["check", str(articles / "a.en.txt"), "--lang", "id", "-f", "json"])
    assert r.exit_code == 0
    assert "warning" in r.stderr and "--lang id, but the text looks like 'en'" in r.stderr
    r = runner.invoke(app, ["check", str(articles / "a.en.txt"), "--lang", "en", "-f", "json"])
    assert "warning" not in r.stderr


def test_lang_fr_names_what_is_supported(articles):
    r = runner.invoke(app, ["check", str(articles / "a.en.txt"), "--lang", "fr"])
    assert r.exit_code == 2
    assert "--lang fr: attrib has no language pack for it; attrib supports en, id" in r.stderr
    assert "use --lang" not in r.stderr


def test_library_errors_speak_of_language_keyword():
    import attrib
    from attrib.errors import InputError, UnsupportedLanguage

    with pytest.raises(UnsupportedLanguage, match="pass language="):
        attrib.analyze("Some text.", language="fr")
    with pytest.raises(InputError) as e:
        attrib.analyze("12345 67890")
    assert "language=" in str(e.value) and "--lang" not in str(e.value)


def test_help_has_no_placeholders_and_mentions_urls():
    r = runner.invoke(app, ["check", "--help"], env={"COLUMNS": "100"})
    assert r.exit_code == 0
    assert "<bool>" not in r.stdout and "{path" not in r.stdout and "<str>" not in r.stdout
    assert "URL" in r.stdout and "FILE|URL|-" in r.stdout and "--ui-lang" in r.stdout


def test_shell_completion_is_offered():
    r = runner.invoke(app, ["--help"], env={"COLUMNS": "100"})
    assert "--install-completion" in r.stdout and "--show-completion" in r.stdout


def test_summarize_help_reads_as_one_paragraph():
    r = runner.invoke(app, ["summarize", "--help"], env={"COLUMNS": "100"})
    assert "named\n" not in r.stdout and "<path>" not in r.stdout


# --- summarize --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def store(tmp_path_factory, nlp_en, nlp_id):
    from attrib.archive.store import Outcome, open_store

    path = tmp_path_factory.mktemp("store") / "s.sqlite"
    s = open_store(path)
    for k, (text, nlp, outlet) in enumerate([(EN, nlp_en, "Harbor Weekly Gazette"), (ID, nlp_id, "Warta Pelabuhan Kota"),
                                             (CLEAN_EN, nlp_en, "Harbor Weekly Gazette")]):
        s.write(Outcome(f"d{k}", {"outlet": outlet, "date": f"2024-0{k + 1}-05"}, nlp.analyze(text).to_dict()))
    s.close()
    return path


def test_summarize_reads_at_80_columns(store):
    from rich.console import Console

    from attrib.archive.summarize import summarize, total
    from attrib.cli.summarize import _print_table

    rows = summarize(store, "outlet")
    buf = io.StringIO()
    _print_table(rows, total(rows), "outlet", Console(file=buf, width=80, color_system=None))
    out = buf.getvalue()
    assert "…" not in out and max(len(line) for line in out.splitlines()) <= 80
    assert "outlet Harbor Weekly Gazette: 2 articles" in out and "anonymous 20.0%" in out
    wide = io.StringIO()
    _print_table(rows, total(rows), "outlet", Console(file=wide, width=140, color_system=None))
    assert "claims" in wide.getvalue() and "outlet Harbor" not in wide.getvalue()  # the table


@pytest.mark.parametrize("by", ["outlet", "language", "month"])
def test_chart_follows_by(store, tmp_path, by):
    pytest.importorskip("matplotlib")
    from attrib.archive.summarize import write_chart

    path = tmp_path / f"{by}.svg"
    drawn = write_chart(path, store, by)
    svg = path.read_text(encoding="utf-8")
    assert drawn == {"outlet": 2, "language": 2, "month": 3}[by]
    assert (f"by {by}" in svg) == (by != "month")
    r = runner.invoke(app, ["summarize", str(store), "--by", by, "--chart", str(tmp_path / "c.png"), "-f", "csv"])
    assert r.exit_code == 0, r.output
