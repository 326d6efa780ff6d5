"""The quote finder: every quote style, tokenised text, paragraphs, nesting, titles, unbalanced
marks, linear time."""
from __future__ import annotations

import time

import pytest

from attrib.pipeline.quotes import find_quotes


def quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


@pytest.mark.parametrize("text, expected", [
    # every style
    ("“Curly,” she said.", ["“Curly,”"]),
    ('"Straight," she said.', ['"Straight,"']),
    ("«Guillemets», dit-il.", ["«Guillemets»"]),
    ("»Dansk«, sagde han.", ["»Dansk«"]),
    ("„Deutsch“, sagte er.", ["„Deutsch“"]),
    ("„Polski”, powiedział.", ["„Polski”"]),
    ("‘Single,’ she said.", ["‘Single,’"]),
    ("‚Einfach‘, sagte er.", ["‚Einfach‘"]),
    # tokenised text where ” both opens and closes
    ("” Dia sampaikan hal itu , ” pungkasnya .", ["” Dia sampaikan hal itu , ”"]),
    ("” Satu . ” kata A . ” Dua , ” kata B .", ["” Satu . ”", "” Dua , ”"]),
    # tokenised: the opening mark is missing, the closing one is not taken as an opener
    ("ekonomi , ” ujar Windhu . Lalu . ” Beri izin , ” kata Windhu .", ["” Beri izin , ”"]),
    ("Slamet mengatakan , ” Korban sudah meninggal . ” Hingga kini", ["” Korban sudah meninggal . ”"]),
    # several sentences in one quote
    ("“One. Two. Three,” he said.", ["“One. Two. Three,”"]),
    # nested quotes: the inner pair does not end the outer quote
    ("“He called it ‘a farce’ today,” she said.", ["“He called it ‘a farce’ today,”"]),
    ("“ Di pasar ada “ jeger - jeger ” -nya . Kami , ” ucapnya .",
     ["“ Di pasar ada “ jeger - jeger ” -nya . Kami , ”"]),
    # apostrophes are not quote marks
    ("“The Smiths’ house is big, it’s true,” he said.", ["“The Smiths’ house is big, it’s true,”"]),
    # a mismatched closing mark standing apart still closes (“ … , ’ kata X)
    ("“ Tujuan mereka sama , ’ kata Heri .", ["“ Tujuan mereka sama , ’"]),
    # ... but a tokenised nested ’ … ’ pair does not
    ("” APBN masih ’ sakit ’ akibat pandemi , ” kata Misbah .",
     ["” APBN masih ’ sakit ’ akibat pandemi , ”"]),
    # a closing mark glued to the cue after punctuation (“…, "katanya.)
    ('"Bank punya strategi bisnis, "katanya.', ['"Bank punya strategi bisnis, "']),
    # negatives: no quote at all
    ("No quotes here.", []),
    ('""', []),
])
def test_quote_spans(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an open quote at a paragraph's end continues in the next paragraph
    ("“First paragraph.\n\n“Second paragraph,” she said.",
     ["“First paragraph.\n\n“Second paragraph,”"]),
    ("“First paragraph.\n\nSecond paragraph,” she said.",
     ["“First paragraph.\n\nSecond paragraph,”"]),
    # ... but not over a second break without a closing mark
    ("“Open.\n\nStill open.\n\nA new “quote here today,” he said.", ["“quote here today,”"]),
])
def test_paragraphs(text, expected):
    assert quoted(text) == expected


def test_multi_paragraph_quote_has_parts():
    text = "“Satu dua tiga.\n\n“Empat lima,” kata X."
    (q,) = find_quotes(text)
    assert len(q.parts) == 2
    assert text[q.parts[0][0]:q.parts[0][1]] == "“Satu dua tiga."


@pytest.mark.parametrize("text, kind", [
    ("He wrote the “Art of the Deal” in 1987.", "title"),
    ("The so-called “experts” disagree.", "scare"),
    ("“It is over,” he said.", "speech"),
    ("“No,” he said.", "speech"),  # short, but punctuated: speech
])
def test_titles_and_scare_quotes_are_not_speech(text, kind):
    (q,) = find_quotes(text)
    assert q.kind == kind
    assert q.speech == (kind == "speech")


@pytest.mark.parametrize("text, expected", [
    # unbalanced marks never raise and the other quotes still come out
    ("“Unclosed and then “a real one,” he said.", ["“a real one,”"]),
    ("“Unclosed.\n\nA paragraph with “a quote in it,” he said.", ["“a quote in it,”"]),
    ("Stray ” mark. “Fine,” he said.", ["“Fine,”"]),
    ("“Unclosed paragraph.\n\nA plain paragraph.\n\n“Fine,” he said.", ["“Fine,”"]),
    ("” ” ” “ “ ‘ ’ « » „", []),
    ("", []),
])
def test_unbalanced_marks(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("unit", ["“ ", "” ", '" ', "a ” ", "« ", "‘ "])
def test_linear_time_on_many_unmatched_marks(unit):
    def best_of_three(text: str) -> float:  # the machine may be busy
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            find_quotes(text)
            best = min(best, time.perf_counter() - t0)
        return best

    t_small, t_big = best_of_three(unit * 2_000), best_of_three(unit * 40_000)
    # 20× the input: a quadratic scan would take ~400× as long
    assert t_big < max(60 * t_small, 0.5)


@pytest.mark.parametrize("text, expected", [
    # tokenised: ” after a comma and before a lower-case word opens a short scare quote when the
    # same mark closes it a few words on, so the speech quote after it pairs correctly
    ("Wali kota menyebut , pada Selasa , ” kota kembang ” itu siap menerima wisatawan . ” Semua "
     "hotel sudah diperiksa . Pengunjung aman , ” kata Dedi .",
     ["” kota kembang ”", "” Semua hotel sudah diperiksa . Pengunjung aman , ”"]),
    # negatives: the mark closes a quote whose opener is missing (punctuation before the next ”)
    ("Ekspor tumbuh , ” ujar Sutrisno . Ia pergi .", []),
    ("Harga naik lagi , ” kata dia . ” Saya kaget , ” ujarnya .", ["” Saya kaget , ”"]),
])
def test_tokenised_scare_quote_after_comma(text, expected):
    assert quoted(text) == expected
