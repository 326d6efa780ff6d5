"""The spaCy factory ``attrib``: config, assigns, extending a pack's words, and the same claims
as :func:`attrib.analyze` however the pipeline is put together."""
from __future__ import annotations

import pytest
import spacy

import attrib
from attrib.lang import PackError
from attrib.pipeline import component  # noqa: F401  registers the factories


def _claims(report):
    return [(c.text, [a.cue.text if a.cue else None for a in c.attributions]) for c in report.claims]


@pytest.mark.parametrize("build", [
    # spacy.blank + the component alone: it sets its own sentences
    lambda: _with_attrib(spacy.blank("id")),
    # the sentencizer first: the component still cuts at line breaks, as analyze does
    lambda: _with_attrib(_sentencizer(spacy.blank("id"))),
    lambda: attrib.nlp("id"),
])
def test_component_gives_the_claims_of_analyze(seed_text, build):
    pipeline = build()
    assert _claims(pipeline(seed_text)._.attrib) == _claims(attrib.analyze(seed_text, language="id"))


def _with_attrib(nlp):
    nlp.add_pipe("attrib")
    return nlp


def _sentencizer(nlp):
    nlp.add_pipe("sentencizer")
    return nlp


def test_english_pipeline(nlp_en):
    text = "Harbor Bridge\n\nHalvorsen said the bridge would open in May. The ministry declined to comment."
    doc = attrib.nlp("en")(text)
    assert _claims(doc._.attrib) == _claims(nlp_en.analyze(text))
    assert doc._.attrib.claims


def test_factory_declares_what_it_assigns():
    meta = spacy.Language.get_factory_meta("attrib")
    assert "doc._.attrib" in meta.assigns
    assert set(meta.default_config) == {"language", "words"}


def test_config_names_the_language():
    nlp = spacy.blank("id")
    nlp.add_pipe("attrib", config={"language": "ms"})
    assert nlp.get_pipe("attrib").pack.code == "ms"


def test_words_extend_the_pack_without_editing_it():
    """An outlet's own cue word ("berkicau", to tweet) and organisation name, given as config."""
    text = "Harga cabai akan naik bulan depan, berkicau Budi Santoso."
    plain = attrib.nlp("id")(text)._.attrib
    assert not any(c.attributions for c in plain.claims)
    nlp = attrib.nlp("id", words={"discourse.postposed_cues": ["berkicau"]})
    report = nlp(text)._.attrib
    assert [a.cue.text for c in report.claims for a in c.attributions] == ["berkicau"]
    # the package's pack is untouched
    assert "berkicau" not in attrib.lang.get_pack("id").discourse.postposed_cues


def test_add_words_and_save(tmp_path):
    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("attrib")
    ruler.add_words({"media_names": ["Harian Pagi Kita"]})
    assert "Harian Pagi Kita" in ruler.pack.media_names
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    assert "Harian Pagi Kita" in loaded.get_pipe("attrib").pack.media_names


@pytest.mark.parametrize("words, message", [
    ({"speach_verbs": ["berkicau"]}, "no word list called 'speach_verbs'"),
    ({"prior_markers": ["lebih dulu"]}, "matched word by word"),
])
def test_bad_words_are_a_clear_error(words, message):
    nlp = spacy.blank("id")
    with pytest.raises(PackError, match=message):
        nlp.add_pipe("attrib", config={"words": words})


def test_an_unsupported_language_is_a_clear_error():
    nlp = spacy.blank("fr")
    with pytest.raises(attrib.UnsupportedLanguage):
        nlp.add_pipe("attrib")
