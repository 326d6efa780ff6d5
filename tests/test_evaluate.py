"""attrib.evaluate: its figures equal those of the reference scorers in ../shared/bench.

The reference scorers are loaded from ../shared (skipped when absent). Both are run on the
same slice of the dev data, with attrib itself and with synthetic systems made from the gold
annotations with deliberate mistakes (so that every matcher has hits and misses to count).
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attrib.cli import app
from attrib.evaluate import evaluate_bilou, evaluate_brat, read_bilou, read_brat
from attrib.evaluate.bilou import gold as bilou_gold
from attrib.evaluate.score import exact, jaccard50, match, match_pairs, overlaps

from conftest import shared_or_skip

N_ATTRIB = 3  # documents analysed by attrib itself (slow: the pipeline runs)
N_SYNTH = 25  # documents scored from synthetic reports (fast)


def _bench(name: str):
    """A reference scorer module from ../shared/bench."""
    path = shared_or_skip("bench", f"{name}.py")
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(f"shared_bench_{name}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def polnear():
    return _bench("polnear")


@pytest.fixture(scope="module")
def pfsa():
    return _bench("pfsa")


@pytest.fixture(scope="module")
def brat_dir() -> Path:
    return shared_or_skip("data", "polnear-dev")


@pytest.fixture(scope="module")
def bilou_file() -> Path:
    return shared_or_skip("data", "pfsa-id-dev", "dev-40.txt")


def _no_speed(result: dict) -> dict:
    """Figures without the speed keys (time differs from run to run)."""
    if all(isinstance(v, dict) for v in result.values()):
        return {k: _no_speed(v) for k, v in result.items()}
    return {k: v for k, v in result.items() if k not in ("wps", "tps")}


# ── the matchers: (text, a, b, expected) ──────────────────────────────────────────────────

TEXT = "Mr. Smith said, “We will win.” The Post reported it: ― no."


def _at(sub: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(sub, i + 1)
    return i, i + len(sub)


@pytest.mark.parametrize("a, b, expected", [
    (_at("Mr. Smith"), _at("Mr. Smith"), True),
    (_at("Mr. Smith"), _at("Smith"), False),           # a word more is not exact
    (_at("“We will win.”"), _at("We will win"), True),  # edge punctuation is ignored
    (_at("The Post"), _at("the Post".title()), True),
    (_at("said"), _at("reported"), False),
])
def test_exact(a, b, expected):
    assert exact(TEXT, a, b) is expected


@pytest.mark.parametrize("a, b, expected", [
    (_at("Mr. Smith said"), _at("Smith"), True),
    (_at("said"), _at("Smith"), False),
    (_at("―"), _at(": ―"), True),     # no words on either side: characters overlap
    (_at("―"), _at(":"), False),
])
def test_overlaps(a, b, expected):
    assert overlaps(TEXT, a, b) is expected


@pytest.mark.parametrize("a, b, expected", [
    (_at("We will win"), _at("We will"), True),        # 2 of 3 words
    (_at("We will win"), _at("We"), False),            # 1 of 3 words
    (_at("The Post reported"), _at("Post reported it"), True),
])
def test_jaccard50(a, b, expected):
    assert jaccard50(TEXT, a, b) is expected


def test_matching_is_greedy_and_one_to_one():
    smith = _at("Smith")
    prf = match(TEXT, [smith, smith], [smith], "exact")
    assert (prf.tp_p, prf.n_p, prf.tp_g, prf.n_g) == (1, 2, 1, 1)
    rel = match_pairs(TEXT, [(_at("said"), _at("Mr. Smith"))], [(_at("said"), _at("Smith"))], "jaccard50")
    assert rel.tp_p == 1 and match_pairs(TEXT, [(_at("reported"), _at("Smith"))],
                                         [(_at("said"), _at("Smith"))], "exact").tp_p == 0


# ── readers ───────────────────────────────────────────────────────────────────────────────

def test_brat_reader_equals_reference(polnear, brat_dir):
    ref = polnear.load_split(str(brat_dir))
    ours = read_brat(brat_dir)
    assert [(d.doc, d.text, d.rels) for d in ours] == [(d["doc"], d["text"], d["rels"]) for d in ref]
    assert len(read_brat(brat_dir, limit=4)) == 4


def test_bilou_reader_equals_reference(pfsa, bilou_file):
    ref = [pfsa.build(toks) for toks in pfsa.read_tokens(str(bilou_file))]
    ours = read_bilou(bilou_file)
    assert [(d.text, d.spans) for d in ours] == ref
    assert [pfsa.gold(t, cs) for t, cs in ref[:N_SYNTH]] == [bilou_gold(d.text, d.spans) for d in ours[:N_SYNTH]]


# ── synthetic systems: the gold with deliberate mistakes ──────────────────────────────────

def _span(text: str, s: int, e: int) -> dict:
    return {"start": s, "end": e, "text": text[s:e]}


def _shrink(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop the span's first word (a near miss: loose but not strict)."""
    cut = text.find(" ", s, e)
    return (cut + 1, e) if 0 <= cut < e - 1 else (s, e)


