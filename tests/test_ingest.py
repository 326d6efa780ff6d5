"""Input reading: bytes → text (encodings, binary files, limits), HTML → article text, blocks."""
from __future__ import annotations

import codecs
import os
import random

import pytest

from attrib.errors import InputError
from attrib.ingest import (Article, blocks, decode_ex, extract_html, is_html, load_input,
                           load_path, read_bytes, read_input)

EN = "The minister said the budget would grow next year, officials told reporters."
ID = "Menteri mengatakan bahwa anggaran akan naik tahun depan, kata pejabat kementerian."
ACCENTED = "Kafé owner Zoë said the crème brûlée was “sold out” on Monday."


# --- decoding ------------------------------------------------------------------------------

@pytest.mark.parametrize("data, expected_text, expected_encoding", [
    (EN.encode("utf-8"), EN, "utf-8"),
    (codecs.BOM_UTF8 + ID.encode("utf-8"), ID, "utf-8-sig"),  # the BOM is not part of the text
    (ACCENTED.encode("utf-16"), ACCENTED, "utf-16"),  # UTF-16 with its BOM
    (codecs.BOM_UTF16_BE + ACCENTED.encode("utf-16-be"), ACCENTED, "utf-16"),
    (ACCENTED.encode("utf-32"), ACCENTED, "utf-32"),
    (EN.encode("utf-16-le"), EN, "utf-16-le"),  # UTF-16 without a BOM: every other byte zero
    (EN.encode("utf-16-be"), EN, "utf-16-be"),
    ("Café crème, said the owner.".encode("cp1252"), "Café crème, said the owner.", "cp1252"),
    ("“Quoted,” she said.".encode("cp1252"), "“Quoted,” she said.", "cp1252"),
])
def test_decode(data, expected_text, expected_encoding):
    text, encoding, _ = decode_ex(data)
    assert (text, encoding) == (expected_text, expected_encoding)


def test_declared_charset_wins_over_guessing():
    data = "Le café, dit-il.".encode("iso-8859-15")
    assert decode_ex(data, "iso-8859-15")[:2] == ("Le café, dit-il.", "iso8859-15")
    # an unknown or lying declaration is ignored, not trusted
    assert decode_ex(EN.encode(), "no-such-charset")[0] == EN
    assert decode_ex(EN.encode(), "utf-16")[0] == EN


def test_meta_charset_of_an_html_file():
    page = '<html><head><meta charset="windows-1252"></head><body><p>Café</p></body></html>'
    assert decode_ex(page.encode("cp1252"))[:2] == (page, "cp1252")


@pytest.mark.parametrize("data, expected_note", [
    # UTF-8 text with one corrupted byte keeps its UTF-8 reading and says so
    (ACCENTED.encode() * 3 + b"\xff" + ACCENTED.encode(), "1 invalid UTF-8 byte(s) replaced"),
    # not UTF-8 at all: the legacy encoding, with a warning
    ("résumé".encode("latin-1") * 20, "not UTF-8"),
])
def test_decode_fallbacks_say_what_they_did(data, expected_note):
    text, _, notes = decode_ex(data)
    assert len(notes) == 1 and expected_note in notes[0]
    assert text  # never raises on text-like bytes


def test_bad_utf8_keeps_the_good_text():
    text, encoding, _ = decode_ex(ACCENTED.encode() + b"\xc3(" + ACCENTED.encode())
    assert encoding == "utf-8"
    assert text == ACCENTED + "\ufffd(" + ACCENTED


@pytest.mark.parametrize("data, expected", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
    (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
    (random.Random(5).randbytes(4096), "binary data"),
    (b"text\x00with\x00nul bytes here and there\x00", "binary data"),
])
def test_binary_input_is_refused(data, expected):
    with pytest.raises(InputError, match=expected):
        decode_ex(data)


