"""The message catalogues: every message in every UI language, with the same fields."""
from __future__ import annotations

import string

import pytest

from attrib.lang.messages import catalogue, languages, ui_language, using

EN = catalogue("en").messages


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_have_a_catalogue():
    assert set(languages()) >= {"en", "id"}


@pytest.mark.parametrize("code", ["id"])
def test_every_message_exists_in_every_language(code):
    other = catalogue(code).messages
    assert set(other) == set(EN), (set(EN) - set(other), set(other) - set(EN))
    for key, template in EN.items():
        assert fields(other[key]) == fields(template), key
        assert other[key].strip(), key


def test_a_language_without_a_catalogue_falls_back_to_english():
    # Malay has no catalogue (yet): the report is in English, not an error
    assert catalogue("ms").code == "en" and catalogue(None).code == "en"
    assert ui_language("ms") == "en" and ui_language("id") == "id" and ui_language("id", "en") == "en"


@pytest.mark.parametrize("code, joined", [("en", "c1, c2 and c3"), ("id", "c1, c2 dan c3")])
def test_lists_join_with_the_languages_and(code, joined):
    assert catalogue(code).join(["c1", "c2", "c3"]) == joined
    assert catalogue(code).join(["c1"]) == "c1"


def test_using_sets_the_explanations_language_for_a_block():
    from attrib.lang.messages import explain

    assert explain("en", "flag.unattributed") == "No source is given for this statement."
    with using("id"):
        assert explain("en", "flag.unattributed") == "Pernyataan ini tidak menyebut sumber."
    assert explain("id", "flag.unattributed") == "Pernyataan ini tidak menyebut sumber."


@pytest.mark.parametrize("ui, expected", [
    ("en", "Rests on one source: ‘Harbor chief Dell Moran’."),
    ("id", "Bersandar pada satu sumber: ‘Harbor chief Dell Moran’."),
])
def test_explanations_in_the_ui_language(nlp_en, ui, expected):
    from ux_articles import EN as TEXT

    report = nlp_en.analyze(TEXT, ui_language=ui)
    c4 = report.claim("c4")
    assert c4.explanations["single_source"] == expected


def test_explanations_default_to_the_articles_language(nlp_id):
    from ux_articles import ID as TEXT

    report = nlp_id.analyze(TEXT)
    assert report.claim("c2").explanations["unattributed"] == "Pernyataan ini tidak menyebut sumber."
    english = nlp_id.analyze(TEXT, ui_language="en")
    assert english.claim("c2").explanations["unattributed"] == "No source is given for this statement."
    # only the words change: the same claims, flags and sources
    assert [c.flags for c in english.claims] == [c.flags for c in report.claims]
