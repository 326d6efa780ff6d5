"""The public library API (issue 2): analyze, Report, load/analyze_many, the spaCy component.

Also the lazily loaded tokenizer exceptions (tokens identical to ``spacy.blank("id")``) and
the CLI's import hygiene (``attrib --version`` loads no heavy library).
"""
from __future__ import annotations

import itertools
import json
import pickle
import subprocess
import sys

import pytest
import spacy

import attrib
from attrib import Claim, InputError, Report, Source, UnsupportedLanguage
from attrib.analyzer import make_nlp
from attrib.lang import get_pack
from attrib.pipeline.tokenizer import CACHE_SIZE, LazyExceptionsTokenizer, lazy_tokenizer_config

from conftest import ROOT, shared_or_skip

EN = ('The plan will fail, the minister said on Tuesday. "We are not worried," said Jane Doe, '
      "a spokeswoman for the company.\n\nPrices rose by 4% last year.")
ID = ("Harga beras naik tajam bulan lalu, kata Menteri Perdagangan Budi Santoso.\n\n"
      "“Kami tidak khawatir,” ujarnya. Menurut dua orang pejabat, pasokan akan pulih.")
TEXTS = {"en": EN, "id": ID}
SCHEMA_KEYS = {"schema", "language", "text", "sources", "claims", "responses", "summary"}


# ── attrib.analyze and the Report ─────────────────────────────────────────────────────────

@pytest.mark.parametrize("language", ["en", "id"])
def test_analyze_returns_report_in_schema(language):
    rep = attrib.analyze(TEXTS[language], language=language)
    assert isinstance(rep, Report) and rep.language == language
    d = rep.to_dict()
    assert SCHEMA_KEYS <= set(d) and d["schema"] == "attrib.report/1" and d["text"] == TEXTS[language]
    assert all(isinstance(c, Claim) for c in rep.claims) and all(isinstance(s, Source) for s in rep.sources)
    assert len(d["claims"]) == len(rep.claims) and len(d["sources"]) == len(rep.sources)
    assert any(c.attributions for c in rep.claims)  # something is attributed in both texts
    json.dumps(d)  # serialisable as is


@pytest.mark.parametrize("language", ["en", "id"])
def test_language_is_detected(language):
    assert attrib.analyze(TEXTS[language]).language == language


@pytest.mark.parametrize("language", ["en", "id"])
def test_report_round_trips_through_json(language):
    d = attrib.analyze(TEXTS[language], language=language).to_dict()
    assert Report.from_dict(json.loads(json.dumps(d))).to_dict() == d


@pytest.mark.parametrize("bad, error", [
    (b"bytes, not text", InputError),
    (None, InputError),
    ("", InputError),             # nothing to detect the language of
])
def test_analyze_rejects_what_is_not_text(bad, error):
    with pytest.raises(error):
        attrib.analyze(bad)


def test_unsupported_language_is_refused():
    with pytest.raises(UnsupportedLanguage):
        attrib.load("fr")


# ── attrib.load and analyze_many ──────────────────────────────────────────────────────────

@pytest.mark.parametrize("language", ["en", "id"])
def test_load_is_reused(language):
    assert attrib.load(language) is attrib.load(language)


@pytest.mark.parametrize("language", ["en", "id"])
def test_analyze_many_streams_through_pipe(language, monkeypatch):
    analyzer = attrib.load(language)
    calls = []
    pipe = analyzer.nlp.pipe

    def spy(texts, **kwargs):
        calls.append(kwargs)
        return pipe(texts, **kwargs)

    monkeypatch.setattr(analyzer.nlp, "pipe", spy)
    texts = [TEXTS[language], "", TEXTS[language][:60]]
    out = analyzer.analyze_many(t for t in texts)  # a generator in, an iterator out
    assert not calls  # lazy: nothing runs before the first report is asked for
    reports = list(out)
    assert calls  # through nlp.pipe
    assert [r.text for r in reports] == texts
    assert [r.to_dict() for r in reports] == [analyzer.analyze(t).to_dict() for t in texts]
    # streaming: reports come out of an endless input
    endless = itertools.cycle(texts)
    assert [r.text for r in itertools.islice(analyzer.analyze_many(endless, batch_size=2), 4)] == texts + texts[:1]


def test_analyze_many_checks_its_inputs():
    with pytest.raises(InputError):
        list(attrib.load("id").analyze_many(["ok", 42]))


# ── the spaCy component ───────────────────────────────────────────────────────────────────