def _brat_system(docs):
    """Reports from the gold relations: some dropped, some shrunk, some with a stray claim."""
    by_text = {}
    for d in docs:
        claims = []
        for i, r in enumerate(d.rels):
            if i % 5 == 4 or not r["content"]:
                continue  # a miss
            cs, ce = _shrink(d.text, *r["content"]) if i % 3 == 1 else r["content"]
            att = {"source": None, "stance": "asserts", "cue": None, "mention": None}
            if r["cue"]:
                att["cue"] = _span(d.text, *r["cue"])
            if r["source"]:
                ss, se = _shrink(d.text, *r["source"]) if i % 4 == 2 else r["source"]
                att["mention"] = _span(d.text, ss, se)
            claims.append({**_span(d.text, cs, ce), "kind": "indirect", "attributions": [att]})
        # a false positive: the first sentence attributed to its first word by its second
        first = d.text.split()[:2]
        if len(first) == 2:
            a = d.text.index(first[0]); b = d.text.index(first[1], a + len(first[0]))
            claims.append({**_span(d.text, 0, min(len(d.text), 80)), "kind": "indirect", "attributions": [
                {"source": None, "stance": "asserts", "cue": _span(d.text, b, b + len(first[1])),
                 "mention": _span(d.text, a, a + len(first[0]))}]})
        by_text[d.text] = {"schema": "attrib.report/1", "language": "en", "text": d.text,
                           "sources": [], "claims": claims, "responses": []}
    return by_text


def test_brat_figures_equal_reference_on_synthetic_reports(polnear, brat_dir):
    docs = read_brat(brat_dir, limit=N_SYNTH)
    reports = _brat_system(docs)
    ev = evaluate_brat(brat_dir, docs=docs, system=reports.__getitem__)
    ref_docs = polnear.load_split(str(brat_dir))[:N_SYNTH]
    for subset in ("all", "speech"):
        tot, loose, bad, _ = polnear.evaluate(lambda text, lang: reports[text], ref_docs,
                                              None if subset == "all" else subset)
        ref = {k: round(100 * v.f, 1) for k, v in tot.items()} | {
            k + "_loose": round(100 * v.f, 1) for k, v in loose.items()} | {"bad_offsets": bad}
        assert _no_speed(ev.result[subset]) == ref
    figures = ev.result["all"]
    assert 0 < figures["content"] < figures["content_loose"] < 100  # the shrunk spans tell them apart


