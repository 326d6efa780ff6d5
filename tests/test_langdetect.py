"""Language detection among the supported packs (py3langid, offline)."""
from __future__ import annotations

import pytest

from attrib.errors import InputError, UnsupportedLanguage
from attrib.langdetect import detect

from attrib.lang import SUPPORTED  # the registry: en, id, ms


@pytest.mark.parametrize("text, expected", [
    ("The minister said on Tuesday that the budget would grow next year, according to "
     "officials familiar with the plan.", "en"),
    ("Induk TikTok di Tiongkok berencana mengembangkan model kecerdasan buatan baru, kata tiga "
     "orang yang mengetahui masalah tersebut.", "id"),
    # Malay is told from Indonesian by its own words ("kerajaan", "baharu")
    ("Kerajaan akan memperkenalkan dasar baharu bagi membantu golongan berpendapatan rendah, "
     "kata menteri itu semalam.", "ms"),
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


# --- the model cache ------------------------------------------------------------------------

CACHE_TEXTS = [
    "The minister said on Tuesday that the budget would grow next year.",
    "Induk TikTok di Tiongkok berencana mengembangkan model kecerdasan buatan baru.",
    "Министр заявил во вторник, что бюджет вырастет.",
]


@pytest.fixture(scope="module")
def shipped():
    """py3langid's identifier loaded as py3langid does, without attrib's cache."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _no_shipped_model(monkeypatch):
    """Make loading the compressed model fail: only the cache can answer."""
    import py3langid.modelio

    def refuse(path):
        raise AssertionError("the compressed model was loaded although the cache holds it")

    monkeypatch.setattr(py3langid.modelio, "load_model", refuse)


def test_cache_dir_follows_xdg(monkeypatch, tmp_path):
    from attrib.langdetect import cache_dir

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "attrib"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_dir().parts[-2:] == (".cache", "attrib")


def test_cache_is_written_then_used_with_the_same_answers(monkeypatch, tmp_path, shipped):
    from attrib.langdetect import load_identifier

    first = load_identifier(tmp_path)
    [entry] = [p for p in tmp_path.iterdir() if not p.name.startswith(".")]
    assert {p.name for p in entry.iterdir()} >= {"meta.json", "ptc.npy", "nextmove.npy"}
    _no_shipped_model(monkeypatch)
    second = load_identifier(tmp_path)
    for text in CACHE_TEXTS:
        assert first.rank(text) == second.rank(text) == shipped.rank(text)


def _truncate(path):
    path.write_bytes(path.read_bytes()[:1000])


def _garble(path):
    path.write_bytes(b"not an array at all")


def _wrong_meta(path):
    import json

    meta = json.loads(path.read_text())
    meta["classes"] = meta["classes"][:-1]  # one language fewer than the arrays hold
    path.write_text(json.dumps(meta))


def _remove(path):
    path.unlink()


@pytest.mark.parametrize("file, damage", [
    ("nextmove.npy", _truncate),  # an interrupted copy
    ("ptc.npy", _garble),
    ("meta.json", _garble),
    ("meta.json", _wrong_meta),  # arrays of another model
    ("row.npy", _remove),
])
def test_damaged_cache_falls_back_and_is_rewritten(tmp_path, shipped, file, damage):
    from attrib.langdetect import load_identifier

    load_identifier(tmp_path)
    [entry] = [p for p in tmp_path.iterdir() if not p.name.startswith(".")]
    damage(entry / file)
    again = load_identifier(tmp_path)
    for text in CACHE_TEXTS:
        assert again.rank(text) == shipped.rank(text)
    # written afresh: the next start reads it without the compressed model
    assert (entry / file).is_file()
    assert load_identifier(tmp_path).rank(CACHE_TEXTS[1]) == shipped.rank(CACHE_TEXTS[1])


@pytest.mark.parametrize("cache", ["a-file", None])
def test_unwritable_or_no_cache_still_detects(tmp_path, shipped, cache):
    from attrib.langdetect import load_identifier

    where = None
    if cache is not None:  # a file where the directory should be: nothing can be written
        where = tmp_path / cache
        where.write_text("")
    ident = load_identifier(where)
    assert ident.rank(CACHE_TEXTS[0]) == shipped.rank(CACHE_TEXTS[0])
    if where is not None:
        assert where.is_file() and list(tmp_path.iterdir()) == [where]