@pytest.fixture(scope="module", params=["en", "id"])
def with_component(request):
    """attrib's own pipeline for a language, with the ``attrib`` component added at the end."""
    nlp = make_nlp(get_pack(request.param))
    nlp.add_pipe("attrib")
    return request.param, nlp


def test_component_sets_doc_attrib_to_the_report(with_component):
    language, nlp = with_component
    doc = nlp(TEXTS[language])
    assert isinstance(doc._.attrib, Report) and doc._.attrib.language == language
    assert doc._.attrib.to_dict() == attrib.analyze(TEXTS[language], language=language).to_dict()


def test_component_works_with_pipe_and_keeps_docs_apart(with_component):
    language, nlp = with_component
    texts = [TEXTS[language], TEXTS[language][:50]]
    docs = list(nlp.pipe(texts))
    assert [d._.attrib.text for d in docs] == texts


def test_component_in_a_users_blank_pipeline():
    nlp = spacy.blank("id")  # a pipeline attrib did not build: the pack comes from nlp.lang
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("attrib")
    rep = nlp(ID)._.attrib
    assert rep.language == "id" and rep.text == ID and rep.claims


def test_component_is_found_without_importing_attrib():
    """``nlp.add_pipe("attrib")`` through the spacy_factories entry point."""
    code = ("import spacy; nlp = spacy.blank('en'); nlp.add_pipe('sentencizer'); nlp.add_pipe('attrib'); "
            "print(type(nlp('He said so.')._.attrib).__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT / "tests")
    assert out.stdout.strip() == "Report", out.stderr


# ── the tokenizer with lazily loaded exceptions ───────────────────────────────────────────

@pytest.fixture(scope="module")
def tokenizers():
    return spacy.blank("id", config=lazy_tokenizer_config()), spacy.blank("id")


def _tokens(nlp, text):
    return [(t.text, t.idx, t.norm_, t.whitespace_) for t in nlp(text)]


@pytest.mark.parametrize("text, kept_whole", [
    ("Anak-anak bermain di sehari-hari.", ["Anak-anak", "sehari-hari"]),  # reduplications
    ("(abu-abu). “kupu-kupu,” katanya", ["abu-abu", "kupu-kupu"]),       # inside punctuation
    ("ABU-ABU dan Abu-Abu", ["ABU-ABU", "Abu-Abu"]),                       # case variants
    ("mereka—abu-abu—pergi :-) :-))", []),                                 # dashes, emoticons
    ("ke-2 x-ray 3-4 anti-korupsi a.n. dll. Jl. Sudirman", []),            # not exceptions: split
    ("abu-abu abu-abu abu-abu", ["abu-abu"]),                              # repeated in one text
    ("", []),
])
def test_lazy_tokenizer_equals_blank_id(tokenizers, text, kept_whole):
    lazy, ref = tokenizers
    assert isinstance(lazy.tokenizer, LazyExceptionsTokenizer)
    assert _tokens(lazy, text) == _tokens(ref, text)
    words = [t.text for t in lazy(text)]
    assert all(w in words for w in kept_whole)


def test_lazy_tokenizer_equals_blank_id_on_every_exception(tokenizers):
    lazy, ref = tokenizers
    keys = list(ref.tokenizer.rules)
    for text in (" ".join(keys[::3]), "".join(keys[1::97]), ", ".join(keys[2::5])):
        assert _tokens(lazy, text) == _tokens(ref, text)


def test_lazy_tokenizer_equals_blank_id_on_news(tokenizers, seed_text):
    lazy, ref = tokenizers
    texts = [seed_text]
    try:
        from attrib.evaluate import read_bilou

        texts += [d.text for d in read_bilou(shared_or_skip("data", "pfsa-id-dev", "dev-40.txt"), limit=120)]
    except pytest.skip.Exception:
        pass
    # twice: the second time every chunk comes from the cache the first pass warmed
    for text in texts + texts[::-1]:
        assert _tokens(lazy, text) == _tokens(ref, text)


def test_lazy_tokenizer_caches_chunks_spacy_would_not(tokenizers):
    """spaCy stops caching a Doc's chunks after its first special case, and keeps 10,000: here
    each new chunk is cached alone first, with room for many more."""
    lazy, ref = tokenizers
    tok = lazy.tokenizer
    assert tok.max_cache_size == CACHE_SIZE > ref.tokenizer.max_cache_size
    copy = pickle.loads(pickle.dumps(tok))
    assert copy.max_cache_size == CACHE_SIZE
    calls = []

    class Counting(LazyExceptionsTokenizer):  # counts the chunks that go through the regexes
        def find_prefix(self, string):
            calls.append(string)
            return super().find_prefix(string)

    counting = Counting(lazy.vocab, ref.tokenizer.rules, tok.prefix_search, tok.suffix_search,
                        tok.infix_finditer, tok.token_match, tok.url_match)
    text = "dll. Jl. Sudirman, kata juru bicara Kementerian Perhubungan Budi Santoso."
    assert [t.text for t in counting(text)] == [t.text for t in ref(text)]
    calls.clear()
    counting(text)
    assert calls == []  # all cached, though "dll." is a special case before the rest


def test_english_tokenizer_copy_equals_the_package(nlp_en):
    """The English package's tokenizer, copied into the caching class: the same tokens."""
    import importlib

    from attrib.lang import get_pack

    ref = next(importlib.import_module(n) for n in get_pack("en").models
               if importlib.util.find_spec(n)).load(exclude=["tagger", "parser", "ner", "lemmatizer",
                                                               "attribute_ruler", "tok2vec", "senter"])
    nlp = nlp_en.nlp
    assert isinstance(nlp.tokenizer, LazyExceptionsTokenizer)
    texts = [(ROOT / "examples" / "harbor-bridge-contract.en.txt").read_text(encoding="utf-8"),
             "U.S. officials don't say; Mr. Smith's e-mail :-) co-operate 'em (5km) $3.5bn", "",
             "  \n\n a  b\tc"]
    try:
        texts += [p.read_text(encoding="utf-8") for p in
                  sorted(shared_or_skip("data", "polnear-dev", "text").glob("*.txt"))[:40]]
    except pytest.skip.Exception:
        pass
    for text in texts + texts[::-1]:
        assert _tokens(nlp.tokenizer, text) == _tokens(ref.tokenizer, text)


def _sentences(doc):
    return [t.is_sent_start for t in doc]


def test_attrib_sentences_equal_sentencizer_and_paragraphs(seed_text):
    """The one-pass sentence splitter gives the sentencizer's sentences cut as attrib_paragraphs
    cuts them, on news and on odd inputs."""
    two = spacy.blank("id", config=lazy_tokenizer_config())
    two.add_pipe("sentencizer")
    two.add_pipe("attrib_paragraphs")
    one = spacy.blank("id", config=lazy_tokenizer_config())
    one.add_pipe("attrib_sentences")
    texts = [seed_text, "", " ", "\n", ".", "...", "A. B. C!\n\nD", "x " * 900 + ".",
             "Halo!!! ??? \n \n Apa? “Ya.” Tidak.", "Satu.\r\nDua.\u2029Tiga。四"]
    try:
        from attrib.evaluate import read_bilou

        texts += [d.text for d in read_bilou(shared_or_skip("data", "pfsa-id-dev", "dev-40.txt"), limit=120)]
    except pytest.skip.Exception:
        pass
    for text in texts:
        assert _sentences(one(text)) == _sentences(two(text)), text[:60]


def test_lazy_tokenizer_serialises_every_exception(tokenizers):
    lazy, ref = tokenizers
    assert lazy.tokenizer.rules == ref.tokenizer.rules  # loaded or not, all are there
    plain = spacy.blank("id")
    plain.tokenizer.from_bytes(lazy.tokenizer.to_bytes())
    text = "Anak-anak bermain layang-layang di sore hari."
    assert _tokens(plain, text) == _tokens(ref, text)
    copy = pickle.loads(pickle.dumps(lazy.tokenizer))
    assert isinstance(copy, LazyExceptionsTokenizer) and copy.rules == ref.tokenizer.rules


# ── the CLI loads only what a command needs ───────────────────────────────────────────────

HEAVY = ("spacy", "rich", "networkx", "trafilatura", "numpy")


@pytest.mark.parametrize("args, must_not_load", [
    (["--version"], HEAVY),
    (["--help"], ("spacy", "networkx", "trafilatura", "numpy")),
    # spaCy itself imports rich (spacy.cli → weasel → httpx); the report path needs neither of these
    (["check", str(ROOT / "examples" / "bytedance-huawei.id.txt"), "--format", "json"], ("networkx", "trafilatura")),
])
def test_cli_imports_only_what_it_needs(args, must_not_load):
    code = ("import sys\nfrom attrib.cli import app\ntry:\n    app(%r)\nexcept SystemExit:\n    pass\n"
            "print('LOADED', ' '.join(m for m in %r if m in sys.modules))" % (args, must_not_load))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    loaded = out.stdout.rsplit("LOADED", 1)[-1].split()
    assert out.returncode == 0 and loaded == [], out.stderr[-2000:]