def _bilou_system(pfsa, docs):
    """Reports from the gold quotes: cues and sources as annotated, some missing or wrong."""
    by_text = {}
    for n, d in enumerate(docs):
        st, cues, rels, speakers = pfsa.gold(d.text, d.spans)
        src_of = dict(rels)
        sources, claims = [], []
        for i, (s, e) in enumerate(st):
            if i % 6 == 5:
                continue  # a missed quote
            cue = next((c for c in cues if 0 <= c[0] - e <= 4 or 0 <= s - c[1] <= 4), None)
            att = {"source": None, "stance": "asserts", "cue": _span(d.text, *cue) if cue else None,
                   "mention": None}
            if cue in src_of:
                ms, me = _shrink(d.text, *src_of[cue]) if i % 4 == 1 else src_of[cue]
                sid = f"s{len(sources) + 1}"
                sources.append({"id": sid, "label": d.text[ms:me], "mentions": [_span(d.text, ms, me)]})
                att |= {"source": sid, "mention": _span(d.text, ms, me)}
            elif cue:  # "ujarnya": the cue names its source
                att["mention"] = att["cue"]
            kind = "indirect" if (i + n) % 7 == 3 else "direct"
            cs, ce = _shrink(d.text, *_shrink(d.text, s, e)) if i % 3 == 2 else (s, e)  # past "” "
            claims.append({**_span(d.text, cs, ce), "kind": kind, "attributions": [att]})
        by_text[d.text] = {"schema": "attrib.report/1", "language": "id", "text": d.text,
                           "sources": sources, "claims": claims, "responses": []}
    return by_text


def test_bilou_figures_equal_reference_on_synthetic_reports(pfsa, bilou_file, capsys, monkeypatch):
    docs = read_bilou(bilou_file, limit=N_SYNTH)
    reports = _bilou_system(pfsa, docs)
    ev = evaluate_bilou(bilou_file, docs=docs, system=reports.__getitem__)
    ref = _reference_main(pfsa, "pfsa.py", ["--file", str(bilou_file), "--limit", str(N_SYNTH)],
                          lambda text, lang: reports[text], capsys, monkeypatch)
    assert _no_speed(ev.result) == _no_speed(ref)
    assert 0 < ev.result["speaker_acc"] < 100 and 0 < ev.result["statement"] < ev.result["statement_loose"]


def _reference_main(mod, script: str, args: list[str], system, capsys, monkeypatch) -> dict:
    """Run a reference scorer's main() with ``system``; its RESULT line as a dict."""
    monkeypatch.setattr(mod, "load_system", lambda name: system)
    monkeypatch.setattr(sys, "argv", [script, "attrib", *args])
    mod.main()
    line = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("RESULT ")][-1]
    return json.loads(line[len("RESULT "):])


# ── attrib itself, through the command ───────────────────────────────────────────────────

def _attrib_system(language: str):
    import attrib

    return lambda text, lang: attrib.analyze(text, language=language).to_dict()


def test_evaluate_brat_command_equals_reference(polnear, brat_dir, tmp_path, capsys, monkeypatch):
    out, errs = tmp_path / "figures.json", tmp_path / "errors.jsonl"
    res = CliRunner().invoke(app, ["evaluate", "brat", str(brat_dir), "--limit", str(N_ATTRIB),
                                   "--json", str(out), "--errors", str(errs)])
    assert res.exit_code == 0, res.output
    assert "relation" in res.output and "words/s" in res.output
    ours = json.loads(out.read_text())
    ref = _reference_main(polnear, "polnear.py", ["--data", str(brat_dir), "--limit", str(N_ATTRIB)],
                          _attrib_system("en"), capsys, monkeypatch)
    assert _no_speed(ours) == _no_speed(ref)
    assert set(ours) == set(ref) and set(ours["all"]) == set(ref["all"])
    lines = [json.loads(ln) for ln in errs.read_text().splitlines()]
    assert {ln["error"] for ln in lines} <= {"miss", "false_positive"}
    assert all({"document", "element", "expected", "found"} <= set(ln) for ln in lines)


def test_evaluate_bilou_command_equals_reference(pfsa, bilou_file, tmp_path, capsys, monkeypatch):
    out = tmp_path / "figures.json"
    res = CliRunner().invoke(app, ["evaluate", "bilou", str(bilou_file), "--limit", str(N_ATTRIB),
                                   "--json", str(out)])
    assert res.exit_code == 0, res.output
    assert "speaker" in res.output and "tokens/s" in res.output
    ours = json.loads(out.read_text())
    ref = _reference_main(pfsa, "pfsa.py", ["--file", str(bilou_file), "--limit", str(N_ATTRIB)],
                          _attrib_system("id"), capsys, monkeypatch)
    assert _no_speed(ours) == _no_speed(ref) and set(ours) == set(ref)


