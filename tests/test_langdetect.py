"""Language detection among the supported packs (py3langid, offline)."""
from __future__ import annotations

import pytest

from attrib.errors import InputError, UnsupportedLanguage
from attrib.langdetect import detect

SUPPORTED = ("en", "id")


@pytest.mark.parametrize("text, expected", [
    ("The minister said on Tuesday that the budget would grow next year, according to "
     "officials familiar with the plan.", "en"),
    ("Induk TikTok di Tiongkok berencana mengembangkan model kecerdasan buatan baru, kata tiga "
     "orang yang mengetahui masalah tersebut.", "id"),
    # Malay is read as Indonesian (the two share most words)
    ("Kerajaan akan memperkenalkan dasar baharu bagi membantu golongan berpendapatan rendah, "
     "kata menteri itu semalam.", "id"),
    # short texts: the likeliest supported language, never a refusal on one or two words
    ("Hello world", "en"),
    ("Harga naik", "id"),
    ("OK", "en"),
    # a supported-language article quoting a little of another language
    ("The minister said the plan was, in her words, “c'est la vie”, and that the budget "
     "would grow next year regardless of the opposition.", "en"),
])
def test_detect(text, expected):
    assert detect(text, SUPPORTED) == expected


@pytest.mark.parametrize("text, expected_language", [
    ("Le ministre a déclaré mardi que le budget augmenterait l'année prochaine, selon des "
     "responsables proches du dossier.", "fr"),
    ("Der Minister sagte am Dienstag, dass der Haushalt im nächsten Jahr wachsen werde, so "
     "Beamte, die mit dem Plan vertraut sind.", "de"),
    ("Министр заявил во вторник, что бюджет вырастет в следующем году.", "ru"),
    # short text in another script: never guessed into a Latin-script pack
    ("这是一个中文句子，用于测试语言检测。", "zh"),
    ("これは日本語の文です。", "ja"),
])
def test_unsupported_language(text, expected_language):
    with pytest.raises(UnsupportedLanguage) as e:
        detect(text, SUPPORTED)
    assert e.value.language == expected_language
    # one line that names the supported languages
    assert "\n" not in str(e.value) and "en, id" in str(e.value)


@pytest.mark.parametrize("text", ["12345 678", "!!! ???", "😀😀😀", "   \n "])
def test_no_words_is_an_input_error(text):
    with pytest.raises(InputError, match="no words"):
        detect(text, SUPPORTED)


def test_only_the_start_of_a_long_text_is_read():
    text = "The minister said the budget would grow next year. " * 2000 + "这是一个中文句子。" * 10000
    assert detect(text, SUPPORTED) == "en"