def test_a_broken_bom_is_an_error_not_garbage():
    with pytest.raises(InputError, match="byte-order mark"):
        decode_ex(codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone surrogate


# --- the input as a whole --------------------------------------------------------------

@pytest.mark.parametrize("data", [b"", b"   ", b"\n\n\t \r\n", codecs.BOM_UTF8, codecs.BOM_UTF8 + b" \n",
                                  b"<html><body><script>var x = 1;</script></body></html>"])
def test_empty_input_is_refused(data):
    with pytest.raises(InputError, match="empty|no article text"):
        read_input(data)


def test_too_large_input_is_refused():
    with pytest.raises(InputError, match="more than the limit of 10 bytes"):
        read_input(b"x" * 11, max_bytes=10)
    assert read_input(b"x" * 10, max_bytes=10) == "x" * 10


@pytest.mark.parametrize("data, expected", [
    (b"One.\r\nTwo.\r\n", "One.\nTwo.\n"),  # Windows line ends
    (b"One.\rTwo.\r", "One.\nTwo.\n"),  # old Mac line ends: lines are still paragraphs
    (b"One.\nTwo.", "One.\nTwo."),
])
def test_line_ends(data, expected):
    assert read_input(data) == expected


def test_load_input_reports_encoding_and_html():
    art = load_input(b"<p>" + EN.encode() + b"</p>")
    assert art == Article(EN, "utf-8", True, ())


def test_read_bytes_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_bytes(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_bytes(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 100)
    with pytest.raises(InputError, match="larger than the limit"):
        read_bytes(big, max_bytes=99)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text(EN)
    p.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_bytes(p)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_an_endless_file_is_read_only_up_to_the_limit():
    with pytest.raises(InputError, match="larger than the limit"):
        read_bytes("/dev/zero", max_bytes=1000)


def test_load_path_detects_html_by_name(tmp_path):
    p = tmp_path / "page.htm"
    p.write_text(f"<h1>Budget grows</h1><p>{EN}</p>", encoding="utf-8")
    assert load_path(p).text == f"Budget grows\n\n{EN}"


# --- HTML --------------------------------------------------------------------------------

@pytest.mark.parametrize("data, name, expected", [
    (b"<!DOCTYPE html><html>", None, True),
    (b"  <!-- saved page -->\n<html lang='id'>", None, True),
    (b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', None, True),
    (b"<p>One paragraph.</p>", None, True),
    (b"plain text", "a.html", True),
    (b"The <b>bold</b> claim, she said.", None, False),  # text mentioning tags is text
    (b"5 < 6 and 7 > 3, the teacher said.", None, False),
    (b"<3 love it", None, False),
])
def test_is_html(data, name, expected):
    assert is_html(data, name) is expected


HIDDEN_PAGE = """<!DOCTYPE html><html><head><title>TITLETEXT</title>
<style>p {{ color: red }} /* STYLETEXT */</style>
<script>document.write('SCRIPTTEXT'); fetch('http://127.0.0.1:9/x');</script>
<link rel="stylesheet" href="http://127.0.0.1:9/style.css"></head>
<body><article><h1>Budget grows</h1>
<p>{en}</p>
<!-- COMMENTTEXT -->
<p style="color: red; display : none">HIDDENSTYLE words that a reader of the page never sees at all.</p>
<p hidden>HIDDENATTR words that a reader of the page never sees at all, not once.</p>
<div aria-hidden="true">ARIAHIDDEN words that a reader of the page never sees at all.</div>
<p class="lead d-none">CLASSHIDDEN words that a reader of the page never sees at all.</p>
<template><p>TEMPLATETEXT words that a reader of the page never sees at all.</p></template>
<noscript><p>NOSCRIPTTEXT words: please enable JavaScript to read this page.</p></noscript>
<form><input type="hidden" value="INPUTTEXT"><textarea>TEXTAREATEXT</textarea></form>
<iframe src="http://127.0.0.1:9/frame">IFRAMETEXT</iframe>
<svg><text>SVGTEXT</text></svg>
<p>Prices rose <span style="visibility:hidden">SPANHIDDEN</span>sharply in the last quarter,
the central bank reported on Tuesday in its monthly bulletin.</p>
<script type="application/ld+json">{{"articleBody": "JSONLDTEXT"}}</script>
<?php echo 'PHPTEXT'; ?>
</article></body></html>"""
INVISIBLE = ["TITLETEXT", "STYLETEXT", "SCRIPTTEXT", "COMMENTTEXT", "HIDDENSTYLE", "HIDDENATTR",
             "ARIAHIDDEN", "CLASSHIDDEN", "TEMPLATETEXT", "NOSCRIPTTEXT", "INPUTTEXT", "TEXTAREATEXT",
             "IFRAMETEXT", "SVGTEXT", "SPANHIDDEN", "JSONLDTEXT", "PHPTEXT", "127.0.0.1"]


def _deep(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + f"<p>{HIDDEN_PAGE.split('<body>')[1]}" + "</div>" * depth


@pytest.mark.parametrize("page", [
    HIDDEN_PAGE.format(en=EN),
    # the same page nested deeper than lxml reads: the streaming fallback hides the same things
    _deep(400).format(en=EN),
])
@pytest.mark.parametrize("invisible", INVISIBLE)
def test_invisible_html_never_reaches_the_text(page, invisible):
    text, _ = extract_html(page)
    assert EN in text and "Prices rose sharply" in " ".join(text.split())
    assert invisible not in text


def test_deep_html_loses_nothing_and_says_so():
    text, notes = extract_html(_deep(5000).format(en=EN))
    assert EN in text
    assert notes and "nested too deeply" in notes[0]


@pytest.mark.parametrize("page, expected", [
    # too short for trafilatura's article detector: all visible text
    ("<p>" + EN + "</p>", EN),
    ("<html><body><h2>Limited supply</h2><p>" + ID + "</p></body></html>", "Limited supply\n\n" + ID),
    # entities decode; markup inside a paragraph does not split it
    ("<p>Prices &amp; wages rose, <b>the bank</b> said.</p>", "Prices & wages rose, the bank said."),
    # an external entity is never resolved: no file is read
    ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
     "<html><body><p>Before &x; after, the minister said.</p></body></html>", "after, the minister said."),
])
def test_html_text(page, expected):
    text, _ = extract_html(page)
    assert expected in text
    assert "root:" not in text


def test_html_without_text_is_an_error():
    with pytest.raises(InputError, match="no article text"):
        extract_html("<html><head><title>Only a title</title></head><body></body></html>")


# --- blocks --------------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Pasokan terbatas", "heading"),
    ("Limited supply", "heading"),
    ("ByteDance plans a new AI model", "heading"),  # a title: no sentence end
    ("Source link", "boilerplate"),
    ("Read more: the budget debate", "boilerplate"),
    ("By Jane Doe", "boilerplate"),
    ("The minister said the budget would grow.", "body"),
    ("Harga naik.", "body"),  # short, but a sentence
    ("“Kami tidak tahu,” katanya", "body"),  # a quote is never a heading
    ("He said:", "body"),  # introduces a quote in the next paragraph
    (" ".join(["word"] * 9), "body"),  # nine words without a full stop: body text
])
def test_block_kinds(line, expected):
    import re

    from attrib.lang import get_pack

    boilerplate = [re.compile(p, re.I) for p in get_pack("en").boilerplate]
    text = f"\n\n  {line}  \n"
    (block,) = blocks(text, boilerplate)
    assert text[block.start:block.end] == line
    assert block.kind == expected


def test_blocks_cover_every_non_empty_line():
    text = "Title here\n\nFirst paragraph, he said.\r\n   \nSecond one.\n"
    assert [(text[b.start:b.end], b.kind) for b in blocks(text)] == [
        ("Title here", "heading"), ("First paragraph, he said.", "body"), ("Second one.", "body")]


# --- datelines ----------------------------------------------------------------------------

@pytest.mark.parametrize("line, dateline", [
    ("SINGAPORE, March 3 - Orient Sky is exploring a sale.", "SINGAPORE, March 3 -"),
    ("WASHINGTON (Reuters) - The Senate voted on Tuesday.", "WASHINGTON (Reuters) -"),
    ("JAKARTA, KOMPAS — Pemerintah berencana menaikkan tarif.", "JAKARTA, KOMPAS —"),
    ("JAKARTA , KOMPAS — Presiden meminta bantuan disalurkan.", "JAKARTA , KOMPAS —"),
    ("NEW YORK — A jury found the company liable.", "NEW YORK —"),
    # negatives: an acronym subject, a dash inside a sentence, a lower-case opening
    ("NASA said - in a statement - that the launch was delayed.", None),
    ("US officials - speaking privately - said the talks failed.", None),
    ("AI telah menjadi pusat industri - kata mereka.", None),
])
def test_dateline_is_not_body(line, dateline):
    from attrib.ingest import blocks

    got = blocks(line)
    if dateline is None:
        assert [(b.kind, line[b.start:b.end]) for b in got] == [("body", line)]
    else:
        assert [b.kind for b in got] == ["dateline", "body"]
        assert line[got[0].start:got[0].end] == dateline
        assert line[got[1].start:got[1].end] == line[len(dateline) + 1:]


def test_dateline_is_cut_from_the_first_claim():
    import attrib

    text = ("JAKARTA, KOMPAS — Pemerintah berencana menaikkan tarif cukai rokok tahun depan, "
            "kata dua pejabat Kementerian Keuangan.\n\nKenaikan itu belum diumumkan.")
    rep = attrib.analyze(text, language="id")
    first = rep.claims[0]
    assert first.text.startswith("Pemerintah berencana") and first.attributions
    assert first.sentence[0] == text.index("Pemerintah")
    assert any(s.text == "JAKARTA, KOMPAS —" for s in rep.non_claims)


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE html [ <!ENTITY brand "Kelvara"> ]>',
    '<!doctype html PUBLIC "-//W3C//DTD XHTML 1.0//EN" [\n<!ATTLIST p data-x CDATA #IMPLIED>\n]>\n',
    '\ufeff  <!DOCTYPE html [<!ENTITY a "]"><!ENTITY b "c">]>',
])
def test_a_doctype_internal_subset_leaves_no_stray_text(doctype):
    """The internal subset's closing "]>" is part of the declaration, not article text."""
    page = (f"{doctype}<html><body><article><p>The harbour master said the ferry would sail at "
            f"noon, according to the port office.</p></article></body></html>")
    text = load_input(page.encode("utf-8"), "page.html").text
    assert text == ("The harbour master said the ferry would sail at noon, according to the "
                    "port office.")


def test_a_doctype_without_subset_and_brackets_in_the_text_are_untouched():
    page = "<!DOCTYPE html><p>Prices [in euros] rose, a trader said.</p>]>"
    assert load_input(page.encode("utf-8"), "page.html").text == "Prices [in euros] rose, a trader said.\n\n]>"


def test_max_chars_bounds_the_text_not_the_markup():
    """The time an analysis takes grows with the text: the limit counts characters after HTML
    extraction (markup, scripts and styles cost nothing), and says how to raise it."""
    text = "The harbour master said the ferry would sail. " * 100
    with pytest.raises(InputError, match=r"more than the limit of 1,000 .*--max-chars"):
        load_input(text.encode(), "a.txt", max_chars=1000)
    page = ("<html><head><style>" + "p{}" * 10_000 + "</style></head><body><p>"
            "The harbour master said the ferry would sail at noon.</p></body></html>")
    assert load_input(page.encode(), "a.html", max_chars=1000).text.startswith("The harbour")
    assert load_input(text.encode(), "a.txt", max_chars=None).text == text