def test_errors_list_each_miss_and_false_positive(brat_dir):
    docs = read_brat(brat_dir, limit=2)
    reports = _brat_system(docs)
    ev = evaluate_brat(brat_dir, docs=docs, system=reports.__getitem__, errors=True)
    for s in ev.scorers["all"]:
        if not s.keep_errors:
            continue
        mine = [e for e in ev.errors if e["element"] == s.name]
        assert sum(e["error"] == "miss" for e in mine) == s.prf.n_g - s.prf.tp_g
        assert sum(e["error"] == "false_positive" for e in mine) == s.prf.n_p - s.prf.tp_p
    fp = next(e for e in ev.errors if e["element"] == "source" and e["error"] == "false_positive")
    assert fp["found"]["text"] == docs[0].text[fp["found"]["start"]:fp["found"]["end"]]


@pytest.mark.parametrize("args", [
    ["evaluate", "brat", "."],                       # a folder without text/ and attributions/
    ["evaluate", "bilou", "no-such-file.txt"],
])
def test_evaluate_bad_input_exits_2(args):
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 2


def test_bad_brat_corpus_exits_2(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "attributions" / "lost_A.ann").write_text("T1\tSource 0 3\tabc\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["evaluate", "brat", str(tmp_path)])
    assert res.exit_code == 2 and "lost.txt" in res.output


# ── the readers on small corpora written here (no ../shared needed) ───────────────────────

ANN = ("T1\tSource 0 9\tMr. Smith\nT2\tCue 10 14\tsaid\nT3\tContent 15 24;30 38\tthe plan works\n"
       "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\nT4\tCue 40 52\taccording to\n"
       "E2\tAttribution:T4 Cue:T4\n")


def test_brat_reader_takes_hulls_and_one_annotator(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text("x" * 60, encoding="utf-8")
    (tmp_path / "attributions" / "a_ANN1.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "attributions" / "a_ANN2.ann").write_text("", encoding="utf-8")  # a second annotator
    docs = read_brat(tmp_path)
    assert [d.doc for d in docs] == ["a"]
    first, second = docs[0].rels
    assert (first["source"], first["cue"], first["content"]) == ((0, 9), (10, 14), (15, 38))  # the hull
    assert second["source"] is None and second["cue_text"] == "according to"


BILOU = ("JAKARTA\tO\n,\tO\nHarga\tB-ISSUE\nnaik\tL-ISSUE\n\n"
         "”\tB-STATEMENT\nMahal\tI-STATEMENT\n,\tI-STATEMENT\n”\tL-STATEMENT\nkata\tU-CUE\n"
         "Budi\tB-PERSON\nSantoso\tL-PERSON\n.\tO\n\n"
         "Rapat\tU-ISSUE\nselesai\tO\nBudi\tB-PERSON\nlagi\tO\n")


def test_bilou_reader_splits_articles_and_spans(tmp_path):
    path = tmp_path / "mini.txt"
    path.write_text(BILOU, encoding="utf-8")
    first, second = read_bilou(path)
    assert first.text == "JAKARTA , Harga naik ” Mahal , ” kata Budi Santoso ."
    spans = {label: first.text[s:e] for label, s, e in first.spans}
    assert spans == {"ISSUE": "Harga naik", "STATEMENT": "” Mahal , ”", "CUE": "kata", "PERSON": "Budi Santoso"}
    assert second.text == "Rapat selesai Budi lagi" and [s[0] for s in second.spans] == ["ISSUE"]  # B- without L-
    statements, cues, rels, speakers = bilou_gold(first.text, first.spans)
    assert [first.text[s:e] for s, e in cues] == ["kata"]
    assert [(first.text[c[0]:c[1]], first.text[p[0]:p[1]]) for c, p in rels] == [("kata", "Budi Santoso")]
    assert speakers == [(statements[0], "Budi Santoso")]
