"""Properties of ``analyze`` over generated text, in both languages (hypothesis).

For any text: it never raises; every span's offsets reproduce its text; every body sentence
is covered by a claim, and one with no attribution by exactly one; the same input gives
byte-identical JSON; ``to_dict()`` round-trips through JSON back into the same Report.
"""
from __future__ import annotations

import json
import os
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import attrib
from attrib.lang import SUPPORTED
from attrib.model import Report
from attrib.render.json import render_json

LANGS = ("en", "id")
# moderate: the suite stays within a few minutes on two cores
SETTINGS = settings(max_examples=int(os.environ.get("ATTRIB_PROPERTY_EXAMPLES", 40)), deadline=None,
                    derandomize=not os.environ.get("ATTRIB_PROPERTY_EXAMPLES"),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
_WORD = re.compile(r"\w")

QUOTE_MARKS = ["“", "”", "‘", "’", '"', "'", "«", "»", "„", "‚", "‹", "›", "``", "''"]
PUNCT = [",", ".", ":", ";", "!", "?", "—", "–", "-", "…", "(", ")", "[", "]", "/", "\n", "\n\n",
         "\r\n", "\t", " ", "  ", "\u00a0", "\u2028", "\ufeff", "\u200b"]
CUES = {
    "en": ["said", "says", "told", "according to", "added", "denied", "reported", "noted",
           "claimed", "previously reported", "declined to comment", "did not respond", "that"],
    "id": ["kata", "ujar", "ujarnya", "katanya", "tuturnya", "menurut", "mengatakan", "bahwa",
           "menyatakan", "membantah", "melaporkan", "menolak berkomentar", "tidak menanggapi",
           "pungkasnya", "tambahnya"],
}
SOURCES = {
    "en": ["he", "she", "they", "the minister", "Michael Hughes", "a spokesperson", "Reuters",
           "three people familiar with the matter", "one of the people", "officials",
           "a ByteDance spokesperson", "the company", "a source"],
    "id": ["dia", "ia", "mereka", "menteri", "Michael Hughes", "juru bicara ByteDance", "Reuters",
           "tiga orang yang mengetahui masalah tersebut", "salah satu sumber", "pejabat",
           "perusahaan itu", "sumber", "Presiden Danu Wicaksana"],
}
CONTENTS = {
    "en": ["the budget will grow next year", "prices rose sharply", "we did not build a new model",
           "the whole premise here is wrong", "it could not say whether the plan was approved",
           "Huawei supplies the chips"],
    "id": ["anggaran akan naik tahun depan", "harga naik tajam", "mereka tidak mengembangkan model baru",
           "itu tidak benar", "ia tidak dapat mengatakan apakah rencana itu disetujui",
           "Huawei memasok cip tersebut"],
}
HEADINGS = {"en": ["Limited supply", "Source link", "Read more", "By Jane Doe"],
            "id": ["Pasokan terbatas", "Baca juga: harga beras", "Source link", "Penulis: Budi"]}


# --- strategies ------------------------------------------------------------------------------

def soup(lang: str) -> st.SearchStrategy[str]:
    """Text built from quote marks, punctuation and the cue words of both packs."""
    words = QUOTE_MARKS + PUNCT + CUES["en"] + CUES["id"] + SOURCES[lang] + ["X", "Y", "1"]
    return st.lists(st.sampled_from(words), max_size=60).map(lambda ws: " ".join(ws))


def _sentence(lang: str) -> st.SearchStrategy[str]:
    oq, cq = st.sampled_from(["“", '"', "‘", "«", "”", ""]), st.sampled_from(["”", '"', "’", "»", ""])
    content, source = st.sampled_from(CONTENTS[lang]), st.sampled_from(SOURCES[lang])
    cue = st.sampled_from(CUES[lang])
    templates = [
        st.tuples(oq, content, cq, cue, source).map(lambda t: f"{t[0]}{t[1].capitalize()},{t[2]} {t[3]} {t[4]}."),
        st.tuples(source, cue, content).map(lambda t: f"{t[0].capitalize()} {t[1]} {t[2]}."),
        st.tuples(source, cue, oq, content, cq).map(lambda t: f"{t[0].capitalize()} {t[1]}: {t[2]}{t[3]}{t[4]}"),
        st.tuples(cue, source, content).map(lambda t: f"{t[0].capitalize()} {t[1]}, {t[2]}."),
        content.map(lambda c: c.capitalize() + "."),
        st.sampled_from(HEADINGS[lang]),
    ]
    return st.one_of(templates)


def article(lang: str) -> st.SearchStrategy[str]:
    """Article-like text: sentences in paragraphs, headings and boilerplate lines between."""
    paragraph = st.lists(_sentence(lang), min_size=1, max_size=4).map(" ".join)
    return st.lists(paragraph, min_size=1, max_size=6).map("\n\n".join)


any_text = st.text(max_size=300)

# digits that are no decimal number (footnote markers, circled, fractions, other scripts' digits)
ODD_DIGITS = ["¹", "²", "³", "⁴", "₂", "①", "⑳", "⓪", "➊", "½", "Ⅻ", "٣", "३", "๓", "𝟙", "１"]
# characters of every Unicode category but the lone surrogates (analyze() replaces each with
# U+FFFD, so the report's text differs from the input: see test_lone_surrogates), in mixed scripts
every_category = st.characters(exclude_categories=("Cs",))


def mixed(lang: str) -> st.SearchStrategy[str]:
    """Cue words and sources of ``lang`` among odd digits and characters of any category."""
    words = CUES[lang] + SOURCES[lang] + ODD_DIGITS + PUNCT + QUOTE_MARKS
    piece = st.one_of(st.sampled_from(words), st.text(every_category, min_size=1, max_size=8),
                      st.sampled_from(ODD_DIGITS).map(lambda d: d + " " + CUES[lang][0]))
    return st.lists(piece, max_size=40).map(" ".join)


# --- the properties ------------------------------------------------------------------------

def _spans(d: dict):
    """Every (start, end, text) in a report's dict."""
    for s in d["sources"]:
        yield from s["mentions"]
    for c in d["claims"]:
        yield c
        for a in c["attributions"]:
            yield from (x for x in (a["mention"], a["cue"]) if x)
    yield from d["responses"]
    yield from d.get("non_claims", [])


def check_report(text: str, lang: str) -> None:
    report = attrib.load(lang).analyze(text)  # never raises
    d = report.to_dict()
    assert d["text"] == text
    for span in _spans(d):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"]:span["end"]] == span["text"], span
    for c in d["claims"]:
        assert 0 <= c["sentence"]["start"] <= c["sentence"]["end"] <= len(text)
    check_coverage(text, lang, report)
    # byte-identical JSON for the same input, and a lossless round trip through JSON
    again = attrib.load(lang).analyze(text)
    assert render_json(again) == render_json(report)
    back = Report.from_dict(json.loads(render_json(report)))
    assert back.to_dict() == d


def _doc(analyzer, text: str):
    """The Doc the analyzer builds for ``text`` (parsed in pieces past its size limit)."""
    from spacy.tokens import Doc

    import attrib.analyzer

    size = attrib.analyzer.PIECE_CHARS if analyzer.pack.models else analyzer.nlp.max_length
    docs = list(analyzer.nlp.pipe(attrib.analyzer.split_pieces(text, size)))
    return docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


def check_coverage(text: str, lang: str, report: Report) -> None:
    """Each body sentence is covered: by one unattributed claim of its own, or by attributed ones."""
    from attrib.pipeline import sentence_offsets

    sentences = sentence_offsets(_doc(attrib.load(lang), text))
    skipped = [(n.start, n.end) for n in report.non_claims] + [(r.start, r.end) for r in report.responses]
    claims = [(c, c.sentence) for c in report.claims]
    for s, e in sentences:
        if not _WORD.search(text, s, e) or any(a <= s < b for a, b in skipped):
            continue
        covering = [c for c, (a, b) in claims if a < e and s < b]
        assert covering, f"sentence {text[s:e]!r} is not covered by any claim"
    unattributed = [(c, r) for c, r in claims if not c.attributions]
    for c, (a, b) in unattributed:
        overlapping = [d.id for d, (x, y) in claims if d is not c and x < b and a < y]
        assert not overlapping, f"{c.id} ({c.text!r}) is covered again by {overlapping}"
    contents = [(c.start, c.end) for c in report.claims]
    assert len(contents) == len(set(contents)), "two claims with the same content span"


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(text=any_text)
@example(text="")
@example(text="\u2028\u2029\x85\x0c\x0b")
@example(text="“" * 50)
@example(text="”" * 7 + " kata " + "“" * 3)
@example(text="\ufeff\u200b\u0301\u0000")
@example(text="¹ declined to comment")
@example(text="② people said it. ① menolak berkomentar")
def test_arbitrary_unicode(lang, text):
    check_report(text, lang)


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(data=st.data())
@example(data=None)
def test_odd_digits_every_category_mixed_scripts(lang, data):
    """No exception, offsets that give back their text, the same report twice: with footnote
    markers ("¹ declined to comment") and circled digits, in any script and category."""
    text = "¹ declined to comment. ① menolak berkomentar." if data is None else data.draw(mixed(lang))
    check_report(text, lang)


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(data=st.data())
def test_quote_and_cue_soup(lang, data):
    check_report(data.draw(soup(lang)), lang)


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(data=st.data())
def test_article_like_text(lang, data):
    check_report(data.draw(article(lang)), lang)


@SETTINGS
@given(text=st.text(max_size=200))
def test_detection_raises_only_attrib_errors(text):
    """Without ``language``: a Report in one of the supported languages (Malay included: a
    short run of letters may read as Malay), or one of attrib's own errors (no words, unsupported)."""
    try:
        report = attrib.analyze(text)
    except attrib.AttribError:
        return
    assert report.language in SUPPORTED


# --- long input: pieces and bounded sentences -------------------------------------------------

LONG_ARTICLE = {
    "en": "\n\n".join(
        f"“Prices rose {k} percent,” the minister said. Officials told reporters that the budget "
        f"would grow, according to a spokesperson. Demand fell in the north." for k in range(60)),
    "id": "\n\n".join(
        f"“Harga naik {k} persen,” kata menteri. Pejabat mengatakan bahwa anggaran akan naik, "
        f"menurut juru bicara kementerian. Permintaan turun di utara." for k in range(60)),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_text_parsed_in_pieces(lang, monkeypatch):
    """Past spaCy's max_length a text is parsed in pieces: no error, and the same report."""
    import attrib.analyzer

    analyzer = attrib.load(lang)
    text = LONG_ARTICLE[lang]
    whole = analyzer.analyze(text)
    monkeypatch.setattr(attrib.analyzer, "PIECE_CHARS", 1000)
    monkeypatch.setattr(analyzer.nlp, "max_length", 1000)  # one Doc of the text would be refused
    assert len(text) > 5000
    check_report(text, lang)
    pieces = analyzer.analyze(text)
    if lang == "id":  # tokenizer and sentencizer see the same pieces: the very same report
        assert render_json(pieces) == render_json(whole)
    else:  # a trained parser sees less context at a piece's edge: the same claims' sentences
        assert [c.sentence for c in pieces.claims] == [c.sentence for c in whole.claims]


@pytest.mark.parametrize("lang, text", [
    ("id", "menteri mengatakan bahwa anggaran akan naik kata pejabat " * 600),
    ("en", "the minister said that the budget would grow officials said " * 300),
])
def test_a_text_without_full_stops_has_bounded_claims(lang, text):
    """No punctuation at all: sentences are cut, so no claim spans the whole text."""
    from attrib.pipeline import MAX_SENTENCE_CHARS

    report = attrib.load(lang).analyze(text)
    assert report.claims
    for c in report.claims:
        assert c.sentence[1] - c.sentence[0] <= 2 * MAX_SENTENCE_CHARS
        assert text[c.start:c.end] == c.text


@pytest.mark.parametrize("lang", LANGS)
def test_analyze_many_streams_the_same_reports(lang):
    """``analyze_many`` (one stream, long texts in pieces) gives each text's own report."""
    analyzer = attrib.load(lang)
    texts = [LONG_ARTICLE[lang][:700], "", LONG_ARTICLE[lang], "“" * 5, LONG_ARTICLE[lang][:300]]
    streamed = [render_json(r) for r in analyzer.analyze_many(texts, batch_size=2)]
    assert streamed == [render_json(analyzer.analyze(t)) for t in texts]


@pytest.mark.parametrize("lang, text", [
    ("en", "Dana Pell said \ud800 the bridge will open."),
    ("id", "“Jembatan itu dibuka \udfff,” kata Dana Pell."),
])
def test_lone_surrogates(lang, text):
    """Half of a UTF-16 pair (a JSON "\\ud800" escape) is no character: the library reads it as
    U+FFFD, one character for one, so offsets hold and the report encodes."""
    report = attrib.analyze(text, language=lang)
    assert report.text == text.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    assert report.claims and render_json(report).encode("utf-8")
